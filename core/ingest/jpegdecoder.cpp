#include "jpegdecoder.h"

#include <csetjmp>
#include <cstdio>
#include <jpeglib.h>

namespace triage {
namespace {

struct ErrorManager {
    jpeg_error_mgr base{};
    std::jmp_buf escape{};
    std::string firstWarning;
    char message[JMSG_LENGTH_MAX] = {};
};

extern "C" void onJpegError(j_common_ptr info)
{
    auto *manager = reinterpret_cast<ErrorManager *>(info->err);
    (*info->err->format_message)(info, manager->message);
    std::longjmp(manager->escape, 1);
}

// Level -1 is a warning (damaged data); levels >= 0 are trace messages.
extern "C" void onJpegMessage(j_common_ptr info, int level)
{
    auto *manager = reinterpret_cast<ErrorManager *>(info->err);
    if (level < 0 && manager->firstWarning.empty()) {
        char text[JMSG_LENGTH_MAX] = {};
        (*info->err->format_message)(info, text);
        manager->firstWarning = text;
    }
}

// Adobe CMYK JPEGs store inverted values; OpenCV converts them the same way.
void cmykToBgr(const uint8_t *cmyk, uint8_t *bgr, int width)
{
    for (int x = 0; x < width; ++x, cmyk += 4, bgr += 3) {
        const int k = cmyk[3];
        bgr[0] = uint8_t(cmyk[2] * k / 255);
        bgr[1] = uint8_t(cmyk[1] * k / 255);
        bgr[2] = uint8_t(cmyk[0] * k / 255);
    }
}

}  // namespace

Result<cv::Mat> decodeJpeg(std::span<const uint8_t> bytes, const std::string &name)
{
    jpeg_decompress_struct info{};
    ErrorManager errors;
    info.err = jpeg_std_error(&errors.base);
    errors.base.error_exit = onJpegError;
    errors.base.emit_message = onJpegMessage;
    // Objects with destructors are declared before setjmp, so a longjmp skips none; they
    // are only resized after it, through member calls (so they live in memory).
    cv::Mat output;
    cv::Mat cmykRow;
    if (setjmp(errors.escape) != 0) {
        jpeg_destroy_decompress(&info);
        return makeError(ErrorCode::CorruptData,
                         name + " is a damaged JPEG: " + std::string(errors.message));
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, bytes.data(), static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&info, TRUE);
    const bool gray = info.num_components == 1;
    const bool cmyk = info.jpeg_color_space == JCS_CMYK || info.jpeg_color_space == JCS_YCCK;
    info.out_color_space = gray ? JCS_GRAYSCALE : cmyk ? JCS_CMYK : JCS_EXT_BGR;
    jpeg_start_decompress(&info);
    const int width = int(info.output_width);
    output.create(int(info.output_height), width, gray ? CV_8UC1 : CV_8UC3);
    if (cmyk) {
        cmykRow.create(1, width, CV_8UC4);
    }
    while (info.output_scanline < info.output_height) {
        uint8_t *row = output.ptr<uint8_t>(int(info.output_scanline));
        JSAMPROW target = cmyk ? cmykRow.ptr<uint8_t>(0) : row;
        jpeg_read_scanlines(&info, &target, 1);
        if (cmyk) {
            cmykToBgr(cmykRow.ptr<uint8_t>(0), row, width);
        }
    }
    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    if (!errors.firstWarning.empty()) {
        return makeError(ErrorCode::CorruptData,
                         name + " is a damaged JPEG: " + errors.firstWarning);
    }
    return output;
}

}  // namespace triage
