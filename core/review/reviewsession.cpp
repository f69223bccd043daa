#include "reviewsession.h"

#include "processidentity.h"

namespace triage {

ReviewSession::ReviewSession(ProjectStore &store, std::string annotator)
    : m_store(store), m_annotator(std::move(annotator))
{
    if (isDatabaseUrl(store.path())) {
        // One holder per session: the same person in two windows gets different items.
        const ProcessIdentity self = currentProcess();
        m_holder = m_annotator + "@" + self.host + ":" + std::to_string(self.pid) + ":" +
                   std::to_string(reinterpret_cast<uintptr_t>(this));
    }
}

Result<std::vector<int64_t>> ReviewSession::queueHead(int64_t count)
{
    if (m_holder.empty()) {
        return m_store.items().reviewQueue(count);
    }
    const double now = epochSeconds();
    return m_store.leases().leaseNext(m_holder, count, now, now + kLeaseSeconds);
}

Result<std::vector<int64_t>> ReviewSession::queueWithoutSkipped(int count)
{
    auto queue = queueHead(count + int64_t(m_skipped.size()));
    if (!queue) {
        return queue.error();
    }
    std::vector<int64_t> ids;
    for (int64_t id : *queue) {
        if (!m_skipped.count(id) && int(ids.size()) < count) {
            ids.push_back(id);
        } else if (!m_holder.empty()) {
            // Skipped (or beyond what was asked): free for the others.
            TRIAGE_TRY(m_store.leases().release(id));
        }
    }
    if (ids.empty() && !m_skipped.empty()) {
        m_skipped.clear();  // only skipped items are left: offer them again
        return queueWithoutSkipped(count);
    }
    return ids;
}

Result<std::optional<int64_t>> ReviewSession::current()
{
    if (m_focus) {
        return m_focus;
    }
    auto head = queueWithoutSkipped(1);
    if (!head) {
        return head.error();
    }
    return head->empty() ? std::optional<int64_t>() : std::optional<int64_t>(head->front());
}

Result<std::vector<int64_t>> ReviewSession::upcoming(int count)
{
    auto queue = queueWithoutSkipped(count + 1);
    if (!queue) {
        return queue.error();
    }
    // The current item is the focused one, else the head of this same queue: no second query.
    const int64_t now = m_focus ? *m_focus : (queue->empty() ? -1 : queue->front());
    std::vector<int64_t> next;
    for (int64_t id : *queue) {
        if (id != now && int(next.size()) < count) {
            next.push_back(id);
        }
    }
    return next;
}

Result<int64_t> ReviewSession::decide(int64_t itemId, std::optional<int64_t> classId,
                                      double secondsSpent, std::optional<int64_t> suggestedClassId)
{
    DecisionInput decision;
    decision.itemId = itemId;
    decision.kind = classId ? DecisionKind::Label : DecisionKind::Skip;
    decision.classId = classId;
    decision.annotator = m_annotator;
    decision.secondsSpent = secondsSpent;
    decision.suggestedClassId = suggestedClassId;
    auto id = m_store.decisions().record(decision);
    if (!id) {
        return id.error();
    }
    if (!m_holder.empty()) {
        // Decided: nobody needs to hold it (a failure here only leaves it held until the
        // lease ends, when it is no longer queued anyway).
        (void)m_store.leases().release(itemId);
    }
    if (!classId) {
        m_skipped.insert(itemId);
    }
    if (m_focus == itemId) {
        m_focus.reset();
    }
    ++m_decisions;
    m_previous = itemId;
    ++m_pace.decisions;
    m_pace.seconds += secondsSpent;
    if (classId && suggestedClassId) {
        ++m_pace.withSuggestion;
        m_pace.agreed += *classId == *suggestedClassId ? 1 : 0;
    }
    return id;
}

bool ReviewSession::focusPrevious()
{
    if (!m_previous) {
        return false;
    }
    m_skipped.erase(*m_previous);
    m_focus = m_previous;
    return true;
}

Result<void> ReviewSession::undo(int64_t itemId)
{
    auto undone = m_store.decisions().undoLatest(itemId, m_annotator);
    if (!undone) {
        return undone.error();
    }
    m_skipped.erase(itemId);
    m_focus = itemId;
    --m_decisions;
    return {};
}

}  // namespace triage
