#include "modelfixtures.h"

#include <torch/script.h>

namespace triage::test {

std::string saveLinearModel(const QString &path, int outputs, const std::string &body, int side,
                            int seed)
{
    torch::jit::Module module("Fixture");
    torch::manual_seed(uint64_t(seed));
    module.register_parameter("w", torch::randn({3 * side * side, outputs}) * 0.1, false);
    module.define("def forward(self, x):\n    y = x.flatten(1).matmul(self.w)\n    " + body +
                  "\n"
                  "def features(self, x):\n    return x.flatten(1).narrow(1, 0, 6)\n");
    module.save(path.toStdString());
    return path.toStdString();
}

}  // namespace triage::test
