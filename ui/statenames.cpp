#include "statenames.h"

#include <QCoreApplication>

#include <cmath>

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

QString jobName(const QString &kind)
{
    if (kind == QLatin1String("import")) {
        return QCoreApplication::translate("Job", "Import");
    }
    if (kind == QLatin1String("autolabel")) {
        return QCoreApplication::translate("Job", "Auto-label");
    }
    if (kind == QLatin1String("export")) {
        return QCoreApplication::translate("Job", "Export");
    }
    if (kind == QLatin1String("model-add")) {
        return QCoreApplication::translate("Job", "Add model");
    }
    if (kind == QLatin1String("model-score")) {
        return QCoreApplication::translate("Job", "Score with model");
    }
    if (kind == QLatin1String("lf-apply")) {
        return QCoreApplication::translate("Job", "Apply labeling functions");
    }
    return kind;
}

QString timeLeftText(double seconds)
{
    const auto s = qint64(std::ceil(std::max(0.0, seconds)));
    if (s < 60) {
        return QCoreApplication::translate("Job", "about %1 s left").arg(std::max<qint64>(5, (s + 4) / 5 * 5));
    }
    const qint64 minutes = (s + 30) / 60;
    if (minutes < 60) {
        return QCoreApplication::translate("Job", "about %1 min left").arg(minutes);
    }
    return QCoreApplication::translate("Job", "about %1 h %2 min left").arg(minutes / 60).arg(minutes % 60);
}

}  // namespace triage::ui
