#pragma once
// Numbers as text, independent of the process locale: a German desktop sets LC_NUMERIC
// to "," decimals, and printf/strtod follow it, so settings, JSON and CSV written with
// them read back wrong. Everything the engine writes or parses goes through here.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace triage {

// Shortest text that reads back to exactly `value` ("0.95", "1e-07"); "nan"/"inf" as is.
std::string formatNumber(double value);
// The same for a float: its own shortest text ("0.229"), not its double's (0.2290000021...).
std::string formatFloat(float value);
// Fixed decimals, for people ("95.0").
std::string formatFixed(double value, int decimals);

// The whole text must be a number (no spaces, no trailing characters); nullopt otherwise.
std::optional<double> parseNumber(std::string_view text);
std::optional<int64_t> parseInteger(std::string_view text);

}  // namespace triage
