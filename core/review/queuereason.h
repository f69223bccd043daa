#pragma once
// Why an item waits in the review queue, as the annotator sees it beside the image: it has
// not been scored yet; it is an audit (a confident item auto-accept would have taken, drawn
// so people measure auto-accept's precision); the labeling functions disagree on it; its
// suggested class is not auto-accepted yet (and how many more labels it needs); or the
// model is not confident enough for the class's threshold. Several can hold at once.
#include "projectstore.h"

#include <optional>
#include <span>

namespace triage {

struct QueueReasons {
    bool notScored = false;  // no round has scored it yet
    std::optional<int64_t> suggestedClassId;
    double confidence = 0;  // the suggestion's calibrated probability
    std::optional<AuditRecord> audit;
    bool labelingFunctionsDisagree = false;  // enabled functions voted different classes
    // The suggested class's threshold in the latest round: withheld (with how many more
    // labels it needs) or accepted above a confidence this item does not reach.
    std::optional<ClassThreshold> classThreshold;
};

Result<QueueReasons> whyQueued(ProjectStore &store, int64_t itemId);
// The same from what the caller has read of the item already (the review, per decision):
// the latest round's probabilities (empty: not scored) and the enabled functions' votes.
Result<QueueReasons> whyQueued(ProjectStore &store, int64_t itemId,
                               std::span<const float> probabilities,
                               std::span<const ItemLfVote> votes);

}  // namespace triage
