#pragma once
// Dataset versions (issue 11): create an immutable snapshot of the labels (with optional
// stable, stratified splits and a digest of its rows), list versions with their counts,
// compare two, delete one. The CLI's `version ...` commands and the GUI's Versions panel
// call these.
#include "projectstore.h"

#include <optional>
#include <string>
#include <vector>

namespace triage {

struct VersionRequest {
    std::string name;
    std::string note;
    std::string createdBy;
    bool includeAutomatic = true;  // auto-accepted labels too, or people's and imports' only
    double minConfidence = 0;      // automatic labels below it are left out
    std::optional<SplitPlan> splits;
};

// Per class: the version's labels by source, and by split when it has splits.
struct VersionClassCount {
    int64_t classId = 0;
    int64_t human = 0;
    int64_t imported = 0;
    int64_t automatic = 0;
    int64_t train = 0;
    int64_t val = 0;
    int64_t test = 0;
};

struct VersionSummary {
    DatasetVersion version;
    std::vector<VersionClassCount> classes;  // class position order
};

struct Relabel {
    int64_t itemId = 0;
    std::string path;
    int64_t fromClassId = 0;
    int64_t toClassId = 0;
    std::string by;  // who gave the newer label: an annotator, "import", "model version 7"
};

struct VersionDiff {
    DatasetVersion from;
    DatasetVersion to;
    std::vector<VersionItem> added;    // in `to` only
    std::vector<VersionItem> removed;  // in `from` only
    std::vector<Relabel> relabelled;
    // Per class (position order): items in `from`, items in `to`.
    std::vector<std::pair<int64_t, int64_t>> classCounts;
};

// The version of that name; NotFound, saying so, when the project has none.
Result<DatasetVersion> findVersion(ProjectStore &store, const std::string &name);

// A version name: 1 to 100 characters, no control characters, not only spaces.
Result<void> validateVersionName(const std::string &name);

// The digest of a version's rows: SHA-256 over, by item id, each item's content hash (its
// path when it has none), class name, label source and split, one line each.
std::string versionDigest(std::span<const VersionItem> items, const std::vector<ClassInfo> &classes);

// Snapshots the current labels in one transaction. With splits, items keep the splits the
// newest earlier version with the same plan gave them where their label is unchanged.
Result<VersionSummary> createVersion(ProjectStore &store, const VersionRequest &request);
Result<std::vector<VersionSummary>> listVersions(ProjectStore &store);
Result<VersionDiff> diffVersions(ProjectStore &store, const std::string &from,
                                 const std::string &to);
Result<void> deleteVersion(ProjectStore &store, const std::string &name);

}  // namespace triage
