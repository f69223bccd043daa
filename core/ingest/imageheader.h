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
};

// nullopt when the bytes are not one of the formats above or the header is cut short.
std::optional<ImageHeader> readImageHeader(std::span<const uint8_t> bytes);

// True when a JPEG stream carries its end-of-image marker; libjpeg silently fills a
// truncated file with grey, so the import checks this itself.
bool jpegHasEndMarker(std::span<const uint8_t> bytes);

}  // namespace triage
