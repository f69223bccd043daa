#pragma once
// A project in a PostgreSQL database, shared by every desktop, server and batch job that
// opens the same URL. One project per database.
#include "sqlbackend.h"

namespace triage::postgres {

// Creates the database when it does not exist yet (the user needs CREATEDB), then the
// schema, and runs `fill` on it (a new project's settings and classes, or a copied
// project's rows), in one transaction: the project appears complete or not at all.
// AlreadyExists when the database holds tables already.
Result<std::unique_ptr<sql::Backend>> createStore(const std::string &url,
                                                  const sql::FillProject &fill);
// CorruptData when the database is not a Triage project.
Result<std::unique_ptr<sql::Backend>> openStore(const std::string &url);

}  // namespace triage::postgres
