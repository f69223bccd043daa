#include "labelingfunctions.h"

#include "autolabeler.h"
#include "csvreader.h"
#include "imagesource.h"
#include "lfpoolvotes.h"
#include "lfreports.h"
#include "lfvoter.h"
#include "posixfile.h"
#include "routing.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <thread>
#include <unordered_map>

namespace triage {
namespace {

constexpr int64_t kItemsPerBatch = 512;  // one commit of votes per batch: resumable steps
constexpr const char *kLearnerName = "learner";

Result<LfRecord> existing(ProjectStore &store, const std::string &name)
{
    auto record = store.labelingFunctions().byName(name);
    if (!record) {
        return record.error();
    }
    if (!record->has_value()) {
        return makeError(ErrorCode::NotFound,
                         "the project has no labeling function '" + name + "'");
    }
    return **record;
}

std::vector<int64_t> humanLabelsByPosition(const std::vector<int32_t> &anchors, size_t classes)
{
    std::vector<int64_t> counts(classes, 0);
    for (const int32_t a : anchors) {
        if (a != kAbstain) {
            ++counts[size_t(a)];
        }
    }
    return counts;
}

// Writes `text` to a new file beside `path` and renames it over `path`: a reader sees the
// old file or the whole new one.
Result<void> writeFileReplacing(const std::string &path, const std::string &text)
{
    const std::string partial = path + ".partial";
    std::error_code ignored;
    std::filesystem::remove(partial, ignored);
    TRIAGE_TRY(writeFileSynced(
        partial, std::span(reinterpret_cast<const uint8_t *>(text.data()), text.size())));
    std::error_code error;
    std::filesystem::rename(partial, path, error);
    if (error) {
        return makeError(ErrorCode::Io, "cannot write " + path + ": " + error.message());
    }
    return {};
}

// One thread's voters: a cascade is not to be shared between threads.
using VoterSet = std::vector<std::unique_ptr<LfVoter>>;

Result<VoterSet> makeVoters(const std::vector<ActiveLf> &lfs, const std::vector<ClassInfo> &classes,
                            int64_t pixelLimit)
{
    VoterSet voters;
    for (const auto &lf : lfs) {
        auto voter = makeLfVoter(lf.record.name, lf.definition, classes, pixelLimit);
        if (!voter) {
            return voter.error();
        }
        voters.push_back(std::move(*voter));
    }
    return voters;
}

// What one item of a batch came to: each function's vote, its signature, whether it decoded.
struct ItemResult {
    std::vector<int32_t> votes;
    std::optional<ItemSignature> signature;
    bool decoded = false;
    bool failed = false;
};

// Runs `work(thread, index)` over [0, count) on every core, each thread with its own index.
template <typename Work>
void onEveryCore(size_t count, unsigned threads, Work &&work)
{
    std::atomic<size_t> next{0};
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            for (size_t i = next++; i < count; i = next++) {
                work(t, i);
            }
        });
    }
    for (auto &thread : pool) {
        thread.join();
    }
}

// One batch of the walk in one transaction: each version's votes (and how far it got),
// and the signatures of the items decoded for the first time.
Result<void> storeBatch(ProjectStore &store, const std::vector<ActiveLf> &itemLfs,
                        const std::vector<StoredItem> &batch,
                        const std::vector<ItemResult> &results)
{
    const int64_t last = batch.back().id;
    const auto &classes = store.classes();
    return store.unitOfWork([&]() -> Result<void> {
        for (size_t j = 0; j < itemLfs.size(); ++j) {
            if (last <= itemLfs[j].record.appliedThrough) {
                continue;
            }
            std::vector<int64_t> ids, classIds;
            for (size_t i = 0; i < batch.size(); ++i) {
                if (results[i].votes[j] != kAbstain) {
                    ids.push_back(batch[i].id);
                    classIds.push_back(classes[size_t(results[i].votes[j])].id);
                }
            }
            TRIAGE_TRY(store.labelingFunctions().appendVotes(itemLfs[j].record.versionId, ids,
                                                             classIds, last));
        }
        SignatureTable signatures;
        signatures.thumbnailBytes = kThumbnailSide * kThumbnailSide;
        std::vector<int64_t> signedIds;
        for (size_t i = 0; i < batch.size(); ++i) {
            if (const auto &s = results[i].signature) {
                signedIds.push_back(batch[i].id);
                signatures.hashes.push_back(s->hash);
                signatures.thumbnails.insert(signatures.thumbnails.end(), s->thumbnail.begin(),
                                             s->thumbnail.end());
            }
        }
        return store.labelingFunctions().storeSignatures(signedIds, signatures);
    });
}

// The label model over every enabled function's votes, then routing by it. Nothing to do
// when only the learner voted: its own round routed the pool already.
Result<void> combineAndRoute(ProjectStore &store, LfApplyReport &report)
{
    auto combined = combineVotes(store);
    if (!combined) {
        return combined.error();
    }
    if (!*combined) {
        return {};
    }
    auto labelled = labelledPool(store);  // the pool the label model just covered
    if (!labelled) {
        return labelled.error();
    }
    auto routing = routeScores(store, (*combined)->scores,
                               humanLabelsByPosition(labelled->anchors, store.classes().size()),
                               (*combined)->conflicts);
    if (!routing) {
        return routing.error();
    }
    report.routing = *routing;
    report.labelModel = (*combined)->report;
    auto pruned = store.predictions().prune();
    return pruned ? Result<void>() : Result<void>(pruned.error());
}

}  // namespace

Result<void> checkLabelingFunction(ProjectStore &store, const std::string &name,
                                   const LfDefinition &definition)
{
    if (name.empty() || name.find_first_of(",\n\r\"") != std::string::npos) {
        return makeError(ErrorCode::InvalidArgument,
                         "a labeling function needs a name without commas, quotes or line breaks");
    }
    TRIAGE_TRY(checkWellFormed(name, definition));
    if (votesPerItem(definition.kind)) {
        auto pixelLimit = store.settings().pixelLimit();
        if (!pixelLimit) {
            return pixelLimit.error();
        }
        auto voter = makeLfVoter(name, definition, store.classes(), *pixelLimit);
        return voter ? Result<void>() : Result<void>(voter.error());
    }
    if (definition.kind == LfKind::Model ||
        (definition.kind == LfKind::NearestNeighbours && definition.modelName != "pixels")) {
        const ModelKind wanted =
            definition.kind == LfKind::Model ? ModelKind::Classifier : ModelKind::Embedder;
        auto model = store.projectModels().byName(definition.modelName);
        if (!model) {
            return model.error();
        }
        if (!model->has_value() || (*model)->kind != wanted) {
            return makeError(
                ErrorCode::InvalidArgument,
                "labeling function '" + name + "': the project has no " +
                    (wanted == ModelKind::Classifier ? "classifier" : "embedder") + " called '" +
                    definition.modelName + "' (model list)" +
                    (wanted == ModelKind::Embedder ? "; pixels compares thumbnails" : ""));
        }
    }
    return {};
}

Result<LfRecord> addLabelingFunction(ProjectStore &store, const std::string &name,
                                     const LfDefinition &definition, bool enabled)
{
    if (definition.kind == LfKind::Learner) {
        return makeError(ErrorCode::InvalidArgument,
                         "the learner is built in as the labeling function 'learner'; edit it");
    }
    TRIAGE_TRY(checkLabelingFunction(store, name, definition));
    return store.labelingFunctions().add(name, std::string(toText(definition.kind)),
                                         definitionJson(definition), enabled);
}

Result<LfRecord> editLabelingFunction(ProjectStore &store, const std::string &name,
                                      const LfDefinition &definition)
{
    auto record = existing(store, name);
    if (!record) {
        return record.error();
    }
    if ((name == kLearnerName) != (definition.kind == LfKind::Learner)) {
        return makeError(ErrorCode::InvalidArgument, "labeling function '" + name +
                                                         "': only the built-in 'learner' is of " +
                                                         "kind learner, and it stays so");
    }
    TRIAGE_TRY(checkLabelingFunction(store, name, definition));
    const std::string json = definitionJson(definition);
    if (json == record->definition) {
        return *record;
    }
    return store.labelingFunctions().addVersion(record->id, std::string(toText(definition.kind)),
                                                json);
}

Result<void> enableLabelingFunction(ProjectStore &store, const std::string &name, bool enabled)
{
    auto record = existing(store, name);
    if (!record) {
        return record.error();
    }
    return store.labelingFunctions().setEnabled(record->id, enabled);
}

Result<void> removeLabelingFunction(ProjectStore &store, const std::string &name)
{
    if (name == kLearnerName) {
        return makeError(ErrorCode::InvalidArgument,
                         "the learner's labeling function is built in: disable it instead");
    }
    auto record = existing(store, name);
    if (!record) {
        return record.error();
    }
    return store.labelingFunctions().remove(record->id);
}

Result<LfDefinition> storedDefinition(ProjectStore &store, const std::string &name)
{
    auto record = existing(store, name);
    if (!record) {
        return record.error();
    }
    return definitionFromJson(record->definition);
}

Result<std::vector<NamedLf>> labelingFunctionSet(ProjectStore &store)
{
    auto records = store.labelingFunctions().list();
    if (!records) {
        return records.error();
    }
    std::vector<NamedLf> set;
    for (const auto &record : *records) {
        auto definition = definitionFromJson(record.definition);
        if (!definition) {
            return makeError(ErrorCode::CorruptData,
                             "the stored labeling function '" + record.name +
                                 "' is damaged: " + definition.error().message);
        }
        set.push_back({record.name, record.enabled, std::move(*definition)});
    }
    return set;
}

Result<LfImportSummary> importLabelingFunctions(ProjectStore &store, std::string_view json)
{
    auto set = lfSetFromJson(json);
    if (!set) {
        return set.error();
    }
    std::set<std::string> names;
    for (const auto &lf : *set) {
        if (!names.insert(lf.name).second) {
            return makeError(ErrorCode::InvalidArgument,
                             "the file has two labeling functions called '" + lf.name + "'");
        }
        if ((lf.name == kLearnerName) != (lf.definition.kind == LfKind::Learner)) {
            return makeError(ErrorCode::InvalidArgument,
                             "labeling function '" + lf.name +
                                 "': only the built-in 'learner' is of kind learner");
        }
        TRIAGE_TRY(checkLabelingFunction(store, lf.name, lf.definition));
    }
    LfImportSummary summary;
    TRIAGE_TRY(store.unitOfWork([&]() -> Result<void> {
        for (const auto &lf : *set) {
            auto current = store.labelingFunctions().byName(lf.name);
            if (!current) {
                return current.error();
            }
            if (!current->has_value()) {
                TRIAGE_TRY(addLabelingFunction(store, lf.name, lf.definition, lf.enabled));
                ++summary.added;
                continue;
            }
            const bool same = (*current)->definition == definitionJson(lf.definition);
            if (!same) {
                TRIAGE_TRY(editLabelingFunction(store, lf.name, lf.definition));
            }
            TRIAGE_TRY(store.labelingFunctions().setEnabled((*current)->id, lf.enabled));
            ++(same ? summary.unchanged : summary.updated);
        }
        return {};
    }));
    return summary;
}

Result<int64_t> exportLabelingFunctions(ProjectStore &store, const std::string &path)
{
    auto set = labelingFunctionSet(store);
    if (!set) {
        return set.error();
    }
    const std::string text = lfSetJson(*set) + "\n";
    TRIAGE_TRY(writeFileReplacing(path, text));
    return int64_t(set->size());
}

Result<LfImportSummary> importLabelingFunctionsFile(ProjectStore &store, const std::string &path)
{
    constexpr int64_t kMaxFileBytes = 16 << 20;
    auto bytes = readRegularFile(path, kMaxFileBytes);
    if (!bytes) {
        return bytes.error();
    }
    return importLabelingFunctions(
        store, std::string_view(reinterpret_cast<const char *>(bytes->data()), bytes->size()));
}

Result<LfPreview> previewLabelingFunction(ProjectStore &store, const std::string &name,
                                          const LfDefinition &definition, int sampleSize,
                                          const CancelToken &cancel)
{
    TRIAGE_TRY(checkLabelingFunction(store, name, definition));
    auto pool = labelledPool(store);
    if (!pool) {
        return pool.error();
    }
    const auto *itemIds = &pool->itemIds;
    const auto *anchors = &pool->anchors;
    // Half the sample from the human labels, the rest from the other items: seeded, so the
    // same preview shows the same items.
    std::vector<size_t> labelled, other;
    for (size_t i = 0; i < itemIds->size(); ++i) {
        ((*anchors)[i] != kAbstain ? labelled : other).push_back(i);
    }
    std::mt19937 rng(7);
    std::shuffle(labelled.begin(), labelled.end(), rng);
    std::shuffle(other.begin(), other.end(), rng);
    const size_t fromLabelled = std::min(labelled.size(), size_t(sampleSize) / 2);
    std::vector<size_t> sample(labelled.begin(), labelled.begin() + long(fromLabelled));
    const size_t fromOther = std::min(other.size(), size_t(sampleSize) - fromLabelled);
    sample.insert(sample.end(), other.begin(), other.begin() + long(fromOther));
    std::sort(sample.begin(), sample.end());

    std::vector<int32_t> votes(sample.size(), kAbstain);
    if (votesPerItem(definition.kind)) {
        auto pixelLimit = store.settings().pixelLimit();
        if (!pixelLimit) {
            return pixelLimit.error();
        }
        auto voter = makeLfVoter(name, definition, store.classes(), *pixelLimit);
        if (!voter) {
            return voter.error();
        }
        auto source = imageSourceFor(*pixelLimit);
        for (size_t s = 0; s < sample.size(); ++s) {
            if (cancel.isCancelled()) {
                return makeError(ErrorCode::Cancelled, "preview cancelled");
            }
            auto items = store.items().usableAfter((*itemIds)[sample[s]] - 1, 1);
            if (!items) {
                return items.error();
            }
            if (items->empty()) {
                continue;
            }
            const StoredItem &item = items->front();
            std::optional<DecodedImage> image;
            std::optional<ImageStatistics> statistics;
            if ((*voter)->needsPixels()) {
                if (auto loaded = source->load(item.meta.path)) {
                    image = std::move(*loaded);
                    statistics = measureImage(image->pixels);
                }
            }
            votes[s] = (*voter)->vote(LfItem{&item.meta, image ? &image->pixels : nullptr,
                                             statistics ? &*statistics : nullptr});
        }
    } else if (definition.kind != LfKind::Learner) {
        auto pool = poolVotes(store, definition, *itemIds, *anchors, nullptr);
        if (!pool) {
            return pool.error();
        }
        for (size_t s = 0; s < sample.size(); ++s) {
            votes[s] = (*pool)[sample[s]];
        }
    }
    LfPreview preview;
    for (size_t s = 0; s < sample.size(); ++s) {
        auto row = store.items().get((*itemIds)[sample[s]]);
        if (!row) {
            return row.error();
        }
        const int32_t human = (*anchors)[sample[s]];
        preview.rows.push_back(
            {(*itemIds)[sample[s]], *row ? (*row)->path : std::string(), votes[s], human});
        if (votes[s] != kAbstain) {
            ++preview.voted;
            preview.checked += human != kAbstain ? 1 : 0;
            preview.correct += human != kAbstain && human == votes[s] ? 1 : 0;
        }
    }
    return preview;
}

Result<LfAnalysisReport> analyzeLabelingFunctions(ProjectStore &store)
{
    auto votes = readProjectVotes(store);
    auto kind = store.settings().labelModel();
    if (!votes || !kind) {
        return votes ? kind.error() : votes.error();
    }
    const VoteAnalysis analysis = analyzeVotes(votes->matrix, votes->anchors);
    LfAnalysisReport report;
    report.labelModel = *kind;
    report.items = analysis.items;
    report.covered = analysis.covered;
    report.conflicted = analysis.conflicted;
    std::vector<double> learned(votes->lfs.size(), -1);
    if (!votes->lfs.empty() && votes->matrix.items > 0) {
        auto fit = fitLabelModel(*kind, votes->matrix, votes->anchors);
        if (!fit) {
            return fit.error();
        }
        if (*kind != LabelModelKind::MajorityVote) {
            learned = fit->lfAccuracy;
        }
    }
    for (size_t j = 0; j < votes->lfs.size(); ++j) {
        report.rows.push_back({votes->lfs[j].record, describe(votes->lfs[j].definition),
                               analysis.lfs[j], learned[j]});
    }
    return report;
}

Result<int64_t> writeVoteMatrix(ProjectStore &store, const std::string &path)
{
    auto votes = readProjectVotes(store);
    if (!votes) {
        return votes.error();
    }
    const std::string partial = path + ".partial";
    {
        std::ofstream out(partial, std::ios::trunc);
        if (!out) {
            return makeError(ErrorCode::Io, "cannot write " + partial);
        }
        out << "item_id,path,human";
        for (const auto &lf : votes->lfs) {
            out << ',' << lf.record.name;
        }
        out << '\n';
        // Paths come in batches, in the same id order as the rows: one query per batch.
        std::vector<StoredItem> batch;
        size_t next = 0;
        for (int64_t i = 0; i < votes->matrix.items; ++i) {
            const int64_t itemId = votes->itemIds[size_t(i)];
            while (next < batch.size() && batch[next].id < itemId) {
                ++next;
            }
            if (next == batch.size()) {
                auto read = store.items().usableAfter(itemId - 1, kItemsPerBatch * 8);
                if (!read) {
                    return read.error();
                }
                batch = std::move(*read);
                next = 0;
            }
            const bool found = next < batch.size() && batch[next].id == itemId;
            out << itemId << ',' << csvField(found ? batch[next].meta.path : std::string()) << ','
                << votes->anchors[size_t(i)];
            for (int j = 0; j < votes->matrix.lfs; ++j) {
                out << ',' << votes->matrix.at(i, j);
            }
            out << '\n';
        }
        out.flush();
        if (!out) {
            return makeError(ErrorCode::Io, "writing " + partial + " failed (disk full?)");
        }
    }
    std::error_code error;
    std::filesystem::rename(partial, path, error);
    if (error) {
        return makeError(ErrorCode::Io,
                         "cannot move " + partial + " to " + path + ": " + error.message());
    }
    return votes->matrix.items;
}

Result<JobOutcome> ApplyLabelingFunctionsJob::run(ProjectStore &store, const ProgressFn &progress,
                                                  const CancelToken &cancel)
{
    auto report = apply(store, progress, cancel);
    if (!report) {
        return report.error();
    }
    return describe(*report);
}

Result<LfApplyReport> ApplyLabelingFunctionsJob::apply(ProjectStore &store,
                                                       const ProgressFn &progress,
                                                       const CancelToken &cancel)
{
    auto lfs = enabledLabelingFunctions(store);
    auto pixelLimit = store.settings().pixelLimit();
    if (!lfs || !pixelLimit) {
        return lfs ? pixelLimit.error() : lfs.error();
    }
    LfApplyReport report;
    report.functions = int(lfs->size());
    std::vector<ActiveLf> itemLfs;
    bool needSignatures = false;
    for (const auto &lf : *lfs) {
        if (votesPerItem(lf.definition.kind)) {
            itemLfs.push_back(lf);
        }
        needSignatures = needSignatures || lf.definition.kind == LfKind::NearDuplicate ||
                         (lf.definition.kind == LfKind::NearestNeighbours &&
                          lf.definition.modelName == "pixels");
    }
    // The item-by-item kinds are checked by making their voters below; the others here
    // (a model they name may have been removed since).
    for (const auto &lf : *lfs) {
        if (!votesPerItem(lf.definition.kind)) {
            TRIAGE_TRY(checkLabelingFunction(store, lf.record.name, lf.definition));
        }
    }

    // Each thread gets voters of its own; the walk resumes after the least-applied version.
    const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    std::vector<VoterSet> voters;
    for (unsigned t = 0; t < threads; ++t) {
        auto set = makeVoters(itemLfs, store.classes(), *pixelLimit);
        if (!set) {
            return set.error();
        }
        voters.push_back(std::move(*set));
    }
    std::unordered_map<int64_t, bool> hasSignature;
    if (needSignatures) {
        auto known = store.labelingFunctions().signatures();
        if (!known) {
            return known.error();
        }
        for (const int64_t id : known->itemIds) {
            hasSignature[id] = true;
        }
    }
    int64_t start = needSignatures ? 0 : std::numeric_limits<int64_t>::max();
    for (const auto &lf : itemLfs) {
        start = std::min(start, lf.record.appliedThrough);
    }
    auto pool = store.items().usableIds();
    if (!pool) {
        return pool.error();
    }
    const int64_t total =
        int64_t(pool->end() - std::upper_bound(pool->begin(), pool->end(), start));
    auto source = imageSourceFor(*pixelLimit);

    for (int64_t after = start; after != std::numeric_limits<int64_t>::max();) {
        if (cancel.isCancelled()) {
            return makeError(ErrorCode::Cancelled, "applying labeling functions cancelled");
        }
        reportProgress(progress, "apply", report.items, total);
        auto batch = store.items().usableAfter(after, kItemsPerBatch);
        if (!batch) {
            return batch.error();
        }
        if (batch->empty()) {
            break;
        }
        std::vector<ItemResult> results(batch->size());
        onEveryCore(batch->size(), threads, [&](unsigned t, size_t i) {
            const StoredItem &item = (*batch)[i];
            ItemResult &result = results[i];
            const bool wantSignature = needSignatures && !hasSignature.count(item.id);
            bool wantPixels = wantSignature;
            for (size_t j = 0; j < itemLfs.size(); ++j) {
                wantPixels = wantPixels || (item.id > itemLfs[j].record.appliedThrough &&
                                            voters[t][j]->needsPixels());
            }
            std::optional<DecodedImage> image;
            std::optional<ImageStatistics> statistics;
            if (wantPixels) {
                if (auto loaded = source->load(item.meta.path)) {
                    image = std::move(*loaded);
                    statistics = measureImage(image->pixels);
                    result.decoded = true;
                } else {
                    result.failed = true;  // pixel tests abstain; the item stays as it is
                }
            }
            if (wantSignature && image) {
                result.signature = signatureOf(image->pixels);
            }
            const LfItem lfItem{&item.meta, image ? &image->pixels : nullptr,
                                statistics ? &*statistics : nullptr};
            result.votes.assign(itemLfs.size(), kAbstain);
            for (size_t j = 0; j < itemLfs.size(); ++j) {
                if (item.id > itemLfs[j].record.appliedThrough) {
                    result.votes[j] = voters[t][j]->vote(lfItem);
                }
            }
        });
        const int64_t last = batch->back().id;
        TRIAGE_TRY(storeBatch(store, itemLfs, *batch, results));
        for (const auto &result : results) {
            report.decoded += result.decoded ? 1 : 0;
            report.failedToDecode += result.failed ? 1 : 0;
        }
        report.items += int64_t(batch->size());
        after = last;
    }
    reportProgress(progress, "apply", report.items, total);

    TRIAGE_TRY(refreshPoolVotes(store, *lfs, nullptr, progress, cancel));
    reportProgress(progress, "label model", 0, 1);
    TRIAGE_TRY(combineAndRoute(store, report));
    reportProgress(progress, "label model", 1, 1);
    return report;
}

}  // namespace triage
