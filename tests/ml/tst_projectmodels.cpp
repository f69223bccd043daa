// Models people bring: adding a TorchScript or ONNX classifier or embedder to a project,
// the validations that leave the project unchanged, scoring the pool with cancel and
// resume, a changed file refused, and the same through `triage-cli model` (--spec too).
#include "fixtures.h"
#include "imagesource.h"
#include "importer.h"
#include "jobs.h"
#include "modelinput.h"
#include "modelfixtures.h"
#include "onnxfixtures.h"
#include "projectmodels.h"
#include "modelloader.h"
#include "posixfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <filesystem>
#include <numeric>

using namespace triage;

namespace {

InputSpec smallSpec()
{
    InputSpec spec;
    spec.width = spec.height = 8;
    return spec;
}

AddModelRequest classifierRequest(const QString &path)
{
    AddModelRequest request;
    request.path = path.toStdString();
    request.spec = smallSpec();
    request.mapping = {"a", "b", "", "c"};  // output 2 abstains
    return request;
}

}  // namespace

class TestProjectModels : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;

    QString newProject(int items)
    {
        return test::createImportedProject(m_dir.filePath(QStringLiteral("m%1").arg(++m_projects)),
                                           QStringLiteral("models"), items);
    }

    QString modelFile(const char *name, int outputs, const std::string &body = "return y")
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        test::saveLinearModel(path, outputs, body);
        return path;
    }

private Q_SLOTS:
    void mappingAndProbabilities()
    {
        const std::vector<ClassInfo> classes{{10, "cat", 0}, {11, "dog", 1}};
        QCOMPARE(mappingFromNames({"Cat", "fox", " dog"}, classes),
                 (std::vector<std::string>{"cat", "", "dog"}));
        const std::vector<std::optional<int64_t>> map{10, std::nullopt, 11, 10};
        const std::vector<float> scores{0.2f, 0.5f, 0.1f, 0.2f};
        const auto p = projectProbabilities(scores, map, classes);
        QCOMPARE(p.size(), size_t(2));
        QVERIFY(std::abs(p[0] - 0.8f) < 1e-6f);  // (0.2 + 0.2) / 0.5 of mass that voted
        QVERIFY(std::abs(p[1] - 0.2f) < 1e-6f);
        const auto silent = projectProbabilities(std::vector<float>{0, 1, 0, 0}, map, classes);
        QCOMPARE(silent, (std::vector<float>{0, 0}));
    }

    void addsAClassifierAndScoresThePoolOnce()
    {
        auto store = std::move(*ProjectStore::open(newProject(9).toStdString()));
        auto added = addModel(store, classifierRequest(modelFile("classifier.pt", 4)));
        QVERIFY2(added.ok(), added.ok() ? "" : added.error().message.c_str());
        QCOMPARE(added->outputWidth, 4);
        QVERIFY(!added->classMap[2].has_value());
        QCOMPARE(store.projectModels().list()->size(), size_t(1));

        ScoreModelJob job(added->name);
        auto outcome = executeJob(store, job, {}, CancelToken());
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : outcome.error().message.c_str());
        QVERIFY2(outcome->summary.find("scored 9 items") != std::string::npos,
                 outcome->summary.c_str());
        const auto first = store.items().list(ItemFilter{})->front().id;
        const auto output = store.projectModels().output(added->id, first)->value();
        QCOMPARE(output.size(), size_t(3));  // over the project's three classes
        QVERIFY(std::abs(std::accumulate(output.begin(), output.end(), 0.0f) - 1.0f) < 1e-4f);
        QCOMPARE(store.jobs().last()->value().kind, std::string("model-score"));

        auto again = executeJob(store, job, {}, CancelToken());  // nothing is missing now
        QVERIFY(again->summary.find("scored 0 items") != std::string::npos);
        QCOMPARE(store.projectModels().byName(added->name)->value().scoredItems, int64_t(9));
    }

    void anOnnxClassifierScoresLikeItsTorchScriptTwin()
    {
        // The same mapping, one model in each format: both give distributions over the
        // project's classes, and the ONNX one's file is checked for changes too.
        auto store = std::move(*ProjectStore::open(newProject(5).toStdString()));
        const QString file = m_dir.filePath(QStringLiteral("classifier.onnx"));
        test::saveOnnxLinearModel(file.toStdString(), 4, 8);
        auto added = addModel(store, classifierRequest(file));
        QVERIFY2(added.ok(), added.ok() ? "" : added.error().message.c_str());
        QCOMPARE(added->format, ModelFormat::Onnx);
        ScoreModelJob job(added->name);
        auto outcome = executeJob(store, job, {}, CancelToken());
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : outcome.error().message.c_str());
        QVERIFY2(outcome->summary.find("scored 5 items") != std::string::npos,
                 outcome->summary.c_str());
        const auto first = store.items().list(ItemFilter{})->front().id;
        const auto output = store.projectModels().output(added->id, first)->value();
        QCOMPARE(output.size(), size_t(3));
        QVERIFY(std::abs(std::accumulate(output.begin(), output.end(), 0.0f) - 1.0f) < 1e-4f);
        QVERIFY(outcome->summary.find("0 inputs from the cache") != std::string::npos);

        // A TorchScript model of the same input reads the inputs the first run cached.
        auto twin = addModel(store, classifierRequest(modelFile("twin.pt", 4)));
        QVERIFY(twin.ok());
        ScoreModelJob twinJob(twin->name);
        auto cached = executeJob(store, twinJob, {}, CancelToken());
        QVERIFY(cached.ok());
        QVERIFY2(cached->summary.find("scored 5 items") != std::string::npos &&
                     cached->summary.find("5 inputs from the cache") != std::string::npos,
                 cached->summary.c_str());
        QVERIFY(std::filesystem::is_directory(store.path() + "-cache"));
        // Review shows each classifier's vote for an item.
        const auto votes = modelVotesFor(store, first).value();
        QCOMPARE(votes.size(), size_t(2));
        QCOMPARE(votes[0].probabilities, output);

        test::saveOnnxLinearModel(file.toStdString(), 4, 8, 3, test::OnnxTail::None, 7);
        ScoreModelJob again(added->name);
        auto refused = executeJob(store, again, {}, CancelToken());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.find("changed since it was added") != std::string::npos,
                 refused.error().message.c_str());
        ScoreModelJob onCuda(added->name, 64, {DeviceChoice::Cuda});
        auto cuda = executeJob(store, onCuda, {}, CancelToken());
        QVERIFY(!cuda.ok());
    }

    void theLearnerTrainsAHeadOnABackbone()
    {
        // Images i are of class i % 3 (fixtures); people label the first 18.
        auto store = std::move(*ProjectStore::open(newProject(30).toStdString()));
        AddModelRequest embedder;
        embedder.path = modelFile("backbone.pt", 16).toStdString();
        embedder.kind = ModelKind::Embedder;
        embedder.spec = smallSpec();
        QVERIFY(addModel(store, embedder).ok());
        QVERIFY(addModel(store, classifierRequest(modelFile("votes.pt", 4))).ok());
        QCOMPARE(setLearnerBackbone(store, "votes").error().code, ErrorCode::InvalidArgument);
        QCOMPARE(setLearnerBackbone(store, "absent").error().code, ErrorCode::NotFound);
        QVERIFY(setLearnerBackbone(store, "backbone").ok());
        const auto items = store.items().list(ItemFilter{}).value();
        for (const auto &item : items) {
            const int index = std::stoi(std::filesystem::path(item.path).stem().string());
            if (index < 18) {
                DecisionInput decision;
                decision.itemId = item.id;
                decision.classId = store.classes()[size_t(index % 3)].id;
                decision.annotator = "ann";
                QVERIFY(store.decisions().record(decision).ok());
            }
        }
        // The diverse strategy spreads the queue in the backbone's feature space.
        auto policy = store.settings().routingPolicy().value();
        policy.strategy = SamplingStrategy::Diverse;
        QVERIFY(store.settings().setRoutingPolicy(policy).ok());
        AutoLabelOptions options;
        options.learner.minSteps = 40;
        AutoLabelJob job(std::make_shared<AutoLabeler>(options));
        auto outcome = executeJob(store, job, {}, CancelToken());
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : outcome.error().message.c_str());
        QVERIFY(!store.items().reviewQueue(100).value().empty());
        QVERIFY2(outcome->json.find("\"backbone\":\"backbone\"") != std::string::npos,
                 outcome->json.c_str());
        // The round scored the backbone's features first, then every item from them.
        QCOMPARE(store.projectModels().byName("backbone")->value().scoredItems, int64_t(30));
        for (const auto &item : items) {
            QVERIFY(store.predictions().latestFor(item.id)->has_value());
        }
        // New imports, all of the first class: the next round measures how far their
        // features lie from the earlier items' (drift monitoring).
        const QString more = QFileInfo(QString::fromStdString(store.path())).dir().filePath(
            QStringLiteral("more"));
        for (int i = 0; i < 6; ++i) {
            test::writeImage(QStringLiteral("%1/%2.png").arg(more).arg(i),
                             test::syntheticImage(0, 1000 + i));
        }
        QVERIFY(importPaths(store, {more.toStdString()}, ImportOptions{}, {}, CancelToken()).ok());
        QVERIFY(executeJob(store, job, {}, CancelToken()).ok());
        const auto rounds = store.models().roundStats().value();
        QCOMPARE(int(rounds.size()), 2);
        QCOMPARE(rounds[0].featureShift, -1.0);  // the first round has nothing earlier
        QCOMPARE(rounds[1].newItems, int64_t(6));
        QVERIFY2(rounds[1].featureShift > 0 && std::isfinite(rounds[1].featureShift),
                 std::to_string(rounds[1].featureShift).c_str());
        // The backbone cannot be removed from under the learner.
        QCOMPARE(removeModel(store, "backbone").error().code, ErrorCode::InvalidArgument);
        QVERIFY(setLearnerBackbone(store, "pixels").ok());
        QVERIFY(removeModel(store, "backbone").ok());
    }

    void cancelKeepsWhatIsScoredAndTheNextRunDoesTheRest()
    {
        auto store = std::move(*ProjectStore::open(newProject(12).toStdString()));
        QVERIFY(addModel(store, classifierRequest(modelFile("resumable.pt", 4))).ok());
        CancelToken cancel;
        ScoreModelJob job("resumable", 2);
        auto cancelled = executeJob(
            store, job,
            [&](const Progress &p) {
                if (p.done >= 4) {
                    cancel.cancel();
                }
            },
            cancel);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        const int64_t kept = store.projectModels().byName("resumable")->value().scoredItems;
        QVERIFY2(kept >= 4 && kept < 12, qPrintable(QString::number(kept)));
        QCOMPARE(store.jobs().last()->value().state, JobState::Cancelled);
        auto rest = executeJob(store, job, {}, CancelToken());
        QVERIFY(rest.ok());
        QVERIFY2(rest->summary.find("scored " + std::to_string(12 - kept)) != std::string::npos,
                 rest->summary.c_str());
        QCOMPARE(store.projectModels().byName("resumable")->value().scoredItems, int64_t(12));
    }

    void anEmbedderStoresVectors()
    {
        auto store = std::move(*ProjectStore::open(newProject(3).toStdString()));
        AddModelRequest request;
        request.path = modelFile("embedder.pt", 16).toStdString();
        request.kind = ModelKind::Embedder;
        request.spec = smallSpec();
        auto added = addModel(store, request);
        QVERIFY2(added.ok(), added.ok() ? "" : added.error().message.c_str());
        ScoreModelJob job(added->name);
        QVERIFY(executeJob(store, job, {}, CancelToken()).ok());
        const auto first = store.items().list(ItemFilter{})->front().id;
        const auto stored = store.projectModels().output(added->id, first)->value();
        QCOMPARE(stored.size(), size_t(16));
        // Stored as float16: the same vector to three significant digits.
        auto runner = loadUserModel(ModelFormat::TorchScript,
                                    readRegularFile(request.path, UserModel::kMaxFileBytes).value(),
                                    request.path, ModelKind::Embedder, request.spec, 0);
        const auto image = imageSourceFor(kDefaultPixelLimit)
                               ->load(store.items().get(first)->value().path)
                               .value();
        std::vector<float> input(size_t(request.spec.valuesPerImage())), exact(16);
        writeModelInput(image.pixels, request.spec, input.data());
        QVERIFY(runner->run({input.data(), 1}, exact, CancelToken()).ok());
        for (size_t i = 0; i < 16; ++i) {
            QVERIFY2(std::abs(stored[i] - exact[i]) <= 1e-3f * std::max(1.0f, std::abs(exact[i])),
                     qPrintable(QStringLiteral("%1 vs %2").arg(stored[i]).arg(exact[i])));
        }
    }

    void refusalsLeaveTheProjectUnchanged_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("mapping");
        QTest::addColumn<QString>("message");
        const QString four = modelFile("four.pt", 4);
        test::writeBytes(m_dir.filePath(QStringLiteral("text.pt")), "not a model");
        QTest::newRow("wrong width")
            << four << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
            << QStringLiteral("outputs 4 scores, the mapping has 3 entries");
        QTest::newRow("unknown class")
            << four
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("zebra"),
                           QStringLiteral("c")}
            << QStringLiteral("'zebra', which is not a class");
        QTest::newRow("all abstain") << four
                                     << QStringList{QStringLiteral("-"), QStringLiteral("-"),
                                                    QStringLiteral("-"), QStringLiteral("-")}
                                     << QStringLiteral("never vote");
        QTest::newRow("no mapping") << four << QStringList{} << QStringLiteral("needs a mapping");
        test::writeBytes(m_dir.filePath(QStringLiteral("model.bin")), "not a model");
        QTest::newRow("missing file")
            << m_dir.filePath(QStringLiteral("absent.pt"))
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
            << QStringLiteral("cannot read model");
        QTest::newRow("unknown format")
            << m_dir.filePath(QStringLiteral("model.bin"))
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
            << QStringLiteral("cannot tell the format");
        QTest::newRow("not a model")
            << m_dir.filePath(QStringLiteral("text.pt"))
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
            << QStringLiteral("is not a TorchScript model");
    }

    void refusalsLeaveTheProjectUnchanged()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, mapping);
        QFETCH(QString, message);
        auto store = std::move(*ProjectStore::open(newProject(1).toStdString()));
        AddModelRequest request = classifierRequest(file);
        request.mapping.clear();
        for (const QString &entry : mapping) {
            request.mapping.push_back(entry.toStdString());
        }
        auto added = addModel(store, request);
        QVERIFY(!added.ok());
        QVERIFY2(QString::fromStdString(added.error().message).contains(message),
                 added.error().message.c_str());
        QVERIFY(store.projectModels().list()->empty());
    }

    void aChangedFileIsRefused()
    {
        auto store = std::move(*ProjectStore::open(newProject(2).toStdString()));
        const QString file = modelFile("changing.pt", 4);
        QVERIFY(addModel(store, classifierRequest(file)).ok());
        test::saveLinearModel(file, 4, "return y", 8, 2);  // other weights, same name
        ScoreModelJob job("changing");
        auto scored = executeJob(store, job, {}, CancelToken());
        QVERIFY(!scored.ok());
        QVERIFY2(scored.error().message.find("changed since it was added") != std::string::npos,
                 scored.error().message.c_str());
        QCOMPARE(store.projectModels().byName("changing")->value().scoredItems, int64_t(0));
    }

    void theCliAddsListsScoresAndRemoves()
    {
        const QString project = newProject(4);
        const QString file = modelFile("cli.pt", 4);
        auto run = [](const QStringList &args) { return test::runCli(args); };
        auto added = run({QStringLiteral("model"), QStringLiteral("add"), project, file,
                          QStringLiteral("--name"), QStringLiteral("net"), QStringLiteral("--map"),
                          QStringLiteral("a,b,-,c"), QStringLiteral("--input"), QStringLiteral("8")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(added.out.contains(QStringLiteral("2:-")), qPrintable(added.out));
        auto refused = run({QStringLiteral("model"), QStringLiteral("add"), project, file,
                            QStringLiteral("--name"), QStringLiteral("wide"), QStringLiteral("--map"),
                            QStringLiteral("a,b,c"), QStringLiteral("--input"), QStringLiteral("8")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("outputs 4 scores, the mapping has 3 entries")),
                 qPrintable(refused.err));
        // Without --map or --names, the names file beside the model gives the mapping.
        test::writeBytes(m_dir.filePath(QStringLiteral("cli.txt")), "a\nb\nzebra\nc\n");
        auto beside = run({QStringLiteral("model"), QStringLiteral("add"), project, file,
                           QStringLiteral("--name"), QStringLiteral("beside"),
                           QStringLiteral("--input"), QStringLiteral("8")});
        QVERIFY2(beside.exitCode == 0, qPrintable(beside.err));
        QVERIFY2(beside.out.contains(QStringLiteral("0:a 1:b 2:- 3:c")), qPrintable(beside.out));
        QCOMPARE(run({QStringLiteral("model"), QStringLiteral("remove"), project,
                      QStringLiteral("beside")})
                     .exitCode,
                 0);
        auto scored = run({QStringLiteral("model"), QStringLiteral("score"), project,
                           QStringLiteral("net")});
        QVERIFY2(scored.exitCode == 0, qPrintable(scored.err));
        QVERIFY2(scored.out.contains(QStringLiteral("scored 4 items")), qPrintable(scored.out));
        auto listed = run({QStringLiteral("model"), QStringLiteral("list"), project,
                           QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const auto models =
            QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("models")).toArray();
        QCOMPARE(models.size(), 1);
        QCOMPARE(models[0].toObject().value(QStringLiteral("scored_items")).toInt(), 4);
        QCOMPARE(run({QStringLiteral("model"), QStringLiteral("remove"), project,
                      QStringLiteral("net")})
                     .exitCode,
                 0);
        QVERIFY(ProjectStore::open(project.toStdString())->projectModels().list()->empty());
        QCOMPARE(run({QStringLiteral("model"), QStringLiteral("score"), project,
                      QStringLiteral("net")})
                     .exitCode,
                 1);
    }

    void aSpecFileDescribesTheModelForScripts()
    {
        // An ONNX model whose name says nothing of its format, described by a spec file; an
        // option given as well overrides the file.
        const QString project = newProject(3);
        const QString file = m_dir.filePath(QStringLiteral("exported.model"));
        test::saveOnnxLinearModel(file.toStdString(), 4, 8, 1);
        const QString spec = m_dir.filePath(QStringLiteral("spec.json"));
        test::writeBytes(spec, R"({"name": "gray", "kind": "classifier", "format": "onnx",
            "input": {"width": 8, "height": 8, "channels": "gray", "resize": "fit",
                      "scale": 0.5, "mean": [0, 0, 0], "std": [1, 1, 1]},
            "mapping": ["a", null, "b", "-"]})");
        auto added = test::runCli({QStringLiteral("model"), QStringLiteral("add"), project, file,
                                   QStringLiteral("--spec"), spec, QStringLiteral("--name"),
                                   QStringLiteral("renamed"), QStringLiteral("--json")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const auto listed = test::runCli({QStringLiteral("model"), QStringLiteral("list"), project,
                                          QStringLiteral("--json")});
        const auto model = QJsonDocument::fromJson(listed.out.toUtf8())
                               .object()[QStringLiteral("models")]
                               .toArray()[0]
                               .toObject();
        QCOMPARE(model[QStringLiteral("name")].toString(), QStringLiteral("renamed"));
        QCOMPARE(model[QStringLiteral("format")].toString(), QStringLiteral("onnx"));
        const auto input = model[QStringLiteral("input")].toObject();
        QCOMPARE(input[QStringLiteral("channels")].toString(), QStringLiteral("gray"));
        QCOMPARE(input[QStringLiteral("resize")].toString(), QStringLiteral("fit"));
        QCOMPARE(input[QStringLiteral("scale")].toDouble(), 0.5);
        QCOMPARE(model[QStringLiteral("mapping")].toArray().size(), 4);
        // model list's entry is itself a spec: it adds the same model to another project.
        const QString copy = m_dir.filePath(QStringLiteral("copy.json"));
        test::writeBytes(copy, QJsonDocument(model).toJson().toStdString());
        const QString other = newProject(2);
        auto copied = test::runCli({QStringLiteral("model"), QStringLiteral("add"), other, file,
                                    QStringLiteral("--spec"), copy});
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));

        test::writeBytes(spec, R"({"name": "x", "input": {"width": 8, "colour": "gray"}})");
        auto refused = test::runCli({QStringLiteral("model"), QStringLiteral("add"), project, file,
                                     QStringLiteral("--spec"), spec});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("unknown key \"colour\" in \"input\"")),
                 qPrintable(refused.err));
    }
};

QTEST_GUILESS_MAIN(TestProjectModels)
#include "tst_projectmodels.moc"
