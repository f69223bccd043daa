#include "imagesource.h"

#include "jpegdecoder.h"
#include "pngdecoder.h"
#include "posixfile.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <filesystem>

namespace triage {

Result<DecodedImage> decodeImageBytes(std::span<const uint8_t> bytes, const std::string &name,
                                      int64_t pixelLimit)
{
    if (bytes.empty()) {
        return makeError(ErrorCode::CorruptData, name + " is empty (0 bytes)");
    }
    const auto header = readImageHeader(bytes);
    if (!header) {
        return makeError(ErrorCode::CorruptData,
                         name +
                             " is not an image in a supported format (PNG, JPEG, BMP, WebP, PNM)");
    }
    if (header->width <= 0 || header->height <= 0) {
        return makeError(ErrorCode::CorruptData, name + " has an invalid size in its header");
    }
    if (header->width * header->height > pixelLimit) {
        return makeError(ErrorCode::CorruptData,
                         name + " is " + std::to_string(header->width) + "x" +
                             std::to_string(header->height) + " pixels, over the limit of " +
                             (pixelLimit % 1'000'000 == 0
                                  ? std::to_string(pixelLimit / 1'000'000) + " megapixels"
                                  : std::to_string(pixelLimit) + " pixels") +
                             " (raise it with import --max-megapixels)");
    }
    if (int64_t(bytes.size()) < header->minimumBytes) {
        return makeError(ErrorCode::CorruptData, name + " is truncated: its header needs " +
                                                     std::to_string(header->minimumBytes) +
                                                     " bytes, the file has " +
                                                     std::to_string(bytes.size()));
    }
    if (header->format == "jpeg" && !jpegHasEndMarker(bytes)) {
        return makeError(ErrorCode::CorruptData,
                         name + " is a truncated JPEG (no end-of-image marker)");
    }
    cv::Mat decoded;
    if (header->format == "jpeg") {
        auto jpeg = decodeJpeg(bytes, name);
        if (!jpeg) {
            return jpeg.error();
        }
        decoded = *jpeg;
    } else if (auto png = header->format == "png" ? decodeCommonPng(bytes) : std::nullopt) {
        decoded = *png;
    } else {
        try {
            const cv::Mat raw(1, int(bytes.size()), CV_8UC1, const_cast<uint8_t *>(bytes.data()));
            decoded = cv::imdecode(raw, cv::IMREAD_ANYDEPTH | cv::IMREAD_ANYCOLOR);
        } catch (const cv::Exception &e) {
            return makeError(ErrorCode::CorruptData, name + " cannot be decoded: " + e.what());
        }
    }
    if (decoded.empty()) {
        return makeError(ErrorCode::CorruptData, name + " is damaged or truncated: the " +
                                                     header->format + " decoder could not read it");
    }
    if (decoded.cols != header->width || decoded.rows != header->height) {
        return makeError(ErrorCode::CorruptData,
                         name + " decodes to a different size than its header says");
    }
    if (decoded.depth() != CV_8U) {
        decoded.convertTo(decoded, CV_8U, decoded.depth() == CV_16U ? 1.0 / 257 : 1.0);
    }
    if (decoded.channels() == 4) {
        cv::cvtColor(decoded, decoded, cv::COLOR_BGRA2BGR);
    } else if (decoded.channels() == 2) {
        cv::extractChannel(decoded, decoded, 0);
    }
    return DecodedImage{decoded, header->format};
}

Result<std::shared_ptr<const IdxFile>> ImageSource::idx(const std::string &file)
{
    std::lock_guard lock(m_mutex);  // held while reading: each file is read once
    if (auto found = m_idxFiles.find(file); found != m_idxFiles.end()) {
        return found->second;
    }
    auto read = readIdx(file, m_pixelLimit);
    if (!read) {
        return read.error();
    }
    if (read->dims.size() != 3) {
        return makeError(ErrorCode::CorruptData, file + " holds labels, not images");
    }
    auto shared = std::make_shared<const IdxFile>(std::move(*read));
    m_idxFiles.emplace(file, shared);
    return shared;
}

std::shared_ptr<ImageSource> imageSourceFor(int64_t pixelLimit)
{
    static std::mutex mutex;
    static std::map<int64_t, std::weak_ptr<ImageSource>> sources;
    std::lock_guard lock(mutex);
    std::weak_ptr<ImageSource> &slot = sources[pixelLimit];
    auto source = slot.lock();
    if (!source) {
        source = std::make_shared<ImageSource>(pixelLimit);
        slot = source;
    }
    return source;
}

Result<DecodedImage> ImageSource::load(const std::string &itemPath)
{
    if (const auto record = idxRecordOf(itemPath)) {
        const auto &[file, index] = *record;
        auto images = idx(file);
        if (!images) {
            return images.error();
        }
        const IdxFile &data = **images;
        if (index >= data.count()) {
            return makeError(ErrorCode::NotFound, file + " has no record " + std::to_string(index));
        }
        cv::Mat view(int(data.dims[1]), int(data.dims[2]), CV_8UC1,
                     const_cast<uint8_t *>(data.record(index)));
        return DecodedImage{view.clone(), "idx"};
    }
    auto bytes = readRegularFile(itemPath, kMaxImageFileBytes);
    if (!bytes) {
        return bytes.error();
    }
    return decodeImageBytes(*bytes, itemPath, m_pixelLimit);
}

}  // namespace triage
