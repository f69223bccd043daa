#include "arguments.h"

#include "numbertext.h"

#include <cmath>

namespace triage::cli {

Result<Arguments> Arguments::parse(const std::vector<std::string> &args,
                                   const std::set<std::string> &valueOptions,
                                   const std::set<std::string> &flags)
{
    Arguments parsed;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (arg.rfind("--", 0) != 0 || arg == "--") {
            parsed.m_positionals.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2), value;
        const auto equals = name.find('=');
        const bool inlineValue = equals != std::string::npos;
        if (inlineValue) {
            value = name.substr(equals + 1);
            name = name.substr(0, equals);
        }
        if (flags.count(name)) {
            if (inlineValue) {
                return makeError(ErrorCode::InvalidArgument, "--" + name + " takes no value");
            }
            parsed.m_values[name] = "";
        } else if (valueOptions.count(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    return makeError(ErrorCode::InvalidArgument, "--" + name + " needs a value");
                }
                value = args[++i];
            }
            parsed.m_values[name] = value;
        } else {
            return makeError(ErrorCode::InvalidArgument, "unknown option --" + name);
        }
    }
    return parsed;
}

std::optional<std::string> Arguments::value(const std::string &option) const
{
    const auto found = m_values.find(option);
    return found == m_values.end() ? std::nullopt : std::optional<std::string>(found->second);
}

Result<double> Arguments::number(const std::string &option, double fallback) const
{
    const auto text = value(option);
    if (!text) {
        return fallback;
    }
    // Locale-independent: "0.95" means the same under a German LC_NUMERIC.
    const auto v = parseNumber(*text);
    if (!v || !std::isfinite(*v)) {
        return makeError(ErrorCode::InvalidArgument,
                         "--" + option + " expects a number, got '" + *text + "'");
    }
    return *v;
}

Result<int64_t> Arguments::integer(const std::string &option, int64_t fallback) const
{
    const auto text = value(option);
    if (!text) {
        return fallback;
    }
    const auto v = parseInteger(*text);
    if (!v) {
        return makeError(ErrorCode::InvalidArgument,
                         "--" + option + " expects a whole number, got '" + *text + "'");
    }
    return *v;
}

}  // namespace triage::cli
