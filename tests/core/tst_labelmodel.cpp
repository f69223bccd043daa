// The label model on vote matrices with known answers: majority vote on a hand example, the
// weighted vote beating it where one LF is much better than the others, Dawid–Skene
// recovering the accuracies the votes were generated with, anchors, and bad input.
#include "labelmodel.h"

#include <QTest>

#include <cmath>

using namespace triage;

namespace {

std::vector<int32_t> someAnchors(const SyntheticVotes &g, int every)
{
    std::vector<int32_t> anchors(size_t(g.votes.items), kAbstain);
    for (int64_t i = 0; i < g.votes.items; i += every) {
        anchors[size_t(i)] = g.truth[size_t(i)];
    }
    return anchors;
}

}  // namespace

class TestLabelModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void majorityVoteCountsVotes()
    {
        const VoteMatrix votes{3, 3, 3, {0, 0, 1, kAbstain, kAbstain, kAbstain, 2, kAbstain, 2}};
        const std::vector<int32_t> anchors{kAbstain, kAbstain, 1};
        auto fit = fitLabelModel(LabelModelKind::MajorityVote, votes, anchors);
        QVERIFY(fit.ok());
        QCOMPARE(fit->probabilities[0], 2.0f / 3);
        QCOMPARE(fit->probabilities[1], 1.0f / 3);
        QCOMPARE(fit->probabilities[2], 0.0f);
        QVERIFY(!fit->covered[1]);  // no votes, no person: the prior
        QCOMPARE(fit->probabilities[3], float(fit->classPrior[0]));
        QCOMPARE(fit->probabilities[7], 1.0f);  // a person said 1; the LFs' 2 do not count
        QCOMPARE(fit->probabilities[8], 0.0f);
    }

    // One accurate LF against two poor ones that often agree on the same wrong class: the
    // majority follows them, the weighted vote (accuracies measured on 10% human labels)
    // follows the accurate one.
    void weightedVoteBeatsMajorityWhereAccuraciesDiffer()
    {
        const auto g = syntheticVotes(6000, 3, std::vector<double>{0.95, 0.4, 0.4}, 1.0, 7);
        const auto anchors = someAnchors(g, 10);
        auto majority = fitLabelModel(LabelModelKind::MajorityVote, g.votes, anchors);
        auto weighted = fitLabelModel(LabelModelKind::WeightedVote, g.votes, anchors);
        QVERIFY(majority.ok() && weighted.ok());
        const double m = labelAccuracy(*majority, g.votes.classes, g.truth, anchors),
                     w = labelAccuracy(*weighted, g.votes.classes, g.truth, anchors);
        QVERIFY2(w > m + 0.1, qPrintable(QStringLiteral("weighted %1, majority %2").arg(w).arg(m)));
        QVERIFY(std::abs(weighted->lfAccuracy[0] - g.accuracy[0]) < 0.03);
    }

    // No human labels at all: the EM model learns each LF's accuracy from how they agree.
    void dawidSkeneRecoversTheAccuracies()
    {
        const std::vector<double> accuracy{0.9, 0.8, 0.7, 0.6, 0.5};
        const auto g = syntheticVotes(8000, 4, accuracy, 0.7, 11);
        const std::vector<int32_t> noAnchors(size_t(g.votes.items), kAbstain);
        auto em = fitLabelModel(LabelModelKind::DawidSkene, g.votes, noAnchors);
        auto majority = fitLabelModel(LabelModelKind::MajorityVote, g.votes, noAnchors);
        QVERIFY(em.ok() && majority.ok());
        for (size_t j = 0; j < accuracy.size(); ++j) {
            QVERIFY2(std::abs(em->lfAccuracy[j] - g.accuracy[j]) < 0.03,
                     qPrintable(QStringLiteral("LF %1: learned %2, generated %3")
                                    .arg(j)
                                    .arg(em->lfAccuracy[j])
                                    .arg(g.accuracy[j])));
        }
        const double e = labelAccuracy(*em, g.votes.classes, g.truth, noAnchors),
                     m = labelAccuracy(*majority, g.votes.classes, g.truth, noAnchors);
        QVERIFY2(e > m + 0.02, qPrintable(QStringLiteral("EM %1, majority %2").arg(e).arg(m)));
        QVERIFY(em->iterations > 1 && em->iterations < 200);
        for (double p : em->classPrior) {
            QVERIFY(std::abs(p - 0.25) < 0.03);
        }
    }

    void anchorsStayWhatPeopleSaid()
    {
        const auto g =
            syntheticVotes(500, 3, std::vector<double>{0.3, 0.3}, 1.0, 3);  // LFs worse than chance
        const auto anchors = someAnchors(g, 5);
        auto em = fitLabelModel(LabelModelKind::DawidSkene, g.votes, anchors);
        QVERIFY(em.ok());
        for (int64_t i = 0; i < g.votes.items; i += 5) {
            QCOMPARE(em->probabilities[size_t(i) * 3 + size_t(g.truth[size_t(i)])], 1.0f);
        }
    }

    void badInputIsNamed()
    {
        const VoteMatrix votes{1, 2, 3, {0, 3}};
        auto fit = fitLabelModel(LabelModelKind::DawidSkene, votes, std::vector<int32_t>{kAbstain});
        QVERIFY(!fit.ok());
        QCOMPARE(fit.error().message,
                 std::string("LF 1 votes 3 on item 0; classes are 0..2 or -1 to abstain"));
        auto anchors = fitLabelModel(LabelModelKind::MajorityVote, VoteMatrix{1, 1, 2, {0}},
                                     std::vector<int32_t>{});
        QVERIFY(!anchors.ok());
        QVERIFY(anchors.error().message.find("0 human labels for 1 items") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestLabelModel)
#include "tst_labelmodel.moc"
