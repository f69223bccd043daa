#include "projectinputs.h"

#include "modelinput.h"

#include <filesystem>

namespace triage {

std::optional<InputCache> openProjectInputCache(ProjectStore &store, const InputSpec &spec,
                                                int64_t highestItemId, std::string &note)
{
    const std::string projectPath = store.path();
    auto name = store.settings().name();
    auto createdAt = store.settings().createdAt();
    if (!name || !createdAt) {
        note = "input cache off: " + (name ? createdAt.error().message : name.error().message);
        return std::nullopt;
    }
    const std::string folder = InputCache::folderFor(projectPath);
    const int64_t needed = InputCache::bytesFor(spec, highestItemId + 1);
    std::error_code ec;
    const auto parent = std::filesystem::path(projectPath).parent_path();
    const auto space = std::filesystem::space(parent.empty() ? "." : parent, ec);
    constexpr int64_t kKeepFree = int64_t(1) << 30;
    if (!ec && int64_t(space.available) < needed + kKeepFree && !std::filesystem::exists(folder)) {
        note = "input cache off: it would take " + std::to_string(needed >> 20) + " MiB, " +
               std::to_string(space.available >> 20) + " MiB are free";
        return std::nullopt;
    }
    auto cache = InputCache::open(folder, spec, highestItemId, *name + "\n" + *createdAt);
    if (!cache) {
        note = "input cache off: " + cache.error().message;
        return std::nullopt;
    }
    return std::move(*cache);
}

PixelDecoder modelPixelDecoder(ImageSource &source, const InputSpec &spec)
{
    return [&source, &spec](const PipelineItem &item, uint8_t *pixels) -> std::string {
        auto image = source.load(item.path);
        if (!image) {
            return image.error().message;
        }
        if (image->pixels.empty()) {
            return item.path + " decodes to an empty image";
        }
        writeModelPixels(image->pixels, spec, pixels);
        return {};
    };
}

}  // namespace triage
