// The learner's pool: read through the scoring pipeline's decode stage and the project's
// input cache, so a pool made again (a new process) decodes nothing.
#include "fixtures.h"
#include "modelinput.h"
#include "poolcache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace triage;

class TestPoolCache : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void aNewPoolReadsTheInputCache()
    {
        const QString project =
            test::createImportedProject(m_dir.filePath(QStringLiteral("p")), QStringLiteral("p"), 40);
        auto store = ProjectStore::open(project.toStdString());
        QVERIFY(store.ok());
        const auto source = imageSourceFor(kDefaultPixelLimit);

        PoolCache first(32);
        auto decoded = first.update(*store, *source, {}, CancelToken{});
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : decoded.error().message.c_str());
        QCOMPARE(decoded->added, int64_t(40));
        QCOMPARE(decoded->fromCache, int64_t(0));
        QVERIFY2(decoded->cacheNote.empty(), decoded->cacheNote.c_str());

        PoolCache second(32);  // as in the next process
        auto read = second.update(*store, *source, {}, CancelToken{});
        QVERIFY(read.ok());
        QCOMPARE(read->added, int64_t(40));
        QCOMPARE(read->fromCache, int64_t(40));
        QCOMPARE(second.itemIds(), first.itemIds());
        const auto a = first.view(), b = second.view();
        QVERIFY(std::memcmp(a.pixels, b.pixels, size_t(a.count) * 3 * 32 * 32) == 0);

        // And they are the learner's input: the image, RGB, stretched to 32x32.
        auto rows = store->items().list(ItemFilter{});
        auto image = source->load(rows->front().path);
        std::vector<uint8_t> expected(3 * 32 * 32);
        writeModelPixels(image->pixels, learnerInputSpec(32), expected.data());
        QVERIFY(std::memcmp(second.gather(std::vector<int64_t>{rows->front().id}).data(),
                            expected.data(), expected.size()) == 0);

        // A second pool in the same process adds nothing new.
        auto again = second.update(*store, *source, {}, CancelToken{});
        QCOMPARE(again->added, int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestPoolCache)
#include "tst_poolcache.moc"
