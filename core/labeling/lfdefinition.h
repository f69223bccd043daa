#pragma once
// What a labeling function is, as a lead configures it without code (PRODUCT.md §2.2,
// issue 8): its kind and the few values its form asks for. A plain value: it names project
// classes and models by name, so a set of LFs moves between projects as JSON (the file
// `lf export` writes and `lf import` reads, one object per LF).
//
// The JSON is versioned (kLfFormatVersion); a newer or broken file is refused with the
// reason. Checking a definition against a project (its classes, models, files) is
// lfvoter.h's job.
#include "jsonreader.h"
#include "result.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace triage {

// Kinds 3 and 4 of the issue (metadata rule, image statistics) are one kind here, Rule:
// its conditions may test either, all of them must hold (AND).
enum class LfKind {
    Pattern = 1,        // the path or file name matches a glob or regular expression
    Folder,             // a folder name in the path maps to a class
    Rule,               // metadata and image-statistics conditions, all within range
    Cascade,            // an OpenCV cascade fires at least N times, or never
    Template,           // a reference image matches somewhere above a score
    NearDuplicate,      // a perceptual-hash neighbour of a human-labelled item
    Model,              // a project classifier's top class, above a confidence
    NearestNeighbours,  // the k nearest human-labelled items in an embedder's space agree
    Learner,            // the in-app learner's top class, above a confidence
};
std::string_view toText(LfKind kind);  // "pattern", "folder", ... as in the JSON
std::optional<LfKind> lfKindFromText(std::string_view text);

enum class PatternSyntax { Glob = 1, Regex };
enum class PatternTarget { FileName = 1, Path };  // what the pattern is matched against
enum class CascadeMode { Fires = 1, Never };      // vote when it fires >= N times / not at all

enum class LfAttribute {
    Width = 1,   // pixels
    Height,      // pixels
    Aspect,      // width / height
    FileSize,    // bytes
    Channels,    // 1 gray, 3 colour, 4 with alpha
    Format,      // "png", "jpeg", ...: compared to a list, not a range
    Brightness,  // the rest as in imagestatistics.h
    Contrast,
    Saturation,
    Hue,  // degrees; a range with min > max wraps through 0 (red: 340 to 20)
    Sharpness,
    NearWhite,
    NearBlack,
};
std::string_view toText(LfAttribute attribute);  // "width", "near_white", ...
std::optional<LfAttribute> lfAttributeFromText(std::string_view text);
bool needsPixels(LfAttribute attribute);  // the image statistics

// attribute within [min, max] (either bound may be open); Format: one of `formats`.
struct LfCondition {
    LfAttribute attribute = LfAttribute::Width;
    std::optional<double> min;
    std::optional<double> max;
    std::vector<std::string> formats;

    bool operator==(const LfCondition &) const = default;
};

struct LfDefinition {
    LfKind kind = LfKind::Pattern;
    std::string className;  // the class it votes: Pattern, Rule, Cascade, Template

    PatternSyntax syntax = PatternSyntax::Glob;
    PatternTarget target = PatternTarget::FileName;
    std::string pattern;
    bool ignoreCase = true;

    std::vector<std::pair<std::string, std::string>> folderClasses;  // folder name -> class

    std::vector<LfCondition> conditions;

    std::string cascadePath;  // an XML file, or the name of one in opencv-data
    CascadeMode cascadeMode = CascadeMode::Fires;
    int minHits = 1;

    std::string templatePath;
    double minScore = 0.8;  // normalised correlation, -1 to 1

    int maxDistance = 6;  // NearDuplicate: differing hash bits, 0 to 64

    std::string modelName;       // Model (a classifier), NearestNeighbours (an embedder)
    double minConfidence = 0.5;  // Model, Learner
    int neighbours = 5;          // NearestNeighbours: k

    bool operator==(const LfDefinition &) const = default;
};

// One LF as it travels in JSON: its name, whether it runs, what it is.
struct NamedLf {
    std::string name;
    bool enabled = true;
    LfDefinition definition;
};

constexpr int kLfFormatVersion = 1;

// A one-line summary of the rule for tables: "name matches *bag* -> Bag".
std::string describe(const LfDefinition &definition);

// The definition's JSON object (no name, no enabled), as the store keeps each version.
std::string definitionJson(const LfDefinition &definition);
// Reads what definitionJson wrote, or one LF of an export file (its name and enabled are
// ignored here). Errors name the member that is missing or wrong.
Result<LfDefinition> definitionFromJson(const JsonValue &object);
Result<LfDefinition> definitionFromJson(std::string_view text);
// The checks a file's definition gets (a rule has a condition, ranges are ordered, ...),
// for one built in a form or from options; errors name the function.
Result<void> checkWellFormed(const std::string &name, const LfDefinition &definition);

// The file `lf export` writes: {"format": "triage-labeling-functions", "version": 1,
// "functions": [{"name": ..., "enabled": ..., "kind": ..., ...}, ...]}.
std::string lfSetJson(const std::vector<NamedLf> &functions);
// Refuses a file of a newer version or another format, and names the first broken LF.
Result<std::vector<NamedLf>> lfSetFromJson(std::string_view text);

}  // namespace triage
