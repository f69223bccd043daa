#include "imageview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>

namespace triage::ui {
namespace {

constexpr int kMargin = 8;
constexpr double kMinZoom = 0.25;
constexpr double kMaxScale = 64;  // screen pixels per image pixel
constexpr double kStep = 1.25;

// Brightness and contrast as a table over the 256 levels of each channel.
std::array<uchar, 256> levelTable(double brightness, double contrast)
{
    std::array<uchar, 256> table{};
    for (int v = 0; v < 256; ++v) {
        const double out = (v - 127.5) * contrast + 127.5 + brightness * 255;
        table[size_t(v)] = uchar(std::clamp(std::lround(out), 0L, 255L));
    }
    return table;
}

}  // namespace

ImageView::ImageView(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(200, 200);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ImageView::setImage(const QImage &image, const QString &placeholder)
{
    const QSize before = m_pixmap.size();
    m_pixmap = image.isNull() ? QPixmap() : QPixmap::fromImage(image);
    m_placeholder = placeholder;
    // Kept zoom survives an image of the same size (a dataset's items usually are); a new
    // size starts from fit, since the same zoom would show another part of it.
    if (!m_keepZoom || m_pixmap.size() != before) {
        m_zoom = 1.0;
        m_pan = QPointF();
    }
    Q_EMIT zoomChanged(scale());
    update();
}

double ImageView::fitScale() const
{
    if (m_pixmap.isNull()) {
        return 1;
    }
    const QSize available = size() - QSize(2 * kMargin, 2 * kMargin);
    return std::max(1e-6, std::min(double(available.width()) / m_pixmap.width(),
                                   double(available.height()) / m_pixmap.height()));
}

double ImageView::scale() const
{
    return fitScale() * m_zoom;
}

QRectF ImageView::targetRect() const
{
    const QSizeF shown(m_pixmap.width() * scale(), m_pixmap.height() * scale());
    return {QPointF((width() - shown.width()) / 2, (height() - shown.height()) / 2) + m_pan,
            shown};
}

void ImageView::setZoom(double zoom, QPointF about)
{
    const double fit = fitScale();
    zoom = std::clamp(zoom, kMinZoom, std::max(1.0, kMaxScale / fit));
    // The image point under `about` stays under it: the pan moves by what the zoom moved it.
    const QPointF centre(width() / 2.0, height() / 2.0);
    const QPointF fromCentre = about - centre - m_pan;
    m_pan += fromCentre - fromCentre * (zoom / m_zoom);
    m_zoom = zoom;
    if (m_zoom <= 1.0) {
        m_pan = QPointF();  // nothing to pan when the whole image fits
    }
    Q_EMIT zoomChanged(scale());
    update();
}

void ImageView::zoomBy(double factor, QPointF about)
{
    setZoom(m_zoom * factor, about);
}

void ImageView::zoomIn()
{
    zoomBy(kStep, rect().center());
}

void ImageView::zoomOut()
{
    zoomBy(1 / kStep, rect().center());
}

void ImageView::fit()
{
    m_pan = QPointF();
    setZoom(1.0, rect().center());
}

void ImageView::actualSize()
{
    setZoom(1.0 / fitScale(), rect().center());
}

void ImageView::setAdjustments(double brightness, double contrast)
{
    m_brightness = std::clamp(brightness, -0.5, 0.5);
    m_contrast = std::clamp(contrast, 0.25, 4.0);
    update();
}

QString ImageView::zoomText() const
{
    const QString percent = QStringLiteral("%L1%").arg(qRound(scale() * 100));
    return m_zoom == 1.0 ? tr("Fit %1").arg(percent) : percent;
}

QPointF ImageView::imagePointAt(QPointF widgetPoint) const
{
    const QRectF target = targetRect();
    return (widgetPoint - target.topLeft()) / scale();
}

void ImageView::setKeyboardActive(bool active)
{
    if (active != m_keyboardActive) {
        m_keyboardActive = active;
        update();
    }
}

void ImageView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Dark));
    if (m_keyboardActive) {
        constexpr int kFrame = 3;
        painter.setPen(QPen(palette().color(QPalette::Highlight), kFrame));
        painter.drawRect(rect().adjusted(1, 1, -2, -2));
    }
    if (m_pixmap.isNull()) {
        painter.setPen(palette().color(QPalette::BrightText));
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         m_placeholder);
        return;
    }
    const QRectF target = targetRect();
    const QRectF visible = target.intersected(QRectF(rect()));
    painter.setRenderHint(QPainter::SmoothPixmapTransform, scale() < 2.0);
    if (!adjusted()) {
        painter.drawPixmap(target, m_pixmap, QRectF(m_pixmap.rect()));
    } else if (!visible.isEmpty()) {
        // Adjusted on the screen's pixels, not the image's: a 12-megapixel photo costs a
        // window's worth of table lookups per paint.
        QImage shown(visible.size().toSize(), QImage::Format_RGB32);
        {
            QPainter offscreen(&shown);
            offscreen.setRenderHint(QPainter::SmoothPixmapTransform, scale() < 2.0);
            offscreen.translate(-visible.topLeft());
            offscreen.drawPixmap(target, m_pixmap, QRectF(m_pixmap.rect()));
        }
        const auto table = levelTable(m_brightness, m_contrast);
        for (int y = 0; y < shown.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(shown.scanLine(y));
            for (int x = 0; x < shown.width(); ++x) {
                const QRgb p = line[x];
                line[x] = qRgb(table[size_t(qRed(p))], table[size_t(qGreen(p))],
                               table[size_t(qBlue(p))]);
            }
        }
        painter.drawImage(visible.topLeft(), shown);
    }
    // The zoom level, in a corner, readable on any image.
    const QString text = zoomText();
    const QRect box = painter.fontMetrics().boundingRect(text).adjusted(-6, -3, 6, 3);
    const QRect corner(rect().bottomRight() - QPoint(box.width() + kMargin, box.height() + kMargin),
                       box.size());
    painter.fillRect(corner, QColor(0, 0, 0, 160));
    painter.setPen(Qt::white);
    painter.drawText(corner, Qt::AlignCenter, text);
}

void ImageView::wheelEvent(QWheelEvent *event)
{
    zoomBy(event->angleDelta().y() > 0 ? kStep : 1 / kStep, event->position());
    event->accept();
}

void ImageView::mousePressEvent(QMouseEvent *event)
{
    m_dragFrom = event->position();
    QWidget::mousePressEvent(event);  // the click still gives the review the keyboard
}

void ImageView::mouseMoveEvent(QMouseEvent *event)
{
    if ((event->buttons() & Qt::LeftButton) && m_zoom > 1.0) {
        m_pan += event->position() - m_dragFrom;
        m_dragFrom = event->position();
        update();
    }
}

}  // namespace triage::ui
