#pragma once
// ReviewView: the annotator's screen. One image large, the model's suggestion with its
// confidence and two alternatives, a button per class with its key, counters.
// Keys: 1-9 and 0 pick a class, Enter/Space accept the suggestion, S skip,
// Backspace/Ctrl+Z undo, Ctrl+Shift+Z redo; with more than ten classes typing filters
// the class list (then Ctrl+S skips and Esc clears the filter).
// Decisions go to the project thread; the next item is shown when it says the decision
// is committed. Keys pressed meanwhile wait their turn rather than being lost.
#include "uitypes.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QList>
#include <QUndoStack>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QGridLayout;

namespace triage::ui {

class ImageView;

class ReviewView : public QWidget {
    Q_OBJECT
public:
    explicit ReviewView(QWidget *parent = nullptr);

    void setProject(const ProjectInfo &info);
    QUndoStack *undoStack() { return &m_undoStack; }
    ImageView *imageView() const { return m_image; }
    // The `?` overlay: every key of the review, until the next key or click.
    void toggleKeyHelp();
    bool keyHelpShown() const;
    const ReviewItem &currentItem() const { return m_item; }

public Q_SLOTS:
    void showItem(const triage::ui::ReviewItem &item);
    void showError(const QString &message);
    // A decision is waiting for the project file's lock (empty: not any more).
    void showWaiting(const QString &message);

Q_SIGNALS:
    void decideRequested(qint64 itemId, qint64 classId, double secondsSpent,
                         qint64 suggestedClassId);
    void undoRequested(qint64 itemId);
    void previousRequested();  // PageUp: the item decided last, again
    void itemShown(qint64 itemId);  // showItem() has put the item on screen (-1: none)

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct PendingKey {
        int key;
        Qt::KeyboardModifiers modifiers;
        QString text;
    };

    bool handleKey(const PendingKey &key);
    void pick(int visibleIndex);
    void pickClass(qint64 classId);
    void acceptSuggestion();
    void skip();
    void pushDecision(qint64 classId);
    void undo();
    void redo();
    void applyFilter();
    QVector<int> visibleClasses() const;  // class positions shown, in order
    int suggestedPosition() const;
    bool filtering() const { return m_project.classes.size() > 10; }

    ProjectInfo m_project;
    ReviewItem m_item;
    bool m_waiting = false;  // a decision is on its way to the database
    QList<PendingKey> m_pendingKeys;
    QElapsedTimer m_shownFor;
    QUndoStack m_undoStack;

    ImageView *m_image = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_suggestion = nullptr;
    QLabel *m_alternatives = nullptr;
    QLabel *m_reasons = nullptr;
    QLabel *m_history = nullptr;
    QLabel *m_counters = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_keyHelp = nullptr;
    QLineEdit *m_filter = nullptr;
    QGridLayout *m_buttonGrid = nullptr;
    QList<QPushButton *> m_buttons;  // by class position
};

}  // namespace triage::ui
