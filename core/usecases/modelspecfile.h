#pragma once
// A model entry written as JSON, for scripts (triage-cli model add --spec FILE). It has the
// shape `model list --json` prints for each model, so an entry copies from one project to
// another:
//   {"name": "shirts", "kind": "classifier", "format": "onnx",
//    "input": {"width": 224, "height": 224, "channels": "rgb", "resize": "stretch",
//              "scale": 0.003921569, "mean": [0.485, 0.456, 0.406],
//              "std": [0.229, 0.224, 0.225], "outputs_logits": true},
//    "mapping": ["shirt", "-", "coat"]}
// An embedder may add "output": the intermediate output to use (a TorchScript method, an
// ONNX layer).
// Every key is optional: what is absent keeps the request's value. The keys model list adds
// about the file and its scoring (path, content_hash, outputs, scored_items, added_at) are
// ignored; any other key is an error that names it.
#include "projectmodels.h"

#include <string_view>

namespace triage {

Result<AddModelRequest> modelRequestFromJson(std::string_view text, AddModelRequest request);

}  // namespace triage
