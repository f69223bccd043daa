#include "jsonfields.h"

#include <cmath>

namespace triage {

Error JsonFields::error(const std::string &what) const
{
    return makeError(ErrorCode::InvalidArgument, m_prefix + what);
}

Result<void> JsonFields::onlyKnown(const std::set<std::string> &known) const
{
    for (const auto &[key, value] : m_object.asObject()) {
        if (known.count(key) == 0) {
            return error("unknown member \"" + key + "\"");
        }
    }
    return {};
}

Result<const JsonValue *> JsonFields::member(const std::string &key, JsonValue::Type type) const
{
    const JsonValue *value = m_object.find(key);
    if (value && value->type() != type) {
        return error("\"" + key + "\" must be " + std::string(toText(type)) + ", not " +
                     std::string(toText(value->type())));
    }
    return value;
}

Result<std::optional<std::string>> JsonFields::text(const std::string &key) const
{
    auto value = member(key, JsonValue::Type::String);
    if (!value) {
        return value.error();
    }
    return *value ? std::optional((*value)->asString()) : std::nullopt;
}

Result<std::optional<double>> JsonFields::number(const std::string &key) const
{
    auto value = member(key, JsonValue::Type::Number);
    if (!value) {
        return value.error();
    }
    return *value ? std::optional((*value)->asNumber()) : std::nullopt;
}

Result<std::optional<bool>> JsonFields::boolean(const std::string &key) const
{
    auto value = member(key, JsonValue::Type::Bool);
    if (!value) {
        return value.error();
    }
    return *value ? std::optional((*value)->asBool()) : std::nullopt;
}

Result<std::optional<int>> JsonFields::integer(const std::string &key, int min, int max) const
{
    auto value = number(key);
    if (!value || !*value) {
        return value ? Result<std::optional<int>>(std::nullopt) : value.error();
    }
    const double n = **value;
    if (n != std::floor(n) || n < min || n > max) {
        return error("\"" + key + "\" must be a whole number from " + std::to_string(min) + " to " +
                     std::to_string(max));
    }
    return std::optional(int(n));
}

Result<const JsonValue *> JsonFields::array(const std::string &key) const
{
    return member(key, JsonValue::Type::Array);
}

Result<const JsonValue *> JsonFields::object(const std::string &key) const
{
    return member(key, JsonValue::Type::Object);
}

Result<std::string> JsonFields::requiredText(const std::string &key) const
{
    auto value = text(key);
    if (!value) {
        return value.error();
    }
    if (!*value || (*value)->empty()) {
        return error("\"" + key + "\" is missing");
    }
    return **value;
}

}  // namespace triage
