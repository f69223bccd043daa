#include "jsonreader.h"

#include <charconv>
#include <cmath>

namespace triage {

JsonValue JsonValue::boolean(bool value)
{
    JsonValue v;
    v.m_type = Type::Bool;
    v.m_bool = value;
    return v;
}

JsonValue JsonValue::number(double value)
{
    JsonValue v;
    v.m_type = Type::Number;
    v.m_number = value;
    return v;
}

JsonValue JsonValue::string(std::string value)
{
    JsonValue v;
    v.m_type = Type::String;
    v.m_string = std::move(value);
    return v;
}

JsonValue JsonValue::array(std::vector<JsonValue> values)
{
    JsonValue v;
    v.m_type = Type::Array;
    v.m_array = std::move(values);
    return v;
}

JsonValue JsonValue::object(std::map<std::string, JsonValue> members)
{
    JsonValue v;
    v.m_type = Type::Object;
    v.m_object = std::move(members);
    return v;
}

const JsonValue *JsonValue::find(const std::string &key) const
{
    const auto it = m_object.find(key);
    return it == m_object.end() ? nullptr : &it->second;
}

std::string_view toText(JsonValue::Type type)
{
    switch (type) {
    case JsonValue::Type::Null: return "null";
    case JsonValue::Type::Bool: return "true or false";
    case JsonValue::Type::Number: return "a number";
    case JsonValue::Type::String: return "a string";
    case JsonValue::Type::Array: return "an array";
    case JsonValue::Type::Object: return "an object";
    }
    return "a value";
}

namespace {

class Parser {
public:
    explicit Parser(std::string_view text) : m_text(text) {}

    Result<JsonValue> document()
    {
        auto value = parseValue(0);
        if (!value) {
            return value;
        }
        skipSpace();
        if (m_pos != m_text.size()) {
            return fail("the document goes on after its value");
        }
        return value;
    }

private:
    Error fail(const std::string &what) const
    {
        int line = 1, column = 1;
        for (size_t i = 0; i < m_pos && i < m_text.size(); ++i) {
            if (m_text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        return Error{ErrorCode::InvalidArgument, "JSON line " + std::to_string(line) +
                                                     ", column " + std::to_string(column) +
                                                     ": " + what};
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' ||
                                         m_text[m_pos] == '\n' || m_text[m_pos] == '\r')) {
            ++m_pos;
        }
    }

    bool consume(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) == word) {
            m_pos += word.size();
            return true;
        }
        return false;
    }

    Result<JsonValue> parseValue(int depth)
    {
        if (depth > kMaxJsonDepth) {
            return fail("nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
        }
        skipSpace();
        if (m_pos >= m_text.size()) {
            return fail("the document ends where a value was expected");
        }
        const char c = m_text[m_pos];
        if (c == '{') {
            return parseObject(depth);
        }
        if (c == '[') {
            return parseArray(depth);
        }
        if (c == '"') {
            auto text = parseString();
            if (!text) {
                return text.error();
            }
            return JsonValue::string(std::move(*text));
        }
        if (consume("true")) {
            return JsonValue::boolean(true);
        }
        if (consume("false")) {
            return JsonValue::boolean(false);
        }
        if (consume("null")) {
            return JsonValue();
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return parseNumber();
        }
        return fail(std::string("unexpected '") + c + "' where a value was expected");
    }

    Result<JsonValue> parseObject(int depth)
    {
        ++m_pos;  // {
        std::map<std::string, JsonValue> members;
        skipSpace();
        if (consume("}")) {
            return JsonValue::object(std::move(members));
        }
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"') {
                return fail("expected a member name in double quotes");
            }
            auto key = parseString();
            if (!key) {
                return key.error();
            }
            skipSpace();
            if (!consume(":")) {
                return fail("expected ':' after member name \"" + *key + "\"");
            }
            auto value = parseValue(depth + 1);
            if (!value) {
                return value;
            }
            if (!members.emplace(*key, std::move(*value)).second) {
                return fail("member \"" + *key + "\" appears twice");
            }
            skipSpace();
            if (consume("}")) {
                return JsonValue::object(std::move(members));
            }
            if (!consume(",")) {
                return fail("expected ',' or '}' in an object");
            }
        }
    }

    Result<JsonValue> parseArray(int depth)
    {
        ++m_pos;  // [
        std::vector<JsonValue> values;
        skipSpace();
        if (consume("]")) {
            return JsonValue::array(std::move(values));
        }
        for (;;) {
            auto value = parseValue(depth + 1);
            if (!value) {
                return value;
            }
            values.push_back(std::move(*value));
            skipSpace();
            if (consume("]")) {
                return JsonValue::array(std::move(values));
            }
            if (!consume(",")) {
                return fail("expected ',' or ']' in an array");
            }
        }
    }

    Result<JsonValue> parseNumber()
    {
        const size_t begin = m_pos;
        if (m_text[m_pos] == '-') {
            ++m_pos;
        }
        auto digits = [&] {
            const size_t from = m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') {
                ++m_pos;
            }
            return m_pos - from;
        };
        const size_t intStart = m_pos;
        if (digits() == 0 || (m_text[intStart] == '0' && m_pos - intStart > 1)) {
            m_pos = begin;
            return fail("malformed number");
        }
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            ++m_pos;
            if (digits() == 0) {
                return fail("malformed number: digits must follow '.'");
            }
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-')) {
                ++m_pos;
            }
            if (digits() == 0) {
                return fail("malformed number: digits must follow the exponent");
            }
        }
        double value = 0;
        const auto [end, error] = std::from_chars(m_text.data() + begin, m_text.data() + m_pos, value);
        if (error != std::errc() || end != m_text.data() + m_pos || !std::isfinite(value)) {
            m_pos = begin;
            return fail("number out of range");
        }
        return JsonValue::number(value);
    }

    static void appendUtf8(std::string &out, uint32_t cp)
    {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }

    Result<uint32_t> hex4()
    {
        if (m_pos + 4 > m_text.size()) {
            return fail("\\u needs four hex digits");
        }
        uint32_t value = 0;
        const auto [end, error] =
            std::from_chars(m_text.data() + m_pos, m_text.data() + m_pos + 4, value, 16);
        if (error != std::errc() || end != m_text.data() + m_pos + 4) {
            return fail("\\u needs four hex digits");
        }
        m_pos += 4;
        return value;
    }

    Result<std::string> parseString()
    {
        ++m_pos;  // "
        std::string out;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '"') {
                return out;
            }
            if (static_cast<unsigned char>(c) < 0x20) {
                --m_pos;
                return fail("a control character inside a string (write \\n, \\t)");
            }
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size()) {
                break;
            }
            const char e = m_text[m_pos++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                auto cp = hex4();
                if (!cp) {
                    return cp.error();
                }
                uint32_t code = *cp;
                if (code >= 0xD800 && code < 0xDC00) {  // a surrogate pair's first half
                    if (!consume("\\u")) {
                        return fail("a lone surrogate in \\u escape");
                    }
                    auto low = hex4();
                    if (!low) {
                        return low.error();
                    }
                    if (*low < 0xDC00 || *low >= 0xE000) {
                        return fail("a lone surrogate in \\u escape");
                    }
                    code = 0x10000 + ((code - 0xD800) << 10) + (*low - 0xDC00);
                } else if (code >= 0xDC00 && code < 0xE000) {
                    return fail("a lone surrogate in \\u escape");
                }
                appendUtf8(out, code);
                break;
            }
            default: --m_pos; return fail(std::string("unknown escape \\") + e);
            }
        }
        return fail("a string is not closed");
    }

    std::string_view m_text;
    size_t m_pos = 0;
};

}  // namespace

Result<JsonValue> parseJson(std::string_view text)
{
    return Parser(text).document();
}

}  // namespace triage
