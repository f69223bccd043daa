// triage-bench-stages: each stage of the scoring pipeline measured alone, on a project and
// one of its models, so bench/autolabel_throughput.sh can set the pipeline against its
// slowest stage. Decode + preprocess runs every usable item on one thread per core; infer
// runs the model on already-normalised inputs; write stores outputs into a scratch copy of
// the project. Each prints one line: stage, images, seconds, images/s.
//
//   triage-bench-stages PROJECT MODEL [INFER_IMAGES=1024]
#include "imagesource.h"
#include "modelinput.h"
#include "modelloader.h"
#include "numbertext.h"
#include "posixfile.h"
#include "projectstore.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <random>
#include <thread>

using namespace triage;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

void printStage(const std::string &stage, int64_t images, double seconds)
{
    std::cout << "stage alone: " << stage << ": " << images << " images in "
              << formatFixed(seconds, 1) << " s = " << formatFixed(double(images) / seconds, 1)
              << " images/s" << std::endl;
}

[[noreturn]] void fail(const std::string &message)
{
    std::cerr << "triage-bench-stages: " << message << '\n';
    std::exit(1);
}

template <typename T>
T valueOrFail(Result<T> result)
{
    if (!result) {
        fail(result.error().message);
    }
    return std::move(*result);
}

void checkOk(const Result<void> &result)
{
    if (!result) {
        fail(result.error().message);
    }
}

void decodeAlone(const std::vector<ItemRow> &items, const InputSpec &spec, int64_t pixelLimit)
{
    const auto source = imageSourceFor(pixelLimit);
    std::atomic<size_t> next{0};
    const auto start = Clock::now();
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < std::max(1u, std::thread::hardware_concurrency()); ++t) {
        pool.emplace_back([&] {
            std::vector<uint8_t> pixels(size_t(spec.valuesPerImage()));
            std::vector<float> input(size_t(spec.valuesPerImage()));
            for (size_t i = next++; i < items.size(); i = next++) {
                if (auto image = source->load(items[i].path); image && !image->pixels.empty()) {
                    writeModelPixels(image->pixels, spec, pixels.data());
                    normaliseModelInput(pixels.data(), spec, input.data());
                }
            }
        });
    }
    for (auto &thread : pool) {
        thread.join();
    }
    printStage("decode + preprocess (" + std::to_string(pool.size()) + " threads)",
               int64_t(items.size()), secondsSince(start));
}

void inferAlone(UserModel &model, int64_t images, int batch)
{
    const int64_t values = model.inputSpec().valuesPerImage();
    std::vector<float> inputs(size_t(batch * values));
    std::mt19937 random(1);
    std::normal_distribution<float> normal;
    for (float &v : inputs) {
        v = normal(random);
    }
    std::vector<float> outputs(size_t(batch * model.outputWidth()));
    checkOk(model.run({inputs.data(), batch}, outputs, CancelToken()));  // warm-up, not timed
    const auto start = Clock::now();
    for (int64_t done = 0; done < images; done += batch) {
        checkOk(model.run({inputs.data(), batch}, outputs, CancelToken()));
    }
    printStage("infer (" + model.device() + ", batch " + std::to_string(batch) + ")",
               (images + batch - 1) / batch * batch, secondsSince(start));
}

void writeAlone(const std::string &projectPath, const std::string &modelName,
                const std::vector<ItemRow> &items, int width, int batch)
{
    const auto scratch = std::filesystem::temp_directory_path() /
                         ("triage-bench-write-" + std::to_string(getpid()) + ".triage");
    std::filesystem::copy_file(projectPath, scratch,
                               std::filesystem::copy_options::overwrite_existing);
    {
        auto store = valueOrFail(ProjectStore::open(scratch.string()));
        const auto model = valueOrFail(store.projectModels().byName(modelName)).value();
        std::vector<float> rows(size_t(batch * width), 1.0f / float(width));
        const auto start = Clock::now();
        for (size_t begin = 0; begin < items.size(); begin += size_t(batch)) {
            std::vector<int64_t> ids;
            for (size_t i = begin; i < std::min(items.size(), begin + size_t(batch)); ++i) {
                ids.push_back(items[i].id);
            }
            checkOk(store.projectModels().storeOutputs(
                model.id, ids, std::span<const float>(rows).first(ids.size() * size_t(width))));
        }
        printStage("write (SQLite, " + std::to_string(batch) + " rows a transaction)",
                   int64_t(items.size()), secondsSince(start));
    }
    for (const char *suffix : {"", "-wal", "-shm"}) {
        std::filesystem::remove(scratch.string() + suffix);
    }
}

}  // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        fail("usage: triage-bench-stages PROJECT MODEL [INFER_IMAGES=1024]");
    }
    const std::string projectPath = argv[1], modelName = argv[2];
    const int64_t inferImages = argc > 3 ? parseInteger(argv[3]).value_or(1024) : 1024;
    constexpr int kBatch = 64;
    std::vector<ItemRow> items;
    ProjectModel model;
    int64_t pixelLimit = 0;
    int classes = 0;
    {
        auto store = valueOrFail(ProjectStore::open(projectPath));
        items = valueOrFail(store.items().list(ItemFilter{}));
        std::erase_if(items, [](const ItemRow &r) { return r.state == ItemState::Failed; });
        auto found = valueOrFail(store.projectModels().byName(modelName));
        if (!found) {
            fail("the project has no model called " + modelName);
        }
        model = *found;
        pixelLimit = valueOrFail(store.settings().pixelLimit());
        classes = int(store.classes().size());
    }
    decodeAlone(items, model.spec, pixelLimit);
    const auto bytes = valueOrFail(readRegularFile(model.path, UserModel::kMaxFileBytes));
    auto runner = valueOrFail(loadUserModel(model.format, bytes, model.path, model.kind,
                                            model.spec, int(model.classMap.size())));
    inferAlone(runner, inferImages, kBatch);
    writeAlone(projectPath, modelName, items,
               model.kind == ModelKind::Classifier ? classes : runner.outputWidth(), kBatch);
    return 0;
}
