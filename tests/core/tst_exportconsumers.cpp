// Every export format loads in the tool it is made for, and that tool reads the labels the
// export was asked for: tests/consumers/check_export.py runs torchvision's ImageFolder
// (ImageFolder, YOLO), pandas (CSV), json (JSONL, Hugging Face metadata), a COCO checker
// (Debian packages no pycocotools) and Label Studio's task rules under Debian's python3.
// Also: the same version exports the same bytes, names never collide, hard links, and
// the exports that are refused (unsafe class names, references in folder layouts, YOLO
// without splits).
#include "exporter.h"
#include "fixtures.h"
#include "importer.h"
#include "versions.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <map>

using namespace triage;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

// An IDX file of `count` 8x8 images, record i all of value 20 * i.
std::string idxImages(int count)
{
    std::string idx("\0\0\x08\x03", 4);
    for (uint32_t v : {uint32_t(count), 8u, 8u}) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            idx += char((v >> shift) & 0xFF);
        }
    }
    for (int i = 0; i < count; ++i) {
        idx += std::string(64, char(20 * i));
    }
    return idx;
}

ExportOptions optionsFor(const QString &format, const QString &version, const QString &images,
                         const QString &out)
{
    ExportOptions options;
    options.format = exportFormatFromString(format.toStdString()).value();
    options.images = imagePlacementFromString(images.toStdString()).value();
    options.version = version.toStdString();
    options.outDir = out.toStdString();
    return options;
}

// Every file under `root` (relative path) with its bytes.
std::map<QString, std::string> filesUnder(const QString &root)
{
    std::map<QString, std::string> files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files[QDir(root).relativeFilePath(path)] = test::readBytes(path);
    }
    return files;
}

}  // namespace

class TestExportConsumers : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    int m_exports = 0;

    QString newOut() { return m_dir.filePath(QStringLiteral("out%1").arg(++m_exports)); }

    // "SPLIT<TAB>FILE NAME<TAB>LABEL" for each label the export should hold, sorted.
    QStringList expectedLines(const QString &version)
    {
        const bool current = version.isEmpty();
        std::vector<VersionItem> labels =
            current ? m_store->versions().currentLabels(true, 0).value()
                    : m_store->versions()
                          .items(findVersion(*m_store, version.toStdString())->id)
                          .value();
        QStringList lines;
        for (const VersionItem &item : labels) {
            const bool idx = item.path.find('#') != std::string::npos;
            const QString name = idx ? QStringLiteral("%1.png").arg(item.itemId)
                                     : QFileInfo(QString::fromStdString(item.path)).fileName();
            const QString split = item.split == Split::None
                                      ? QStringLiteral("-")
                                      : QString::fromStdString(std::string(toText(item.split)));
            QString label;
            for (const ClassInfo &c : m_store->classes()) {
                if (c.id == item.classId) {
                    label = QString::fromStdString(c.name);
                }
            }
            lines << split + QLatin1Char('\t') + name + QLatin1Char('\t') + label;
        }
        lines.sort();
        return lines;
    }

    // What the consumer read, with the "<item id>-" an export puts before a second file of
    // the same name taken off (sameNamesNeverCollide checks those names).
    QStringList consumerLines(const QString &format, const QString &out)
    {
        QProcess python;
        python.start(kPython, {QStringLiteral(TRIAGE_CONSUMER_CHECK), format, out});
        if (!python.waitForFinished(600'000) || python.exitStatus() != QProcess::NormalExit) {
            python.kill();
            python.waitForFinished();
            return {QStringLiteral("check_export.py did not finish: ") + python.errorString()};
        }
        const QString err = QString::fromUtf8(python.readAllStandardError());
        if (python.exitCode() != 0) {
            return {QStringLiteral("check_export.py failed: ") + err};
        }
        QStringList lines;
        static const QRegularExpression idPrefix(QStringLiteral("\t\\d+-"));
        for (QString line : QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'))) {
            if (!line.isEmpty()) {
                lines << line.replace(idPrefix, QStringLiteral("\t"));
            }
        }
        lines.sort();
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(kPython), "Debian's python3 is missing");
        QProcess probe;
        probe.start(kPython, {QStringLiteral("-c"), QStringLiteral("import torchvision, pandas")});
        QVERIFY(probe.waitForFinished(300'000));
        QVERIFY2(probe.exitCode() == 0,
                 "the consumers are missing: scripts/install-deps.sh --test installs "
                 "python3-torchvision and python3-pandas");

        // 30 PNGs of three classes (one class name with a space), a second img_0.png in
        // another folder, and an IDX file of three records.
        for (int i = 0; i < 30; ++i) {
            test::writeImage(m_dir.filePath(QStringLiteral("in/a/img_%1.png").arg(i)),
                             test::syntheticImage(i % 3, i));
        }
        test::writeImage(m_dir.filePath(QStringLiteral("in/b/img_0.png")),
                         test::syntheticImage(1, 99));
        test::writeBytes(m_dir.filePath(QStringLiteral("in/digits.idx")), idxImages(3));
        m_store = std::make_unique<ProjectStore>(test::createProject(
            m_dir.filePath(QStringLiteral("p.triage")), {"cat", "dog", "sea lion"}));
        auto imported = importPaths(*m_store,
                                    {m_dir.filePath(QStringLiteral("in/a")).toStdString(),
                                     m_dir.filePath(QStringLiteral("in/b")).toStdString(),
                                     m_dir.filePath(QStringLiteral("in/digits.idx")).toStdString()},
                                    ImportOptions{}, {}, CancelToken());
        QVERIFY2(imported.ok(), imported ? "" : imported.error().message.c_str());
        QCOMPARE(imported->added, int64_t(34));

        // People label all but the last four; a model round auto-accepts two and queues two.
        auto items = m_store->items().list(ItemFilter{});
        const auto &classes = m_store->classes();
        for (size_t i = 0; i + 4 < items->size(); ++i) {
            QVERIFY(m_store->decisions()
                        .record({(*items)[i].id, DecisionKind::Label, classes[i % 3].id, "ann", 1,
                                 std::nullopt})
                        .ok());
        }
        const size_t n = items->size();
        auto round = m_store->models().add(ModelVersionInput{});
        const std::vector<Route> routes{
            {(*items)[n - 4].id, RouteKind::AutoAccept, classes[2].id, 0.97, 0.97, false},
            {(*items)[n - 3].id, RouteKind::AutoAccept, classes[0].id, 0.99, 0.99, false},
            {(*items)[n - 2].id, RouteKind::Queue, classes[0].id, 0.5, 0.5, false}};
        QVERIFY(m_store->decisions().applyRoutes(*round, routes).ok());
        VersionRequest request;
        request.name = "v1";
        request.createdBy = "lead";
        request.splits = SplitPlan{0.6, 0.2, 0.2, 7};
        QVERIFY(createVersion(*m_store, request).ok());
        // A decision after the version: today's labels differ from v1's.
        QVERIFY(m_store->decisions()
                    .record({(*items)[0].id, DecisionKind::Label, classes[1].id, "ann", 1,
                             std::nullopt})
                    .ok());
    }

    void everyFormatLoadsInItsConsumer_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("version");  // "" for the current labels
        QTest::addColumn<QString>("images");
        const QString v1 = QStringLiteral("v1");
        const QString copy = QStringLiteral("copy");
        const QString link = QStringLiteral("link");
        const QString reference = QStringLiteral("reference");
        for (const char *format : {"imagefolder", "csv", "jsonl", "coco", "yolo", "hf", "labelstudio"}) {
            const QString f = QString::fromLatin1(format);
            QTest::addRow("%s v1 copy", format) << f << v1 << copy;
        }
        QTest::addRow("imagefolder today link") << QStringLiteral("imagefolder") << QString() << link;
        QTest::addRow("hf today copy") << QStringLiteral("hf") << QString() << copy;
        for (const char *format : {"csv", "jsonl", "coco", "labelstudio"}) {
            QTest::addRow("%s today reference", format) << QString::fromLatin1(format) << QString()
                                                        << reference;
        }
    }

    void everyFormatLoadsInItsConsumer()
    {
        QFETCH(QString, format);
        QFETCH(QString, version);
        QFETCH(QString, images);
        const QString out = newOut();
        auto report = exportDataset(*m_store, optionsFor(format, version, images, out), {},
                                    CancelToken());
        QVERIFY2(report.ok(), report ? "" : report.error().message.c_str());
        QCOMPARE(report->written, int64_t(expectedLines(version).size()));
        QCOMPARE(consumerLines(format, out), expectedLines(version));
    }

    void theSameVersionExportsTheSameBytes()
    {
        for (const char *format : {"coco", "jsonl", "hf", "labelstudio", "yolo"}) {
            const QString first = newOut();
            const QString second = newOut();
            const QString f = QString::fromLatin1(format);
            const QString v1 = QStringLiteral("v1");
            QVERIFY(exportDataset(*m_store, optionsFor(f, v1, QStringLiteral("copy"), first), {},
                                  CancelToken()).ok());
            QVERIFY(exportDataset(*m_store, optionsFor(f, v1, QStringLiteral("copy"), second), {},
                                  CancelToken()).ok());
            const auto a = filesUnder(first);
            QVERIFY(a.size() > 30);
            QVERIFY2(a == filesUnder(second), format);
        }
        // The manifest names the version, its digest and the command that repeats it.
        auto version = findVersion(*m_store, "v1");
        const QString out = newOut();
        QVERIFY(exportDataset(*m_store, optionsFor(QStringLiteral("coco"), QStringLiteral("v1"),
                                                   QStringLiteral("copy"), out), {}, CancelToken()).ok());
        const QString manifest =
            QString::fromStdString(test::readBytes(out + QStringLiteral("/triage-export.json")));
        QVERIFY2(manifest.contains(QStringLiteral("\"digest\":\"%1\"")
                                       .arg(QString::fromStdString(version->digest))),
                 qPrintable(manifest));
        QVERIFY(manifest.contains(QStringLiteral("\"dataset_version\":\"v1\"")));
        QVERIFY(manifest.contains(QStringLiteral("--version v1 --format coco --include accepted "
                                                 "--images copy --out NEW_FOLDER")));
    }

    void sameNamesNeverCollide()
    {
        const QString out = newOut();
        QVERIFY(exportDataset(*m_store, optionsFor(QStringLiteral("csv"), QString(),
                                                   QStringLiteral("copy"), out), {}, CancelToken()).ok());
        const QStringList names = QDir(out + QStringLiteral("/images"))
                                      .entryList({QStringLiteral("*img_0.png")}, QDir::Files);
        QCOMPARE(names.size(), 2);
        // The second, from in/b, carries its item id; each copy holds its own source's bytes.
        const QString renamed = names[0] == QLatin1String("img_0.png") ? names[1] : names[0];
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+-img_0\\.png$")).match(renamed).hasMatch(),
                 qPrintable(renamed));
        QCOMPARE(test::readBytes(out + QStringLiteral("/images/img_0.png")),
                 test::readBytes(m_dir.filePath(QStringLiteral("in/a/img_0.png"))));
        QCOMPARE(test::readBytes(out + QStringLiteral("/images/") + renamed),
                 test::readBytes(m_dir.filePath(QStringLiteral("in/b/img_0.png"))));
    }

    void linkedImagesShareTheirFile()
    {
        const QString out = newOut();
        auto report = exportDataset(*m_store, optionsFor(QStringLiteral("csv"), QString(),
                                                         QStringLiteral("link"), out), {}, CancelToken());
        QVERIFY(report.ok());
        int64_t idxRecords = 0;  // written as PNG, never linked
        const std::vector<VersionItem> labels = m_store->versions().currentLabels(true, 0).value();
        for (const VersionItem &item : labels) {
            idxRecords += item.path.find('#') != std::string::npos ? 1 : 0;
        }
        QVERIFY(idxRecords > 0);
        QCOMPARE(report->linked, report->written - idxRecords);
        const auto source = m_dir.filePath(QStringLiteral("in/a/img_5.png")).toStdString();
        QVERIFY(std::filesystem::hard_link_count(source) >= 2);
        QVERIFY(std::filesystem::equivalent(source, QString(out + QStringLiteral("/images/img_5.png")).toStdString()));
    }

    void refusedChoicesSayWhy()
    {
        const QString out = newOut();
        auto reference = exportDataset(*m_store, optionsFor(QStringLiteral("imagefolder"), QString(),
                                                            QStringLiteral("reference"), out), {},
                                       CancelToken());
        QCOMPARE(reference.error().code, ErrorCode::InvalidArgument);
        QVERIFY(QString::fromStdString(reference.error().message).contains(QStringLiteral("copy or link")));
        auto yolo = exportDataset(*m_store, optionsFor(QStringLiteral("yolo"), QString(),
                                                       QStringLiteral("copy"), out), {}, CancelToken());
        QCOMPARE(yolo.error().code, ErrorCode::InvalidArgument);
        QVERIFY(QString::fromStdString(yolo.error().message).contains(QStringLiteral("splits")));
        QVERIFY(!QFileInfo::exists(out));
    }

    // A class name no folder can have (a project from elsewhere, or edited by hand) stops
    // the export before it writes anything. (Last: it renames a class.)
    void unsafeClassNamesAreRefused()
    {
        {
            auto raw = test::rawDatabase(*m_store);
            QVERIFY(raw->exec("UPDATE classes SET name = '../up' WHERE position = 2").ok());
        }
        ProjectStore reopened = ProjectStore::open(m_store->path()).value();
        const QString out = newOut();
        auto report = exportDataset(reopened, optionsFor(QStringLiteral("imagefolder"), QString(),
                                                         QStringLiteral("copy"), out), {}, CancelToken());
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(QString::fromStdString(report.error().message).contains(QStringLiteral("'../up'")),
                 report.error().message.c_str());
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("up"))));
    }
};

QTEST_GUILESS_MAIN(TestExportConsumers)
#include "tst_exportconsumers.moc"
