#pragma once
// Reads an image's format and size from its first bytes, before any decoding, so that a
// huge image (a decompression bomb) is refused without allocating its pixels.
#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace triage {

struct ImageHeader {
    std::string format;  // "png", "jpeg", "bmp", "webp", "pnm"
    int64_t width = 0;
    int64_t height = 0;
    int bytesPerSample = 1;    // 2 for 16-bit PNG and PNM
    int channels = 4;          // as decoded, before we drop alpha; 4 when the header won't say
    int64_t minimumBytes = 0;  // a file shorter than this is truncated (binary PNM)
};

// Bytes a decode of this image may hold at its peak: the encoded bytes, the decoded
// pixels, and the 8-bit copy we convert them to. Used to bound decoding memory.
int64_t decodePeakBytes(const ImageHeader &header, int64_t encodedBytes);

// nullopt when the bytes are not one of the formats above or the header is cut short.
std::optional<ImageHeader> readImageHeader(std::span<const uint8_t> bytes);

// True when a JPEG stream carries its end-of-image marker; libjpeg silently fills a
// truncated file with grey, so the import checks this itself.
bool jpegHasEndMarker(std::span<const uint8_t> bytes);

}  // namespace triage
