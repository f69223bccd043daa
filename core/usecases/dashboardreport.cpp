#include "dashboardreport.h"

#include "dashboardcharts.h"
#include "posixfile.h"
#include "reports.h"
#include "svgchart.h"

#include <filesystem>
#include <system_error>

namespace triage {
namespace {

Result<void> replaceFile(const std::string &path, const std::string &content)
{
    const std::string temporary = path + ".partial";
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);  // a killed run's leftover
    TRIAGE_TRY(writeFileSynced(
        temporary, std::span(reinterpret_cast<const uint8_t *>(content.data()), content.size())));
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) {
        return makeError(ErrorCode::Io, "cannot write " + path + ": " + error.message());
    }
    return {};
}

}  // namespace

Result<std::vector<std::string>> writeDashboardReport(const Dashboard &dashboard,
                                                      const std::string &folder)
{
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error || !std::filesystem::is_directory(folder)) {
        return makeError(ErrorCode::Io, "cannot make the report folder " + folder + ": " +
                                            (error ? error.message() : "not a folder"));
    }
    std::vector<std::string> written;
    for (const Chart &chart : dashboardCharts(dashboard)) {
        const std::string path = (std::filesystem::path(folder) / (chart.id + ".svg")).string();
        TRIAGE_TRY(replaceFile(path, renderSvg(chart)));
        written.push_back(path);
    }
    const std::string json = (std::filesystem::path(folder) / "dashboard.json").string();
    TRIAGE_TRY(replaceFile(json, dashboardJson(dashboard)));
    written.push_back(json);
    TRIAGE_TRY(syncFolder(folder));
    return written;
}

}  // namespace triage
