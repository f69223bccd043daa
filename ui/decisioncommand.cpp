#include "decisioncommand.h"

namespace triage::ui {

DecisionCommand::DecisionCommand(qint64 itemId, qint64 classId, double secondsSpent,
                                 qint64 suggestedClassId, const QString &text, Decide decide,
                                 Undo undo)
    : QUndoCommand(text), m_itemId(itemId), m_classId(classId), m_secondsSpent(secondsSpent),
      m_suggestedClassId(suggestedClassId), m_decide(std::move(decide)), m_undo(std::move(undo))
{
}

void DecisionCommand::redo()
{
    m_decide(m_itemId, m_classId, m_secondsSpent, m_suggestedClassId);
}

void DecisionCommand::undo()
{
    m_undo(m_itemId);
}

}  // namespace triage::ui
