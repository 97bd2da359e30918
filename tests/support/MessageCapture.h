#pragma once

#include <QMutex>
#include <QStringList>
#include <QtGlobal>

namespace simfleet {

// Captures every qDebug/qInfo/qWarning/... (any thread, any category) while it
// lives, in the formatted form a user would see, and passes nothing on.
class MessageCapture final {
public:
    MessageCapture();
    ~MessageCapture();
    Q_DISABLE_COPY_MOVE(MessageCapture)

    QStringList messages() const;
    // Messages whose text contains `needle`.
    QStringList containing(const QString& needle) const;

private:
    static void handler(QtMsgType type, const QMessageLogContext& context, const QString& text);

    mutable QMutex m_mutex;
    QStringList m_messages;
    QtMessageHandler m_previous = nullptr;
};

} // namespace simfleet
