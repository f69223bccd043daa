// The project store: creation, opening, schema versions, the append-only decision log
// with undo, and the guarantee that automatic routing never touches a human label.
#include "database.h"
#include "fixtures.h"
#include "numbertext.h"
#include "projectcopy.h"
#include "projectstore.h"
#include "sqliteschema.h"
#include "storerules.h"
#include "versions.h"

#include <QFileInfo>
#include <QThread>

#include <atomic>
#include <clocale>
#include <cmath>
#include <ctime>
#include <map>
#include <mutex>
#include <thread>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace triage;

// Queries are written with designated initializers, naming only the fields a case sets;
// -Wextra would ask for every other field too.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

class TestProjectStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    // ctest runs this program twice: on SQLite files, and as tst_projectstore_postgres on a
    // throw-away PostgreSQL server. Tests of what only one backend has skip on the other.
    static bool onPostgres() { return !test::postgresServerUrl().empty(); }
    // A new project's location on the backend under test: a file, or a fresh database.
    QString location(const char *name) const
    {
        return onPostgres() ? QString::fromStdString(test::freshPostgresUrl(name)) : path(name);
    }

    // A table's rows as comparable text, whatever the backend: columns by name, values by
    // kind (a real number exactly), rows in key order.
    static std::vector<std::string> tableRows(const std::string &location, const std::string &table)
    {
        auto db = test::rawDatabase(location);
        auto q = db->prepare("SELECT * FROM " + table + " ORDER BY 1, 2");
        if (!q) {
            qFatal("%s", q.error().message.c_str());
        }
        std::vector<std::string> rows;
        while (q->step()) {
            std::map<std::string, std::string> row;
            for (int c = 0; c < q->columnCount(); ++c) {
                std::string value;
                switch (q->columnKind(c)) {
                case ColumnKind::Null: value = "NULL"; break;
                case ColumnKind::Integer: value = std::to_string(q->columnInt(c)); break;
                case ColumnKind::Real: value = formatNumber(q->columnDouble(c)); break;
                case ColumnKind::Text: value = "'" + q->columnText(c); break;
                case ColumnKind::Blob:
                    for (uint8_t byte : q->columnBlob(c)) {
                        value += "0123456789abcdef"[byte >> 4];
                        value += "0123456789abcdef"[byte & 15];
                    }
                    break;
                }
                row[q->columnName(c)] = value;
            }
            if (table == "settings" && row["key"] == "'schema_version") {
                continue;  // the backend's own
            }
            std::string text;
            for (const auto &[name, value] : row) {
                text += name + "=" + value + ";";
            }
            rows.push_back(text);
        }
        if (q->failed()) {
            qFatal("%s", q->error().message.c_str());
        }
        return rows;
    }

    static int64_t addItem(ProjectStore &store, const std::string &path)
    {
        ItemMeta meta;
        meta.path = path;
        meta.contentHash = "hash-" + path;
        meta.width = meta.height = 8;
        meta.channels = 1;
        meta.format = "png";
        auto id = store.items().add(meta, 0.5);
        if (!id) {
            qFatal("%s", id.error().message.c_str());
        }
        return *id;
    }

private Q_SLOTS:
    // The import's two batch calls: many paths looked up at once, and an add that writes
    // nothing when the path or the content is known.
    void findsPathsAndAddsOnlyWhatIsNew()
    {
        auto store = test::createProject(location("batch.triage"), {"a", "b"});
        const int64_t first = addItem(store, "/x/one.png");
        const std::vector<std::string> paths{"/x/none.png", "/x/one.png"};
        auto found = store.items().findPaths(paths);
        QVERIFY(found.ok());
        QCOMPARE(int(found->size()), 2);
        QVERIFY(!(*found)[0].has_value());
        QCOMPARE((*found)[1]->itemId, first);

        ItemMeta meta;
        meta.path = "/x/two.png";
        meta.contentHash = "hash-two";
        auto added = store.items().addIfNew(meta, 0.5);
        QVERIFY(added.ok() && added->has_value());
        meta.path = "/x/copy-of-two.png";  // the same content under another path
        QVERIFY(!store.items().addIfNew(meta, 0.5)->has_value());
        meta.path = "/x/one.png";  // a known path with new content
        meta.contentHash = "hash-new";
        QVERIFY(!store.items().addIfNew(meta, 0.5)->has_value());
        QCOMPARE(store.items().counts()->total, int64_t(2));
    }

    void createsAndReopensWithClasses()
    {
        const QString project = location("a.triage");
        {
            auto store = test::createProject(project, {"cat", "dog", "bird"});
            QCOMPARE(int(store.classes().size()), 3);
        }
        auto reopened = ProjectStore::open(project.toStdString());
        QVERIFY2(reopened.ok(), reopened.ok() ? "" : reopened.error().message.c_str());
        QCOMPARE(reopened->classes()[1].name, std::string("dog"));
        QCOMPARE(reopened->classes()[2].position, 2);
        QCOMPARE(reopened->settings().name().value(), std::string("test"));
        QCOMPARE(reopened->settings().routingPolicy()->acceptThreshold, 0.95);

        if (onPostgres()) {
            return;  // no file, no journal: the schema version is checked on open
        }
        auto db = test::rawDatabase(project.toStdString());
        auto version = db->prepare("PRAGMA user_version");
        QVERIFY(version->step());
        QCOMPARE(version->columnInt(0), int64_t(sqlite::kSchemaVersion));
        auto mode = db->prepare("PRAGMA journal_mode");
        QVERIFY(mode->step());
        QCOMPARE(mode->columnText(0), std::string("wal"));
    }

    void refusesBadClassLists_data()
    {
        QTest::addColumn<QStringList>("classes");
        QTest::newRow("one class") << QStringList{QStringLiteral("only")};
        QTest::newRow("duplicate") << QStringList{QStringLiteral("a"), QStringLiteral("a")};
        QTest::newRow("slash") << QStringList{QStringLiteral("a/b"), QStringLiteral("c")};
        QTest::newRow("comma") << QStringList{QStringLiteral("a,b"), QStringLiteral("c")};
        QTest::newRow("empty") << QStringList{QString(), QStringLiteral("c")};
        // Issue 5, item 12: each of these was accepted and broke exports later.
        QTest::newRow("300 characters")
            << QStringList{QString(300, QLatin1Char('x')), QStringLiteral("c")};
        QTest::newRow("control character")
            << QStringList{QStringLiteral("a\tb"), QStringLiteral("c")};
        QTest::newRow("dot dot") << QStringList{QStringLiteral(".."), QStringLiteral("c")};
        QTest::newRow("equal up to case")
            << QStringList{QStringLiteral("Cat"), QStringLiteral("cat")};
        QTest::newRow("windows device") << QStringList{QStringLiteral("con"), QStringLiteral("c")};
        QTest::newRow("trailing space") << QStringList{QStringLiteral("a "), QStringLiteral("c")};
        QTest::newRow("colon") << QStringList{QStringLiteral("a:b"), QStringLiteral("c")};
    }

    void refusesBadClassLists()
    {
        QFETCH(QStringList, classes);
        std::vector<std::string> names;
        for (const auto &c : classes) {
            names.push_back(c.toStdString());
        }
        const std::string file = path(QTest::currentDataTag()).toStdString() + ".triage";
        auto store = ProjectStore::create(file, "x", names);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, ErrorCode::InvalidArgument);
    }

    void refusesExistingFile()
    {
        if (onPostgres()) {
            // A database that holds tables (a project, or anyone's) is not taken over.
            const QString project = location("exists");
            test::createProject(project, {"a", "b"});
            auto again = ProjectStore::create(project.toStdString(), "x", {"a", "b"});
            QVERIFY(!again.ok());
            QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
            return;
        }
        test::writeBytes(path("exists.triage"), "x");
        auto store = ProjectStore::create(path("exists.triage").toStdString(), "x", {"a", "b"});
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, ErrorCode::AlreadyExists);
    }

    void refusesFilesThatAreNotProjects()
    {
        if (onPostgres()) {
            const std::string foreign = test::freshPostgresUrl("foreign");
            auto missing = ProjectStore::open(foreign);
            QVERIFY(!missing.ok());
            QCOMPARE(missing.error().code, ErrorCode::NotFound);
            QVERIFY2(missing.error().message.find("does not exist") != std::string::npos,
                     missing.error().message.c_str());
            auto admin = test::rawDatabase(test::postgresServerUrl() + "/postgres");
            const std::string name = foreign.substr(foreign.rfind('/') + 1);
            QVERIFY(admin->exec("CREATE DATABASE " + name).ok());
            QVERIFY(test::rawDatabase(foreign)->exec("CREATE TABLE notes(x INTEGER)").ok());
            auto other = ProjectStore::open(foreign);
            QVERIFY(!other.ok());
            QCOMPARE(other.error().code, ErrorCode::CorruptData);
            return;
        }
        test::writeBytes(path("text.triage"),
                         "this is not a database, just some text to fill a page");
        auto text = ProjectStore::open(path("text.triage").toStdString());
        QVERIFY(!text.ok());
        QVERIFY2(text.error().message.find("not a Triage project") != std::string::npos,
                 text.error().message.c_str());

        auto missing = ProjectStore::open(path("missing.triage").toStdString());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);

        // A valid SQLite file of someone else's.
        {
            auto db = test::openSqlite(path("other.sqlite").toStdString(),
                                       SqliteDatabase::OpenMode::CreateNew);
            QVERIFY(db->exec("CREATE TABLE t(x)").ok());
        }
        auto other = ProjectStore::open(path("other.sqlite").toStdString());
        QVERIFY(!other.ok());
    }

    void refusesNewerSchema()
    {
        const QString project = location("new.triage");
        {
            auto store = test::createProject(project, {"a", "b"});
            QVERIFY(test::rawDatabase(store)
                        ->exec(onPostgres() ? "UPDATE settings SET value = '99' "
                                              "WHERE key = 'schema_version'"
                                            : "PRAGMA user_version=99")
                        .ok());
        }
        auto store = ProjectStore::open(project.toStdString());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, ErrorCode::UnsupportedVersion);
        QVERIFY(store.error().message.find("99") != std::string::npos);
    }

    // Migration 1: an empty file (version 0) gets the first schema.
    void migrationOneBuildsTheSchemaFromNothing()
    {
        if (onPostgres()) {
            QSKIP("a SQLite file's own behaviour");
        }
        auto db =
            test::openSqlite(path("v0.sqlite").toStdString(), SqliteDatabase::OpenMode::CreateNew);
        QVERIFY(sqlite::migrate(*db, 1).ok());
        QCOMPARE(sqlite::schemaVersion(*db).value(), 1);
        for (const char *table : {"settings", "classes", "items", "model_versions", "predictions",
                                  "decisions", "labels", "jobs"}) {
            auto q = db->prepare(std::string("SELECT COUNT(*) FROM ") + table);
            QVERIFY2(q.ok() && q->step(), table);
        }
    }

    // Migration 2, from a version-1 project as Triage 0.1 wrote it: jobs get owners, model
    // versions a completion flag, and a threshold written under a German locale is repaired.
    void migrationTwoUpgradesAVersionOneProject()
    {
        if (onPostgres()) {
            QSKIP("a SQLite file's own behaviour");
        }
        const std::string file = path("v1.triage").toStdString();
        {
            auto db = test::openSqlite(file, SqliteDatabase::OpenMode::CreateNew);
            QVERIFY(sqlite::migrate(*db, 1).ok());
            QVERIFY(db->exec("INSERT INTO settings VALUES('app', 'triage'), ('name', 'old'), "
                             "('accept_threshold', '0,950000'), "
                             "('min_human_labels_per_class', '20');"
                             "INSERT INTO classes(name, position) VALUES('a', 0), ('b', 1);"
                             "INSERT INTO jobs(kind, state, started_at) "
                             "VALUES('import', 1, '2026-01-01T00:00:00Z');"
                             "INSERT INTO model_versions(kind, created_at, human_labels, "
                             "validation_accuracy, temperature, device) "
                             "VALUES('learner', 'then', 10, 0.9, 1, 'CPU')")
                        .ok());
        }
        auto store = ProjectStore::open(file);
        QVERIFY2(store.ok(), store.ok() ? "" : store.error().message.c_str());
        auto raw = test::rawDatabase(file);
        QCOMPARE(sqlite::schemaVersion(*raw).value(), sqlite::kSchemaVersion);
        QCOMPARE(store->settings().routingPolicy()->acceptThreshold, 0.95);
        // The old model version stays current (complete defaults to 1 for existing rows).
        QCOMPARE(store->models().latest()->value().humanLabels, int64_t(10));
        // A job of version 1 names no owner: its process cannot be alive, so it reads as
        // interrupted rather than running forever.
        QCOMPARE(store->jobs().last()->value().state, JobState::Interrupted);
    }

    // Migration 3, from a version-2 project: the tables for models people bring.
    void migrationThreeAddsProjectModels()
    {
        if (onPostgres()) {
            QSKIP("a SQLite file's own behaviour");
        }
        const std::string file = path("v2.triage").toStdString();
        {
            auto db = test::openSqlite(file, SqliteDatabase::OpenMode::CreateNew);
            QVERIFY(sqlite::migrate(*db, 2).ok());
            QVERIFY(
                db->exec("INSERT INTO settings VALUES('app', 'triage'), ('name', 'two');"
                         "INSERT INTO classes(name, position) VALUES('a', 0), ('b', 1);"
                         "INSERT INTO items(path, state, imported_at) VALUES('/x.png', 1, 'then')")
                    .ok());
        }
        auto store = ProjectStore::open(file);
        QVERIFY2(store.ok(), store.ok() ? "" : store.error().message.c_str());
        auto raw = test::rawDatabase(file);
        QCOMPARE(sqlite::schemaVersion(*raw).value(), sqlite::kSchemaVersion);
        QVERIFY(store->projectModels().list()->empty());
        ProjectModelInput model;
        model.name = "net";
        model.path = "/models/net.pt";
        model.contentHash = "h";
        model.classMap = {store->classes()[1].id, std::nullopt};
        model.outputWidth = 2;
        QVERIFY(store->projectModels().add(model).ok());
        const auto back = store->projectModels().byName("net")->value();
        QCOMPARE(back.classMap, model.classMap);
        QCOMPARE(back.spec.mean, InputSpec().mean);
        QCOMPARE(store->projectModels().unscoredItems(back.id, 0, 10, PoolShard{})->size(), size_t(1));
        QCOMPARE(store->projectModels().add(model).error().code, ErrorCode::AlreadyExists);
    }

    void migrationFiveGivesEveryProjectTheLearnersLabelingFunction()
    {
        if (onPostgres()) {
            QSKIP("a SQLite file's own behaviour");
        }
        const std::string file = path("v4.triage").toStdString();
        {
            auto db = test::openSqlite(file, SqliteDatabase::OpenMode::CreateNew);
            QVERIFY(sqlite::migrate(*db, 4).ok());
            QVERIFY(db->exec("INSERT INTO settings VALUES('app', 'triage'), ('name', 'four');"
                             "INSERT INTO classes(name, position) VALUES('a', 0), ('b', 1);")
                        .ok());
        }
        auto store = ProjectStore::open(file);
        QVERIFY2(store.ok(), store.ok() ? "" : store.error().message.c_str());
        const auto functions = store->labelingFunctions().list();
        QVERIFY(functions.ok());
        QCOMPARE(functions->size(), size_t(1));
        QCOMPARE(functions->front().name, std::string("learner"));
        QCOMPARE(functions->front().kind, std::string("learner"));
        QCOMPARE(store->settings().labelModel().value(), LabelModelKind::DawidSkene);
    }

    // A project from before target precision opens with it on (99%, 2% audited), and with
    // nothing recorded of thresholds or audits yet.
    void migrationSixAddsThresholdsAndAudits()
    {
        if (onPostgres()) {
            QSKIP("a SQLite file's own behaviour");
        }
        const std::string file = path("v5.triage").toStdString();
        {
            auto db = test::openSqlite(file, SqliteDatabase::OpenMode::CreateNew);
            QVERIFY(sqlite::migrate(*db, 5).ok());
            QVERIFY(db->exec("INSERT INTO settings VALUES('app', 'triage'), ('name', 'five'), "
                             "('accept_threshold', '0.9');"
                             "INSERT INTO classes(name, position) VALUES('a', 0), ('b', 1);")
                        .ok());
        }
        auto store = ProjectStore::open(file);
        QVERIFY2(store.ok(), store.ok() ? "" : store.error().message.c_str());
        const auto policy = store->settings().routingPolicy();
        QVERIFY(policy.ok());
        QCOMPARE(policy->acceptThreshold, 0.9);
        QCOMPARE(policy->targetPrecision, 0.99);
        QCOMPARE(policy->auditShare, 0.02);
        QVERIFY(store->models().latestThresholds()->empty());
        QVERIFY(store->decisions().auditOutcomes()->empty());
    }

    // The state counters start from the items a project already has, and follow every
    // insert, state change and delete, whoever writes it.
    void migrationSevenKeepsCountsByState()
    {
        if (onPostgres()) {
            QSKIP("a SQLite file's own behaviour");
        }
        const std::string file = path("v6.triage").toStdString();
        {
            auto db = test::openSqlite(file, SqliteDatabase::OpenMode::CreateNew);
            QVERIFY(sqlite::migrate(*db, 6).ok());
            QVERIFY(db->exec("INSERT INTO settings VALUES('app', 'triage'), ('name', 'six');"
                             "INSERT INTO classes(name, position) VALUES('a', 0), ('b', 1);"
                             "INSERT INTO items(path, state, imported_at) VALUES"
                             "('/6/a', 1, 'x'), ('/6/b', 1, 'x'), ('/6/c', 2, 'x'), "
                             "('/6/d', 5, 'x');")
                        .ok());
        }
        auto store = ProjectStore::open(file);
        QVERIFY2(store.ok(), store.ok() ? "" : store.error().message.c_str());
        QCOMPARE(store->items().reviewQueueLength().value(), int64_t(3));
        QCOMPARE(store->items().countInState(ItemState::Failed).value(), int64_t(1));
        QCOMPARE(store->items().countInState(ItemState::HumanLabeled).value(), int64_t(0));

        const int64_t added = addItem(*store, "/6/e");
        QCOMPARE(store->items().reviewQueueLength().value(), int64_t(4));
        QVERIFY(store->decisions()
                    .record({added, DecisionKind::Label, store->classes()[1].id, "ann", 0,
                             std::nullopt})
                    .ok());
        QCOMPARE(store->items().reviewQueueLength().value(), int64_t(3));
        QCOMPARE(store->items().countInState(ItemState::HumanLabeled).value(), int64_t(1));
        QVERIFY(store->decisions().undoLatest(added, "ann").ok());
        QCOMPARE(store->items().reviewQueueLength().value(), int64_t(4));
        QCOMPARE(store->items().countInState(ItemState::HumanLabeled).value(), int64_t(0));
        const std::vector<int64_t> removed{added};
        QVERIFY(store->decisions().removeItems(removed, "lead").ok());
        QCOMPARE(store->items().reviewQueueLength().value(), int64_t(3));
        QCOMPARE(store->items().counts()->removed, int64_t(1));
        QCOMPARE(store->items().counts()->total, int64_t(4));
        // A delete by another program too (Triage itself never deletes an item).
        auto db = test::openSqlite(file, SqliteDatabase::OpenMode::OpenExisting);
        QVERIFY(db->exec("DELETE FROM items WHERE path = '/6/d'").ok());
        QCOMPARE(store->items().countInState(ItemState::Failed).value(), int64_t(0));
    }

    void migrationFourLetsAnEmbedderNameItsOutput()
    {
        if (onPostgres()) {
            QSKIP("a SQLite file's own behaviour");
        }
        const std::string file = path("v3.triage").toStdString();
        {
            auto db = test::openSqlite(file, SqliteDatabase::OpenMode::CreateNew);
            QVERIFY(sqlite::migrate(*db, 3).ok());
            QVERIFY(db->exec("INSERT INTO settings VALUES('app', 'triage'), ('name', 'three');"
                             "INSERT INTO classes(name, position) VALUES('a', 0), ('b', 1);"
                             "INSERT INTO project_models(name, kind, format, path, content_hash, "
                             "input_width, input_height, channels, resize, scale, mean, std, "
                             "outputs_logits, class_map, output_width, added_at) VALUES('old', 2, "
                             "'onnx', '/m/old.onnx', 'h', 8, 8, 1, 1, 0.5, '0,0,0', '1,1,1', 1, "
                             "'', 16, 'then')")
                        .ok());
        }
        auto store = ProjectStore::open(file);
        QVERIFY2(store.ok(), store.ok() ? "" : store.error().message.c_str());
        auto raw = test::rawDatabase(file);
        QCOMPARE(sqlite::schemaVersion(*raw).value(), sqlite::kSchemaVersion);
        const auto old = store->projectModels().byName("old")->value();
        QCOMPARE(old.outputName, std::string());  // a version-3 model uses its forward's
        QCOMPARE(old.outputWidth, 16);
        ProjectModelInput named;
        named.name = "named";
        named.kind = ModelKind::Embedder;
        named.path = "/m/net.pt";
        named.contentHash = "h2";
        named.outputWidth = 6;
        named.outputName = "features";
        QVERIFY(store->projectModels().add(named).ok());
        QCOMPARE(store->projectModels().byName("named")->value().outputName,
                 std::string("features"));
    }

    // A unit of work commits all or nothing, and a repository call inside it joins it.
    void aUnitOfWorkIsAllOrNothing()
    {
        auto store = test::createProject(location("uow.triage"), {"a", "b"});
        const int64_t kept = addItem(store, "/u/kept.png");
        auto failed = store.unitOfWork([&]() -> Result<void> {
            addItem(store, "/u/rolled-back.png");
            TRIAGE_TRY(store.decisions().addImportLabel(kept, store.classes()[0].id));
            return makeError(ErrorCode::Io, "the disk went away");
        });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().message, std::string("the disk went away"));
        QVERIFY(!store.items().findPath("/u/rolled-back.png")->has_value());
        QCOMPARE(store.items().get(kept)->value().state, ItemState::Unlabeled);
        QVERIFY(store.decisions().log(kept)->empty());

        QVERIFY(store
                    .unitOfWork([&]() -> Result<void> {
                        return store.decisions().addImportLabel(kept, store.classes()[1].id);
                    })
                    .ok());
        QCOMPARE(store.items().get(kept)->value().state, ItemState::HumanLabeled);
    }

    // Design defect 2 of issue 6: predictions of rounds nobody uses any more are pruned.
    void pruningKeepsOnlyTheRoundsInUse()
    {
        auto store = test::createProject(location("prune.triage"), {"a", "b"});
        const int64_t first = addItem(store, "/p/1.png");
        const int64_t second = addItem(store, "/p/2.png");
        const std::vector<int64_t> items = {first, second};
        auto round = [&](float firstTop) -> int64_t {
            const int64_t version = store.models().add(ModelVersionInput{}).value();
            const std::vector<float> probabilities = {firstTop, 1 - firstTop, 0.5f, 0.5f};
            return store.predictions().store(version, items, probabilities).ok() ? version : -1;
        };
        // Round 1 auto-accepts the first item; round 2 leaves that label alone (the item is
        // auto-accepted, so routing could rewrite it, but round 2 only queues the second).
        const int64_t one = round(0.99f);
        QVERIFY(store.models().complete(one).ok());
        const Route accept{first, RouteKind::AutoAccept, store.classes()[0].id, 0.99, 0};
        QVERIFY(store.decisions().applyRoutes(one, std::span(&accept, 1)).ok());
        const int64_t two = round(0.6f);
        QVERIFY(store.models().complete(two).ok());
        const int64_t three = round(0.7f);
        QVERIFY(store.models().complete(three).ok());
        const int64_t writing = round(0.8f);  // a round still being written: not complete

        QCOMPARE(store.predictions().prune().value(), int64_t(2));  // round two's rows
        QCOMPARE(store.predictions().roundsWithPredictions().value(),
                 (std::vector<int64_t>{one, three, writing}));
        QCOMPARE(store.predictions().latestFor(first)->value()[0], 0.7f);
        QCOMPARE(store.predictions().prune().value(), int64_t(0));
    }

    void decisionsAreAppendOnlyAndUndoRederives()
    {
        auto store = test::createProject(location("log.triage"), {"a", "b"});
        const int64_t item = addItem(store, "/x/1.png");
        const int64_t a = store.classes()[0].id, b = store.classes()[1].id;

        QVERIFY(store.decisions().record({item, DecisionKind::Label, a, "ann", 1.5, b}).ok());
        QVERIFY(store.decisions()
                    .record({item, DecisionKind::Label, b, "ann", 0.5, std::nullopt})
                    .ok());
        QCOMPARE(store.items().get(item)->value().classId.value(), b);
        QCOMPARE(store.items().get(item)->value().state, ItemState::HumanLabeled);

        QVERIFY(store.decisions().undoLatest(item, "ann").ok());  // back to a
        QCOMPARE(store.items().get(item)->value().classId.value(), a);
        QVERIFY(store.decisions().undoLatest(item, "ann").ok());  // back to nothing: queued again
        QVERIFY(!store.items().get(item)->value().classId.has_value());
        QCOMPARE(store.items().get(item)->value().state, ItemState::Queued);
        QCOMPARE(store.decisions().undoLatest(item, "ann").error().code, ErrorCode::NotFound);

        auto log = store.decisions().log(item);
        QCOMPARE(int(log->size()), 4);  // nothing deleted: two labels, two undos
        QCOMPARE((*log)[0].suggestedClassId.value(), b);
        QCOMPARE((*log)[0].secondsSpent, 1.5);
        QCOMPARE((*log)[2].undoesDecisionId.value(), (*log)[1].id);
        QCOMPARE((*log)[3].undoesDecisionId.value(), (*log)[0].id);

        auto raw = test::rawDatabase(store);
        QVERIFY(!raw->exec("UPDATE decisions SET class_id = NULL").ok());
        QVERIFY(!raw->exec("DELETE FROM decisions").ok());
        QCOMPARE(int(store.decisions().log(item)->size()), 4);
    }

    void labelDecisionNeedsAProjectClass()
    {
        auto store = test::createProject(location("cls.triage"), {"a", "b"});
        const int64_t item = addItem(store, "/x/2.png");
        QVERIFY(!store.decisions()
                     .record({item, DecisionKind::Label, 9999, "ann", 0, std::nullopt})
                     .ok());
        QVERIFY(!store.decisions()
                     .record({item + 100, DecisionKind::Skip, std::nullopt, "ann", 0, std::nullopt})
                     .ok());
        QCOMPARE(int(store.decisions().log(item)->size()), 0);
    }

    void routingNeverOverwritesHumanOrImportLabels()
    {
        auto store = test::createProject(location("route.triage"), {"a", "b"});
        const int64_t human = addItem(store, "/x/h.png");
        const int64_t imported = addItem(store, "/x/i.png");
        const int64_t open = addItem(store, "/x/o.png");
        const int64_t a = store.classes()[0].id, b = store.classes()[1].id;
        QVERIFY(
            store.decisions().record({human, DecisionKind::Label, a, "ann", 0, std::nullopt}).ok());
        QVERIFY(store.decisions().addImportLabel(imported, a).ok());
        auto version = store.models().add(ModelVersionInput{});
        QVERIFY(version.ok());

        std::vector<Route> routes;
        for (int64_t id : {human, imported, open}) {
            routes.push_back(Route{id, RouteKind::AutoAccept, b, 0.99, 0.99});
        }
        auto summary = store.decisions().applyRoutes(*version, routes);
        QVERIFY(summary.ok());
        QCOMPARE(summary->autoAccepted, int64_t(1));
        QCOMPARE(summary->untouched, int64_t(2));
        QCOMPARE(store.items().get(human)->value().classId.value(), a);
        QCOMPARE(store.items().get(human)->value().source.value(), LabelSource::Human);
        QCOMPARE(store.items().get(imported)->value().source.value(), LabelSource::Import);
        QCOMPARE(store.items().get(open)->value().classId.value(), b);
        QCOMPARE(store.items().get(open)->value().state, ItemState::AutoAccepted);

        // Re-routing to the queue takes the automatic label away again.
        routes = {Route{open, RouteKind::Queue, b, 0.4, 0.4}};
        QVERIFY(store.decisions().applyRoutes(*version, routes).ok());
        QVERIFY(!store.items().get(open)->value().classId.has_value());
        QCOMPARE(store.items().get(open)->value().state, ItemState::Queued);

        // A person's label on an auto-accepted item replaces it and sticks.
        routes = {Route{open, RouteKind::AutoAccept, b, 0.99, 0.99}};
        QVERIFY(store.decisions().applyRoutes(*version, routes).ok());
        QVERIFY(store.decisions().record({open, DecisionKind::Label, a, "ann", 0, b}).ok());
        QVERIFY(store.decisions().applyRoutes(*version, routes).ok());
        QCOMPARE(store.items().get(open)->value().classId.value(), a);
        QCOMPARE(store.items().get(open)->value().source.value(), LabelSource::Human);
    }

    // An audit route queues a confident item and remembers what auto-accept would have
    // said; a person's label on it is the audit's outcome. A round's thresholds are kept.
    void auditsAndThresholdsAreRecorded()
    {
        auto store = test::createProject(location("audit.triage"), {"a", "b"});
        const int64_t right = addItem(store, "/x/r.png");
        const int64_t wrong = addItem(store, "/x/w.png");
        const int64_t skipped = addItem(store, "/x/s.png");
        const int64_t dropped = addItem(store, "/x/d.png");
        const int64_t evidence = addItem(store, "/x/e.png");
        const int64_t a = store.classes()[0].id, b = store.classes()[1].id;
        auto version = store.models().add(ModelVersionInput{});
        QVERIFY(version.ok());
        std::vector<Route> routes;
        for (int64_t id : {right, wrong, skipped, dropped}) {
            routes.push_back(Route{id, RouteKind::Queue, a, 0.97, 0.5, true});
        }
        routes.push_back(Route{evidence, RouteKind::Queue, b, 0.98, 0.5, true});
        auto summary = store.decisions().applyRoutes(*version, routes);
        QCOMPARE(summary->audits, int64_t(5));
        QCOMPARE(summary->queued, int64_t(5));
        QCOMPARE(store.items().get(right)->value().state, ItemState::Queued);
        // No longer confident next round: no audit any more.
        const Route plain{dropped, RouteKind::Queue, a, 0.6, 0.6};
        QVERIFY(store.decisions().applyRoutes(*version, std::span(&plain, 1)).ok());
        QVERIFY(store.decisions().record({right, DecisionKind::Label, a, "ann", 0, a}).ok());
        QVERIFY(store.decisions().record({wrong, DecisionKind::Label, b, "ann", 0, a}).ok());
        QVERIFY(store.decisions()
                    .record({skipped, DecisionKind::Skip, std::nullopt, "ann", 0, a})
                    .ok());
        QVERIFY(store.decisions().record({dropped, DecisionKind::Label, a, "ann", 0, a}).ok());
        QVERIFY(store.decisions().record({evidence, DecisionKind::Label, b, "ann", 0, a}).ok());
        auto outcomes = store.decisions().auditOutcomes();
        QVERIFY(outcomes.ok());
        QCOMPARE(outcomes->size(), size_t(3));
        QCOMPARE(outcomes->at(0).itemId, right);
        QVERIFY(outcomes->at(0).right);
        QCOMPARE(outcomes->at(0).confidence, 0.97);
        QCOMPARE(outcomes->at(1).itemId, wrong);
        QVERIFY(!outcomes->at(1).right);
        for (const auto &outcome : *outcomes) {
            QVERIFY(outcome.ofAutoAccept);  // no thresholds: one for every class
        }

        // Thresholds: none before a complete round has them.
        const std::vector<ClassThreshold> thresholds{{a, true, 0.93, 0.9, 300, 299, 0.991, 0},
                                                     {b, false, 1, 0.97, 40, 40, 0.94, 230}};
        QVERIFY(store.models().storeThresholds(*version, thresholds).ok());
        QVERIFY(store.models().latestThresholds()->empty());
        QVERIFY(store.models().complete(*version).ok());
        auto stored = store.models().latestThresholds();
        QCOMPARE(stored->size(), size_t(2));
        QCOMPARE(stored->at(0).threshold, 0.93);
        QCOMPARE(stored->at(1).moreNeeded, int64_t(230));
        QCOMPARE(stored->at(1).candidate, 0.97);
        QVERIFY(!stored->at(1).accepted);
        // With the round's thresholds: a's audits were of auto-accepts (0.97 >= 0.93); b's
        // was evidence for a withheld class.
        outcomes = store.decisions().auditOutcomes();
        QCOMPARE(outcomes->size(), size_t(3));
        QVERIFY(outcomes->at(0).ofAutoAccept && outcomes->at(1).ofAutoAccept);
        QCOMPARE(outcomes->at(2).itemId, evidence);
        QVERIFY(outcomes->at(2).right && !outcomes->at(2).ofAutoAccept);
    }

    void bulkWritesSpanSeveralTransactions()
    {
        auto store = test::createProject(location("bulk.triage"), {"a", "b"});
        std::vector<int64_t> ids;
        QVERIFY(store
                    .unitOfWork([&]() -> Result<void> {
                        for (int i = 0; i < 9000; ++i) {  // more than two chunks of 4096
                            ids.push_back(addItem(store, "/bulk/" + std::to_string(i) + ".png"));
                        }
                        return {};
                    })
                    .ok());
        auto version = store.models().add(ModelVersionInput{});
        std::vector<float> probs;
        std::vector<Route> routes;
        for (int64_t id : ids) {
            probs.insert(probs.end(), {0.1f, 0.9f});
            routes.push_back(Route{id, id % 2 ? RouteKind::AutoAccept : RouteKind::Queue,
                                   store.classes()[1].id, 0.9, 0.9});
        }
        QVERIFY(store.predictions().store(*version, ids, probs).ok());
        auto summary = store.decisions().applyRoutes(*version, routes);
        QVERIFY(summary.ok());
        QVERIFY(store.models().complete(*version).ok());
        QCOMPARE(summary->autoAccepted, int64_t(4500));
        QCOMPARE(summary->queued, int64_t(4500));
        QCOMPARE(store.items().counts()->autoAccepted, int64_t(4500));
        QCOMPARE(store.predictions().latestFor(ids.back())->value(),
                 (std::vector<float>{0.1f, 0.9f}));
    }

    void predictionsRoundTrip()
    {
        auto store = test::createProject(location("pred.triage"), {"a", "b", "c"});
        const int64_t item = addItem(store, "/x/p.png");
        auto version =
            store.models().add(ModelVersionInput{"learner", 5, 0.8, 1.3, "CPU", {1, 2, 3}});
        const std::vector<int64_t> ids{item};
        const std::vector<float> probs{0.2f, 0.7f, 0.1f};
        QVERIFY(store.predictions().store(*version, ids, probs).ok());
        QVERIFY(!store.predictions().latestFor(item)->has_value());  // incomplete: not current yet
        QVERIFY(store.models().complete(*version).ok());
        QCOMPARE(store.predictions().latestFor(item)->value(), probs);
        QCOMPARE(store.models().weights(*version).value(), (std::vector<uint8_t>{1, 2, 3}));
        QCOMPARE(store.models().latest()->value().temperature, 1.3);
        auto outcomes = store.items().outcomes();
        QCOMPARE(outcomes->front().predictedClassId.value(), store.classes()[1].id);
        const std::vector<float> wrongSize{0.5f, 0.5f};
        QVERIFY(!store.predictions().store(*version, ids, wrongSize).ok());
    }

    // Issue 5, item 5: four concurrent simulations all showed "interrupted" while running.
    void onlyDeadOwnersJobsAreMarkedInterrupted()
    {
        auto store = test::createProject(location("jobs.triage"), {"a", "b"});
        auto live = store.jobs().start("import");  // owned by this process, which runs on
        auto dead = store.jobs().start("autolabel");
        QVERIFY(live.ok() && dead.ok());
        // Hand `dead` to a process that has ended (and a start time no process has).
        QProcess child;
        child.start(QStringLiteral("true"), {});
        QVERIFY(child.waitForStarted());
        const qint64 childPid = child.processId();
        QVERIFY(child.waitForFinished(-1));
        auto raw = test::rawDatabase(store);
        auto own = raw->prepare("UPDATE jobs SET owner_pid = ?, owner_start = 1 WHERE id = ?");
        QVERIFY(own->bind(1, int64_t(childPid)).bind(2, *dead).run().ok());
        auto stateOf = [&](int64_t id) {
            auto q = raw->prepare("SELECT state FROM jobs WHERE id = ?");
            q->bind(1, id);
            return q->step() ? JobState(q->columnInt(0)) : JobState::Failed;
        };
        // Read-only: reported as interrupted, still written as running.
        QCOMPARE(store.jobs().last()->value().state, JobState::Interrupted);
        QCOMPARE(stateOf(*dead), JobState::Running);

        auto next = store.jobs().start("export");
        QVERIFY(next.ok());
        QCOMPARE(stateOf(*dead), JobState::Interrupted);
        QCOMPARE(stateOf(*live), JobState::Running);
        QVERIFY(store.jobs().finish(*next, JobState::Succeeded).ok());
        QCOMPARE(store.jobs().last()->value().state, JobState::Succeeded);
    }

    // Item 2: a German desktop stored "0,950000", which read back as 0.
    void numbersIgnoreTheLocale()
    {
        QVERIFY2(std::setlocale(LC_NUMERIC, "de_DE.UTF-8") != nullptr,
                 "the de_DE.UTF-8 locale is missing (scripts/install-deps.sh makes it)");
        char probe[16];
        std::snprintf(probe, sizeof probe, "%.2f", 0.5);
        QCOMPARE(QByteArray(probe), QByteArray("0,50"));  // the locale really is German
        auto store = test::createProject(location("locale.triage"), {"a", "b"});
        QVERIFY(store.settings().setRoutingPolicy(RoutingPolicy{0.95, 20}).ok());
        QCOMPARE(store.settings().routingPolicy()->acceptThreshold, 0.95);
        QCOMPARE(formatNumber(0.95), std::string("0.95"));
        QCOMPARE(parseNumber("0.5").value_or(-1), 0.5);
        std::setlocale(LC_NUMERIC, "C");
        auto raw = test::rawDatabase(store);
        auto stored = raw->prepare("SELECT value FROM settings WHERE key = 'accept_threshold'");
        QVERIFY(stored->step());
        QCOMPARE(stored->columnText(0), std::string("0.95"));
    }

    // Item 11: exact values, validated ranges, and a bad stored value is an error on read.
    void settingsAreExactAndValidated()
    {
        auto store = test::createProject(location("settings.triage"), {"a", "b"});
        QVERIFY(store.settings().setRoutingPolicy(RoutingPolicy{1e-7, 0}).ok());
        QCOMPARE(store.settings().routingPolicy()->acceptThreshold, 1e-7);
        QVERIFY(store.settings().setRoutingPolicy(RoutingPolicy{0.99999999, 3}).ok());
        QCOMPARE(store.settings().routingPolicy()->acceptThreshold, 0.99999999);
        QVERIFY(!store.settings().setRoutingPolicy(RoutingPolicy{0, 3}).ok());
        QVERIFY(!store.settings().setRoutingPolicy(RoutingPolicy{std::nan(""), 3}).ok());
        QVERIFY(!store.settings().setRoutingPolicy(RoutingPolicy{0.9, -1}).ok());
        RoutingPolicy entropy{0.9, 3, SamplingStrategy::Entropy};
        QVERIFY(store.settings().setRoutingPolicy(entropy).ok());
        QCOMPARE(store.settings().routingPolicy()->strategy, SamplingStrategy::Entropy);
        RoutingPolicy target = entropy;
        QCOMPARE(target.targetPrecision, 0.99);  // the default: a threshold per class
        target.targetPrecision = 0.975;
        target.auditShare = 0.05;
        QVERIFY(store.settings().setRoutingPolicy(target).ok());
        QCOMPARE(store.settings().routingPolicy()->targetPrecision, 0.975);
        QCOMPARE(store.settings().routingPolicy()->auditShare, 0.05);
        for (const auto &[precision, share] : {std::pair{0.3, 0.02}, std::pair{1.0, 0.02},
                                               std::pair{0.99, -0.1}, std::pair{0.99, 0.8}}) {
            target.targetPrecision = precision;
            target.auditShare = share;
            QVERIFY(!store.settings().setRoutingPolicy(target).ok());
        }
        target.targetPrecision = 0;  // one threshold for every class
        target.auditShare = 0;
        QVERIFY(store.settings().setRoutingPolicy(target).ok());
        QVERIFY(!store.settings().setPixelLimit(0).ok());
        QVERIFY(store.settings().setPixelLimit(250'000'000).ok());
        QCOMPARE(store.settings().pixelLimit().value(), int64_t(250'000'000));
        auto raw = test::rawDatabase(store);
        auto bad =
            raw->prepare("UPDATE settings SET value = '0,950000' WHERE key = 'accept_threshold'");
        QVERIFY(bad->run().ok());
        auto policy = store.settings().routingPolicy();
        QVERIFY(!policy.ok());
        QCOMPARE(policy.error().code, ErrorCode::CorruptData);
        QVERIFY(raw->exec("UPDATE settings SET value = '0.95' WHERE key = 'accept_threshold';"
                          "UPDATE settings SET value = 'newest' WHERE key = 'sampling_strategy'")
                    .ok());
        policy = store.settings().routingPolicy();
        QCOMPARE(policy.error().code, ErrorCode::CorruptData);
        QVERIFY(policy.error().message.find("sampling_strategy") != std::string::npos);
    }

    // Item 6: status on another application's database or an empty file wrote to it.
    void openingAForeignFileWritesNothing()
    {
        if (onPostgres()) {
            QSKIP("a SQLite file's own behaviour");
        }
        const QString empty = path("empty.db");
        test::writeBytes(empty, "");
        const QString foreign = path("foreign.db");
        {
            auto db = test::openSqlite(foreign.toStdString(), SqliteDatabase::OpenMode::CreateNew);
            QVERIFY(db->exec("CREATE TABLE notes(x); INSERT INTO notes VALUES(1);").ok());
        }
        const std::string before = test::readBytes(foreign);
        QVERIFY(!ProjectStore::open(empty.toStdString()).ok());
        QVERIFY(!ProjectStore::open(foreign.toStdString()).ok());
        QCOMPARE(QFileInfo(empty).size(), qint64(0));
        QVERIFY(test::readBytes(foreign) == before);
        QVERIFY(!QFileInfo::exists(foreign + QStringLiteral("-wal")));
    }

    // Item 4: a killed init left a file that was "not a Triage project" and blocked the
    // next init. Kill `triage-cli init` at spread-out moments: the path is then either
    // absent or a whole project.
    void killedInitLeavesNothingHalfMade()
    {
        if (onPostgres()) {
            QSKIP("a SQLite file's own behaviour");
        }
        int whole = 0;
        for (int attempt = 0; attempt < 12; ++attempt) {
            const QString project = path("killed-init-%1.triage")
                                        .replace(QStringLiteral("%1"), QString::number(attempt));
            QProcess init;
            init.start(qEnvironmentVariable("TRIAGE_CLI"),
                       {QStringLiteral("init"), project, QStringLiteral("--classes"),
                        QStringLiteral("a,b,c")});
            QVERIFY(init.waitForStarted());
            QThread::msleep(unsigned(attempt * 40));  // 0 to 440 ms: init takes ~300
            init.kill();
            QVERIFY(init.waitForFinished(-1));
            if (QFileInfo::exists(project)) {
                QVERIFY2(ProjectStore::open(project.toStdString()).ok(), qPrintable(project));
                ++whole;
            } else {
                QCOMPARE(test::runCli({QStringLiteral("init"), project, QStringLiteral("--classes"),
                                       QStringLiteral("a,b")})
                             .exitCode,
                         0);
            }
        }
        qInfo("%d of 12 killed inits had finished", whole);
    }

    // Item 3: a way to take an item that can never be used out of the project.
    void removedItemsLeaveThePoolButStayInTheLog()
    {
        auto store = test::createProject(location("remove.triage"), {"a", "b"});
        const int64_t keep = addItem(store, "/r/keep.png");
        const int64_t gone = addItem(store, "/r/gone.png");
        QVERIFY(
            store.decisions()
                .record({gone, DecisionKind::Label, store.classes()[0].id, "ann", 0, std::nullopt})
                .ok());
        const std::vector<int64_t> ids{gone, gone};
        QCOMPARE(store.decisions().removeItems(ids, "lead").value(), int64_t(1));
        QCOMPARE(store.items().get(gone)->value().state, ItemState::Removed);
        QVERIFY(!store.items().get(gone)->value().classId.has_value());
        QCOMPARE(store.items().counts()->total, int64_t(1));
        QCOMPARE(store.items().counts()->removed, int64_t(1));
        QCOMPARE(store.items().reviewQueue(10).value(), std::vector<int64_t>{keep});
        QCOMPARE(store.items().list(ItemFilter{})->size(), size_t(1));
        QCOMPARE(store.decisions().humanLabels()->size(), size_t(0));
        QCOMPARE(store.decisions().log(gone)->back().kind, DecisionKind::Remove);
        QVERIFY(
            !store.decisions()
                 .record({gone, DecisionKind::Label, store.classes()[0].id, "ann", 0, std::nullopt})
                 .ok());
        QVERIFY(!store.decisions().undoLatest(gone, "ann").ok());
    }

    // What the REST server keeps in the store (schema 10): tokens by digest, leases in
    // queue order that skip others' live ones, and a cancel asked for by another connection.
    void tokensLeasesAndCancelRequestsLiveInTheStore()
    {
        const QString dir = m_dir.filePath(QStringLiteral("leases"));
        auto store = ProjectStore::open(
            test::createImportedProject(dir, QStringLiteral("l"), 6, location("l")).toStdString());
        QVERIFY(store);

        QVERIFY(store->tokens().add("ann", TokenRole::Annotator, "d1"));
        QCOMPARE(store->tokens().add("ann", TokenRole::Lead, "d2").error().code,
                 ErrorCode::AlreadyExists);
        QCOMPARE(store->tokens().byHash("d1")->value().name, std::string("ann"));
        QVERIFY(store->tokens().revoke("ann"));
        QVERIFY(!store->tokens().byHash("d1")->has_value());
        QCOMPARE(store->tokens().revoke("ann").error().code, ErrorCode::NotFound);
        QVERIFY(store->tokens().add("ann", TokenRole::Lead, "d2"));  // a new one after revoking
        QCOMPARE(store->tokens().list()->size(), size_t(2));

        const auto queue = store->items().reviewQueue(6).value();
        QCOMPARE(queue.size(), size_t(6));
        const std::vector<int64_t> first = {queue[0], queue[1]};
        const std::vector<int64_t> next = {queue[2], queue[3]};
        QCOMPARE(store->leases().leaseNext("a", 2, 100, 200).value(), first);
        QCOMPARE(store->leases().leaseNext("b", 2, 100, 200).value(), next);
        QCOMPARE(store->leases().leaseNext("a", 2, 150, 300).value(), first);  // renewed
        QCOMPARE(store->leases().holderOf(first[0], 250)->value().holder, std::string("a"));
        QCOMPARE(store->leases().liveCount(250).value(), 2);  // the leases of b ended at 200
        QCOMPARE(store->leases().leaseNext("c", 2, 250, 400).value(), next);
        QVERIFY(store->leases().release(next[0]));
        QVERIFY(!store->leases().holderOf(next[0], 250)->has_value());

        const int64_t job = store->jobs().start("import").value();
        QCOMPARE(store->jobs().update(job, 1, 10, "import").value(), false);
        auto other = ProjectStore::open(store->path());
        QVERIFY(other->jobs().requestCancel(job));
        QCOMPARE(store->jobs().update(job, 2, 10, "import").value(), true);
        QVERIFY(store->jobs().finish(job, JobState::Cancelled, "stopped", ""));
        QCOMPARE(other->jobs().requestCancel(job).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(other->jobs().requestCancel(job + 1).error().code, ErrorCode::NotFound);
        QCOMPARE(other->jobs().get(job)->value().state, JobState::Cancelled);
    }

    // Issue 13: annotators on several machines review one queue. Eight clients, each with a
    // connection of its own, lease, decide and release until the queue is empty: no item
    // is handed to two of them, and every decision is in the log.
    void concurrentAnnotatorsNeverShareAnItem()
    {
        const QString project = location("team");
        auto store = test::createProject(project, {"a", "b"});
        constexpr int kItems = 96;
        for (int i = 0; i < kItems; ++i) {
            addItem(store, "/team/" + std::to_string(i) + ".png");
        }
        const int64_t label = store.classes()[1].id;
        std::mutex given;
        std::map<int64_t, std::vector<std::string>> holders;  // item: who got it
        std::atomic<int> failures{0};
        std::vector<std::string> errors(8);
        auto annotate = [&](int client) {
            auto own = ProjectStore::open(project.toStdString());
            if (!own) {
                errors[size_t(client)] = own.error().message;
                ++failures;
                return;
            }
            const std::string holder = "annotator-" + std::to_string(client);
            for (;;) {
                const double now = double(std::time(nullptr));
                auto ids = own->leases().leaseNext(holder, 2, now, now + 600);
                if (!ids) {
                    errors[size_t(client)] = ids.error().message;
                    ++failures;
                    return;
                }
                if (ids->empty()) {
                    return;  // the rest is leased to others, who decide it
                }
                for (int64_t id : *ids) {
                    std::lock_guard lock(given);
                    holders[id].push_back(holder);
                }
                for (int64_t id : *ids) {
                    auto decided = own->decisions().record(
                        {id, DecisionKind::Label, label, holder, 0.5, std::nullopt});
                    if (!decided || !own->leases().release(id)) {
                        errors[size_t(client)] =
                            decided ? "release failed" : decided.error().message;
                        ++failures;
                        return;
                    }
                }
            }
        };
        std::vector<std::thread> clients;
        for (int client = 0; client < 8; ++client) {
            clients.emplace_back(annotate, client);
        }
        for (auto &client : clients) {
            client.join();
        }
        for (const auto &error : errors) {
            QVERIFY2(error.empty(), error.c_str());
        }
        QCOMPARE(failures.load(), 0);
        QCOMPARE(int(holders.size()), kItems);
        for (const auto &[item, who] : holders) {
            QVERIFY2(who.size() == 1,
                     qPrintable(
                         QStringLiteral("item %1 was leased %2 times").arg(item).arg(who.size())));
        }
        QCOMPARE(int(store.decisions().log(std::nullopt)->size()), kItems);
        QCOMPARE(store.items().countInState(ItemState::HumanLabeled).value(), int64_t(kItems));
        QCOMPARE(store.items().reviewQueueLength().value(), int64_t(0));
        QCOMPARE(store.leases().liveCount(double(std::time(nullptr))).value(), int64_t(0));
    }

    // A crashed client's lease runs out and its items go to the next annotator; a live one
    // keeps them from everyone else, and its holder renews it.
    void anExpiredLeaseReturnsItsItemsToTheQueue()
    {
        auto store = test::createProject(location("expiry"), {"a", "b"});
        for (int i = 0; i < 4; ++i) {
            addItem(store, "/expiry/" + std::to_string(i) + ".png");
        }
        const auto queue = store.items().reviewQueue(4).value();
        auto other = ProjectStore::open(store.path());
        QVERIFY(other);
        QCOMPARE(store.leases().leaseNext("crashed", 2, 1000, 1030).value(),
                 (std::vector<int64_t>{queue[0], queue[1]}));
        QCOMPARE(other->leases().leaseNext("alive", 4, 1010, 1100).value(),
                 (std::vector<int64_t>{queue[2], queue[3]}));
        QCOMPARE(other->leases().leaseNext("late", 4, 1020, 1100).value(), std::vector<int64_t>{});
        QCOMPARE(other->leases().liveCount(1020).value(), int64_t(4));
        // 1030: the crashed client's leases have ended.
        QCOMPARE(other->leases().leaseNext("late", 4, 1031, 1200).value(),
                 (std::vector<int64_t>{queue[0], queue[1]}));
        QCOMPARE(other->leases().holderOf(queue[0], 1031)->value().holder, std::string("late"));
        QCOMPARE(store.leases().leaseNext("alive", 4, 1040, 1300).value(),
                 (std::vector<int64_t>{queue[2], queue[3]}));  // renewed
        QCOMPARE(store.leases().holderOf(queue[3], 1200)->value().expiresAt, 1300.0);
    }

    // Issue 13: `migrate` moves a project between backends, losing nothing. A project with
    // two rounds, decisions, an undo, a version, a token and a lease goes from the backend
    // under test to a file, to the other backend (or a second file) and back to a file;
    // every table's rows are equal at every step.
    void migrateCopiesEveryRowBothWays()
    {
        const QString project = location("migrate");
        {
            auto store = test::createTwoRoundProject(project);
            const int64_t item = store.items().reviewQueue(1).value().front();
            QVERIFY(store.decisions().record(
                {item, DecisionKind::Label, store.classes()[0].id, "ann", 1.25, std::nullopt}));
            QVERIFY(store.decisions().undoLatest(item, "ann"));
            VersionRequest version;
            version.name = "v1";
            version.note = "before the move";
            QVERIFY(createVersion(store, version));
            QVERIFY(store.tokens().add("ann", TokenRole::Annotator, "digest"));
            QVERIFY(store.leases().leaseNext("ann", 1, 100, 200));
            QVERIFY(store.jobs().start("export"));
        }
        const std::string source = project.toStdString();
        const std::string file = path("migrated.triage").toStdString();
        const std::string middle =
            onPostgres() ? test::freshPostgresUrl("middle") : path("middle.triage").toStdString();
        const std::string back = path("back.triage").toStdString();
        auto copied = copyProject(source, file);
        QVERIFY2(copied, copied ? "" : copied.error().message.c_str());
        QVERIFY(copyProject(file, middle));
        QVERIFY(copyProject(middle, back));
        for (const CopiedTable &table : *copied) {
            const auto original = tableRows(source, table.name);
            QCOMPARE(int64_t(original.size()), table.rows);
            QVERIFY2(tableRows(file, table.name) == original, table.name.c_str());
            QVERIFY2(tableRows(middle, table.name) == original, table.name.c_str());
            QVERIFY2(tableRows(back, table.name) == original, table.name.c_str());
        }
        QCOMPARE(int(copied->size()), 22);

        // The copy is a project of its own: it opens, counts alike, and takes new rows
        // with ids after the copied ones.
        auto moved = ProjectStore::open(middle);
        QVERIFY(moved);
        auto before = ProjectStore::open(source);
        QCOMPARE(moved->items().stateCounts().value(), before->items().stateCounts().value());
        const int64_t newest = before->decisions().log(std::nullopt)->back().id;
        const int64_t item = moved->items().reviewQueue(1).value().front();
        auto next = moved->decisions().record(
            {item, DecisionKind::Label, moved->classes()[1].id, "bea", 0, std::nullopt});
        QVERIFY2(next, next ? "" : next.error().message.c_str());
        QCOMPARE(*next, newest + 1);

        // Never over a project: the destination must be new.
        auto again = copyProject(source, file);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
    }

    // A connection the server dropped (a restart, a network cut) is made anew by the next
    // call outside a transaction; the call that meets it dead fails with the reason.
    void aLostConnectionIsMadeAgain()
    {
        if (!onPostgres()) {
            QSKIP("a project file has no connection to lose");
        }
        const std::string url = location("lost").toStdString();
        auto store = test::createProject(QString::fromStdString(url), {"a", "b"});
        addItem(store, "/lost/1.png");
        const std::string database = url.substr(url.rfind('/') + 1);
        auto admin = test::rawDatabase(test::postgresServerUrl() + "/postgres");
        QVERIFY(admin->exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            "WHERE datname = '" + database + "'")
                    .ok());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto q = admin->prepare("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = ?");
                return q && q->bind(1, database).step() && q->columnInt(0) == 0;
            }(),
            20000);
        auto first = store.items().counts();
        if (!first) {
            QVERIFY2(first.error().message.find("connection") != std::string::npos,
                     first.error().message.c_str());
        }
        auto again = store.items().counts();
        QVERIFY2(again, again ? "" : again.error().message.c_str());
        QCOMPARE(again->total, int64_t(1));
        QVERIFY(store.decisions().record(
            {1, DecisionKind::Label, store.classes()[0].id, "ann", 0, std::nullopt}));
    }

    // Item 7: a decision meeting another writer's lock fails with Busy (the GUI waits and
    // retries on it), not with an error that looks final.
    void aLockedDatabaseIsReportedAsBusy()
    {
        auto store = test::createProject(location("busy.triage"), {"a", "b"});
        const int64_t item = addItem(store, "/b/x.png");
        auto other = test::rawDatabase(store);
        auto writing = std::make_unique<Transaction>(*other);  // holds the project's write lock
        QVERIFY(writing->begun().ok());
        store.setLockWait(50);
        auto decided = store.decisions().record(
            {item, DecisionKind::Label, store.classes()[1].id, "ann", 0, {}});
        QVERIFY(!decided.ok());
        QCOMPARE(decided.error().code, ErrorCode::Busy);
        QVERIFY(writing->commit().ok());
        QVERIFY(store.decisions()
                    .record({item, DecisionKind::Label, store.classes()[1].id, "ann", 0, {}})
                    .ok());
    }

    void countsByStateAndClass()
    {
        auto store = test::createProject(location("counts.triage"), {"a", "b"});
        const int64_t one = addItem(store, "/x/c1.png");
        addItem(store, "/x/c2.png");
        QVERIFY(store.items().addFailed("/x/bad.png", "broken").ok());
        QVERIFY(
            store.decisions()
                .record({one, DecisionKind::Label, store.classes()[1].id, "ann", 0, std::nullopt})
                .ok());
        auto counts = store.items().counts();
        QCOMPARE(counts->total, int64_t(3));
        QCOMPARE(counts->humanLabeled, int64_t(1));
        QCOMPARE(counts->unlabeled, int64_t(1));
        QCOMPARE(counts->failed, int64_t(1));
        QCOMPARE(counts->byClass[1].human, int64_t(1));
        QCOMPARE(counts->humanDecisions, int64_t(1));
        QCOMPARE(store.items().reviewQueueLength().value(), int64_t(1));
        QCOMPARE(store.items().countInState(ItemState::Failed).value(), int64_t(1));
    }

    // The browse view's windowed queries: ids by filter, search and sort (ties by id),
    // then the rows of some ids in the order asked, with the latest round's suggestion.
    void findsIdsSortedAndFetchesRowsById()
    {
        auto store = test::createProject(location("browse.triage"), {"a", "b"});
        const int64_t a = store.classes()[0].id, b = store.classes()[1].id;
        const int64_t zebra = addItem(store, "/p/zebra.png");
        const int64_t apple = addItem(store, "/p/apple_50%.png");
        const int64_t mango = addItem(store, "/p/mango.png");
        const int64_t gone = addItem(store, "/p/gone.png");
        QVERIFY(
            store.decisions().record({mango, DecisionKind::Label, b, "ann", 0, std::nullopt}).ok());
        const std::vector<int64_t> removed{gone};
        QVERIFY(store.decisions().removeItems(removed, "lead").ok());
        auto model = store.models().add(ModelVersionInput{});
        QVERIFY(model.ok());
        const std::vector<int64_t> scored{zebra, apple};
        const std::vector<float> probabilities{0.2f, 0.8f, 0.6f, 0.4f};
        QVERIFY(store.predictions().store(*model, scored, probabilities).ok());
        std::vector<Route> routes{{zebra, RouteKind::AutoAccept, b, 0.8, 0.1, false},
                                  {apple, RouteKind::Queue, a, 0.6, 0.2, false}};
        QVERIFY(store.decisions().applyRoutes(*model, routes).ok());
        QVERIFY(store.models().complete(*model).ok());

        const auto ids = [&](ItemQuery query) {
            return store.items().findIds(query).value();
        };
        using Ids = std::vector<int64_t>;
        QCOMPARE(ids({}), (Ids{zebra, apple, mango}));  // removed items only when asked
        QCOMPARE(ids({.state = ItemState::Removed}), Ids{gone});
        QCOMPARE(ids({.sort = ItemSort::Path}), (Ids{apple, mango, zebra}));
        QCOMPARE(ids({.sort = ItemSort::Path, .descending = true}), (Ids{zebra, mango, apple}));
        QCOMPARE(ids({.sort = ItemSort::State}), (Ids{apple, zebra, mango}));
        // Confidence: a label's (a person's is 1), else the suggestion's probability.
        QCOMPARE(ids({.sort = ItemSort::Confidence}), (Ids{apple, zebra, mango}));
        QCOMPARE(ids({.classId = b}), (Ids{zebra, mango}));
        QCOMPARE(ids({.state = ItemState::Queued}), Ids{apple});
        // By the latest round's suggestion (the grid review's pages), and audits only.
        QCOMPARE(ids({.suggestedClassId = a}), Ids{apple});
        QCOMPARE(ids({.suggestedClassId = b, .sort = ItemSort::Confidence}), Ids{zebra});
        QCOMPARE(ids({.auditsOnly = true}), Ids{});
        // Search: a part of the path, any case, with LIKE's wildcards taken literally.
        QCOMPARE(ids({.pathContains = "MANGO"}), Ids{mango});
        QCOMPARE(ids({.pathContains = "_50%"}), Ids{apple});
        QCOMPARE(ids({.pathContains = "p_e"}), Ids{});  // "_" would match "ple"
        QCOMPARE(ids({.pathContains = "p%m"}), Ids{});  // "%" would match "p/m"

        const std::vector<int64_t> wanted{mango, 9999, apple};
        auto rows = store.items().rows(wanted);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), size_t(2));  // the unknown id is left out
        QCOMPARE((*rows)[0].id, mango);
        QCOMPARE((*rows)[0].classId, std::optional<int64_t>(b));
        QVERIFY(!(*rows)[0].suggestedClassId);
        QCOMPARE((*rows)[1].id, apple);
        QCOMPARE((*rows)[1].state, ItemState::Queued);
        QCOMPARE((*rows)[1].suggestedClassId, std::optional<int64_t>(a));
        QCOMPARE(float((*rows)[1].suggestedProbability), 0.6f);

        const auto counts = store.items().stateCounts().value();
        const std::vector<std::pair<ItemState, int64_t>> expected{{ItemState::Queued, 1},
                                                                  {ItemState::AutoAccepted, 1},
                                                                  {ItemState::HumanLabeled, 1},
                                                                  {ItemState::Removed, 1}};
        QCOMPARE(counts, expected);
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
