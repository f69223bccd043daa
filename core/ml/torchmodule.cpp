#include "torchmodule.h"

#include "torchscriptbackend.h"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>

namespace triage {
namespace {

constexpr const char *kModuleFile = "libtriage-torch.so";

std::vector<std::string> moduleCandidates()
{
    std::vector<std::string> candidates;
    if (const char *chosen = std::getenv("TRIAGE_TORCH_MODULE"); chosen && *chosen) {
        candidates.push_back(chosen);
    }
    std::error_code ec;
    const auto program = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        candidates.push_back((program.parent_path() / ".." / "lib" / "triage" / kModuleFile)
                                 .lexically_normal()
                                 .string());
    }
    candidates.push_back(TRIAGE_TORCH_MODULE_BUILT_AT);
    return candidates;
}

Result<const TorchModule *> loadModule()
{
    std::string tried;  // "PATH: why; PATH: why"
    auto note = [&](const std::string &path, const std::string &why) {
        tried += (tried.empty() ? "" : "; ") + path + ": " + why;
    };
    for (const auto &path : moduleCandidates()) {
        if (!std::filesystem::exists(path)) {
            note(path, "not there");
            continue;
        }
        // Never unloaded: LibTorch does not support it.
        void *handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            const char *why = ::dlerror();
            note(path, why ? why : "cannot be loaded");
            continue;
        }
        using Entry = const TorchModule *(*)();
        auto entry = reinterpret_cast<Entry>(::dlsym(handle, "triage_torch_module"));
        const TorchModule *module = entry ? entry() : nullptr;
        if (!module || module->version != TorchModule::kVersion) {
            note(path, "a Triage LibTorch module from another version");
            continue;
        }
        return module;
    }
    return makeError(ErrorCode::Model, "the LibTorch runtime " + std::string(kModuleFile) +
                                           " cannot be loaded (" + tried + ")");
}

}  // namespace

Result<const TorchModule *> torchModule()
{
    static std::once_flag once;
    static Result<const TorchModule *> loaded = makeError(ErrorCode::Model, "not loaded");
    std::call_once(once, [] { loaded = loadModule(); });
    return loaded;
}

// The torch-free faces of the module's functions.

Result<std::unique_ptr<InferenceBackend>> loadTorchScript(std::span<const uint8_t> bytes,
                                                          const std::string &name,
                                                          const RunOptions &options,
                                                          const std::string &method)
{
    auto module = torchModule();
    if (!module) {
        return module.error();
    }
    return (*module)->loadTorchScript(bytes, name, options, method);
}

std::string computeDeviceDescription()
{
    auto module = torchModule();
    return module ? (*module)->deviceDescription() : "none: " + module.error().message;
}

}  // namespace triage
