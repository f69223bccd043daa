#include "lfvoter.h"

#include "imagesource.h"
#include "plaintext.h"
#include "posixfile.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <fnmatch.h>

#include <filesystem>
#include <regex>

namespace triage {
namespace {

Error lfError(const std::string &name, const std::string &what)
{
    return makeError(ErrorCode::InvalidArgument, "labeling function '" + name + "': " + what);
}

// "FILE#N" (record N of an IDX file) is a path inside the file: its folders are the file's.
std::string filePathOf(const std::string &itemPath)
{
    const size_t hash = itemPath.rfind('#');
    const size_t slash = itemPath.rfind('/');
    if (hash != std::string::npos && (slash == std::string::npos || hash > slash) &&
        hash + 1 < itemPath.size() &&
        itemPath.find_first_not_of("0123456789", hash + 1) == std::string::npos) {
        return itemPath.substr(0, hash);
    }
    return itemPath;
}

class PatternVoter final : public LfVoter {
public:
    PatternVoter(const LfDefinition &d, int32_t position) : m_definition(d), m_position(position) {}

    Result<void> compile(const std::string &name)
    {
        if (m_definition.syntax == PatternSyntax::Regex) {
            try {
                auto flags = std::regex::ECMAScript | std::regex::optimize;
                if (m_definition.ignoreCase) {
                    flags |= std::regex::icase;
                }
                m_regex.emplace(m_definition.pattern, flags);
            } catch (const std::regex_error &e) {
                return lfError(name, "'" + m_definition.pattern +
                                         "' is not a valid regular expression (" + e.what() + ")");
            }
        }
        return {};
    }

    bool needsPixels() const override { return false; }

    int32_t vote(const LfItem &item) override
    {
        const std::string &path = item.meta->path;
        const std::string subject = m_definition.target == PatternTarget::Path
                                        ? path
                                        : std::filesystem::path(path).filename().string();
        bool matches = false;
        if (m_regex) {
            matches = std::regex_search(subject, *m_regex);
        } else {
            const int flags = m_definition.ignoreCase ? FNM_CASEFOLD : 0;
            matches = fnmatch(m_definition.pattern.c_str(), subject.c_str(), flags) == 0;
        }
        return matches ? m_position : kAbstain;
    }

private:
    LfDefinition m_definition;
    int32_t m_position;
    std::optional<std::regex> m_regex;
};

// The nearest folder of the item's path that the table names decides.
class FolderVoter final : public LfVoter {
public:
    explicit FolderVoter(std::vector<std::pair<std::string, int32_t>> folders)
        : m_folders(std::move(folders))
    {
    }
    bool needsPixels() const override { return false; }

    int32_t vote(const LfItem &item) override
    {
        std::filesystem::path folder =
            std::filesystem::path(filePathOf(item.meta->path)).parent_path();
        while (!folder.empty() && folder.has_filename()) {
            const std::string name = asciiLower(folder.filename().string());
            for (const auto &[mapped, position] : m_folders) {
                if (mapped == name) {
                    return position;
                }
            }
            folder = folder.parent_path();
        }
        return kAbstain;
    }

private:
    std::vector<std::pair<std::string, int32_t>> m_folders;  // lower-case folder names
};

std::optional<double> attributeValue(LfAttribute attribute, const LfItem &item)
{
    const ItemMeta &m = *item.meta;
    const ImageStatistics *s = item.statistics;
    switch (attribute) {
    case LfAttribute::Width: return m.width;
    case LfAttribute::Height: return m.height;
    case LfAttribute::Aspect:
        return m.height > 0 ? std::optional(double(m.width) / m.height) : std::nullopt;
    case LfAttribute::FileSize: return double(m.fileSize);
    case LfAttribute::Channels: return m.channels;
    case LfAttribute::Format: return std::nullopt;
    case LfAttribute::Brightness: return s ? std::optional(s->brightness) : std::nullopt;
    case LfAttribute::Contrast: return s ? std::optional(s->contrast) : std::nullopt;
    case LfAttribute::Saturation: return s ? std::optional(s->saturation) : std::nullopt;
    case LfAttribute::Hue: return s ? s->dominantHue : std::nullopt;
    case LfAttribute::Sharpness: return s ? std::optional(s->sharpness) : std::nullopt;
    case LfAttribute::NearWhite: return s ? std::optional(s->nearWhite) : std::nullopt;
    case LfAttribute::NearBlack: return s ? std::optional(s->nearBlack) : std::nullopt;
    }
    return std::nullopt;
}

bool holds(const LfCondition &c, const LfItem &item)
{
    if (c.attribute == LfAttribute::Format) {
        const std::string format = asciiLower(item.meta->format);
        return std::any_of(c.formats.begin(), c.formats.end(),
                           [&](const std::string &f) { return asciiLower(f) == format; });
    }
    const auto value = attributeValue(c.attribute, item);
    if (!value) {
        return false;
    }
    if (c.attribute == LfAttribute::Hue && c.min && c.max && *c.min > *c.max) {
        return *value >= *c.min || *value <= *c.max;  // the range wraps through 0 degrees
    }
    return (!c.min || *value >= *c.min) && (!c.max || *value <= *c.max);
}

class RuleVoter final : public LfVoter {
public:
    RuleVoter(std::vector<LfCondition> conditions, int32_t position)
        : m_conditions(std::move(conditions)), m_position(position)
    {
    }
    bool needsPixels() const override
    {
        return std::any_of(m_conditions.begin(), m_conditions.end(),
                           [](const LfCondition &c) { return triage::needsPixels(c.attribute); });
    }
    int32_t vote(const LfItem &item) override
    {
        const bool all = std::all_of(m_conditions.begin(), m_conditions.end(),
                                     [&](const LfCondition &c) { return holds(c, item); });
        return all ? m_position : kAbstain;
    }

private:
    std::vector<LfCondition> m_conditions;
    int32_t m_position;
};

cv::Mat grayOf(const cv::Mat &image)
{
    if (image.channels() == 1) {
        return image;
    }
    cv::Mat gray;
    cv::cvtColor(image, gray, cv::COLOR_BGR2GRAY);
    return gray;
}

class CascadeVoter final : public LfVoter {
public:
    CascadeVoter(const LfDefinition &d, int32_t position)
        : m_mode(d.cascadeMode), m_minHits(d.minHits), m_position(position)
    {
    }
    Result<void> load(const std::string &name, const std::string &cascade)
    {
        const std::string path = resolveCascadePath(cascade);
        bool loaded = false;
        try {
            // OpenCV logs its own complaint about a missing file: ask only for one that is there.
            loaded = std::filesystem::exists(path) && m_cascade.load(path) && !m_cascade.empty();
        } catch (const cv::Exception &) {
            loaded = false;
        }
        if (!loaded) {
            const std::string why = std::filesystem::exists(path)
                                        ? "is not an OpenCV cascade (Haar or LBP XML)"
                                        : "does not exist here or in opencv-data";
            return lfError(name,
                           "the cascade '" + cascade + "' does not load: " + path + ' ' + why);
        }
        return {};
    }
    bool needsPixels() const override { return true; }
    int32_t vote(const LfItem &item) override
    {
        if (!item.pixels || item.pixels->empty()) {
            return kAbstain;
        }
        cv::Mat gray;
        cv::equalizeHist(grayOf(*item.pixels), gray);
        std::vector<cv::Rect> hits;
        m_cascade.detectMultiScale(gray, hits, 1.1, 3);
        const bool fires = int(hits.size()) >= m_minHits;
        if (m_mode == CascadeMode::Fires) {
            return fires ? m_position : kAbstain;
        }
        return hits.empty() ? m_position : kAbstain;
    }

private:
    cv::CascadeClassifier m_cascade;
    CascadeMode m_mode;
    int m_minHits;
    int32_t m_position;
};

class TemplateVoter final : public LfVoter {
public:
    TemplateVoter(cv::Mat reference, double minScore, int32_t position)
        : m_reference(std::move(reference)), m_minScore(minScore), m_position(position)
    {
    }
    bool needsPixels() const override { return true; }
    int32_t vote(const LfItem &item) override
    {
        if (!item.pixels || item.pixels->empty()) {
            return kAbstain;
        }
        const cv::Mat gray = grayOf(*item.pixels);
        if (gray.cols < m_reference.cols || gray.rows < m_reference.rows) {
            return kAbstain;  // the reference cannot appear in a smaller image
        }
        cv::Mat scores;
        cv::matchTemplate(gray, m_reference, scores, cv::TM_CCOEFF_NORMED);
        double best = 0;
        cv::minMaxLoc(scores, nullptr, &best);
        return best >= m_minScore ? m_position : kAbstain;
    }

private:
    cv::Mat m_reference;
    double m_minScore;
    int32_t m_position;
};

}  // namespace

bool votesPerItem(LfKind kind)
{
    return kind == LfKind::Pattern || kind == LfKind::Folder || kind == LfKind::Rule ||
           kind == LfKind::Cascade || kind == LfKind::Template;
}

std::string resolveCascadePath(const std::string &cascade)
{
    if (cascade.find('/') != std::string::npos || std::filesystem::exists(cascade)) {
        return cascade;
    }
    for (const char *folder : kCascadeFolders) {
        const std::string candidate = std::string(folder) + '/' + cascade;
        if (std::filesystem::exists(candidate)) {
            return candidate;
        }
    }
    return cascade;
}

Result<int32_t> lfClassPosition(const std::string &lfName, const std::string &className,
                                const std::vector<ClassInfo> &classes)
{
    std::string names;
    for (const auto &c : classes) {
        if (c.name == className) {
            return int32_t(c.position);
        }
        names += (names.empty() ? "" : ", ") + c.name;
    }
    return lfError(lfName, "the project has no class '" + className + "' (classes: " + names + ")");
}

Result<std::unique_ptr<LfVoter>> makeLfVoter(const std::string &name,
                                             const LfDefinition &definition,
                                             const std::vector<ClassInfo> &classes,
                                             int64_t pixelLimit)
{
    if (!votesPerItem(definition.kind)) {
        return lfError(name, std::string(toText(definition.kind)) +
                                 " functions vote over the whole pool, not item by item");
    }
    if (definition.kind == LfKind::Folder) {
        std::vector<std::pair<std::string, int32_t>> folders;
        for (const auto &[folder, className] : definition.folderClasses) {
            auto position = lfClassPosition(name, className, classes);
            if (!position) {
                return position.error();
            }
            folders.emplace_back(asciiLower(folder), *position);
        }
        return std::unique_ptr<LfVoter>(std::make_unique<FolderVoter>(std::move(folders)));
    }
    auto position = lfClassPosition(name, definition.className, classes);
    if (!position) {
        return position.error();
    }
    switch (definition.kind) {
    case LfKind::Pattern: {
        auto voter = std::make_unique<PatternVoter>(definition, *position);
        TRIAGE_TRY(voter->compile(name));
        return std::unique_ptr<LfVoter>(std::move(voter));
    }
    case LfKind::Rule:
        return std::unique_ptr<LfVoter>(
            std::make_unique<RuleVoter>(definition.conditions, *position));
    case LfKind::Cascade: {
        auto voter = std::make_unique<CascadeVoter>(definition, *position);
        TRIAGE_TRY(voter->load(name, definition.cascadePath));
        return std::unique_ptr<LfVoter>(std::move(voter));
    }
    case LfKind::Template: {
        auto bytes = readRegularFile(definition.templatePath, kMaxImageFileBytes);
        if (!bytes) {
            return lfError(name, "the template image does not decode: " + bytes.error().message);
        }
        auto image = decodeImageBytes(*bytes, definition.templatePath, pixelLimit);
        if (!image) {
            return lfError(name, "the template image does not decode: " + image.error().message);
        }
        return std::unique_ptr<LfVoter>(std::make_unique<TemplateVoter>(
            grayOf(image->pixels).clone(), definition.minScore, *position));
    }
    default: break;
    }
    return lfError(name, "cannot vote item by item");
}

}  // namespace triage
