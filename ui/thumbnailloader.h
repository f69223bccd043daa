#pragma once
// ThumbnailLoader: decodes and scales thumbnails on a thread pool, never on the GUI
// thread, and hands them back as QImage (QPixmap is made by the model, on the GUI thread).
#include "imagesource.h"

#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <memory>

namespace triage::ui {

class ThumbnailLoader : public QObject {
    Q_OBJECT
public:
    explicit ThumbnailLoader(int size, QObject *parent = nullptr);
    ~ThumbnailLoader() override;

    // Asks for a thumbnail once until it is ready; ready() follows from a pool thread
    // (queued to the GUI). The newest request is served first: the rows on screen now.
    void request(qint64 itemId, const QString &path);
    void clear();
    void setSize(int pixels);  // for the requests from now on
    void setPixelLimit(qint64 pixelLimit);  // the project's; thumbnails decode within it

Q_SIGNALS:
    void ready(qint64 itemId, const QImage &thumbnail);

private:
    int m_size;
    QThreadPool m_pool;
    std::shared_ptr<ImageSource> m_source;
    QSet<qint64> m_requested;
    int m_nextPriority = 0;
};

}  // namespace triage::ui
