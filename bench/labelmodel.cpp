// triage-bench-labelmodel: the label models side by side, majority vote the baseline, on
// vote matrices with known answers: synthetic LFs with set accuracies, or (--project) the
// real labeling functions of a project with a truth file. For each scenario and share of
// human labels: the accuracy of the labels on covered items nobody labelled, the coverage,
// and how far each model's per-LF accuracies are from the truth.
//   triage-bench-labelmodel [ITEMS=20000]
//   triage-bench-labelmodel --project P.triage --truth TRUTH.csv
#include "labelcombiner.h"
#include "labelmodel.h"
#include "simulator.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace triage;

namespace {

struct Scenario {
    const char *name;
    int classes;
    std::vector<double> accuracies;
    double coverage;
};

double meanError(const std::vector<double> &learned, const std::vector<double> &truth)
{
    double sum = 0;
    for (size_t j = 0; j < truth.size(); ++j) {
        sum += std::abs(learned[j] - truth[j]);
    }
    return sum / double(truth.size());
}

constexpr struct {
    LabelModelKind kind;
    const char *name;
} kModels[] = {{LabelModelKind::MajorityVote, "majority vote"},
               {LabelModelKind::WeightedVote, "weighted vote"},
               {LabelModelKind::DawidSkene, "Dawid-Skene EM"}};

// One row per label model: accuracy and coverage on items nobody labelled, and the mean
// error of the per-LF accuracies it works with (against `lfAccuracy`, the truth).
bool printModels(const VoteMatrix &votes, std::span<const int32_t> truth,
                 std::span<const int32_t> anchors, const std::vector<double> &lfAccuracy,
                 const std::string &humanShare)
{
    for (const auto &model : kModels) {
        const auto started = std::chrono::steady_clock::now();
        auto fit = fitLabelModel(model.kind, votes, anchors);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        if (!fit) {
            std::fprintf(stderr, "%s\n", fit.error().message.c_str());
            return false;
        }
        int64_t covered = 0, open = 0;
        for (size_t i = 0; i < anchors.size(); ++i) {
            if (anchors[i] == kAbstain && truth[i] != kAbstain) {
                ++open;
                covered += fit->covered[i] ? 1 : 0;
            }
        }
        char error[32] = "-";  // majority vote assumes no accuracies
        if (model.kind != LabelModelKind::MajorityVote) {
            std::snprintf(error, sizeof error, "%.1f points", meanError(fit->lfAccuracy, lfAccuracy) * 100);
        }
        std::printf("  %-8s %-15s %8.1f%% %8.1f%% %16s %8.2f\n", humanShare.c_str(), model.name,
                    labelAccuracy(*fit, votes.classes, truth, anchors) * 100,
                    open > 0 ? 100.0 * double(covered) / double(open) : 0.0, error, seconds);
    }
    return true;
}

void printHeader()
{
    std::printf("  %-8s %-15s %9s %9s %16s %8s\n", "human", "model", "accuracy", "coverage",
                "LF acc. error", "seconds");
}

// The project's enabled labeling functions and human labels, against a truth file.
int projectScenario(const std::string &projectPath, const std::string &truthPath)
{
    auto store = ProjectStore::open(projectPath);
    if (!store) {
        std::fprintf(stderr, "%s\n", store.error().message.c_str());
        return 1;
    }
    auto votes = readProjectVotes(*store);
    auto truth = loadTruth(*store, truthPath);
    if (!votes || !truth) {
        std::fprintf(stderr, "%s\n", (votes ? truth.error() : votes.error()).message.c_str());
        return 1;
    }
    std::vector<int32_t> truthRows(votes->itemIds.size(), kAbstain);
    for (size_t i = 0; i < truthRows.size(); ++i) {
        const auto found = truth->classIdOf.find(votes->itemIds[i]);
        if (found != truth->classIdOf.end()) {
            truthRows[i] = int32_t(store->classById(found->second)->position);
        }
    }
    // Each function's true accuracy, and what it covers, on the items with a truth.
    std::vector<double> lfAccuracy;
    int64_t anchored = 0;
    for (const int32_t a : votes->anchors) {
        anchored += a != kAbstain ? 1 : 0;
    }
    std::printf("\n== %s: %zu items, %lld labelled by people; the project's labeling functions\n",
                projectPath.c_str(), votes->itemIds.size(), static_cast<long long>(anchored));
    std::printf("  %-20s %-15s %9s %9s\n", "function", "kind", "coverage", "accuracy");
    for (int j = 0; j < votes->matrix.lfs; ++j) {
        int64_t cast = 0, right = 0;
        for (int64_t i = 0; i < votes->matrix.items; ++i) {
            const int32_t v = votes->matrix.at(i, j);
            if (v != kAbstain && truthRows[size_t(i)] != kAbstain) {
                ++cast;
                right += v == truthRows[size_t(i)] ? 1 : 0;
            }
        }
        lfAccuracy.push_back(cast > 0 ? double(right) / double(cast) : 0);
        std::printf("  %-20s %-15s %8.1f%% %8.1f%%\n", votes->lfs[size_t(j)].record.name.c_str(),
                    votes->lfs[size_t(j)].record.kind.c_str(),
                    100.0 * double(cast) / double(votes->matrix.items), 100 * lfAccuracy.back());
    }
    printHeader();
    const std::string share =
        std::to_string(int(std::lround(100.0 * double(anchored) / double(votes->matrix.items)))) + "%";
    return printModels(votes->matrix, truthRows, votes->anchors, lfAccuracy, share) ? 0 : 1;
}

}  // namespace

int main(int argc, char **argv)
{
    if (argc == 5 && std::string(argv[1]) == "--project" && std::string(argv[3]) == "--truth") {
        return projectScenario(argv[2], argv[4]);
    }
    const int64_t items = argc > 1 ? std::atoll(argv[1]) : 20000;
    const std::vector<Scenario> scenarios = {
        {"5 LFs, all 70% right, 4 classes", 4, {0.7, 0.7, 0.7, 0.7, 0.7}, 0.6},
        {"5 LFs, 90% to 40% right, 4 classes", 4, {0.9, 0.8, 0.65, 0.5, 0.4}, 0.6},
        {"1 LF 95% right, 2 LFs 40%, 3 classes", 3, {0.95, 0.4, 0.4}, 1.0},
        {"10 weak LFs (45-60%), 10 classes",
         10,
         {0.45, 0.5, 0.55, 0.6, 0.45, 0.5, 0.55, 0.6, 0.5, 0.55},
         0.3},
    };
    std::printf("%lld items a scenario; accuracy over covered items nobody labelled; LF accuracy "
                "error: mean distance of the model's per-LF accuracies from the truth\n",
                static_cast<long long>(items));
    for (const auto &scenario : scenarios) {
        const auto g =
            syntheticVotes(items, scenario.classes, scenario.accuracies, scenario.coverage, 42);
        std::printf("\n== %s, each LF votes on %.0f%% of items\n", scenario.name,
                    scenario.coverage * 100);
        printHeader();
        for (const int percent : {0, 5}) {
            std::vector<int32_t> anchors(size_t(items), kAbstain);
            for (int64_t i = 0; percent > 0 && i < items; i += 100 / percent) {
                anchors[size_t(i)] = g.truth[size_t(i)];
            }
            if (!printModels(g.votes, g.truth, anchors, g.accuracy, std::to_string(percent) + "%")) {
                return 1;
            }
        }
    }
    return 0;
}
