#include "lfdefinition.h"

#include "jsonfields.h"
#include "jsonwriter.h"
#include "numbertext.h"

#include <array>

namespace triage {
namespace {

constexpr const char *kFileFormat = "triage-labeling-functions";

template <typename Enum, size_t N>
std::string_view nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[e, text] : names) {
        if (e == value) {
            return text;
        }
    }
    return "?";
}

template <typename Enum, size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &names,
                            std::string_view text)
{
    for (const auto &[e, name] : names) {
        if (text == name) {
            return e;
        }
    }
    return std::nullopt;
}

constexpr std::array<std::pair<LfKind, const char *>, 9> kKindNames = {{
    {LfKind::Pattern, "pattern"},
    {LfKind::Folder, "folder"},
    {LfKind::Rule, "rule"},
    {LfKind::Cascade, "cascade"},
    {LfKind::Template, "template"},
    {LfKind::NearDuplicate, "near-duplicate"},
    {LfKind::Model, "model"},
    {LfKind::NearestNeighbours, "neighbours"},
    {LfKind::Learner, "learner"},
}};

constexpr std::array<std::pair<LfAttribute, const char *>, 13> kAttributeNames = {{
    {LfAttribute::Width, "width"},
    {LfAttribute::Height, "height"},
    {LfAttribute::Aspect, "aspect"},
    {LfAttribute::FileSize, "file_size"},
    {LfAttribute::Channels, "channels"},
    {LfAttribute::Format, "format"},
    {LfAttribute::Brightness, "brightness"},
    {LfAttribute::Contrast, "contrast"},
    {LfAttribute::Saturation, "saturation"},
    {LfAttribute::Hue, "hue"},
    {LfAttribute::Sharpness, "sharpness"},
    {LfAttribute::NearWhite, "near_white"},
    {LfAttribute::NearBlack, "near_black"},
}};

constexpr std::array<std::pair<PatternSyntax, const char *>, 2> kSyntaxNames = {{
    {PatternSyntax::Glob, "glob"},
    {PatternSyntax::Regex, "regex"},
}};
constexpr std::array<std::pair<PatternTarget, const char *>, 2> kTargetNames = {{
    {PatternTarget::FileName, "name"},
    {PatternTarget::Path, "path"},
}};
constexpr std::array<std::pair<CascadeMode, const char *>, 2> kModeNames = {{
    {CascadeMode::Fires, "fires"},
    {CascadeMode::Never, "never"},
}};

std::string conditionText(const LfCondition &c)
{
    const std::string name(toText(c.attribute));
    if (c.attribute == LfAttribute::Format) {
        std::string formats;
        for (const auto &f : c.formats) {
            formats += (formats.empty() ? "" : "|") + f;
        }
        return "format " + formats;
    }
    if (c.min && c.max) {
        return formatNumber(*c.min) + " <= " + name + " <= " + formatNumber(*c.max);
    }
    if (c.min) {
        return name + " >= " + formatNumber(*c.min);
    }
    if (c.max) {
        return name + " <= " + formatNumber(*c.max);
    }
    return name + " any";
}

void writeDefinition(JsonWriter &json, const LfDefinition &d)
{
    json.field("kind", std::string(toText(d.kind)));
    switch (d.kind) {
    case LfKind::Pattern:
        json.field("class", d.className);
        json.field("syntax", std::string(nameOf(kSyntaxNames, d.syntax)));
        json.field("match", std::string(nameOf(kTargetNames, d.target)));
        json.field("pattern", d.pattern).boolField("ignore_case", d.ignoreCase);
        break;
    case LfKind::Folder:
        json.beginObject("folders");
        for (const auto &[folder, className] : d.folderClasses) {
            json.field(folder, className);
        }
        json.endObject();
        break;
    case LfKind::Rule:
        json.field("class", d.className).beginArray("conditions");
        for (const auto &c : d.conditions) {
            json.beginObject().field("attribute", std::string(toText(c.attribute)));
            if (c.attribute == LfAttribute::Format) {
                json.beginArray("formats");
                for (const auto &f : c.formats) {
                    json.value(f);
                }
                json.endArray();
            }
            if (c.min) {
                json.field("min", *c.min);
            }
            if (c.max) {
                json.field("max", *c.max);
            }
            json.endObject();
        }
        json.endArray();
        break;
    case LfKind::Cascade:
        json.field("class", d.className).field("cascade", d.cascadePath);
        json.field("mode", std::string(nameOf(kModeNames, d.cascadeMode)));
        json.field("min_hits", int64_t(d.minHits));
        break;
    case LfKind::Template:
        json.field("class", d.className).field("template", d.templatePath);
        json.field("min_score", d.minScore);
        break;
    case LfKind::NearDuplicate: json.field("max_distance", int64_t(d.maxDistance)); break;
    case LfKind::Model:
        json.field("model", d.modelName).field("min_confidence", d.minConfidence);
        break;
    case LfKind::NearestNeighbours:
        json.field("model", d.modelName).field("k", int64_t(d.neighbours));
        break;
    case LfKind::Learner: json.field("min_confidence", d.minConfidence); break;
    }
}

template <typename Enum, size_t N>
Result<void> readChoice(const JsonFields &fields, const std::string &key,
                        const std::array<std::pair<Enum, const char *>, N> &names, Enum &out)
{
    auto text = fields.text(key);
    if (!text) {
        return text.error();
    }
    if (!*text) {
        return {};
    }
    if (auto value = valueOf(names, **text)) {
        out = *value;
        return {};
    }
    std::string choices;
    for (const auto &[e, name] : names) {
        choices += (choices.empty() ? "" : " or ") + std::string(name);
    }
    return fields.error("\"" + key + "\" is " + choices + ", not \"" + **text + "\"");
}

Result<void> readNumber(const JsonFields &fields, const std::string &key, double min, double max,
                        double &out)
{
    auto value = fields.number(key);
    if (!value) {
        return value.error();
    }
    if (*value) {
        if (**value < min || **value > max) {
            return fields.error("\"" + key + "\" must be from " + formatNumber(min) + " to " +
                                formatNumber(max));
        }
        out = **value;
    }
    return {};
}

Result<void> readInteger(const JsonFields &fields, const std::string &key, int min, int max,
                         int &out)
{
    auto value = fields.integer(key, min, max);
    if (!value) {
        return value.error();
    }
    out = value->value_or(out);
    return {};
}

Result<LfCondition> readCondition(const JsonValue &value, const std::string &prefix)
{
    if (value.type() != JsonValue::Type::Object) {
        return makeError(ErrorCode::InvalidArgument, prefix + "each condition must be an object");
    }
    const JsonFields fields(value, prefix);
    TRIAGE_TRY(fields.onlyKnown({"attribute", "min", "max", "formats"}));
    LfCondition condition;
    auto attribute = fields.requiredText("attribute");
    if (!attribute) {
        return attribute.error();
    }
    const auto parsed = lfAttributeFromText(*attribute);
    if (!parsed) {
        return fields.error("no condition tests \"" + *attribute +
                            "\" (width, height, aspect, file_size, channels, format, "
                            "brightness, contrast, saturation, hue, sharpness, near_white, "
                            "near_black)");
    }
    condition.attribute = *parsed;
    if (condition.attribute == LfAttribute::Format) {
        auto formats = fields.array("formats");
        if (!formats) {
            return formats.error();
        }
        for (const JsonValue *list = *formats;
             const auto &f : list ? list->asArray() : std::vector<JsonValue>{}) {
            if (f.type() != JsonValue::Type::String || f.asString().empty()) {
                return fields.error("\"formats\" must be a list of format names");
            }
            condition.formats.push_back(f.asString());
        }
        if (condition.formats.empty()) {
            return fields.error("a format condition needs \"formats\", say [\"png\"]");
        }
        return condition;
    }
    auto min = fields.number("min");
    auto max = fields.number("max");
    if (!min || !max) {
        return min ? max.error() : min.error();
    }
    condition.min = *min;
    condition.max = *max;
    if (!condition.min && !condition.max) {
        return fields.error("the " + *attribute + " condition needs \"min\", \"max\" or both");
    }
    if (condition.attribute != LfAttribute::Hue && condition.min && condition.max &&
        *condition.min > *condition.max) {
        return fields.error("the " + *attribute + " condition's \"min\" is above its \"max\"");
    }
    return condition;
}

Result<LfDefinition> readDefinition(const JsonValue &object, const std::string &prefix)
{
    if (object.type() != JsonValue::Type::Object) {
        return makeError(ErrorCode::InvalidArgument, prefix + "must be a JSON object");
    }
    const JsonFields fields(object, prefix);
    LfDefinition d;
    auto kindText = fields.requiredText("kind");
    if (!kindText) {
        return kindText.error();
    }
    const auto kind = lfKindFromText(*kindText);
    if (!kind) {
        return fields.error("no labeling function is of kind \"" + *kindText +
                            "\" (pattern, folder, rule, cascade, template, near-duplicate, "
                            "model, neighbours, learner)");
    }
    d.kind = *kind;
    auto requireClass = [&]() -> Result<void> {
        auto name = fields.requiredText("class");
        if (!name) {
            return name.error();
        }
        d.className = *name;
        return {};
    };
    const std::set<std::string> common = {"name", "enabled", "kind"};
    auto known = [&](std::set<std::string> own) {
        own.insert(common.begin(), common.end());
        return fields.onlyKnown(own);
    };
    switch (d.kind) {
    case LfKind::Pattern: {
        TRIAGE_TRY(known({"class", "syntax", "match", "pattern", "ignore_case"}));
        TRIAGE_TRY(requireClass());
        TRIAGE_TRY(readChoice(fields, "syntax", kSyntaxNames, d.syntax));
        TRIAGE_TRY(readChoice(fields, "match", kTargetNames, d.target));
        auto pattern = fields.requiredText("pattern");
        auto ignoreCase = fields.boolean("ignore_case");
        if (!pattern || !ignoreCase) {
            return pattern ? ignoreCase.error() : pattern.error();
        }
        d.pattern = *pattern;
        d.ignoreCase = ignoreCase->value_or(true);
        break;
    }
    case LfKind::Folder: {
        TRIAGE_TRY(known({"folders"}));
        auto folders = fields.object("folders");
        if (!folders) {
            return folders.error();
        }
        if (!*folders || (*folders)->asObject().empty()) {
            return fields.error("\"folders\" must map at least one folder name to a class");
        }
        for (const auto &[folder, className] : (*folders)->asObject()) {
            if (className.type() != JsonValue::Type::String || className.asString().empty() ||
                folder.empty()) {
                return fields.error("\"folders\" maps folder names to class names");
            }
            d.folderClasses.emplace_back(folder, className.asString());
        }
        break;
    }
    case LfKind::Rule: {
        TRIAGE_TRY(known({"class", "conditions"}));
        TRIAGE_TRY(requireClass());
        auto conditions = fields.array("conditions");
        if (!conditions) {
            return conditions.error();
        }
        if (!*conditions || (*conditions)->asArray().empty()) {
            return fields.error("a rule needs at least one condition");
        }
        for (const auto &c : (*conditions)->asArray()) {
            auto condition = readCondition(c, prefix);
            if (!condition) {
                return condition.error();
            }
            d.conditions.push_back(std::move(*condition));
        }
        break;
    }
    case LfKind::Cascade: {
        TRIAGE_TRY(known({"class", "cascade", "mode", "min_hits"}));
        TRIAGE_TRY(requireClass());
        auto cascade = fields.requiredText("cascade");
        if (!cascade) {
            return cascade.error();
        }
        d.cascadePath = *cascade;
        TRIAGE_TRY(readChoice(fields, "mode", kModeNames, d.cascadeMode));
        TRIAGE_TRY(readInteger(fields, "min_hits", 1, 1000, d.minHits));
        break;
    }
    case LfKind::Template: {
        TRIAGE_TRY(known({"class", "template", "min_score"}));
        TRIAGE_TRY(requireClass());
        auto path = fields.requiredText("template");
        if (!path) {
            return path.error();
        }
        d.templatePath = *path;
        TRIAGE_TRY(readNumber(fields, "min_score", -1, 1, d.minScore));
        break;
    }
    case LfKind::NearDuplicate:
        TRIAGE_TRY(known({"max_distance"}));
        TRIAGE_TRY(readInteger(fields, "max_distance", 0, 32, d.maxDistance));
        break;
    case LfKind::Model:
    case LfKind::NearestNeighbours: {
        TRIAGE_TRY(known({"model", d.kind == LfKind::Model ? "min_confidence" : "k"}));
        auto model = fields.requiredText("model");
        if (!model) {
            return model.error();
        }
        d.modelName = *model;
        if (d.kind == LfKind::Model) {
            TRIAGE_TRY(readNumber(fields, "min_confidence", 0, 1, d.minConfidence));
        } else {
            TRIAGE_TRY(readInteger(fields, "k", 1, 100, d.neighbours));
        }
        break;
    }
    case LfKind::Learner:
        TRIAGE_TRY(known({"min_confidence"}));
        TRIAGE_TRY(readNumber(fields, "min_confidence", 0, 1, d.minConfidence));
        break;
    }
    return d;
}

}  // namespace

std::string_view toText(LfKind kind)
{
    return nameOf(kKindNames, kind);
}

std::optional<LfKind> lfKindFromText(std::string_view text)
{
    return valueOf(kKindNames, text);
}

std::string_view toText(LfAttribute attribute)
{
    return nameOf(kAttributeNames, attribute);
}

std::optional<LfAttribute> lfAttributeFromText(std::string_view text)
{
    return valueOf(kAttributeNames, text);
}

bool needsPixels(LfAttribute attribute)
{
    return attribute >= LfAttribute::Brightness;
}

std::string describe(const LfDefinition &d)
{
    const std::string to = " -> " + d.className;
    switch (d.kind) {
    case LfKind::Pattern:
        return std::string(d.target == PatternTarget::FileName ? "name" : "path") +
               (d.syntax == PatternSyntax::Glob ? " matches " : " matches regex ") + d.pattern + to;
    case LfKind::Folder: {
        std::string text = "folder ";
        for (size_t i = 0; i < d.folderClasses.size(); ++i) {
            text += (i ? ", " : "") + d.folderClasses[i].first + " -> " + d.folderClasses[i].second;
        }
        return text;
    }
    case LfKind::Rule: {
        std::string text;
        for (const auto &c : d.conditions) {
            text += (text.empty() ? "" : " and ") + conditionText(c);
        }
        return text + to;
    }
    case LfKind::Cascade:
        return d.cascadePath +
               (d.cascadeMode == CascadeMode::Fires
                    ? " fires " + std::to_string(d.minHits) + "+ times"
                    : " never fires") +
               to;
    case LfKind::Template:
        return "matches " + d.templatePath + " at " + formatNumber(d.minScore) + "+" + to;
    case LfKind::NearDuplicate:
        return "within " + std::to_string(d.maxDistance) +
               " hash bits of a human label -> its class";
    case LfKind::Model:
        return d.modelName + " at " + formatNumber(d.minConfidence) + "+ -> its class";
    case LfKind::NearestNeighbours:
        return std::to_string(d.neighbours) + " nearest human labels in " + d.modelName +
               " agree -> their class";
    case LfKind::Learner: return "learner at " + formatNumber(d.minConfidence) + "+ -> its class";
    }
    return {};
}

std::string definitionJson(const LfDefinition &definition)
{
    JsonWriter json;
    json.beginObject();
    writeDefinition(json, definition);
    json.endObject();
    return json.text();
}

Result<LfDefinition> definitionFromJson(const JsonValue &object)
{
    return readDefinition(object, "labeling function: ");
}

Result<LfDefinition> definitionFromJson(std::string_view text)
{
    auto parsed = parseJson(text);
    if (!parsed) {
        return makeError(ErrorCode::InvalidArgument,
                         "labeling function: " + parsed.error().message);
    }
    return definitionFromJson(*parsed);
}

Result<void> checkWellFormed(const std::string &name, const LfDefinition &definition)
{
    auto parsed = parseJson(definitionJson(definition));
    if (!parsed) {
        return makeError(ErrorCode::Internal,
                         "labeling function '" + name +
                             "' wrote JSON it cannot read: " + parsed.error().message);
    }
    auto read = readDefinition(*parsed, "labeling function '" + name + "': ");
    return read ? Result<void>() : Result<void>(read.error());
}

std::string lfSetJson(const std::vector<NamedLf> &functions)
{
    JsonWriter json;
    json.beginObject().field("format", kFileFormat).field("version", int64_t(kLfFormatVersion));
    json.beginArray("functions");
    for (const auto &lf : functions) {
        json.beginObject().field("name", lf.name).boolField("enabled", lf.enabled);
        writeDefinition(json, lf.definition);
        json.endObject();
    }
    json.endArray().endObject();
    return json.text();
}

Result<std::vector<NamedLf>> lfSetFromJson(std::string_view text)
{
    auto parsed = parseJson(text);
    if (!parsed) {
        return makeError(ErrorCode::InvalidArgument,
                         "not a labeling-function file: " + parsed.error().message);
    }
    if (parsed->type() != JsonValue::Type::Object) {
        return makeError(ErrorCode::InvalidArgument,
                         "not a labeling-function file: the document is not a JSON object");
    }
    const JsonFields file(*parsed, "labeling-function file: ");
    auto format = file.text("format");
    if (!format) {
        return format.error();
    }
    if (*format != std::optional<std::string>(kFileFormat)) {
        return file.error("\"format\" must be \"" + std::string(kFileFormat) +
                          "\" (is this a file from lf export?)");
    }
    auto version = file.integer("version", 1, 1'000'000);
    if (!version) {
        return version.error();
    }
    if (!*version) {
        return file.error("\"version\" is missing");
    }
    if (**version > kLfFormatVersion) {
        return makeError(ErrorCode::UnsupportedVersion,
                         "the labeling-function file is version " + std::to_string(**version) +
                             ", newer than this Triage reads (" + std::to_string(kLfFormatVersion) +
                             "): update Triage to import it");
    }
    auto functions = file.array("functions");
    if (!functions) {
        return functions.error();
    }
    if (!*functions) {
        return file.error("\"functions\" is missing");
    }
    std::vector<NamedLf> result;
    for (const auto &entry : (*functions)->asArray()) {
        const std::string position = "labeling function " + std::to_string(result.size() + 1);
        if (entry.type() != JsonValue::Type::Object) {
            return makeError(ErrorCode::InvalidArgument, position + " is not a JSON object");
        }
        const JsonFields fields(entry, position + ": ");
        auto name = fields.requiredText("name");
        auto enabled = fields.boolean("enabled");
        if (!name || !enabled) {
            return name ? enabled.error() : name.error();
        }
        auto definition = readDefinition(entry, "labeling function '" + *name + "': ");
        if (!definition) {
            return definition.error();
        }
        result.push_back({*name, enabled->value_or(true), std::move(*definition)});
    }
    return result;
}

}  // namespace triage
