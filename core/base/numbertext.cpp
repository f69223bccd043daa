#include "numbertext.h"

#include <charconv>
#include <cmath>

namespace triage {

std::string formatNumber(double value)
{
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? std::string(buffer, end) : std::string("nan");
}

std::string formatFloat(float value)
{
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? std::string(buffer, end) : std::string("nan");
}

std::string formatFixed(double value, int decimals)
{
    char buffer[64];
    const auto [end, ec] =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    return ec == std::errc() ? std::string(buffer, end) : formatNumber(value);
}

namespace {

// The whole text, and nothing else, as a T; a leading '+' is allowed (people write it,
// from_chars refuses it).
template <typename T>
std::optional<T> parseWhole(std::string_view text)
{
    if (!text.empty() && text.front() == '+') {
        text.remove_prefix(1);
    }
    T value{};
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end) {
        return std::nullopt;
    }
    return value;
}

}  // namespace

std::optional<double> parseNumber(std::string_view text)
{
    return parseWhole<double>(text);
}

std::optional<int64_t> parseInteger(std::string_view text)
{
    return parseWhole<int64_t>(text);
}

}  // namespace triage
