#pragma once
// The LibTorch runtime is a module of its own (libtriage-torch.so), loaded the first time
// a model is needed. LibTorch takes ~0.3 s and ~150 MB to load: a command that imports,
// exports or reviews never pays that. This header is what the rest of Triage sees of it:
// torch-free interfaces and the table of the module's entry points.
//
// Threads: torchModule() may be called from any thread; the module loads once.
#include "learner.h"
#include "usermodel.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace triage {

// A Learner's workings, made by the module (see Learner for what each call does).
class LearnerEngine {
public:
    virtual ~LearnerEngine() = default;
    virtual Result<TrainingReport> train(const ImageTensorView &images,
                                         std::span<const int32_t> labels,
                                         std::span<const float> weights,
                                         const ProgressFn &progress, const CancelToken &cancel) = 0;
    virtual Result<TrainingReport> train(const FeatureView &features,
                                         std::span<const int32_t> labels,
                                         std::span<const float> weights,
                                         const ProgressFn &progress, const CancelToken &cancel) = 0;
    virtual Result<void> predict(const ImageTensorView &images, std::span<float> probabilities,
                                 const ProgressFn &progress, const CancelToken &cancel) = 0;
    virtual Result<void> predict(const FeatureView &features, std::span<float> probabilities,
                                 const ProgressFn &progress, const CancelToken &cancel) = 0;
    virtual Result<std::vector<uint8_t>> serialize() const = 0;
    virtual int classCount() const = 0;
    virtual int inputSize() const = 0;
    virtual int featureWidth() const = 0;
    virtual double temperature() const = 0;
    virtual void setTemperature(double temperature) = 0;
    virtual bool isTrained() const = 0;
};

// The module's entry points. `version` changes whenever this table or an interface above
// changes, so a module from another build is refused instead of misread.
struct TorchModule {
    // 3: cross-fitting and out-of-fold predictions, test-time flips, balanced batches;
    // 4: a learner's temperature can be set
    static constexpr int kVersion = 4;
    int version = kVersion;
    Result<std::unique_ptr<LearnerEngine>> (*createLearner)(int classCount,
                                                            const LearnerConfig &config);
    Result<std::unique_ptr<LearnerEngine>> (*loadLearner)(const std::vector<uint8_t> &bytes);
    Result<std::unique_ptr<InferenceBackend>> (*loadTorchScript)(std::span<const uint8_t> bytes,
                                                                 const std::string &name,
                                                                 const RunOptions &options,
                                                                 const std::string &method);
    std::string (*deviceDescription)();
};

// The module, loaded on first use. Looked for, in order: $TRIAGE_TORCH_MODULE; beside the
// program as installed (BIN/../lib/triage/); where this build made it. An error says
// where it looked and why loading failed.
Result<const TorchModule *> torchModule();

}  // namespace triage

// The module's one exported symbol.
extern "C" const triage::TorchModule *triage_torch_module();
