#pragma once
// The jobs the faces start. Each turns a request into a call of its core module and the
// result into a JobOutcome; the GUI, the CLI and the REST server only choose the request.
#include "autolabeler.h"
#include "exporter.h"
#include "importer.h"
#include "job.h"
#include "simulator.h"

#include <memory>
#include <optional>

namespace triage {

struct ImportRequest {
    std::vector<std::string> paths;
    FolderLabels folderLabels = FolderLabels::Ignore;
    // A new pixel limit for the project, saved before the import, so that auto-label,
    // review and export decode what this import accepts. Unset: the project's own.
    std::optional<int64_t> newPixelLimit;
};

class ImportJob final : public Job {
public:
    explicit ImportJob(ImportRequest request) : m_request(std::move(request)) {}
    std::string kind() const override { return "import"; }
    Result<JobOutcome> run(ProjectStore &store, const ProgressFn &progress,
                           const CancelToken &cancel) override;

private:
    ImportRequest m_request;
};

// The learner's backbone, when one is set, scores the items it has no features for yet:
// what an auto-label round (or a simulation) with a backbone runs first.
Result<void> scoreBackboneFeatures(ProjectStore &store, const ProgressFn &progress,
                                   const CancelToken &cancel);

// One auto-label round. The AutoLabeler is shared so that a face keeps it for as long
// as the project is open and each round reuses the images earlier rounds decoded.
class AutoLabelJob final : public Job {
public:
    explicit AutoLabelJob(std::shared_ptr<AutoLabeler> labeler) : m_labeler(std::move(labeler)) {}
    std::string kind() const override { return "autolabel"; }
    std::vector<StageShare> stageShares() const override;
    Result<JobOutcome> run(ProjectStore &store, const ProgressFn &progress,
                           const CancelToken &cancel) override;

private:
    std::shared_ptr<AutoLabeler> m_labeler;
};

class ExportJob final : public Job {
public:
    explicit ExportJob(ExportOptions options) : m_options(std::move(options)) {}
    std::string kind() const override { return "export"; }
    Result<JobOutcome> run(ProjectStore &store, const ProgressFn &progress,
                           const CancelToken &cancel) override;

private:
    ExportOptions m_options;
};

class SimulateJob final : public Job {
public:
    SimulateJob(std::string truthPath, SimulationOptions options)
        : m_truthPath(std::move(truthPath)), m_options(std::move(options))
    {
    }
    std::string kind() const override { return "simulate"; }
    // Reports stage "truth" (items the truth file covers) before the first decision.
    Result<JobOutcome> run(ProjectStore &store, const ProgressFn &progress,
                           const CancelToken &cancel) override;

private:
    std::string m_truthPath;
    SimulationOptions m_options;
};

// Where models run in this process ("CUDA (<card>)" or "CPU (n threads)").
std::string modelDevice();

}  // namespace triage
