#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace simfleet {

// Keeps access tokens in the operating system's keychain (QtKeychain), one
// entry per API address (scheme, host, port and path), so a token is only
// ever read back for the address it was stored for. When no keychain service
// answers within kTimeoutMs the caller is told, so the token can be kept for
// this run only.
class TokenStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStore)

public:
    static constexpr int kTimeoutMs = 5000;
    static QString serviceName(); // "SimFleet"
    // "token@https://api.novaconnect.kz:443/api": the same for every spelling
    // of one address (case, default port, trailing slash), different for any
    // other scheme, host, port or path.
    static QString accountKey(const QString& apiUrl);
    // A saved account's own entry: accountKey(apiUrl) + "#<user id>". The
    // address's entry (userId 0) holds the token last signed in with there,
    // which the next start and simfleet-cli read.
    static QString accountKey(const QString& apiUrl, qint64 userId);
    // For tests: keep the entries in `entries` (accountKey → token) instead of
    // the system keychain; nullptr returns to the keychain.
    static void useInMemoryKeychain(QHash<QString, QString>* entries);

    explicit TokenStore(QObject* parent = nullptr);

    // `userId` 0: the address's entry; else that saved account's.
    void read(const QString& apiUrl, qint64 userId = 0);
    void write(const QString& apiUrl, const QString& token, qint64 userId = 0);
    void remove(const QString& apiUrl, qint64 userId = 0);

    // Blocking helper for the CLI: the stored token, or empty with *error set.
    static QString readBlocking(const QString& apiUrl, QString* error);

signals:
    // `apiUrl` is the address read() was asked for: the token belongs to it
    // alone. `token` is empty when none is stored; `error` is empty on success.
    void readFinished(const QString& apiUrl, const QString& token, const QString& error);
    void writeFinished(bool ok, const QString& error);
    void removeFinished(bool ok, const QString& error);
};

} // namespace simfleet
