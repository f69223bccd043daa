#include "versions.h"

#include "sha256.h"
#include "splits.h"

#include <unordered_map>

namespace triage {

Result<DatasetVersion> findVersion(ProjectStore &store, const std::string &name)
{
    auto version = store.versions().byName(name);
    if (!version) {
        return version.error();
    }
    if (!*version) {
        return makeError(ErrorCode::NotFound, "the project has no dataset version called '" +
                                                  name + "' (see `version list`)");
    }
    return **version;
}

namespace {

std::vector<VersionClassCount> countByClass(std::span<const VersionItem> items,
                                            const std::vector<ClassInfo> &classes)
{
    std::vector<VersionClassCount> counts;
    std::unordered_map<int64_t, size_t> row;
    for (const ClassInfo &c : classes) {
        row.emplace(c.id, counts.size());
        counts.push_back(VersionClassCount{c.id});
    }
    for (const VersionItem &item : items) {
        const auto found = row.find(item.classId);
        if (found == row.end()) {
            continue;
        }
        VersionClassCount &c = counts[found->second];
        ++(item.source == LabelSource::Human    ? c.human
           : item.source == LabelSource::Import ? c.imported
                                                : c.automatic);
        if (item.split != Split::None) {
            ++(item.split == Split::Train ? c.train : item.split == Split::Val ? c.val : c.test);
        }
    }
    return counts;
}

std::string givenBy(const VersionItem &item)
{
    switch (item.source) {
    case LabelSource::Human: return item.annotator;
    case LabelSource::Import: return "import";
    case LabelSource::Auto:
        return item.modelVersionId ? "model version " + std::to_string(*item.modelVersionId)
                                   : std::string("auto-accept");
    }
    return "";
}

// The splits of the newest version made with the same plan, by item.
Result<std::unordered_map<int64_t, EarlierSplit>> earlierSplits(ProjectStore &store,
                                                                const SplitPlan &plan)
{
    auto versions = store.versions().list();
    if (!versions) {
        return versions.error();
    }
    std::unordered_map<int64_t, EarlierSplit> earlier;
    for (auto v = versions->rbegin(); v != versions->rend(); ++v) {
        if (v->splits && *v->splits == plan) {
            auto items = store.versions().items(v->id);
            if (!items) {
                return items.error();
            }
            for (const VersionItem &item : *items) {
                earlier.emplace(item.itemId, EarlierSplit{item.classId, item.split});
            }
            break;
        }
    }
    return earlier;
}

}  // namespace

Result<void> validateVersionName(const std::string &name)
{
    if (name.empty() || name.size() > 100 ||
        name.find_first_not_of(' ') == std::string::npos) {
        return makeError(ErrorCode::InvalidArgument,
                         "a dataset version needs a name of 1 to 100 characters");
    }
    for (const char ch : name) {
        if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f) {
            return makeError(ErrorCode::InvalidArgument,
                             "a dataset version's name cannot hold control characters");
        }
    }
    return {};
}

std::string versionDigest(std::span<const VersionItem> items, const std::vector<ClassInfo> &classes)
{
    std::unordered_map<int64_t, std::string> className;
    for (const ClassInfo &c : classes) {
        className.emplace(c.id, c.name);
    }
    Sha256 digest;
    for (const VersionItem &item : items) {
        digest.add(item.contentHash.empty() ? item.path : item.contentHash);
        digest.add("\t");
        digest.add(className[item.classId]);
        digest.add("\t");
        digest.add(toText(item.source));
        digest.add("\t");
        digest.add(toText(item.split));
        digest.add("\n");
    }
    return digest.hex();
}

Result<VersionSummary> createVersion(ProjectStore &store, const VersionRequest &request)
{
    TRIAGE_TRY(validateVersionName(request.name));
    if (!(request.minConfidence >= 0 && request.minConfidence <= 1)) {
        return makeError(ErrorCode::InvalidArgument,
                         "the minimum confidence must be 0 to 1");
    }
    if (request.splits) {
        TRIAGE_TRY(validateSplitPlan(*request.splits));
    }
    VersionSummary summary;
    TRIAGE_TRY(store.unitOfWork([&]() -> Result<void> {
        auto items = store.versions().currentLabels(request.includeAutomatic,
                                                    request.minConfidence);
        if (!items) {
            return items.error();
        }
        if (request.splits) {
            auto earlier = earlierSplits(store, *request.splits);
            if (!earlier) {
                return earlier.error();
            }
            assignSplits(*items, *request.splits, *earlier);
        }
        DatasetVersion &v = summary.version;
        v.name = request.name;
        v.note = request.note;
        v.createdAt = utcNowIso8601();
        v.createdBy = request.createdBy;
        v.includeAutomatic = request.includeAutomatic;
        v.minConfidence = request.minConfidence;
        v.splits = request.splits;
        v.digest = versionDigest(*items, store.classes());
        v.itemCount = int64_t(items->size());
        auto id = store.versions().add(v, *items);
        if (!id) {
            return id.error();
        }
        v.id = *id;
        summary.classes = countByClass(*items, store.classes());
        return {};
    }));
    return summary;
}

Result<std::vector<VersionSummary>> listVersions(ProjectStore &store)
{
    auto versions = store.versions().list();
    if (!versions) {
        return versions.error();
    }
    std::vector<VersionSummary> summaries;
    for (const DatasetVersion &v : *versions) {
        auto items = store.versions().items(v.id);
        if (!items) {
            return items.error();
        }
        summaries.push_back({v, countByClass(*items, store.classes())});
    }
    return summaries;
}

Result<VersionDiff> diffVersions(ProjectStore &store, const std::string &from,
                                 const std::string &to)
{
    VersionDiff diff;
    auto a = findVersion(store, from);
    if (!a) {
        return a.error();
    }
    auto b = findVersion(store, to);
    if (!b) {
        return b.error();
    }
    diff.from = *a;
    diff.to = *b;
    auto before = store.versions().items(a->id);
    if (!before) {
        return before.error();
    }
    auto after = store.versions().items(b->id);
    if (!after) {
        return after.error();
    }
    // Both are sorted by item id: one merge walk.
    size_t i = 0, j = 0;
    while (i < before->size() || j < after->size()) {
        if (j == after->size() || (i < before->size() && (*before)[i].itemId < (*after)[j].itemId)) {
            diff.removed.push_back((*before)[i++]);
        } else if (i == before->size() || (*after)[j].itemId < (*before)[i].itemId) {
            diff.added.push_back((*after)[j++]);
        } else {
            const VersionItem &old = (*before)[i++];
            const VersionItem &now = (*after)[j++];
            if (old.classId != now.classId) {
                diff.relabelled.push_back(
                    {now.itemId, now.path, old.classId, now.classId, givenBy(now)});
            }
        }
    }
    const auto countsBefore = countByClass(*before, store.classes());
    const auto countsAfter = countByClass(*after, store.classes());
    for (size_t c = 0; c < countsBefore.size(); ++c) {
        const auto total = [](const VersionClassCount &n) { return n.human + n.imported + n.automatic; };
        diff.classCounts.emplace_back(total(countsBefore[c]), total(countsAfter[c]));
    }
    return diff;
}

Result<void> deleteVersion(ProjectStore &store, const std::string &name)
{
    auto version = findVersion(store, name);
    if (!version) {
        return version.error();
    }
    return store.versions().remove(version->id);
}

}  // namespace triage
