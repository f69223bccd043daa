// The store's backend-neutral rules: how the decision log derives a label, what an undo
// cancels, and which items automatic routing may touch. Pure functions: no database.
#include "fixtures.h"
#include "storerules.h"

#include <QTest>

using namespace triage;

namespace {

DecisionRecord decision(int64_t id, DecisionKind kind, std::optional<int64_t> classId = {},
                        DecisionSource source = DecisionSource::Human,
                        std::optional<int64_t> undoes = {})
{
    DecisionRecord d;
    d.id = id;
    d.itemId = 7;
    d.kind = kind;
    d.source = source;
    d.classId = classId;
    d.undoesDecisionId = undoes;
    return d;
}

DecisionRecord label(int64_t id, int64_t classId, DecisionSource source = DecisionSource::Human)
{
    return decision(id, DecisionKind::Label, classId, source);
}

DecisionRecord undo(int64_t id, int64_t undoes)
{
    return decision(id, DecisionKind::Undo, {}, DecisionSource::Human, undoes);
}

DecisionRecord of(int64_t id, DecisionKind kind)
{
    return decision(id, kind);
}

}  // namespace

class TestStoreRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theNewestLabelNotUndoneWins()
    {
        const std::vector<DecisionRecord> log = {label(1, 10), label(2, 20), undo(3, 2)};
        QCOMPARE(effectiveLabelDecision(log)->id, int64_t(1));
        const std::vector<DecisionRecord> both = {label(1, 10), label(2, 20), undo(3, 2),
                                                  undo(4, 1)};
        QVERIFY(effectiveLabelDecision(both) == nullptr);
        QVERIFY(effectiveLabelDecision({}) == nullptr);
        const std::vector<DecisionRecord> skipped = {label(1, 10), of(2, DecisionKind::Skip)};
        QCOMPARE(effectiveLabelDecision(skipped)->classId.value(), int64_t(10));
    }

    void anUndoTakesBackThePersonsLatestDecision()
    {
        const std::vector<DecisionRecord> log = {label(1, 10, DecisionSource::Import),
                                                 label(2, 20), of(3, DecisionKind::Skip)};
        QCOMPARE(decisionToUndo(log).value()->id, int64_t(3));
        const std::vector<DecisionRecord> afterUndo = {label(1, 10, DecisionSource::Import),
                                                       label(2, 20), undo(3, 2)};
        // An import label is the data's, not a person's: there is nothing left to undo.
        QCOMPARE(decisionToUndo(afterUndo).error().code, ErrorCode::NotFound);
        const std::vector<DecisionRecord> removed = {label(1, 10), of(2, DecisionKind::Remove)};
        QCOMPARE(decisionToUndo(removed).error().code, ErrorCode::InvalidArgument);
    }

    void nothingAutomaticTouchesPeoplesLabels()
    {
        QVERIFY(isAutomaticallyRoutable(ItemState::Unlabeled));
        QVERIFY(isAutomaticallyRoutable(ItemState::Queued));
        QVERIFY(isAutomaticallyRoutable(ItemState::AutoAccepted));
        QVERIFY(!isAutomaticallyRoutable(ItemState::HumanLabeled));
        QVERIFY(!isAutomaticallyRoutable(ItemState::Failed));
        QVERIFY(!isAutomaticallyRoutable(ItemState::Removed));
        QVERIFY(acceptsDecisions(ItemState::AutoAccepted));
        QVERIFY(!acceptsDecisions(ItemState::Removed));
        QCOMPARE(labelSourceOf(DecisionSource::Import), LabelSource::Import);
        QCOMPARE(labelSourceOf(DecisionSource::Human), LabelSource::Human);
    }

    void namesAndSettingsAreChecked()
    {
        QVERIFY(validateClassName("T-shirt/top").error().message.find("/") != std::string::npos);
        QVERIFY(!validateClassName("COM1").ok());
        QVERIFY(validateClassName("Ankle boot").ok());
        QVERIFY(!validateClassNames({"Cat", "cat"}).ok());
        QVERIFY(!validateRoutingPolicy(RoutingPolicy{1.5, 3}).ok());
        QVERIFY(validatePixelLimit(kDefaultPixelLimit).ok());
        QVERIFY(!validatePixelLimit(kMaxPixelLimit + 1).ok());
    }
};

QTEST_GUILESS_MAIN(TestStoreRules)
#include "tst_storerules.moc"
