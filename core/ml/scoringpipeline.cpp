#include "scoringpipeline.h"

#include "boundedqueue.h"

#include <atomic>
#include <chrono>
#include <deque>
#include <mutex>
#include <thread>

namespace triage {
namespace {

// One item after decode and preprocess: its model input, or why it has none.
struct PreparedItem {
    PipelineItem item;
    std::vector<float> input;
    std::string failure;
    bool fromCache = false;
};

// One inference batch's results, and the failures that came through with it.
struct ScoredBatch {
    std::vector<int64_t> ids;
    std::vector<float> outputs;
    std::vector<std::pair<PipelineItem, std::string>> failures;
    int64_t fromCache = 0;
};

class Pipeline {
public:
    Pipeline(UserModel &model, InputCache *cache, const PipelineOptions &options,
             const PipelineIo &io)
        : m_model(model), m_cache(cache), m_options(options), m_io(io),
          m_toDecode(size_t(options.batchSize) * 4), m_toInfer(size_t(options.batchSize) * 2),
          m_toWrite(4)
    {
    }

    Result<PipelineStats> run(const ProgressFn &progress, int64_t total, const CancelToken &cancel)
    {
        const auto started = std::chrono::steady_clock::now();
        const unsigned decoders = m_options.decodeThreads > 0
                                      ? unsigned(m_options.decodeThreads)
                                      : std::max(1u, std::thread::hardware_concurrency());
        m_decodersLeft = int(decoders);
        std::vector<std::thread> threads;
        for (unsigned i = 0; i < decoders; ++i) {
            threads.emplace_back([this] { decodeLoop(); });
        }
        threads.emplace_back([this, &cancel] { inferLoop(cancel); });

        Result<void> outcome = feedAndWrite(m_io, progress, total, cancel);
        if (!outcome) {  // stop every stage: closed queues end their loops
            m_stop = true;
            m_toDecode.close();
            m_toInfer.close();
            m_toWrite.close();
        }
        for (auto &thread : threads) {
            thread.join();
        }
        m_stats.seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        if (!outcome) {
            return outcome.error();
        }
        if (m_inferError) {
            return *m_inferError;
        }
        return m_stats;
    }

private:
    // The calling thread: keeps the decoders fed and writes what comes out, until the
    // last batch is written.
    Result<void> feedAndWrite(const PipelineIo &io, const ProgressFn &progress, int64_t total,
                              const CancelToken &cancel)
    {
        std::deque<PipelineItem> pending;
        bool fed = false;
        reportProgress(progress, "score", 0, total);
        for (;;) {
            if (cancel.isCancelled()) {
                return makeError(ErrorCode::Cancelled, "scoring cancelled");
            }
            while (!fed) {
                if (pending.empty()) {
                    auto more = io.next();
                    if (!more) {
                        return more.error();
                    }
                    if (more->empty()) {
                        fed = true;
                        m_toDecode.close();
                        break;
                    }
                    pending.assign(std::make_move_iterator(more->begin()),
                                   std::make_move_iterator(more->end()));
                }
                if (!m_toDecode.tryPush(pending.front())) {
                    break;
                }
                pending.pop_front();
            }
            auto batch = m_toWrite.popFor(std::chrono::milliseconds(fed ? 200 : 20));
            if (!batch) {
                if (m_toWrite.finished()) {
                    return m_inferError ? Result<void>(*m_inferError) : Result<void>();
                }
                continue;
            }
            for (const auto &[item, reason] : batch->failures) {
                TRIAGE_TRY(io.fail(item, reason));
                ++m_stats.failed;
            }
            if (!batch->ids.empty()) {
                TRIAGE_TRY(io.write(batch->ids, batch->outputs));
            }
            m_stats.scored += int64_t(batch->ids.size());
            m_stats.fromCache += batch->fromCache;
            reportProgress(progress, "score", m_stats.scored, total);
        }
    }

    PreparedItem prepare(PipelineItem item)
    {
        const InputSpec &spec = m_model.inputSpec();
        std::vector<uint8_t> pixels(size_t(spec.valuesPerImage()));
        const PreparedPixels read = preparePixels(item, m_cache, m_io.decode, pixels.data());
        PreparedItem prepared{std::move(item), {}, read.failure, read.fromCache};
        if (!prepared.failure.empty()) {
            return prepared;
        }
        prepared.input.resize(size_t(spec.valuesPerImage()));
        normaliseModelInput(pixels.data(), spec, prepared.input.data());
        return prepared;
    }

    void decodeLoop()
    {
        while (auto item = m_toDecode.pop()) {
            if (m_stop || !m_toInfer.push(prepare(std::move(*item)))) {
                break;
            }
        }
        if (--m_decodersLeft == 0) {
            m_toInfer.close();  // the last decoder out ends the inference stage's input
        }
    }

    void inferLoop(const CancelToken &cancel)
    {
        const size_t width = size_t(m_model.outputWidth());
        const size_t values = size_t(m_model.inputSpec().valuesPerImage());
        std::vector<float> inputs;
        bool more = true;
        while (more && !m_stop) {
            ScoredBatch batch;
            inputs.clear();
            while (batch.ids.size() < size_t(m_options.batchSize)) {
                auto prepared = m_toInfer.pop();
                if (!prepared) {
                    more = false;
                    break;
                }
                if (!prepared->failure.empty()) {
                    batch.failures.emplace_back(std::move(prepared->item), prepared->failure);
                    continue;
                }
                batch.fromCache += prepared->fromCache ? 1 : 0;
                batch.ids.push_back(prepared->item.id);
                inputs.insert(inputs.end(), prepared->input.begin(), prepared->input.end());
            }
            if (!batch.ids.empty()) {
                batch.outputs.resize(batch.ids.size() * width);
                auto ran = m_model.run({inputs.data(), int64_t(inputs.size() / values)},
                                       batch.outputs, cancel);
                if (!ran) {
                    m_inferError = ran.error();
                    break;
                }
            }
            if (!batch.ids.empty() || !batch.failures.empty()) {
                if (!m_toWrite.push(std::move(batch))) {
                    break;
                }
            }
        }
        m_toWrite.close();
        if (m_inferError) {  // the decoders stop too
            m_stop = true;
            m_toDecode.close();
            m_toInfer.close();
        }
    }

    UserModel &m_model;
    InputCache *m_cache;
    PipelineOptions m_options;
    const PipelineIo &m_io;
    BoundedQueue<PipelineItem> m_toDecode;
    BoundedQueue<PreparedItem> m_toInfer;
    BoundedQueue<ScoredBatch> m_toWrite;
    std::atomic<int> m_decodersLeft{0};
    std::atomic<bool> m_stop{false};
    std::optional<Error> m_inferError;  // written by the inference thread before it closes m_toWrite
    PipelineStats m_stats;
};

}  // namespace

PreparedPixels preparePixels(const PipelineItem &item, InputCache *cache,
                             const PixelDecoder &decode, uint8_t *pixels)
{
    PreparedPixels prepared;
    prepared.fromCache = cache && cache->read(item.id, pixels);
    if (prepared.fromCache) {
        return prepared;
    }
    // No exception may leave a worker thread: an image that cannot be decoded fails that
    // item alone.
    try {
        prepared.failure = decode(item, pixels);
    } catch (const std::exception &e) {
        prepared.failure = item.path + " cannot be decoded: " + e.what();
    }
    if (prepared.failure.empty() && cache) {
        cache->store(item.id, pixels);
    }
    return prepared;
}

Result<PipelineStats> runScoringPipeline(UserModel &model, InputCache *cache,
                                         const PipelineOptions &options, const PipelineIo &io,
                                         const ProgressFn &progress, int64_t progressTotal,
                                         const CancelToken &cancel)
{
    Pipeline pipeline(model, cache, options, io);
    return pipeline.run(progress, progressTotal, cancel);
}

}  // namespace triage
