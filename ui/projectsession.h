#pragma once
// ProjectSession: the GUI's connection to the open project. It lives on its own thread
// with its own store connection, so the GUI thread never waits on the database or on
// decoding. Requests are queued slot calls; answers come back as signals.
// Every review decision is committed before reviewItemReady shows the next item.
#include "imagesource.h"
#include "learnloop.h"
#include "queuereason.h"
#include "projectstore.h"
#include "reviewsession.h"
#include "uitypes.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <future>
#include <memory>

namespace triage::ui {

class ProjectSession : public QObject {
    Q_OBJECT
public:
    explicit ProjectSession(QString annotator,
                            int64_t labelsPerRound = LearnLoop::kDefaultLabelsPerRound,
                            QObject *parent = nullptr);
    ~ProjectSession() override;

public Q_SLOTS:
    void open(const QString &path);
    void refreshReview();           // re-reads the queue (after a job)
    void focusItem(qint64 itemId);  // review this item next
    void decide(qint64 itemId, qint64 classId, double secondsSpent,
                qint64 suggestedClassId);  // classId -1: skip
    void undo(qint64 itemId);
    void showPrevious();  // the item decided last, again (to look at or change)
    // The grid review's page: a label of classId for each item, in one transaction;
    // answers with itemsAccepted, or gridFailed (nothing stored).
    void acceptItems(const QVector<qint64> &itemIds, qint64 classId, double secondsEach);
    void setRoutingPolicy(const triage::RoutingPolicy &policy);
    void removeItems(const QVector<qint64> &itemIds);
    void noteRoundStarted();  // an auto-label round began: the next is due later
    void listModels();        // answers with modelsListed
    // What the learner learns from: an embedder's name, or "" for pixels; answers with
    // modelsListed, or failed.
    void setBackbone(const QString &embedder);

Q_SIGNALS:
    void opened(const triage::ui::ProjectInfo &info);
    void openFailed(const QString &message);  // the project open until now stays open
    void failed(const QString &message);
    void reviewItemReady(const triage::ui::ReviewItem &item);
    void decisionCommitted(qint64 itemId);
    void routingPolicyChanged(const triage::RoutingPolicy &policy);
    // A decision is waiting for another program's write lock on the project file; it is
    // stored (in order) as soon as the lock is free. Empty message: no longer waiting.
    void waitingForDatabase(const QString &message);
    void itemsRemoved(qint64 count);
    void itemsAccepted(qint64 count);
    void gridFailed(const QString &message);
    // People have given enough new labels since the learner was trained (skips and undos
    // are no labels): time for an auto-label round.
    void retrainDue();
    // Every model, the embedders among them, and the learner's backbone ("" for pixels).
    void modelsListed(const QStringList &names, const QStringList &embedders,
                      const QString &backbone);

private:
    // Runs `write` until it stores or fails for another reason than a busy database.
    template <typename Write>
    auto storeWhenFree(Write &&write) -> decltype(write());
    void emitCurrent();
    ReviewItem makeReviewItem(int64_t itemId);
    QStringList reasonsFor(const Result<QueueReasons> &why);
    QStringList historyOf(int64_t itemId);
    QString paceText() const;
    QString className(int64_t classId) const;
    void prefetch();
    void checkRetrain();

    QString m_annotator;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ReviewSession> m_review;
    std::shared_ptr<ImageSource> m_images;
    int64_t m_labelsPerRound;
    LearnLoop m_learnLoop;
    // The next items' images, decoded on m_decoder while the annotator looks at this one:
    // a slow decode (a large photo, a whole IDX file on first use) never holds up a
    // decision's commit on this thread.
    struct DisplayImage {
        QImage image;
        QString error;
    };
    static DisplayImage decodeForDisplay(ImageSource &images, const std::string &path);
    QThreadPool m_decoder;
    QHash<qint64, std::shared_future<DisplayImage>> m_prefetched;
    qint64 m_shownItem = -1;             // the item the review view shows now
};

}  // namespace triage::ui
