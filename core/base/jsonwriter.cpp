#include "jsonwriter.h"

#include "numbertext.h"
#include "plaintext.h"

#include <cmath>
#include <cstdio>

namespace triage {

// File names on Linux are bytes, not text: a byte that is not valid UTF-8 becomes U+FFFD
// (the replacement character), so the document is always valid JSON.
std::string jsonQuote(const std::string &value)
{
    std::string out = "\"";
    for (size_t i = 0; i < value.size(); ++i) {
        const auto c = static_cast<unsigned char>(value[i]);
        if (c >= 0x80) {
            const size_t length = utf8SequenceLength(value, i);
            if (length == 0) {
                out += "\\ufffd";
            } else {
                out += value.substr(i, length);
                i += length - 1;
            }
            continue;
        }
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
                out += buffer;
            } else {
                out += char(c);
            }
        }
    }
    return out + "\"";
}

void JsonWriter::key(const std::string &name)
{
    if (m_needComma) {
        m_text += ',';
    }
    if (!name.empty()) {
        m_text += jsonQuote(name) + ':';
    }
    m_needComma = true;
}

JsonWriter &JsonWriter::beginObject(const std::string &name)
{
    key(name);
    m_text += '{';
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_text += '}';
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::beginArray(const std::string &name)
{
    key(name);
    m_text += '[';
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_text += ']';
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::field(const std::string &name, const std::string &value)
{
    key(name);
    m_text += jsonQuote(value);
    return *this;
}

JsonWriter &JsonWriter::field(const std::string &name, int64_t value)
{
    key(name);
    m_text += std::to_string(value);
    return *this;
}

JsonWriter &JsonWriter::field(const std::string &name, double value)
{
    key(name);
    m_text += std::isfinite(value) ? formatNumber(value) : "null";  // always a '.' decimal point
    return *this;
}

JsonWriter &JsonWriter::floatField(const std::string &name, float value)
{
    key(name);
    m_text += std::isfinite(value) ? formatFloat(value) : "null";
    return *this;
}

JsonWriter &JsonWriter::floatValue(float value)
{
    key({});
    m_text += std::isfinite(value) ? formatFloat(value) : "null";
    return *this;
}

JsonWriter &JsonWriter::boolField(const std::string &name, bool value)
{
    key(name);
    m_text += value ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::value(const std::string &text)
{
    key({});
    m_text += jsonQuote(text);
    return *this;
}

JsonWriter &JsonWriter::nullField(const std::string &name)
{
    key(name);
    m_text += "null";
    return *this;
}

}  // namespace triage
