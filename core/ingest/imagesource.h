#pragma once
// ImageSource: the one way an item's image is read, wherever it is needed (import, the
// learner's pool, review, thumbnails, export): a file, or record N of an IDX file
// ("FILE#N"). Every decode checks the header's pixel count against the project's limit
// before decoding. imageSourceFor() hands out one shared source per pixel limit, so an
// IDX file is read once per process however many parts of it read records.
//
// Threads: load() may be called from many threads at once. Failures come back as an
// Error naming the file and the problem.
#include "idxfile.h"
#include "imageheader.h"
#include "projecttypes.h"
#include "result.h"

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <vector>

namespace triage {

struct DecodedImage {
    cv::Mat pixels;  // 8-bit, 1 channel (gray) or 3 channels (BGR); alpha dropped
    std::string format;
};

// Decodes an encoded image held in memory; `name` is only used in error messages.
Result<DecodedImage> decodeImageBytes(std::span<const uint8_t> bytes, const std::string &name,
                                      int64_t pixelLimit = kDefaultPixelLimit);
// No image file we accept is larger than this (1 GiB); read with readRegularFile().
constexpr int64_t kMaxImageFileBytes = int64_t(1) << 30;

class ImageSource {
public:
    explicit ImageSource(int64_t pixelLimit = kDefaultPixelLimit) : m_pixelLimit(pixelLimit) {}

    Result<DecodedImage> load(const std::string &itemPath);
    Result<std::shared_ptr<const IdxFile>> idx(const std::string &file);
    int64_t pixelLimit() const { return m_pixelLimit; }

private:
    const int64_t m_pixelLimit;
    std::mutex m_mutex;
    std::map<std::string, std::shared_ptr<const IdxFile>> m_idxFiles;
};

// The process's source for this pixel limit (made on first use, shared while in use).
std::shared_ptr<ImageSource> imageSourceFor(int64_t pixelLimit);

}  // namespace triage
