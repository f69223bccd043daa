#include "driftlimitsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>

namespace triage::ui {
namespace {

// A spin box whose lowest value means "off" (stored as -1). Shares show as percentages.
QDoubleSpinBox *limitBox(double value, double maximum, double step, int decimals,
                         const QString &suffix, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setDecimals(decimals);
    box->setRange(-step, maximum);
    box->setSingleStep(step);
    box->setSuffix(suffix);
    box->setSpecialValueText(DriftLimitsDialog::tr("Off"));
    box->setValue(value < 0 ? -step : value);
    return box;
}

double limitOf(const QDoubleSpinBox *box, double scale)
{
    return box->value() < 0 ? -1 : box->value() / scale;
}

}  // namespace

DriftLimitsDialog::DriftLimitsDialog(const DriftThresholds &current,
                                     const std::vector<RoundStats> &rounds, QWidget *parent)
    : QDialog(parent),
      m_minAgreement(limitBox(current.minAgreement * 100, 100, 1, 0, QStringLiteral(" %"), this)),
      m_minAuditPrecision(
          limitBox(current.minAuditPrecision * 100, 100, 0.5, 1, QStringLiteral(" %"), this)),
      m_maxImportDivergence(limitBox(current.maxImportDivergence, 1, 0.01, 2, {}, this)),
      m_maxLabelDrift(limitBox(current.maxLabelDrift, 1, 0.01, 2, {}, this)),
      m_maxFeatureShift(limitBox(current.maxFeatureShift, 100, 0.05, 2, {}, this)),
      m_reference(new QComboBox(this))
{
    setWindowTitle(tr("Drift Limits"));
    m_reference->addItem(tr("The first round"), qint64(0));
    for (const RoundStats &r : rounds) {
        m_reference->addItem(tr("Round #%1 (%2)")
                                 .arg(r.modelVersionId)
                                 .arg(QString::fromStdString(r.createdAt)),
                             qint64(r.modelVersionId));
    }
    m_reference->setCurrentIndex(std::max(0, m_reference->findData(qint64(current.referenceRound))));

    auto *form = new QFormLayout;
    form->addRow(tr("Warn when people take the suggestion less than"), m_minAgreement);
    form->addRow(tr("Warn when audited precision falls below"), m_minAuditPrecision);
    form->addRow(tr("Warn when new imports' classes differ by more than"), m_maxImportDivergence);
    form->addRow(tr("Warn when all labels' classes move by more than"), m_maxLabelDrift);
    form->addRow(tr("Warn when new imports' features shift by more than"), m_maxFeatureShift);
    form->addRow(tr("Compare label classes with"), m_reference);
    auto *explain = new QLabel(
        tr("Class differences are Jensen-Shannon divergences (0: the same, 1: nothing in "
           "common). Feature shift needs a backbone and is in standard deviations. The lowest "
           "value of each box switches the warning off."),
        this);
    explain->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(explain);
    layout->addWidget(buttons);
}

DriftThresholds DriftLimitsDialog::thresholds() const
{
    DriftThresholds t;
    t.minAgreement = limitOf(m_minAgreement, 100);
    t.minAuditPrecision = limitOf(m_minAuditPrecision, 100);
    t.maxImportDivergence = limitOf(m_maxImportDivergence, 1);
    t.maxLabelDrift = limitOf(m_maxLabelDrift, 1);
    t.maxFeatureShift = limitOf(m_maxFeatureShift, 1);
    t.referenceRound = m_reference->currentData().toLongLong();
    return t;
}

}  // namespace triage::ui
