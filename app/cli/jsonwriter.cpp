#include "jsonwriter.h"

#include <cmath>
#include <cstdio>

namespace triage::cli {

std::string jsonQuote(const std::string &value)
{
    std::string out = "\"";
    for (unsigned char c : value) {
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
    if (!std::isfinite(value)) {
        m_text += "null";
        return *this;
    }
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    m_text += buffer;
    return *this;
}

JsonWriter &JsonWriter::nullField(const std::string &name)
{
    key(name);
    m_text += "null";
    return *this;
}

}  // namespace triage::cli
