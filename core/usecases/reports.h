#pragma once
// Every result object rendered in one place: a summary line (status bars, job lists),
// detail lines (the terminal) and JSON (--json, the REST API). The faces print these and
// format nothing of their own.
#include "autolabeler.h"
#include "dashboard.h"
#include "evaluation.h"
#include "exporter.h"
#include "importer.h"
#include "job.h"
#include "projectstatus.h"
#include "scoringpipeline.h"
#include "simulator.h"
#include "suspects.h"

namespace triage {

JobOutcome describe(const ImportReport &report);
JobOutcome describe(const AutoLabelReport &report);
JobOutcome describe(const ExportReport &report, const ExportOptions &options,
                    const std::vector<ClassInfo> &classes);
JobOutcome describe(const SimulationReport &report, double seconds);
JobOutcome describe(const ProjectStatus &status);
// The drift monitor's figures per round, its limits and the latest round's warnings.
JobOutcome describe(const DriftReport &report);
// Every figure of the dashboard, for pipelines (report's dashboard.json).
std::string dashboardJson(const Dashboard &dashboard);
JobOutcome describe(const TestSetEvaluation &evaluation);
// The first `limit` suspects (0: all) as lines; every one in the JSON.
JobOutcome describe(const SuspectReport &report, const std::vector<ClassInfo> &classes,
                    int64_t limit);
JobOutcome describeRemoval(int64_t removed);
JobOutcome describeCreation(const std::string &path, const std::string &name,
                            size_t classCount);
JobOutcome describeIdxConversion(int64_t written, const std::string &folder);
JobOutcome describe(const ProjectModel &model, const std::vector<ClassInfo> &classes);
JobOutcome describe(const std::vector<ProjectModel> &models, const std::vector<ClassInfo> &classes);
// cacheNote: why the input cache was off, or "".
JobOutcome describeModelScoring(const std::string &name, const PipelineStats &stats,
                                const std::string &cacheNote);
JobOutcome describeModelRemoval(const std::string &name);

// "12.5%": fractions as people read them.
std::string percent(double fraction);

}  // namespace triage
