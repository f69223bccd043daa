#include "dashboardview.h"

#include "chartbuilder.h"
#include "dashboardreport.h"
#include "driftlimitsdialog.h"
#include "filedialogs.h"
#include "projectworker.h"
#include "statenames.h"
#include "theme.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace triage::ui {
namespace {

QString percentText(double fraction, int decimals = 1)
{
    return QStringLiteral("%1%").arg(fraction * 100, 0, 'f', decimals);
}

// The line under a chart, in the user's language.
QString noteFor(const Chart &chart, const Dashboard &d)
{
    if (chart.categories.empty()) {
        return chartText(chart.emptyText);
    }
    const std::string &id = chart.id;
    if (id == "progress") {
        QString note = DashboardView::tr("Review queue: %L1 items").arg(d.reviewQueue);
        if (d.secondsPerDecision >= 0) {
            note += QStringLiteral(" · ") +
                    DashboardView::tr("%1 at %2 s an item")
                        .arg(timeLeftText(secondsFor(d, d.reviewQueue)))
                        .arg(d.secondsPerDecision, 0, 'f', 1);
        }
        return note + QStringLiteral(" · ") +
               DashboardView::tr("%1 of %2 classes not auto-accepted yet")
                   .arg(d.classesWithheld)
                   .arg(d.status.classes.size());
    }
    if (id == "reliability" && d.calibrationError >= 0) {
        int64_t labelled = 0;
        for (const ConfidenceBin &b : d.confidence) {
            labelled += b.labelled;
        }
        return DashboardView::tr("Expected calibration error %1 over %L2 labels (out-of-fold "
                                 "scores)")
            .arg(percentText(d.calibrationError))
            .arg(labelled);
    }
    if (id == "drift" && d.drift.referenceRound > 0) {
        QString note = DashboardView::tr("Reference: round #%1").arg(d.drift.referenceRound);
        const double shift = latestFeatureShift(d.drift);
        if (shift >= 0) {
            note += QStringLiteral(" · ") +
                    DashboardView::tr("new imports' features %1 standard deviations from "
                                      "earlier items'")
                        .arg(shift, 0, 'f', 2);
        }
        return note;
    }
    if (id == "last-round" && !d.drift.rounds.empty()) {
        const RoundStats &last = d.drift.rounds.back();
        return DashboardView::tr("Round #%1, %2")
            .arg(last.modelVersionId)
            .arg(QString::fromStdString(last.createdAt));
    }
    if (id == "annotators") {
        QStringList parts;
        for (const AnnotatorTotals &a : d.annotators) {
            QString part = DashboardView::tr("%1: %L2 items").arg(QString::fromStdString(a.annotator))
                               .arg(a.labels + a.skips);
            if (a.withSuggestion > 0) {
                part += QStringLiteral(", ") +
                        DashboardView::tr("%1 took the suggestion")
                            .arg(percentText(double(a.agreedWithSuggestion) /
                                                 double(a.withSuggestion),
                                             0));
            }
            parts << part;
        }
        return parts.join(QStringLiteral(" · "));
    }
    return {};
}

// A drift warning's sentence in the user's language.
QString figureWarningText(const DriftWarning &w, const RoundStats &round)
{
    if (w.figure == "agreement") {
        return DashboardView::tr("People took the model's suggestion for %1 of %L2 new labels, "
                                 "below the %3 set.")
            .arg(percentText(w.value))
            .arg(round.newDecisions)
            .arg(percentText(w.limit));
    }
    if (w.figure == "audit_precision") {
        return DashboardView::tr("People confirmed %1 of %L2 audited auto-accepts, below the %3 "
                                 "set.")
            .arg(percentText(w.value))
            .arg(round.audited)
            .arg(percentText(w.limit));
    }
    if (w.figure == "import_divergence") {
        return DashboardView::tr("The classes of %L1 new imports differ from earlier items' by "
                                 "%2, above the %3 set.")
            .arg(round.newItems)
            .arg(w.value, 0, 'f', 2)
            .arg(w.limit, 0, 'f', 2);
    }
    if (w.figure == "label_drift") {
        return DashboardView::tr("The classes of all labels moved %1 from the reference round, "
                                 "above the %2 set.")
            .arg(w.value, 0, 'f', 2)
            .arg(w.limit, 0, 'f', 2);
    }
    if (w.figure == "feature_shift") {
        return DashboardView::tr("New imports' features lie %1 standard deviations from "
                                 "earlier items', above the %2 set.")
            .arg(w.value, 0, 'f', 2)
            .arg(w.limit, 0, 'f', 2);
    }
    return QString::fromStdString(w.message);
}

}  // namespace

QString driftWarningText(const DriftWarning &w, const RoundStats &round)
{
    return DashboardView::tr("Round #%1: %2").arg(w.modelVersionId).arg(figureWarningText(w, round));
}


DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent), m_warnings(new QLabel(this)), m_summary(new QLabel(this)),
      m_limits(new QPushButton(tr("Drift Limits…"), this)),
      m_save(new QPushButton(tr("Save Report…"), this)), m_grid(new QGridLayout)
{
    m_warnings->setWordWrap(true);
    m_warnings->setVisible(false);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_limits->setToolTip(tr("When a drift figure should raise a warning, and the round label "
                            "drift is measured against"));
    m_save->setToolTip(tr("Write every chart as SVG and PNG, and every figure as JSON, into a "
                          "folder"));
    m_limits->setEnabled(false);
    m_save->setEnabled(false);
    connect(m_limits, &QPushButton::clicked, this, &DashboardView::editLimits);
    connect(m_save, &QPushButton::clicked, this, &DashboardView::saveReport);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_limits);
    bar->addWidget(m_save);

    auto *charts = new QWidget;
    charts->setLayout(m_grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(charts);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warnings);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);
}

void DashboardView::setProject(const QString &projectPath)
{
    m_path = projectPath;
    delete m_worker;
    m_worker = new ProjectWorker(projectPath, this);
    m_dashboard.reset();
    m_limits->setEnabled(false);
    m_save->setEnabled(false);
}

void DashboardView::refresh()
{
    if (!m_worker) {
        return;
    }
    m_worker->run([](ProjectStore &store) { return readDashboard(store); },
                  [this](Result<Dashboard> read) {
                      if (read) {
                          show(std::move(*read));
                      } else {
                          showProblem(QString::fromStdString(read.error().message));
                      }
                      Q_EMIT refreshed();
                  });
}

void DashboardView::showProblem(const QString &message)
{
    m_warnings->setText(tr("The dashboard could not be read: %1").arg(message));
    showAsProblem(m_warnings);
    m_warnings->setVisible(true);
}

void DashboardView::show(Dashboard d)
{
    const auto charts = dashboardCharts(d);
    const bool dark = darkThemeChosen();
    while (m_views.size() < qsizetype(charts.size())) {
        auto *view = new QChartView;
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(300);
        auto *note = new QLabel;
        note->setWordWrap(true);
        const int index = int(m_views.size());
        m_grid->addWidget(view, (index / 2) * 2, index % 2);
        m_grid->addWidget(note, (index / 2) * 2 + 1, index % 2);
        m_views << view;
        m_notes << note;
    }
    for (size_t i = 0; i < charts.size(); ++i) {
        QChart *old = m_views[qsizetype(i)]->chart();
        m_views[qsizetype(i)]->setChart(makeQChart(charts[i], dark));
        delete old;
        m_notes[qsizetype(i)]->setText(noteFor(charts[i], d));
    }

    QString summary = tr("%L1 items · %L2 labelled by people · %L3 auto-accepted · %L4 waiting "
                         "for review")
                          .arg(d.status.counts.total)
                          .arg(d.status.counts.humanLabeled)
                          .arg(d.status.counts.autoAccepted)
                          .arg(d.reviewQueue);
    m_summary->setText(summary);

    QStringList warnings;
    for (const DriftWarning &w : d.drift.warnings) {
        for (const RoundStats &round : d.drift.rounds) {
            if (round.modelVersionId == w.modelVersionId) {
                warnings << driftWarningText(w, round);
            }
        }
    }
    m_warnings->setText(warnings.isEmpty()
                            ? QString()
                            : tr("Drift warning: %1").arg(warnings.join(QStringLiteral(" "))));
    showAsProblem(m_warnings);
    m_warnings->setVisible(!warnings.isEmpty());
    m_limits->setEnabled(true);
    m_save->setEnabled(true);
    m_dashboard = std::move(d);
    Q_EMIT warningsChanged(int(warnings.size()));
}

void DashboardView::editLimits()
{
    if (!m_dashboard || !m_worker) {
        return;
    }
    DriftLimitsDialog dialog(m_dashboard->drift.thresholds, m_dashboard->drift.rounds, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    m_worker->run(
        [limits = dialog.thresholds()](ProjectStore &store) {
            return store.settings().setDriftThresholds(limits);
        },
        [this](Result<void> saved) {
            if (!saved) {
                showProblem(QString::fromStdString(saved.error().message));
                return;
            }
            refresh();
        });
}

void DashboardView::saveReport()
{
    const QString folder = chooseFolder(this, tr("Save the Dashboard Report In"), QDir::homePath());
    if (!folder.isEmpty()) {
        saveReportTo(folder);
    }
}

void DashboardView::saveReportTo(const QString &folder)
{
    if (!m_dashboard || !m_worker) {
        return;
    }
    // The pictures are taken here, as shown; the files are written off the GUI thread.
    std::vector<std::pair<QString, QImage>> pictures;
    const auto charts = dashboardCharts(*m_dashboard);
    for (size_t i = 0; i < charts.size() && i < size_t(m_views.size()); ++i) {
        pictures.emplace_back(QString::fromStdString(charts[i].id) + QStringLiteral(".png"),
                              m_views[qsizetype(i)]->grab().toImage());
    }
    m_worker->run(
        [dashboard = *m_dashboard, folder, pictures](ProjectStore &) -> Result<void> {
            auto written = writeDashboardReport(dashboard, folder.toStdString());
            if (!written) {
                return written.error();
            }
            for (const auto &[name, image] : pictures) {
                const QString path = QDir(folder).filePath(name);
                if (!image.save(path, "PNG")) {
                    return makeError(ErrorCode::Io, "cannot write " + path.toStdString());
                }
            }
            return {};
        },
        [this, folder](Result<void> saved) {
            Q_EMIT reportSaved(folder, saved ? QString()
                                             : QString::fromStdString(saved.error().message));
        });
}

}  // namespace triage::ui
