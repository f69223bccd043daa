// Import: good, duplicate, corrupt, truncated, zero-byte, non-image and over-limit files;
// re-import; class-named folders; CSV manifests; IDX files.
#include "fixtures.h"
#include "idxfile.h"
#include "importer.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

#include <zlib.h>

using namespace triage;

namespace {

// A PNG signature and IHDR chunk that claim width x height, and nothing after: the
// limit check must refuse it from the header alone.
std::string pngHeaderClaiming(uint32_t width, uint32_t height)
{
    std::string bytes("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
    for (uint32_t v : {width, height}) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            bytes += char((v >> shift) & 0xFF);
        }
    }
    bytes += std::string("\x08\x00\x00\x00\x00\0\0\0\0", 9);
    return bytes;
}

std::string encoded(const cv::Mat &image, const char *extension)
{
    std::vector<uint8_t> buffer;
    cv::imencode(extension, image, buffer);
    return std::string(buffer.begin(), buffer.end());
}

// An IDX file of `count` distinct 2x2 images (record i's pixels spell i), plain or gzipped.
std::string idxImages(int count)
{
    std::string idx("\0\0\x08\x03", 4);
    for (uint32_t v : {uint32_t(count), 2u, 2u}) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            idx += char((v >> shift) & 0xFF);
        }
    }
    for (int i = 0; i < count; ++i) {
        idx += {char(i & 0xFF), char((i >> 8) & 0xFF), char((i >> 16) & 0xFF), 0};
    }
    return idx;
}

void writeGzip(const std::string &file, const std::string &bytes)
{
    gzFile out = gzopen(file.c_str(), "wb");
    gzwrite(out, bytes.data(), unsigned(bytes.size()));
    gzclose(out);
}

}  // namespace

class TestImporter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Result<ImportReport> import(ProjectStore &store, const QStringList &paths,
                                FolderLabels labels = FolderLabels::Ignore)
    {
        std::vector<std::string> list;
        for (const auto &p : paths) {
            list.push_back(p.toStdString());
        }
        ImportOptions options;
        options.folderLabels = labels;
        return importPaths(store, list, options, {}, CancelToken());
    }

private Q_SLOTS:
    void classifiesEachFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("reasonContains");

        const cv::Mat image = test::syntheticImage(0, 1, 3);
        const std::string png = encoded(image, ".png");
        const std::string jpeg = encoded(image, ".jpg");
        auto bytes = [](const std::string &s) {
            return QByteArray(s.data(), qsizetype(s.size()));
        };

        QTest::newRow("png") << bytes(png) << "good.png" << true << "";
        QTest::newRow("jpeg") << bytes(jpeg) << "good.jpg" << true << "";
        QTest::newRow("bmp") << bytes(encoded(image, ".bmp")) << "good.bmp" << true << "";
        QTest::newRow("zero bytes") << QByteArray() << "empty.png" << false << "empty";
        QTest::newRow("not an image")
            << QByteArray("hello, I am text") << "text.png" << false << "not an image";
        QTest::newRow("truncated png")
            << bytes(png.substr(0, png.size() / 2)) << "cut.png" << false << "truncated";
        QTest::newRow("truncated jpeg")
            << bytes(jpeg.substr(0, jpeg.size() * 2 / 3)) << "cut.jpg" << false << "truncated";
        std::string corrupt = png;
        for (size_t i = 60; i < corrupt.size() - 20; i += 7) {
            corrupt[i] = char(corrupt[i] ^ 0x5A);
        }
        QTest::newRow("corrupt png") << bytes(corrupt) << "corrupt.png" << false << "";
        QTest::newRow("over pixel limit")
            << bytes(pngHeaderClaiming(20000, 20000)) << "huge.png" << false << "megapixels";
    }

    void classifiesEachFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(bool, accepted);
        QFETCH(QString, reasonContains);
        const QString dir = m_dir.filePath(QStringLiteral("single-") +
                                           QString::fromLatin1(QTest::currentDataTag()));
        const QString file = dir + QLatin1Char('/') + name;
        test::writeBytes(file, std::string(bytes.constData(), size_t(bytes.size())));
        auto store = test::createProject(dir + QStringLiteral("/p.triage"), {"a", "b"});

        auto report = import(store, {file});
        QVERIFY2(report.ok(), report.ok() ? "" : report.error().message.c_str());
        QCOMPARE(report->added, accepted ? int64_t(1) : int64_t(0));
        QCOMPARE(report->failed, accepted ? int64_t(0) : int64_t(1));
        auto items = store.items().list(ItemFilter{});
        QCOMPARE(int(items->size()), 1);  // failed files are recorded too, with the reason
        const ItemRow &row = items->front();
        QCOMPARE(row.state, accepted ? ItemState::Unlabeled : ItemState::Failed);
        if (!accepted) {
            QVERIFY2(!row.failure.empty(), "a failed item carries its reason");
            QVERIFY2(QString::fromStdString(row.failure).contains(reasonContains),
                     row.failure.c_str());
        } else {
            QCOMPARE(row.width, 32);
            QCOMPARE(row.height, 32);
        }
    }

    void foldersDeduplicateAndReimportOnlyWhatIsNew()
    {
        const QString dir = m_dir.filePath(QStringLiteral("folder"));
        test::writeSyntheticFolder(dir + QStringLiteral("/images"), {"a", "b"}, 5);
        // An exact copy under another name, a broken file and a text file beside them.
        QFile::copy(dir + QStringLiteral("/images/a/a_0.png"),
                    dir + QStringLiteral("/images/copy.png"));
        test::writeBytes(dir + QStringLiteral("/images/broken.png"), "nope");
        test::writeBytes(dir + QStringLiteral("/images/notes.txt"), "ignored");
        auto store = test::createProject(dir + QStringLiteral("/p.triage"), {"a", "b"});

        auto first =
            import(store, {dir + QStringLiteral("/images")}, FolderLabels::FromClassNamedFolders);
        QVERIFY(first.ok());
        QCOMPARE(first->added, int64_t(10));
        QCOMPARE(first->labeled, int64_t(10));
        QCOMPARE(first->duplicates, int64_t(1));
        QCOMPARE(first->failed, int64_t(1));
        QCOMPARE(first->ignored, int64_t(1));
        QCOMPARE(store.items().counts()->humanLabeled, int64_t(10));
        QCOMPARE(store.items().counts()->byClass[0].imported, int64_t(5));

        test::writeImage(dir + QStringLiteral("/images/b/new.png"), test::syntheticImage(2, 99));
        auto second =
            import(store, {dir + QStringLiteral("/images")}, FolderLabels::FromClassNamedFolders);
        QVERIFY(second.ok());
        QCOMPARE(second->added, int64_t(1));
        QCOMPARE(second->alreadyKnown, int64_t(10));
        QCOMPARE(second->failed, int64_t(1));  // still broken, probed again
        QCOMPARE(store.items().counts()->total, int64_t(12));

        // The broken file, repaired: the third import takes it in, as the same item.
        test::writeImage(dir + QStringLiteral("/images/broken.png"), test::syntheticImage(1, 77));
        auto third = import(store, {dir + QStringLiteral("/images")});
        QVERIFY(third.ok());
        QCOMPARE(third->added, int64_t(1));
        QCOMPARE(third->failed, int64_t(0));
        QCOMPARE(store.items().counts()->total, int64_t(12));
        QCOMPARE(store.items().counts()->failed, int64_t(0));
    }

    // Imported first without labels, then again from class-named folders: the items
    // already in the project take their folder's label as an import decision, except the
    // one a person labelled, and the report says so.
    void knownItemsTakeTheirFolderLabelsButNeverOverAPerson()
    {
        const QString dir = m_dir.filePath(QStringLiteral("relabel"));
        test::writeSyntheticFolder(dir + QStringLiteral("/images"), {"a", "b"}, 3);
        auto store = test::createProject(dir + QStringLiteral("/p.triage"), {"a", "b"});
        auto first = import(store, {dir + QStringLiteral("/images")});
        QVERIFY(first.ok());
        QCOMPARE(first->labeled, int64_t(0));
        const auto person = store.items().findPath(
            itemPathOf(QString(dir + QStringLiteral("/images/a/a_0.png")).toStdString()));
        QVERIFY(person.ok() && person->has_value());
        const int64_t b = store.classes()[1].id;
        QVERIFY(store.decisions()
                    .record({(*person)->itemId, DecisionKind::Label, b, "ann", 0, std::nullopt})
                    .ok());

        auto second =
            import(store, {dir + QStringLiteral("/images")}, FolderLabels::FromClassNamedFolders);
        QVERIFY(second.ok());
        QCOMPARE(second->added, int64_t(0));
        QCOMPARE(second->alreadyKnown, int64_t(6));
        QCOMPARE(second->knownLabeled, int64_t(5));
        QCOMPARE(second->keptPeoplesLabels, int64_t(1));
        QCOMPARE(store.items().counts()->byClass[0].imported, int64_t(2));
        QCOMPARE(store.items().counts()->byClass[1].imported, int64_t(3));
        QCOMPARE(store.items().get((*person)->itemId)->value().classId, std::optional<int64_t>(b));
        QCOMPARE(store.items().get((*person)->itemId)->value().source,
                 std::optional<LabelSource>(LabelSource::Human));
        // A third time changes nothing: each has its label.
        auto third =
            import(store, {dir + QStringLiteral("/images")}, FolderLabels::FromClassNamedFolders);
        QVERIFY(third.ok());
        QCOMPARE(third->knownLabeled, int64_t(0));
        QCOMPARE(int(store.decisions().log(std::nullopt)->size()), 6);
    }

    void manifestsResolveRelativePathsAndLabels()
    {
        const QString dir = m_dir.filePath(QStringLiteral("manifest"));
        test::writeImage(dir + QStringLiteral("/img/one.png"), test::syntheticImage(0, 1));
        test::writeImage(dir + QStringLiteral("/img/two.png"), test::syntheticImage(1, 2));
        test::writeImage(dir + QStringLiteral("/img/three.png"), test::syntheticImage(2, 3));
        test::writeBytes(
            dir + QStringLiteral("/list.csv"),
            "path,label\nimg/one.png,a\n\"img/two.png\",b\nimg/three.png,\nimg/missing.png,a\n"
            "img/one.png,zebra\n");
        auto store = test::createProject(dir + QStringLiteral("/p.triage"), {"a", "b"});
        auto report = import(store, {dir + QStringLiteral("/list.csv")});
        QVERIFY2(report.ok(), report.ok() ? "" : report.error().message.c_str());
        QCOMPARE(report->added, int64_t(3));
        QCOMPARE(report->labeled, int64_t(2));
        QCOMPARE(report->failed, int64_t(1));        // the missing file
        QCOMPARE(report->alreadyKnown, int64_t(1));  // one.png listed twice
        auto labelled = store.decisions().humanLabels();
        QCOMPARE(int(labelled->size()), 2);
        QCOMPARE(labelled->front().source, LabelSource::Import);
    }

    void importsIdxRecords()
    {
        const QString dir = m_dir.filePath(QStringLiteral("idx"));
        QDir().mkpath(dir);
        // 3 images of 4x5: a gzip-compressed IDX file, as the Fashion-MNIST package ships.
        std::string idx("\0\0\x08\x03\0\0\0\x03\0\0\0\x04\0\0\0\x05", 16);
        for (int i = 0; i < 3 * 20; ++i) {
            idx += char(i * (i % 3 == 0 ? 1 : 3));
        }
        const std::string file =
            QString(dir + QStringLiteral("/images-idx3-ubyte.gz")).toStdString();
        writeGzip(file, idx);
        auto store = test::createProject(dir + QStringLiteral("/p.triage"), {"a", "b"});
        auto report = import(store, {QString::fromStdString(file)});
        QVERIFY2(report.ok(), report.ok() ? "" : report.error().message.c_str());
        QCOMPARE(report->added, int64_t(3));
        auto items = store.items().list(ItemFilter{});
        QCOMPARE((*items)[2].path, idxItemPath(file, 2));
        QCOMPARE((*items)[2].width, 5);
        QCOMPARE((*items)[2].height, 4);

        const auto source = imageSourceFor(kDefaultPixelLimit);
        auto pixels = source->load((*items)[1].path);
        QVERIFY(pixels.ok());
        QCOMPARE(int(pixels->pixels.at<uint8_t>(0, 0)), int(uint8_t(20 * 1 * 3)));
        // One source per pixel limit in the process: the IDX file is read once.
        QCOMPARE(imageSourceFor(kDefaultPixelLimit).get(), source.get());
        QCOMPARE(source->idx(file)->get(), source->idx(file)->get());
        QVERIFY(imageSourceFor(1000).get() != source.get());
    }

    // Issue 6: the IDX-path rule has one home. A real file whose name looks like a
    // record ("photo#2.png" is no record; "cat#2" could be) is a file.
    void idxRecordPathsFollowOneRule()
    {
        const QString dir = m_dir.filePath(QStringLiteral("records"));
        QDir().mkpath(dir);
        const std::string idx = QString(dir + QStringLiteral("/images.idx")).toStdString();
        const auto record = idxRecordOf(idx + "#12");
        QVERIFY(record.has_value());
        QCOMPARE(record->file, idx);
        QCOMPARE(record->index, int64_t(12));
        QVERIFY(!idxRecordOf(idx + "#-1").has_value());
        QVERIFY(!idxRecordOf(idx + "#").has_value());
        QVERIFY(!idxRecordOf(idx + "#2.png").has_value());
        const QString lookalike = dir + QStringLiteral("/cat#2");
        test::writeImage(lookalike + QStringLiteral(".png"), test::syntheticImage(0, 1));
        QVERIFY(QFile::rename(lookalike + QStringLiteral(".png"), lookalike));
        QVERIFY(!idxRecordOf(lookalike.toStdString()).has_value());
        QVERIFY(imageSourceFor(kDefaultPixelLimit)->load(lookalike.toStdString()).ok());
    }

    // Records are read a chunk at a time (4,096): a file of several chunks comes in whole,
    // in record order, and memory holds one chunk, not the file.
    void importsIdxFilesLargerThanAChunk()
    {
        const QString dir = m_dir.filePath(QStringLiteral("bigidx"));
        QDir().mkpath(dir);
        const std::string file = QString(dir + QStringLiteral("/many-idx3-ubyte")).toStdString();
        test::writeBytes(QString::fromStdString(file), idxImages(10000));
        auto store = test::createProject(dir + QStringLiteral("/p.triage"), {"a", "b"});
        auto report = import(store, {QString::fromStdString(file)});
        QVERIFY2(report.ok(), report.ok() ? "" : report.error().message.c_str());
        QCOMPARE(report->added, int64_t(10000));
        auto items = store.items().list(ItemFilter{});
        QCOMPARE(int(items->size()), 10000);
        QCOMPARE((*items)[9999].path, idxItemPath(file, 9999));
        QCOMPARE((*items)[4096].path, idxItemPath(file, 4096));

        auto again = import(store, {QString::fromStdString(file)});
        QVERIFY(again.ok());
        QCOMPARE(again->added, int64_t(0));
        QCOMPARE(again->alreadyKnown, int64_t(10000));
    }

    // A gzip stream's checksum is only known at its end: the file is checked whole before
    // the first record is added.
    void damagedGzipIdxAddsNothing()
    {
        const QString dir = m_dir.filePath(QStringLiteral("badgz"));
        QDir().mkpath(dir);
        const std::string file = QString(dir + QStringLiteral("/bad-idx3-ubyte.gz")).toStdString();
        writeGzip(file, idxImages(5000));
        QFile gz(QString::fromStdString(file));
        QVERIFY(gz.open(QIODevice::ReadWrite));
        QByteArray bytes = gz.readAll();
        bytes[bytes.size() - 6] = char(bytes[bytes.size() - 6] ^ 0xFF);  // the CRC-32 trailer
        gz.seek(0);
        gz.write(bytes);
        gz.close();
        auto store = test::createProject(dir + QStringLiteral("/p.triage"), {"a", "b"});
        auto report = import(store, {QString::fromStdString(file)});
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.find("gzip stream is damaged") != std::string::npos,
                 report.error().message.c_str());
        QCOMPARE(store.items().counts()->total, int64_t(0));
    }

    void idxLabelsFileIsRefused()
    {
        const QString file = m_dir.filePath(QStringLiteral("labels-idx1-ubyte"));
        test::writeBytes(file, std::string("\0\0\x08\x01\0\0\0\x02\x03\x04", 10));
        auto store =
            test::createProject(m_dir.filePath(QStringLiteral("labels.triage")), {"a", "b"});
        auto report = import(store, {file});
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.find("holds IDX labels, not images") != std::string::npos,
                 report.error().message.c_str());
    }

    void truncatedIdxIsAClearError()
    {
        const QString file = m_dir.filePath(QStringLiteral("short-idx3-ubyte"));
        test::writeBytes(file,
                         std::string("\0\0\x08\x03\0\0\0\x09\0\0\0\x1c\0\0\0\x1c\x01\x02", 18));
        auto store =
            test::createProject(m_dir.filePath(QStringLiteral("short.triage")), {"a", "b"});
        auto report = import(store, {file});
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.find("shorter than its header") != std::string::npos,
                 report.error().message.c_str());
    }

    void missingPathIsAnErrorBeforeAnythingIsImported()
    {
        auto store =
            test::createProject(m_dir.filePath(QStringLiteral("missing.triage")), {"a", "b"});
        auto report = import(store, {m_dir.filePath(QStringLiteral("nowhere"))});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::NotFound);
        QCOMPARE(store.items().counts()->total, int64_t(0));
    }

    void cancelKeepsWhatWasImported()
    {
        const QString dir = m_dir.filePath(QStringLiteral("cancel"));
        // Four chunks: cancelled after the first, the chunk already being probed is
        // finished and kept too, the rest never read.
        test::writeSyntheticFolder(dir + QStringLiteral("/images"), {"a"}, 1000);
        auto store = test::createProject(dir + QStringLiteral("/p.triage"), {"a", "b"});
        CancelToken cancel;
        int64_t seen = 0;
        auto report = importPaths(
            store, {QString(dir + QStringLiteral("/images")).toStdString()}, ImportOptions{},
            [&](const Progress &p) {
                seen = p.done;
                if (p.done > 0) {
                    cancel.cancel();
                }
            },
            cancel);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::Cancelled);
        QCOMPARE(store.items().counts()->total, seen);  // what was reported, committed
        QVERIFY(seen > 0 && seen < 1000);
    }

    // Last, after every import above: LibTorch is loaded when a model runs, never for an
    // import (it costs ~0.3 s and ~150 MB at start-up).
    void importLoadsNoLibTorch()
    {
        QFile maps(QStringLiteral("/proc/self/maps"));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY2(!mapped.contains("libtorch"), "an import test loaded LibTorch");
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
