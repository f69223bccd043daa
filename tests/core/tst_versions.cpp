// Dataset versions: immutable snapshots of the labels, their digest, stable stratified
// splits, and the diff between two versions.
#include "fixtures.h"
#include "removal.h"
#include "sha256.h"
#include "splits.h"
#include "versions.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace triage;

namespace {

std::string sha256Of(const std::string &text)
{
    Sha256 digest;
    digest.add(text);
    return digest.hex();
}

std::vector<VersionItem> itemsOfClasses(int perClass, int classes)
{
    std::vector<VersionItem> items;
    for (int c = 0; c < classes; ++c) {
        for (int i = 0; i < perClass; ++i) {
            VersionItem item;
            item.itemId = int64_t(c * 1000 + i + 1);
            item.classId = c + 1;
            items.push_back(item);
        }
    }
    return items;
}

std::map<Split, int> splitCounts(const std::vector<VersionItem> &items, int64_t classId)
{
    std::map<Split, int> counts;
    for (const VersionItem &item : items) {
        if (item.classId == classId) {
            ++counts[item.split];
        }
    }
    return counts;
}

}  // namespace

class TestVersions : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void sha256MatchesTheStandardVectors()
    {
        QCOMPARE(sha256Of(""), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(sha256Of("abc"), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(sha256Of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                 std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        Sha256 pieces;  // the same bytes added in pieces across a block boundary
        pieces.add(std::string(63, 'a'));
        pieces.add(std::string(2, 'a'));
        QCOMPARE(pieces.hex(), sha256Of(std::string(65, 'a')));
    }

    void splitsAreStratifiedAndStable()
    {
        const SplitPlan plan{0.8, 0.1, 0.1, 7};
        auto items = itemsOfClasses(100, 2);
        items.resize(items.size() - 3);  // class 2: 97 items
        assignSplits(items, plan, {});
        QCOMPARE(splitCounts(items, 1)[Split::Train], 80);
        QCOMPARE(splitCounts(items, 1)[Split::Val], 10);
        QCOMPARE(splitCounts(items, 1)[Split::Test], 10);
        // 97 * (0.8, 0.1, 0.1) = 77.6, 9.7, 9.7: the two largest remainders round up.
        QCOMPARE(splitCounts(items, 2)[Split::Train], 77);
        QCOMPARE(splitCounts(items, 2)[Split::Val], 10);
        QCOMPARE(splitCounts(items, 2)[Split::Test], 10);

        // The same input gives the same splits; another seed others.
        auto again = itemsOfClasses(100, 2);
        again.resize(again.size() - 3);
        assignSplits(again, plan, {});
        auto reseeded = again;
        assignSplits(reseeded, SplitPlan{0.8, 0.1, 0.1, 8}, {});
        int moved = 0;
        for (size_t i = 0; i < items.size(); ++i) {
            QCOMPARE(again[i].split, items[i].split);
            moved += reseeded[i].split != items[i].split;
        }
        QVERIFY(moved > 0);

        // A later version: 20 new items of class 1 and one item relabelled to class 2.
        std::unordered_map<int64_t, EarlierSplit> earlier;
        for (const VersionItem &item : items) {
            earlier.emplace(item.itemId, EarlierSplit{item.classId, item.split});
        }
        auto later = items;
        for (int i = 0; i < 20; ++i) {
            VersionItem item;
            item.itemId = 500 + i;
            item.classId = 1;
            later.push_back(item);
        }
        later[0].classId = 2;
        for (VersionItem &item : later) {
            item.split = Split::None;
        }
        assignSplits(later, plan, earlier);
        for (const VersionItem &item : later) {
            const auto found = earlier.find(item.itemId);
            if (found != earlier.end() && found->second.classId == item.classId) {
                QCOMPARE(item.split, found->second.split);  // a test item stays a test item
            }
        }
        // Class 1 has 119 items now (95.2, 11.9, 11.9): the new ones fill it up to 95, 12, 12.
        QCOMPARE(splitCounts(later, 1)[Split::Train], 95);
        QCOMPARE(splitCounts(later, 1)[Split::Val], 12);
        QCOMPARE(splitCounts(later, 1)[Split::Test], 12);

        QVERIFY(!validateSplitPlan(SplitPlan{0.8, 0.1, 0.2, 0}).ok());
        QVERIFY(!validateSplitPlan(SplitPlan{1.2, -0.1, -0.1, 0}).ok());
        QVERIFY(validateSplitPlan(SplitPlan{1, 0, 0, 0}).ok());
    }

    void versionsAreSnapshotsThatNothingChanges()
    {
        // Two rounds: items 1-3 auto a, 4 and 11-14 auto b (0.95); people: 7 b, 8 a.
        auto store = test::createTwoRoundProject(m_dir.filePath(QStringLiteral("v.triage")));
        const int64_t a = store.classes()[0].id, b = store.classes()[1].id;
        auto v1 = createVersion(store, {"v1", "first", "lead", true, 0, std::nullopt});
        QVERIFY2(v1.ok(), v1 ? "" : v1.error().message.c_str());
        QCOMPARE(v1->version.itemCount, int64_t(10));
        QCOMPARE(v1->classes[0].automatic, int64_t(3));
        QCOMPARE(v1->classes[0].human, int64_t(1));
        QCOMPARE(v1->classes[1].automatic, int64_t(5));
        QCOMPARE(v1->version.digest.size(), size_t(64));
        auto human = createVersion(store, {"people", "", "lead", false, 0, std::nullopt});
        QCOMPARE(human->version.itemCount, int64_t(2));
        auto confident = createVersion(store, {"confident", "", "lead", true, 0.99, std::nullopt});
        QCOMPARE(confident->version.itemCount, int64_t(2));  // no automatic label is at 0.99
        QCOMPARE(createVersion(store, {"v1", "", "lead", true, 0, std::nullopt}).error().code,
                 ErrorCode::AlreadyExists);
        QCOMPARE(createVersion(store, {"", "", "lead", true, 0, std::nullopt}).error().code,
                 ErrorCode::InvalidArgument);

        // People relabel 7, label 5 (queued in v1) and remove 1; v1 stays as it was.
        QVERIFY(store.decisions().record({7, DecisionKind::Label, a, "mia", 2, b}).ok());
        QVERIFY(store.decisions().record({5, DecisionKind::Label, b, "mia", 2, a}).ok());
        RemovalRequest removal;
        removal.itemIds = {1};
        removal.annotator = "mia";
        QVERIFY(removeItems(store, removal).ok());
        auto v2 = createVersion(store, {"v2", "", "lead", true, 0, std::nullopt});
        QVERIFY(v2.ok());
        QCOMPARE(store.versions().items(v1->version.id)->size(), size_t(10));
        QVERIFY(v2->version.digest != v1->version.digest);
        // Nothing changed since v2: the same rows, the same digest.
        auto v3 = createVersion(store, {"v3", "", "lead", true, 0, std::nullopt});
        QCOMPARE(v3->version.digest, v2->version.digest);

        auto diff = diffVersions(store, "v1", "v2");
        QVERIFY(diff.ok());
        QCOMPARE(int(diff->added.size()), 1);
        QCOMPARE(diff->added[0].itemId, int64_t(5));
        QCOMPARE(int(diff->removed.size()), 1);
        QCOMPARE(diff->removed[0].itemId, int64_t(1));
        QCOMPARE(int(diff->relabelled.size()), 1);
        QCOMPARE(diff->relabelled[0].itemId, int64_t(7));
        QCOMPARE(diff->relabelled[0].fromClassId, b);
        QCOMPARE(diff->relabelled[0].toClassId, a);
        QCOMPARE(diff->relabelled[0].by, std::string("mia"));
        // a: 4 -> 4 (lost 1, gained 7); b: 6 -> 6 (lost 7, gained 5).
        QCOMPARE(diff->classCounts[0], (std::pair<int64_t, int64_t>(4, 4)));
        QCOMPARE(diff->classCounts[1], (std::pair<int64_t, int64_t>(6, 6)));
        QCOMPARE(diffVersions(store, "v1", "nope").error().code, ErrorCode::NotFound);

        // The store refuses any change to a version's rows.
        auto raw = test::rawDatabase(store);
        QVERIFY(!raw->exec("UPDATE version_items SET class_id = " + std::to_string(b) +
                          " WHERE item_id = 7").ok());
        QVERIFY(!raw->exec("UPDATE dataset_versions SET name = 'x'").ok());

        QVERIFY(deleteVersion(store, "people").ok());
        QCOMPARE(listVersions(store)->size(), size_t(4));
        QCOMPARE(deleteVersion(store, "people").error().code, ErrorCode::NotFound);
    }

    void splitsCarryOverBetweenVersions()
    {
        auto store = test::createTwoRoundProject(m_dir.filePath(QStringLiteral("s.triage")));
        const SplitPlan plan{0.6, 0.2, 0.2, 3};
        auto first = createVersion(store, {"s1", "", "lead", true, 0, plan});
        QVERIFY(first.ok());
        QVERIFY(first->version.splits.has_value());
        std::map<int64_t, Split> before;
        const auto firstItems = store.versions().items(first->version.id).value();
        for (const VersionItem &item : firstItems) {
            QVERIFY(item.split != Split::None);
            before[item.itemId] = item.split;
        }
        QVERIFY(store.decisions().record({5, DecisionKind::Label, store.classes()[1].id, "mia",
                                          2, std::nullopt}).ok());
        auto second = createVersion(store, {"s2", "", "lead", true, 0, plan});
        const auto secondItems = store.versions().items(second->version.id).value();
        for (const VersionItem &item : secondItems) {
            if (before.count(item.itemId)) {
                QCOMPARE(item.split, before[item.itemId]);
            }
        }
        // Without splits, the rows carry none.
        auto plain = createVersion(store, {"plain", "", "lead", true, 0, std::nullopt});
        const auto plainItems = store.versions().items(plain->version.id).value();
        for (const VersionItem &item : plainItems) {
            QCOMPARE(item.split, Split::None);
        }
    }
};

QTEST_GUILESS_MAIN(TestVersions)
#include "tst_versions.moc"
