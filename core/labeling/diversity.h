#pragma once
// Diversity (issue 9): with a batch of hundreds of decisions between retrains, uncertainty
// sampling asks about near-duplicates, because the uncertain items crowd the few corners of
// the pool where two classes meet. The diverse strategy keeps uncertainty's candidates but
// spreads the batch over them: among the most uncertain unlabelled items
// (kDiverseCandidatesPerPick a pick), k-center greedy takes, one at a time, the candidate
// farthest (in clustering features, coldstart.h) from every labelled item and every
// earlier pick. The picks are asked first, in pick order; then the rest, most uncertain first.
#include <cstdint>
#include <span>
#include <vector>

namespace triage {

constexpr int64_t kDiverseCandidatesPerPick = 5;

// How many items a round spreads: a 50th of the pool, 100..2000 (about a batch of review).
int64_t diversePicks(int64_t poolSize);

// One rank per row of `features` (count x width), lower asked first: the picks in [0, 0.5)
// in pick order, every other item in [0.5, 1) by `uncertainty` (lower: more uncertain).
// `labelled` flags the rows people labelled: never picked, but the picks keep away from them.
std::vector<double> diverseRanks(const std::vector<float> &features, int width,
                                 std::span<const double> uncertainty,
                                 std::span<const uint8_t> labelled, int64_t picks);

}  // namespace triage
