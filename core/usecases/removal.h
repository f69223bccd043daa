#pragma once
// Taking items out of a project, named the ways a person names them: by the path they
// were imported from (FILE#N for IDX records), by item id, or "every failed item".
#include "projectstore.h"

namespace triage {

struct RemovalRequest {
    std::vector<std::string> paths;
    std::vector<int64_t> itemIds;
    bool failedItems = false;
    std::string annotator;  // who removes them: recorded in the decision log
};

// NotFound naming the first path the project does not hold; nothing is removed then.
// Returns how many items were removed.
Result<int64_t> removeItems(ProjectStore &store, const RemovalRequest &request);

}  // namespace triage
