#include "contenthash.h"

#include <cstdio>

namespace triage {

std::string contentHash(std::span<const uint8_t> bytes)
{
    uint64_t hash = 0xcbf29ce484222325ULL;
    for (uint8_t byte : bytes) {
        hash = (hash ^ byte) * 0x100000001b3ULL;
    }
    char text[48];
    std::snprintf(text, sizeof text, "%016llx-%zu", static_cast<unsigned long long>(hash),
                  bytes.size());
    return text;
}

}  // namespace triage
