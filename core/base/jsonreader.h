#pragma once
// parseJson: reads one JSON document (RFC 8259) into a tree, for specs and requests people
// write by hand. Errors name the line and column and what was expected there.
#include "result.h"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace triage {

class JsonValue {
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    JsonValue() = default;
    static JsonValue boolean(bool value);
    static JsonValue number(double value);
    static JsonValue string(std::string value);
    static JsonValue array(std::vector<JsonValue> values);
    static JsonValue object(std::map<std::string, JsonValue> members);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool asBool() const { return m_bool; }
    double asNumber() const { return m_number; }
    const std::string &asString() const { return m_string; }
    const std::vector<JsonValue> &asArray() const { return m_array; }
    const std::map<std::string, JsonValue> &asObject() const { return m_object; }
    // A member of an object, or nullptr when absent (or this is no object).
    const JsonValue *find(const std::string &key) const;

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    double m_number = 0;
    std::string m_string;
    std::vector<JsonValue> m_array;
    std::map<std::string, JsonValue> m_object;
};

std::string_view toText(JsonValue::Type type);  // "a number", "an object", ...

// Nesting deeper than this is refused rather than recursed into.
constexpr int kMaxJsonDepth = 64;

Result<JsonValue> parseJson(std::string_view text);

}  // namespace triage
