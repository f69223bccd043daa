#pragma once
// The input shape an ONNX file declares, read from its protobuf without a runtime: OpenCV
// DNN fails on a wrong input with an internal assertion, so the backend compares the
// declaration with the input spec first and says in words what differs.
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace triage {

// The graph's first real input (one that is not an initializer), its dimensions in order; a
// symbolic or unset dimension ("N", "batch") is -1. nullopt when the file is not readable as
// an ONNX model or declares no input shape.
std::optional<std::vector<int64_t>> onnxDeclaredInputShape(std::span<const uint8_t> bytes);

}  // namespace triage
