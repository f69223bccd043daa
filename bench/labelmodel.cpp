// triage-bench-labelmodel: the label models on vote matrices with known answers (synthetic
// LFs with set accuracies), side by side: majority vote is the baseline. For each scenario
// and share of human labels: the accuracy of the labels on covered items nobody labelled,
// the coverage, and how far each model's per-LF accuracies are from the truth.
//   triage-bench-labelmodel [ITEMS=20000]
#include "labelmodel.h"

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

}  // namespace

int main(int argc, char **argv)
{
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
    const struct {
        LabelModelKind kind;
        const char *name;
    } models[] = {{LabelModelKind::MajorityVote, "majority vote"},
                  {LabelModelKind::WeightedVote, "weighted vote"},
                  {LabelModelKind::DawidSkene, "Dawid-Skene EM"}};

    std::printf("%lld items a scenario; accuracy over covered items nobody labelled; LF accuracy "
                "error: mean distance of the model's per-LF accuracies from the truth\n",
                static_cast<long long>(items));
    for (const auto &scenario : scenarios) {
        const auto g =
            syntheticVotes(items, scenario.classes, scenario.accuracies, scenario.coverage, 42);
        std::printf("\n== %s, each LF votes on %.0f%% of items\n", scenario.name,
                    scenario.coverage * 100);
        std::printf("  %-8s %-15s %9s %9s %16s %8s\n", "human", "model", "accuracy", "coverage",
                    "LF acc. error", "seconds");
        for (const int percent : {0, 5}) {
            std::vector<int32_t> anchors(size_t(items), kAbstain);
            for (int64_t i = 0; percent > 0 && i < items; i += 100 / percent) {
                anchors[size_t(i)] = g.truth[size_t(i)];
            }
            for (const auto &model : models) {
                const auto started = std::chrono::steady_clock::now();
                auto fit = fitLabelModel(model.kind, g.votes, anchors);
                const double seconds =
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - started)
                        .count();
                if (!fit) {
                    std::fprintf(stderr, "%s\n", fit.error().message.c_str());
                    return 1;
                }
                int64_t covered = 0;
                for (bool c : fit->covered) {
                    covered += c ? 1 : 0;
                }
                char error[32] = "-";  // majority vote assumes no accuracies
                if (model.kind != LabelModelKind::MajorityVote) {
                    std::snprintf(error, sizeof error, "%.1f points",
                                  meanError(fit->lfAccuracy, g.accuracy) * 100);
                }
                std::printf("  %-8s %-15s %8.1f%% %8.1f%% %16s %8.2f\n",
                            (std::to_string(percent) + "%").c_str(), model.name,
                            labelAccuracy(*fit, scenario.classes, g.truth, anchors) * 100,
                            100.0 * double(covered) / double(items), error, seconds);
            }
        }
    }
    return 0;
}
