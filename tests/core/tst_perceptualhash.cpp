// The perceptual hash: copies that were resized, brightened or recompressed stay close;
// different images are far apart.
#include "fixtures.h"
#include "perceptualhash.h"

#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace triage;

class TestPerceptualHash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void copiesStayClose()
    {
        const cv::Mat original = test::syntheticImage(1, 5, 3);
        const uint64_t hash = perceptualHash(original);
        QCOMPARE(hashDistance(hash, perceptualHash(original.clone())), 0);

        cv::Mat larger, brighter, gray;
        cv::resize(original, larger, cv::Size(), 3, 3, cv::INTER_CUBIC);
        original.convertTo(brighter, -1, 1.0, 25);
        cv::cvtColor(original, gray, cv::COLOR_BGR2GRAY);
        std::vector<uint8_t> jpeg;
        cv::imencode(".jpg", original, jpeg, {cv::IMWRITE_JPEG_QUALITY, 70});
        const cv::Mat recompressed = cv::imdecode(jpeg, cv::IMREAD_COLOR);
        for (const cv::Mat &copy : {larger, brighter, gray, recompressed}) {
            QVERIFY2(hashDistance(hash, perceptualHash(copy)) <= 6,
                     qPrintable(QString::number(hashDistance(hash, perceptualHash(copy)))));
        }
    }

    void differentImagesAreFarApart()
    {
        cv::RNG rng(3);
        int closest = 64;
        for (int i = 0; i < 20; ++i) {
            cv::Mat a(40, 40, CV_8UC1), b(40, 40, CV_8UC1);
            rng.fill(a, cv::RNG::UNIFORM, 0, 256);
            rng.fill(b, cv::RNG::UNIFORM, 0, 256);
            closest = std::min(closest, hashDistance(perceptualHash(a), perceptualHash(b)));
        }
        QVERIFY2(closest >= 16, qPrintable(QString::number(closest)));
        QCOMPARE(hashDistance(0, ~uint64_t(0)), 64);
    }
};

QTEST_GUILESS_MAIN(TestPerceptualHash)
#include "tst_perceptualhash.moc"
