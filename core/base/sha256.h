#pragma once
// SHA-256 (FIPS 180-4), for content digests that name exactly what a dataset version
// holds: two versions or exports with the same digest have the same rows.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace triage {

class Sha256 {
public:
    Sha256();
    void add(std::string_view bytes);
    // The digest as 64 lowercase hex digits; the object is spent afterwards.
    std::string hex();

private:
    void compress(const uint8_t *block);

    std::array<uint32_t, 8> m_state;
    std::array<uint8_t, 64> m_block{};
    size_t m_blockSize = 0;
    uint64_t m_length = 0;  // bytes added
};

}  // namespace triage
