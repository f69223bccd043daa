#pragma once
// A project in a PostgreSQL database, shared by every desktop, server and batch job that
// opens the same URL. One project per database.
#include "projectstore.h"

namespace triage::postgres {

// Creates the database when it does not exist yet (the user needs CREATEDB), then the
// project in it, in one transaction: it appears complete or not at all. AlreadyExists
// when the database holds tables already.
Result<std::unique_ptr<StoreBackend>> createStore(const std::string &url, const std::string &name,
                                                  const std::vector<std::string> &classNames);
// CorruptData when the database is not a Triage project.
Result<std::unique_ptr<StoreBackend>> openStore(const std::string &url);

}  // namespace triage::postgres
