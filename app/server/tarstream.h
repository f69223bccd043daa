#pragma once
// A folder as a tar archive (POSIX ustar, GNU long names past 100 bytes), written chunk
// by chunk as it is sent, so an export of any size downloads without a copy on disk.
#include "api.h"

#include <string>
#include <vector>

namespace triage::server {

struct TarEntry {
    std::string source;  // the file on disk; "" for a folder
    std::string name;    // in the archive: "<folder name>/relative/path"
    int64_t size = 0;
};

// The folder's files and folders, sorted by name, the folder itself first.
Result<std::vector<TarEntry>> tarEntries(const std::string &folder);
// False when the sink refused a chunk (the client went away) or a file could not be read.
bool writeTar(const std::vector<TarEntry> &entries, const ChunkSink &sink);

}  // namespace triage::server
