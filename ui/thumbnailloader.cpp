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
                        Q_EMIT self->ready(itemId, thumbnail);
                    }
                },
                Qt::QueuedConnection);
        }
    });
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
