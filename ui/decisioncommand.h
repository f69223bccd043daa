#pragma once
// DecisionCommand: one review decision (a class, or a skip) on the undo stack. redo()
// asks the project thread to record it, undo() to append an undo decision: history is
// never deleted, each step is its own committed decision.
#include <QUndoCommand>

#include <functional>

namespace triage::ui {

class DecisionCommand : public QUndoCommand {
public:
    using Decide =
        std::function<void(qint64 itemId, qint64 classId, double seconds, qint64 suggested)>;
    using Undo = std::function<void(qint64 itemId)>;

    DecisionCommand(qint64 itemId, qint64 classId, double secondsSpent, qint64 suggestedClassId,
                    const QString &text, Decide decide, Undo undo);

    void redo() override;
    void undo() override;

private:
    qint64 m_itemId;
    qint64 m_classId;  // -1: skip
    double m_secondsSpent;
    qint64 m_suggestedClassId;
    Decide m_decide;
    Undo m_undo;
};

}  // namespace triage::ui
