// Target precision: the bounds, per-class thresholds that keep their promise on the pool
// although the evidence was drawn as active learning draws it, overconfidence caught,
// withheld classes with the evidence they still need.
#include "precisiontarget.h"

#include <QTest>

#include <random>

using namespace triage;

namespace {

// Items whose confidence is honest: each is right with the probability it reports.
std::vector<PrecisionEvidence> calibratedSample(size_t count, uint32_t seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> confidence(0.5, 1.0), coin(0.0, 1.0);
    std::vector<PrecisionEvidence> sample;
    for (size_t i = 0; i < count; ++i) {
        const double p = confidence(rng);
        sample.push_back({p, coin(rng) < p});
    }
    return sample;
}

class ScoresOfTwoClasses final : public ProbabilitySource {
public:
    std::vector<int64_t> ids{1, 2, 3, 4};
    std::vector<float> rows{0.9f, 0.1f, 0.8f, 0.2f, 0.3f, 0.7f, 0.6f, 0.4f};
    std::span<const int64_t> itemIds() const override { return ids; }
    size_t classCount() const override { return 2; }
    std::span<const float> row(size_t r) const override
    {
        return std::span<const float>(rows).subspan(r * 2, 2);
    }
    int64_t modelVersionId() const override { return 1; }
};

}  // namespace

class TestPrecisionTarget : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void boundsMatchHandComputedValues()
    {
        // Poisson one-sided 95% upper bounds: 3.00 after no event, 4.74 after one, 6.30
        // after two (chi-square tables); the approximation is within 1%.
        QVERIFY(std::abs(poissonUpperBound(0) - 2.996) < 0.03);
        QVERIFY(std::abs(poissonUpperBound(1) - 4.744) < 0.05);
        QVERIFY(std::abs(poissonUpperBound(2) - 6.296) < 0.06);
        const auto [low, high] = wilsonInterval(45, 50);  // two-sided 95%: 0.7864 .. 0.9565
        QVERIFY(std::abs(low - 0.78640) < 1e-4 && std::abs(high - 0.95652) < 1e-4);
        QCOMPARE(wilsonInterval(0, 0).first, -1.0);
    }

    // Chosen on 3,000 labelled items drawn as active learning draws them (the uncertain
    // ones far more often), the threshold holds its target on the 50,000-item pool.
    void thresholdMeetsTheTargetOnThePool()
    {
        std::vector<PrecisionEvidence> labelled;
        std::mt19937 rng(7);
        std::uniform_real_distribution<double> coin(0.0, 1.0);
        for (const auto &item : calibratedSample(30000, 1)) {
            if (coin(rng) < 2 * (1 - item.confidence)) {  // uncertain items asked about most
                labelled.push_back(item);
            }
        }
        const auto pool = calibratedSample(50000, 2);
        std::vector<double> poolConfidences;
        for (const auto &item : pool) {
            poolConfidences.push_back(item.confidence);
        }
        for (const double target : {0.9, 0.95, 0.97}) {
            const auto chosen = chooseThreshold(labelled, poolConfidences, target);
            QVERIFY(chosen.accepted);
            QVERIFY(chosen.lowerBound >= target);
            int64_t accepted = 0, right = 0;
            for (const auto &item : pool) {
                if (item.confidence >= chosen.threshold) {
                    ++accepted;
                    right += item.right;
                }
            }
            QVERIFY(accepted > 5000);
            const double precision = double(right) / double(accepted);
            QVERIFY2(precision >= target,
                     qPrintable(QStringLiteral("target %1: precision %2 at threshold %3")
                                    .arg(target)
                                    .arg(precision)
                                    .arg(chosen.threshold)));
        }
    }

    // A model more confident than it is right: the evidence's errors outrun what its
    // confidences expect, and the bound withholds what calibration alone would accept.
    void overconfidenceIsCaught()
    {
        std::vector<PrecisionEvidence> labelled;
        std::vector<double> pool;
        std::mt19937 rng(9);
        std::uniform_real_distribution<double> coin(0.0, 1.0);
        for (int i = 0; i < 4000; ++i) {
            const double reported = 0.97 + 0.03 * coin(rng);  // says 97-100%, is right 90%
            labelled.push_back({reported, coin(rng) < 0.9});
            pool.push_back(0.97 + 0.03 * coin(rng));
        }
        const auto chosen = chooseThreshold(labelled, pool, 0.95);
        QVERIFY(!chosen.accepted);
        QVERIFY(chosen.candidate < 1);  // calibration alone would have accepted
        QVERIFY(chosen.lowerBound < 0.95);
    }

    // Every class's evidence together is well calibrated, but one class's own items show
    // far more errors than that allows: it is judged on its own, and withheld.
    void aClassThatContradictsTheRestIsJudgedAlone()
    {
        std::vector<PrecisionEvidence> all, bad;
        for (int i = 0; i < 3000; ++i) {
            all.push_back({0.995, i % 200 != 0});  // 0.5% wrong, as calibrated
        }
        for (int i = 0; i < 100; ++i) {
            bad.push_back({0.995, i % 10 != 0});  // 10% wrong at 99.5% confidence
        }
        all.insert(all.end(), bad.begin(), bad.end());
        const std::vector<double> pool(1000, 0.995);
        const auto fine = chooseThreshold({}, all, pool, 0.98);
        QVERIFY(fine.accepted && !fine.ownEvidence);
        const auto judged = chooseThreshold(bad, all, pool, 0.98);
        QVERIFY(!judged.accepted);
        QVERIFY(judged.ownEvidence);
    }

    // 30 right answers at 0.99 against a pool at 0.99: the error ratio's bound is
    // 3.0 / 0.3 = 10, so precision is only bounded at 90%; 95% needs the expected errors
    // of the evidence at 3.0 x 0.01 / 0.05 = 0.6, 30 more such answers.
    void withholdsAClassThatLacksEvidence()
    {
        std::vector<PrecisionEvidence> evidence(30, PrecisionEvidence{0.99, true});
        const std::vector<double> pool(500, 0.99);
        const auto withheld = chooseThreshold(evidence, pool, 0.95);
        QVERIFY(!withheld.accepted);
        QCOMPARE(withheld.evidence, int64_t(30));
        QCOMPARE(withheld.candidate, 0.99);
        QVERIFY(std::abs(withheld.lowerBound - (1 - poissonUpperBound(0) / 0.3 * 0.01)) < 1e-9);
        QCOMPARE(withheld.moreNeeded,
                 int64_t(std::ceil((poissonUpperBound(0) * 0.01 / 0.05 - 0.3) / 0.01)));
        // With that many more the class is accepted.
        evidence.resize(size_t(30 + withheld.moreNeeded), PrecisionEvidence{0.99, true});
        QVERIFY(chooseThreshold(evidence, pool, 0.95).accepted);
        // Probabilities saturated at 1 promise no more than 99.99%: no evidence, no accept.
        QVERIFY(!chooseThreshold({}, std::vector<double>(500, 1.0), 0.95).accepted);
        // A pool no threshold can promise 95% for: no evidence would do.
        const auto hopeless = chooseThreshold(evidence, std::vector<double>(500, 0.9), 0.95);
        QVERIFY(!hopeless.accepted);
        QCOMPARE(hopeless.moreNeeded, int64_t(-1));
    }

    // Evidence per class is the labelled items whose top class it is; routing reads the
    // result as one threshold per class position.
    void classThresholdsGatherEvidenceByTopClass()
    {
        const std::vector<ClassInfo> classes{{10, "a", 0}, {11, "b", 1}};
        const std::unordered_map<int64_t, int64_t> labelOf{{1, 10}, {2, 11}, {3, 11}};
        const auto thresholds = classThresholds(ScoresOfTwoClasses(), classes, labelOf, 0.6);
        QCOMPARE(thresholds.size(), size_t(2));
        QCOMPARE(thresholds[0].classId, int64_t(10));
        QVERIFY(!thresholds[0].accepted && !thresholds[1].accepted);
        // Class a's pool is item 4 (0.6): no threshold promises 60%+... (0.6 >= 0.6 does).
        QCOMPARE(thresholds[0].candidate, 0.6f);
        QCOMPARE(thresholds[0].evidence, int64_t(2));  // items 1 (right) and 2 (wrong)
        QCOMPARE(thresholds[0].right, int64_t(1));
        QCOMPARE(thresholds[1].moreNeeded, int64_t(-1));  // b has no unlabelled item
        const auto routing = classRouting(thresholds, ScoresOfTwoClasses(), labelOf, 0.02);
        QCOMPARE(routing.accept, std::vector<double>({2.0, 2.0}));
        QCOMPARE(routing.audit, std::vector<double>({double(0.6f), 2.0}));
        // a's evidence comes from its one unlabelled item at the candidate: half, at most.
        QCOMPARE(routing.auditShare, std::vector<double>({0.5, 0.02}));
    }
};

QTEST_GUILESS_MAIN(TestPrecisionTarget)
#include "tst_precisiontarget.moc"
