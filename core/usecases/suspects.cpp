#include "suspects.h"

#include "suspectlabels.h"

#include <unordered_map>

namespace triage {

Result<SuspectReport> readSuspectLabels(ProjectStore &store)
{
    auto labels = store.decisions().humanLabels();
    if (!labels) {
        return labels.error();
    }
    const auto &classes = store.classes();
    std::unordered_map<int64_t, int32_t> positionOf;
    for (const ClassInfo &c : classes) {
        positionOf[c.id] = c.position;
    }
    // The predictions the latest round stored for labelled items are out of fold
    // (autolabeler.h): the member that scored each one never trained on it.
    std::vector<const LabeledItem *> checked;
    std::vector<float> probabilities;
    std::vector<int32_t> positions;
    for (const LabeledItem &label : *labels) {
        auto prediction = store.predictions().latestFor(label.itemId);
        if (!prediction) {
            return prediction.error();
        }
        if (!prediction->has_value() || (*prediction)->size() != classes.size()) {
            continue;
        }
        checked.push_back(&label);
        probabilities.insert(probabilities.end(), (*prediction)->begin(), (*prediction)->end());
        positions.push_back(positionOf.at(label.classId));
    }
    SuspectReport report;
    report.checked = int64_t(checked.size());
    for (const SuspectLabel &s : findSuspectLabels(probabilities, positions, int(classes.size()))) {
        const LabeledItem &label = *checked[s.index];
        auto item = store.items().get(label.itemId);
        if (!item) {
            return item.error();
        }
        report.suspects.push_back({label.itemId, *item ? (*item)->path : std::string(),
                                   label.classId, label.source, classes[size_t(s.suggested)].id,
                                   s.labelProbability, s.suggestedProbability});
    }
    return report;
}

}  // namespace triage
