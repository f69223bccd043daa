#pragma once
// Content hash for exact-duplicate detection: 64-bit FNV-1a plus the byte length,
// as text ("<16 hex digits>-<length>"). Not cryptographic; collisions between distinct
// images of the same length are vanishingly rare at a million items (~1e-8).
#include <cstdint>
#include <span>
#include <string>

namespace triage {

std::string contentHash(std::span<const uint8_t> bytes);

}  // namespace triage
