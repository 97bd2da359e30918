#include "app/demo/DemoBackend.h"

#include <QLoggingCategory>
#include <QMetaObject>

namespace simfleet {

Q_LOGGING_CATEGORY(lcDemo, "simfleet.app.demo")

DemoBackend::DemoBackend(QObject* parent)
    : QObject(parent) {
    m_thread.setObjectName(QStringLiteral("demo-emulator"));
}

DemoBackend::~DemoBackend() {
    stop();
}

bool DemoBackend::start(const novaemu::EmulatorConfig& config, QString* error) {
    stop();
    m_config = config;
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    // Deferred deletes are still processed when the thread finishes.
    connect(&m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
    m_thread.start();

    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_anchor,
        [this, &port] {
            m_emulator = new novaemu::Emulator(m_config);
            port = m_emulator->listen(0);
            if (port == 0) {
                delete m_emulator;
                m_emulator = nullptr;
            } else {
                m_baseUrl = m_emulator->baseUrl();
                if (m_emulator->v2SimCount() > 0)
                    m_v2BaseUrl = m_emulator->v2BaseUrl();
            }
        },
        Qt::BlockingQueuedConnection);

    if (port == 0) {
        if (error)
            *error = tr("The built-in NovaConnect emulator could not open a port on this "
                        "computer.");
        stop();
        return false;
    }
    qCInfo(lcDemo) << "demo emulator with" << m_config.sims << "SIMs at" << m_baseUrl.toString();
    return true;
}

void DemoBackend::stop() {
    if (!m_thread.isRunning())
        return;
    if (m_emulator) {
        QMetaObject::invokeMethod(
            m_anchor,
            [this] {
                delete m_emulator;
                m_emulator = nullptr;
            },
            Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
    m_anchor = nullptr; // deleted by its thread on finish
    m_baseUrl.clear();
    m_v2BaseUrl.clear();
}

QList<novaemu::Emulator::JournalEntry> DemoBackend::journal() const {
    QList<novaemu::Emulator::JournalEntry> entries;
    if (m_emulator)
        QMetaObject::invokeMethod(
            m_anchor, [this, &entries] { entries = m_emulator->journal(); },
            Qt::BlockingQueuedConnection);
    return entries;
}

bool DemoBackend::sendAccountNotification(const QString& kind, const QUrl& url, QString* error) {
    if (!m_emulator) {
        if (error)
            *error = QStringLiteral("the demo emulator is not running");
        return false;
    }
    bool sent = false;
    QMetaObject::invokeMethod(
        m_anchor,
        [this, &sent, &kind, &url, error] {
            sent = m_emulator->sendAccountNotification(kind, url, error);
        },
        Qt::BlockingQueuedConnection);
    return sent;
}

QString DemoBackend::tokenFor(Role role) const {
    return role == Role::Admin ? m_config.adminToken : m_config.userToken;
}

QString DemoBackend::tokenFor(const QString& role) const {
    Role parsed = Role::User;
    return roleFromString(role, &parsed) ? tokenFor(parsed) : QString();
}

bool DemoBackend::roleFromString(const QString& text, Role* role) {
    const QString code = text.trimmed().toLower();
    if (code == QLatin1String("admin"))
        *role = Role::Admin;
    else if (code == QLatin1String("user"))
        *role = Role::User;
    else
        return false;
    return true;
}

} // namespace simfleet
