#pragma once
// The scoring pipeline: items go through decode (a thread pool, or the input cache) →
// preprocess to the model's input spec → batch → infer (one thread) → write (the calling
// thread), with bounded queues between the stages, so memory stays flat on any pool size
// and the slowest stage sets the pace.
//
// The calling thread feeds the items and writes the results: the store is only ever used
// from it. Decoders never touch the store; the inference thread never touches a file.
// Standard library only (with the model's runtime behind UserModel): the pipeline and its
// cache run on a bare GPU server, where images come from the cache alone.
#include "inputcache.h"
#include "progress.h"
#include "usermodel.h"

#include <functional>
#include <span>
#include <string>
#include <vector>

namespace triage {

struct PipelineItem {
    int64_t id = 0;
    std::string path;
};

// Writes the item's model pixels (the spec's valuesPerImage() bytes, channel-major, as
// writeModelPixels makes them); returns "" or why the item cannot be decoded.
using PixelDecoder = std::function<std::string(const PipelineItem &item, uint8_t *pixels)>;

// What the pipeline talks to. decode runs on the decoder threads, at once for different
// items; the others on the calling thread.
struct PipelineIo {
    PixelDecoder decode;
    // The next items to score; empty when there are no more.
    std::function<Result<std::vector<PipelineItem>>()> next;
    // One batch's outputs: ids.size() x model.outputWidth() values.
    std::function<Result<void>(std::span<const int64_t> ids, std::span<const float> outputs)> write;
    // An item that cannot be decoded.
    std::function<Result<void>(const PipelineItem &item, const std::string &reason)> fail;
};

struct PipelineOptions {
    int batchSize = 64;
    int decodeThreads = 0;  // 0: one per core
};

struct PipelineStats {
    int64_t scored = 0;
    int64_t failed = 0;
    int64_t fromCache = 0;  // inputs read from the cache instead of decoded
    double seconds = 0;
};

// The pipeline's decode stage for one item, for everything that needs model inputs as
// pixels (the learner's pool too): the item's input from the cache (made for the same
// input spec as `decode`), or decoded and then cached. No exception leaves it.
struct PreparedPixels {
    std::string failure;  // "" when `pixels` holds the item's input
    bool fromCache = false;
};
PreparedPixels preparePixels(const PipelineItem &item, InputCache *cache,
                             const PixelDecoder &decode, uint8_t *pixels);

// Runs until `next` has no more, or until cancel (Cancelled, with what was written kept).
// `cache` may be null: every image is decoded then.
Result<PipelineStats> runScoringPipeline(UserModel &model, InputCache *cache,
                                         const PipelineOptions &options,
                                         const PipelineIo &io, const ProgressFn &progress,
                                         int64_t progressTotal, const CancelToken &cancel);

}  // namespace triage
