#include "thumbnailloader.h"

#include "imageconvert.h"

#include <QPointer>

namespace triage::ui {

ThumbnailLoader::ThumbnailLoader(int size, QObject *parent)
    : QObject(parent), m_size(size), m_source(imageSourceFor(kDefaultPixelLimit))
{
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
}

ThumbnailLoader::~ThumbnailLoader()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void ThumbnailLoader::request(qint64 itemId, const QString &path)
{
    if (m_requested.contains(itemId)) {
        return;
    }
    m_requested.insert(itemId);
    QPointer<ThumbnailLoader> self(this);
    auto source = m_source;
    const int size = m_size;
    const std::string file = path.toStdString();
    // Later requests run first: after a fast scroll, the rows now on screen do not wait
    // behind the ones scrolled past.
    m_pool.start([self, source, size, file, itemId] {
        auto decoded = source->load(file);
        if (!decoded) {
            return;
        }
        const QImage thumbnail =
            toQImage(decoded->pixels)
                .scaled(size, size, Qt::KeepAspectRatio,
                        decoded->pixels.cols < size ? Qt::FastTransformation
                                                    : Qt::SmoothTransformation);
        if (self) {
            QMetaObject::invokeMethod(
                self,
                [self, itemId, thumbnail] {
                    if (self) {
                        self->m_requested.remove(itemId);  // may be asked again once evicted
                        Q_EMIT self->ready(itemId, thumbnail);
                    }
                },
                Qt::QueuedConnection);
        }
    }, ++m_nextPriority);
}

void ThumbnailLoader::setSize(int pixels)
{
    clear();
    m_size = pixels;
}

void ThumbnailLoader::setPixelLimit(qint64 pixelLimit)
{
    m_source = imageSourceFor(pixelLimit);  // running loads keep the source they took
}

void ThumbnailLoader::clear()
{
    m_pool.clear();
    m_requested.clear();
}

}  // namespace triage::ui
