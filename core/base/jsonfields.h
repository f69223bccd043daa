#pragma once
// JsonFields: reads the members of one JSON object that people write by hand (a spec, a
// labeling function), each checked for its type, with errors that name the member and
// start with the caller's prefix ("labeling function 'bags': ...").
#include "jsonreader.h"
#include "result.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace triage {

class JsonFields {
public:
    JsonFields(const JsonValue &object, std::string errorPrefix)
        : m_object(object), m_prefix(std::move(errorPrefix))
    {
    }

    Error error(const std::string &what) const;
    // An error for any member not in `known`.
    Result<void> onlyKnown(const std::set<std::string> &known) const;

    // Absent members give nullopt; present ones of the wrong type an error.
    Result<std::optional<std::string>> text(const std::string &key) const;
    Result<std::optional<double>> number(const std::string &key) const;
    Result<std::optional<bool>> boolean(const std::string &key) const;
    Result<std::optional<int>> integer(const std::string &key, int min, int max) const;
    Result<const JsonValue *> array(const std::string &key) const;
    Result<const JsonValue *> object(const std::string &key) const;
    // A required text member: absent or empty is an error.
    Result<std::string> requiredText(const std::string &key) const;

private:
    Result<const JsonValue *> member(const std::string &key, JsonValue::Type type) const;

    const JsonValue &m_object;
    std::string m_prefix;
};

}  // namespace triage
