#include "removal.h"

#include "importer.h"

namespace triage {

Result<int64_t> removeItems(ProjectStore &store, const RemovalRequest &request)
{
    std::vector<int64_t> ids = request.itemIds;
    for (const std::string &given : request.paths) {
        // As given (an IDX record "FILE#N"), else as the importer stores a file's path.
        auto known = store.items().findPath(given);
        if (known && !known->has_value()) {
            known = store.items().findPath(itemPathOf(given));
        }
        if (!known) {
            return known.error();
        }
        if (!known->has_value()) {
            return makeError(ErrorCode::NotFound, "no item with path " + given);
        }
        ids.push_back((*known)->itemId);
    }
    if (request.failedItems) {
        auto failed = store.items().list(ItemFilter{ItemState::Failed, std::nullopt});
        if (!failed) {
            return failed.error();
        }
        for (const auto &row : *failed) {
            ids.push_back(row.id);
        }
    }
    return store.decisions().removeItems(ids, request.annotator);
}

}  // namespace triage
