// The learner on a small generated dataset: it learns, its probabilities are valid and
// calibrated on held-out data, it round-trips through serialize(), and it refuses bad
// shapes and labels with a message. The same for a head on a frozen backbone's features.
#include "fixtures.h"
#include "learner.h"
#include "modelinput.h"
#include "poolcache.h"

#include <QTest>

#include <cmath>
#include <numeric>
#include <random>

using namespace triage;

namespace {

struct Dataset {
    std::vector<uint8_t> pixels;
    std::vector<int32_t> labels;
    ImageTensorView view() const
    {
        return ImageTensorView{pixels.data(), int64_t(labels.size()), 3, 32, 32};
    }
};

Dataset makeDataset(int perClass, int seedOffset)
{
    Dataset d;
    for (int i = 0; i < perClass; ++i) {
        for (int cls = 0; cls < 3; ++cls) {
            const size_t at = d.pixels.size();
            d.pixels.resize(at + 3 * 32 * 32);
            writeModelPixels(test::syntheticImage(cls, i + seedOffset, i % 2 ? 3 : 1),
                             learnerInputSpec(32), d.pixels.data() + at);
            d.labels.push_back(cls);
        }
    }
    return d;
}

// A frozen "backbone" made here: a fixed random projection of the learner input to 64
// values, through tanh. The head must learn the classes from these features alone.
constexpr int kFeatureWidth = 64;

std::vector<float> frozenFeatures(const Dataset &d)
{
    const size_t inputs = 3 * 32 * 32;
    std::mt19937 rng(11);
    std::normal_distribution<float> normal(0.0f, 1.0f / std::sqrt(float(inputs)));
    std::vector<float> projection(inputs * kFeatureWidth);
    for (float &w : projection) {
        w = normal(rng);
    }
    std::vector<float> features(d.labels.size() * kFeatureWidth);
    for (size_t i = 0; i < d.labels.size(); ++i) {
        for (int f = 0; f < kFeatureWidth; ++f) {
            float sum = 0;
            for (size_t p = 0; p < inputs; ++p) {
                sum += (float(d.pixels[i * inputs + p]) / 127.5f - 1.0f) * projection[p * kFeatureWidth + f];
            }
            features[i * kFeatureWidth + f] = std::tanh(sum);
        }
    }
    return features;
}

double accuracy(const std::vector<float> &probs, const std::vector<int32_t> &labels, int classes)
{
    int right = 0;
    for (size_t i = 0; i < labels.size(); ++i) {
        const float *row = probs.data() + i * classes;
        right += int(std::max_element(row, row + classes) - row) == labels[i];
    }
    return double(right) / double(labels.size());
}

}  // namespace

class TestLearner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void learnsAndScoresHeldOutImages()
    {
        const Dataset train = makeDataset(40, 0), test = makeDataset(30, 1000);
        LearnerConfig config;
        config.minSteps = 120;
        auto learner = Learner::create(3, config);
        QVERIFY(learner.ok());
        auto report = learner->train(train.view(), train.labels, {}, CancelToken());
        QVERIFY2(report.ok(), report.ok() ? "" : report.error().message.c_str());
        QVERIFY(report->validationCount > 0);
        QVERIFY(report->temperature > 0.2 && report->temperature < 11);
        QVERIFY(!report->device.empty());

        std::vector<float> probs(test.labels.size() * 3);
        QVERIFY(learner->predict(test.view(), probs, {}, CancelToken()).ok());
        for (size_t i = 0; i < test.labels.size(); ++i) {
            const float sum = probs[i * 3] + probs[i * 3 + 1] + probs[i * 3 + 2];
            QVERIFY(std::abs(sum - 1.f) < 1e-4f);
        }
        const double acc = accuracy(probs, test.labels, 3);
        QVERIFY2(acc > 0.9, qPrintable(QStringLiteral("held-out accuracy %1").arg(acc)));

        // Saved and restored, it scores identically.
        auto bytes = learner->serialize();
        QVERIFY(bytes.ok());
        auto restored = Learner::deserialize(*bytes);
        QVERIFY2(restored.ok(), restored.ok() ? "" : restored.error().message.c_str());
        QCOMPARE(restored->temperature(), learner->temperature());
        std::vector<float> again(probs.size());
        QVERIFY(restored->predict(test.view(), again, {}, CancelToken()).ok());
        for (size_t i = 0; i < probs.size(); ++i) {
            QVERIFY(std::abs(probs[i] - again[i]) < 1e-5f);
        }
    }

    void aHeadLearnsOnAFrozenBackbone()
    {
        const Dataset train = makeDataset(40, 0), test = makeDataset(30, 1000);
        const auto trainFeatures = frozenFeatures(train), testFeatures = frozenFeatures(test);
        LearnerConfig config;
        config.featureWidth = kFeatureWidth;
        config.minSteps = 120;
        auto learner = Learner::create(3, config);
        QVERIFY(learner.ok());
        QCOMPARE(learner->featureWidth(), kFeatureWidth);
        const FeatureView trainView{trainFeatures.data(), int64_t(train.labels.size()), kFeatureWidth};
        auto report = learner->train(trainView, train.labels, {}, CancelToken());
        QVERIFY2(report.ok(), report.ok() ? "" : report.error().message.c_str());
        std::vector<float> probs(test.labels.size() * 3);
        const FeatureView testView{testFeatures.data(), int64_t(test.labels.size()), kFeatureWidth};
        QVERIFY(learner->predict(testView, probs, {}, CancelToken()).ok());
        const double acc = accuracy(probs, test.labels, 3);
        QVERIFY2(acc > 0.9, qPrintable(QStringLiteral("held-out accuracy %1").arg(acc)));

        // Saved with its standardisation, it scores identically.
        auto restored = Learner::deserialize(learner->serialize().value());
        QVERIFY2(restored.ok(), restored.ok() ? "" : restored.error().message.c_str());
        QCOMPARE(restored->featureWidth(), kFeatureWidth);
        std::vector<float> again(probs.size());
        QVERIFY(restored->predict(testView, again, {}, CancelToken()).ok());
        for (size_t i = 0; i < probs.size(); ++i) {
            QVERIFY(std::abs(probs[i] - again[i]) < 1e-5f);
        }

        // Features of another width, or images, are refused with what it expects.
        auto narrow = learner->predict(FeatureView{testFeatures.data(), 3, 32}, probs, {},
                                       CancelToken());
        QVERIFY(!narrow.ok());
        QVERIFY2(narrow.error().message.find("feature vectors of width 64, got feature vectors of width 32") !=
                     std::string::npos,
                 narrow.error().message.c_str());
        QVERIFY(!learner->train(train.view(), train.labels, {}, CancelToken()).ok());
    }

    void trainingIsSeeded()
    {
        const Dataset train = makeDataset(8, 0);
        // Scored on noise, where nothing pins the output down but the weights themselves.
        Dataset noise = train;
        std::mt19937 rng(5);
        for (auto &p : noise.pixels) {
            p = uint8_t(rng() % 256);
        }
        auto scores = [&](uint64_t seed) {
            LearnerConfig config;
            config.minSteps = 20;
            config.maxEpochs = 3;
            config.seed = seed;
            std::vector<float> out(train.labels.size() * 3);
            auto learner = Learner::create(3, config);
            if (!learner->train(train.view(), train.labels, {}, CancelToken()).ok() ||
                !learner->predict(noise.view(), out, {}, CancelToken()).ok()) {
                out.clear();
            }
            return out;
        };
        auto largestDifference = [](const std::vector<float> &a, const std::vector<float> &b) {
            float largest = 0;
            for (size_t i = 0; i < a.size(); ++i) {
                largest = std::max(largest, std::abs(a[i] - b[i]));
            }
            return largest;
        };
        const auto first = scores(1), again = scores(1), other = scores(2);
        QVERIFY(!first.empty() && !again.empty() && !other.empty());
        // Same seed, same model (up to float reduction order across threads); another seed,
        // another model.
        QVERIFY(largestDifference(first, again) < 1e-3f);
        QVERIFY(largestDifference(first, other) > 1e-2f);
    }

    void refusesWrongShapesAndLabels()
    {
        const Dataset d = makeDataset(2, 0);
        auto learner = Learner::create(3, LearnerConfig{});
        ImageTensorView wrong = d.view();
        wrong.height = 28;
        auto shape = learner->train(wrong, d.labels, {}, CancelToken());
        QVERIFY(!shape.ok());
        QVERIFY2(shape.error().message.find("3x32x32, got 3x28x32") != std::string::npos,
                 shape.error().message.c_str());

        std::vector<int32_t> badLabels = d.labels;
        badLabels[0] = 7;
        QVERIFY(!learner->train(d.view(), badLabels, {}, CancelToken()).ok());
        std::vector<float> tooSmall(2);
        QVERIFY(!learner->predict(d.view(), tooSmall, {}, CancelToken()).ok());
        QVERIFY(!Learner::create(1, LearnerConfig{}).ok());
        QCOMPARE(Learner::deserialize({1, 2, 3}).error().code, ErrorCode::CorruptData);
    }

    // The label model's labels (weight below 1) are trained on; only people's are held out.
    void machineLabelsTrainButAreNeverHeldOut()
    {
        const Dataset d = makeDataset(20, 0);  // 60 labels
        LearnerConfig config;
        config.maxEpochs = 1;
        config.minSteps = 1;
        std::vector<float> weights(d.labels.size(), 0.9f);
        std::fill(weights.end() - 20, weights.end(), 1.0f);  // 20 from people
        config.folds = 1;
        auto learner = Learner::create(3, config);
        auto report = learner->train(d.view(), d.labels, weights, {}, CancelToken());
        QVERIFY2(report.ok(), report.ok() ? "" : report.error().message.c_str());
        QCOMPARE(report->validationCount, int64_t(3));  // 15% of the 20, at least 3
        QCOMPARE(report->trainCount, int64_t(57));
        auto unweighted = learner->train(d.view(), d.labels, {}, CancelToken());
        QCOMPARE(unweighted->validationCount, int64_t(9));  // 15% of all 60

        // Cross-fitted, every person's label is held out once, and no machine label is.
        config.folds = 4;
        auto folded = Learner::create(3, config);
        auto crossFitted = folded->train(d.view(), d.labels, weights, {}, CancelToken());
        QVERIFY(crossFitted.ok());
        auto heldOut = crossFitted->outOfFoldIndices;
        std::sort(heldOut.begin(), heldOut.end());
        std::vector<int64_t> people(20);
        std::iota(people.begin(), people.end(), int64_t(40));
        QCOMPARE(heldOut, people);
        QCOMPARE(crossFitted->trainCount, int64_t(60));  // the kept model: every label

        for (const std::vector<float> &bad :
             {std::vector<float>(5, 1.0f), std::vector<float>(60, 0.0f), std::vector<float>(60, 1.5f)}) {
            auto refused = learner->train(d.view(), d.labels, bad, {}, CancelToken());
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
        }
    }

    // Cross-fitting: k fold models, each person's label predicted once by the one that did not
    // train on it; the folds are stratified, the whole is seeded; the model kept trained on
    // every label, and it saves and restores.
    void crossFittingPredictsEveryLabelOutOfFold()
    {
        const Dataset train = makeDataset(16, 0), test = makeDataset(10, 1000);  // 48 labels
        LearnerConfig config;
        config.folds = 4;
        config.minSteps = 60;
        config.maxEpochs = 4;
        auto fit = [&]() {
            auto learner = Learner::create(3, config);
            auto report = learner->train(train.view(), train.labels, {}, CancelToken());
            return std::make_pair(std::move(*learner), report.value());
        };
        auto [learner, report] = fit();
        QCOMPARE(report.members, 5);  // four fold models and the one kept
        QCOMPARE(report.validationCount, int64_t(48));
        QCOMPARE(report.trainCount, int64_t(48));
        QCOMPARE(report.outOfFoldProbabilities.size(), size_t(48 * 3));
        auto indices = report.outOfFoldIndices;
        std::sort(indices.begin(), indices.end());
        for (size_t i = 0; i < indices.size(); ++i) {
            QCOMPARE(indices[i], int64_t(i));
        }
        // Stratified: the first member's fold holds 4 of each class.
        std::vector<int> firstFold(3, 0);
        for (size_t j = 0; j < 12; ++j) {
            ++firstFold[size_t(train.labels[size_t(report.outOfFoldIndices[j])])];
        }
        QCOMPARE(firstFold, std::vector<int>({4, 4, 4}));
        for (size_t r = 0; r < 48; ++r) {
            const float *row = report.outOfFoldProbabilities.data() + r * 3;
            QVERIFY(std::abs(row[0] + row[1] + row[2] - 1.f) < 1e-4f);
        }

        // Seeded: the same labels give the same out-of-fold predictions.
        auto [again, againReport] = fit();
        QCOMPARE(againReport.outOfFoldIndices, report.outOfFoldIndices);
        for (size_t i = 0; i < report.outOfFoldProbabilities.size(); ++i) {
            QVERIFY(std::abs(report.outOfFoldProbabilities[i] - againReport.outOfFoldProbabilities[i]) <
                    1e-3f);
        }

        // The kept model scores well and round-trips.
        std::vector<float> probs(test.labels.size() * 3), restoredProbs(probs.size());
        QVERIFY(learner.predict(test.view(), probs, {}, CancelToken()).ok());
        QVERIFY2(accuracy(probs, test.labels, 3) > 0.9,
                 qPrintable(QString::number(accuracy(probs, test.labels, 3))));
        auto restored = Learner::deserialize(learner.serialize().value());
        QVERIFY2(restored.ok(), restored.ok() ? "" : restored.error().message.c_str());
        QVERIFY(restored->predict(test.view(), restoredProbs, {}, CancelToken()).ok());
        for (size_t i = 0; i < probs.size(); ++i) {
            QVERIFY(std::abs(probs[i] - restoredProbs[i]) < 1e-5f);
        }
        config.folds = 17;
        QVERIFY(!Learner::create(3, config).ok());
    }

    void cancelStopsTraining()
    {
        const Dataset d = makeDataset(10, 0);
        auto learner = Learner::create(3, LearnerConfig{});
        CancelToken cancel;
        cancel.cancel();
        auto report = learner->train(d.view(), d.labels, {}, cancel);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestLearner)
#include "tst_learner.moc"
