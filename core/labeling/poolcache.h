#pragma once
// PoolCache: every usable item of the project as learner-ready pixels (3 x S x S bytes),
// kept across training rounds, so a round re-reads no image file. The pixels come through
// the scoring pipeline's decode stage (preparePixels) and the project's input cache, like
// any model's input (RGB, stretched to S x S): a new process (the next CLI round) reads
// them back from the cache instead of decoding the pool again.
// Memory: 3 KiB an item at S = 32.
//
// Threads: one owner thread; update() decodes on a pool of its own.
#include "imagesource.h"
#include "learner.h"
#include "modelspec.h"
#include "progress.h"
#include "projectstore.h"

#include <unordered_map>
#include <vector>

namespace triage {

struct DecodeFailure {
    int64_t itemId = 0;
    std::string reason;
};

struct PoolUpdate {
    std::vector<DecodeFailure> failures;  // items that no longer decode: not in the pool
    int64_t added = 0;                    // items new to the pool
    int64_t fromCache = 0;                // of them, read from the input cache
    std::string cacheNote;                // why there is no input cache, if there is none
};

// The learner's input as a model input spec: RGB, stretched to size x size.
InputSpec learnerInputSpec(int size);

class PoolCache {
public:
    explicit PoolCache(int inputSize) : m_inputSize(inputSize) {}

    // Adds every non-failed item of the store that is not cached yet. Items that no longer
    // decode (moved, changed, damaged) are returned, not cached.
    Result<PoolUpdate> update(ProjectStore &store, ImageSource &source, const ProgressFn &progress,
                              const CancelToken &cancel);

    ImageTensorView view() const;
    const std::vector<int64_t> &itemIds() const { return m_itemIds; }
    // The cached pixels of some items, in the given order (ids must be cached).
    std::vector<uint8_t> gather(std::span<const int64_t> itemIds) const;
    bool contains(int64_t itemId) const { return m_index.count(itemId) > 0; }
    int inputSize() const { return m_inputSize; }

private:
    size_t bytesPerItem() const { return size_t(3) * m_inputSize * m_inputSize; }

    int m_inputSize;
    std::vector<int64_t> m_itemIds;
    std::unordered_map<int64_t, size_t> m_index;
    std::vector<uint8_t> m_pixels;
};

}  // namespace triage
