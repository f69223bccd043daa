#pragma once
// Small text functions for names that come from files and people: UTF-8 validity (Linux
// file names are bytes, class names must be text), ASCII case folding and trimming, and
// XML escaping.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace triage {

// Length of the valid UTF-8 sequence starting at text[i], or 0 if none starts there.
size_t utf8SequenceLength(std::string_view text, size_t i);
// Code points in `text`; nullopt when it is not valid UTF-8.
std::optional<size_t> utf8Length(std::string_view text);

std::string asciiLower(std::string text);
// Without leading and trailing spaces and tabs.
std::string trimmed(std::string_view text);
// Safe as XML text or an attribute value: & < > " ' as entities.
std::string xmlEscaped(std::string_view text);

}  // namespace triage
