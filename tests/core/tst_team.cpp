// Sharded batch scoring (issue 13) through triage-cli, on the backend under test: on
// SQLite files each shard writes a shard file that import-predictions merges; on
// PostgreSQL (tst_team_postgres) every shard writes into the project at once. Either way
// the shards together equal one unsharded run, a shard run twice changes nothing, and a
// shard killed half-way resumes.
#include "fixtures.h"
#include "onnxfixtures.h"
#include "predictionshards.h"
#include "projectcopy.h"
#include "projectstore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <thread>

using namespace triage;

namespace {

constexpr int kItems = 1200;  // enough that a shard takes many batches
constexpr int kShards = 4;

QString str(const std::string &text)
{
    return QString::fromStdString(text);
}

// Every output of the model, by item id.
std::map<int64_t, std::vector<float>> outputsOf(const std::string &project)
{
    auto store = ProjectStore::open(project);
    if (!store) {
        qFatal("%s", store.error().message.c_str());
    }
    auto model = store->projectModels().byName("lin");
    auto table = store->projectModels().outputs((*model)->id);
    if (!table) {
        qFatal("%s", table.error().message.c_str());
    }
    std::map<int64_t, std::vector<float>> outputs;
    const size_t width = size_t(table->width);
    for (size_t i = 0; i < table->itemIds.size(); ++i) {
        outputs[table->itemIds[i]].assign(table->values.begin() + long(i * width),
                                          table->values.begin() + long((i + 1) * width));
    }
    return outputs;
}

// Runs a script to its end: its exit code and what it printed.
std::pair<int, QString> runScript(const QString &script, const QStringList &args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(script, args);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(-1);
        return {-1, script + QStringLiteral(" did not finish")};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

// Equal up to float rounding: batches of other sizes may sum in another order.
bool sameOutputs(const std::map<int64_t, std::vector<float>> &a,
                 const std::map<int64_t, std::vector<float>> &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (const auto &[item, values] : a) {
        const auto other = b.find(item);
        if (other == b.end() || other->second.size() != values.size()) {
            return false;
        }
        for (size_t i = 0; i < values.size(); ++i) {
            if (std::abs(values[i] - other->second[i]) > 1e-5f) {
                return false;
            }
        }
    }
    return true;
}

}  // namespace

class TestTeam : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;    // scored shard by shard
    QString m_reference;  // the same project, scored in one run

    static bool onPostgres() { return !test::postgresServerUrl().empty(); }

    QString shardFile(int shard) const
    {
        return m_dir.filePath(QStringLiteral("shard-%1.db").arg(shard));
    }

    // score-shard's arguments for one shard; on SQLite into a shard file.
    QStringList shardArguments(int shard) const
    {
        QStringList args{QStringLiteral("score-shard"), m_project, QStringLiteral("--model"),
                         QStringLiteral("lin"), QStringLiteral("--shard"), QString::number(shard),
                         QStringLiteral("--shards"), QString::number(kShards),
                         QStringLiteral("--device"), QStringLiteral("cpu")};
        if (!onPostgres()) {
            args << QStringLiteral("--out") << shardFile(shard);
        }
        return args;
    }

    // What a shard has written so far: rows of its file, or its items' outputs in the project.
    int64_t writtenBy(int shard) const
    {
        if (!onPostgres()) {
            auto file = test::openSqlite(shardFile(shard).toStdString(),
                                         SqliteDatabase::OpenMode::OpenExisting);
            auto q = file->prepare("SELECT COUNT(*) FROM outputs");
            return q && q->step() ? q->columnInt(0) : -1;
        }
        auto db = test::rawDatabase(m_project.toStdString());
        auto q = db->prepare("SELECT COUNT(*) FROM model_outputs WHERE item_id % ? = ?");
        q->bind(1, int64_t(kShards)).bind(2, int64_t(shard));
        return q->step() ? q->columnInt(0) : -1;
    }

    int64_t shardSize(int shard) const
    {
        auto store = ProjectStore::open(m_project.toStdString());
        const auto ids = store->items().usableIds();
        return ids ? std::count_if(ids->begin(), ids->end(),
                                   [shard](int64_t id) { return id % kShards == shard; })
                   : -1;
    }

    QString modelFile() const { return m_dir.filePath(QStringLiteral("lin.onnx")); }

    // The linear ONNX classifier as model 'lin' of a project.
    test::CliRun addModel(const QString &project) const
    {
        return test::runCli({QStringLiteral("model"), QStringLiteral("add"), project, modelFile(),
                             QStringLiteral("--name"), QStringLiteral("lin"),
                             QStringLiteral("--map"), QStringLiteral("a,b,c"),
                             QStringLiteral("--input"), QStringLiteral("32"),
                             QStringLiteral("--channels"), QStringLiteral("gray"),
                             QStringLiteral("--mean"), QStringLiteral("0.5,0.5,0.5"),
                             QStringLiteral("--std"), QStringLiteral("0.25,0.25,0.25"),
                             QStringLiteral("--probabilities")});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = onPostgres() ? str(test::freshPostgresUrl("shards"))
                                 : m_dir.filePath(QStringLiteral("shards.triage"));
        test::createImportedProject(m_dir.filePath(QStringLiteral("pool")),
                                    QStringLiteral("shards"), kItems, m_project);
        test::saveOnnxLinearModel(modelFile().toStdString(), 3, 32, 1, test::OnnxTail::Softmax);
        auto added = addModel(m_project);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        // The reference: a copy of the project, scored whole.
        m_reference = m_dir.filePath(QStringLiteral("reference.triage"));
        auto copied = copyProject(m_project.toStdString(), m_reference.toStdString());
        QVERIFY2(copied, copied ? "" : copied.error().message.c_str());
        auto whole = test::runCli({QStringLiteral("model"), QStringLiteral("score"), m_reference,
                                   QStringLiteral("lin"), QStringLiteral("--device"),
                                   QStringLiteral("cpu")});
        QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
        QCOMPARE(int(outputsOf(m_reference.toStdString()).size()), kItems);
    }

    void theShardIndexComesFromTheScheduler()
    {
        auto from = [](std::map<std::string, std::string> variables) {
            return shardFromEnvironment([variables](const char *name) -> const char * {
                const auto found = variables.find(name);
                return found == variables.end() ? nullptr : found->second.c_str();
            });
        };
        const auto slurm = from({{"SLURM_ARRAY_TASK_ID", "6"},
                                 {"SLURM_ARRAY_TASK_MIN", "4"},
                                 {"SLURM_ARRAY_TASK_COUNT", "4"}});
        QCOMPARE(slurm.index.value(), int64_t(2));
        QCOMPARE(slurm.count.value(), int64_t(4));
        const auto kubernetes = from({{"JOB_COMPLETION_INDEX", "3"}});
        QCOMPARE(kubernetes.index.value(), int64_t(3));
        QVERIFY(!kubernetes.count.has_value());  // the Job's completions: --shards says
        QVERIFY(!from({}).index.has_value());

        // Through the CLI: the index from Slurm's variables; a shard out of range refused.
        QProcess cli;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("JOB_COMPLETION_INDEX"), QStringLiteral("7"));
        cli.setProcessEnvironment(env);
        QStringList args = shardArguments(0);
        args.remove(4, 2);  // no --shard: the variable gives 7, and there are 4 shards
        cli.start(qEnvironmentVariable("TRIAGE_CLI"), args);
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY2(cli.readAllStandardError().contains("(from JOB_COMPLETION_INDEX)"), "");
    }

    void shardsTogetherEqualOneUnshardedRun()
    {
        // Shard 3 killed half-way: what it wrote is kept, and the rerun does the rest.
        QProcess killed;
        killed.start(qEnvironmentVariable("TRIAGE_CLI"), shardArguments(3) << QStringLiteral("--batch")
                                                                          << QStringLiteral("2"));
        QVERIFY(killed.waitForStarted());
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
        while (killed.state() == QProcess::Running && std::chrono::steady_clock::now() < deadline &&
               (!onPostgres() && !QFileInfo::exists(shardFile(3)) ? 0 : writtenBy(3)) <= 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        killed.kill();
        QVERIFY(killed.waitForFinished(60000));
        const int64_t before = writtenBy(3);
        QVERIFY2(before > 0 && before < shardSize(3),
                 qPrintable(QStringLiteral("shard 3 had written %1 of %2 when killed")
                                .arg(before)
                                .arg(shardSize(3))));

        for (int shard : {0, 1, 2, 3, 2}) {  // shard 2 twice; 3 resumes
            auto run = test::runCli(shardArguments(shard));
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        QCOMPARE(writtenBy(2), shardSize(2));
        QCOMPARE(writtenBy(3), shardSize(3));
        if (!onPostgres()) {
            QStringList merge{QStringLiteral("import-predictions"), m_project};
            for (int shard = 0; shard < kShards; ++shard) {
                merge << shardFile(shard);
            }
            auto merged = test::runCli(merge);
            QVERIFY2(merged.exitCode == 0, qPrintable(merged.err));
            for (int shard = 0; shard < kShards; ++shard) {
                QVERIFY2(merged.out.contains(QStringLiteral("shard %1 of 4 of 'lin', %2 outputs")
                                                 .arg(shard)
                                                 .arg(shardSize(shard))),
                         qPrintable(merged.out));
            }
            const auto once = outputsOf(m_project.toStdString());
            QCOMPARE(test::runCli(merge).exitCode, 0);  // again: nothing changes
            QVERIFY(outputsOf(m_project.toStdString()) == once);
        }
        const auto sharded = outputsOf(m_project.toStdString());
        QCOMPARE(int(sharded.size()), kItems);
        QVERIFY(sameOutputs(sharded, outputsOf(m_reference.toStdString())));

        // Every shard done: a rerun scores nothing and changes nothing.
        auto again = test::runCli(shardArguments(1));
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QStringLiteral("scored 0 items")), qPrintable(again.out));
        QVERIFY(outputsOf(m_project.toStdString()) == sharded);
    }

    // A real Slurm on this machine (scripts/slurm-local.sh) runs packaging/slurm/score.sbatch
    // as a 4-task array against the PostgreSQL project: each task scores its shard, and
    // together they equal one unsharded run.
    void aSlurmArrayScoresThePool()
    {
        if (!onPostgres()) {
            QSKIP("the array runs against the PostgreSQL project (tst_team_postgres)");
        }
        const QString slurm = m_dir.filePath(QStringLiteral("slurm"));
        const QString script = QStringLiteral(TRIAGE_SOURCE_DIR "/scripts/slurm-local.sh");
        auto started = runScript(script, {QStringLiteral("start"), slurm});
        if (started.first == 77) {
            QSKIP("no Slurm here (needs root, slurm-wlm and munge)");
        }
        QVERIFY2(started.first == 0, qPrintable(started.second));
        // The daemons stop however this test ends.
        struct Stop {
            QString script, dir;
            ~Stop() { runScript(script, {QStringLiteral("stop"), dir}); }
        } stop{script, slurm};

        const QString project = str(test::freshPostgresUrl("slurm"));
        test::createImportedProject(m_dir.filePath(QStringLiteral("slurm-pool")),
                                    QStringLiteral("slurm"), 240, project);
        QCOMPARE(addModel(project).exitCode, 0);
        const QString reference = m_dir.filePath(QStringLiteral("slurm-reference.triage"));
        QVERIFY(copyProject(project.toStdString(), reference.toStdString()));
        QCOMPARE(test::runCli({QStringLiteral("model"), QStringLiteral("score"), reference,
                               QStringLiteral("lin"), QStringLiteral("--device"),
                               QStringLiteral("cpu")})
                     .exitCode,
                 0);

        QProcess sbatch;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SLURM_CONF"), slurm + QStringLiteral("/slurm.conf"));
        env.insert(QStringLiteral("TRIAGE_PROJECT"), project);
        env.insert(QStringLiteral("TRIAGE_MODEL"), QStringLiteral("lin"));
        env.insert(QStringLiteral("TRIAGE_SCORE_ARGS"), QStringLiteral("--device cpu"));
        sbatch.setProcessEnvironment(env);
        sbatch.setWorkingDirectory(slurm);
        // --time: a stuck task cannot hang the suite; --wait: returns when the array ends.
        sbatch.start(QStringLiteral("sbatch"),
                     {QStringLiteral("--array=0-3"), QStringLiteral("--wait"),
                      QStringLiteral("--time=10"), QStringLiteral("--output=task-%a.log"),
                      QStringLiteral(TRIAGE_SOURCE_DIR "/packaging/slurm/score.sbatch")});
        QVERIFY(sbatch.waitForFinished(15 * 60 * 1000));
        QString logs;
        for (int task = 0; task < 4; ++task) {
            logs += QString::fromUtf8(
                test::readBytes(slurm + QStringLiteral("/task-%1.log").arg(task)).c_str());
        }
        QVERIFY2(sbatch.exitStatus() == QProcess::NormalExit && sbatch.exitCode() == 0,
                 qPrintable(QString::fromUtf8(sbatch.readAllStandardError()) + logs));
        for (int task = 0; task < 4; ++task) {
            QVERIFY2(logs.contains(QStringLiteral("scoring shard %1 of 4").arg(task)),
                     qPrintable(logs));
        }
        QVERIFY(sameOutputs(outputsOf(project.toStdString()),
                            outputsOf(reference.toStdString())));
        auto store = ProjectStore::open(project.toStdString());
        int succeeded = 0;
        const auto jobs = store->jobs().recent(20);
        QVERIFY(jobs);
        for (const JobRecord &job : *jobs) {
            succeeded += job.kind == "model-score" && job.state == JobState::Succeeded;
        }
        QCOMPARE(succeeded, 4);
    }

    void aShardFileOfAnotherProjectIsRefused()
    {
        if (onPostgres()) {
            QSKIP("shard files are the SQLite path");
        }
        // Another project with a model of that name and file: its items are not these.
        const QString other = test::createImportedProject(m_dir.filePath(QStringLiteral("other")),
                                                          QStringLiteral("other"), 3);
        QCOMPARE(addModel(other).exitCode, 0);
        auto run = test::runCli({QStringLiteral("import-predictions"), other, shardFile(0)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("was scored for project")), qPrintable(run.err));
        test::writeBytes(m_dir.filePath(QStringLiteral("junk.db")), "not a database at all");
        run = test::runCli({QStringLiteral("import-predictions"), m_project,
                            m_dir.filePath(QStringLiteral("junk.db"))});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("junk.db")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestTeam)
#include "tst_team.moc"
