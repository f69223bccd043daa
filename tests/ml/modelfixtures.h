#pragma once
// TorchScript model files made by the tests with LibTorch's own compiler: no Python, nothing
// downloaded. Torch-free header.
#include <QString>

#include <string>

namespace triage::test {

// A linear model over a flattened 3 x side x side input with `outputs` outputs, saved to
// `path`; `body` is the rest of forward() given y = the linear scores. Returns the path.
// The model also has a method `features(x)`: the first 6 values of its flattened input,
// for tests of an embedder's intermediate output.
std::string saveLinearModel(const QString &path, int outputs, const std::string &body = "return y",
                            int side = 8, int seed = 1);

}  // namespace triage::test
