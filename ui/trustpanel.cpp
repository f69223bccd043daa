#include "trustpanel.h"

#include "projectstatus.h"
#include "projectworker.h"
#include "tablecells.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace triage::ui {
namespace {

QTableWidgetItem *textItem(const QString &text)
{
    return new QTableWidgetItem(text);
}

// Why the class's items are not auto-accepted yet; empty when they are.
QString whyNotYet(const RoutingPolicy &policy, const ClassTrust &trust, int64_t peopleLabels,
                  const QString &className)
{
    QStringList reasons;
    if (peopleLabels < policy.minHumanLabelsPerClass) {
        reasons << TrustPanel::tr("people have labelled %1 of the %2 needed first")
                       .arg(peopleLabels)
                       .arg(policy.minHumanLabelsPerClass);
    }
    if (policy.targetPrecision > 0) {
        if (!trust.threshold) {
            reasons << TrustPanel::tr("no auto-label round has weighed the evidence yet");
        } else if (!trust.threshold->accepted && trust.threshold->moreNeeded < 0) {
            reasons << TrustPanel::tr("no unlabelled item of '%1' is confident enough yet")
                           .arg(className);
        } else if (!trust.threshold->accepted) {
            const int64_t needed = trust.threshold->moreNeeded;
            if (trust.threshold->ownEvidence) {  // its own items showed too many errors
                reasons << (needed == 1
                                ? TrustPanel::tr("needs at least 1 more label of '%1'").arg(className)
                                : TrustPanel::tr("needs at least %L1 more labels of '%2'")
                                      .arg(needed)
                                      .arg(className));
            } else {
                reasons << (needed == 1
                                ? TrustPanel::tr("needs at least 1 more confident label of any class")
                                : TrustPanel::tr("needs at least %L1 more confident labels of any class")
                                      .arg(needed));
            }
        }
    }
    return reasons.join(QStringLiteral("; "));
}

}  // namespace

TrustPanel::TrustPanel(const QString &projectPath, QWidget *parent)
    : QDialog(parent), m_worker(new ProjectWorker(projectPath, this)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_summary(new QLabel(this))
{
    setWindowTitle(tr("Auto-accept by Class"));
    m_table->setHorizontalHeaderLabels({tr("Class"), tr("Threshold"), tr("Evidence"),
                                        tr("Audited precision"), tr("95% interval"),
                                        tr("Why not auto-accepted")});
    m_table->horizontalHeaderItem(Evidence)->setToolTip(
        tr("The class's labelled items at or above its threshold (for a withheld class, the "
           "threshold calibration alone would allow) that the model, scored out of fold, got "
           "right; and the lower bound of precision that every class's evidence supports there"));
    m_table->horizontalHeaderItem(Audited)->setToolTip(
        tr("How often auto-accept was right on the audited items people answered"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Why, QHeaderView::Stretch);
    // In class order until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    connect(refreshButton, &QPushButton::clicked, this, &TrustPanel::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1000, 460);
    refresh();
}

void TrustPanel::refresh()
{
    m_worker->run([](ProjectStore &store) { return readProjectStatus(store); },
                  [this](Result<ProjectStatus> status) {
                      if (!status) {
                          m_summary->setText(QString::fromStdString(status.error().message));
                          Q_EMIT refreshed();
                          return;
                      }
                      const RoutingPolicy &policy = status->policy;
                      m_summary->setText(
                          (policy.targetPrecision > 0
                               ? tr("Target precision %1: each class is auto-accepted from the "
                                    "lowest confidence at which a one-sided 95% lower bound of "
                                    "its precision reaches the target.")
                                     .arg(percentText(policy.targetPrecision))
                               : tr("One confidence threshold for every class: %L1 (no target "
                                    "precision).")
                                     .arg(policy.acceptThreshold)) +
                          QLatin1Char(' ') +
                          tr("%1 of would-be auto-accepts go to review as audits.")
                              .arg(percentText(policy.auditShare)));
                      m_table->setSortingEnabled(false);
                      m_table->setRowCount(int(status->classes.size()));
                      for (size_t i = 0; i < status->classes.size(); ++i) {
                          const int row = int(i);
                          const QString name = QString::fromStdString(status->classes[i].name);
                          const ClassTrust trust =
                              i < status->trust.size() ? status->trust[i] : ClassTrust{};
                          const auto &counts = status->counts.byClass;
                          const int64_t people =
                              i < counts.size() ? counts[i].human + counts[i].imported : 0;
                          m_table->setItem(row, Class, textItem(name));
                          const auto &t = trust.threshold;
                          if (policy.targetPrecision <= 0) {
                              m_table->setItem(row, Threshold,
                                               new NumberItem(QString::number(policy.acceptThreshold),
                                                              policy.acceptThreshold));
                          } else if (t && t->accepted) {
                              m_table->setItem(row, Threshold,
                                               new NumberItem(QStringLiteral("%L1").arg(t->threshold, 0, 'f', 3),
                                                              t->threshold));
                          } else {
                              m_table->setItem(row, Threshold, new NumberItem(tr("not yet"), std::nullopt));
                          }
                          m_table->setItem(
                              row, Evidence,
                              t ? new NumberItem(tr("%1 of %2 right · precision ≥ %3")
                                                     .arg(t->right)
                                                     .arg(t->evidence)
                                                     .arg(percentText(t->lowerBound)),
                                                 t->lowerBound)
                                : new NumberItem(QStringLiteral("–"), std::nullopt));
                          if (trust.audited > 0) {
                              const double measured =
                                  double(trust.auditedRight) / double(trust.audited);
                              m_table->setItem(row, Audited,
                                               new NumberItem(tr("%1 (%2 of %3)")
                                                                  .arg(percentText(measured))
                                                                  .arg(trust.auditedRight)
                                                                  .arg(trust.audited),
                                                              measured));
                              m_table->setItem(row, Interval,
                                               textItem(QStringLiteral("%1 – %2")
                                                            .arg(percentText(trust.auditLow),
                                                                 percentText(trust.auditHigh))));
                          } else {
                              m_table->setItem(row, Audited,
                                               new NumberItem(tr("no audit answered"), std::nullopt));
                              m_table->setItem(row, Interval, textItem(QStringLiteral("–")));
                          }
                          m_table->setItem(row, Why,
                                           textItem(whyNotYet(policy, trust, people, name)));
                      }
                      m_table->setSortingEnabled(true);
                      m_table->resizeRowsToContents();  // reasons wrap, whole
                      Q_EMIT refreshed();
                  });
}

}  // namespace triage::ui
