#pragma once
// LfVoter: a labeling function made ready to vote on one item at a time: its pattern
// compiled, its cascade and template loaded, its class names turned into class positions.
// Made for the kinds that look at the item alone (pattern, folder, rule, cascade,
// template); the kinds that compare items with each other or read a model's stored
// outputs vote over the whole pool (lfpoolvotes.h).
//
// makeLfVoter checks everything a definition names and refuses it with one sentence:
// an invalid regular expression, a cascade that does not load, a template that does not
// decode, a class the project does not have. Threads: a voter is used by one thread.
#include "imagestatistics.h"
#include "labelmodel.h"
#include "lfdefinition.h"
#include "projecttypes.h"

#include <opencv2/core/mat.hpp>

#include <memory>
#include <optional>

namespace triage {

// What a voter may look at: the item's record, and its pixels when the voter needs them
// (nullptr when it did not decode: every pixel test then abstains).
struct LfItem {
    const ItemMeta *meta = nullptr;
    const cv::Mat *pixels = nullptr;
    const ImageStatistics *statistics = nullptr;  // measured once per item, with the pixels
};

class LfVoter {
public:
    virtual ~LfVoter() = default;
    virtual bool needsPixels() const = 0;
    // A class position, or kAbstain.
    virtual int32_t vote(const LfItem &item) = 0;
};

// Whether the kind votes item by item (a voter), rather than over the pool.
bool votesPerItem(LfKind kind);

// Where a cascade named without a folder is looked for: Debian's opencv-data.
constexpr const char *kCascadeFolders[] = {"/usr/share/opencv4/haarcascades",
                                           "/usr/share/opencv4/lbpcascades"};
// A cascade's file: the path as given when it exists, else the name in opencv-data.
std::string resolveCascadePath(const std::string &cascade);

// `name` is the LF's, for the messages. InvalidArgument for anything the lead must fix.
Result<std::unique_ptr<LfVoter>> makeLfVoter(const std::string &name,
                                             const LfDefinition &definition,
                                             const std::vector<ClassInfo> &classes,
                                             int64_t pixelLimit = kDefaultPixelLimit);

// The class position of `className` in `classes`, or an error naming the LF and the
// classes there are.
Result<int32_t> lfClassPosition(const std::string &lfName, const std::string &className,
                                const std::vector<ClassInfo> &classes);

}  // namespace triage
