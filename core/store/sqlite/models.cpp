#include "sqlitebackend.h"

#include "sqlitequery.h"

#include <algorithm>
#include <cstring>

namespace triage::sqlite {
namespace {

// Predictions commit in chunks of this many rows, so the write lock is held for tens of
// milliseconds at a time and a person's decision never waits long.
constexpr size_t kRowsPerTransaction = 4096;

std::span<const uint8_t> floatBytes(std::span<const float> values)
{
    return {reinterpret_cast<const uint8_t *>(values.data()), values.size_bytes()};
}

}  // namespace

Result<int64_t> Models::add(const ModelVersionInput &version)
{
    TRIAGE_PREPARE(
        q, m_c.db,
        "INSERT INTO model_versions(kind, created_at, human_labels, validation_accuracy, "
        "temperature, device, weights, complete) VALUES(?, ?, ?, ?, ?, ?, ?, 0)");
    q.bind(1, version.kind).bind(2, utcNowIso8601()).bind(3, version.humanLabels);
    q.bind(4, version.validationAccuracy).bind(5, version.temperature).bind(6, version.device);
    TRIAGE_TRY(q.bindBlob(7, version.weights).run());
    return m_c.db.lastInsertId();
}

Result<void> Models::complete(int64_t modelVersionId)
{
    TRIAGE_PREPARE(q, m_c.db, "UPDATE model_versions SET complete = 1 WHERE id = ?");
    return q.bind(1, modelVersionId).run();
}

Result<std::optional<ModelVersion>> Models::latest()
{
    TRIAGE_PREPARE(
        q, m_c.db,
        "SELECT id, kind, created_at, human_labels, validation_accuracy, temperature, device "
        "FROM model_versions WHERE complete = 1 AND kind = 'learner' ORDER BY id DESC LIMIT 1");
    return firstRow(q, [](const Statement &r) {
        return ModelVersion{r.columnInt(0),    r.columnText(1),   r.columnText(2), r.columnInt(3),
                            r.columnDouble(4), r.columnDouble(5), r.columnText(6)};
    });
}

Result<std::vector<uint8_t>> Models::weights(int64_t modelVersionId)
{
    TRIAGE_PREPARE(q, m_c.db, "SELECT weights FROM model_versions WHERE id = ?");
    q.bind(1, modelVersionId);
    auto blob = firstRow(q, [](const Statement &r) { return r.columnBlob(0); });
    if (!blob) {
        return blob.error();
    }
    if (!blob->has_value()) {
        return makeError(ErrorCode::NotFound,
                         "no model version " + std::to_string(modelVersionId));
    }
    return std::move(**blob);
}

Result<void> Predictions::store(int64_t modelVersionId, std::span<const int64_t> itemIds,
                                std::span<const float> probabilities)
{
    const size_t classCount = m_c.classes.size();
    if (probabilities.size() != itemIds.size() * classCount) {
        return makeError(ErrorCode::InvalidArgument, "predictions do not match the class count");
    }
    TRIAGE_PREPARE(q, m_c.db,
                   "INSERT OR REPLACE INTO predictions(item_id, model_version_id, top_class_id, "
                   "top_probability, probabilities) VALUES(?, ?, ?, ?, ?)");
    for (size_t begin = 0; begin < itemIds.size(); begin += kRowsPerTransaction) {
        const size_t end = std::min(itemIds.size(), begin + kRowsPerTransaction);
        TRIAGE_TRY(inTransaction(m_c.db, [&]() -> Result<void> {
            for (size_t i = begin; i < end; ++i) {
                auto row = probabilities.subspan(i * classCount, classCount);
                const size_t top = size_t(std::max_element(row.begin(), row.end()) - row.begin());
                q.bind(1, itemIds[i]).bind(2, modelVersionId).bind(3, m_c.classes[top].id);
                q.bind(4, double(row[top])).bindBlob(5, floatBytes(row));
                TRIAGE_TRY(q.run());
            }
            return {};
        }));
    }
    return {};
}

Result<std::optional<std::vector<float>>> Predictions::latestFor(int64_t itemId)
{
    TRIAGE_PREPARE(q, m_c.db,
                   "SELECT p.probabilities FROM predictions p "
                   "JOIN model_versions m ON m.id = p.model_version_id AND m.complete = 1 "
                   "WHERE p.item_id = ? ORDER BY p.model_version_id DESC LIMIT 1");
    q.bind(1, itemId);
    return firstRow(q, [](const Statement &r) {
        const auto bytes = r.columnBlob(0);
        std::vector<float> probabilities(bytes.size() / sizeof(float));
        std::memcpy(probabilities.data(), bytes.data(), probabilities.size() * sizeof(float));
        return probabilities;
    });
}

Result<int64_t> Predictions::prune()
{
    // Kept: the latest complete round (review and evaluation read it), any round after it
    // (being written now by another job), and every round an auto-accepted label names.
    TRIAGE_PREPARE(q, m_c.db,
                   "DELETE FROM predictions WHERE model_version_id < "
                   "(SELECT COALESCE(MAX(id), 0) FROM model_versions WHERE complete = 1) "
                   "AND model_version_id NOT IN (SELECT DISTINCT model_version_id FROM labels "
                   "WHERE model_version_id IS NOT NULL)");
    TRIAGE_TRY(q.run());
    return int64_t(m_c.db.changes());
}

Result<std::vector<int64_t>> Predictions::roundsWithPredictions()
{
    TRIAGE_PREPARE(q, m_c.db,
                   "SELECT DISTINCT model_version_id FROM predictions ORDER BY model_version_id");
    return allRows(q, [](const Statement &r) { return r.columnInt(0); });
}

Result<void> Models::storeThresholds(int64_t modelVersionId,
                                     std::span<const ClassThreshold> thresholds)
{
    TRIAGE_PREPARE(q, m_c.db,
                   "INSERT OR REPLACE INTO class_thresholds(model_version_id, class_id, accepted, "
                   "threshold, candidate, evidence, right_count, lower_bound, more_needed, "
                   "own_evidence) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    return inTransaction(m_c.db, [&]() -> Result<void> {
        for (const ClassThreshold &t : thresholds) {
            q.bind(1, modelVersionId).bind(2, t.classId).bind(3, int64_t(t.accepted));
            q.bind(4, t.threshold).bind(5, t.candidate).bind(6, t.evidence).bind(7, t.right);
            q.bind(8, t.lowerBound).bind(9, t.moreNeeded).bind(10, int64_t(t.ownEvidence));
            TRIAGE_TRY(q.run());
        }
        return {};
    });
}

Result<std::vector<ClassThreshold>> Models::latestThresholds()
{
    TRIAGE_PREPARE(q, m_c.db,
                   "SELECT t.class_id, t.accepted, t.threshold, t.candidate, t.evidence, "
                   "t.right_count, t.lower_bound, t.more_needed, t.own_evidence "
                   "FROM class_thresholds t "
                   "JOIN classes c ON c.id = t.class_id WHERE t.model_version_id = "
                   "(SELECT MAX(t2.model_version_id) FROM class_thresholds t2 "
                   " JOIN model_versions m ON m.id = t2.model_version_id WHERE m.complete = 1) "
                   "ORDER BY c.position");
    return allRows(q, [](const Statement &r) {
        return ClassThreshold{r.columnInt(0), r.columnInt(1) != 0, r.columnDouble(2),
                              r.columnDouble(3), r.columnInt(4), r.columnInt(5),
                              r.columnDouble(6), r.columnInt(7), r.columnInt(8) != 0};
    });
}

}  // namespace triage::sqlite
