// Preprocessing for models people bring: channel order, the three resize modes, and
// scale/mean/std, checked on a two-colour image whose every output value is predictable.
#include "modelinput.h"

#include <QTest>

using namespace triage;

namespace {

// 40 x 20 BGR: the left half pure red, the right half pure blue.
cv::Mat redBlue()
{
    cv::Mat image(20, 40, CV_8UC3, cv::Scalar(255, 0, 0));  // BGR: blue
    image(cv::Rect(0, 0, 20, 20)).setTo(cv::Scalar(0, 0, 255));  // red
    return image;
}

InputSpec rawSpec(ResizeMode resize, ChannelOrder channels = ChannelOrder::Rgb)
{
    InputSpec spec;
    spec.width = spec.height = 8;
    spec.resize = resize;
    spec.channels = channels;
    spec.scale = 1;
    spec.mean = {0, 0, 0};
    spec.std = {1, 1, 1};
    return spec;
}

// Value of channel c at (x, y) in a channel-major buffer of 8 x 8.
float at(const std::vector<float> &v, int c, int x, int y)
{
    return v[size_t(c * 64 + y * 8 + x)];
}

}  // namespace

class TestModelInput : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stretchFillsTheInput()
    {
        std::vector<float> out(3 * 64);
        writeModelInput(redBlue(), rawSpec(ResizeMode::Stretch), out.data());
        QCOMPARE(at(out, 0, 0, 0), 255.0f);  // R of the left edge
        QCOMPARE(at(out, 2, 0, 0), 0.0f);
        QCOMPARE(at(out, 2, 7, 7), 255.0f);  // B of the right edge
        QCOMPARE(at(out, 0, 7, 7), 0.0f);
    }

    void bgrKeepsOpenCvsOrder()
    {
        std::vector<float> out(3 * 64);
        writeModelInput(redBlue(), rawSpec(ResizeMode::Stretch, ChannelOrder::Bgr), out.data());
        QCOMPARE(at(out, 2, 0, 0), 255.0f);  // red is the third channel in BGR
        QCOMPARE(at(out, 0, 7, 0), 255.0f);
    }

    void fitPadsWithZeros()
    {
        std::vector<float> out(3 * 64, -1);
        writeModelInput(redBlue(), rawSpec(ResizeMode::Fit), out.data());
        // 40 x 20 fits as 8 x 4, centred: rows 0-1 and 6-7 are padding.
        for (int c = 0; c < 3; ++c) {
            QCOMPARE(at(out, c, 3, 0), 0.0f);
            QCOMPARE(at(out, c, 3, 7), 0.0f);
        }
        QCOMPARE(at(out, 0, 0, 3), 255.0f);
        QCOMPARE(at(out, 2, 7, 4), 255.0f);
    }

    void centreCropKeepsTheMiddle()
    {
        std::vector<float> out(3 * 64);
        writeModelInput(redBlue(), rawSpec(ResizeMode::CentreCrop), out.data());
        // 40 x 20 scales to 16 x 8; the middle 8 columns are 4 red, then 4 blue.
        QCOMPARE(at(out, 0, 0, 4), 255.0f);
        QCOMPARE(at(out, 0, 2, 4), 255.0f);
        QCOMPARE(at(out, 2, 5, 4), 255.0f);
        QCOMPARE(at(out, 2, 7, 4), 255.0f);
    }

    void grayAndNormalisation()
    {
        InputSpec spec = rawSpec(ResizeMode::Stretch, ChannelOrder::Gray);
        spec.scale = 1.0f / 255.0f;
        spec.mean = {0.5f, 0, 0};
        spec.std = {0.25f, 1, 1};
        const cv::Mat white(10, 10, CV_8UC1, cv::Scalar(255));
        std::vector<float> out(64);
        writeModelInput(white, spec, out.data());
        QCOMPARE(out[0], 2.0f);  // (1 - 0.5) / 0.25
        QCOMPARE(out[63], 2.0f);
        std::vector<float> fromColour(64);
        writeModelInput(redBlue(), spec, fromColour.data());  // BGR converted to one channel
        QVERIFY(fromColour[0] != fromColour[7]);
    }
};

QTEST_GUILESS_MAIN(TestModelInput)
#include "tst_modelinput.moc"
