// A user's TorchScript model: classifiers and embedders load and run; every validation
// failure of issue 7 (not a model, truncated, wrong output width, wrong input channels,
// non-finite outputs, a tuple) is one sentence naming what was expected and found. The
// model files are made by the test, with LibTorch's own TorchScript compiler.
#include "fixtures.h"
#include "modelfixtures.h"
#include "learner.h"
#include "posixfile.h"
#include "torchscriptbackend.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace triage;

namespace {

constexpr int kSide = 8;

InputSpec smallSpec(ChannelOrder channels = ChannelOrder::Rgb)
{
    InputSpec spec;
    spec.width = spec.height = kSide;
    spec.channels = channels;
    return spec;
}

std::string saveModel(const QString &path, int outputs, const std::string &body = "return y")
{
    return test::saveLinearModel(path, outputs, body, kSide);
}

// A TorchScript file as the project loads it: its bytes, the LibTorch backend, validation.
Result<UserModel> loadScript(const std::string &file, ModelKind kind, const InputSpec &spec,
                             int expected, const RunOptions &options = {},
                             const std::string &method = {})
{
    auto bytes = readRegularFile(file, UserModel::kMaxFileBytes);
    if (!bytes) {
        return bytes.error();
    }
    auto backend = loadTorchScript(*bytes, file, options, method);
    if (!backend) {
        return backend.error();
    }
    return UserModel::validate(std::move(*backend), file, kind, spec, expected);
}

std::vector<float> inputs(int count, const InputSpec &spec)
{
    std::vector<float> values(size_t(count * spec.valuesPerImage()));
    for (size_t i = 0; i < values.size(); ++i) {
        values[i] = float(std::sin(double(i)));
    }
    return values;
}

}  // namespace

class TestTorchScriptModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static std::string loadError(const std::string &file, ModelKind kind, const InputSpec &spec,
                                 int expected)
    {
        auto model = loadScript(file, kind, spec, expected);
        return model ? std::string("(loaded)") : model.error().message;
    }

private Q_SLOTS:
    void aClassifierGivesProbabilities()
    {
        const auto file = saveModel(path("classifier.pt"), 4);
        auto model = loadScript(file, ModelKind::Classifier, smallSpec(), 4);
        QVERIFY2(model.ok(), model.ok() ? "" : model.error().message.c_str());
        QCOMPARE(model->outputWidth(), 4);
        const auto values = inputs(70, smallSpec());  // more than one internal batch
        std::vector<float> out(70 * 4);
        QVERIFY(model->run({values.data(), 70}, out, CancelToken()).ok());
        for (int i = 0; i < 70; ++i) {
            const float sum = std::accumulate(out.begin() + i * 4, out.begin() + i * 4 + 4, 0.0f);
            QVERIFY(std::abs(sum - 1.0f) < 1e-4f);
        }
        CancelToken cancelled;
        cancelled.cancel();
        QCOMPARE(model->run({values.data(), 70}, out, cancelled).error().code,
                 ErrorCode::Cancelled);
    }

    void theDeviceIsChosenOrRefused()
    {
        const auto file = saveModel(path("device.pt"), 4);
        auto cpu = loadScript(file, ModelKind::Classifier, smallSpec(), 4, {DeviceChoice::Cpu});
        QVERIFY(cpu.ok());
        QCOMPARE(cpu->device(), std::string("cpu"));
        auto cuda = loadScript(file, ModelKind::Classifier, smallSpec(), 4, {DeviceChoice::Cuda});
        if (computeDeviceDescription().rfind("CUDA", 0) == 0) {
            QVERIFY(cuda.ok());
        } else {
            QCOMPARE(cuda.error().code, ErrorCode::InvalidArgument);
            QVERIFY(cuda.error().message.find("CUDA was asked for") != std::string::npos);
        }
    }

    void anEmbedderGivesVectors()
    {
        const auto file = saveModel(path("embedder.pt"), 16);
        auto model = loadScript(file, ModelKind::Embedder, smallSpec(), 0);
        QVERIFY2(model.ok(), model.ok() ? "" : model.error().message.c_str());
        QCOMPARE(model->outputWidth(), 16);
        const auto values = inputs(3, smallSpec());
        std::vector<float> out(3 * 16);
        QVERIFY(model->run({values.data(), 3}, out, CancelToken()).ok());
        // Raw vectors, not a distribution: no softmax for embedders.
        QVERIFY(std::abs(std::accumulate(out.begin(), out.begin() + 16, 0.0f) - 1.0f) > 1e-3f);
    }

    void anEmbedderMayNameAMethod()
    {
        const auto file = saveModel(path("two-methods.pt"), 16);
        auto features = loadScript(file, ModelKind::Embedder, smallSpec(), 0, {}, "features");
        QVERIFY2(features.ok(), features.ok() ? "" : features.error().message.c_str());
        QCOMPARE(features->outputWidth(), 6);
        const auto values = inputs(2, smallSpec());
        std::vector<float> out(2 * 6);
        QVERIFY(features->run({values.data(), 2}, out, CancelToken()).ok());
        QCOMPARE(out[0], values[0]);  // the input's own first values, through freezing
        QCOMPARE(out[6 + 5], values[size_t(smallSpec().valuesPerImage()) + 5]);
        auto missing = loadScript(file, ModelKind::Embedder, smallSpec(), 0, {}, "pooled");
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.find("has no method 'pooled' (it has: forward, features)") !=
                     std::string::npos,
                 missing.error().message.c_str());
    }

    void validationSaysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("expected");
        QTest::addColumn<int>("channels");
        QTest::addColumn<QString>("message");
        const QString text = path("notes.pt");
        test::writeBytes(text, "this is not a model\n");
        const QString whole = QString::fromStdString(saveModel(path("whole.pt"), 4));
        const std::string bytes = test::readBytes(whole);
        test::writeBytes(path("truncated.pt"), bytes.substr(0, bytes.size() / 2));
        saveModel(path("nan.pt"), 4, "return y * 0.0 / 0.0");
        saveModel(path("tuple.pt"), 4, "return (y, y)");
        saveModel(path("vector.pt"), 4, "return y.sum(1)");
        QTest::newRow("not a model") << text << 4 << 3 << QStringLiteral("is not a TorchScript model");
        QTest::newRow("truncated") << path("truncated.pt") << 4 << 3
                                   << QStringLiteral("is not a TorchScript model");
        QTest::newRow("wrong width") << whole << 10 << 3
                                     << QStringLiteral("outputs 4 scores, the mapping has 10 entries");
        QTest::newRow("wrong channels") << whole << 4 << 1
                                        << QStringLiteral("does not accept 2 images of 1x8x8: mat1 and mat2 shapes");
        QTest::newRow("not finite") << path("nan.pt") << 4 << 3 << QStringLiteral("not finite");
        QTest::newRow("tuple") << path("tuple.pt") << 4 << 3
                               << QStringLiteral("expected one tensor of scores");
        QTest::newRow("one value an image") << path("vector.pt") << 4 << 3
                                            << QStringLiteral("outputs shape [2] for 2 images");
    }

    void validationSaysWhatIsWrong()
    {
        QFETCH(QString, file);
        QFETCH(int, expected);
        QFETCH(int, channels);
        QFETCH(QString, message);
        const std::string error =
            loadError(file.toStdString(), ModelKind::Classifier,
                      smallSpec(channels == 1 ? ChannelOrder::Gray : ChannelOrder::Rgb), expected);
        QVERIFY2(QString::fromStdString(error).contains(message), error.c_str());
        QVERIFY2(error.find('\n') == std::string::npos, error.c_str());  // one line
    }
};

QTEST_GUILESS_MAIN(TestTorchScriptModel)
#include "tst_scriptmodel.moc"
