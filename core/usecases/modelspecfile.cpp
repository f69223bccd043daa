#include "modelspecfile.h"

#include "jsonreader.h"

#include <algorithm>

#include <set>

namespace triage {
namespace {

Error specError(const std::string &what)
{
    return Error{ErrorCode::InvalidArgument, "model spec: " + what};
}

Result<void> onlyKnownKeys(const JsonValue &object, const std::string &where,
                           const std::set<std::string> &known)
{
    for (const auto &[key, value] : object.asObject()) {
        if (known.count(key) == 0) {
            return specError("unknown key \"" + key + "\"" + where);
        }
    }
    return {};
}

Result<const JsonValue *> member(const JsonValue &object, const std::string &key,
                                 JsonValue::Type type)
{
    const JsonValue *value = object.find(key);
    if (value && value->type() != type) {
        return specError("\"" + key + "\" must be " + std::string(toText(type)) + ", not " +
                         std::string(toText(value->type())));
    }
    return value;
}

Result<void> readInteger(const JsonValue &object, const std::string &key, int &out)
{
    auto value = member(object, key, JsonValue::Type::Number);
    if (!value) {
        return value.error();
    }
    if (*value) {
        const double number = (*value)->asNumber();
        if (number != double(int64_t(number)) || number < 1 || number > 1e6) {
            return specError("\"" + key + "\" must be a positive whole number");
        }
        out = int(number);
    }
    return {};
}

Result<void> readFloats(const JsonValue &object, const std::string &key, std::array<float, 3> &out)
{
    auto value = member(object, key, JsonValue::Type::Array);
    if (!value) {
        return value.error();
    }
    if (!*value) {
        return {};
    }
    const auto &items = (*value)->asArray();
    if (items.size() != 3 || !std::all_of(items.begin(), items.end(), [](const JsonValue &v) {
            return v.type() == JsonValue::Type::Number;
        })) {
        return specError("\"" + key + "\" must be three numbers, one per channel");
    }
    for (size_t i = 0; i < 3; ++i) {
        out[i] = float(items[i].asNumber());
    }
    return {};
}

// A named choice ("rgb"): `parse` turns text into the enum, nullopt when it is none.
template <typename Enum, typename Parse>
Result<void> readChoice(const JsonValue &object, const std::string &key, const char *choices,
                        Parse parse, Enum &out)
{
    auto value = member(object, key, JsonValue::Type::String);
    if (!value) {
        return value.error();
    }
    if (*value) {
        const auto parsed = parse((*value)->asString());
        if (!parsed) {
            return specError("\"" + key + "\" is " + choices + ", not \"" +
                             (*value)->asString() + "\"");
        }
        out = *parsed;
    }
    return {};
}

Result<void> readInput(const JsonValue &input, InputSpec &spec)
{
    TRIAGE_TRY(onlyKnownKeys(input, " in \"input\"",
                             {"width", "height", "channels", "resize", "scale", "mean", "std",
                              "outputs_logits"}));
    TRIAGE_TRY(readInteger(input, "width", spec.width));
    TRIAGE_TRY(readInteger(input, "height", spec.height));
    TRIAGE_TRY(readChoice(input, "channels", "rgb, bgr or gray", channelOrderFromString,
                          spec.channels));
    TRIAGE_TRY(readChoice(input, "resize", "stretch, fit or crop", resizeModeFromString,
                          spec.resize));
    auto scale = member(input, "scale", JsonValue::Type::Number);
    if (!scale) {
        return scale.error();
    }
    if (*scale) {
        spec.scale = float((*scale)->asNumber());
    }
    TRIAGE_TRY(readFloats(input, "mean", spec.mean));
    TRIAGE_TRY(readFloats(input, "std", spec.std));
    auto logits = member(input, "outputs_logits", JsonValue::Type::Bool);
    if (!logits) {
        return logits.error();
    }
    if (*logits) {
        spec.outputsAreLogits = (*logits)->asBool();
    }
    return {};
}

Result<void> readMapping(const JsonValue &mapping, std::vector<std::string> &out)
{
    out.clear();
    for (const auto &entry : mapping.asArray()) {
        if (entry.isNull()) {
            out.emplace_back();
        } else if (entry.type() == JsonValue::Type::String) {
            out.push_back(entry.asString() == "-" ? std::string() : entry.asString());
        } else {
            return specError("\"mapping\" holds class names, \"-\" or null (abstain), not " +
                             std::string(toText(entry.type())));
        }
    }
    return {};
}

}  // namespace

Result<AddModelRequest> modelRequestFromJson(std::string_view text, AddModelRequest request)
{
    auto document = parseJson(text);
    if (!document) {
        return specError(document.error().message);
    }
    if (document->type() != JsonValue::Type::Object) {
        return specError("expected an object, found " + std::string(toText(document->type())));
    }
    const JsonValue &spec = *document;
    TRIAGE_TRY(onlyKnownKeys(spec, "",
                             {"name", "kind", "format", "input", "mapping", "output", "path",
                              "content_hash", "outputs", "scored_items", "added_at"}));
    auto name = member(spec, "name", JsonValue::Type::String);
    if (!name) {
        return name.error();
    }
    if (*name) {
        request.name = (*name)->asString();
    }
    auto output = member(spec, "output", JsonValue::Type::String);
    if (!output) {
        return output.error();
    }
    if (*output) {
        request.outputName = (*output)->asString();
    }
    TRIAGE_TRY(readChoice(spec, "kind", "classifier or embedder", modelKindFromString,
                          request.kind));
    ModelFormat format = request.format.value_or(ModelFormat::TorchScript);
    if (spec.find("format")) {
        TRIAGE_TRY(readChoice(spec, "format", "torchscript or onnx", modelFormatFromString, format));
        request.format = format;
    }
    auto input = member(spec, "input", JsonValue::Type::Object);
    if (!input) {
        return input.error();
    }
    if (*input) {
        TRIAGE_TRY(readInput(**input, request.spec));
    }
    auto mapping = member(spec, "mapping", JsonValue::Type::Array);
    if (!mapping) {
        return mapping.error();
    }
    if (*mapping) {
        TRIAGE_TRY(readMapping(**mapping, request.mapping));
    }
    return request;
}

}  // namespace triage
