#include "poolcache.h"

#include <atomic>
#include <cstring>
#include <thread>

namespace triage {

Result<std::vector<DecodeFailure>> PoolCache::update(ProjectStore &store, ImageSource &source,
                                                     const ProgressFn &progress,
                                                     const CancelToken &cancel)
{
    auto items = store.items().list(ItemFilter{});
    if (!items) {
        return items.error();
    }
    std::vector<const ItemRow *> missing;
    for (const auto &row : *items) {
        if (row.state != ItemState::Failed && !contains(row.id)) {  // items() omits removed
            missing.push_back(&row);
        }
    }
    const size_t first = m_itemIds.size();
    m_pixels.resize((first + missing.size()) * bytesPerItem());
    std::vector<std::string> failures(missing.size());
    std::vector<char> decoded(missing.size(), 0);

    std::atomic<size_t> next{0}, done{0};
    std::atomic<bool> stop{false};
    auto work = [&] {
        for (size_t i = next++; i < missing.size() && !stop; i = next++) {
            // No exception may leave a worker thread (std::terminate): one item that
            // cannot be decoded is marked failed, never fatal.
            try {
                auto image = source.load(missing[i]->path);
                if (image && !image->pixels.empty()) {
                    writeLearnerInput(image->pixels, m_inputSize,
                                      m_pixels.data() + (first + i) * bytesPerItem());
                    decoded[i] = 1;
                } else {
                    failures[i] = image ? missing[i]->path + " decodes to an empty image"
                                        : image.error().message;
                }
            } catch (const std::exception &e) {
                failures[i] = missing[i]->path + " cannot be decoded: " + e.what();
            }
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
    std::vector<DecodeFailure> failed;
    size_t write = first;
    for (size_t i = 0; i < missing.size(); ++i) {
        if (!decoded[i]) {
            failed.push_back(DecodeFailure{missing[i]->id, failures[i]});
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
    return failed;
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
