// triage-score-bench: re-scoring from the input cache, measured where only the standard
// library and LibTorch exist (the GPU server). N random images of SIZE x SIZE RGB are put in
// an input cache, then the scoring pipeline runs the TorchScript model over them, every
// input from the cache, outputs discarded. Prints images/s, for bench/gpu.sh to set against
// the model's raw forward throughput in PyTorch.
//
//   triage-score-bench MODEL.pt N SIZE [BATCH=256] [half] [channels-last]
#include "inputcache.h"
#include "numbertext.h"
#include "posixfile.h"
#include "scoringpipeline.h"
#include "torchscriptbackend.h"

#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <random>

using namespace triage;

namespace {

[[noreturn]] void fail(const std::string &message)
{
    std::cerr << "triage-score-bench: " << message << '\n';
    std::exit(1);
}

}  // namespace

int main(int argc, char **argv)
{
    if (argc < 4) {
        fail("usage: triage-score-bench MODEL.pt N SIZE [BATCH=256] [half] [channels-last]");
    }
    const std::string modelPath = argv[1];
    const int64_t count = parseInteger(argv[2]).value_or(0);
    const int size = int(parseInteger(argv[3]).value_or(0));
    const int batch = argc > 4 ? int(parseInteger(argv[4]).value_or(256)) : 256;
    RunOptions options;
    for (int i = 5; i < argc; ++i) {
        options.halfPrecision |= std::string(argv[i]) == "half";
        options.channelsLast |= std::string(argv[i]) == "channels-last";
    }
    if (count < 1 || size < 1) {
        fail("N and SIZE must be positive");
    }
    InputSpec spec;
    spec.width = spec.height = size;
    auto bytes = readRegularFile(modelPath, UserModel::kMaxFileBytes);
    if (!bytes) {
        fail(bytes.error().message);
    }
    auto backend = loadTorchScript(*bytes, modelPath, options);
    if (!backend) {
        fail(backend.error().message);
    }
    auto model = UserModel::validate(std::move(*backend), modelPath, ModelKind::Embedder, spec, 0);
    if (!model) {
        fail(model.error().message);
    }

    const auto folder = std::filesystem::temp_directory_path() /
                        ("triage-score-bench-" + std::to_string(getpid()));
    auto cache = InputCache::open(folder.string(), spec, count);
    if (!cache) {
        fail(cache.error().message);
    }
    std::mt19937 random(1);
    std::vector<uint8_t> pixels(cache->bytesPerItem());
    for (int64_t id = 1; id <= count; ++id) {
        for (auto &p : pixels) {
            p = uint8_t(random());
        }
        cache->store(id, pixels.data());
    }

    int64_t fed = 0;
    PipelineIo io;
    io.decode = [](const PipelineItem &item, uint8_t *) {
        return "item " + std::to_string(item.id) + " is not in the cache";
    };
    io.next = [&]() -> Result<std::vector<PipelineItem>> {
        std::vector<PipelineItem> items;
        for (; fed < count && items.size() < 1024; ++fed) {
            items.push_back(PipelineItem{fed + 1, {}});
        }
        return items;
    };
    io.write = [](std::span<const int64_t>, std::span<const float>) -> Result<void> { return {}; };
    io.fail = [](const PipelineItem &, const std::string &reason) -> Result<void> {
        return makeError(ErrorCode::Internal, reason);
    };
    PipelineOptions pipeline;
    pipeline.batchSize = batch;
    auto stats = runScoringPipeline(*model, &*cache, pipeline, io, {}, count, CancelToken());
    std::filesystem::remove_all(folder);
    if (!stats) {
        fail(stats.error().message);
    }
    std::cout << "triage re-scoring from the cache (" << model->device() << ", batch " << batch
              << (options.halfPrecision ? ", fp16" : ", fp32")
              << (options.channelsLast ? ", channels-last" : "") << "): " << stats->scored
              << " images in " << formatFixed(stats->seconds, 2) << " s = "
              << formatFixed(double(stats->scored) / stats->seconds, 1) << " images/s ("
              << stats->fromCache << " from the cache)" << std::endl;
    return 0;
}
