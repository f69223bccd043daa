// The project store: creation, opening, schema versions, the append-only decision log
// with undo, and the guarantee that automatic routing never touches a human label.
#include "database.h"
#include "fixtures.h"
#include "numbertext.h"
#include "projectstore.h"

#include <QFileInfo>
#include <QThread>

#include <clocale>
#include <cmath>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace triage;

class TestProjectStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static int64_t addItem(ProjectStore &store, const std::string &path)
    {
        ItemMeta meta;
        meta.path = path;
        meta.contentHash = "hash-" + path;
        meta.width = meta.height = 8;
        meta.channels = 1;
        meta.format = "png";
        auto id = store.addItem(meta, 0.5);
        if (!id) {
            qFatal("%s", id.error().message.c_str());
        }
        return *id;
    }

private Q_SLOTS:
    void createsAndReopensWithClasses()
    {
        {
            auto store = test::createProject(path("a.triage"), {"cat", "dog", "bird"});
            QCOMPARE(int(store.classes().size()), 3);
        }
        auto reopened = ProjectStore::open(path("a.triage").toStdString());
        QVERIFY2(reopened.ok(), reopened.ok() ? "" : reopened.error().message.c_str());
        QCOMPARE(reopened->classes()[1].name, std::string("dog"));
        QCOMPARE(reopened->classes()[2].position, 2);
        QCOMPARE(reopened->name().value(), std::string("test"));
        QCOMPARE(reopened->routingPolicy()->acceptThreshold, 0.95);

        Database db = std::move(
            *Database::open(path("a.triage").toStdString(), Database::OpenMode::OpenExisting));
        auto version = db.prepare("PRAGMA user_version");
        QVERIFY(version->step());
        QCOMPARE(version->columnInt(0), int64_t(ProjectStore::kSchemaVersion));
        auto mode = db.prepare("PRAGMA journal_mode");
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
        test::writeBytes(path("exists.triage"), "x");
        auto store = ProjectStore::create(path("exists.triage").toStdString(), "x", {"a", "b"});
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, ErrorCode::AlreadyExists);
    }

    void refusesFilesThatAreNotProjects()
    {
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
            auto db =
                Database::open(path("other.sqlite").toStdString(), Database::OpenMode::CreateNew);
            QVERIFY(db->exec("CREATE TABLE t(x)").ok());
        }
        auto other = ProjectStore::open(path("other.sqlite").toStdString());
        QVERIFY(!other.ok());
    }

    void refusesNewerSchema()
    {
        {
            auto store = test::createProject(path("new.triage"), {"a", "b"});
            QVERIFY(store.database().exec("PRAGMA user_version=99").ok());
        }
        auto store = ProjectStore::open(path("new.triage").toStdString());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, ErrorCode::UnsupportedVersion);
        QVERIFY(store.error().message.find("99") != std::string::npos);
    }

    void decisionsAreAppendOnlyAndUndoRederives()
    {
        auto store = test::createProject(path("log.triage"), {"a", "b"});
        const int64_t item = addItem(store, "/x/1.png");
        const int64_t a = store.classes()[0].id, b = store.classes()[1].id;

        QVERIFY(store.recordDecision({item, DecisionKind::Label, a, "ann", 1.5, b}).ok());
        QVERIFY(
            store.recordDecision({item, DecisionKind::Label, b, "ann", 0.5, std::nullopt}).ok());
        QCOMPARE(store.item(item)->value().classId.value(), b);
        QCOMPARE(store.item(item)->value().state, ItemState::HumanLabeled);

        QVERIFY(store.undoLatestDecision(item, "ann").ok());  // back to a
        QCOMPARE(store.item(item)->value().classId.value(), a);
        QVERIFY(store.undoLatestDecision(item, "ann").ok());  // back to nothing: queued again
        QVERIFY(!store.item(item)->value().classId.has_value());
        QCOMPARE(store.item(item)->value().state, ItemState::Queued);
        QCOMPARE(store.undoLatestDecision(item, "ann").error().code, ErrorCode::NotFound);

        auto log = store.decisions(item);
        QCOMPARE(int(log->size()), 4);  // nothing deleted: two labels, two undos
        QCOMPARE((*log)[0].suggestedClassId.value(), b);
        QCOMPARE((*log)[0].secondsSpent, 1.5);
        QCOMPARE((*log)[2].undoesDecisionId.value(), (*log)[1].id);
        QCOMPARE((*log)[3].undoesDecisionId.value(), (*log)[0].id);

        QVERIFY(!store.database().exec("UPDATE decisions SET class_id = NULL").ok());
        QVERIFY(!store.database().exec("DELETE FROM decisions").ok());
        QCOMPARE(int(store.decisions(item)->size()), 4);
    }

    void labelDecisionNeedsAProjectClass()
    {
        auto store = test::createProject(path("cls.triage"), {"a", "b"});
        const int64_t item = addItem(store, "/x/2.png");
        QVERIFY(
            !store.recordDecision({item, DecisionKind::Label, 9999, "ann", 0, std::nullopt}).ok());
        QVERIFY(!store
                     .recordDecision(
                         {item + 100, DecisionKind::Skip, std::nullopt, "ann", 0, std::nullopt})
                     .ok());
        QCOMPARE(int(store.decisions(item)->size()), 0);
    }

    void routingNeverOverwritesHumanOrImportLabels()
    {
        auto store = test::createProject(path("route.triage"), {"a", "b"});
        const int64_t human = addItem(store, "/x/h.png");
        const int64_t imported = addItem(store, "/x/i.png");
        const int64_t open = addItem(store, "/x/o.png");
        const int64_t a = store.classes()[0].id, b = store.classes()[1].id;
        QVERIFY(store.recordDecision({human, DecisionKind::Label, a, "ann", 0, std::nullopt}).ok());
        QVERIFY(store.addImportLabel(imported, a).ok());
        auto version = store.addModelVersion(ModelVersionInput{});
        QVERIFY(version.ok());

        std::vector<Route> routes;
        for (int64_t id : {human, imported, open}) {
            routes.push_back(Route{id, RouteKind::AutoAccept, b, 0.99, 0.99});
        }
        auto summary = store.applyRoutes(*version, routes);
        QVERIFY(summary.ok());
        QCOMPARE(summary->autoAccepted, int64_t(1));
        QCOMPARE(summary->untouched, int64_t(2));
        QCOMPARE(store.item(human)->value().classId.value(), a);
        QCOMPARE(store.item(human)->value().source.value(), LabelSource::Human);
        QCOMPARE(store.item(imported)->value().source.value(), LabelSource::Import);
        QCOMPARE(store.item(open)->value().classId.value(), b);
        QCOMPARE(store.item(open)->value().state, ItemState::AutoAccepted);

        // Re-routing to the queue takes the automatic label away again.
        routes = {Route{open, RouteKind::Queue, b, 0.4, 0.4}};
        QVERIFY(store.applyRoutes(*version, routes).ok());
        QVERIFY(!store.item(open)->value().classId.has_value());
        QCOMPARE(store.item(open)->value().state, ItemState::Queued);

        // A person's label on an auto-accepted item replaces it and sticks.
        routes = {Route{open, RouteKind::AutoAccept, b, 0.99, 0.99}};
        QVERIFY(store.applyRoutes(*version, routes).ok());
        QVERIFY(store.recordDecision({open, DecisionKind::Label, a, "ann", 0, b}).ok());
        QVERIFY(store.applyRoutes(*version, routes).ok());
        QCOMPARE(store.item(open)->value().classId.value(), a);
        QCOMPARE(store.item(open)->value().source.value(), LabelSource::Human);
    }

    void bulkWritesSpanSeveralTransactions()
    {
        auto store = test::createProject(path("bulk.triage"), {"a", "b"});
        std::vector<int64_t> ids;
        {
            Transaction tx(store.database());
            for (int i = 0; i < 9000; ++i) {  // more than two chunks of 4096
                ids.push_back(addItem(store, "/bulk/" + std::to_string(i) + ".png"));
            }
            QVERIFY(tx.commit().ok());
        }
        auto version = store.addModelVersion(ModelVersionInput{});
        std::vector<float> probs;
        std::vector<Route> routes;
        for (int64_t id : ids) {
            probs.insert(probs.end(), {0.1f, 0.9f});
            routes.push_back(Route{id, id % 2 ? RouteKind::AutoAccept : RouteKind::Queue,
                                   store.classes()[1].id, 0.9, 0.9});
        }
        QVERIFY(store.storePredictions(*version, ids, probs).ok());
        auto summary = store.applyRoutes(*version, routes);
        QVERIFY(summary.ok());
        QVERIFY(store.completeModelVersion(*version).ok());
        QCOMPARE(summary->autoAccepted, int64_t(4500));
        QCOMPARE(summary->queued, int64_t(4500));
        QCOMPARE(store.counts()->autoAccepted, int64_t(4500));
        QCOMPARE(store.latestPrediction(ids.back())->value(), (std::vector<float>{0.1f, 0.9f}));
    }

    void predictionsRoundTrip()
    {
        auto store = test::createProject(path("pred.triage"), {"a", "b", "c"});
        const int64_t item = addItem(store, "/x/p.png");
        auto version =
            store.addModelVersion(ModelVersionInput{"learner", 5, 0.8, 1.3, "CPU", {1, 2, 3}});
        const std::vector<int64_t> ids{item};
        const std::vector<float> probs{0.2f, 0.7f, 0.1f};
        QVERIFY(store.storePredictions(*version, ids, probs).ok());
        QVERIFY(!store.latestPrediction(item)->has_value());  // incomplete: not current yet
        QVERIFY(store.completeModelVersion(*version).ok());
        QCOMPARE(store.latestPrediction(item)->value(), probs);
        QCOMPARE(store.modelWeights(*version).value(), (std::vector<uint8_t>{1, 2, 3}));
        QCOMPARE(store.latestModelVersion()->value().temperature, 1.3);
        auto outcomes = store.outcomes();
        QCOMPARE(outcomes->front().predictedClassId.value(), store.classes()[1].id);
        const std::vector<float> wrongSize{0.5f, 0.5f};
        QVERIFY(!store.storePredictions(*version, ids, wrongSize).ok());
    }

    // Issue 5, item 5: four concurrent simulations all showed "interrupted" while running.
    void onlyDeadOwnersJobsAreMarkedInterrupted()
    {
        auto store = test::createProject(path("jobs.triage"), {"a", "b"});
        auto live = store.startJob("import");  // owned by this process, which runs on
        auto dead = store.startJob("autolabel");
        QVERIFY(live.ok() && dead.ok());
        // Hand `dead` to a process that has ended (and a start time no process has).
        QProcess child;
        child.start(QStringLiteral("true"), {});
        QVERIFY(child.waitForStarted());
        const qint64 childPid = child.processId();
        QVERIFY(child.waitForFinished());
        auto own =
            store.database().prepare("UPDATE jobs SET owner_pid = ?, owner_start = 1 WHERE id = ?");
        QVERIFY(own->bind(1, int64_t(childPid)).bind(2, *dead).run().ok());
        auto stateOf = [&](int64_t id) {
            auto q = store.database().prepare("SELECT state FROM jobs WHERE id = ?");
            q->bind(1, id);
            return q->step() ? JobState(q->columnInt(0)) : JobState::Failed;
        };
        // Read-only: reported as interrupted, still written as running.
        QCOMPARE(store.lastJob()->value().state, JobState::Interrupted);
        QCOMPARE(stateOf(*dead), JobState::Running);

        auto next = store.startJob("export");
        QVERIFY(next.ok());
        QCOMPARE(stateOf(*dead), JobState::Interrupted);
        QCOMPARE(stateOf(*live), JobState::Running);
        QVERIFY(store.finishJob(*next, JobState::Succeeded).ok());
        QCOMPARE(store.lastJob()->value().state, JobState::Succeeded);
    }

    // Item 2: a German desktop stored "0,950000", which read back as 0.
    void numbersIgnoreTheLocale()
    {
        QVERIFY2(std::setlocale(LC_NUMERIC, "de_DE.UTF-8") != nullptr,
                 "the de_DE.UTF-8 locale is missing (scripts/install-deps.sh makes it)");
        char probe[16];
        std::snprintf(probe, sizeof probe, "%.2f", 0.5);
        QCOMPARE(QByteArray(probe), QByteArray("0,50"));  // the locale really is German
        auto store = test::createProject(path("locale.triage"), {"a", "b"});
        QVERIFY(store.setRoutingPolicy(RoutingPolicy{0.95, 20}).ok());
        QCOMPARE(store.routingPolicy()->acceptThreshold, 0.95);
        QCOMPARE(formatNumber(0.95), std::string("0.95"));
        QCOMPARE(parseNumber("0.5").value_or(-1), 0.5);
        std::setlocale(LC_NUMERIC, "C");
        auto raw =
            store.database().prepare("SELECT value FROM settings WHERE key = 'accept_threshold'");
        QVERIFY(raw->step());
        QCOMPARE(raw->columnText(0), std::string("0.95"));
    }

    // Item 11: exact values, validated ranges, and a bad stored value is an error on read.
    void settingsAreExactAndValidated()
    {
        auto store = test::createProject(path("settings.triage"), {"a", "b"});
        QVERIFY(store.setRoutingPolicy(RoutingPolicy{1e-7, 0}).ok());
        QCOMPARE(store.routingPolicy()->acceptThreshold, 1e-7);
        QVERIFY(store.setRoutingPolicy(RoutingPolicy{0.99999999, 3}).ok());
        QCOMPARE(store.routingPolicy()->acceptThreshold, 0.99999999);
        QVERIFY(!store.setRoutingPolicy(RoutingPolicy{0, 3}).ok());
        QVERIFY(!store.setRoutingPolicy(RoutingPolicy{std::nan(""), 3}).ok());
        QVERIFY(!store.setRoutingPolicy(RoutingPolicy{0.9, -1}).ok());
        QVERIFY(!store.setPixelLimit(0).ok());
        QVERIFY(store.setPixelLimit(250'000'000).ok());
        QCOMPARE(store.pixelLimit().value(), int64_t(250'000'000));
        auto bad = store.database().prepare(
            "UPDATE settings SET value = '0,950000' WHERE key = 'accept_threshold'");
        QVERIFY(bad->run().ok());
        auto policy = store.routingPolicy();
        QVERIFY(!policy.ok());
        QCOMPARE(policy.error().code, ErrorCode::CorruptData);
    }

    // Item 6: status on another application's database or an empty file wrote to it.
    void openingAForeignFileWritesNothing()
    {
        const QString empty = path("empty.db");
        test::writeBytes(empty, "");
        const QString foreign = path("foreign.db");
        {
            auto db = Database::open(foreign.toStdString(), Database::OpenMode::CreateNew);
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
            QVERIFY(init.waitForFinished());
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
        auto store = test::createProject(path("remove.triage"), {"a", "b"});
        const int64_t keep = addItem(store, "/r/keep.png");
        const int64_t gone = addItem(store, "/r/gone.png");
        QVERIFY(store
                    .recordDecision(
                        {gone, DecisionKind::Label, store.classes()[0].id, "ann", 0, std::nullopt})
                    .ok());
        const std::vector<int64_t> ids{gone, gone};
        QCOMPARE(store.removeItems(ids, "lead").value(), int64_t(1));
        QCOMPARE(store.item(gone)->value().state, ItemState::Removed);
        QVERIFY(!store.item(gone)->value().classId.has_value());
        QCOMPARE(store.counts()->total, int64_t(1));
        QCOMPARE(store.counts()->removed, int64_t(1));
        QCOMPARE(store.reviewQueue(10).value(), std::vector<int64_t>{keep});
        QCOMPARE(store.items(ItemFilter{})->size(), size_t(1));
        QCOMPARE(store.humanLabels()->size(), size_t(0));
        QCOMPARE(store.decisions(gone)->back().kind, DecisionKind::Remove);
        QVERIFY(!store
                     .recordDecision(
                         {gone, DecisionKind::Label, store.classes()[0].id, "ann", 0, std::nullopt})
                     .ok());
        QVERIFY(!store.undoLatestDecision(gone, "ann").ok());
    }

    // Item 7: a decision meeting another writer's lock fails with Busy (the GUI waits and
    // retries on it), not with an error that looks final.
    void aLockedDatabaseIsReportedAsBusy()
    {
        auto store = test::createProject(path("busy.triage"), {"a", "b"});
        const int64_t item = addItem(store, "/b/x.png");
        auto other = ProjectStore::open(path("busy.triage").toStdString());
        QVERIFY(other->database().exec("BEGIN IMMEDIATE").ok());
        store.database().setBusyTimeout(50);
        auto decided =
            store.recordDecision({item, DecisionKind::Label, store.classes()[1].id, "ann", 0, {}});
        QVERIFY(!decided.ok());
        QCOMPARE(decided.error().code, ErrorCode::Busy);
        QVERIFY(other->database().exec("COMMIT").ok());
        QVERIFY(
            store.recordDecision({item, DecisionKind::Label, store.classes()[1].id, "ann", 0, {}})
                .ok());
    }

    void countsByStateAndClass()
    {
        auto store = test::createProject(path("counts.triage"), {"a", "b"});
        const int64_t one = addItem(store, "/x/c1.png");
        addItem(store, "/x/c2.png");
        QVERIFY(store.addFailedItem("/x/bad.png", "broken").ok());
        QVERIFY(store
                    .recordDecision(
                        {one, DecisionKind::Label, store.classes()[1].id, "ann", 0, std::nullopt})
                    .ok());
        auto counts = store.counts();
        QCOMPARE(counts->total, int64_t(3));
        QCOMPARE(counts->humanLabeled, int64_t(1));
        QCOMPARE(counts->unlabeled, int64_t(1));
        QCOMPARE(counts->failed, int64_t(1));
        QCOMPARE(counts->byClass[1].human, int64_t(1));
        QCOMPARE(counts->humanDecisions, int64_t(1));
        QCOMPARE(store.reviewQueueLength().value(), int64_t(1));
        QCOMPARE(store.countInState(ItemState::Failed).value(), int64_t(1));
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
