// Labeling functions: each kind on generated images, the bad-input messages, versions,
// JSON export and import, the analysis numbers, calibration, and the apply job (resume
// after cancel, routing by the label model).
#include "calibration.h"
#include "fixtures.h"
#include "labelingfunctions.h"
#include "lfanalysis.h"
#include "lfpoolvotes.h"
#include "lfvoter.h"

#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>

#include <random>

using namespace triage;
using namespace triage::test;

namespace {

const std::vector<ClassInfo> kClasses = {{1, "dark", 0}, {2, "bright", 1}, {3, "other", 2}};

int32_t voteOn(LfVoter &voter, const ItemMeta &meta, const cv::Mat &pixels = {})
{
    const ImageStatistics statistics = measureImage(pixels);
    return voter.vote(
        LfItem{&meta, pixels.empty() ? nullptr : &pixels, pixels.empty() ? nullptr : &statistics});
}

std::unique_ptr<LfVoter> voterFor(const LfDefinition &d)
{
    auto voter = makeLfVoter("test", d, kClasses);
    if (!voter) {
        qFatal("%s", voter.error().message.c_str());
    }
    return std::move(*voter);
}

cv::Mat noise(int width, int height, int seed)
{
    cv::Mat image(height, width, CV_8UC1);
    cv::theRNG().state = uint64_t(seed);
    cv::randu(image, 0, 255);
    return image;
}

ItemMeta named(const std::string &path)
{
    ItemMeta meta;
    meta.path = path;
    return meta;
}

LfDefinition rule(const std::string &className, std::vector<LfCondition> conditions)
{
    LfDefinition d;
    d.kind = LfKind::Rule;
    d.className = className;
    d.conditions = std::move(conditions);
    return d;
}

}  // namespace

class TestLabelingFunctions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void patternMatchesNamesByGlobAndRegex()
    {
        LfDefinition d;
        d.className = "bright";
        d.pattern = "*sun*";
        auto glob = voterFor(d);
        QCOMPARE(voteOn(*glob, named("/data/Sunny_day.png")), 1);    // case-insensitive
        QCOMPARE(voteOn(*glob, named("/sun/night.png")), kAbstain);  // the name only
        d.target = PatternTarget::Path;
        QCOMPARE(voteOn(*voterFor(d), named("/sun/night.png")), 1);
        d.syntax = PatternSyntax::Regex;
        d.target = PatternTarget::FileName;
        d.pattern = "^img_[0-9]+\\.png$";
        d.ignoreCase = false;
        auto regex = voterFor(d);
        QCOMPARE(voteOn(*regex, named("/x/img_12.png")), 1);
        QCOMPARE(voteOn(*regex, named("/x/IMG_12.png")), kAbstain);
    }

    void folderMapsTheNearestNamedFolder()
    {
        LfDefinition d;
        d.kind = LfKind::Folder;
        d.folderClasses = {{"Night", "dark"}, {"day", "bright"}};
        auto voter = voterFor(d);
        QCOMPARE(voteOn(*voter, named("/data/day/night/a.png")), 0);
        QCOMPARE(voteOn(*voter, named("/data/DAY/a.png")), 1);
        QCOMPARE(voteOn(*voter, named("/data/night/train.idx#7")), 0);  // an IDX record
        QCOMPARE(voteOn(*voter, named("/data/dusk/a.png")), kAbstain);
    }

    void rulesTestMetadataAndStatisticsTogether()
    {
        const cv::Mat dark(20, 40, CV_8UC1, cv::Scalar(10));
        const cv::Mat bright(40, 20, CV_8UC1, cv::Scalar(240));
        const ItemMeta wide{"w.png", "", 100, 40, 20, 1, "png"};
        const ItemMeta tall{"t.jpg", "", 100, 20, 40, 1, "jpeg"};
        auto darkAndWide = voterFor(rule("dark", {{LfAttribute::Brightness, std::nullopt, 0.2, {}},
                                                  {LfAttribute::Aspect, 1.5, std::nullopt, {}}}));
        QVERIFY(darkAndWide->needsPixels());
        QCOMPARE(voteOn(*darkAndWide, wide, dark), 0);
        QCOMPARE(voteOn(*darkAndWide, tall, dark), kAbstain);  // dark but tall: AND fails
        QCOMPARE(voteOn(*darkAndWide, wide, bright), kAbstain);
        QCOMPARE(voteOn(*darkAndWide, wide), kAbstain);  // not decoded: pixel tests abstain
        auto jpeg = voterFor(rule("bright", {{LfAttribute::Format, {}, {}, {"JPEG"}}}));
        QVERIFY(!jpeg->needsPixels());
        QCOMPARE(voteOn(*jpeg, tall), 1);
        QCOMPARE(voteOn(*jpeg, wide), kAbstain);

        cv::Mat red(10, 10, CV_8UC3, cv::Scalar(0, 0, 255));
        auto reddish = voterFor(rule("other", {{LfAttribute::Hue, 340, 20, {}}}));  // wraps
        QCOMPARE(voteOn(*reddish, named("r.png"), red), 2);
        cv::Mat green(10, 10, CV_8UC3, cv::Scalar(0, 255, 0));
        QCOMPARE(voteOn(*reddish, named("g.png"), green), kAbstain);
    }

    void templateMatchFindsAPastedReference()
    {
        QTemporaryDir dir;
        cv::Mat reference(16, 16, CV_8UC1, cv::Scalar(0));
        cv::circle(reference, {8, 8}, 5, cv::Scalar(255), -1);
        cv::line(reference, {0, 0}, {15, 3}, cv::Scalar(128), 2);
        writeImage(dir.filePath(QStringLiteral("ref.png")), reference);
        LfDefinition d;
        d.kind = LfKind::Template;
        d.className = "other";
        d.templatePath = dir.filePath(QStringLiteral("ref.png")).toStdString();
        auto voter = voterFor(d);
        cv::Mat scene = noise(64, 48, 1);
        const cv::Mat empty = scene.clone();
        reference.copyTo(scene(cv::Rect(30, 20, 16, 16)));
        QCOMPARE(voteOn(*voter, named("s.png"), scene), 2);
        QCOMPARE(voteOn(*voter, named("n.png"), empty), kAbstain);
        QCOMPARE(voteOn(*voter, named("small.png"), cv::Mat(8, 8, CV_8UC1)), kAbstain);
    }

    void aCascadeFromOpencvDataLoadsAndSeesNothingInNoise()
    {
        LfDefinition d;
        d.kind = LfKind::Cascade;
        d.className = "other";
        d.cascadePath = "haarcascade_frontalface_default.xml";
        if (resolveCascadePath(d.cascadePath) == d.cascadePath) {
            QSKIP("opencv-data is not installed (scripts/install-deps.sh installs it)");
        }
        auto fires = voterFor(d);
        QCOMPARE(voteOn(*fires, named("n.png"), noise(96, 96, 3)), kAbstain);
        d.cascadeMode = CascadeMode::Never;
        QCOMPARE(voteOn(*voterFor(d), named("n.png"), noise(96, 96, 3)), 2);
    }

    void poolKindsCompareWithHumanLabels()
    {
        // Near-duplicates: a hash 2 bits from an anchored item takes its class.
        const std::vector<uint64_t> hashes = {0b0000, 0b0011, 0xFFFF'0000, 0xFFFF'0001};
        const std::vector<int32_t> anchors = {1, kAbstain, 2, kAbstain};
        const auto dup = nearDuplicateVotes(hashes, anchors, 2);
        QCOMPARE(dup, (std::vector<int32_t>{kAbstain, 1, kAbstain, 2}));  // never its own label

        // Neighbours: two clusters; k = 2 agree inside each.
        const std::vector<float> vectors = {1, 0, 0, 0.9f, 0.1f, 0, 0.95f, 0,     0.05f,
                                            0, 1, 0, 0.1f, 0.9f, 0, 0,     0.95f, 0.05f};
        const std::vector<int32_t> labels = {0, 0, kAbstain, 1, 1, kAbstain};
        const auto knn = neighbourVotes(vectors, 3, labels, 2);
        QCOMPARE(knn[2], 0);
        QCOMPARE(knn[5], 1);
        QCOMPARE(knn[0], kAbstain);  // its other neighbours: one 0, one 1

        const std::vector<float> probabilities = {0.7f, 0.3f, 0.4f, 0.6f, 0, 0};
        QCOMPARE(confidentVotes(probabilities, 2, 0.65),
                 (std::vector<int32_t>{0, kAbstain, kAbstain}));
    }

    void badInputIsOneClearSentence()
    {
        LfDefinition regex;
        regex.className = "dark";
        regex.syntax = PatternSyntax::Regex;
        regex.pattern = "([a-z";
        QVERIFY(makeLfVoter("broken", regex, kClasses)
                    .error()
                    .message.find("'([a-z' is not a valid regular expression") !=
                std::string::npos);

        LfDefinition unknown = regex;
        unknown.syntax = PatternSyntax::Glob;
        unknown.className = "Cat";
        QCOMPARE(makeLfVoter("cats", unknown, kClasses).error().message,
                 std::string("labeling function 'cats': the project has no class 'Cat' "
                             "(classes: dark, bright, other)"));

        LfDefinition cascade;
        cascade.kind = LfKind::Cascade;
        cascade.className = "dark";
        cascade.cascadePath = "/nonexistent/faces.xml";
        QVERIFY(makeLfVoter("faces", cascade, kClasses)
                    .error()
                    .message.find("the cascade '/nonexistent/faces.xml' does not load") !=
                std::string::npos);
        QTemporaryDir dir;
        const QString notXml = dir.filePath(QStringLiteral("faces.xml"));
        writeBytes(notXml, "<opencv_storage>nothing</opencv_storage>");
        cascade.cascadePath = notXml.toStdString();
        QVERIFY(makeLfVoter("faces", cascade, kClasses)
                    .error()
                    .message.find("is not an OpenCV cascade") != std::string::npos);

        LfDefinition templ;
        templ.kind = LfKind::Template;
        templ.className = "dark";
        templ.templatePath = dir.filePath(QStringLiteral("ref.png")).toStdString();
        writeBytes(dir.filePath(QStringLiteral("ref.png")), "not a png at all");
        QVERIFY(makeLfVoter("logo", templ, kClasses)
                    .error()
                    .message.find("labeling function 'logo': the template image does not decode") ==
                0);

        QCOMPARE(lfSetFromJson(R"({"format": "triage-labeling-functions", "version": 9,)"
                               R"( "functions": []})")
                     .error()
                     .code,
                 ErrorCode::UnsupportedVersion);
        QVERIFY(lfSetFromJson("{\"format\": \"triage-labeling-functions\"")
                    .error()
                    .message.find("not a labeling-function file") == 0);
        const auto unknownAttribute =
            lfSetFromJson(R"({"format": "triage-labeling-functions", "version": 1,)"
                          R"( "functions": [{"name": "x", "kind": "rule", "class": "a",)"
                          R"( "conditions": [{"attribute": "loudness", "min": 1}]}]})")
                .error()
                .message;
        QVERIFY2(unknownAttribute.find("labeling function 'x': no condition tests \"loudness\"") ==
                     0,
                 unknownAttribute.c_str());
    }

    void anExportedSetReadsBackTheSame()
    {
        LfDefinition folder;
        folder.kind = LfKind::Folder;
        folder.folderClasses = {{"a", "dark"}, {"b", "bright"}};
        LfDefinition cascade;
        cascade.kind = LfKind::Cascade;
        cascade.className = "other";
        cascade.cascadePath = "faces.xml";
        cascade.cascadeMode = CascadeMode::Never;
        LfDefinition neighbours;
        neighbours.kind = LfKind::NearestNeighbours;
        neighbours.modelName = "pixels";
        neighbours.neighbours = 7;
        const std::vector<NamedLf> set = {
            {"r", true,
             rule("dark", {{LfAttribute::Hue, 340, 20, {}},
                           {LfAttribute::Format, {}, {}, {"png", "jpeg"}}})},
            {"f", false, folder},
            {"c", true, cascade},
            {"n", true, neighbours}};
        auto back = lfSetFromJson(lfSetJson(set));
        QVERIFY2(back, back ? "" : back.error().message.c_str());
        QCOMPARE(back->size(), set.size());
        for (size_t i = 0; i < set.size(); ++i) {
            QCOMPARE((*back)[i].name, set[i].name);
            QCOMPARE((*back)[i].enabled, set[i].enabled);
            QVERIFY((*back)[i].definition == set[i].definition);
        }
    }

    void analysisMatchesAHandCount()
    {
        // 4 items, 3 LFs, classes 0/1. Item 0: 0,0,-; 1: 0,1,1; 2: -,-,-; 3: 1,-,1.
        const VoteMatrix votes{4, 3, 2, {0, 0, -1, 0, 1, 1, -1, -1, -1, 1, -1, 1}};
        const std::vector<int32_t> anchors = {0, 1, kAbstain, 0};
        const VoteAnalysis a = analyzeVotes(votes, anchors);
        QCOMPARE(a.covered, int64_t(3));
        QCOMPARE(a.conflicted, int64_t(1));  // item 1
        QCOMPARE(a.lfs[0].votes, int64_t(3));
        QCOMPARE(a.lfs[0].overlaps, int64_t(3));
        QCOMPARE(a.lfs[0].conflicts, int64_t(1));
        QCOMPARE(a.lfs[0].checked, int64_t(3));
        QCOMPARE(a.lfs[0].correct, int64_t(1));  // right on item 0 only
        QCOMPARE(a.lfs[2].correct, int64_t(1));  // item 1
        QCOMPARE(a.lfs[2].checked, int64_t(2));
        QCOMPARE(a.lfs[2].accuracy, 0.5);
        // Wilson's interval for 1 of 2 at 95%: 0.0945 to 0.9055.
        QVERIFY(std::abs(a.lfs[2].accuracyLow - 0.0945) < 1e-3);
        QVERIFY(std::abs(a.lfs[2].accuracyHigh - 0.9055) < 1e-3);
        QCOMPARE(a.lfs[1].conflicts, int64_t(1));
    }

    void temperatureScalingUndoesOverconfidence()
    {
        // Labels drawn from p^(1/2): a model whose output is p^2 (renormalised) is
        // over-confident by T = 2, and the fit should find about that.
        std::mt19937 rng(5);
        std::vector<float> overconfident;
        std::vector<int32_t> labels;
        for (int i = 0; i < 4000; ++i) {
            const double truthP = std::uniform_real_distribution<double>(0.5, 0.95)(rng);
            labels.push_back(std::bernoulli_distribution(truthP)(rng) ? 0 : 1);
            const double a = truthP * truthP, b = (1 - truthP) * (1 - truthP);
            overconfident.push_back(float(a / (a + b)));
            overconfident.push_back(float(b / (a + b)));
        }
        const double t = fitTemperature(overconfident, 2, labels);
        QVERIFY2(t > 1.8 && t < 2.2, std::to_string(t).c_str());
        auto rescaled = overconfident;
        applyTemperature(rescaled, 2, t);
        QVERIFY(rescaled[0] < overconfident[0] || overconfident[0] < 0.5f);
        QCOMPARE(fitTemperature({}, 2, {}), 1.0);

        // Expected calibration error: by hand, two at 0.95 with one right (gap 0.9 in that
        // bin) and two at 0.65 both right (gap 0.7): (0.9 + 0.7) / 4.
        const std::vector<double> confidences{0.95, 0.95, 0.65, 0.65};
        const std::vector<uint8_t> right{1, 0, 1, 1};
        QVERIFY(std::abs(expectedCalibrationError(confidences, right) - 0.4) < 1e-12);
        QCOMPARE(expectedCalibrationError({}, {}), -1.0);
        // And on the over-confident model above, the fitted temperature shrinks it.
        auto ece = [&](const std::vector<float> &probabilities) {
            std::vector<double> top;
            std::vector<uint8_t> hit;
            for (size_t i = 0; i < labels.size(); ++i) {
                const bool first = probabilities[2 * i] >= probabilities[2 * i + 1];
                top.push_back(first ? probabilities[2 * i] : probabilities[2 * i + 1]);
                hit.push_back((first ? 0 : 1) == labels[i] ? 1 : 0);
            }
            return expectedCalibrationError(top, hit);
        };
        QVERIFY2(ece(rescaled) < ece(overconfident) / 2,
                 (std::to_string(ece(rescaled)) + " vs " + std::to_string(ece(overconfident))).c_str());
    }

    // Active learning labels the hard items: here 900 of 1,000 labels are hard items (the
    // model says 0.5-0.7 and is that often right) and 100 easy ones (it says 0.85-0.95 and
    // is right 99.5% of the time); the pool is 90% easy. One temperature fitted on the
    // labels as they are fits the hard corner and leaves the easy majority under-confident;
    // weighted to the pool's spread of confidence it sharpens, and the pool's calibration
    // error falls.
    void calibrationCorrectsForHowLabelsWereChosen()
    {
        // By hand: labelled tops in bins 5, 5, 9, 9 (shares 1/2, 1/2); the pool's 1/4, 3/4.
        const std::vector<float> labelledRows{0.55f, 0.45f, 0.45f, 0.55f, 0.95f, 0.05f, 0.05f, 0.95f};
        const std::vector<float> poolRows{0.55f, 0.45f, 0.95f, 0.05f, 0.95f, 0.05f, 0.05f, 0.95f};
        const auto byHand = confidenceShiftWeights(labelledRows, poolRows, 2);
        QCOMPARE(byHand.size(), size_t(4));
        for (size_t i = 0; i < 4; ++i) {
            QVERIFY(std::abs(byHand[i] - (i < 2 ? 0.5 : 1.5)) < 1e-9);
        }
        // A bin the pool crowds and the labels barely touch is weighed at most kMaxShiftWeight.
        std::vector<float> oneEasy{0.95f, 0.05f}, allEasy{0.95f, 0.05f};  // of 100 labels
        for (int i = 0; i < 99; ++i) {
            oneEasy.insert(oneEasy.end(), {0.55f, 0.45f});
        }
        QCOMPARE(confidenceShiftWeights(oneEasy, allEasy, 2)[0], kMaxShiftWeight);  // not 100

        std::mt19937 rng(8);
        auto draw = [&](bool easy, std::vector<float> &rows, std::vector<int32_t> &labels) {
            const double said = easy ? std::uniform_real_distribution<double>(0.85, 0.95)(rng)
                                     : std::uniform_real_distribution<double>(0.5, 0.7)(rng);
            const double right = easy ? 0.995 : said;
            rows.insert(rows.end(), {float(said), float(1 - said)});
            labels.push_back(std::bernoulli_distribution(right)(rng) ? 0 : 1);
        };
        std::vector<float> labelled, pool;
        std::vector<int32_t> labelledTruth, poolTruth;
        for (int i = 0; i < 1000; ++i) {
            draw(i >= 900, labelled, labelledTruth);
        }
        for (int i = 0; i < 10000; ++i) {
            draw(i % 10 != 0, pool, poolTruth);
        }
        const double plain = fitTemperature(labelled, 2, labelledTruth);
        const double weighted = fitTemperature(labelled, 2, labelledTruth,
                                               confidenceShiftWeights(labelled, pool, 2));
        QVERIFY2(weighted < plain, (std::to_string(weighted) + " vs " + std::to_string(plain)).c_str());
        auto poolError = [&](double t) {
            auto rows = pool;
            applyTemperature(rows, 2, t);
            std::vector<double> top;
            std::vector<uint8_t> hit;
            for (size_t i = 0; i < poolTruth.size(); ++i) {
                top.push_back(std::max(rows[2 * i], rows[2 * i + 1]));
                hit.push_back((rows[2 * i] >= rows[2 * i + 1] ? 0 : 1) == poolTruth[i]);
            }
            return expectedCalibrationError(top, hit);
        };
        QVERIFY2(poolError(weighted) < poolError(plain) / 2,
                 (std::to_string(poolError(weighted)) + " vs " + std::to_string(poolError(plain))).c_str());
    }

    void editingMakesVersionsAndKeepsTheirVotes()
    {
        QTemporaryDir dir;
        auto store = ProjectStore::open(
            createImportedProject(dir.path(), QStringLiteral("v"), 6).toStdString());
        QVERIFY(store);
        LfDefinition d;
        d.className = "a";
        d.pattern = "0.png";
        QVERIFY(addLabelingFunction(*store, "zero", d));
        ApplyLabelingFunctionsJob job;
        QVERIFY(job.apply(*store, {}, CancelToken{}));
        auto v1 = store->labelingFunctions().byName("zero");
        QCOMPARE((*v1)->votes, int64_t(1));
        d.pattern = "[0-9].png";
        auto v2 = editLabelingFunction(*store, "zero", d);
        QVERIFY(v2);
        QCOMPARE(v2->version, 2);
        QCOMPARE(v2->votes, int64_t(0));  // a new version votes when applied
        QCOMPARE(editLabelingFunction(*store, "zero", d)->version, 2);  // unchanged: no version
        QVERIFY(job.apply(*store, {}, CancelToken{}));
        auto history = store->labelingFunctions().history((*v1)->id);
        QCOMPARE(history->size(), size_t(2));
        QCOMPARE((*history)[0].votes, int64_t(1));
        QCOMPARE((*history)[1].votes, int64_t(6));
        QCOMPARE(removeLabelingFunction(*store, "learner").error().code,
                 ErrorCode::InvalidArgument);
        QVERIFY(removeLabelingFunction(*store, "zero"));
        QCOMPARE(store->labelingFunctions().list()->size(), size_t(1));  // the learner's
    }

    void applyResumesAfterCancelAndRoutesByTheLabelModel()
    {
        QTemporaryDir dir;
        const int count = 1200;  // three batches
        auto store = ProjectStore::open(
            createImportedProject(dir.path(), QStringLiteral("r"), count).toStdString());
        QVERIFY(store);
        // Images 0, 3, 6, ... are class a: name patterns that are right, and one that is not.
        auto items = store->items().usableAfter(0, count);
        for (const auto &item : *items) {
            const int n = std::stoi(std::filesystem::path(item.meta.path).stem().string());
            if (n < 90) {
                DecisionInput decision;
                decision.itemId = item.id;
                decision.classId = store->classes()[size_t(n % 3)].id;
                decision.annotator = "t";
                QVERIFY(store->decisions().record(decision));
            }
        }
        RoutingPolicy policy;
        policy.minHumanLabelsPerClass = 5;
        QVERIFY(store->settings().setRoutingPolicy(policy));
        for (int c = 0; c < 3; ++c) {
            LfDefinition d;
            d.syntax = PatternSyntax::Regex;
            d.className = store->classes()[size_t(c)].name;
            d.pattern = "^[0-9]*[" +
                        std::string(c == 0   ? "0369"
                                    : c == 1 ? "147"
                                             : "258") +
                        "]\\.png$";  // the last digit alone says little: noisy on purpose
            QVERIFY(addLabelingFunction(*store, "digit" + std::to_string(c), d));
        }
        CancelToken cancel;
        ApplyLabelingFunctionsJob job;
        auto cancelled = job.apply(
            *store,
            [&](const Progress &p) {
                if (p.stage == "apply" && p.done > 0) {
                    cancel.cancel();
                }
            },
            cancel);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        const auto partly = store->labelingFunctions().byName("digit0");
        QVERIFY((*partly)->appliedThrough > 0 && (*partly)->appliedThrough < count);
        auto report = job.apply(*store, {}, CancelToken{});
        QVERIFY2(report, report ? "" : report.error().message.c_str());
        QCOMPARE(report->items, int64_t(count) - (*partly)->appliedThrough);
        QVERIFY(report->labelModel.has_value());
        QCOMPARE(report->labelModel->kind, LabelModelKind::DawidSkene);
        // Every item has exactly one vote from the three (the last digit picks one).
        const auto analysis = analyzeLabelingFunctions(*store);
        QVERIFY(analysis);
        QCOMPARE(analysis->covered, int64_t(count));
        int64_t votes = 0;
        for (const auto &row : analysis->rows) {
            votes += row.statistics.votes;
        }
        QCOMPARE(votes, int64_t(count));
        QCOMPARE(report->routing.autoAccepted + report->routing.queued, int64_t(count - 90));
        auto counts = store->items().counts();
        QCOMPARE(counts->autoAccepted, report->routing.autoAccepted);
        QCOMPARE(counts->humanLabeled, int64_t(90));  // nothing automatic touched them
    }
};

QTEST_GUILESS_MAIN(TestLabelingFunctions)
#include "tst_labelingfunctions.moc"
