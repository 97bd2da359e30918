#include "tests/support/MessageCapture.h"

#include <QMutexLocker>

namespace simfleet {

namespace {
MessageCapture* g_active = nullptr;
QMutex g_activeMutex;
} // namespace

MessageCapture::MessageCapture() {
    QMutexLocker lock(&g_activeMutex);
    g_active = this;
    m_previous = qInstallMessageHandler(&MessageCapture::handler);
}

MessageCapture::~MessageCapture() {
    qInstallMessageHandler(m_previous);
    QMutexLocker lock(&g_activeMutex);
    g_active = nullptr;
}

void MessageCapture::handler(QtMsgType type, const QMessageLogContext& context,
                             const QString& text) {
    const QString line = qFormatLogMessage(type, context, text);
    QMutexLocker lock(&g_activeMutex);
    if (!g_active)
        return;
    QMutexLocker own(&g_active->m_mutex);
    g_active->m_messages.append(
        QStringLiteral("[%1] %2 | %3")
            .arg(QString::fromUtf8(context.category ? context.category : "default"), line, text));
}

QStringList MessageCapture::messages() const {
    QMutexLocker lock(&m_mutex);
    return m_messages;
}

QStringList MessageCapture::containing(const QString& needle) const {
    QStringList hits;
    for (const QString& message : messages()) {
        if (message.contains(needle))
            hits.append(message);
    }
    return hits;
}

} // namespace simfleet
