// The scoring pipeline and its input cache, with a model that needs no runtime: the
// backend returns each image's mean input value, so every output can be checked against
// the image it came from. Covered: every item scored once and only once, whatever order the
// stages finish in; undecodable items reported, not fatal; a model error stops every stage
// with that error; cancel stops it; the cache serves a second run without decoding and
// starts over when its header (geometry, owning project) does not match.
#include "boundedqueue.h"
#include "fixtures.h"
#include "imagesource.h"
#include "inputcache.h"
#include "modelinput.h"
#include "scoringpipeline.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <map>
#include <numeric>
#include <thread>

using namespace triage;

namespace {

// Outputs [mean of the image's inputs, 1]; fails on the call given, if any.
class MeanBackend final : public InferenceBackend {
public:
    int failOnCall = -1;
    int calls = 0;

    Result<RawOutput> forward(const float *inputs, int64_t count, const InputSpec &spec) override
    {
        if (calls++ == failOnCall) {
            return makeError(ErrorCode::Model, "the mean model broke");
        }
        RawOutput out{{count, 2}, {}};
        const int64_t n = spec.valuesPerImage();
        for (int64_t i = 0; i < count; ++i) {
            out.values.push_back(
                std::accumulate(inputs + i * n, inputs + (i + 1) * n, 0.0f) / float(n));
            out.values.push_back(1.0f);
        }
        return out;
    }
    std::string device() const override { return "test"; }
};

InputSpec smallSpec()
{
    InputSpec spec;
    spec.width = spec.height = 8;
    spec.channels = ChannelOrder::Gray;
    spec.scale = 1.0f;
    spec.mean = {0, 0, 0};
    spec.std = {1, 1, 1};
    return spec;
}

UserModel meanModel(MeanBackend **backend = nullptr, int failOnCall = -1)
{
    auto owned = std::make_unique<MeanBackend>();
    owned->failOnCall = failOnCall < 0 ? -1 : failOnCall + 1;  // call 0 is validation's
    if (backend) {
        *backend = owned.get();
    }
    return UserModel::validate(std::move(owned), "mean", ModelKind::Embedder, smallSpec(), 0)
        .value();
}

// The mean an image's pixels give at smallSpec(): what the model must output for it.
float expectedMean(const std::string &path)
{
    auto image = ImageSource().load(path).value();
    std::vector<uint8_t> pixels(64);
    writeModelPixels(image.pixels, smallSpec(), pixels.data());
    return std::accumulate(pixels.begin(), pixels.end(), 0.0f) / 64.0f;
}

struct Recorder {
    ImageSource source;
    std::vector<PipelineItem> items;
    size_t fed = 0;
    std::map<int64_t, float> outputs;
    std::map<int64_t, std::string> failures;
    int writes = 0;

    PipelineIo io(size_t chunk = 5)
    {
        PipelineIo io;
        io.decode = [this](const PipelineItem &item, uint8_t *pixels) -> std::string {
            auto image = source.load(item.path);
            if (!image) {
                return image.error().message;
            }
            writeModelPixels(image->pixels, smallSpec(), pixels);
            return {};
        };
        io.next = [this, chunk]() -> Result<std::vector<PipelineItem>> {
            const size_t end = std::min(items.size(), fed + chunk);
            std::vector<PipelineItem> next(items.begin() + long(fed), items.begin() + long(end));
            fed = end;
            return next;
        };
        io.write = [this](std::span<const int64_t> ids, std::span<const float> values) -> Result<void> {
            ++writes;
            for (size_t i = 0; i < ids.size(); ++i) {
                if (!outputs.emplace(ids[i], values[i * 2]).second) {
                    return makeError(ErrorCode::Internal, "scored twice");
                }
            }
            return {};
        };
        io.fail = [this](const PipelineItem &item, const std::string &reason) -> Result<void> {
            failures[item.id] = reason;
            return {};
        };
        return io;
    }
};

}  // namespace

class TestScoringPipeline : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::vector<PipelineItem> m_items;

private Q_SLOTS:
    void initTestCase()
    {
        for (int i = 0; i < 40; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("%1.png").arg(i));
            test::writeImage(path, test::syntheticImage(i % 3, i));
            m_items.push_back(PipelineItem{i + 1, path.toStdString()});
        }
        const QString broken = m_dir.filePath(QStringLiteral("broken.png"));
        test::writeBytes(broken, "\x89PNG\r\n\x1a\nnot really");
        m_items.push_back(PipelineItem{41, broken.toStdString()});
    }

    void everyItemIsScoredOnceWithItsOwnOutput()
    {
        auto model = meanModel();
        Recorder recorder;
        recorder.items = m_items;
        PipelineOptions options;
        options.batchSize = 3;  // batches cut across feed chunks and decode order
        options.decodeThreads = 3;
        auto stats = runScoringPipeline(model, nullptr, options, recorder.io(), {}, 41,
                                        CancelToken());
        QVERIFY2(stats.ok(), stats.ok() ? "" : stats.error().message.c_str());
        QCOMPARE(stats->scored, int64_t(40));
        QCOMPARE(stats->failed, int64_t(1));
        QCOMPARE(recorder.outputs.size(), size_t(40));
        for (const auto &item : m_items) {
            if (item.id == 41) {
                QVERIFY(recorder.failures.count(41));
                continue;
            }
            QVERIFY(std::abs(recorder.outputs.at(item.id) - expectedMean(item.path)) < 1e-3f);
        }
    }

    void aModelErrorStopsEveryStage()
    {
        auto model = meanModel(nullptr, 2);  // the third batch fails
        Recorder recorder;
        recorder.items = m_items;
        PipelineOptions options;
        options.batchSize = 4;
        auto stats = runScoringPipeline(model, nullptr, options, recorder.io(), {}, 41,
                                        CancelToken());
        QVERIFY(!stats.ok());
        QCOMPARE(stats.error().message, std::string("the mean model broke"));
        QCOMPARE(recorder.writes, 2);  // what came before the error is written
    }

    void cancelStopsIt()
    {
        auto model = meanModel();
        Recorder recorder;
        recorder.items = m_items;
        CancelToken cancel;
        PipelineOptions options;
        options.batchSize = 2;
        auto stats = runScoringPipeline(
            model, nullptr, options, recorder.io(),
            [&](const Progress &p) {
                if (p.done >= 4) {
                    cancel.cancel();
                }
            },
            41, cancel);
        QCOMPARE(stats.error().code, ErrorCode::Cancelled);
        QVERIFY(recorder.outputs.size() >= 4 && recorder.outputs.size() < 40);
    }

    void theCacheServesTheSecondRun()
    {
        const std::string folder = m_dir.filePath(QStringLiteral("cache")).toStdString();
        std::map<int64_t, float> first;
        for (int run = 0; run < 2; ++run) {
            auto cache = InputCache::open(folder, smallSpec(), 41);
            QVERIFY2(cache.ok(), cache.ok() ? "" : cache.error().message.c_str());
            auto model = meanModel();
            Recorder recorder;
            recorder.items = m_items;
            auto stats = runScoringPipeline(model, &*cache, PipelineOptions{}, recorder.io(), {},
                                            41, CancelToken());
            QVERIFY(stats.ok());
            QCOMPARE(stats->fromCache, run == 0 ? int64_t(0) : int64_t(40));
            if (run == 0) {
                first = recorder.outputs;
            } else {
                QCOMPARE(recorder.outputs, first);  // the same inputs, to the bit
                QCOMPARE(recorder.failures.size(), size_t(1));  // no record: decoded again
            }
        }
        // Another project's cache (made again under the same name) is not read: it starts over.
        {
            std::vector<uint8_t> pixels(64);
            QVERIFY(InputCache::open(folder, smallSpec(), 41)->read(1, pixels.data()));
            QVERIFY(!InputCache::open(folder, smallSpec(), 41, "another project")->read(1, pixels.data()));
            QVERIFY(!InputCache::open(folder, smallSpec(), 41)->read(1, pixels.data()));
        }
        // Another geometry has a file of its own; a damaged header starts the file over.
        InputSpec wider = smallSpec();
        wider.width = 16;
        auto other = InputCache::open(folder, wider, 41);
        QVERIFY(other.ok());
        QVERIFY(other->path() != InputCache::open(folder, smallSpec(), 41)->path());
        std::vector<uint8_t> scratch(256);
        QVERIFY(!other->read(1, scratch.data()));
        const std::string path = InputCache::open(folder, smallSpec(), 41)->path();
        {
            std::FILE *f = std::fopen(path.c_str(), "r+b");
            std::fputs("XXXX", f);
            std::fclose(f);
        }
        auto restarted = InputCache::open(folder, smallSpec(), 41);
        QVERIFY(restarted.ok());
        QVERIFY(!restarted->read(1, scratch.data()));
        QVERIFY(!restarted->read(-1, scratch.data()) && !restarted->read(42, scratch.data()));
    }

    void aBoundedQueueHoldsNoMoreThanItsCapacity()
    {
        BoundedQueue<int> queue(2);
        int a = 1, b = 2, c = 3;
        QVERIFY(queue.tryPush(a) && queue.tryPush(b));
        QVERIFY(!queue.tryPush(c));
        std::optional<int> popped;
        std::thread consumer([&] { popped = queue.pop(); });
        QVERIFY(queue.push(3));  // waits for the consumer's pop
        consumer.join();
        QCOMPARE(popped, std::optional<int>(1));
        queue.close();
        QVERIFY(!queue.push(4));
        QCOMPARE(queue.pop(), std::optional<int>(2));
        QCOMPARE(queue.pop(), std::optional<int>(3));
        QVERIFY(!queue.pop().has_value());
        QVERIFY(queue.finished());
    }
};

QTEST_GUILESS_MAIN(TestScoringPipeline)
#include "tst_scoringpipeline.moc"
