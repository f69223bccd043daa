#include "projectinputs.h"

#include "modelinput.h"

#include "sha256.h"

#include <cstdlib>
#include <filesystem>

namespace triage {
namespace {

// Where this machine keeps a project's decoded inputs: beside a project file, or, for a
// project in a database, in the user's cache folder under a name taken from the URL.
std::string inputCacheFolder(const std::string &projectLocation)
{
    if (!isDatabaseUrl(projectLocation)) {
        return InputCache::folderFor(projectLocation);
    }
    const char *xdg = std::getenv("XDG_CACHE_HOME");
    const char *home = std::getenv("HOME");
    const std::filesystem::path base = xdg && *xdg     ? std::filesystem::path(xdg)
                                       : home && *home ? std::filesystem::path(home) / ".cache"
                                                       : std::filesystem::temp_directory_path();
    Sha256 digest;
    digest.add(projectLocation);
    const std::string folder = (base / "triage" / digest.hex().substr(0, 24)).string();
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(folder).parent_path(), ec);
    return InputCache::folderFor(folder);
}

}  // namespace

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
    const std::string folder = inputCacheFolder(projectPath);
    const int64_t needed = InputCache::bytesFor(spec, highestItemId + 1);
    std::error_code ec;
    const auto parent = std::filesystem::path(folder).parent_path();
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
