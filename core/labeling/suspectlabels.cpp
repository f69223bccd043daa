#include "suspectlabels.h"

#include <algorithm>

namespace triage {

std::vector<SuspectLabel> findSuspectLabels(std::span<const float> probabilities,
                                            std::span<const int32_t> labels, int classCount)
{
    const size_t classes = size_t(classCount);
    // Each class's threshold: the mean probability its labelled items get for it. A class
    // nobody labelled has none (2: never reached).
    std::vector<double> sum(classes, 0), threshold(classes, 2);
    std::vector<int64_t> labelled(classes, 0);
    for (size_t i = 0; i < labels.size(); ++i) {
        sum[size_t(labels[i])] += probabilities[i * classes + size_t(labels[i])];
        ++labelled[size_t(labels[i])];
    }
    for (size_t c = 0; c < classes; ++c) {
        if (labelled[c] > 0) {
            threshold[c] = sum[c] / double(labelled[c]);
        }
    }
    std::vector<SuspectLabel> suspects;
    for (size_t i = 0; i < labels.size(); ++i) {
        const auto row = probabilities.subspan(i * classes, classes);
        const size_t label = size_t(labels[i]);
        if (row[label] >= threshold[label]) {
            continue;
        }
        // The most probable other class that clears its own threshold.
        int32_t suggested = -1;
        for (size_t c = 0; c < classes; ++c) {
            if (c != label && row[c] >= threshold[c] &&
                (suggested < 0 || row[c] > row[size_t(suggested)])) {
                suggested = int32_t(c);
            }
        }
        if (suggested >= 0) {
            suspects.push_back({i, suggested, row[label], row[size_t(suggested)]});
        }
    }
    std::stable_sort(suspects.begin(), suspects.end(), [](const auto &a, const auto &b) {
        return a.suggestedProbability - a.labelProbability >
               b.suggestedProbability - b.labelProbability;
    });
    return suspects;
}

}  // namespace triage
