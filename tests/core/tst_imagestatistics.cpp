// Image statistics for labeling-function rules, on images whose answers are known.
#include "imagestatistics.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace triage;

class TestImageStatistics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void brightnessContrastAndExtremes()
    {
        const auto white = measureImage(cv::Mat(20, 30, CV_8UC1, cv::Scalar(255)));
        QCOMPARE(white.brightness, 1.0);
        QCOMPARE(white.contrast, 0.0);
        QCOMPARE(white.nearWhite, 1.0);
        QCOMPARE(white.nearBlack, 0.0);
        QVERIFY(!white.dominantHue.has_value());

        cv::Mat half(20, 20, CV_8UC1, cv::Scalar(0));
        half(cv::Rect(0, 0, 10, 20)).setTo(255);
        const auto split = measureImage(half);
        QCOMPARE(split.brightness, 0.5);
        QCOMPARE(split.contrast, 0.5);
        QCOMPARE(split.nearWhite, 0.5);
        QCOMPARE(split.nearBlack, 0.5);

        const auto empty = measureImage(cv::Mat());
        QCOMPARE(empty.brightness, 0.0);
    }

    void huesAndSaturation_data()
    {
        QTest::addColumn<int>("b");
        QTest::addColumn<int>("g");
        QTest::addColumn<int>("r");
        QTest::addColumn<double>("hue");
        QTest::newRow("red") << 0 << 0 << 255 << 0.0;
        QTest::newRow("green") << 0 << 255 << 0 << 120.0;
        QTest::newRow("blue") << 255 << 0 << 0 << 240.0;
        QTest::newRow("orange") << 0 << 128 << 255 << 30.0;
    }

    void huesAndSaturation()
    {
        QFETCH(int, b);
        QFETCH(int, g);
        QFETCH(int, r);
        QFETCH(double, hue);
        const auto stats = measureImage(cv::Mat(16, 16, CV_8UC3, cv::Scalar(b, g, r)));
        QCOMPARE(stats.saturation, 1.0);
        QVERIFY(stats.dominantHue.has_value());
        QCOMPARE(*stats.dominantHue, hue);  // the middle of its 10-degree band

        const auto gray = measureImage(cv::Mat(16, 16, CV_8UC3, cv::Scalar(90, 90, 90)));
        QCOMPARE(gray.saturation, 0.0);
        QVERIFY(!gray.dominantHue.has_value());
    }

    void blurLowersSharpness()
    {
        cv::Mat checker(64, 64, CV_8UC1);
        for (int y = 0; y < 64; ++y) {
            for (int x = 0; x < 64; ++x) {
                checker.at<uint8_t>(y, x) = ((x / 4 + y / 4) % 2) ? 255 : 0;
            }
        }
        cv::Mat blurred;
        cv::GaussianBlur(checker, blurred, cv::Size(9, 9), 3);
        const double sharp = measureImage(checker).sharpness;
        const double soft = measureImage(blurred).sharpness;
        QVERIFY2(sharp > 10 * soft,
                 qPrintable(QStringLiteral("%1 against %2").arg(sharp).arg(soft)));
    }
};

QTEST_GUILESS_MAIN(TestImageStatistics)
#include "tst_imagestatistics.moc"
