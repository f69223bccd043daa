#pragma once
// ImageSource: turns an item path into pixels, for files and for "FILE#N" IDX records.
// Every decode checks the header's pixel count against a limit before decoding.
//
// Threads: load() may be called from many threads at once (IDX files are read once and
// shared). Failures come back as an Error naming the file and the problem.
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
    void setPixelLimit(int64_t pixelLimit) { m_pixelLimit = pixelLimit; }  // before any load()

    Result<DecodedImage> load(const std::string &itemPath);
    Result<std::shared_ptr<const IdxFile>> idx(const std::string &file);

private:
    int64_t m_pixelLimit;
    std::mutex m_mutex;
    std::map<std::string, std::shared_ptr<const IdxFile>> m_idxFiles;
};

// Resizes (aspect ignored: the learner sees the whole image) to size x size and writes
// 3 x size x size RGB bytes, channel-major; gray is repeated into the three channels.
void writeLearnerInput(const cv::Mat &image, int size, uint8_t *out);

}  // namespace triage
