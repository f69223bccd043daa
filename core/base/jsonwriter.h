#pragma once
// JsonWriter: builds one JSON document (strings escaped, invalid UTF-8 replaced, numbers
// written locale-free). Every result object is rendered through it, in core/usecases.
#include <cstdint>
#include <string>

namespace triage {

class JsonWriter {
public:
    JsonWriter &beginObject(const std::string &key = {});
    JsonWriter &endObject();
    JsonWriter &beginArray(const std::string &key);
    JsonWriter &endArray();
    JsonWriter &field(const std::string &key, const std::string &value);
    JsonWriter &field(const std::string &key, const char *value)
    {
        return field(key, std::string(value));
    }
    JsonWriter &field(const std::string &key, int64_t value);
    JsonWriter &field(const std::string &key, double value);
    JsonWriter &boolField(const std::string &key, bool value);
    JsonWriter &nullField(const std::string &key);
    JsonWriter &value(const std::string &text);  // an array element
    JsonWriter &floatField(const std::string &key, float value);  // shortest float text
    JsonWriter &floatValue(float number);                         // an array element
    const std::string &text() const { return m_text; }

private:
    void key(const std::string &name);
    std::string m_text;
    bool m_needComma = false;
};

std::string jsonQuote(const std::string &value);

}  // namespace triage
