#pragma once
// The latest learner on a labelled test set it never saw (an IDX images file and its IDX
// labels, labels being class positions): what `simulate`'s pool metrics cannot say, how
// well the model would do on new images. Used by bench/label_efficiency.sh --full.
#include "progress.h"
#include "projectstore.h"

namespace triage {

struct TestSetEvaluation {
    int64_t modelVersionId = 0;
    int64_t images = 0;
    int64_t correct = 0;
    double accuracy = 0;
};

Result<TestSetEvaluation> evaluateLearner(ProjectStore &store, const std::string &imagesPath,
                                          const std::string &labelsPath,
                                          const CancelToken &cancel);

}  // namespace triage
