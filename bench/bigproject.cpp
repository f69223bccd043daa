// triage-bench-bigproject: a synthetic project of COUNT items for the review and browse
// benchmarks, written through the store in a few seconds instead of importing for minutes.
// Item i is record (i mod R) of IDX file (i / R) of FILES (R: records per file); the
// benchmark passes symbolic links to one Fashion-MNIST file, so a million items cost no
// disk. The first LABELLED items get their Fashion-MNIST label as an import label; every
// other item gets a round of predictions (leaning to the true class, as a trained model's
// do) and is routed: confident ones auto-accepted, the rest queued, least confident first.
//
//   triage-bench-bigproject PROJECT LABELS_IDX COUNT LABELLED FILE...
#include "idxfile.h"
#include "numbertext.h"
#include "projectstore.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iostream>
#include <random>

using namespace triage;

namespace {

[[noreturn]] void fail(const std::string &message)
{
    std::cerr << "triage-bench-bigproject: " << message << '\n';
    std::exit(1);
}

void checkOk(const Result<void> &result)
{
    if (!result) {
        fail(result.error().message);
    }
}

constexpr int kClasses = 10;
constexpr int64_t kBatch = 20'000;
constexpr double kAutoAcceptAt = 0.97;

// A probability row that leans to `truth` by a random margin: a mix of confident and
// ambiguous items, as a model in mid-project gives.
std::vector<float> predictionFor(int truth, std::mt19937 &rng)
{
    std::normal_distribution<float> noise(0, 1);
    std::uniform_real_distribution<float> lean(0, 6);
    std::vector<float> logits(kClasses);
    for (float &l : logits) {
        l = noise(rng);
    }
    logits[size_t(truth)] += lean(rng);
    const float top = *std::max_element(logits.begin(), logits.end());
    float sum = 0;
    for (float &l : logits) {
        l = std::exp(l - top);
        sum += l;
    }
    for (float &l : logits) {
        l /= sum;
    }
    return logits;
}

}  // namespace

int main(int argc, char **argv)
{
    if (argc < 6) {
        std::cerr << "usage: triage-bench-bigproject PROJECT LABELS_IDX COUNT LABELLED FILE...\n";
        return 2;
    }
    const std::string projectPath = argv[1];
    const auto truth = readIdx(argv[2]);
    if (!truth || truth->dims.size() != 1) {
        fail(std::string(argv[2]) + ": not an IDX label file");
    }
    const int64_t count = std::stoll(argv[3]);
    const int64_t labelled = std::stoll(argv[4]);
    const std::vector<std::string> files(argv + 5, argv + argc);
    const int64_t perFile = truth->count();
    if (count > perFile * int64_t(files.size())) {
        fail("COUNT is more than the files hold");
    }
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::string> classNames;
    for (int c = 0; c < kClasses; ++c) {
        classNames.push_back(std::to_string(c));
    }
    auto created = ProjectStore::create(projectPath, "synthetic", classNames);
    if (!created) {
        fail(created.error().message);
    }
    ProjectStore &store = *created;
    checkOk(store.setBulkLoading(true));
    const auto &classes = store.classes();
    const auto trueClass = [&](int64_t i) { return int(truth->data[size_t(i % perFile)]); };

    ModelVersionInput model;
    model.humanLabels = labelled;
    model.validationAccuracy = 0.85;
    model.device = "cpu";
    auto modelId = store.models().add(model);
    if (!modelId) {
        fail(modelId.error().message);
    }
    std::mt19937 rng(7);
    for (int64_t first = 0; first < count; first += kBatch) {
        const int64_t end = std::min(count, first + kBatch);
        checkOk(store.unitOfWork([&]() -> Result<void> {
            std::vector<int64_t> scoredIds;
            std::vector<float> probabilities;
            std::vector<Route> routes;
            for (int64_t i = first; i < end; ++i) {
                ItemMeta meta{idxItemPath(files[size_t(i / perFile)], i % perFile),
                              "synthetic-" + std::to_string(i), 784, 28, 28, 1, "idx"};
                auto id = store.items().add(meta, double(i) / double(count));
                if (!id) {
                    return id.error();
                }
                if (i < labelled) {
                    TRIAGE_TRY(store.decisions().addImportLabel(*id, classes[size_t(trueClass(i))].id));
                    continue;
                }
                const auto row = predictionFor(trueClass(i), rng);
                probabilities.insert(probabilities.end(), row.begin(), row.end());
                scoredIds.push_back(*id);
                auto sorted = row;
                std::partial_sort(sorted.begin(), sorted.begin() + 2, sorted.end(), std::greater<>());
                const auto top = size_t(std::max_element(row.begin(), row.end()) - row.begin());
                Route route;
                route.itemId = *id;
                route.classId = classes[top].id;
                route.confidence = sorted[0];
                route.kind = sorted[0] >= kAutoAcceptAt ? RouteKind::AutoAccept : RouteKind::Queue;
                route.queueRank = sorted[0] - sorted[1];  // smallest margin first
                routes.push_back(route);
            }
            TRIAGE_TRY(store.predictions().store(*modelId, scoredIds, probabilities));
            auto routed = store.decisions().applyRoutes(*modelId, routes);
            if (!routed) {
                return routed.error();
            }
            return {};
        }));
    }
    checkOk(store.models().complete(*modelId));
    checkOk(store.setBulkLoading(false));
    const auto counts = store.items().counts();
    if (!counts) {
        fail(counts.error().message);
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << "made " << projectPath << ": " << counts->total << " items ("
              << counts->queued << " queued, " << counts->autoAccepted << " auto-accepted, "
              << counts->humanLabeled << " labelled) in " << formatFixed(seconds, 1) << " s\n";
    return 0;
}
