#include "reviewview.h"

#include "decisioncommand.h"
#include "imageview.h"
#include "theme.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace triage::ui {
namespace {

constexpr int kSkip = -1;

QString percentText(float p)
{
    return QStringLiteral("%L1%").arg(double(p) * 100, 0, 'f', 1);
}

}  // namespace

ReviewView::ReviewView(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    m_image = new ImageView(this);
    m_image->setFocusPolicy(Qt::ClickFocus);
    m_image->setFocusProxy(this);  // a click on the image gives the review the keys
    m_title = new QLabel(this);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_suggestion = new QLabel(this);
    QFont big = m_suggestion->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_suggestion->setFont(big);
    m_suggestion->setWordWrap(true);
    m_alternatives = new QLabel(this);
    m_alternatives->setObjectName(QStringLiteral("alternatives"));
    m_alternatives->setWordWrap(true);
    m_reasons = new QLabel(this);
    m_reasons->setObjectName(QStringLiteral("reasons"));
    m_reasons->setWordWrap(true);
    m_history = new QLabel(this);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setWordWrap(true);
    m_counters = new QLabel(this);
    m_counters->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    showAsProblem(m_status);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    // The text colour itself: the grey it had was 2.4:1 on the window colour, too faint.
    m_hint->setForegroundRole(QPalette::WindowText);
    m_hint->setObjectName(QStringLiteral("keyHint"));
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Type to filter classes"));
    m_filter->setFocusPolicy(Qt::NoFocus);  // the view takes the keys and feeds the filter
    m_filter->setVisible(false);

    auto *buttons = new QWidget(this);
    m_buttonGrid = new QGridLayout(buttons);
    m_buttonGrid->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(buttons);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *side = new QVBoxLayout;
    side->addWidget(m_suggestion);
    side->addWidget(m_alternatives);
    side->addWidget(m_reasons);
    side->addSpacing(8);
    side->addWidget(m_filter);
    side->addWidget(scroll, 1);
    side->addWidget(m_history);
    side->addWidget(m_counters);
    side->addWidget(m_status);
    side->addWidget(m_hint);

    auto *left = new QVBoxLayout;
    left->addWidget(m_image, 1);
    left->addWidget(m_title);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(side, 1);

    m_keyHelp = new QLabel(this);
    m_keyHelp->setAutoFillBackground(true);
    m_keyHelp->setAlignment(Qt::AlignCenter);
    m_keyHelp->setTextFormat(Qt::RichText);
    m_keyHelp->setVisible(false);

    showItem(ReviewItem{});
}

void ReviewView::toggleKeyHelp()
{
    if (m_keyHelp->isVisible()) {
        m_keyHelp->hide();
        return;
    }
    const QList<std::pair<QString, QString>> keys = {
        {tr("1–9, 0"), tr("pick the class with that key")},
        {tr("Enter, Space"), tr("accept the suggestion")},
        {tr("S (Ctrl+S with many classes)"), tr("skip: the item comes back later")},
        {tr("Backspace, Ctrl+Z"), tr("undo the last decision")},
        {tr("Ctrl+Shift+Z"), tr("redo")},
        {tr("PageUp"), tr("the item decided last, again: look, or decide anew")},
        {tr("letters (more than ten classes)"), tr("filter the classes; Esc clears")},
        {tr("Ctrl+Plus, Ctrl+Minus, wheel"), tr("zoom in, out (the wheel about the pointer)")},
        {tr("Ctrl+0, Ctrl+1"), tr("fit to the window, 100%")},
        {tr("Ctrl+Up, Ctrl+Down"), tr("brighter, darker")},
        {tr("Ctrl+Right, Ctrl+Left"), tr("more, less contrast; Ctrl+R resets")},
        {tr("?"), tr("this list; any key closes it")}};
    QString rows;
    for (const auto &[key, action] : keys) {
        rows += QStringLiteral("<tr><td align=right><b>%1</b></td><td>&nbsp;&nbsp;%2</td></tr>")
                    .arg(key.toHtmlEscaped(), action.toHtmlEscaped());
    }
    m_keyHelp->setText(QStringLiteral("<h3 align=center>%1</h3><table align=center>%2</table>")
                           .arg(tr("Review keys"), rows));
    m_keyHelp->setGeometry(rect());
    m_keyHelp->raise();
    m_keyHelp->show();
}

bool ReviewView::keyHelpShown() const
{
    return m_keyHelp->isVisible();
}

void ReviewView::resizeEvent(QResizeEvent *event)
{
    m_keyHelp->setGeometry(rect());
    QWidget::resizeEvent(event);
}

void ReviewView::mousePressEvent(QMouseEvent *event)
{
    m_keyHelp->hide();
    QWidget::mousePressEvent(event);
}

void ReviewView::setProject(const ProjectInfo &info)
{
    m_project = info;
    m_undoStack.clear();
    m_pendingKeys.clear();
    m_waiting = false;
    qDeleteAll(m_buttons);
    m_buttons.clear();
    for (int i = 0; i < info.classes.size(); ++i) {
        auto *button = new QPushButton(this);
        button->setFocusPolicy(Qt::NoFocus);
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 8px;"));
        const qint64 classId = info.classes[i].id;
        connect(button, &QPushButton::clicked, this, [this, classId] { pickClass(classId); });
        m_buttons.push_back(button);
    }
    m_filter->clear();
    m_filter->setVisible(filtering());
    m_hint->setText(
        filtering()
            ? tr("Keys: type to filter · 1–9, 0 pick · Enter accept (or pick the first match) · "
                 "Ctrl+S skip · Esc clear filter · Backspace/Ctrl+Z undo · Ctrl+Shift+Z redo · "
                 "? all keys")
            : tr("Keys: 1–9, 0 pick a class · Enter/Space accept the suggestion · S skip · "
                 "Backspace/Ctrl+Z undo · Ctrl+Shift+Z redo · ? all keys"));
    applyFilter();
}

QVector<int> ReviewView::visibleClasses() const
{
    QVector<int> visible;
    const QString filter = m_filter->text();
    for (int i = 0; i < m_project.classes.size(); ++i) {
        if (filter.isEmpty() || m_project.classes[i].name.contains(filter, Qt::CaseInsensitive)) {
            visible.push_back(i);
        }
    }
    return visible;
}

void ReviewView::applyFilter()
{
    while (m_buttonGrid->count() > 0) {
        m_buttonGrid->takeAt(0);
    }
    for (auto *button : m_buttons) {
        button->setVisible(false);
    }
    const QVector<int> visible = visibleClasses();
    const int suggested = suggestedPosition();
    for (int row = 0; row < visible.size(); ++row) {
        const int position = visible[row];
        QPushButton *button = m_buttons[position];
        const QString key = row < 9    ? QString::number(row + 1)
                            : row == 9 ? QStringLiteral("0")
                                       : QStringLiteral(" ");
        button->setText(QStringLiteral("%1   %2").arg(key, m_project.classes[position].name));
        button->setDefault(position == suggested);
        QFont font = button->font();
        font.setBold(position == suggested);
        button->setFont(font);
        m_buttonGrid->addWidget(button, row, 0);
        button->setVisible(true);
    }
    m_buttonGrid->setRowStretch(int(visible.size()), 1);
}

int ReviewView::suggestedPosition() const
{
    const auto &p = m_item.probabilities;
    if (p.isEmpty() || p.size() != m_project.classes.size()) {
        return -1;
    }
    return int(std::max_element(p.begin(), p.end()) - p.begin());
}

void ReviewView::showItem(const ReviewItem &item)
{
    m_item = item;
    m_waiting = false;
    m_status->clear();
    m_shownFor.start();
    if (item.itemId < 0) {
        m_image->setImage(
            {},
            m_project.classes.isEmpty()
                ? tr("Open or create a project (File menu), then import a folder of images.")
                : tr("The review queue is empty. Import more images, or run Label ▸ Auto-label."));
        m_title->clear();
        m_suggestion->setText(m_project.classes.isEmpty() ? QString() : tr("Nothing to review"));
        m_alternatives->clear();
    } else {
        m_image->setImage(item.image, item.error.isEmpty() ? tr("No image") : item.error);
        const QImage &img = item.image;
        m_title->setText(QStringLiteral("%1  ·  %2×%3%4")
                             .arg(QFileInfo(item.path).fileName())
                             .arg(img.width())
                             .arg(img.height())
                             .arg(item.currentLabel.isEmpty()
                                      ? QString()
                                      : tr("  ·  now: %1").arg(item.currentLabel)));
        m_title->setToolTip(item.path);
        const int top = suggestedPosition();
        if (top < 0) {
            m_suggestion->setText(tr("No suggestion yet"));
            m_alternatives->setText(tr("The learner trains once people have labelled some items "
                                       "(Label ▸ Auto-label)."));
        } else {
            m_suggestion->setText(tr("%1  %2").arg(m_project.classes[top].name,
                                                   percentText(item.probabilities[top])));
            QVector<int> order(item.probabilities.size());
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(),
                      [&](int a, int b) { return item.probabilities[a] > item.probabilities[b]; });
            QStringList alternatives;
            for (int i = 1; i < std::min<int>(3, int(order.size())); ++i) {
                alternatives << QStringLiteral("%1 %2").arg(
                    m_project.classes[order[i]].name, percentText(item.probabilities[order[i]]));
            }
            QString text = tr("then: %1").arg(alternatives.join(QStringLiteral(" · ")));
            if (item.suggestedByModels) {
                text += QLatin1Char('\n') + tr("suggested by the project's models (no learner yet)");
            }
            if (!item.modelVotes.isEmpty()) {
                text += QLatin1Char('\n') +
                        tr("models: %1").arg(item.modelVotes.join(QStringLiteral(" · ")));
            }
            if (!item.lfVotes.isEmpty()) {
                text += QLatin1Char('\n') +
                        tr("votes: %1").arg(item.lfVotes.join(QStringLiteral(" · ")));
            }
            m_alternatives->setText(text);
        }
    }
    m_reasons->setText(item.reasons.isEmpty()
                           ? QString()
                           : tr("Why here: %1").arg(item.reasons.join(QStringLiteral("; "))));
    m_reasons->setVisible(!item.reasons.isEmpty());
    m_history->setText(item.history.isEmpty()
                           ? QString()
                           : tr("History:") + QLatin1Char('\n') + item.history.join(QLatin1Char('\n')));
    m_history->setVisible(!item.history.isEmpty());
    m_counters->setVisible(!m_project.classes.isEmpty());
    // A line each: a counter is never broken in two, in any language.
    m_counters->setText(tr("In queue: %L1").arg(item.queueLength) + QLatin1Char('\n') +
                        tr("Decided this session: %L1").arg(item.decisionsMade) +
                        QLatin1Char('\n') + tr("Human labels: %L1").arg(item.humanLabels) +
                        (item.pace.isEmpty() ? QString() : QLatin1Char('\n') + item.pace));
    applyFilter();
    Q_EMIT itemShown(item.itemId);
    // Keys typed while the last decision was being stored apply to this item now.
    while (!m_waiting && !m_pendingKeys.isEmpty()) {
        handleKey(m_pendingKeys.takeFirst());
    }
}

void ReviewView::showError(const QString &message)
{
    const bool decisionLost = m_waiting;
    m_waiting = false;
    m_pendingKeys.clear();
    m_status->setText(decisionLost ? tr("Not stored: %1").arg(message) : message);
}

void ReviewView::showWaiting(const QString &message)
{
    m_status->setText(message);  // keys typed meanwhile stay queued, in order
}

void ReviewView::focusInEvent(QFocusEvent *event)
{
    m_image->setKeyboardActive(true);
    QWidget::focusInEvent(event);
}

void ReviewView::focusOutEvent(QFocusEvent *event)
{
    m_image->setKeyboardActive(false);
    QWidget::focusOutEvent(event);
}

void ReviewView::keyPressEvent(QKeyEvent *event)
{
    if (m_keyHelp->isVisible()) {  // the key closes the list, and does nothing else
        m_keyHelp->hide();
        event->accept();
        return;
    }
    if (event->text() == QLatin1String("?")) {
        toggleKeyHelp();
        event->accept();
        return;
    }
    const PendingKey key{event->key(), event->modifiers(), event->text()};
    if (m_waiting) {
        m_pendingKeys.push_back(key);
        event->accept();
        return;
    }
    if (!handleKey(key)) {
        QWidget::keyPressEvent(event);
    }
}

bool ReviewView::handleKey(const PendingKey &key)
{
    const bool ctrl = key.modifiers & Qt::ControlModifier;
    const bool shift = key.modifiers & Qt::ShiftModifier;
    if (ctrl && key.key == Qt::Key_Z) {
        shift ? redo() : undo();
        return true;
    }
    if (key.key == Qt::Key_PageUp) {
        if (m_item.canGoBack) {
            m_waiting = true;  // the next item shown is the previous one
            Q_EMIT previousRequested();
        }
        return true;
    }
    if (key.key == Qt::Key_Backspace && !(filtering() && !m_filter->text().isEmpty())) {
        undo();
        return true;
    }
    if (key.key >= Qt::Key_0 && key.key <= Qt::Key_9 && !ctrl) {
        pick(key.key == Qt::Key_0 ? 9 : key.key - Qt::Key_1);
        return true;
    }
    if (key.key == Qt::Key_Return || key.key == Qt::Key_Enter ||
        (key.key == Qt::Key_Space && !filtering())) {
        if (filtering() && !m_filter->text().isEmpty()) {
            pick(0);
        } else {
            acceptSuggestion();
        }
        return true;
    }
    if (filtering()) {
        if (ctrl && key.key == Qt::Key_S) {
            skip();
        } else if (key.key == Qt::Key_Escape) {
            m_filter->clear();
            applyFilter();
        } else if (key.key == Qt::Key_Backspace) {
            m_filter->backspace();
            applyFilter();
        } else if (!ctrl && !key.text.isEmpty() && key.text.at(0).isPrint()) {
            m_filter->setText(m_filter->text() + key.text);
            applyFilter();
        } else {
            return false;
        }
        return true;
    }
    if (key.key == Qt::Key_S && !ctrl) {
        skip();
        return true;
    }
    return false;
}

void ReviewView::pick(int visibleIndex)
{
    const QVector<int> visible = visibleClasses();
    if (visibleIndex >= 0 && visibleIndex < visible.size()) {
        pickClass(m_project.classes[visible[visibleIndex]].id);
    }
}

void ReviewView::pickClass(qint64 classId)
{
    pushDecision(classId);
}

void ReviewView::acceptSuggestion()
{
    const int top = suggestedPosition();
    if (top < 0) {
        m_status->setText(tr("There is no suggestion to accept yet: pick a class with its key."));
        return;
    }
    pushDecision(m_project.classes[top].id);
}

void ReviewView::skip()
{
    pushDecision(kSkip);
}

void ReviewView::pushDecision(qint64 classId)
{
    if (m_item.itemId < 0 || m_waiting) {
        return;
    }
    const int top = suggestedPosition();
    const qint64 suggested = top >= 0 ? m_project.classes[top].id : -1;
    QString text = tr("Skip");
    for (const auto &c : m_project.classes) {
        if (c.id == classId) {
            text = tr("Label as %1").arg(c.name);
        }
    }
    m_waiting = true;
    m_filter->clear();
    m_undoStack.push(new DecisionCommand(
        m_item.itemId, classId, double(m_shownFor.elapsed()) / 1000.0, suggested, text,
        [this](qint64 item, qint64 cls, double seconds, qint64 sugg) {
            m_waiting = true;
            Q_EMIT decideRequested(item, cls, seconds, sugg);
        },
        [this](qint64 item) {
            m_waiting = true;
            Q_EMIT undoRequested(item);
        }));
}

void ReviewView::undo()
{
    if (m_undoStack.canUndo()) {
        m_undoStack.undo();
    }
}

void ReviewView::redo()
{
    if (m_undoStack.canRedo()) {
        m_undoStack.redo();
    }
}

}  // namespace triage::ui
