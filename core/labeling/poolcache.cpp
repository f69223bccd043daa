#include "poolcache.h"

#include "projectinputs.h"
#include "scoringpipeline.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <thread>

namespace triage {

InputSpec learnerInputSpec(int size)
{
    InputSpec spec;
    spec.width = spec.height = size;
    spec.channels = ChannelOrder::Rgb;
    spec.resize = ResizeMode::Stretch;
    return spec;
}

Result<PoolUpdate> PoolCache::update(ProjectStore &store, ImageSource &source,
                                     const ProgressFn &progress, const CancelToken &cancel)
{
    auto items = store.items().list(ItemFilter{});
    if (!items) {
        return items.error();
    }
    std::vector<const ItemRow *> missing;
    int64_t highestItemId = 0;
    for (const auto &row : *items) {
        highestItemId = std::max(highestItemId, row.id);
        if (row.state != ItemState::Failed && !contains(row.id)) {  // items() omits removed
            missing.push_back(&row);
        }
    }
    PoolUpdate update;
    const InputSpec spec = learnerInputSpec(m_inputSize);
    std::optional<InputCache> cache;
    if (!missing.empty()) {
        cache = openProjectInputCache(store, spec, highestItemId, update.cacheNote);
    }
    const PixelDecoder decode = modelPixelDecoder(source, spec);
    const size_t first = m_itemIds.size();
    m_pixels.resize((first + missing.size()) * bytesPerItem());
    std::vector<std::string> failures(missing.size());  // "" for the items now in the pool

    std::atomic<size_t> next{0}, done{0};
    std::atomic<int64_t> fromCache{0};
    std::atomic<bool> stop{false};
    auto work = [&] {
        for (size_t i = next++; i < missing.size() && !stop; i = next++) {
            const PipelineItem item{missing[i]->id, missing[i]->path};
            const PreparedPixels prepared =
                preparePixels(item, cache ? &*cache : nullptr, decode,
                              m_pixels.data() + (first + i) * bytesPerItem());
            failures[i] = prepared.failure;
            fromCache += prepared.fromCache ? 1 : 0;
            ++done;
        }
    };
    const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) {
        pool.emplace_back(work);
    }
    // Report and watch for cancel from the calling thread while the pool decodes.
    while (done < missing.size()) {
        if (cancel.isCancelled()) {
            stop = true;
            break;
        }
        reportProgress(progress, "decode", int64_t(done), int64_t(missing.size()));
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    for (auto &thread : pool) {
        thread.join();
    }
    if (stop) {
        m_pixels.resize(first * bytesPerItem());
        return makeError(ErrorCode::Cancelled, "decoding cancelled");
    }

    // Compact: keep the decoded items, in store order, and report the rest.
    size_t write = first;
    for (size_t i = 0; i < missing.size(); ++i) {
        if (!failures[i].empty()) {
            update.failures.push_back(DecodeFailure{missing[i]->id, failures[i]});
            continue;
        }
        if (write != first + i) {
            std::memcpy(m_pixels.data() + write * bytesPerItem(),
                        m_pixels.data() + (first + i) * bytesPerItem(), bytesPerItem());
        }
        m_index[missing[i]->id] = write;
        m_itemIds.push_back(missing[i]->id);
        ++write;
    }
    m_pixels.resize(write * bytesPerItem());
    reportProgress(progress, "decode", int64_t(missing.size()), int64_t(missing.size()));
    update.added = int64_t(write - first);
    update.fromCache = fromCache;
    return update;
}

ImageTensorView PoolCache::view() const
{
    return ImageTensorView{m_pixels.data(), int64_t(m_itemIds.size()), 3, m_inputSize, m_inputSize};
}

std::vector<uint8_t> PoolCache::gather(std::span<const int64_t> itemIds) const
{
    std::vector<uint8_t> out(itemIds.size() * bytesPerItem());
    for (size_t i = 0; i < itemIds.size(); ++i) {
        const size_t at = m_index.at(itemIds[i]);
        std::memcpy(out.data() + i * bytesPerItem(), m_pixels.data() + at * bytesPerItem(),
                    bytesPerItem());
    }
    return out;
}

}  // namespace triage
