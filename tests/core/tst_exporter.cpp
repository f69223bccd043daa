// Export layouts: ImageFolder and CSV, human-only or with auto-accepted labels; an
// existing non-empty folder is never written into.
#include "exporter.h"
#include "fixtures.h"
#include "importer.h"
#include "versions.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace triage;

ExportOptions optionsFor(ExportFormat format, ExportInclusion include, const QString &out,
                         ImagePlacement images = ImagePlacement::Copy)
{
    ExportOptions options;
    options.format = format;
    options.include = include;
    options.outDir = out.toStdString();
    options.images = images;
    return options;
}

class TestExporter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        // Four images: two labelled by a person (a, b), one auto-accepted (b), one unlabelled;
        // two share a file name in different folders.
        test::writeImage(m_dir.filePath(QStringLiteral("in/x/same.png")),
                         test::syntheticImage(0, 1));
        test::writeImage(m_dir.filePath(QStringLiteral("in/y/same.png")),
                         test::syntheticImage(1, 2));
        test::writeImage(m_dir.filePath(QStringLiteral("in/auto.png")), test::syntheticImage(2, 3));
        test::writeImage(m_dir.filePath(QStringLiteral("in/open.png")), test::syntheticImage(2, 4));
        m_store = std::make_unique<ProjectStore>(
            test::createProject(m_dir.filePath(QStringLiteral("p.triage")), {"a", "b", "c"}));
        auto imported = importPaths(*m_store, {m_dir.filePath(QStringLiteral("in")).toStdString()},
                                    ImportOptions{}, {}, CancelToken());
        QCOMPARE(imported->added, int64_t(4));
        auto items = m_store->items().list(ItemFilter{});
        auto idOf = [&](const char *suffix) {
            for (const auto &row : *items) {
                if (QString::fromStdString(row.path).endsWith(QLatin1String(suffix))) {
                    return row.id;
                }
            }
            return int64_t(-1);
        };
        const auto &classes = m_store->classes();
        QVERIFY(m_store
                    ->decisions().record({idOf("x/same.png"), DecisionKind::Label, classes[0].id, "ann",
                                      0, std::nullopt})
                    .ok());
        QVERIFY(m_store
                    ->decisions().record({idOf("y/same.png"), DecisionKind::Label, classes[1].id, "ann",
                                      0, std::nullopt})
                    .ok());
        auto version = m_store->models().add(ModelVersionInput{});
        const std::vector<Route> routes{
            Route{idOf("auto.png"), RouteKind::AutoAccept, classes[1].id, 0.975, 0.975},
            Route{idOf("open.png"), RouteKind::Queue, classes[0].id, 0.5, 0.5}};
        QVERIFY(m_store->decisions().applyRoutes(*version, routes).ok());
    }

    void imageFolderWithAutoAccepted()
    {
        const QString out = m_dir.filePath(QStringLiteral("out-if"));
        auto report = exportDataset(
            *m_store, optionsFor(ExportFormat::ImageFolder, ExportInclusion::Accepted, out), {},
            CancelToken());
        QVERIFY2(report.ok(), report.ok() ? "" : report.error().message.c_str());
        QCOMPARE(report->written, int64_t(3));
        QCOMPARE(QDir(out).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(QDir(out + QStringLiteral("/a")).entryList(QDir::Files),
                 QStringList{QStringLiteral("same.png")});
        QCOMPARE(QDir(out + QStringLiteral("/b")).entryList(QDir::Files).size(), 2);
        QCOMPARE(report->emptyClasses, std::vector<std::string>{"c"});
        QCOMPARE(test::readBytes(out + QStringLiteral("/a/same.png")),
                 test::readBytes(m_dir.filePath(QStringLiteral("in/x/same.png"))));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral(".out-if.partial"))));
    }

    void imageFolderHumanOnly()
    {
        const QString out = m_dir.filePath(QStringLiteral("out-human"));
        auto report = exportDataset(
            *m_store, optionsFor(ExportFormat::ImageFolder, ExportInclusion::Human, out), {},
            CancelToken());
        QVERIFY(report.ok());
        QCOMPARE(report->written, int64_t(2));
        QCOMPARE(QDir(out + QStringLiteral("/b")).entryList(QDir::Files),
                 QStringList{QStringLiteral("same.png")});
    }

    void sameFileNamesDoNotCollide()
    {
        const QString out = m_dir.filePath(QStringLiteral("out-collide"));
        const int64_t ySame =
            4;  // items are imported in sorted path order: auto, open, x/same, y/same
        QVERIFY(m_store
                    ->decisions().record({ySame, DecisionKind::Label, m_store->classes()[0].id, "ann",
                                      0, std::nullopt})
                    .ok());
        auto report = exportDataset(
            *m_store, optionsFor(ExportFormat::ImageFolder, ExportInclusion::Human, out), {},
            CancelToken());
        QVERIFY(report.ok());
        QCOMPARE(QDir(out + QStringLiteral("/a")).entryList(QDir::Files),
                 (QStringList{QStringLiteral("4-same.png"), QStringLiteral("same.png")}));
        QVERIFY(m_store->decisions().undoLatest(ySame, "ann").ok());
    }

    void csvRows()
    {
        const QString out = m_dir.filePath(QStringLiteral("out-csv"));
        auto report = exportDataset(*m_store,
                                    optionsFor(ExportFormat::Csv, ExportInclusion::Accepted, out,
                                               ImagePlacement::Reference),
                                    {}, CancelToken());
        QVERIFY(report.ok());
        const QString csv =
            QString::fromStdString(test::readBytes(out + QStringLiteral("/labels.csv")));
        const QStringList lines = csv.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], QStringLiteral("path,label,source,confidence"));
        QVERIFY2(csv.contains(QStringLiteral("auto.png,b,auto,0.975")), qPrintable(csv));
        QVERIFY(csv.contains(QStringLiteral("x/same.png,a,human,1")));
        QVERIFY(lines[1].startsWith(QLatin1Char('/')));  // original absolute paths
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/images")));

        // Copied (the default): paths relative to the export, the files beside labels.csv.
        const QString copied = m_dir.filePath(QStringLiteral("out-csv-copied"));
        QVERIFY(exportDataset(*m_store,
                              optionsFor(ExportFormat::Csv, ExportInclusion::Accepted, copied), {},
                              CancelToken()).ok());
        const QString copiedCsv =
            QString::fromStdString(test::readBytes(copied + QStringLiteral("/labels.csv")));
        QVERIFY2(copiedCsv.contains(QStringLiteral("\nimages/auto.png,b,auto,0.975\n")),
                 qPrintable(copiedCsv));
        QCOMPARE(test::readBytes(copied + QStringLiteral("/images/auto.png")),
                 test::readBytes(m_dir.filePath(QStringLiteral("in/auto.png"))));
    }

    void refusesNonEmptyFolder()
    {
        const QString out = m_dir.filePath(QStringLiteral("out-full"));
        test::writeBytes(out + QStringLiteral("/keep.txt"), "mine");
        auto report = exportDataset(
            *m_store, optionsFor(ExportFormat::Csv, ExportInclusion::Accepted, out), {},
            CancelToken());
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(QDir(out).entryList(QDir::Files), QStringList{QStringLiteral("keep.txt")});
    }

    // A dataset version exports the labels it holds, whatever people decided since.
    // (Last: it relabels an item.)
    void aVersionExportsItsLabelsNotTodays()
    {
        QVERIFY(createVersion(*m_store, {"before", "", "ann", true, 0, std::nullopt}).ok());
        const auto labelled = m_store->versions().items(
            m_store->versions().byName("before")->value().id).value();
        int64_t sameX = 0;  // x/same.png, labelled a
        for (const VersionItem &item : labelled) {
            if (QString::fromStdString(item.path).endsWith(QStringLiteral("x/same.png"))) {
                sameX = item.itemId;
            }
        }
        QVERIFY(sameX > 0);
        QVERIFY(m_store->decisions().record({sameX, DecisionKind::Label,
                                             m_store->classes()[2].id, "ann", 0, std::nullopt}).ok());
        const QString out = m_dir.filePath(QStringLiteral("out-version"));
        ExportOptions options;
        options.format = ExportFormat::Csv;
        options.images = ImagePlacement::Reference;
        options.outDir = out.toStdString();
        options.version = "before";
        auto report = exportDataset(*m_store, options, {}, CancelToken());
        QVERIFY2(report.ok(), report ? "" : report.error().message.c_str());
        QCOMPARE(report->written, int64_t(3));
        const QString csv =
            QString::fromStdString(test::readBytes(out + QStringLiteral("/labels.csv")));
        QVERIFY2(csv.contains(QStringLiteral("x/same.png,a,human,1")), qPrintable(csv));
        options.version.clear();  // today's labels: x/same.png is c now
        options.outDir = m_dir.filePath(QStringLiteral("out-today")).toStdString();
        QVERIFY(exportDataset(*m_store, options, {}, CancelToken()).ok());
        QVERIFY(QString::fromStdString(test::readBytes(m_dir.filePath(QStringLiteral("out-today/labels.csv"))))
                    .contains(QStringLiteral("x/same.png,c,human,1")));

        options.version = "nope";
        options.outDir = m_dir.filePath(QStringLiteral("out-nope")).toStdString();
        QCOMPARE(exportDataset(*m_store, options, {}, CancelToken()).error().code,
                 ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
