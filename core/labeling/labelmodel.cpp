#include "labelmodel.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <string>

namespace triage {
namespace {

Result<void> validate(const VoteMatrix &votes, std::span<const int32_t> anchors)
{
    if (votes.classes < 2 || votes.lfs < 0 || votes.items < 0 ||
        votes.votes.size() != size_t(votes.items) * size_t(votes.lfs)) {
        return makeError(ErrorCode::InvalidArgument,
                         "a vote matrix needs at least 2 classes and one vote per item and LF");
    }
    if (anchors.size() != size_t(votes.items)) {
        return makeError(ErrorCode::InvalidArgument, "there are " + std::to_string(anchors.size()) +
                                                         " human labels for " +
                                                         std::to_string(votes.items) + " items");
    }
    const auto outOfRange = [&](int32_t v) {
        return v < kAbstain || v >= votes.classes;
    };
    for (int64_t i = 0; i < votes.items; ++i) {
        for (int j = 0; j < votes.lfs; ++j) {
            if (outOfRange(votes.at(i, j))) {
                return makeError(ErrorCode::InvalidArgument,
                                 "LF " + std::to_string(j) + " votes " +
                                     std::to_string(votes.at(i, j)) + " on item " +
                                     std::to_string(i) + "; classes are 0.." +
                                     std::to_string(votes.classes - 1) + " or -1 to abstain");
            }
        }
        if (outOfRange(anchors[size_t(i)])) {
            return makeError(ErrorCode::InvalidArgument,
                             "item " + std::to_string(i) + " has human label " +
                                 std::to_string(anchors[size_t(i)]) + ", outside 0.." +
                                 std::to_string(votes.classes - 1));
        }
    }
    return {};
}

bool hasVote(const VoteMatrix &votes, int64_t item)
{
    for (int j = 0; j < votes.lfs; ++j) {
        if (votes.at(item, j) != kAbstain) {
            return true;
        }
    }
    return false;
}

// The class prior from the human labels, smoothed (uniform when there are none).
std::vector<double> anchoredPrior(int classes, std::span<const int32_t> anchors)
{
    std::vector<double> prior(size_t(classes), 1.0);
    double total = classes;
    for (int32_t a : anchors) {
        if (a != kAbstain) {
            prior[size_t(a)] += 1;
            total += 1;
        }
    }
    for (double &p : prior) {
        p /= total;
    }
    return prior;
}

void softmaxInPlace(std::span<double> logits)
{
    const double top = *std::max_element(logits.begin(), logits.end());
    double sum = 0;
    for (double &v : logits) {
        v = std::exp(v - top);
        sum += v;
    }
    for (double &v : logits) {
        v /= sum;
    }
}

// The posterior rows every model ends with: anchors one-hot, uncovered items the prior.
// `votesOnly` is what the votes alone say of each item, anchored or not.
LabelModelFit finish(const VoteMatrix &votes, std::span<const int32_t> anchors,
                     const std::vector<std::vector<double>> &posterior,
                     const std::vector<double> &prior,
                     const std::vector<std::vector<double>> &votesOnly)
{
    LabelModelFit fit;
    const size_t k = size_t(votes.classes);
    fit.probabilities.resize(size_t(votes.items) * k);
    fit.fromVotes.resize(size_t(votes.items) * k);
    fit.covered.resize(size_t(votes.items));
    fit.classPrior = prior;
    for (int64_t i = 0; i < votes.items; ++i) {
        const int32_t anchor = anchors[size_t(i)];
        const bool voted = hasVote(votes, i);
        fit.covered[size_t(i)] = voted || anchor != kAbstain;
        for (size_t c = 0; c < k; ++c) {
            const double p = anchor != kAbstain ? (int32_t(c) == anchor ? 1.0 : 0.0)
                             : voted            ? posterior[size_t(i)][c]
                                                : prior[c];
            fit.probabilities[size_t(i) * k + c] = float(p);
            fit.fromVotes[size_t(i) * k + c] = float(voted ? votesOnly[size_t(i)][c] : prior[c]);
        }
    }
    return fit;
}

// Each LF's accuracy on the anchored items it voted on, pulled towards the prior.
std::vector<double> anchoredAccuracy(const VoteMatrix &votes, std::span<const int32_t> anchors,
                                     const LabelModelOptions &options)
{
    std::vector<double> accuracy(size_t(votes.lfs));
    for (int j = 0; j < votes.lfs; ++j) {
        double correct = 0, checked = 0;
        for (int64_t i = 0; i < votes.items; ++i) {
            const int32_t v = votes.at(i, j), a = anchors[size_t(i)];
            if (v != kAbstain && a != kAbstain) {
                checked += 1;
                correct += v == a ? 1 : 0;
            }
        }
        const double smoothed = (correct + options.priorStrength * options.accuracyPrior) /
                                (checked + options.priorStrength);
        accuracy[size_t(j)] = std::clamp(smoothed, 1e-3, 1 - 1e-3);
    }
    return accuracy;
}

// Naive Bayes with symmetric errors: a vote for c adds log(a (K-1) / (1 - a)) to c.
std::vector<std::vector<double>> weightedPosterior(const VoteMatrix &votes,
                                                   const std::vector<double> &accuracy,
                                                   const std::vector<double> &prior)
{
    const int k = votes.classes;
    std::vector<double> weight(size_t(votes.lfs));
    for (int j = 0; j < votes.lfs; ++j) {
        const double a = accuracy[size_t(j)];
        weight[size_t(j)] = std::log(a * (k - 1) / (1 - a));
    }
    std::vector<std::vector<double>> posterior(size_t(votes.items));
    for (int64_t i = 0; i < votes.items; ++i) {
        auto &row = posterior[size_t(i)];
        row.resize(size_t(k));
        for (int c = 0; c < k; ++c) {
            row[size_t(c)] = std::log(prior[size_t(c)]);
        }
        for (int j = 0; j < votes.lfs; ++j) {
            if (const int32_t v = votes.at(i, j); v != kAbstain) {
                row[size_t(v)] += weight[size_t(j)];
            }
        }
        softmaxInPlace(row);
    }
    return posterior;
}

LabelModelFit majorityVote(const VoteMatrix &votes, std::span<const int32_t> anchors)
{
    const auto prior = anchoredPrior(votes.classes, anchors);
    std::vector<std::vector<double>> posterior(size_t(votes.items));
    for (int64_t i = 0; i < votes.items; ++i) {
        auto &row = posterior[size_t(i)];
        row.assign(size_t(votes.classes), 0.0);
        double total = 0;
        for (int j = 0; j < votes.lfs; ++j) {
            if (const int32_t v = votes.at(i, j); v != kAbstain) {
                row[size_t(v)] += 1;
                total += 1;
            }
        }
        for (double &p : row) {
            p = total > 0 ? p / total : 0;
        }
    }
    LabelModelFit fit = finish(votes, anchors, posterior, prior, posterior);
    fit.lfAccuracy.assign(size_t(votes.lfs), 0.0);
    return fit;
}

LabelModelFit weightedVote(const VoteMatrix &votes, std::span<const int32_t> anchors,
                           const LabelModelOptions &options)
{
    const auto prior = anchoredPrior(votes.classes, anchors);
    const auto accuracy = anchoredAccuracy(votes, anchors, options);
    const auto posterior = weightedPosterior(votes, accuracy, prior);
    LabelModelFit fit = finish(votes, anchors, posterior, prior, posterior);
    fit.lfAccuracy = accuracy;
    return fit;
}

std::vector<double> logOf(const std::vector<double> &values)
{
    std::vector<double> logs(values.size());
    std::transform(values.begin(), values.end(), logs.begin(), [](double p) { return std::log(p); });
    return logs;
}

// One item's posterior under Dawid–Skene's parameters, from its votes alone.
void dawidSkenePosterior(const VoteMatrix &votes, int64_t item, const std::vector<double> &logTheta,
                         const std::vector<double> &prior, std::vector<double> &row)
{
    const size_t k = size_t(votes.classes);
    row.resize(k);
    for (size_t c = 0; c < k; ++c) {
        double logit = std::log(prior[c]);
        for (size_t j = 0; j < size_t(votes.lfs); ++j) {
            if (const int32_t v = votes.at(item, int(j)); v != kAbstain) {
                logit += logTheta[(j * k + c) * k + size_t(v)];
            }
        }
        row[c] = logit;
    }
    softmaxInPlace(row);
}

// Dawid–Skene: per LF a confusion matrix theta[c][l] = P(votes l | true class c, votes),
// and the class prior, by EM. Starts from the weighted vote, so classes keep their names;
// anchored items stay one-hot throughout. Pseudo-counts (the accuracy prior) keep a rarely
// voting LF's matrix sensible.
LabelModelFit dawidSkene(const VoteMatrix &votes, std::span<const int32_t> anchors,
                         const LabelModelOptions &options)
{
    const size_t k = size_t(votes.classes);
    const size_t lfs = size_t(votes.lfs);
    auto prior = anchoredPrior(votes.classes, anchors);
    auto posterior = weightedPosterior(votes, anchoredAccuracy(votes, anchors, options), prior);
    std::vector<char> informative(size_t(votes.items));
    for (int64_t i = 0; i < votes.items; ++i) {
        const int32_t anchor = anchors[size_t(i)];
        informative[size_t(i)] = anchor != kAbstain || hasVote(votes, i);
        if (anchor != kAbstain) {
            posterior[size_t(i)].assign(k, 0.0);
            posterior[size_t(i)][size_t(anchor)] = 1.0;
        }
    }
    const double onDiagonal = options.priorStrength * options.accuracyPrior;
    const double offDiagonal = options.priorStrength * (1 - options.accuracyPrior) / double(k - 1);
    std::vector<double> theta(lfs * k * k);  // [lf][true][vote]
    auto cell = [&](size_t j, size_t c, size_t l) -> double & {
        return theta[(j * k + c) * k + l];
    };

    int iteration = 0;
    for (; iteration < options.maxIterations; ++iteration) {
        // M-step.
        std::vector<double> newTheta(theta.size());
        for (size_t j = 0; j < lfs; ++j) {
            for (size_t c = 0; c < k; ++c) {
                for (size_t l = 0; l < k; ++l) {
                    newTheta[(j * k + c) * k + l] = c == l ? onDiagonal : offDiagonal;
                }
            }
        }
        std::vector<double> newPrior(k, 1.0);
        double informativeCount = double(k);
        for (int64_t i = 0; i < votes.items; ++i) {
            if (!informative[size_t(i)]) {
                continue;
            }
            const auto &row = posterior[size_t(i)];
            for (size_t c = 0; c < k; ++c) {
                newPrior[c] += row[c];
            }
            informativeCount += 1;
            for (size_t j = 0; j < lfs; ++j) {
                if (const int32_t v = votes.at(i, int(j)); v != kAbstain) {
                    for (size_t c = 0; c < k; ++c) {
                        newTheta[(j * k + c) * k + size_t(v)] += row[c];
                    }
                }
            }
        }
        double moved = 0;
        for (size_t j = 0; j < lfs; ++j) {
            for (size_t c = 0; c < k; ++c) {
                double total = 0;
                for (size_t l = 0; l < k; ++l) {
                    total += newTheta[(j * k + c) * k + l];
                }
                for (size_t l = 0; l < k; ++l) {
                    const double value = newTheta[(j * k + c) * k + l] / total;
                    moved = std::max(moved, std::abs(value - cell(j, c, l)));
                    cell(j, c, l) = value;
                }
            }
        }
        for (size_t c = 0; c < k; ++c) {
            const double value = newPrior[c] / informativeCount;
            moved = std::max(moved, std::abs(value - prior[c]));
            prior[c] = value;
        }
        // E-step: unanchored items that have votes.
        const auto logTheta = logOf(theta);
        for (int64_t i = 0; i < votes.items; ++i) {
            if (anchors[size_t(i)] == kAbstain && informative[size_t(i)]) {
                dawidSkenePosterior(votes, i, logTheta, prior, posterior[size_t(i)]);
            }
        }
        if (moved < options.tolerance && iteration > 0) {
            ++iteration;
            break;
        }
    }

    // What the votes alone say of the anchored items, for calibration on them.
    auto votesOnly = posterior;
    const auto logTheta = logOf(theta);
    for (int64_t i = 0; i < votes.items; ++i) {
        if (anchors[size_t(i)] != kAbstain && hasVote(votes, i)) {
            dawidSkenePosterior(votes, i, logTheta, prior, votesOnly[size_t(i)]);
        }
    }
    LabelModelFit fit = finish(votes, anchors, posterior, prior, votesOnly);
    fit.iterations = iteration;
    // An LF's accuracy: its diagonal, weighted by the classes of the items it votes on.
    fit.lfAccuracy.assign(lfs, 0.0);
    for (size_t j = 0; j < lfs; ++j) {
        std::vector<double> classMass(k, 0.0);
        double mass = 0;
        for (int64_t i = 0; i < votes.items; ++i) {
            if (votes.at(i, int(j)) != kAbstain) {
                for (size_t c = 0; c < k; ++c) {
                    classMass[c] += posterior[size_t(i)][c];
                }
                mass += 1;
            }
        }
        for (size_t c = 0; c < k && mass > 0; ++c) {
            fit.lfAccuracy[j] += classMass[c] / mass * cell(j, c, c);
        }
    }
    return fit;
}

}  // namespace

Result<LabelModelFit> fitLabelModel(LabelModelKind kind, const VoteMatrix &votes,
                                    std::span<const int32_t> anchors,
                                    const LabelModelOptions &options)
{
    TRIAGE_TRY(validate(votes, anchors));
    switch (kind) {
    case LabelModelKind::MajorityVote: return majorityVote(votes, anchors);
    case LabelModelKind::WeightedVote: return weightedVote(votes, anchors, options);
    case LabelModelKind::DawidSkene: return dawidSkene(votes, anchors, options);
    }
    return makeError(ErrorCode::InvalidArgument, "unknown label model");
}

double labelAccuracy(const LabelModelFit &fit, int classes, std::span<const int32_t> truth,
                     std::span<const int32_t> anchors)
{
    const size_t k = size_t(classes);
    double right = 0, counted = 0;
    for (size_t i = 0; i < truth.size(); ++i) {
        if (!fit.covered[i] || anchors[i] != kAbstain) {
            continue;
        }
        const float *row = &fit.probabilities[i * k];
        right += std::max_element(row, row + k) - row == truth[i] ? 1 : 0;
        counted += 1;
    }
    return counted > 0 ? right / counted : 0;
}

SyntheticVotes syntheticVotes(int64_t items, int classes, std::span<const double> accuracies,
                              double coverage, uint32_t seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> unit(0, 1);
    std::uniform_int_distribution<int> anyClass(0, classes - 1), otherClass(1, classes - 1);
    const size_t lfs = accuracies.size();
    SyntheticVotes g;
    g.votes = VoteMatrix{items, int(lfs), classes, {}};
    g.votes.votes.reserve(size_t(items) * lfs);
    std::vector<double> correct(lfs), cast(lfs);
    for (int64_t i = 0; i < items; ++i) {
        const int truth = anyClass(rng);
        g.truth.push_back(truth);
        for (size_t j = 0; j < lfs; ++j) {
            int32_t vote = kAbstain;
            if (unit(rng) < coverage) {
                vote = unit(rng) < accuracies[j] ? truth : (truth + otherClass(rng)) % classes;
                cast[j] += 1;
                correct[j] += vote == truth ? 1 : 0;
            }
            g.votes.votes.push_back(vote);
        }
    }
    for (size_t j = 0; j < lfs; ++j) {
        g.accuracy.push_back(cast[j] > 0 ? correct[j] / cast[j] : 0);
    }
    return g;
}

}  // namespace triage
