#pragma once
// ReviewSession: one annotator working through the review queue. It knows which item is
// current (the head of the queue, least confident first, minus what this session
// skipped), records each decision in the store before returning, and undoes by
// appending an undo decision. Skipped items come back once everything else is done.
//
// Threads: one thread, the one that owns `store`. Every call returns a Result.
#include "projectstore.h"

#include <optional>
#include <unordered_set>

namespace triage {

// On a project a team shares (a PostgreSQL database) the session leases the items it
// shows and prefetches (leases for kLeaseSeconds, renewed as it goes), so two annotators
// never see the same item and a crashed desktop's items go back to the queue when their
// lease ends. A project file is one desktop's: no leases.
class ReviewSession {
public:
    static constexpr double kLeaseSeconds = 600;

    ReviewSession(ProjectStore &store, std::string annotator);

    // The item to show now; nullopt when the queue is empty.
    Result<std::optional<int64_t>> current();
    // The next `count` items after the current one, for prefetching.
    Result<std::vector<int64_t>> upcoming(int count);
    // Reviews this item next, wherever it is (a browse double-click).
    void focus(int64_t itemId) { m_focus = itemId; }

    // classId nullopt: skip. Committed before it returns; returns the decision id.
    Result<int64_t> decide(int64_t itemId, std::optional<int64_t> classId, double secondsSpent,
                           std::optional<int64_t> suggestedClassId);
    // Appends an undo of the item's latest decision and makes the item current again.
    Result<void> undo(int64_t itemId);

    int64_t decisionsMade() const { return m_decisions; }
    const std::string &annotator() const { return m_annotator; }

    // The item decided last (a label or a skip), to look at again: focusPrevious() shows it
    // next; a new decision on it replaces the old one in the log's usual way.
    std::optional<int64_t> previous() const { return m_previous; }
    bool focusPrevious();

    // This session's pace: every label and skip, the time spent looking, and how often a
    // label took the suggestion shown.
    struct Pace {
        int64_t decisions = 0;
        double seconds = 0;
        int64_t withSuggestion = 0;
        int64_t agreed = 0;
    };
    const Pace &pace() const { return m_pace; }

private:
    Result<std::vector<int64_t>> queueWithoutSkipped(int count);
    // The queue's head, `count` items: leased to this session when it leases.
    Result<std::vector<int64_t>> queueHead(int64_t count);

    ProjectStore &m_store;
    std::string m_annotator;
    std::string m_holder;  // who holds this session's leases; empty: no leases
    std::unordered_set<int64_t> m_skipped;
    std::optional<int64_t> m_focus;
    std::optional<int64_t> m_previous;
    int64_t m_decisions = 0;
    Pace m_pace;
};

}  // namespace triage
