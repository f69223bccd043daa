// The small readers and writers at the edges: image header sniffing (before any decode),
// the CSV reader and writer, and the JSON every result is rendered to.
#include "csvreader.h"
#include "fixtures.h"
#include "halffloat.h"
#include "imageheader.h"
#include "jsonwriter.h"
#include "pngdecoder.h"
#include "reports.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include <zlib.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace triage;

namespace {

std::vector<uint8_t> encoded(const std::string &extension, const cv::Mat &image)
{
    std::vector<uint8_t> bytes;
    if (!cv::imencode(extension, image, bytes)) {
        qFatal("cannot encode %s", extension.c_str());
    }
    return bytes;
}

QJsonObject parsedJson(const std::string &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("invalid JSON (%s): %s", qPrintable(error.errorString()), text.c_str());
    }
    return document.object();
}

// A PNG written sample by sample, so that every row filter is used: row y has filter
// y % 5 (none, sub, up, average, Paeth). `samples` is height x width x channels bytes.
std::vector<uint8_t> filteredPng(int width, int height, uint8_t colorType, int channels,
                                 const std::vector<uint8_t> &samples, int idatParts = 1,
                                 uint8_t interlace = 0)
{
    const size_t rowBytes = size_t(width) * size_t(channels);
    std::vector<uint8_t> raw;
    auto at = [&](int y, long i) -> int {
        return y < 0 || i < 0 ? 0 : samples[size_t(y) * rowBytes + size_t(i)];
    };
    for (int y = 0; y < height; ++y) {
        const int filter = y % 5;
        raw.push_back(uint8_t(filter));
        for (long i = 0; i < long(rowBytes); ++i) {
            const int x = at(y, i), left = at(y, i - channels), up = at(y - 1, i),
                      upLeft = at(y - 1, i - channels);
            int predictor = 0;
            if (filter == 1) {
                predictor = left;
            } else if (filter == 2) {
                predictor = up;
            } else if (filter == 3) {
                predictor = (left + up) / 2;
            } else if (filter == 4) {
                const int p = left + up - upLeft;
                const int pa = std::abs(p - left), pb = std::abs(p - up), pc = std::abs(p - upLeft);
                predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
            }
            raw.push_back(uint8_t(x - predictor));
        }
    }
    uLongf packedSize = compressBound(uLong(raw.size()));
    std::vector<uint8_t> packed(packedSize);
    compress2(packed.data(), &packedSize, raw.data(), uLong(raw.size()), 9);
    packed.resize(packedSize);

    std::vector<uint8_t> png{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    auto put32 = [&](uint32_t v) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            png.push_back(uint8_t(v >> shift));
        }
    };
    auto chunk = [&](const char *type, const uint8_t *data, size_t size) {
        put32(uint32_t(size));
        const size_t start = png.size();
        png.insert(png.end(), type, type + 4);
        png.insert(png.end(), data, data + size);
        put32(uint32_t(crc32(0, png.data() + start, uInt(size + 4))));
    };
    std::vector<uint8_t> header;
    for (uint32_t v : {uint32_t(width), uint32_t(height)}) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            header.push_back(uint8_t(v >> shift));
        }
    }
    header.insert(header.end(), {8, colorType, 0, 0, interlace});
    chunk("IHDR", header.data(), header.size());
    const size_t part = (packed.size() + size_t(idatParts) - 1) / size_t(idatParts);
    for (size_t begin = 0; begin < packed.size(); begin += part) {
        chunk("IDAT", packed.data() + begin, std::min(part, packed.size() - begin));
    }
    chunk("IEND", nullptr, 0);
    return png;
}

// What the rest of Triage makes of OpenCV's decode: 8-bit gray or BGR, alpha dropped.
cv::Mat openCvDecode(const std::vector<uint8_t> &png)
{
    cv::Mat decoded = cv::imdecode(png, cv::IMREAD_ANYDEPTH | cv::IMREAD_ANYCOLOR);
    if (decoded.channels() == 4) {
        cv::cvtColor(decoded, decoded, cv::COLOR_BGRA2BGR);
    }
    return decoded;
}

bool samePixels(const cv::Mat &a, const cv::Mat &b)
{
    return a.size() == b.size() && a.type() == b.type() && cv::norm(a, b, cv::NORM_INF) == 0;
}

}  // namespace

class TestFormats : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::vector<std::vector<std::string>> readCsv(const std::string &text, Error *error = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("t.csv"));
        test::writeBytes(path, text);
        auto reader = CsvReader::open(path.toStdString());
        std::vector<std::vector<std::string>> rows;
        std::vector<std::string> fields;
        while (reader->next(fields)) {
            rows.push_back(fields);
        }
        if (error && reader->failed()) {
            *error = reader->error();
        }
        return rows;
    }

private Q_SLOTS:
    void headersGiveFormatAndSize_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("channels");
        QTest::newRow("png gray") << QStringLiteral(".png") << QStringLiteral("png") << 1;
        QTest::newRow("jpeg colour") << QStringLiteral(".jpg") << QStringLiteral("jpeg") << 3;
        QTest::newRow("bmp") << QStringLiteral(".bmp") << QStringLiteral("bmp") << 3;
        QTest::newRow("pgm") << QStringLiteral(".pgm") << QStringLiteral("pnm") << 1;
        QTest::newRow("webp") << QStringLiteral(".webp") << QStringLiteral("webp") << 3;
    }

    void headersGiveFormatAndSize()
    {
        QFETCH(QString, extension);
        QFETCH(QString, format);
        QFETCH(int, channels);
        const cv::Mat image = test::syntheticImage(1, 3, channels);
        cv::Mat wide;
        cv::resize(image, wide, cv::Size(48, 20));
        const auto bytes = encoded(extension.toStdString(), wide);
        const auto header = readImageHeader(bytes);
        QVERIFY(header.has_value());
        QCOMPARE(QString::fromStdString(header->format), format);
        QCOMPARE(header->width, int64_t(48));
        QCOMPARE(header->height, int64_t(20));
        QVERIFY(decodePeakBytes(*header, int64_t(bytes.size())) >= 48 * 20);
    }

    void headersRefuseWhatTheyCannotRead()
    {
        const auto png = encoded(".png", test::syntheticImage(0, 1));
        QVERIFY(!readImageHeader(std::span(png).first(12)).has_value());  // cut short
        const std::string text = "GIF89a not supported";
        QVERIFY(!readImageHeader(std::span(reinterpret_cast<const uint8_t *>(text.data()),
                                           text.size()))
                     .has_value());
        const auto jpeg = encoded(".jpg", test::syntheticImage(0, 1, 3));
        QVERIFY(jpegHasEndMarker(jpeg));
        QVERIFY(!jpegHasEndMarker(std::span(jpeg).first(jpeg.size() - 2)));
    }

    void csvReadsQuotesLineEndsAndBom()
    {
        const auto rows =
            readCsv("\xEF\xBB\xBFpath,label\r\n\"a,b.png\",cat\n\"say \"\"hi\"\".png\",dog\r\n"
                    "\"two\nlines.png\",cat\nlast.png,dog");
        QCOMPARE(int(rows.size()), 5);
        QCOMPARE(rows[0], (std::vector<std::string>{"path", "label"}));
        QCOMPARE(rows[1][0], std::string("a,b.png"));
        QCOMPARE(rows[2][0], std::string("say \"hi\".png"));
        QCOMPARE(rows[3][0], std::string("two\nlines.png"));
        QCOMPARE(rows[4], (std::vector<std::string>{"last.png", "dog"}));
    }

    void csvNamesTheLineOfAnUnterminatedQuote()
    {
        Error error;
        readCsv("ok.png,cat\n\"open.png,dog\nmore\n", &error);
        QCOMPARE(error.code, ErrorCode::CorruptData);
        QVERIFY2(error.message.find("line 2") != std::string::npos, error.message.c_str());
    }

    void csvFieldsRoundTrip()
    {
        QCOMPARE(csvField("plain.png"), std::string("plain.png"));
        const std::string tricky = "a \"quoted\", two\nline name";
        const auto rows = readCsv(csvField(tricky) + "," + csvField("x") + "\n");
        QCOMPARE(rows[0][0], tricky);
    }

    // The fast PNG path decodes exactly what OpenCV decodes, for every row filter, colour
    // type it takes, size and split of the compressed stream.
    void commonPngsDecodeAsOpenCvDoes()
    {
        cv::RNG rng(7);
        for (const auto &[colorType, channels] : {std::pair<uint8_t, int>{0, 1}, {2, 3}, {6, 4}}) {
            for (const auto &[width, height] : {std::pair{1, 1}, {7, 5}, {28, 28}, {101, 37}}) {
                std::vector<uint8_t> samples(size_t(width * height * channels));
                for (size_t i = 0; i < samples.size(); ++i) {  // smooth, with noise
                    samples[i] = uint8_t((i * 7) / 3 + rng.uniform(0, 40));
                }
                for (int parts : {1, 3}) {
                    const auto png = filteredPng(width, height, colorType, channels, samples, parts);
                    const auto fast = decodeCommonPng(png);
                    QVERIFY2(fast.has_value(), qPrintable(QStringLiteral("type %1, %2x%3")
                                                              .arg(colorType)
                                                              .arg(width)
                                                              .arg(height)));
                    QVERIFY(samePixels(*fast, openCvDecode(png)));
                }
            }
        }
        // OpenCV's own files, as most datasets are written.
        const cv::Mat photo = test::syntheticImage(3, 3);
        const auto written = encoded(".png", photo);
        QVERIFY(samePixels(*decodeCommonPng(written), openCvDecode(written)));
    }

    // Everything else, and anything damaged, is left to OpenCV.
    void otherPngsAreLeftToOpenCv()
    {
        const std::vector<uint8_t> samples(8 * 8 * 3, 100);
        QVERIFY(!decodeCommonPng(filteredPng(8, 8, 2, 3, samples, 1, 1)).has_value());  // Adam7
        QVERIFY(!decodeCommonPng(encoded(".png", cv::Mat(8, 8, CV_16UC1, cv::Scalar(300))))
                     .has_value());  // 16 bits a sample
        auto png = filteredPng(8, 8, 2, 3, samples);
        auto damaged = png;
        damaged[damaged.size() - 20] ^= 0x10;  // inside IDAT: its CRC no longer matches
        QVERIFY(!decodeCommonPng(damaged).has_value());
        png.resize(png.size() - 12);  // no IEND
        QVERIFY(!decodeCommonPng(png).has_value());
    }

    void halfFloatsRoundAndRoundTrip()
    {
        QCOMPARE(fromHalf(toHalf(1.0f)), 1.0f);
        QCOMPARE(fromHalf(toHalf(-2.5f)), -2.5f);
        QCOMPARE(fromHalf(toHalf(65504.0f)), 65504.0f);  // the largest half
        QVERIFY(std::isinf(fromHalf(toHalf(65520.0f))));  // rounds past it
        QCOMPARE(fromHalf(toHalf(0.1f)), 0.0999755859375f);
        QCOMPARE(fromHalf(toHalf(5.9604645e-8f)), 5.9604645e-8f);  // the smallest subnormal
        QCOMPARE(fromHalf(toHalf(1e-9f)), 0.0f);
        QVERIFY(std::isnan(fromHalf(toHalf(std::nanf("")))));
        QVERIFY(std::signbit(fromHalf(toHalf(-0.0f))));
        for (uint32_t bits = 0; bits <= 0xFFFF; ++bits) {  // every half survives the trip
            const float value = fromHalf(uint16_t(bits));
            if (!std::isnan(value)) {
                QCOMPARE(toHalf(value), uint16_t(bits));
            }
        }
    }

    void jsonEscapesAndStaysValid()
    {
        JsonWriter json;
        json.beginObject()
            .field("text", std::string("quote \" back \\ tab \t bell \x07 caf\xE9"))
            .field("ratio", 0.25)
            .field("nan", std::nan(""))
            .beginArray("list")
            .value("one")
            .value("two")
            .endArray()
            .endObject();
        const QJsonObject object = parsedJson(json.text());
        QCOMPARE(object.value(QStringLiteral("text")).toString(),
                 QStringLiteral("quote \" back \\ tab \t bell \x07 caf\uFFFD"));
        QCOMPARE(object.value(QStringLiteral("ratio")).toDouble(), 0.25);
        QVERIFY(object.value(QStringLiteral("nan")).isNull());
        QCOMPARE(object.value(QStringLiteral("list")).toArray().size(), 2);
    }

    void reportsRenderToJson()
    {
        ImportReport imported;
        imported.added = 7;
        imported.failed = 1;
        imported.failures = {"/x/bad\xFF.png: not an image"};
        const QJsonObject importJson = parsedJson(describe(imported).json);
        QCOMPARE(importJson.value(QStringLiteral("added")).toInt(), 7);
        QCOMPARE(importJson.value(QStringLiteral("failures")).toArray().size(), 1);

        AutoLabelReport round;
        round.modelVersionId = 3;
        round.decoded = 0;
        round.routing.autoAccepted = 40;
        round.training.device = "CPU (2 threads)";
        const auto outcome = describe(round);
        QVERIFY(outcome.summary.find("40 auto-accepted") != std::string::npos);
        const QJsonObject roundJson = parsedJson(outcome.json);
        QCOMPARE(roundJson.value(QStringLiteral("model_version")).toInt(), 3);
        QCOMPARE(roundJson.value(QStringLiteral("training"))
                     .toObject()
                     .value(QStringLiteral("device"))
                     .toString(),
                 QStringLiteral("CPU (2 threads)"));

        ProjectStatus status;
        status.name = "demo";
        status.classes = {{1, "cat", 0}, {2, "dog", 1}};
        status.counts.byClass = {{1, 5, 0, 2}, {2, 1, 3, 0}};
        const QJsonObject statusJson = parsedJson(describe(status).json);
        QCOMPARE(statusJson.value(QStringLiteral("classes")).toArray().size(), 2);
        QVERIFY(statusJson.value(QStringLiteral("learner")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
