#include "statenames.h"

#include <QCoreApplication>

namespace triage::ui {

QString stateName(ItemState state)
{
    switch (state) {
    case ItemState::Unlabeled: return QCoreApplication::translate("State", "unlabeled");
    case ItemState::Queued: return QCoreApplication::translate("State", "queued");
    case ItemState::AutoAccepted: return QCoreApplication::translate("State", "auto-accepted");
    case ItemState::HumanLabeled: return QCoreApplication::translate("State", "human-labeled");
    case ItemState::Failed: return QCoreApplication::translate("State", "failed");
    case ItemState::Removed: return QCoreApplication::translate("State", "removed");
    }
    return {};
}

QString sourceName(LabelSource source)
{
    switch (source) {
    case LabelSource::Human: return QCoreApplication::translate("Source", "human");
    case LabelSource::Import: return QCoreApplication::translate("Source", "import");
    case LabelSource::Auto: return QCoreApplication::translate("Source", "auto");
    }
    return {};
}

}  // namespace triage::ui
