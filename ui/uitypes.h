#pragma once
// Value types that cross from the project thread to the GUI thread in queued signals.
#include "projecttypes.h"

#include <QHash>
#include <QImage>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace triage::ui {

struct ClassChoice {
    qint64 id = 0;
    QString name;
};

struct ProjectInfo {
    QString path;
    QString name;
    QVector<ClassChoice> classes;
    RoutingPolicy routing;
    qint64 pixelLimit = kDefaultPixelLimit;  // the largest image the project decodes
};

// What the review view shows: one item, its image and the model's suggestion.
struct ReviewItem {
    qint64 itemId = -1;  // -1: the queue is empty
    QString path;
    QImage image;
    QString error;                 // why the image could not be shown, if it could not
    QVector<float> probabilities;  // by class position; empty before any model
    bool suggestedByModels = false;  // no learner yet: the project's classifiers' mean
    QStringList modelVotes;          // "model: class 82%", each classifier that scored it
    QStringList lfVotes;  // "function: class", each enabled labeling function that voted
    QString currentLabel;          // the item's label now, with its source
    QStringList reasons;           // why it is in the queue (queuereason.h), as sentences
    QStringList history;           // its decisions, newest first: "10:32 alice: label b"
    QString pace;                  // this session's pace, agreement with suggestions
    bool canGoBack = false;        // a decided item to look at again (PageUp)
    qint64 queueLength = 0;
    qint64 decisionsMade = 0;  // by this session
    qint64 humanLabels = 0;    // in the whole project
};

// The browse filter that lists suspect labels (suspects.h) instead of items in a state.
constexpr int kSuspectLabelsFilter = -2;

// What the browse view asks: a filter, a search and a sort.
struct BrowseQuery {
    int state = 0;        // 0: any but removed; an ItemState; or kSuspectLabelsFilter
    qint64 classId = -1;  // -1: any
    QString search;       // part of the file's path
    ItemSort sort = ItemSort::Id;
    bool descending = false;
    qint64 suggestedClassId = -1;  // -1: any; else the latest round's top class
    bool auditsOnly = false;

    bool operator==(const BrowseQuery &) const = default;
};

// Request ids unique across the views that share a BrowseSession, so that each takes only
// its own answers. GUI thread only.
inline quint64 nextRequestId()
{
    static quint64 last = 0;
    return ++last;
}

// Items in each state, by ItemState value (absent: none).
using StateCounts = QHash<int, qint64>;

// Some rows of the browse view, from `firstRow` on.
struct ItemRowList {
    quint64 requestId = 0;
    int firstRow = 0;
    QVector<ItemRow> rows;
    QVector<QString> votes;  // per row: "function: class · ..." (provenance), or empty
};

}  // namespace triage::ui

Q_DECLARE_METATYPE(triage::RoutingPolicy)
Q_DECLARE_METATYPE(triage::ui::ProjectInfo)
Q_DECLARE_METATYPE(triage::ui::ReviewItem)
Q_DECLARE_METATYPE(triage::ui::ItemRowList)
Q_DECLARE_METATYPE(triage::ui::BrowseQuery)
