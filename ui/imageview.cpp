#include "imageview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>

namespace triage::ui {

ImageView::ImageView(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(200, 200);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ImageView::setImage(const QImage &image, const QString &placeholder)
{
    m_pixmap = image.isNull() ? QPixmap() : QPixmap::fromImage(image);
    m_placeholder = placeholder;
    m_zoom = 1.0;
    m_pan = QPointF();
    update();
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
    const QSize available = size() - QSize(16, 16);
    const double fit = std::min(double(available.width()) / m_pixmap.width(),
                                double(available.height()) / m_pixmap.height());
    const double scale = fit * m_zoom;
    const QSizeF shown(m_pixmap.width() * scale, m_pixmap.height() * scale);
    const QRectF target(
        QPointF((width() - shown.width()) / 2, (height() - shown.height()) / 2) + m_pan, shown);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, scale < 2.0);
    painter.drawPixmap(target, m_pixmap, QRectF(m_pixmap.rect()));
}

void ImageView::wheelEvent(QWheelEvent *event)
{
    const double step = event->angleDelta().y() > 0 ? 1.25 : 0.8;
    m_zoom = std::clamp(m_zoom * step, 0.25, 16.0);
    if (m_zoom <= 1.0) {
        m_pan = QPointF();  // nothing to pan when the whole image fits
    }
    update();
    event->accept();
}

void ImageView::mousePressEvent(QMouseEvent *event)
{
    m_dragFrom = event->position();
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
