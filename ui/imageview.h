#pragma once
// ImageView: shows one image as large as fits, aspect kept. The wheel zooms about the
// pointer, dragging pans, and the zoom level shows in a corner. Fit and 100% (one image
// pixel a screen pixel) are one call each; the zoom can be kept from item to item. Upscaling
// by 2x or more uses nearest-neighbour so tiny images stay sharp, not blurred. Brightness
// and contrast apply to what is painted (never to the stored image), for dark images.
#include <QImage>
#include <QPixmap>
#include <QWidget>

namespace triage::ui {

class ImageView : public QWidget {
    Q_OBJECT
public:
    explicit ImageView(QWidget *parent = nullptr);

    void setImage(const QImage &image, const QString &placeholder = {});
    // The zoom on top of fit-to-window (1: the whole image fits).
    double zoom() const { return m_zoom; }
    // The scale from image pixels to screen pixels now (fit times zoom).
    double scale() const;
    void zoomBy(double factor, QPointF about);  // about: a point in the widget
    void zoomIn();
    void zoomOut();
    void fit();
    void actualSize();  // 100%
    // Kept: a new image keeps the zoom and place (comparing items at the same spot).
    void setKeepZoom(bool keep) { m_keepZoom = keep; }
    bool keepZoom() const { return m_keepZoom; }

    // brightness -0.5..0.5 (added, in full-scale units), contrast 0.25..4 (about mid-grey).
    void setAdjustments(double brightness, double contrast);
    double brightness() const { return m_brightness; }
    double contrast() const { return m_contrast; }
    QString zoomText() const;  // "Fit 350%", "200%"
    QPointF imagePointAt(QPointF widgetPoint) const;  // in image pixels

    // A frame in the highlight colour: the review has the keyboard.
    void setKeyboardActive(bool active);
    bool keyboardActive() const { return m_keyboardActive; }

Q_SIGNALS:
    void zoomChanged(double scale);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    double fitScale() const;
    QRectF targetRect() const;  // where the image is painted
    void setZoom(double zoom, QPointF about);
    bool adjusted() const { return m_brightness != 0 || m_contrast != 1; }

    QPixmap m_pixmap;
    QString m_placeholder;
    double m_zoom = 1.0;  // on top of fit-to-window
    QPointF m_pan;        // offset of the image centre from the widget centre, in pixels
    QPointF m_dragFrom;
    bool m_keepZoom = false;
    double m_brightness = 0;
    double m_contrast = 1;
    bool m_keyboardActive = false;
};

}  // namespace triage::ui
