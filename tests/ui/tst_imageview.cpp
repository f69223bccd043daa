// Looking at an image closely: zoom about the pointer, fit and 100%, the zoom kept between
// items of one size, brightness and contrast on what is painted, the `?` key list, and a
// dark theme in which problem text and the key hint stay readable.
#include "imageview.h"
#include "reviewview.h"
#include "theme.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace triage;

namespace {

// WCAG's contrast ratio of two colours: 1 (none) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QImage grey(int width, int height, int level)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(level, level, level));
    return image;
}

}  // namespace

class TestImageView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void zoomsAboutThePointerFitsAndShowsActualSize()
    {
        ui::ImageView view;
        view.resize(416, 216);  // 400 x 200 inside the margins
        view.setImage(grey(100, 50, 128));
        QCOMPARE(view.scale(), 4.0);  // fit
        QVERIFY(view.zoomText().startsWith(QStringLiteral("Fit")));
        const QPointF pointer(300, 60);
        const QPointF under = view.imagePointAt(pointer);
        view.zoomBy(2, pointer);
        QCOMPARE(view.scale(), 8.0);
        const QPointF after = view.imagePointAt(pointer);
        QVERIFY(std::abs(after.x() - under.x()) < 1e-9 && std::abs(after.y() - under.y()) < 1e-9);
        QCOMPARE(view.zoomText(), QStringLiteral("800%"));
        view.actualSize();
        QCOMPARE(view.scale(), 1.0);
        QCOMPARE(view.zoomText(), QStringLiteral("100%"));
        view.fit();
        QCOMPARE(view.scale(), 4.0);
    }

    void keepsTheZoomBetweenItemsOfOneSize()
    {
        ui::ImageView view;
        view.resize(416, 216);
        view.setImage(grey(100, 50, 128));
        view.zoomIn();
        QCOMPARE(view.zoom(), 1.25);
        view.setImage(grey(100, 50, 60));
        QCOMPARE(view.zoom(), 1.0);  // not kept unless asked
        view.setKeepZoom(true);
        view.zoomIn();
        view.setImage(grey(100, 50, 60));
        QCOMPARE(view.zoom(), 1.25);
        view.setImage(grey(80, 80, 60));  // another size: from fit again
        QCOMPARE(view.zoom(), 1.0);
    }

    void brightnessAndContrastChangeWhatIsPainted()
    {
        ui::ImageView view;
        view.resize(216, 216);
        view.setImage(grey(50, 50, 40));
        const QPoint centre(108, 108);
        QCOMPARE(qGray(view.grab().toImage().pixel(centre)), 40);
        view.setAdjustments(0.2, 1);
        QCOMPARE(qGray(view.grab().toImage().pixel(centre)), 91);  // 40 + 0.2 x 255
        view.setAdjustments(0, 2);
        QCOMPARE(qGray(view.grab().toImage().pixel(centre)), 0);  // 127.5 - 2 x 87.5, clamped
        view.setAdjustments(0, 1);
        QCOMPARE(qGray(view.grab().toImage().pixel(centre)), 40);
    }

    void questionMarkListsTheKeysAndTheNextKeyOnlyClosesIt()
    {
        ui::ReviewView view;
        view.resize(800, 600);
        view.show();
        QSignalSpy decided(&view, &ui::ReviewView::decideRequested);
        QTest::keyClick(&view, Qt::Key_Question, Qt::ShiftModifier, '?');
        QVERIFY(view.keyHelpShown());
        QTest::keyClick(&view, Qt::Key_1);
        QVERIFY(!view.keyHelpShown());
        QCOMPARE(decided.size(), 0);
    }

    void darkThemeKeepsTextReadable()
    {
        ui::ReviewView view;
        auto *hint = view.findChild<QLabel *>(QStringLiteral("keyHint"));
        QVERIFY(hint);
        for (bool dark : {true, false}) {
            ui::applyTheme(dark);
            const QPalette palette = QApplication::palette();
            QCOMPARE(palette.color(QPalette::Window).lightness() < 100, dark);
            QVERIFY(contrastRatio(ui::problemColor(), palette.color(QPalette::Window)) >= 4.5);
            QVERIFY(contrastRatio(palette.color(hint->foregroundRole()),
                                  palette.color(QPalette::Window)) >= 4.5);
        }
        QCOMPARE(ui::darkThemeChosen(), false);
    }
};

QTEST_MAIN(TestImageView)
#include "tst_imageview.moc"
