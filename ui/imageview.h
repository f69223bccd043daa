#pragma once
// ImageView: shows one image as large as fits, aspect kept, zoomable with the wheel.
// Upscaling by 2x or more uses nearest-neighbour so tiny images stay sharp, not blurred.
// Dragging with the mouse pans a zoomed image.
#include <QImage>
#include <QPixmap>
#include <QWidget>

namespace triage::ui {

class ImageView : public QWidget {
    Q_OBJECT
public:
    explicit ImageView(QWidget *parent = nullptr);

    void setImage(const QImage &image, const QString &placeholder = {});
    double zoom() const { return m_zoom; }
    // A frame in the highlight colour: the review has the keyboard.
    void setKeyboardActive(bool active);
    bool keyboardActive() const { return m_keyboardActive; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QPixmap m_pixmap;
    QString m_placeholder;
    double m_zoom = 1.0;  // on top of fit-to-window
    QPointF m_pan;        // offset of the image centre from the widget centre, in pixels
    QPointF m_dragFrom;
    bool m_keyboardActive = false;
};

}  // namespace triage::ui
