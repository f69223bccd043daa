#include "probabilitysource.h"

namespace triage {

ScoreTable::ScoreTable(std::vector<int64_t> itemIds, size_t classCount, int64_t modelVersionId)
    : m_itemIds(std::move(itemIds)), m_classCount(classCount), m_modelVersionId(modelVersionId),
      m_probabilities(m_itemIds.size() * classCount)
{
}

std::span<const float> ScoreTable::row(size_t row) const
{
    return std::span<const float>(m_probabilities).subspan(row * m_classCount, m_classCount);
}

}  // namespace triage
