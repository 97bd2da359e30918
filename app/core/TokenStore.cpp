#include "app/core/TokenStore.h"

#include <QEventLoop>
#include <QTimer>
#include <QUrl>
#include <qt6keychain/keychain.h>

#include <memory>

namespace simfleet {

namespace {

QHash<QString, QString>* g_memoryKeychain = nullptr;

QString timeoutText() {
    return TokenStore::tr("No keychain service answered within %n second(s).", "",
                          TokenStore::kTimeoutMs / 1000);
}

// Runs a keychain job with a deadline; `done` is called exactly once.
template <typename Job, typename Done> void runWithDeadline(Job* job, QObject* owner, Done done) {
    auto called = std::make_shared<bool>(false);
    auto* timer = new QTimer(owner);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, owner, [called, done, timer]() mutable {
        timer->deleteLater();
        if (*called)
            return;
        *called = true;
        done(nullptr, timeoutText());
    });
    QObject::connect(job, &QKeychain::Job::finished, owner,
                     [called, done, timer](QKeychain::Job* j) mutable {
                         timer->stop();
                         timer->deleteLater();
                         if (*called)
                             return;
                         *called = true;
                         done(j, j->error() == QKeychain::NoError ? QString() : j->errorString());
                     });
    job->setAutoDelete(true);
    timer->start(TokenStore::kTimeoutMs);
    job->start();
}

} // namespace

QString TokenStore::serviceName() {
    return QStringLiteral("SimFleet");
}

QString TokenStore::accountKey(const QString& apiUrl) {
    const QUrl url = QUrl::fromUserInput(apiUrl.trimmed());
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QLatin1String("http") ? 80 : 443);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return QStringLiteral("token@%1://%2:%3%4")
        .arg(scheme, url.host().toLower())
        .arg(port)
        .arg(path);
}

QString TokenStore::accountKey(const QString& apiUrl, qint64 userId) {
    return userId == 0 ? accountKey(apiUrl)
                       : accountKey(apiUrl) + QLatin1Char('#') + QString::number(userId);
}

void TokenStore::useInMemoryKeychain(QHash<QString, QString>* entries) {
    g_memoryKeychain = entries;
}

TokenStore::TokenStore(QObject* parent)
    : QObject(parent) {}

void TokenStore::read(const QString& apiUrl, qint64 userId) {
    if (g_memoryKeychain) {
        const QString token = g_memoryKeychain->value(accountKey(apiUrl, userId));
        QTimer::singleShot(0, this,
                           [this, apiUrl, token] { emit readFinished(apiUrl, token, {}); });
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(accountKey(apiUrl, userId));
    runWithDeadline(job, this, [this, apiUrl](QKeychain::Job* j, const QString& error) {
        auto* readJob = qobject_cast<QKeychain::ReadPasswordJob*>(j);
        if (readJob && readJob->error() == QKeychain::EntryNotFound) {
            emit readFinished(apiUrl, {}, {});
            return;
        }
        emit readFinished(apiUrl, error.isEmpty() && readJob ? readJob->textData() : QString(),
                          error);
    });
}

void TokenStore::write(const QString& apiUrl, const QString& token, qint64 userId) {
    if (g_memoryKeychain) {
        g_memoryKeychain->insert(accountKey(apiUrl, userId), token);
        QTimer::singleShot(0, this, [this] { emit writeFinished(true, {}); });
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(accountKey(apiUrl, userId));
    job->setTextData(token);
    runWithDeadline(job, this, [this](QKeychain::Job*, const QString& error) {
        emit writeFinished(error.isEmpty(), error);
    });
}

void TokenStore::remove(const QString& apiUrl, qint64 userId) {
    if (g_memoryKeychain) {
        g_memoryKeychain->remove(accountKey(apiUrl, userId));
        QTimer::singleShot(0, this, [this] { emit removeFinished(true, {}); });
        return;
    }
    auto* job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(accountKey(apiUrl, userId));
    runWithDeadline(job, this, [this](QKeychain::Job* j, const QString& error) {
        const bool notFound = j && j->error() == QKeychain::EntryNotFound;
        emit removeFinished(error.isEmpty() || notFound, notFound ? QString() : error);
    });
}

QString TokenStore::readBlocking(const QString& apiUrl, QString* error) {
    TokenStore store;
    QEventLoop loop;
    QString token;
    connect(&store, &TokenStore::readFinished, &loop,
            [&](const QString&, const QString& t, const QString& e) {
                token = t;
                if (error)
                    *error = e;
                loop.quit();
            });
    store.read(apiUrl);
    loop.exec();
    return token;
}

} // namespace simfleet
