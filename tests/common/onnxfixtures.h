#pragma once
// ONNX model files for tests, written here byte by byte (ONNX is a protobuf message): no
// Python, no exporter. The model: y = flatten(x) @ W, x of shape [N, channels, side, side],
// W [channels*side*side, outputs] drawn from a fixed seed, then an optional tail.
#include <string>

namespace triage::test {

enum class OnnxTail {
    None,        // outputs y
    Softmax,     // outputs softmax(y): probabilities
    NotFinite,   // outputs y * 0 / 0: NaN
    TwoOutputs,  // outputs relu(y) and sigmoid(y): not one tensor of scores
};

// Writes the model to `path` and returns the path.
std::string saveOnnxLinearModel(const std::string &path, int outputs, int side, int channels = 3,
                                OnnxTail tail = OnnxTail::None, unsigned seed = 1);

}  // namespace triage::test
