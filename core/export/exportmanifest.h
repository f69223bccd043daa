#pragma once
// triage-export.json: what an export holds and how to make it again. No clock time in
// it, so exporting the same version twice gives the same bytes.
#include "labelfiles.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace triage {

struct ManifestFacts {
    std::string projectPath;
    std::string include;  // "accepted" or "human"
    std::string digest;   // versionDigest of the exported labels
    std::string command;  // the triage-cli command that writes this export again
    int64_t leftOutMissing = 0;
    int64_t linkedImages = 0;
};

std::string exportManifestJson(ExportFormat format, const ExportContents &contents,
                               const ManifestFacts &facts);

// An argument as a POSIX shell reads it back: as it is when it is plain, else single-quoted.
std::string shellQuoted(const std::string &argument);

}  // namespace triage
