#include "evaluation.h"

#include "idxfile.h"
#include "learner.h"
#include "modelinput.h"
#include "poolcache.h"

#include <opencv2/core/mat.hpp>

namespace triage {

Result<TestSetEvaluation> evaluateLearner(ProjectStore &store, const std::string &imagesPath,
                                          const std::string &labelsPath,
                                          const CancelToken &cancel)
{
    auto version = store.models().latest();
    if (!version) {
        return version.error();
    }
    if (!*version) {
        return makeError(ErrorCode::NotReady, "the project has no learner yet (run autolabel)");
    }
    auto weights = store.models().weights((*version)->id);
    if (!weights) {
        return weights.error();
    }
    auto learner = Learner::deserialize(*weights);
    if (!learner) {
        return learner.error();
    }
    if (learner->featureWidth() > 0) {
        return makeError(ErrorCode::InvalidArgument,
                         "the learner is a head on a backbone's features; evaluate takes images");
    }
    auto images = readIdx(imagesPath);
    auto labels = readIdx(labelsPath);
    if (!images || !labels) {
        return images ? labels.error() : images.error();
    }
    if (images->dims.size() != 3 || labels->dims.size() != 1 ||
        images->count() != labels->count()) {
        return makeError(ErrorCode::CorruptData,
                         imagesPath + " and " + labelsPath +
                             " are not IDX images and their labels, one label an image");
    }
    const int classes = learner->classCount();
    const int height = int(images->dims[1]), width = int(images->dims[2]);
    const InputSpec spec = learnerInputSpec(learner->inputSize());
    const size_t inputBytes = size_t(Learner::kInputChannels) * spec.width * spec.height;
    std::vector<uint8_t> pixels(size_t(images->count()) * inputBytes);
    for (int64_t i = 0; i < images->count(); ++i) {
        const cv::Mat record(height, width, CV_8UC1, const_cast<uint8_t *>(images->record(i)));
        writeModelPixels(record, spec, pixels.data() + size_t(i) * inputBytes);
    }
    std::vector<float> probabilities(size_t(images->count()) * size_t(classes));
    TRIAGE_TRY(learner->predict(ImageTensorView{pixels.data(), images->count(),
                                                Learner::kInputChannels, spec.height, spec.width},
                                probabilities, {}, cancel));
    TestSetEvaluation result;
    result.modelVersionId = (*version)->id;
    result.images = images->count();
    for (int64_t i = 0; i < images->count(); ++i) {
        const float *row = probabilities.data() + i * classes;
        const int top = int(std::max_element(row, row + classes) - row);
        if (int(labels->data[size_t(i)]) >= classes) {
            return makeError(ErrorCode::CorruptData,
                             labelsPath + " has label " + std::to_string(labels->data[size_t(i)]) +
                                 ", beyond the project's classes");
        }
        result.correct += top == int(labels->data[size_t(i)]);
    }
    result.accuracy = result.images > 0 ? double(result.correct) / double(result.images) : 0;
    return result;
}

}  // namespace triage
