// Suspect labels: on a generated task with a known share of flipped labels, confident
// learning finds the flipped ones and leaves the right ones alone.
#include "suspectlabels.h"

#include <QTest>

#include <random>
#include <set>

using namespace triage;

class TestSuspectLabels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findsFlippedLabels()
    {
        constexpr int kClasses = 4;
        constexpr size_t kItems = 2000;
        std::mt19937 rng(3);
        std::uniform_real_distribution<float> confidence(0.55f, 0.97f), unit(0.0f, 1.0f);
        std::vector<float> probabilities;
        std::vector<int32_t> labels;
        std::set<size_t> flipped;
        for (size_t i = 0; i < kItems; ++i) {
            // A model that is right about the true class, with some doubt spread over the rest.
            const int32_t truth = int32_t(i % kClasses);
            const float top = confidence(rng);
            std::vector<float> row(kClasses);
            float rest = 0;
            for (int c = 0; c < kClasses; ++c) {
                row[size_t(c)] = c == truth ? 0.0f : unit(rng) + 0.01f;
                rest += row[size_t(c)];
            }
            for (int c = 0; c < kClasses; ++c) {
                row[size_t(c)] = c == truth ? top : row[size_t(c)] / rest * (1 - top);
            }
            probabilities.insert(probabilities.end(), row.begin(), row.end());
            // One label in ten flipped to another class.
            int32_t label = truth;
            if (i % 10 == 7) {
                label = (truth + 1 + int32_t(rng() % (kClasses - 1))) % kClasses;
                flipped.insert(i);
            }
            labels.push_back(label);
        }
        const auto suspects = findSuspectLabels(probabilities, labels, kClasses);
        size_t found = 0;
        for (const SuspectLabel &s : suspects) {
            found += flipped.count(s.index);
            QVERIFY(s.suggested != labels[s.index]);
            QVERIFY(s.suggestedProbability > s.labelProbability);
        }
        const double recall = double(found) / double(flipped.size());
        const double precision = double(found) / double(suspects.size());
        // Found: the flipped items whose true class the model is as sure of as usual (about
        // 60% here, where the model's confidence runs from 0.55 to 0.97); hardly a right one.
        QVERIFY2(recall > 0.5 && precision > 0.95,
                 qPrintable(QStringLiteral("recall %1, precision %2").arg(recall).arg(precision)));
        // Most suspect first.
        for (size_t i = 1; i < suspects.size(); ++i) {
            QVERIFY(suspects[i - 1].suggestedProbability - suspects[i - 1].labelProbability >=
                    suspects[i].suggestedProbability - suspects[i].labelProbability);
        }
    }

    // Right labels from a timid class stay unsuspected: thresholds are per class.
    void aTimidClassIsNotSuspect()
    {
        // Class 1 is always predicted at 0.45 (the rest 0.55 spread), yet labelled right.
        const std::vector<float> probabilities{0.90f, 0.05f, 0.05f, 0.30f, 0.45f, 0.25f,
                                               0.28f, 0.45f, 0.27f, 0.05f, 0.05f, 0.90f};
        const std::vector<int32_t> labels{0, 1, 1, 2};
        QVERIFY(findSuspectLabels(probabilities, labels, 3).empty());
        // Labelled 0, but the model gives class 2 what class 2's items get: suspect.
        const std::vector<int32_t> wrong{0, 1, 1, 2, 0};
        const std::vector<float> withWrong{0.90f, 0.05f, 0.05f, 0.30f, 0.45f, 0.25f,
                                           0.28f, 0.45f, 0.27f, 0.05f, 0.05f, 0.90f,
                                           0.04f, 0.04f, 0.92f};
        const auto suspects = findSuspectLabels(withWrong, wrong, 3);
        QCOMPARE(suspects.size(), size_t(1));
        QCOMPARE(suspects[0].index, size_t(4));
        QCOMPARE(suspects[0].suggested, 2);
    }
};

QTEST_GUILESS_MAIN(TestSuspectLabels)
#include "tst_suspectlabels.moc"
