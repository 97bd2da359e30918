#pragma once

#include <QObject>
#include <QString>

// Keeps access tokens in the operating system's keychain (QtKeychain), one
// entry per API address. When no keychain service answers within
// kTimeoutMs the caller is told, so the token can be kept for this run only.
class TokenStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStore)

public:
    static constexpr int kTimeoutMs = 5000;
    static QString serviceName(); // "SimFleet"
    static QString accountKey(const QString& apiUrl);

    explicit TokenStore(QObject* parent = nullptr);

    void read(const QString& apiUrl);
    void write(const QString& apiUrl, const QString& token);
    void remove(const QString& apiUrl);

    // Blocking helper for the CLI: the stored token, or empty with *error set.
    static QString readBlocking(const QString& apiUrl, QString* error);

signals:
    // `token` is empty when none is stored; `error` is empty on success.
    void readFinished(const QString& token, const QString& error);
    void writeFinished(bool ok, const QString& error);
    void removeFinished(bool ok, const QString& error);
};
