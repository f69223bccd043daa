// The hostile-input campaign of issue 5, kept as a permanent suite: every input is made
// here, at test time. Each case asserts its outcome: a clear error that names the
// problem, or a failed item with its reason, never a crash, a hang or a lost project;
// and the bombs stay within a bounded amount of memory.
#include "decodebudget.h"
#include "fixtures.h"
#include "importer.h"
#include "projectstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <zlib.h>

#include <random>
#include <thread>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace triage;

namespace {

std::string idxHeader(uint32_t count, uint32_t height, uint32_t width)
{
    std::string h = {0, 0, 8, 3};
    for (uint32_t v : {count, height, width}) {
        h += char(v >> 24);
        h += char(v >> 16);
        h += char(v >> 8);
        h += char(v);
    }
    return h;
}

std::string gzipped(const std::string &data)
{
    uLongf size = compressBound(uLong(data.size())) + 64;
    std::string out(size, '\0');
    z_stream z{};
    deflateInit2(&z, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);  // gzip wrapper
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    return out;
}

std::string encoded(const cv::Mat &image, const char *extension)
{
    std::vector<uint8_t> bytes;
    cv::imencode(extension, image, bytes);
    return std::string(bytes.begin(), bytes.end());
}

// Peak resident memory of the largest child this process has waited for, in MiB.
long childPeakMib()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024;
}

}  // namespace

class TestHostile : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    std::string file(const QString &name) const { return path(name).toStdString(); }

    ImportReport importOk(ProjectStore &store, const std::vector<std::string> &paths)
    {
        auto report = importPaths(store, paths, ImportOptions{}, {}, CancelToken());
        if (!report) {
            qWarning("import failed: %s", report.error().message.c_str());
            ImportReport failed;
            failed.added = -1;
            return failed;
        }
        return *report;
    }

private Q_SLOTS:
    void importErrorsNameTheProblem_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        // Item 3: a zero dimension imported as an item and broke every later auto-label.
        QTest::newRow("idx zero width")
            << QByteArray::fromStdString(idxHeader(1, 28, 0)) << "zero-idx3-ubyte"
            << "zero dimension";
        QTest::newRow("idx 0x0 records")
            << QByteArray::fromStdString(idxHeader(4294967295u, 0, 0)) << "empty-idx3-ubyte"
            << "records";
        // Item 9: claims far beyond the file's real size.
        QTest::newRow("idx 65536x65536")
            << QByteArray::fromStdString(idxHeader(1, 65536, 65536)) << "huge-idx3-ubyte"
            << "over the limit";
        QTest::newRow("idx 1e9 records")
            << QByteArray::fromStdString(idxHeader(1000000000, 1, 1)) << "many-idx3-ubyte"
            << "at most";
        QTest::newRow("idx short data")
            << QByteArray::fromStdString(idxHeader(3, 2, 2) + std::string(5, 'x'))
            << "short-idx3-ubyte"
            << "shorter than its header";
        QTest::newRow("idx trailing data")
            << QByteArray::fromStdString(idxHeader(1, 2, 2) + std::string(9, 'x'))
            << "long-idx3-ubyte"
            << "longer than its header";
        // Item 10: a gzip stream that lacks only its checksum trailer.
        std::string gz = gzipped(idxHeader(2, 3, 3) + std::string(18, '\x40'));
        gz.resize(gz.size() - 8);
        QTest::newRow("idx.gz without trailer")
            << QByteArray::fromStdString(gz) << "cut-idx3-ubyte.gz"
            << "gzip stream";
        // Item 14: an unterminated quote made the rest of the manifest one path.
        QTest::newRow("manifest open quote")
            << QByteArray("path,label\n\"a.png,x\nb.png,y\n") << "open.csv"
            << "never closed";
    }

    void importErrorsNameTheProblem()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        auto store = test::createProject(path(name + QStringLiteral(".triage")), {"a", "b"});
        test::writeBytes(path(name), bytes.toStdString());
        auto report = importPaths(store, {file(name)}, ImportOptions{}, {}, CancelToken());
        QVERIFY(!report.ok());
        QVERIFY2(QString::fromStdString(report.error().message).contains(expected),
                 report.error().message.c_str());
        QCOMPARE(store.items().counts()->total, int64_t(0));  // nothing half-imported
        QVERIFY(store.jobs().last()->has_value() == false);
    }

    void badEntriesAreFailedItemsAndTheRestImports()
    {
        const QString dir = path(QStringLiteral("mixed"));
        QDir().mkpath(dir + QStringLiteral("/sub"));
        test::writeImage(dir + QStringLiteral("/good.png"), test::syntheticImage(0, 1));
        test::writeImage(dir + QStringLiteral("/sub/good2.png"), test::syntheticImage(1, 2));
        // Item 8: each of these ended the whole import, or was skipped without a word.
        QVERIFY(::symlink("loop2.png", (dir + QStringLiteral("/loop1.png")).toUtf8()) == 0);
        QVERIFY(::symlink("loop1.png", (dir + QStringLiteral("/loop2.png")).toUtf8()) == 0);
        QVERIFY(::symlink("nowhere.png", (dir + QStringLiteral("/dangling.png")).toUtf8()) == 0);
        QVERIFY(::symlink("..", (dir + QStringLiteral("/sub/up")).toUtf8()) == 0);  // folder loop
        QVERIFY(::mkfifo((dir + QStringLiteral("/fifo.png")).toUtf8(), 0600) == 0);
        // Item 10: a truncated JPEG with its end marker put back decoded as grey.
        std::string jpeg = encoded(test::syntheticImage(2, 3, 3), ".jpg");
        jpeg = jpeg.substr(0, jpeg.size() / 2) + "\xFF\xD9";
        test::writeBytes(dir + QStringLiteral("/cut.jpg"), jpeg);

        auto store = test::createProject(path(QStringLiteral("mixed.triage")), {"a", "b"});
        const ImportReport report = importOk(store, {dir.toStdString()});
        QCOMPARE(report.added, int64_t(2));
        QCOMPARE(report.failed, int64_t(6));
        auto failed = store.items().list(ItemFilter{ItemState::Failed, std::nullopt});
        QString reasons;
        for (const auto &row : *failed) {
            QVERIFY2(!row.failure.empty(), row.path.c_str());
            reasons += QString::fromStdString(row.failure) + QLatin1Char('\n');
        }
        for (const char *expected : {"symbolic link loop", "dangling symbolic link", "FIFO",
                                     "damaged JPEG", "walked already"}) {
            QVERIFY2(reasons.contains(QLatin1String(expected)), qPrintable(reasons));
        }
        // Re-importing the same folder adds nothing and still ends.
        QCOMPARE(importOk(store, {dir.toStdString()}).added, int64_t(0));
    }

    void fifoArgumentIsNeverOpened()
    {
        const QString fifo = path(QStringLiteral("arg-fifo.png"));
        QVERIFY(::mkfifo(fifo.toUtf8(), 0600) == 0);
        auto store = test::createProject(path(QStringLiteral("fifo.triage")), {"a", "b"});
        const ImportReport report = importOk(store, {fifo.toStdString()});  // would block
        QCOMPARE(report.failed, int64_t(1));
        QVERIFY2(report.failures[0].find("FIFO") != std::string::npos, report.failures[0].c_str());
    }

    void unreadableFolderIsRecorded()
    {
        if (::geteuid() == 0) {
            QSKIP("root reads every folder; the permission case needs an ordinary user");
        }
        const QString dir = path(QStringLiteral("locked"));
        QDir().mkpath(dir + QStringLiteral("/inner"));
        test::writeImage(dir + QStringLiteral("/inner/x.png"), test::syntheticImage(0, 9));
        QVERIFY(::chmod((dir + QStringLiteral("/inner")).toUtf8(), 0600) == 0);
        auto store = test::createProject(path(QStringLiteral("locked.triage")), {"a", "b"});
        const ImportReport report = importOk(store, {dir.toStdString()});
        ::chmod((dir + QStringLiteral("/inner")).toUtf8(), 0700);
        QCOMPARE(report.failed, int64_t(1));
        QVERIFY2(report.failures[0].find("cannot list") != std::string::npos,
                 report.failures[0].c_str());
    }

    void manifestEdgeCases()
    {
        const QString dir = path(QStringLiteral("manifest"));
        QDir().mkpath(dir + QStringLiteral("/folder.png"));
        test::writeImage(dir + QStringLiteral("/one.png"), test::syntheticImage(0, 4));
        const std::string longPath(5000, 'x');
        // Item 14: a "Path,Label" header imported an item named "Path"; item 8: a path over
        // 4,096 characters ended the import.
        test::writeBytes(dir + QStringLiteral("/m.csv"),
                         "Path,Label\none.png,a\nfolder.png,b\n" + longPath + ".png,a\n");
        auto store = test::createProject(path(QStringLiteral("manifest.triage")), {"a", "b"});
        const ImportReport report =
            importOk(store, {QString(dir + QStringLiteral("/m.csv")).toStdString()});
        QCOMPARE(report.added, int64_t(1));
        QCOMPARE(report.labeled, int64_t(1));
        QCOMPARE(report.failed, int64_t(2));
        QString reasons = QString::fromStdString(report.failures[0] + "\n" + report.failures[1]);
        QVERIFY2(reasons.contains(QStringLiteral("is a folder")), qPrintable(reasons));
        QVERIFY2(reasons.contains(QStringLiteral("too long")), qPrintable(reasons));
        const auto rows = store.items().list(ItemFilter{});
        for (const auto &row : *rows) {
            QVERIFY(!QString::fromStdString(row.path).endsWith(QStringLiteral("/Path")));
        }
    }

    // Item 14: two imports of one folder at once failed with "UNIQUE constraint failed"
    // and counted each other's items as duplicates.
    void concurrentImportsOfOneFolder()
    {
        const QString dir = path(QStringLiteral("shared"));
        for (int i = 0; i < 300; ++i) {
            test::writeImage(QStringLiteral("%1/%2.png").arg(dir).arg(i),
                             test::syntheticImage(i % 3, 1000 + i));
        }
        const QString project = path(QStringLiteral("shared.triage"));
        (void)test::createProject(project, {"a", "b"});
        Result<ImportReport> reports[2] = {makeError(ErrorCode::NotReady, "not run"),
                                           makeError(ErrorCode::NotReady, "not run")};
        std::vector<std::thread> importers;
        for (auto &report : reports) {
            importers.emplace_back([&] {
                auto store = ProjectStore::open(project.toStdString());
                ImportOptions options;
                options.threads = 1;
                report = importPaths(*store, {dir.toStdString()}, options, {}, CancelToken());
            });
        }
        for (auto &importer : importers) {
            importer.join();
        }
        for (const auto &report : reports) {
            QVERIFY2(report.ok(), report.ok() ? "" : report.error().message.c_str());
            QCOMPARE(report->duplicates, int64_t(0));
            QCOMPARE(report->added + report->alreadyKnown, int64_t(300));
        }
        QCOMPARE(reports[0]->added + reports[1]->added, int64_t(300));
        QCOMPARE(ProjectStore::open(project.toStdString())->items().counts()->total, int64_t(300));
    }

    // Mutated images of every supported format: each one is imported or is a failed item
    // with a reason; truncated ones always fail. No crash, no exception, no hang.
    void mutatedImagesOfEveryFormat()
    {
        const QString dir = path(QStringLiteral("mutants"));
        QDir().mkpath(dir);
        std::mt19937 rng(5);
        int files = 0, truncated = 0;
        for (const char *extension : {".png", ".jpg", ".bmp", ".webp", ".pgm"}) {
            const cv::Mat image = test::syntheticImage(files % 3, files, 3);
            cv::Mat source =
                std::string(extension) == ".pgm" ? test::syntheticImage(1, files) : image;
            const std::string original = encoded(source, extension);
            for (int m = 0; m < 24; ++m, ++files) {
                std::string bytes = original;
                switch (m % 4) {
                case 0:  // truncated at a random point past the header
                    bytes.resize(std::uniform_int_distribution<size_t>(1, bytes.size() - 2)(rng));
                    break;
                case 1:  // bit flips
                    for (int k = 0; k < 1 + m / 4; ++k) {
                        bytes[std::uniform_int_distribution<size_t>(0, bytes.size() - 1)(rng)] ^=
                            char(1 << (k % 8));
                    }
                    break;
                case 2:  // a run of garbage bytes inserted
                    bytes.insert(std::uniform_int_distribution<size_t>(0, bytes.size())(rng),
                                 std::string(size_t(1 + m), char(0xA5)));
                    break;
                default:  // header size fields set to the maximum
                    for (size_t k = 12; k < std::min<size_t>(30, bytes.size()); ++k) {
                        bytes[k] = char(0xFF);
                    }
                }
                const QString name =
                    QStringLiteral("%1/m%2%3").arg(dir).arg(files).arg(QLatin1String(extension));
                test::writeBytes(name, bytes);
                truncated += m % 4 == 0;
            }
        }
        auto store = test::createProject(path(QStringLiteral("mutants.triage")), {"a", "b"});
        const ImportReport report = importOk(store, {dir.toStdString()});
        QCOMPARE(report.added + report.failed + report.duplicates, int64_t(files));
        int truncatedFailed = 0;
        const auto failed = store.items().list(ItemFilter{ItemState::Failed, std::nullopt});
        for (const auto &row : *failed) {
            QVERIFY2(!row.failure.empty(), row.path.c_str());
        }
        const auto all = store.items().list(ItemFilter{});
        for (const auto &row : *all) {
            // "m<index>.<extension>"
            const int index = QFileInfo(QString::fromStdString(row.path)).baseName().mid(1).toInt();
            if (index % 24 % 4 == 0) {
                QVERIFY2(row.state == ItemState::Failed, row.path.c_str());
                ++truncatedFailed;
            }
        }
        QCOMPARE(truncatedFailed, truncated);
    }

    // Item 9: four large images decode one at a time once they fill the budget.
    void decodingMemoryIsBounded()
    {
        const QString dir = path(QStringLiteral("large"));
        QDir().mkpath(dir);
        cv::Mat big(1500, 1500, CV_16UC3);
        for (int i = 0; i < 4; ++i) {
            cv::randu(big, 0, 65535 - i);
            cv::imwrite(QStringLiteral("%1/big%2.png").arg(dir).arg(i).toStdString(), big,
                        {cv::IMWRITE_PNG_COMPRESSION, 1});
        }
        auto store = test::createProject(path(QStringLiteral("large.triage")), {"a", "b"});
        ImportOptions options;
        options.threads = 4;
        options.decodeBudgetBytes = 30'000'000;  // one 1500x1500 16-bit RGB decode (~27 MB+)
        auto report = importPaths(store, {dir.toStdString()}, options, {}, CancelToken());
        QVERIFY(report.ok());
        QCOMPARE(report->added, int64_t(4));
        QCOMPARE(report->peakConcurrentDecodes, 1);
        options.decodeBudgetBytes = int64_t(1) << 30;  // room for all: they run side by side
        auto again = test::createProject(path(QStringLiteral("large2.triage")), {"a", "b"});
        report = importPaths(again, {dir.toStdString()}, options, {}, CancelToken());
        QVERIFY(report.ok());
        QVERIFY(report->peakConcurrentDecodes >= 1);
    }

    // Item 9: the bombs through the real CLI, measured as a separate process.
    void bombsStayWithinBoundedMemory()
    {
        const QString project = path(QStringLiteral("bombs.triage"));
        QCOMPARE(test::runCli({QStringLiteral("init"), project, QStringLiteral("--classes"),
                               QStringLiteral("a,b")})
                     .exitCode,
                 0);
        // The baseline, measured in the same run: what a command that reads the project
        // and nothing else peaks at (sanitizer builds and libraries make it vary).
        QCOMPARE(test::runCli({QStringLiteral("status"), project}).exitCode, 0);
        const long baselineMib = childPeakMib();
        test::writeBytes(path(QStringLiteral("b1-idx3-ubyte")), idxHeader(1, 65536, 65536));
        test::writeBytes(path(QStringLiteral("b2-idx3-ubyte")), idxHeader(4294967295u, 0, 0));
        test::writeBytes(path(QStringLiteral("b3-idx3-ubyte.gz")),
                         gzipped(idxHeader(9000000, 28, 28)));
        for (const char *bomb : {"b1-idx3-ubyte", "b2-idx3-ubyte", "b3-idx3-ubyte.gz"}) {
            const auto run =
                test::runCli({QStringLiteral("import"), project, path(QLatin1String(bomb))});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.startsWith(QStringLiteral("triage-cli: ")), qPrintable(run.err));
        }
        // A bomb may cost one 16 MiB read chunk and its gzip buffers, never its claims
        // (4 GiB, 17 EB of records, 7 GiB).
        QVERIFY2(childPeakMib() < baselineMib + 128,
                 qPrintable(QStringLiteral("peak %1 MiB, baseline %2 MiB")
                                .arg(childPeakMib())
                                .arg(baselineMib)));
        // The project still works.
        QCOMPARE(test::runCli({QStringLiteral("status"), project}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
