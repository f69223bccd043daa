#pragma once
// IEEE 754 half precision (binary16) for storing embeddings compactly: half the bytes of
// float, about three significant digits, which neighbour searches do not miss.
#include <cstdint>
#include <span>
#include <vector>

namespace triage {

uint16_t toHalf(float value);  // round to nearest even; overflow gives infinity
float fromHalf(uint16_t half);

std::vector<uint16_t> toHalves(std::span<const float> values);
std::vector<float> fromHalves(std::span<const uint16_t> halves);

}  // namespace triage
