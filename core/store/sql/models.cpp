#include "sqlbackend.h"

#include "sqlquery.h"

#include <algorithm>
#include <cstring>

namespace triage::sql {
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
        "temperature, device, weights, complete) VALUES(?, ?, ?, ?, ?, ?, ?, 0) RETURNING id");
    q.bind(1, version.kind).bind(2, utcNowIso8601()).bind(3, version.humanLabels);
    q.bind(4, version.validationAccuracy).bind(5, version.temperature).bind(6, version.device);
    q.bindBlob(7, version.weights);
    return insertedId(q);
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
        return makeError(ErrorCode::NotFound, "no model version " + std::to_string(modelVersionId));
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
                   "INSERT INTO predictions(item_id, model_version_id, top_class_id, "
                   "top_probability, probabilities) VALUES(?, ?, ?, ?, ?) "
                   "ON CONFLICT(item_id, model_version_id) DO UPDATE SET "
                   "top_class_id = excluded.top_class_id, "
                   "top_probability = excluded.top_probability, "
                   "probabilities = excluded.probabilities");
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
                   "INSERT INTO class_thresholds(model_version_id, class_id, accepted, "
                   "threshold, candidate, evidence, right_count, lower_bound, more_needed, "
                   "own_evidence) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT(model_version_id, class_id) DO UPDATE SET "
                   "accepted = excluded.accepted, threshold = excluded.threshold, "
                   "candidate = excluded.candidate, evidence = excluded.evidence, "
                   "right_count = excluded.right_count, lower_bound = excluded.lower_bound, "
                   "more_needed = excluded.more_needed, own_evidence = excluded.own_evidence");
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
        return ClassThreshold{r.columnInt(0),    r.columnInt(1) != 0, r.columnDouble(2),
                              r.columnDouble(3), r.columnInt(4),      r.columnInt(5),
                              r.columnDouble(6), r.columnInt(7),      r.columnInt(8) != 0};
    });
}

}  // namespace triage::sql

namespace triage::sql {

Result<std::vector<ConfidenceBin>> Predictions::confidenceBins(int64_t modelVersionId, int bins)
{
    // The bin: the probability's share of `bins`, truncated, the top one closed.
    TRIAGE_PREPARE(
        q, m_c.db,
        std::string("SELECT ") +
            inDialect(m_c.db, "MIN(CAST(p.top_probability * ?2 AS INTEGER), ?2 - 1)",
                      "LEAST(CAST(FLOOR(p.top_probability * CAST(?2 AS BIGINT)) "
                      "AS BIGINT), CAST(?2 AS BIGINT) - 1)") +
            " AS bin, COUNT(*), COUNT(l.item_id), "
            "SUM(CASE WHEN l.class_id = p.top_class_id THEN 1 ELSE 0 END), "
            "COALESCE(SUM(CASE WHEN l.item_id IS NOT NULL THEN p.top_probability END), 0) "
            "FROM predictions p LEFT JOIN labels l "
            "ON l.item_id = p.item_id AND l.source IN (?3, ?4) "
            "WHERE p.model_version_id = ?1 GROUP BY bin");
    q.bind(1, modelVersionId).bind(2, int64_t(bins));
    q.bind(3, int64_t(LabelSource::Human)).bind(4, int64_t(LabelSource::Import));
    std::vector<ConfidenceBin> result(size_t(std::max(bins, 1)));
    auto rows = allRows(q, [&](const Statement &r) {
        const auto bin = size_t(std::clamp<int64_t>(r.columnInt(0), 0, bins - 1));
        ConfidenceBin &b = result[bin];
        b.items = r.columnInt(1);
        b.labelled = r.columnInt(2);
        b.labelledRight = int64_t(r.columnDouble(3));
        b.labelledConfidence = b.labelled > 0 ? r.columnDouble(4) / double(b.labelled) : 0;
        return 0;
    });
    q.reset();
    if (!rows) {
        return rows.error();
    }
    return result;
}

Result<void> Models::storeRoundStats(const RoundStats &stats)
{
    TRIAGE_PREPARE(round, m_c.db,
                   "INSERT INTO round_stats(model_version_id, scored, auto_accepted, "
                   "queued, audits, audited, audited_right, new_decisions, agreed, "
                   "last_decision_id, last_item_id, new_items, feature_shift) "
                   "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT(model_version_id) DO UPDATE SET scored = excluded.scored, "
                   "auto_accepted = excluded.auto_accepted, queued = excluded.queued, "
                   "audits = excluded.audits, audited = excluded.audited, "
                   "audited_right = excluded.audited_right, "
                   "new_decisions = excluded.new_decisions, agreed = excluded.agreed, "
                   "last_decision_id = excluded.last_decision_id, "
                   "last_item_id = excluded.last_item_id, new_items = excluded.new_items, "
                   "feature_shift = excluded.feature_shift");
    TRIAGE_PREPARE(perClass, m_c.db,
                   "INSERT INTO round_class_stats(model_version_id, class_id, "
                   "peoples_labels, auto_labels, new_predicted, earlier_predicted, added, "
                   "moved_in, moved_out, withdrawn) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT(model_version_id, class_id) DO UPDATE SET "
                   "peoples_labels = excluded.peoples_labels, "
                   "auto_labels = excluded.auto_labels, new_predicted = excluded.new_predicted, "
                   "earlier_predicted = excluded.earlier_predicted, added = excluded.added, "
                   "moved_in = excluded.moved_in, moved_out = excluded.moved_out, "
                   "withdrawn = excluded.withdrawn");
    return inTransaction(m_c.db, [&]() -> Result<void> {
        round.bind(1, stats.modelVersionId).bind(2, stats.scored).bind(3, stats.autoAccepted);
        round.bind(4, stats.queued).bind(5, stats.audits).bind(6, stats.audited);
        round.bind(7, stats.auditedRight).bind(8, stats.newDecisions).bind(9, stats.agreed);
        round.bind(10, stats.lastDecisionId).bind(11, stats.lastItemId);
        round.bind(12, stats.newItems).bind(13, stats.featureShift);
        TRIAGE_TRY(round.run());
        for (const RoundClassStats &c : stats.classes) {
            perClass.bind(1, stats.modelVersionId).bind(2, c.classId).bind(3, c.peoplesLabels);
            perClass.bind(4, c.autoLabels).bind(5, c.newPredicted).bind(6, c.earlierPredicted);
            perClass.bind(7, c.change.added).bind(8, c.change.movedIn);
            perClass.bind(9, c.change.movedOut).bind(10, c.change.withdrawn);
            TRIAGE_TRY(perClass.run());
        }
        return {};
    });
}

Result<std::vector<RoundStats>> Models::roundStats()
{
    TRIAGE_PREPARE(rounds, m_c.db,
                   "SELECT s.model_version_id, m.kind, m.created_at, m.validation_accuracy, "
                   "s.scored, s.auto_accepted, s.queued, s.audits, s.audited, s.audited_right, "
                   "s.new_decisions, s.agreed, s.last_decision_id, s.last_item_id, s.new_items, "
                   "s.feature_shift FROM round_stats s "
                   "JOIN model_versions m ON m.id = s.model_version_id WHERE m.complete = 1 "
                   "ORDER BY s.model_version_id");
    auto result = allRows(rounds, [](const Statement &r) {
        RoundStats s;
        s.modelVersionId = r.columnInt(0);
        s.kind = r.columnText(1);
        s.createdAt = r.columnText(2);
        s.heldOutAccuracy = r.columnDouble(3);
        s.scored = r.columnInt(4);
        s.autoAccepted = r.columnInt(5);
        s.queued = r.columnInt(6);
        s.audits = r.columnInt(7);
        s.audited = r.columnInt(8);
        s.auditedRight = r.columnInt(9);
        s.newDecisions = r.columnInt(10);
        s.agreed = r.columnInt(11);
        s.lastDecisionId = r.columnInt(12);
        s.lastItemId = r.columnInt(13);
        s.newItems = r.columnInt(14);
        s.featureShift = r.columnDouble(15);
        return s;
    });
    if (!result) {
        return result.error();
    }
    TRIAGE_PREPARE(perClass, m_c.db,
                   "SELECT s.class_id, s.peoples_labels, s.auto_labels, s.new_predicted, "
                   "s.earlier_predicted, s.added, s.moved_in, s.moved_out, s.withdrawn "
                   "FROM round_class_stats s JOIN classes c ON c.id = s.class_id "
                   "WHERE s.model_version_id = ? ORDER BY c.position");
    for (RoundStats &stats : *result) {
        perClass.reset();
        perClass.bind(1, stats.modelVersionId);
        auto classes = allRows(perClass, [](const Statement &r) {
            return RoundClassStats{r.columnInt(0),
                                   r.columnInt(1),
                                   r.columnInt(2),
                                   r.columnInt(3),
                                   r.columnInt(4),
                                   AutoLabelChange{r.columnInt(0), r.columnInt(5), r.columnInt(6),
                                                   r.columnInt(7), r.columnInt(8)}};
        });
        if (!classes) {
            return classes.error();
        }
        stats.classes = std::move(*classes);
    }
    return result;
}

}  // namespace triage::sql
