#include "database.h"

namespace triage {

Result<void> Statement::run()
{
    while (step()) {
    }
    if (failed()) {
        Error e = error();
        reset();
        return e;
    }
    reset();
    return {};
}

namespace {

std::string savepointName(int depth)
{
    return "nested_" + std::to_string(depth);
}

}  // namespace

Result<void> Transaction::begin(Database &db, int depth, Kind kind)
{
    if (depth > 0) {
        return db.exec("SAVEPOINT " + savepointName(depth));
    }
    switch (kind) {
    case Kind::Write: return db.beginWrite();
    case Kind::ItemWrite: return db.beginItemWrite();
    case Kind::Read: break;
    }
    return db.beginRead();
}

Transaction::Transaction(Database &db, Kind kind)
    : m_db(db), m_depth(db.m_transactionDepth), m_begun(begin(db, m_depth, kind))
{
    if (m_begun) {
        ++m_db.m_transactionDepth;
    }
}

Transaction::~Transaction()
{
    if (!m_begun || m_done) {
        return;
    }
    if (m_depth == 0) {
        (void)m_db.exec("ROLLBACK");
    } else {
        (void)m_db.exec("ROLLBACK TO SAVEPOINT " + savepointName(m_depth));
        (void)m_db.exec("RELEASE SAVEPOINT " + savepointName(m_depth));
    }
    --m_db.m_transactionDepth;
}

Result<void> Transaction::commit()
{
    if (!m_begun) {
        return m_begun.error();
    }
    auto result = m_db.exec(m_depth == 0 ? std::string("COMMIT")
                                         : "RELEASE SAVEPOINT " + savepointName(m_depth));
    if (result) {
        m_done = true;
        --m_db.m_transactionDepth;
    }
    return result;
}

}  // namespace triage
