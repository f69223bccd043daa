#pragma once
// InputCache: models' inputs as uint8 pixels on disk, memory-mapped, one file per input
// geometry (size, channel order, resize mode), so scoring again (after a retrain, or with
// another model of the same input) never decodes an image again. Normalisation (scale,
// mean, std) is applied after the cache, so it is not part of the key.
//
// The file holds one record per item id (a state byte, then channels x height x width
// bytes); it is sparse, so ids with no record take no disk. Pages are let go of as soon as
// a record is read or written, so the process's memory stays flat however large the file. A record counts only once its
// state byte is set, after its pixels: a killed process leaves a record unset, never half
// written. A header that does not match (another geometry, another version) starts the file
// over, as does one written for another project (`owner`): a project deleted and made again
// under the same name numbers its items from 1 again.
//
// Threads: store() and read() of different ids from any threads at once.
#include "modelspec.h"
#include "result.h"

#include <atomic>
#include <memory>
#include <string>

namespace triage {

class InputCache {
public:
    // The cache file for `spec`'s geometry in `folder` (created if missing), with room for
    // item ids up to maxItemId, for the project `owner` names (any text that tells projects
    // apart).
    static Result<InputCache> open(const std::string &folder, const InputSpec &spec,
                                   int64_t maxItemId, const std::string &owner = {});
    // The folder that holds a project's caches: beside the project file.
    static std::string folderFor(const std::string &projectPath);
    // Bytes the records of `items` items take.
    static int64_t bytesFor(const InputSpec &spec, int64_t items);

    InputCache(InputCache &&) noexcept;
    InputCache &operator=(InputCache &&) noexcept;
    ~InputCache();

    const std::string &path() const;
    size_t bytesPerItem() const;
    // Copies an item's cached pixels (bytesPerItem() bytes) to `out`; false when it has
    // none (or its id is out of range).
    bool read(int64_t itemId, uint8_t *out) const;
    // Copies an item's pixels in (bytesPerItem() bytes) and marks the record set.
    void store(int64_t itemId, const uint8_t *pixels);

private:
    struct Mapping;
    explicit InputCache(std::unique_ptr<Mapping> mapping);
    std::unique_ptr<Mapping> m_mapping;
};

}  // namespace triage
