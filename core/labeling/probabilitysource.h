#pragma once
// ProbabilitySource: class probabilities for a set of items, whatever made them. Routing
// reads one: today the learner's calibrated scores, later a label model that combines the
// learner with labeling functions and stands in front of routing without changing it.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace triage {

class ProbabilitySource {
public:
    virtual ~ProbabilitySource() = default;
    virtual std::span<const int64_t> itemIds() const = 0;
    virtual size_t classCount() const = 0;
    // The probabilities of itemIds()[row], in class position order; they sum to 1.
    virtual std::span<const float> row(size_t row) const = 0;
    // The model version whose predictions these are (routing records it on each label).
    virtual int64_t modelVersionId() const = 0;
};

// Probabilities held in memory, row-major: the learner's output, a label model's output.
class ScoreTable final : public ProbabilitySource {
public:
    ScoreTable(std::vector<int64_t> itemIds, size_t classCount, int64_t modelVersionId = 0);

    std::span<const int64_t> itemIds() const override { return m_itemIds; }
    size_t classCount() const override { return m_classCount; }
    std::span<const float> row(size_t row) const override;
    int64_t modelVersionId() const override { return m_modelVersionId; }
    void setModelVersionId(int64_t id) { m_modelVersionId = id; }

    // All rows, for writing: itemIds().size() x classCount().
    std::span<float> probabilities() { return m_probabilities; }
    std::span<const float> probabilities() const { return m_probabilities; }

private:
    std::vector<int64_t> m_itemIds;
    size_t m_classCount;
    int64_t m_modelVersionId;
    std::vector<float> m_probabilities;
};

}  // namespace triage
