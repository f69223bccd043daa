#pragma once
// Cold start (issue 9): while a model is weak, its uncertainty points at noise, and
// uncertainty sampling does worse than random (as measured). The first rounds ask instead
// about the typical items of the pool's clusters: k-means (k-means++ seeding) over small
// image summaries (8x8 gray) or a backbone's features; the queue takes each cluster in
// proportion to its size, its items nearest the centroid first, so every common kind of
// picture is asked about early and outliers late.
#include "learner.h"

#include <cstdint>
#include <vector>

namespace triage {

// Features for clustering: each image averaged to 8x8 gray, standardised per dimension.
std::vector<float> clusteringFeatures(const ImageTensorView &images);
// A backbone's features, standardised per dimension.
std::vector<float> clusteringFeatures(const FeatureView &features);

double squaredDistance(const float *a, const float *b, int width);

// One rank in [0, 1) per row of `features` (count x width): lower is asked first.
std::vector<double> typicalityRanks(const std::vector<float> &features, int64_t count, int width,
                                    int clusters, uint64_t seed);

}  // namespace triage
