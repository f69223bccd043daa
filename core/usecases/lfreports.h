#pragma once
// The labeling-function results rendered for every face, as reports.h does for the rest:
// a summary line, detail lines and JSON.
#include "job.h"
#include "jsonwriter.h"
#include "labelingfunctions.h"

namespace triage {

JobOutcome describe(const LfApplyReport &report);
JobOutcome describe(const LfAnalysisReport &report);
JobOutcome describe(const LfPreview &preview, const std::vector<ClassInfo> &classes);
JobOutcome describe(const LfImportSummary &summary);
JobOutcome describe(const std::vector<LfRecord> &functions);
JobOutcome describeLfChange(const std::string &what);  // "added bags (version 1)", ...

// The label model's line and JSON object, shared with the auto-label report.
std::string labelModelLine(const CombineReport &report);
// {"label_model": {...}}, or null when the label model did not run.
void writeLabelModel(JsonWriter &json, const std::optional<CombineReport> &report);

}  // namespace triage
