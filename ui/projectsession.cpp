#include "projectsession.h"

#include "imageconvert.h"
#include "projectmodels.h"
#include "queuereason.h"
#include "statenames.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QThread>

#include <algorithm>

namespace triage::ui {
namespace {

constexpr int kPrefetchCount = 3;
// The session's connection gives up on a lock after this long, tells the annotator it
// is waiting, and tries again: a decision is never dropped because the file was busy.
constexpr int kBusyTimeoutMs = 1000;
constexpr int kBusyRetryMs = 250;
constexpr int kMaxDisplaySide = 4096;  // pixels; larger images are scaled down for display

}  // namespace

ProjectSession::ProjectSession(QString annotator, int64_t labelsPerRound, QObject *parent)
    : QObject(parent), m_annotator(std::move(annotator)), m_labelsPerRound(labelsPerRound),
      m_learnLoop(labelsPerRound)
{
    m_decoder.setMaxThreadCount(1);
}

ProjectSession::~ProjectSession() = default;

void ProjectSession::open(const QString &path)
{
    auto store = ProjectStore::open(path.toStdString());
    if (!store) {  // the project open until now stays open
        const QString message = QString::fromStdString(store.error().message);
        Q_EMIT openFailed(message);
        Q_EMIT failed(message);
        return;
    }
    m_review.reset();
    m_prefetched.clear();
    m_shownItem = -1;
    m_store = std::make_unique<ProjectStore>(std::move(*store));
    m_store->setLockWait(kBusyTimeoutMs);
    m_review = std::make_unique<ReviewSession>(*m_store, m_annotator.toStdString());
    auto pixelLimit = m_store->settings().pixelLimit();
    m_images = imageSourceFor(pixelLimit ? *pixelLimit : kDefaultPixelLimit);
    m_learnLoop = LearnLoop(m_labelsPerRound);
    ProjectInfo info;
    // Recent projects work from anywhere: a file by its absolute path, a database by URL.
    info.path = isDatabaseUrl(path.toStdString()) ? path : QFileInfo(path).absoluteFilePath();
    if (auto name = m_store->settings().name()) {
        info.name = QString::fromStdString(*name);
    }
    for (const auto &c : m_store->classes()) {
        info.classes.push_back(ClassChoice{c.id, QString::fromStdString(c.name)});
    }
    if (auto policy = m_store->settings().routingPolicy()) {
        info.routing = *policy;
    }
    info.pixelLimit = m_images->pixelLimit();
    Q_EMIT opened(info);
    emitCurrent();
    listModels();
}

void ProjectSession::refreshReview()
{
    if (!m_store) {
        return;
    }
    // A retrained model re-orders the queue; the item on screen stays on screen while it
    // still needs review, so nobody's keypress lands on an item they have not seen.
    if (m_shownItem >= 0) {
        auto row = m_store->items().get(m_shownItem);
        if (row && row->has_value() &&
            ((*row)->state == ItemState::Unlabeled || (*row)->state == ItemState::Queued)) {
            m_review->focus(m_shownItem);
        }
    }
    m_prefetched.clear();
    emitCurrent();
}

void ProjectSession::focusItem(qint64 itemId)
{
    if (m_review) {
        m_review->focus(itemId);
        emitCurrent();
    }
}

template <typename Write>
auto ProjectSession::storeWhenFree(Write &&write) -> decltype(write())
{
    auto result = write();
    bool waited = false;
    // Waits until the lock is free, or until the window closes (which interrupts this
    // thread): a decision still waiting then was never shown as done.
    while (!result && result.error().code == ErrorCode::Busy &&
           !QThread::currentThread()->isInterruptionRequested()) {
        if (!waited) {
            waited = true;
            Q_EMIT waitingForDatabase(
                tr("Waiting for the project file: another program is writing to it. Your "
                   "decision will be stored as soon as it is free."));
        }
        QThread::msleep(kBusyRetryMs);  // this thread only: the GUI stays responsive
        result = write();
    }
    if (waited) {
        Q_EMIT waitingForDatabase(QString());
    }
    return result;
}

void ProjectSession::decide(qint64 itemId, qint64 classId, double secondsSpent,
                            qint64 suggestedClassId)
{
    if (!m_review) {
        return;
    }
    auto decided = storeWhenFree([&] {
        return m_review->decide(
            itemId, classId >= 0 ? std::optional<int64_t>(classId) : std::nullopt, secondsSpent,
            suggestedClassId >= 0 ? std::optional<int64_t>(suggestedClassId) : std::nullopt);
    });
    if (!decided) {
        Q_EMIT failed(QString::fromStdString(decided.error().message));
        return;
    }
    Q_EMIT decisionCommitted(itemId);
    emitCurrent();
    checkRetrain();
}

void ProjectSession::undo(qint64 itemId)
{
    if (!m_review) {
        return;
    }
    if (auto undone = storeWhenFree([&] { return m_review->undo(itemId); }); !undone) {
        Q_EMIT failed(QString::fromStdString(undone.error().message));
        return;
    }
    Q_EMIT decisionCommitted(itemId);
    emitCurrent();
}

void ProjectSession::acceptItems(const QVector<qint64> &itemIds, qint64 classId,
                                 double secondsEach)
{
    if (!m_review) {
        return;
    }
    auto stored = storeWhenFree([&] {
        return m_store->unitOfWork([&]() -> Result<void> {
            for (qint64 id : itemIds) {
                TRIAGE_TRY(m_review->decide(id, classId, secondsEach, classId));
            }
            return {};
        });
    });
    if (!stored) {
        Q_EMIT gridFailed(QString::fromStdString(stored.error().message));
        return;
    }
    Q_EMIT itemsAccepted(itemIds.size());
    m_prefetched.clear();
    emitCurrent();  // the review's item may have been on the page
    checkRetrain();
}

void ProjectSession::showPrevious()
{
    if (m_review && m_review->focusPrevious()) {
        emitCurrent();
    }
}

void ProjectSession::setRoutingPolicy(const RoutingPolicy &policy)
{
    if (!m_store) {
        return;
    }
    if (auto set = m_store->settings().setRoutingPolicy(policy); !set) {
        Q_EMIT failed(QString::fromStdString(set.error().message));
        return;
    }
    Q_EMIT routingPolicyChanged(policy);
}

void ProjectSession::removeItems(const QVector<qint64> &itemIds)
{
    if (!m_store) {
        return;
    }
    const std::vector<int64_t> ids(itemIds.begin(), itemIds.end());
    auto removed =
        storeWhenFree([&] { return m_store->decisions().removeItems(ids, m_annotator.toStdString()); });
    if (!removed) {
        Q_EMIT failed(QString::fromStdString(removed.error().message));
        return;
    }
    Q_EMIT itemsRemoved(*removed);
    m_prefetched.clear();
    emitCurrent();
}

void ProjectSession::listModels()
{
    if (!m_store) {
        return;
    }
    auto models = m_store->projectModels().list();
    auto backbone = m_store->settings().backbone();
    if (!models || !backbone) {
        Q_EMIT failed(QString::fromStdString(models ? backbone.error().message
                                                    : models.error().message));
        return;
    }
    QStringList names, embedders;
    for (const auto &m : *models) {
        names << QString::fromStdString(m.name);
        if (m.kind == ModelKind::Embedder) {
            embedders << names.back();
        }
    }
    Q_EMIT modelsListed(names, embedders, QString::fromStdString(*backbone));
}

void ProjectSession::setBackbone(const QString &embedder)
{
    if (!m_store) {
        return;
    }
    auto set = setLearnerBackbone(*m_store, embedder.toStdString());
    if (!set) {
        Q_EMIT failed(QString::fromStdString(set.error().message));
    }
    listModels();
}

void ProjectSession::noteRoundStarted()
{
    m_learnLoop.roundStarted();
}

void ProjectSession::checkRetrain()
{
    if (auto due = m_learnLoop.retrainDue(*m_store); due && *due) {
        Q_EMIT retrainDue();
    }
}

void ProjectSession::emitCurrent()
{
    auto current = m_review->current();
    if (!current) {
        Q_EMIT failed(QString::fromStdString(current.error().message));
        return;
    }
    ReviewItem item = current->has_value() ? makeReviewItem(**current) : ReviewItem{};
    if (auto length = m_store->items().reviewQueueLength()) {
        item.queueLength = *length;
    }
    if (auto labelled = m_store->items().countInState(ItemState::HumanLabeled)) {
        item.humanLabels = *labelled;
    }
    item.decisionsMade = m_review->decisionsMade();
    item.pace = paceText();
    item.canGoBack = m_review->previous().has_value() && m_review->previous() != item.itemId;
    m_shownItem = item.itemId;
    Q_EMIT reviewItemReady(item);
    prefetch();
}

ReviewItem ProjectSession::makeReviewItem(int64_t itemId)
{
    ReviewItem item;
    item.itemId = itemId;
    auto row = m_store->items().get(itemId);
    if (!row || !row->has_value()) {
        item.error = row ? QStringLiteral("item %1 no longer exists").arg(itemId)
                         : QString::fromStdString(row.error().message);
        return item;
    }
    item.path = QString::fromStdString((*row)->path);
    if ((*row)->classId) {
        const auto cls = m_store->classById(*(*row)->classId);
        item.currentLabel = QStringLiteral("%1 (%2)").arg(
            QString::fromStdString(cls ? cls->name : "?"), sourceName(*(*row)->source));
    }
    std::vector<float> learnerSays;  // the latest round's probabilities; empty: not scored
    if (auto prediction = m_store->predictions().latestFor(itemId);
        prediction && prediction->has_value()) {
        learnerSays = std::move(**prediction);
        item.probabilities = QVector<float>(learnerSays.begin(), learnerSays.end());
    }
    if (auto votes = modelVotesFor(*m_store, itemId); votes && !votes->empty()) {
        QVector<float> mean(int(m_store->classes().size()), 0.0f);
        for (const auto &vote : *votes) {
            const auto top = std::max_element(vote.probabilities.begin(), vote.probabilities.end());
            const auto &cls = m_store->classes()[size_t(top - vote.probabilities.begin())];
            item.modelVotes << QStringLiteral("%1: %2 %3%")
                                   .arg(QString::fromStdString(vote.model),
                                        QString::fromStdString(cls.name))
                                   .arg(qRound(*top * 100));
            for (int c = 0; c < mean.size(); ++c) {
                mean[c] += vote.probabilities[size_t(c)] / float(votes->size());
            }
        }
        if (item.probabilities.isEmpty()) {  // before any learner, the models suggest
            item.probabilities = mean;
            item.suggestedByModels = true;
        }
    }
    // Provenance: which labeling functions voted what (the label model's suggestion
    // rests on them).
    std::vector<ItemLfVote> lfVotes;
    if (auto read = m_store->labelingFunctions().votesFor(itemId)) {
        lfVotes = std::move(*read);
    }
    for (const auto &vote : lfVotes) {
        item.lfVotes << QStringLiteral("%1: %2").arg(QString::fromStdString(vote.lf),
                                                     className(vote.classId));
    }
    if ((*row)->state == ItemState::Unlabeled || (*row)->state == ItemState::Queued) {
        // A decided item (PageUp, browse) waits for nothing.
        item.reasons = reasonsFor(whyQueued(*m_store, itemId, learnerSays, lfVotes));
    }
    item.history = historyOf(itemId);
    const auto cached = m_prefetched.constFind(itemId);
    // Waits only when the annotator is faster than the decoder.
    const DisplayImage shown = cached != m_prefetched.constEnd()
                                   ? cached->get()
                                   : decodeForDisplay(*m_images, (*row)->path);
    item.image = shown.image;
    if (!shown.error.isEmpty()) {
        item.error = shown.error;
    }
    return item;
}

QString ProjectSession::className(int64_t classId) const
{
    const auto cls = m_store->classById(classId);
    return QString::fromStdString(cls ? cls->name : "?");
}

// Why the item is in the queue, in the annotator's words (queuereason.h).
QStringList ProjectSession::reasonsFor(const Result<QueueReasons> &why)
{
    if (!why) {
        return {QString::fromStdString(why.error().message)};
    }
    QStringList reasons;
    if (why->notScored) {
        reasons << tr("not scored yet: the next auto-label round will");
    }
    if (why->audit) {
        reasons << tr("an audit: auto-accept would have taken it as %1 (%2%); your answer "
                      "measures auto-accept's precision")
                       .arg(className(why->audit->classId))
                       .arg(qRound(why->audit->confidence * 100));
    }
    if (why->labelingFunctionsDisagree) {
        reasons << tr("the labeling functions disagree on it");
    }
    if (why->suggestedClassId && why->classThreshold && !why->audit) {
        const ClassThreshold &t = *why->classThreshold;
        const QString cls = className(*why->suggestedClassId);
        if (!t.accepted && t.moreNeeded > 0) {
            reasons << tr("%1 is not auto-accepted yet: about %L2 more labels of it are needed")
                           .arg(cls)
                           .arg(t.moreNeeded);
        } else if (!t.accepted) {
            reasons << tr("%1 is not auto-accepted yet: no item of it is confident enough for "
                          "the target precision")
                           .arg(cls);
        } else if (why->confidence < t.threshold) {
            reasons << tr("%1% is under %2's threshold of %3%")
                           .arg(qRound(why->confidence * 100))
                           .arg(cls)
                           .arg(qRound(t.threshold * 100));
        }
    }
    if (reasons.isEmpty() && why->suggestedClassId) {
        reasons << tr("the model is unsure (%1%)").arg(qRound(why->confidence * 100));
    }
    return reasons;
}

// The item's decisions, newest first, an undone one marked: who, when, what.
QStringList ProjectSession::historyOf(int64_t itemId)
{
    constexpr int kShown = 5;
    auto log = m_store->decisions().log(itemId);
    if (!log) {
        return {QString::fromStdString(log.error().message)};
    }
    QSet<int64_t> undone;
    for (const DecisionRecord &d : *log) {
        if (d.undoesDecisionId) {
            undone.insert(*d.undoesDecisionId);
        }
    }
    QStringList lines;
    for (auto d = log->rbegin(); d != log->rend() && lines.size() < kShown; ++d) {
        QString what;
        switch (d->kind) {
        case DecisionKind::Label: what = tr("label %1").arg(className(d->classId.value_or(0))); break;
        case DecisionKind::Skip: what = tr("skip"); break;
        case DecisionKind::Undo: what = tr("undo"); break;
        case DecisionKind::Remove: what = tr("remove"); break;
        }
        const QDateTime when = QDateTime::fromString(QString::fromStdString(d->decidedAt), Qt::ISODate);
        lines << tr("%1 %2: %3%4")
                     .arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat),
                          QString::fromStdString(d->annotator), what,
                          undone.contains(d->id) ? tr(" (undone)") : QString());
    }
    return lines;
}

QString ProjectSession::paceText() const
{
    const ReviewSession::Pace &pace = m_review->pace();
    QStringList lines;
    if (pace.decisions > 0 && pace.seconds > 0) {
        const double perItem = pace.seconds / double(pace.decisions);
        lines << tr("Your pace: %L1 s an item (%L2 an hour)")
                     .arg(perItem, 0, 'f', 1)
                     .arg(qRound(3600 / perItem));
    }
    if (pace.withSuggestion > 0) {
        lines << tr("Agreed with the suggestion: %1%")
                     .arg(qRound(100.0 * double(pace.agreed) / double(pace.withSuggestion)));
    }
    return lines.join(QLatin1Char('\n'));
}

ProjectSession::DisplayImage ProjectSession::decodeForDisplay(ImageSource &images,
                                                             const std::string &path)
{
    auto decoded = images.load(path);
    if (!decoded) {
        return {QImage(), QString::fromStdString(decoded.error().message)};
    }
    const QImage image = toQImage(decoded->pixels);
    // A 100-megapixel photo would cost the GUI thread a 400 MB pixmap and slow scaling on
    // every paint; scaled here, off the GUI thread, it shows at once and still zooms 2x on
    // a 4K screen.
    if (std::max(image.width(), image.height()) > kMaxDisplaySide) {
        return {image.scaled(kMaxDisplaySide, kMaxDisplaySide, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation),
                QString()};
    }
    return {image, QString()};
}

// Starts decoding the next few items after the current one has been sent, so that the
// next decision shows its item without waiting for a decode.
void ProjectSession::prefetch()
{
    auto next = m_review->upcoming(kPrefetchCount);
    if (!next) {
        return;
    }
    QHash<qint64, std::shared_future<DisplayImage>> kept;
    for (int64_t id : *next) {
        if (const auto known = m_prefetched.constFind(id); known != m_prefetched.constEnd()) {
            kept.insert(id, *known);
            continue;
        }
        auto row = m_store->items().get(id);
        if (!row || !row->has_value()) {
            continue;
        }
        auto decoded = std::make_shared<std::promise<DisplayImage>>();
        kept.insert(id, decoded->get_future().share());
        m_decoder.start([decoded, images = m_images, path = (*row)->path] {
            try {
                decoded->set_value(decodeForDisplay(*images, path));
            } catch (const std::exception &e) {  // out of memory, say: said on the item
                decoded->set_value({QImage(), QString::fromUtf8(e.what())});
            }
        });
    }
    m_prefetched = std::move(kept);
}

}  // namespace triage::ui
