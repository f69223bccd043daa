#pragma once
// Model inputs of a project's items as pixels, the one way: decoded by ImageSource and
// shaped by the input spec (writeModelPixels), kept in the project's input cache
// (InputCache, beside the project file). The scoring pipeline and the learner's pool both
// read them so, so an image decoded for one is never decoded again for the other.
#include "imagesource.h"
#include "inputcache.h"
#include "projectstore.h"
#include "scoringpipeline.h"

#include <optional>
#include <string>

namespace triage {

// The input cache for `spec`'s geometry beside the project, with room for ids up to
// highestItemId; or nullopt, with the reason in `note`, when it cannot be made or would not
// fit on the disk: the work goes on without it, only slower.
std::optional<InputCache> openProjectInputCache(ProjectStore &store, const InputSpec &spec,
                                                int64_t highestItemId, std::string &note);

// Decodes an item's image from `source` into `spec`'s pixels. Both must outlive it.
PixelDecoder modelPixelDecoder(ImageSource &source, const InputSpec &spec);

}  // namespace triage
