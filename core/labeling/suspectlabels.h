#pragma once
// Suspect labels (confident learning, Northcutt et al. 2021): a label is suspect when the
// out-of-sample probability of its class is below what items of that class usually get,
// while another class is at least as confident as items truly of that class usually are.
// Per-class thresholds (the mean self-confidence of each class's labelled items) make it
// robust to classes the model is timid or bold about.
#include <cstdint>
#include <span>
#include <vector>

namespace triage {

struct SuspectLabel {
    size_t index = 0;        // into the labels given
    int32_t suggested = 0;   // the class the model believes instead
    float labelProbability = 0;
    float suggestedProbability = 0;
};

// `probabilities`: labels.size() rows of `classCount`, out of sample (out-of-fold); labels:
// class positions. Most suspect first (largest gap between the suggested class and the label).
std::vector<SuspectLabel> findSuspectLabels(std::span<const float> probabilities,
                                            std::span<const int32_t> labels, int classCount);

}  // namespace triage
