#pragma once
// Arguments: a subcommand's command line split into positionals and --options, checked
// against the options the subcommand knows, so a typo is an error and not ignored.
#include "result.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace triage::cli {

class Arguments {
public:
    // valueOptions take a value ("--out DIR" or "--out=DIR"); flags take none.
    static Result<Arguments> parse(const std::vector<std::string> &args,
                                   const std::set<std::string> &valueOptions,
                                   const std::set<std::string> &flags);

    const std::vector<std::string> &positionals() const { return m_positionals; }
    bool has(const std::string &option) const { return m_values.count(option) > 0; }
    std::optional<std::string> value(const std::string &option) const;
    Result<double> number(const std::string &option, double fallback) const;
    Result<int64_t> integer(const std::string &option, int64_t fallback) const;

private:
    std::vector<std::string> m_positionals;
    std::map<std::string, std::string> m_values;
};

}  // namespace triage::cli
