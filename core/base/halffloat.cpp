#include "halffloat.h"

#include <bit>

namespace triage {

uint16_t toHalf(float value)
{
    const uint32_t bits = std::bit_cast<uint32_t>(value);
    const auto sign = uint16_t((bits >> 16) & 0x8000u);
    const uint32_t exponent = (bits >> 23) & 0xFFu;
    uint32_t mantissa = bits & 0x7FFFFFu;
    if (exponent == 0xFF) {  // infinity stays, NaN stays NaN (quiet)
        return uint16_t(sign | 0x7C00u | (mantissa ? 0x200u : 0u));
    }
    const int halfExponent = int(exponent) - 127 + 15;
    if (halfExponent >= 0x1F) {
        return uint16_t(sign | 0x7C00u);  // too large: infinity
    }
    if (halfExponent <= 0) {  // subnormal half, or zero
        if (halfExponent < -10) {
            return sign;
        }
        mantissa |= 0x800000u;  // the implicit leading one
        const int shift = 14 - halfExponent;
        const uint32_t half = mantissa >> shift;
        const uint32_t rest = mantissa & ((1u << shift) - 1);
        const uint32_t halfway = 1u << (shift - 1);
        const bool roundUp = rest > halfway || (rest == halfway && (half & 1u));
        return uint16_t(sign | (half + (roundUp ? 1u : 0u)));
    }
    uint32_t half = (uint32_t(halfExponent) << 10) | (mantissa >> 13);
    const uint32_t rest = mantissa & 0x1FFFu;
    if (rest > 0x1000u || (rest == 0x1000u && (half & 1u))) {
        ++half;  // may carry into the exponent, up to infinity: both are right
    }
    return uint16_t(sign | half);
}

float fromHalf(uint16_t half)
{
    const uint32_t sign = uint32_t(half & 0x8000u) << 16;
    const uint32_t exponent = (half >> 10) & 0x1Fu;
    uint32_t mantissa = half & 0x3FFu;
    if (exponent == 0x1F) {
        return std::bit_cast<float>(sign | 0x7F800000u | (mantissa << 13));
    }
    if (exponent == 0) {
        if (mantissa == 0) {
            return std::bit_cast<float>(sign);
        }
        int shift = 0;  // normalise the subnormal
        while (!(mantissa & 0x400u)) {
            mantissa <<= 1;
            ++shift;
        }
        mantissa &= 0x3FFu;
        return std::bit_cast<float>(sign | (uint32_t(127 - 15 + 1 - shift) << 23) | (mantissa << 13));
    }
    return std::bit_cast<float>(sign | ((exponent + 127 - 15) << 23) | (mantissa << 13));
}

std::vector<uint16_t> toHalves(std::span<const float> values)
{
    std::vector<uint16_t> halves(values.size());
    for (size_t i = 0; i < values.size(); ++i) {
        halves[i] = toHalf(values[i]);
    }
    return halves;
}

std::vector<float> fromHalves(std::span<const uint16_t> halves)
{
    std::vector<float> values(halves.size());
    for (size_t i = 0; i < halves.size(); ++i) {
        values[i] = fromHalf(halves[i]);
    }
    return values;
}

}  // namespace triage
