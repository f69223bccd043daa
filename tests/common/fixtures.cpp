#include "fixtures.h"

#include "autolabeler.h"
#include "importer.h"
#include "pgdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <random>

namespace triage::test {

cv::Mat syntheticImage(int cls, int seed, int channels)
{
    std::mt19937 rng(uint32_t(seed * 7919 + cls));
    std::uniform_int_distribution<int> shift(0, 3), level(140, 230);
    std::normal_distribution<float> noise(0.f, 18.f);
    cv::Mat image(32, 32, CV_8UC1, cv::Scalar(20));
    const int bright = level(rng), offset = shift(rng);
    for (int y = 0; y < 32; ++y) {
        for (int x = 0; x < 32; ++x) {
            bool on = false;
            if (cls == 0) {
                on = ((y + offset) / 4) % 2 == 0;
            } else if (cls == 1) {
                on = ((x + offset) / 4) % 2 == 0;
            } else {
                const int dx = x - 16 - offset, dy = y - 16 + offset;
                on = dx * dx + dy * dy < 64;
            }
            const float v = (on ? float(bright) : 20.f) + noise(rng);
            image.at<uint8_t>(y, x) = cv::saturate_cast<uint8_t>(v);
        }
    }
    if (channels == 3) {
        cv::Mat colour;
        cv::cvtColor(image, colour, cv::COLOR_GRAY2BGR);
        return colour;
    }
    return image;
}

void writeImage(const QString &path, const cv::Mat &image)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!cv::imwrite(path.toStdString(), image)) {
        QFAIL(qPrintable(QStringLiteral("cannot write fixture image %1").arg(path)));
    }
}

void writeBytes(const QString &path, const std::string &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes.data(), qint64(bytes.size())), qint64(bytes.size()));
}

std::string readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray data = file.readAll();
    return std::string(data.constData(), size_t(data.size()));
}

std::vector<std::string>
writeSyntheticFolder(const QString &dir, const std::vector<std::string> &classes, int countPerClass)
{
    std::vector<std::string> paths;
    for (size_t c = 0; c < classes.size(); ++c) {
        for (int i = 0; i < countPerClass; ++i) {
            const QString name = QStringLiteral("%1/%2/%2_%3.png")
                                     .arg(dir, QString::fromStdString(classes[c]))
                                     .arg(i);
            writeImage(name, syntheticImage(int(c % 3), i));
            paths.push_back(QFileInfo(name).absoluteFilePath().toStdString());
        }
    }
    return paths;
}

ProjectStore createProject(const QString &path, const std::vector<std::string> &classes)
{
    auto store = ProjectStore::create(path.toStdString(), "test", classes);
    if (!store) {
        qFatal("cannot create test project: %s", store.error().message.c_str());
    }
    return std::move(*store);
}

CliRun runCli(const QStringList &args, const QString &workingFolder)
{
    QProcess process;
    if (!workingFolder.isEmpty()) {
        process.setWorkingDirectory(workingFolder);
    }
    process.start(qEnvironmentVariable("TRIAGE_CLI"), args);
    // No time limit of our own: a loaded machine makes the child slow, not wrong, and
    // ctest's timeout bounds the test. A child that did not finish is never read as done.
    if (!process.waitForStarted(-1)) {
        return CliRun{kNotFinished,
                      {},
                      QStringLiteral("triage-cli did not start: %1").arg(process.errorString())};
    }
    process.waitForFinished(-1);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(-1);
        return CliRun{kNotFinished, QString::fromUtf8(process.readAllStandardOutput()),
                      QStringLiteral("triage-cli did not finish (killed)")};
    }
    return CliRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : kCrashed,
                  QString::fromUtf8(process.readAllStandardOutput()),
                  QString::fromUtf8(process.readAllStandardError())};
}

QString createImportedProject(const QString &dir, const QString &name, int count,
                              const QString &location)
{
    for (int i = 0; i < count; ++i) {
        writeImage(QStringLiteral("%1/images/%2.png").arg(dir).arg(i), syntheticImage(i % 3, i));
    }
    const QString path =
        location.isEmpty() ? QStringLiteral("%1/%2.triage").arg(dir, name) : location;
    auto store = createProject(path, {"a", "b", "c"});
    auto imported = importPaths(store, {QString(dir + QStringLiteral("/images")).toStdString()},
                                ImportOptions{}, {}, CancelToken());
    if (!imported || imported->added != count) {
        qFatal("importing the fixture images failed: %s",
               imported ? "not every image was added" : imported.error().message.c_str());
    }
    return path;
}

std::unique_ptr<Database> rawDatabase(const std::string &projectLocation)
{
    if (isDatabaseUrl(projectLocation)) {
        auto db = PgDatabase::connect(projectLocation);
        if (!db) {
            qFatal("cannot connect to %s: %s", projectLocation.c_str(), db.error().message.c_str());
        }
        return std::move(*db);
    }
    auto db = SqliteDatabase::open(projectLocation, SqliteDatabase::OpenMode::OpenExisting);
    if (!db) {
        qFatal("cannot open %s: %s", projectLocation.c_str(), db.error().message.c_str());
    }
    return std::move(*db);
}

std::string postgresServerUrl()
{
    const QByteArray file = qgetenv("TRIAGE_TEST_POSTGRES_URL_FILE");
    if (file.isEmpty()) {
        return {};
    }
    QFile urlFile(QString::fromLocal8Bit(file));
    if (!urlFile.open(QIODevice::ReadOnly)) {
        qFatal("TRIAGE_TEST_POSTGRES_URL_FILE names %s, which cannot be read: is the postgres "
               "fixture running?",
               file.constData());
    }
    return urlFile.readAll().trimmed().toStdString();
}

std::string freshPostgresUrl(const std::string &name)
{
    static int counter = 0;
    std::string database = "t" + std::to_string(QCoreApplication::applicationPid()) + "_" +
                           std::to_string(++counter) + "_";
    for (char c : name) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (database.size() < 60 && (plain || (c >= 'A' && c <= 'Z'))) {
            database += char(plain ? c : c - 'A' + 'a');
        }
    }
    const std::string server = postgresServerUrl();
    if (server.empty()) {
        qFatal("freshPostgresUrl needs a PostgreSQL server (TRIAGE_TEST_POSTGRES_URL_FILE)");
    }
    return server + "/" + database;
}

std::unique_ptr<SqliteDatabase> openSqlite(const std::string &path, SqliteDatabase::OpenMode mode)
{
    auto db = SqliteDatabase::open(path, mode);
    if (!db) {
        qFatal("cannot open %s: %s", path.c_str(), db.error().message.c_str());
    }
    return std::move(*db);
}

namespace {

int64_t addNumberedItem(ProjectStore &store, int n)
{
    ItemMeta meta;
    meta.path = "/x/" + std::to_string(n) + ".png";
    meta.contentHash = "hash-" + std::to_string(n);
    meta.width = meta.height = 8;
    meta.channels = 1;
    meta.format = "png";
    auto id = store.items().add(meta, 0.5);
    if (!id) {
        qFatal("%s", id.error().message.c_str());
    }
    return *id;
}

// Scores for two classes: each item's probability of the first.
ScoreTable scoresOf(const std::vector<std::pair<int64_t, float>> &items, int64_t version)
{
    std::vector<int64_t> ids;
    for (const auto &item : items) {
        ids.push_back(item.first);
    }
    ScoreTable table(ids, 2, version);
    for (size_t i = 0; i < items.size(); ++i) {
        table.probabilities()[2 * i] = items[i].second;
        table.probabilities()[2 * i + 1] = 1 - items[i].second;
    }
    return table;
}

// A round: a model version, its predictions stored and its routes applied.
RoutingSummary route(ProjectStore &store, const std::vector<std::pair<int64_t, float>> &items)
{
    auto version = store.models().add(ModelVersionInput{});
    if (!version) {
        qFatal("%s", version.error().message.c_str());
    }
    const ScoreTable table = scoresOf(items, *version);
    if (!store.predictions().store(*version, table.itemIds(), table.probabilities())) {
        qFatal("predictions not stored");
    }
    auto routing = routeScores(store, table, {0, 0}, {});
    if (!routing) {
        qFatal("%s", routing.error().message.c_str());
    }
    return *routing;
}

}  // namespace

ProjectStore createTwoRoundProject(const QString &path)
{
    auto store = createProject(path, {"a", "b"});
    RoutingPolicy policy;
    policy.acceptThreshold = 0.9;
    policy.minHumanLabelsPerClass = 0;
    policy.targetPrecision = 0;
    policy.auditShare = 0;
    if (!store.settings().setRoutingPolicy(policy)) {
        qFatal("policy not set");
    }
    for (int n = 1; n <= 10; ++n) {
        addNumberedItem(store, n);
    }
    route(store, {{1, .95f},
                  {2, .95f},
                  {3, .95f},
                  {4, .95f},
                  {5, .95f},
                  {6, .95f},
                  {7, .4f},
                  {8, .4f},
                  {9, .4f},
                  {10, .4f}});
    const int64_t a = store.classes()[0].id, b = store.classes()[1].id;
    if (!store.decisions().record({7, DecisionKind::Label, b, "ann", 2, b}) ||
        !store.decisions().record({8, DecisionKind::Label, a, "ann", 3, b})) {
        qFatal("decisions not recorded");
    }
    for (int n = 11; n <= 14; ++n) {
        addNumberedItem(store, n);
    }
    route(store, {{1, .95f},
                  {2, .95f},
                  {3, .95f},
                  {4, .05f},
                  {5, .6f},
                  {6, .6f},
                  {7, .25f},
                  {8, .25f},
                  {9, .4f},
                  {10, .4f},
                  {11, .05f},
                  {12, .05f},
                  {13, .05f},
                  {14, .05f}});
    return store;
}

}  // namespace triage::test
