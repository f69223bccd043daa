#include "labelcombiner.h"

#include "calibration.h"
#include "lfpoolvotes.h"
#include "lfvoter.h"

#include <algorithm>
#include <unordered_map>

namespace triage {
namespace {

// Row of each item id in a sorted id list, or -1.
int64_t rowOf(std::span<const int64_t> sortedIds, int64_t itemId)
{
    const auto at = std::lower_bound(sortedIds.begin(), sortedIds.end(), itemId);
    return at != sortedIds.end() && *at == itemId ? int64_t(at - sortedIds.begin()) : -1;
}

std::vector<int32_t> anchorsOfRows(std::span<const int64_t> allIds,
                                   std::span<const int32_t> anchors,
                                   std::span<const int64_t> rowIds)
{
    std::vector<int32_t> out(rowIds.size(), kAbstain);
    for (size_t r = 0; r < rowIds.size(); ++r) {
        if (const int64_t row = rowOf(allIds, rowIds[r]); row >= 0) {
            out[r] = anchors[size_t(row)];
        }
    }
    return out;
}

// Votes over `rowIds` (a subset of the pool) spread back onto the whole pool.
std::vector<int32_t> onPool(std::span<const int64_t> poolIds, std::span<const int64_t> rowIds,
                            const std::vector<int32_t> &rowVotes)
{
    std::vector<int32_t> votes(poolIds.size(), kAbstain);
    for (size_t r = 0; r < rowIds.size(); ++r) {
        if (const int64_t row = rowOf(poolIds, rowIds[r]); row >= 0) {
            votes[size_t(row)] = rowVotes[r];
        }
    }
    return votes;
}

Result<ProjectModel> projectModel(ProjectStore &store, const std::string &name, ModelKind kind,
                                  const std::string &lfKind)
{
    auto model = store.projectModels().byName(name);
    if (!model) {
        return model.error();
    }
    if (!model->has_value() || (*model)->kind != kind) {
        return makeError(ErrorCode::NotFound,
                         "a " + lfKind + " labeling function names '" + name + "', which is not " +
                             (kind == ModelKind::Classifier ? "a classifier" : "an embedder") +
                             " of the project");
    }
    return **model;
}

}  // namespace

Result<std::vector<ActiveLf>> enabledLabelingFunctions(ProjectStore &store)
{
    auto records = store.labelingFunctions().list();
    if (!records) {
        return records.error();
    }
    std::vector<ActiveLf> active;
    for (auto &record : *records) {
        if (!record.enabled) {
            continue;
        }
        auto definition = definitionFromJson(record.definition);
        if (!definition) {
            return makeError(ErrorCode::CorruptData,
                             "the stored labeling function '" + record.name +
                                 "' is damaged: " + definition.error().message);
        }
        active.push_back({std::move(record), std::move(*definition)});
    }
    return active;
}

Result<LabelledPool> labelledPool(ProjectStore &store)
{
    auto itemIds = store.items().usableIds();
    auto labels = store.decisions().humanLabels();
    if (!itemIds || !labels) {
        return itemIds ? labels.error() : itemIds.error();
    }
    std::unordered_map<int64_t, int32_t> positionOf;
    for (const auto &c : store.classes()) {
        positionOf[c.id] = int32_t(c.position);
    }
    LabelledPool pool{std::move(*itemIds), {}};
    pool.anchors.assign(pool.itemIds.size(), kAbstain);
    for (const auto &label : *labels) {
        if (const int64_t row = rowOf(pool.itemIds, label.itemId); row >= 0) {
            pool.anchors[size_t(row)] = positionOf.at(label.classId);
        }
    }
    return pool;
}

Result<std::vector<int32_t>> poolVotes(ProjectStore &store, const LfDefinition &lf,
                                       std::span<const int64_t> itemIds,
                                       std::span<const int32_t> anchors,
                                       const ScoreTable *learnerScores)
{
    const int classes = int(store.classes().size());
    switch (lf.kind) {
    case LfKind::NearDuplicate:
    case LfKind::NearestNeighbours: {
        const bool pixels = lf.kind == LfKind::NearDuplicate || lf.modelName == "pixels";
        if (pixels) {
            auto signatures = store.labelingFunctions().signatures();
            if (!signatures) {
                return signatures.error();
            }
            const auto rowAnchors = anchorsOfRows(itemIds, anchors, signatures->itemIds);
            if (lf.kind == LfKind::NearDuplicate) {
                return onPool(itemIds, signatures->itemIds,
                              nearDuplicateVotes(signatures->hashes, rowAnchors, lf.maxDistance));
            }
            const std::vector<float> vectors(signatures->thumbnails.begin(),
                                             signatures->thumbnails.end());
            return onPool(
                itemIds, signatures->itemIds,
                neighbourVotes(vectors, signatures->thumbnailBytes, rowAnchors, lf.neighbours));
        }
        auto model = projectModel(store, lf.modelName, ModelKind::Embedder, "neighbours");
        if (!model) {
            return model.error();
        }
        auto outputs = store.projectModels().outputs(model->id);
        if (!outputs) {
            return outputs.error();
        }
        const auto rowAnchors = anchorsOfRows(itemIds, anchors, outputs->itemIds);
        return onPool(itemIds, outputs->itemIds,
                      neighbourVotes(outputs->values, outputs->width, rowAnchors, lf.neighbours));
    }
    case LfKind::Model: {
        auto model = projectModel(store, lf.modelName, ModelKind::Classifier, "model");
        if (!model) {
            return model.error();
        }
        auto outputs = store.projectModels().outputs(model->id);
        if (!outputs) {
            return outputs.error();
        }
        return onPool(itemIds, outputs->itemIds,
                      confidentVotes(outputs->values, classes, lf.minConfidence));
    }
    case LfKind::Learner: {
        if (!learnerScores) {
            return makeError(ErrorCode::NotReady, "the learner's votes come with its scores");
        }
        const std::vector<int64_t> ids(learnerScores->itemIds().begin(),
                                       learnerScores->itemIds().end());
        return onPool(itemIds, ids,
                      confidentVotes(learnerScores->probabilities(), classes, lf.minConfidence));
    }
    default: break;
    }
    return makeError(ErrorCode::InvalidArgument,
                     std::string(toText(lf.kind)) + " functions vote item by item");
}

Result<void> refreshPoolVotes(ProjectStore &store, const std::vector<ActiveLf> &lfs,
                              const ScoreTable *learnerScores, const ProgressFn &progress,
                              const CancelToken &cancel)
{
    auto pool = labelledPool(store);
    if (!pool) {
        return pool.error();
    }
    const auto &itemIds = pool->itemIds;
    int64_t done = 0;
    for (const auto &lf : lfs) {
        const bool learner = lf.definition.kind == LfKind::Learner;
        if (votesPerItem(lf.definition.kind) || (learner && !learnerScores)) {
            continue;
        }
        if (cancel.isCancelled()) {
            return makeError(ErrorCode::Cancelled, "cancelled");
        }
        reportProgress(progress, "pool votes", done++, int64_t(lfs.size()));
        auto votes = poolVotes(store, lf.definition, itemIds, pool->anchors, learnerScores);
        if (!votes) {
            return makeError(votes.error().code, "labeling function '" + lf.record.name +
                                                     "': " + votes.error().message);
        }
        std::vector<int64_t> votedIds, classIds;
        for (size_t i = 0; i < votes->size(); ++i) {
            if ((*votes)[i] != kAbstain) {
                votedIds.push_back(itemIds[i]);
                classIds.push_back(store.classes()[size_t((*votes)[i])].id);
            }
        }
        TRIAGE_TRY(store.labelingFunctions().replaceVotes(lf.record.versionId, votedIds, classIds));
    }
    return {};
}

Result<ProjectVotes> readProjectVotes(ProjectStore &store)
{
    ProjectVotes v;
    auto lfs = enabledLabelingFunctions(store);
    auto pool = labelledPool(store);
    if (!lfs || !pool) {
        return lfs ? pool.error() : lfs.error();
    }
    v.lfs = std::move(*lfs);
    v.itemIds = std::move(pool->itemIds);
    v.anchors = std::move(pool->anchors);
    std::vector<int64_t> versionIds;
    for (const auto &lf : v.lfs) {
        versionIds.push_back(lf.record.versionId);
    }
    auto table = store.labelingFunctions().votes(versionIds);
    if (!table) {
        return table.error();
    }
    std::unordered_map<int64_t, int32_t> positionOf, columnOf;
    for (const auto &c : store.classes()) {
        positionOf[c.id] = int32_t(c.position);
    }
    for (size_t j = 0; j < versionIds.size(); ++j) {
        columnOf[versionIds[j]] = int32_t(j);
    }
    v.matrix.items = int64_t(v.itemIds.size());
    v.matrix.lfs = int(v.lfs.size());
    v.matrix.classes = int(store.classes().size());
    v.matrix.votes.assign(v.itemIds.size() * v.lfs.size(), kAbstain);
    for (size_t n = 0; n < table->itemIds.size(); ++n) {
        // Votes on items that failed or were removed since stay on record, out of the pool.
        if (const int64_t row = rowOf(v.itemIds, table->itemIds[n]); row >= 0) {
            v.matrix.votes[size_t(row) * v.lfs.size() + size_t(columnOf.at(table->versionIds[n]))] =
                positionOf.at(table->classIds[n]);
        }
    }
    return v;
}

Result<std::optional<CombinedLabels>> combineVotes(ProjectStore &store)
{
    auto votes = readProjectVotes(store);
    if (!votes) {
        return votes.error();
    }
    bool othersVoted = false;
    for (int j = 0; j < votes->matrix.lfs; ++j) {
        if (votes->lfs[size_t(j)].definition.kind != LfKind::Learner &&
            votes->lfs[size_t(j)].record.votes > 0) {
            othersVoted = true;
        }
    }
    if (!othersVoted) {
        return std::optional<CombinedLabels>();
    }
    auto kind = store.settings().labelModel();
    if (!kind) {
        return kind.error();
    }
    auto fit = fitLabelModel(*kind, votes->matrix, votes->anchors);
    if (!fit) {
        return fit.error();
    }
    const int classes = votes->matrix.classes;
    const size_t k = size_t(classes);

    // Calibration on the human-labelled items the functions voted on: what the votes alone
    // said of them against what people said.
    std::vector<float> heldOut;
    std::vector<int32_t> heldOutLabels;
    int64_t heldOutRight = 0;
    for (int64_t i = 0; i < votes->matrix.items; ++i) {
        const int32_t anchor = votes->anchors[size_t(i)];
        bool voted = false;
        for (int j = 0; j < votes->matrix.lfs && !voted; ++j) {
            voted = votes->matrix.at(i, j) != kAbstain;
        }
        if (anchor == kAbstain || !voted) {
            continue;
        }
        const float *row = &fit->fromVotes[size_t(i) * k];
        heldOut.insert(heldOut.end(), row, row + k);
        heldOutLabels.push_back(anchor);
        heldOutRight += std::max_element(row, row + k) - row == anchor ? 1 : 0;
    }

    CombinedLabels combined{ScoreTable(votes->itemIds, k), {}, {}};
    CombineReport &report = combined.report;
    report.kind = *kind;
    report.lfs = votes->matrix.lfs;
    report.temperature = fitTemperature(heldOut, classes, heldOutLabels);
    report.heldOutAccuracy =
        heldOutLabels.empty() ? -1 : double(heldOutRight) / double(heldOutLabels.size());
    auto probabilities = combined.scores.probabilities();
    std::copy(fit->probabilities.begin(), fit->probabilities.end(), probabilities.begin());
    applyTemperature(probabilities, classes, report.temperature);

    combined.conflicts.assign(size_t(votes->matrix.items), 0);
    for (int64_t i = 0; i < votes->matrix.items; ++i) {
        int32_t first = kAbstain;
        bool any = false;
        for (int j = 0; j < votes->matrix.lfs; ++j) {
            const int32_t v = votes->matrix.at(i, j);
            any = any || v != kAbstain;
            if (v == kAbstain || fit->lfAccuracy[size_t(j)] < kTrustedAccuracy) {
                continue;
            }
            if (first != kAbstain && v != first) {
                combined.conflicts[size_t(i)] = 1;
            }
            first = first == kAbstain ? v : first;
        }
        report.covered += any ? 1 : 0;
        report.conflicted += combined.conflicts[size_t(i)];
    }

    ModelVersionInput version;
    version.kind = "label-model";
    version.humanLabels = int64_t(std::count_if(votes->anchors.begin(), votes->anchors.end(),
                                                [](int32_t a) { return a != kAbstain; }));
    version.validationAccuracy = report.heldOutAccuracy;
    version.temperature = report.temperature;
    version.device = std::string(toText(*kind));
    auto versionId = store.models().add(version);
    if (!versionId) {
        return versionId.error();
    }
    report.modelVersionId = *versionId;
    combined.scores.setModelVersionId(*versionId);
    TRIAGE_TRY(store.predictions().store(*versionId, combined.scores.itemIds(),
                                         combined.scores.probabilities()));
    return std::optional(std::move(combined));
}

}  // namespace triage
