#include "pngdecoder.h"

#include <libdeflate.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace triage {
namespace {

constexpr uint8_t kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

uint32_t bigEndian32(const uint8_t *p)
{
    return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3];
}

// Samples a pixel for the colour types handled here; 0 for the others.
int samplesPerPixel(uint8_t colorType)
{
    switch (colorType) {
    case 0: return 1;  // gray
    case 2: return 3;  // RGB
    case 6: return 4;  // RGBA
    default: return 0;
    }
}

uint8_t paeth(int left, int up, int upLeft)
{
    const int estimate = left + up - upLeft;
    const int toLeft = std::abs(estimate - left);
    const int toUp = std::abs(estimate - up);
    const int toUpLeft = std::abs(estimate - upLeft);
    if (toLeft <= toUp && toLeft <= toUpLeft) {
        return uint8_t(left);
    }
    return uint8_t(toUp <= toUpLeft ? up : upLeft);
}

// Undoes the per-row filters in place: each row is a filter byte and rowBytes samples.
bool unfilter(uint8_t *data, int height, size_t rowBytes, size_t bytesPerPixel)
{
    const std::vector<uint8_t> zeros(rowBytes, 0);
    const uint8_t *previous = zeros.data();
    for (int y = 0; y < height; ++y) {
        uint8_t *row = data + size_t(y) * (rowBytes + 1);
        const uint8_t filter = row[0];
        uint8_t *x = row + 1;
        switch (filter) {
        case 0: break;
        case 1:
            for (size_t i = bytesPerPixel; i < rowBytes; ++i) {
                x[i] = uint8_t(x[i] + x[i - bytesPerPixel]);
            }
            break;
        case 2:
            for (size_t i = 0; i < rowBytes; ++i) {
                x[i] = uint8_t(x[i] + previous[i]);
            }
            break;
        case 3:
            for (size_t i = 0; i < rowBytes; ++i) {
                const int left = i >= bytesPerPixel ? x[i - bytesPerPixel] : 0;
                x[i] = uint8_t(x[i] + (left + previous[i]) / 2);
            }
            break;
        case 4:
            for (size_t i = 0; i < rowBytes; ++i) {
                const bool first = i < bytesPerPixel;
                x[i] = uint8_t(x[i] + paeth(first ? 0 : x[i - bytesPerPixel], previous[i],
                                            first ? 0 : previous[i - bytesPerPixel]));
            }
            break;
        default: return false;
        }
        previous = x;
    }
    return true;
}

struct DecompressorFree {
    void operator()(libdeflate_decompressor *d) const { libdeflate_free_decompressor(d); }
};

// One decompressor a thread: it holds tables worth keeping between images.
libdeflate_decompressor *threadDecompressor()
{
    thread_local std::unique_ptr<libdeflate_decompressor, DecompressorFree> decompressor(
        libdeflate_alloc_decompressor());
    return decompressor.get();
}

}  // namespace

std::optional<cv::Mat> decodeCommonPng(std::span<const uint8_t> bytes)
{
    if (bytes.size() < 8 || std::memcmp(bytes.data(), kSignature, 8) != 0) {
        return std::nullopt;
    }
    int width = 0, height = 0, samples = 0;
    std::vector<std::span<const uint8_t>> idat;
    bool ended = false;
    bool idatClosed = false;  // a chunk came after the IDAT run
    for (size_t at = 8; !ended;) {
        if (bytes.size() - at < 12) {
            return std::nullopt;
        }
        const uint32_t length = bigEndian32(&bytes[at]);
        if (length > bytes.size() - at - 12) {
            return std::nullopt;
        }
        const bool first = at == 8;
        const std::string_view type(reinterpret_cast<const char *>(&bytes[at + 4]), 4);
        const std::span<const uint8_t> body(&bytes[at + 8], length);
        if (libdeflate_crc32(0, &bytes[at + 4], length + 4) !=
            bigEndian32(&bytes[at + 8 + length])) {
            return std::nullopt;
        }
        at += 12 + size_t(length);
        if (first != (type == "IHDR")) {
            return std::nullopt;  // one IHDR, first
        }
        if (type == "IHDR") {
            if (length != 13) {
                return std::nullopt;
            }
            const uint32_t w = bigEndian32(&body[0]), h = bigEndian32(&body[4]);
            const uint8_t depth = body[8], colorType = body[9];
            const bool plain = body[10] == 0 && body[11] == 0 && body[12] == 0;  // not interlaced
            samples = samplesPerPixel(colorType);
            // Callers check the pixel limit from the header first; this only keeps the
            // buffer sizes below sane bounds for anyone else.
            if (depth != 8 || samples == 0 || !plain || w == 0 || h == 0 ||
                uint64_t(w) * h > (uint64_t(1) << 31)) {
                return std::nullopt;
            }
            width = int(w);
            height = int(h);
        } else if (type == "IDAT") {
            if (idatClosed) {
                return std::nullopt;
            }
            idat.push_back(body);
        } else if (type == "IEND") {
            ended = true;
        } else if (type[0] >= 'A' && type[0] <= 'Z' && type != "PLTE") {
            return std::nullopt;  // a critical chunk this decoder does not know
        } else if (!idat.empty()) {
            idatClosed = true;
        }
    }
    if (idat.empty()) {
        return std::nullopt;
    }
    std::vector<uint8_t> joined;
    std::span<const uint8_t> stream = idat.front();
    if (idat.size() > 1) {
        for (const auto &part : idat) {
            joined.insert(joined.end(), part.begin(), part.end());
        }
        stream = joined;
    }
    const size_t rowBytes = size_t(width) * size_t(samples);
    std::vector<uint8_t> raw(size_t(height) * (rowBytes + 1));
    // The decompressed size is known exactly: anything else is a damaged file.
    if (libdeflate_zlib_decompress(threadDecompressor(), stream.data(), stream.size(), raw.data(),
                                   raw.size(), nullptr) != LIBDEFLATE_SUCCESS ||
        !unfilter(raw.data(), height, rowBytes, size_t(samples))) {
        return std::nullopt;
    }
    cv::Mat image(height, width, samples == 1 ? CV_8UC1 : CV_8UC3);
    for (int y = 0; y < height; ++y) {
        const uint8_t *in = raw.data() + size_t(y) * (rowBytes + 1) + 1;
        uint8_t *out = image.ptr<uint8_t>(y);
        if (samples == 1) {
            std::memcpy(out, in, rowBytes);
            continue;
        }
        for (int x = 0; x < width; ++x, in += samples, out += 3) {  // RGB(A) to BGR
            out[0] = in[2];
            out[1] = in[1];
            out[2] = in[0];
        }
    }
    return image;
}

}  // namespace triage
