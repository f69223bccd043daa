// triage-ml-check: trains the learner on generated images with the standard library and
// LibTorch alone, and checks what the product relies on: it learns (held-out accuracy),
// its probabilities are distributions, it round-trips through serialize(), and a wrong
// shape is an error, not a crash. Prints the device and the timings; exits 1 on a failure.
#include "learner.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>

using namespace triage;

namespace {

constexpr int kSize = 32;
constexpr int kClasses = 3;

// Class 0: horizontal stripes, 1: vertical stripes, 2: a bright centre; noise on top.
std::vector<uint8_t> makeImages(int perClass, uint32_t seed, std::vector<int32_t> &labels)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> noise(0, 25);
    std::vector<uint8_t> pixels;
    for (int i = 0; i < perClass * kClasses; ++i) {
        const int cls = i % kClasses;
        labels.push_back(cls);
        const int shift = int(rng() % 4);
        for (int c = 0; c < 3; ++c) {
            for (int y = 0; y < kSize; ++y) {
                for (int x = 0; x < kSize; ++x) {
                    float v = 60;
                    if (cls == 0 && ((y + shift) / 4) % 2 == 0) {
                        v = 190;
                    } else if (cls == 1 && ((x + shift) / 4) % 2 == 0) {
                        v = 190;
                    } else if (cls == 2 && std::hypot(x - 16.0 - shift, y - 16.0) < 8) {
                        v = 220;
                    }
                    pixels.push_back(uint8_t(std::clamp(v + noise(rng), 0.0f, 255.0f)));
                }
            }
        }
    }
    return pixels;
}

int failures = 0;

void check(bool ok, const char *what)
{
    std::printf("%s %s\n", ok ? "ok  " : "FAIL", what);
    failures += ok ? 0 : 1;
}

double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

}  // namespace

int main()
{
    std::printf("device: %s\n", computeDeviceDescription().c_str());
    std::vector<int32_t> trainLabels, testLabels;
    const auto train = makeImages(60, 1, trainLabels);
    const auto test = makeImages(40, 2, testLabels);
    const ImageTensorView trainView{train.data(), int64_t(trainLabels.size()), 3, kSize, kSize};
    const ImageTensorView testView{test.data(), int64_t(testLabels.size()), 3, kSize, kSize};

    LearnerConfig config;
    config.maxEpochs = 20;
    auto learner = Learner::create(kClasses, config);
    check(learner.ok(), "a learner is created");
    if (!learner) {
        return 1;
    }
    const auto started = std::chrono::steady_clock::now();
    auto report = learner->train(trainView, trainLabels, {}, CancelToken());
    const double trainSeconds = seconds(started);
    check(report.ok(), report ? "training succeeds" : report.error().message.c_str());
    if (!report) {
        return 1;
    }
    std::vector<float> probabilities(testLabels.size() * kClasses);
    const auto scoring = std::chrono::steady_clock::now();
    check(learner->predict(testView, probabilities, {}, CancelToken()).ok(), "scoring succeeds");
    const double scoreSeconds = seconds(scoring);
    int right = 0;
    bool distributions = true;
    for (size_t i = 0; i < testLabels.size(); ++i) {
        const float *row = probabilities.data() + i * kClasses;
        right += int(std::max_element(row, row + kClasses) - row) == testLabels[i];
        float sum = 0;
        for (int c = 0; c < kClasses; ++c) {
            distributions = distributions && row[c] >= 0 && row[c] <= 1;
            sum += row[c];
        }
        distributions = distributions && std::abs(sum - 1) < 1e-4f;
    }
    const double accuracy = double(right) / double(testLabels.size());
    std::printf("held-out accuracy %.3f; train %.2f s (%d epochs), score %.3f s for %zu images\n",
                accuracy, trainSeconds, report->epochs, scoreSeconds, testLabels.size());
    check(accuracy >= 0.9, "held-out accuracy is at least 90%");
    check(distributions, "every row of probabilities is a distribution");

    auto bytes = learner->serialize();
    auto restored = bytes ? Learner::deserialize(*bytes) : Result<Learner>(bytes.error());
    std::vector<float> again(probabilities.size());
    check(restored && restored->predict(testView, again, {}, CancelToken()).ok() &&
              std::equal(again.begin(), again.end(), probabilities.begin(),
                         [](float a, float b) { return std::abs(a - b) < 1e-5f; }),
          "a serialized learner scores the same");

    const ImageTensorView wrong{test.data(), 4, 3, 16, 16};
    std::vector<float> out(4 * kClasses);
    check(!learner->predict(wrong, out, {}, CancelToken()).ok(), "a wrong input shape is an error");
    return failures == 0 ? 0 : 1;
}
