#include "imageheader.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace triage {
namespace {

uint32_t be16(const uint8_t *p)
{
    return uint32_t(p[0]) << 8 | p[1];
}
uint32_t be32(const uint8_t *p)
{
    return be16(p) << 16 | be16(p + 2);
}
uint32_t le16(const uint8_t *p)
{
    return uint32_t(p[1]) << 8 | p[0];
}
uint32_t le24(const uint8_t *p)
{
    return uint32_t(p[2]) << 16 | le16(p);
}
int32_t le32(const uint8_t *p)
{
    return int32_t(le24(p) | uint32_t(p[3]) << 24);
}

std::optional<ImageHeader> png(std::span<const uint8_t> b)
{
    static const uint8_t sig[8] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    if (b.size() < 24 || std::memcmp(b.data(), sig, 8) != 0 ||
        std::memcmp(b.data() + 12, "IHDR", 4) != 0) {
        return std::nullopt;
    }
    ImageHeader header{"png", be32(b.data() + 16), be32(b.data() + 20)};
    const uint8_t bitDepth = b.size() > 25 ? b[24] : 8;
    const uint8_t colorType = b.size() > 25 ? b[25] : 6;
    header.bytesPerSample = bitDepth == 16 ? 2 : 1;
    header.channels = colorType == 0 ? 1 : colorType == 4 ? 2 : colorType == 2 ? 3 : 4;
    return header;
}

std::optional<ImageHeader> jpeg(std::span<const uint8_t> b)
{
    if (b.size() < 4 || b[0] != 0xFF || b[1] != 0xD8) {
        return std::nullopt;
    }
    size_t i = 2;
    while (i + 4 <= b.size()) {
        if (b[i] != 0xFF) {
            return std::nullopt;
        }
        const uint8_t marker = b[i + 1];
        if (marker == 0xFF) {  // fill byte
            ++i;
            continue;
        }
        const uint32_t length = be16(b.data() + i + 2);
        const bool startOfFrame =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (startOfFrame) {
            if (i + 9 > b.size()) {
                return std::nullopt;
            }
            ImageHeader header{"jpeg", be16(b.data() + i + 7), be16(b.data() + i + 5)};
            header.channels = i + 10 <= b.size() ? std::min<int>(b[i + 9], 4) : 4;
            return header;
        }
        if (length < 2) {
            return std::nullopt;
        }
        i += 2 + length;
    }
    return std::nullopt;
}

std::optional<ImageHeader> bmp(std::span<const uint8_t> b)
{
    if (b.size() < 26 || b[0] != 'B' || b[1] != 'M') {
        return std::nullopt;
    }
    const int32_t w = le32(b.data() + 18), h = le32(b.data() + 22);
    ImageHeader header{"bmp", w < 0 ? -int64_t(w) : w, h < 0 ? -int64_t(h) : h};
    if (b.size() >= 34 && le32(b.data() + 30) == 0) {  // BI_RGB: an uncompressed raster
        const int64_t bitsPerPixel = le16(b.data() + 28);
        const int64_t stride = (header.width * bitsPerPixel + 31) / 32 * 4;
        header.minimumBytes = int64_t(uint32_t(le32(b.data() + 10))) + stride * header.height;
    }
    return header;
}

std::optional<ImageHeader> webp(std::span<const uint8_t> b)
{
    if (b.size() < 30 || std::memcmp(b.data(), "RIFF", 4) != 0 ||
        std::memcmp(b.data() + 8, "WEBP", 4) != 0) {
        return std::nullopt;
    }
    const int64_t riffBytes = int64_t(uint32_t(le32(b.data() + 4))) + 8;
    const uint8_t *chunk = b.data() + 12;
    std::optional<ImageHeader> header;
    if (std::memcmp(chunk, "VP8 ", 4) == 0) {
        header = ImageHeader{"webp", le16(b.data() + 26) & 0x3FFF, le16(b.data() + 28) & 0x3FFF};
    } else if (std::memcmp(chunk, "VP8L", 4) == 0) {
        const uint32_t bits = uint32_t(le32(b.data() + 21));
        header = ImageHeader{"webp", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1};
    } else if (std::memcmp(chunk, "VP8X", 4) == 0) {
        header = ImageHeader{"webp", le24(b.data() + 24) + 1, le24(b.data() + 27) + 1};
    }
    if (header) {
        header->minimumBytes = riffBytes;  // the RIFF container states its own length
    }
    return header;
}

// Netpbm: "P1".."P6", then width, height and (except bitmaps) the maximum value as
// decimal text, with '#' comments. Binary variants must hold their whole raster.
std::optional<ImageHeader> pnm(std::span<const uint8_t> b)
{
    if (b.size() < 7 || b[0] != 'P' || b[1] < '1' || b[1] > '6') {
        return std::nullopt;
    }
    const char kind = char(b[1]);
    const bool bitmap = kind == '1' || kind == '4';
    size_t i = 2;
    int64_t values[3] = {0, 0, 1};
    for (int v = 0; v < (bitmap ? 2 : 3); ++v) {
        int64_t &value = values[v];
        while (i < b.size() && (std::isspace(b[i]) || b[i] == '#')) {
            if (b[i] == '#') {
                while (i < b.size() && b[i] != '\n') {
                    ++i;
                }
            } else {
                ++i;
            }
        }
        if (i >= b.size() || !std::isdigit(b[i])) {
            return std::nullopt;
        }
        while (i < b.size() && std::isdigit(b[i]) && value < (int64_t(1) << 40)) {
            value = value * 10 + (b[i++] - '0');
        }
    }
    ImageHeader header{"pnm", values[0], values[1]};
    header.bytesPerSample = values[2] > 255 ? 2 : 1;
    header.channels = kind == '3' || kind == '6' ? 3 : 1;
    const int64_t pixels = values[0] * values[1];
    if (kind == '4') {
        header.minimumBytes = int64_t(i) + 1 + (values[0] + 7) / 8 * values[1];
    } else if (kind == '5' || kind == '6') {
        header.minimumBytes = int64_t(i) + 1 + pixels * header.channels * header.bytesPerSample;
    }
    return header;
}

}  // namespace

int64_t decodePeakBytes(const ImageHeader &header, int64_t encodedBytes)
{
    const int64_t pixels = header.width * header.height;
    return encodedBytes + pixels * header.channels * header.bytesPerSample + pixels * 3;
}

std::optional<ImageHeader> readImageHeader(std::span<const uint8_t> bytes)
{
    for (auto reader : {png, jpeg, bmp, webp, pnm}) {
        if (auto header = reader(bytes)) {
            return header;
        }
    }
    return std::nullopt;
}

bool jpegHasEndMarker(std::span<const uint8_t> bytes)
{
    // Some writers pad after the marker; look at the last few bytes only.
    const size_t from = bytes.size() > 64 ? bytes.size() - 64 : 0;
    for (size_t i = bytes.size(); i-- > from + 1;) {
        if (bytes[i - 1] == 0xFF && bytes[i] == 0xD9) {
            return true;
        }
    }
    return false;
}

}  // namespace triage
