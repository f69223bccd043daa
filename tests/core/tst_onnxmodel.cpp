// A user's ONNX model on OpenCV DNN, through the same validation as TorchScript: both kinds
// load and run; each failure of issue 7 (not a model, truncated, wrong output width, wrong
// input channels, non-finite outputs, more than one output, a device ONNX does not run on)
// is one sentence naming what was expected and found. The files are written by the test.
#include "fixtures.h"
#include "modelloader.h"
#include "onnxfixtures.h"
#include "posixfile.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace triage;

namespace {

constexpr int kSide = 8;

InputSpec smallSpec(ChannelOrder channels = ChannelOrder::Rgb, bool logits = true)
{
    InputSpec spec;
    spec.width = spec.height = kSide;
    spec.channels = channels;
    spec.outputsAreLogits = logits;
    return spec;
}

std::vector<float> inputs(int count, const InputSpec &spec, float factor = 1.0f)
{
    std::vector<float> values(size_t(count * spec.valuesPerImage()));
    for (size_t i = 0; i < values.size(); ++i) {
        values[i] = factor * float(std::sin(double(i)));
    }
    return values;
}

Result<UserModel> loadOnnxFile(const std::string &file, ModelKind kind, const InputSpec &spec,
                               int expected, const RunOptions &options = {},
                               const std::string &layer = {})
{
    auto bytes = readRegularFile(file, UserModel::kMaxFileBytes);
    if (!bytes) {
        return bytes.error();
    }
    return loadUserModel(ModelFormat::Onnx, *bytes, file, kind, spec, expected, options, layer);
}

}  // namespace

class TestOnnxModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string path(const char *name) const
    {
        return m_dir.filePath(QString::fromLatin1(name)).toStdString();
    }

private Q_SLOTS:
    void logitsAndProbabilitiesAgree()
    {
        // The same weights, once ending in logits and once in the model's own softmax.
        const auto logits = test::saveOnnxLinearModel(path("logits.onnx"), 4, kSide);
        const auto probabilities = test::saveOnnxLinearModel(path("softmax.onnx"), 4, kSide, 3,
                                                             test::OnnxTail::Softmax);
        auto a = loadOnnxFile(logits, ModelKind::Classifier, smallSpec(), 4);
        auto b = loadOnnxFile(probabilities, ModelKind::Classifier, smallSpec(ChannelOrder::Rgb, false), 4);
        QVERIFY2(a.ok(), a.ok() ? "" : a.error().message.c_str());
        QVERIFY2(b.ok(), b.ok() ? "" : b.error().message.c_str());
        QCOMPARE(a->device(), std::string("cpu"));
        const auto values = inputs(70, smallSpec());  // more than one internal batch
        std::vector<float> fromLogits(70 * 4), fromSoftmax(70 * 4);
        QVERIFY(a->run({values.data(), 70}, fromLogits, CancelToken()).ok());
        QVERIFY(b->run({values.data(), 70}, fromSoftmax, CancelToken()).ok());
        for (size_t i = 0; i < fromLogits.size(); ++i) {
            QVERIFY2(std::abs(fromLogits[i] - fromSoftmax[i]) < 1e-5f,
                     qPrintable(QStringLiteral("%1 vs %2").arg(fromLogits[i]).arg(fromSoftmax[i])));
        }
        const float rowSum = std::accumulate(fromLogits.begin(), fromLogits.begin() + 4, 0.0f);
        QVERIFY(std::abs(rowSum - 1.0f) < 1e-5f);
        // A probability would be the same on every row if the input were ignored.
        QVERIFY(std::abs(fromLogits[0] - fromLogits[4]) > 1e-4f);
    }

    void anEmbedderGivesItsVectors()
    {
        const auto file = test::saveOnnxLinearModel(path("embedder.onnx"), 16, kSide);
        auto model = loadOnnxFile(file, ModelKind::Embedder, smallSpec(), 0);
        QVERIFY2(model.ok(), model.ok() ? "" : model.error().message.c_str());
        QCOMPARE(model->outputWidth(), 16);
        // The model is linear: twice the input, twice the vector. No softmax for embedders.
        const auto once = inputs(3, smallSpec()), twice = inputs(3, smallSpec(), 2.0f);
        std::vector<float> a(3 * 16), b(3 * 16);
        QVERIFY(model->run({once.data(), 3}, a, CancelToken()).ok());
        QVERIFY(model->run({twice.data(), 3}, b, CancelToken()).ok());
        for (size_t i = 0; i < a.size(); ++i) {
            QVERIFY(std::abs(2 * a[i] - b[i]) < 1e-4f * std::max(1.0f, std::abs(b[i])));
        }
        QVERIFY(std::abs(std::accumulate(a.begin(), a.begin() + 16, 0.0f) - 1.0f) > 1e-3f);
    }

    void anEmbedderMayNameALayer()
    {
        // The fixture's Flatten node, "Flatten_flat": 3 x 8 x 8 values an image.
        const auto file = test::saveOnnxLinearModel(path("layers.onnx"), 4, kSide);
        auto flat = loadOnnxFile(file, ModelKind::Embedder, smallSpec(), 0, {}, "Flatten_flat");
        QVERIFY2(flat.ok(), flat.ok() ? "" : flat.error().message.c_str());
        QCOMPARE(flat->outputWidth(), 3 * kSide * kSide);
        const auto values = inputs(2, smallSpec());
        std::vector<float> out(size_t(2 * flat->outputWidth()));
        QVERIFY(flat->run({values.data(), 2}, out, CancelToken()).ok());
        QCOMPARE(out, values);  // flattening changes no value
        auto missing = loadOnnxFile(file, ModelKind::Embedder, smallSpec(), 0, {}, "pooled");
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.find("has no layer 'pooled' (its layers: ") !=
                     std::string::npos,
                 missing.error().message.c_str());
        auto classifier =
            loadOnnxFile(file, ModelKind::Classifier, smallSpec(), 4, {}, "Flatten_flat");
        QVERIFY(!classifier.ok());
        QVERIFY2(classifier.error().message.find("only an embedder names") != std::string::npos,
                 classifier.error().message.c_str());
    }

    void validationSaysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("expected");
        QTest::addColumn<int>("channels");
        QTest::addColumn<QString>("message");
        const auto q = [](const std::string &s) { return QString::fromStdString(s); };
        test::writeBytes(q(path("notes.onnx")), "this is not a model\n");
        const std::string whole = test::saveOnnxLinearModel(path("whole.onnx"), 4, kSide);
        const std::string bytes = test::readBytes(q(whole));
        test::writeBytes(q(path("truncated.onnx")), bytes.substr(0, bytes.size() / 2));
        test::saveOnnxLinearModel(path("nan.onnx"), 4, kSide, 3, test::OnnxTail::NotFinite);
        test::saveOnnxLinearModel(path("two.onnx"), 4, kSide, 3, test::OnnxTail::TwoOutputs);
        QTest::newRow("not a model") << q(path("notes.onnx")) << 4 << 3
                                     << QStringLiteral("is not an ONNX model");
        QTest::newRow("truncated") << q(path("truncated.onnx")) << 4 << 3
                                   << QStringLiteral("is not an ONNX model");
        QTest::newRow("wrong width") << q(whole) << 10 << 3
                                     << QStringLiteral("outputs 4 scores, the mapping has 10 entries");
        QTest::newRow("wrong channels") << q(whole) << 4 << 1
                                        << QStringLiteral("expects images of 3x8x8 (as the file declares), the input spec gives 1x8x8");
        QTest::newRow("not finite") << q(path("nan.onnx")) << 4 << 3 << QStringLiteral("not finite");
        QTest::newRow("two outputs") << q(path("two.onnx")) << 4 << 3
                                     << QStringLiteral("returns 2 outputs, expected one tensor");
    }

    void validationSaysWhatIsWrong()
    {
        QFETCH(QString, file);
        QFETCH(int, expected);
        QFETCH(int, channels);
        QFETCH(QString, message);
        auto model = loadOnnxFile(file.toStdString(), ModelKind::Classifier,
                                  smallSpec(channels == 1 ? ChannelOrder::Gray : ChannelOrder::Rgb),
                                  expected);
        QVERIFY(!model.ok());
        const std::string &error = model.error().message;
        QVERIFY2(QString::fromStdString(error).contains(message), error.c_str());
        QVERIFY2(error.find('\n') == std::string::npos, error.c_str());  // one line
    }

    void cudaIsRefusedForOnnx()
    {
        const auto file = test::saveOnnxLinearModel(path("cpu-only.onnx"), 4, kSide);
        auto model = loadOnnxFile(file, ModelKind::Classifier, smallSpec(), 4, {DeviceChoice::Cuda});
        QVERIFY(!model.ok());
        QVERIFY2(model.error().message.find("ONNX models run on the CPU") != std::string::npos,
                 model.error().message.c_str());
    }

    void theFormatComesFromTheName()
    {
        QCOMPARE(modelFormatFromFileName("/m/resnet.ONNX"), std::optional(ModelFormat::Onnx));
        QCOMPARE(modelFormatFromFileName("net.pt"), std::optional(ModelFormat::TorchScript));
        QCOMPARE(modelFormatFromFileName("net.torchscript"), std::optional(ModelFormat::TorchScript));
        QVERIFY(!modelFormatFromFileName("net.bin").has_value());
    }
};

QTEST_GUILESS_MAIN(TestOnnxModel)
#include "tst_onnxmodel.moc"
