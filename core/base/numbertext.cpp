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

std::string formatFixed(double value, int decimals)
{
    char buffer[64];
    const auto [end, ec] =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    return ec == std::errc() ? std::string(buffer, end) : formatNumber(value);
}

std::optional<double> parseNumber(std::string_view text)
{
    double value = 0;
    const char *begin = text.data();
    const char *end = text.data() + text.size();
    if (!text.empty() && text.front() == '+') {
        ++begin;  // from_chars refuses a leading '+', people write it
    }
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end || begin == end) {
        return std::nullopt;
    }
    return value;
}

std::optional<int64_t> parseInteger(std::string_view text)
{
    int64_t value = 0;
    const char *begin = text.data();
    const char *end = text.data() + text.size();
    if (!text.empty() && text.front() == '+') {
        ++begin;
    }
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end || begin == end) {
        return std::nullopt;
    }
    return value;
}

}  // namespace triage
