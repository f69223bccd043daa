#pragma once
// The rules that give a project's data its meaning, the same for every store backend:
// which names and settings are valid, how the decision log derives an item's label, and
// which items automatic routing may touch. Pure functions with their own tests.
#include "projecttypes.h"
#include "result.h"

#include <array>
#include <string>
#include <vector>

namespace triage {

// A class name must work as a folder name on Linux, macOS and Windows: UTF-8, at most
// 100 characters, no control characters, none of / \\ : * ? " < > | , no leading dot,
// no leading or trailing space, no trailing dot, no Windows device name.
Result<void> validateClassName(const std::string &name);
// Each name valid, at least two, none equal to another up to case.
Result<void> validateClassNames(const std::vector<std::string> &classNames);
Result<void> validateRoutingPolicy(const RoutingPolicy &policy);
Result<void> validatePixelLimit(int64_t pixelLimit);
// Each limit is off (negative) or in range: shares and divergences 0 to 1, the feature
// shift 0 to 100 standard deviations; the reference round is 0 (the first) or an id.
Result<void> validateDriftThresholds(const DriftThresholds &thresholds);

// The decision in an item's log (oldest first) that sets its label from people or
// imports: the newest Label that no Undo cancelled. nullptr: no such label, the item
// goes back to the review queue.
const DecisionRecord *effectiveLabelDecision(const std::vector<DecisionRecord> &log);
// The decision an Undo by a person cancels: the newest human Label or Skip still in effect.
// NotFound when none is left, InvalidArgument when the item was removed; the message
// completes "item N ...".
Result<const DecisionRecord *> decisionToUndo(const std::vector<DecisionRecord> &log);
// The label source a decision's source gives.
LabelSource labelSourceOf(DecisionSource source);

// Nothing automatic overwrites a person: routing and decode failures change only items in
// these states. Items labelled by people or imports, failed and removed ones stay as they are.
constexpr std::array<ItemState, 3> kAutomaticallyRoutableStates = {
    ItemState::Unlabeled, ItemState::Queued, ItemState::AutoAccepted};
bool isAutomaticallyRoutable(ItemState state);
// Items a person may still decide on (label or skip).
bool acceptsDecisions(ItemState state);

}  // namespace triage
