#pragma once
// DriftLimitsDialog (Dashboard ▸ Drift Limits…): the lead's limits for label-quality drift
// and the round that label drift is measured against. Each limit can be switched off.
#include "projecttypes.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;

namespace triage::ui {

class DriftLimitsDialog : public QDialog {
    Q_OBJECT
public:
    DriftLimitsDialog(const DriftThresholds &current, const std::vector<RoundStats> &rounds,
                      QWidget *parent = nullptr);

    DriftThresholds thresholds() const;

    QDoubleSpinBox *minAgreement() const { return m_minAgreement; }
    QComboBox *reference() const { return m_reference; }

private:
    QDoubleSpinBox *m_minAgreement;
    QDoubleSpinBox *m_minAuditPrecision;
    QDoubleSpinBox *m_maxImportDivergence;
    QDoubleSpinBox *m_maxLabelDrift;
    QDoubleSpinBox *m_maxFeatureShift;
    QComboBox *m_reference;
};

}  // namespace triage::ui
