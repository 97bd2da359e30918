#pragma once

#include "app/core/SavedAccount.h"
#include "models/common/Preferences.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

namespace simfleet {

class ApiClient;

// Typed application settings. The one place that names every key; the
// defaults are Preferences' (models/common/Preferences.h). Nothing else
// touches QSettings directly.
class Settings final {
    Q_DISABLE_COPY_MOVE(Settings)

public:
    struct Keys {
        static constexpr const char* apiUrl = "api/url";
        static constexpr const char* provider = "api/provider";
        static constexpr const char* login = "api/login";
        static constexpr const char* requestTimeoutSec = "api/requestTimeoutSec";
        static constexpr const char* maxInFlight = "api/maxInFlight";
        static constexpr const char* maxAnswerMiB = "api/maxAnswerMiB";
        static constexpr const char* maxDownloadMiB = "api/maxDownloadMiB";
        static constexpr const char* answerDeadlineSec = "api/answerDeadlineSec";
        static constexpr const char* rememberToken = "api/rememberToken";
        static constexpr const char* language = "ui/language";
        static constexpr const char* theme = "ui/theme";
        static constexpr const char* windowGeometry = "ui/mainWindow/geometry";
        static constexpr const char* windowState = "ui/mainWindow/state";
        // --- Pages, per user: "users/<user id>/<page id>/<key>" ---
        static constexpr const char* users = "users";
        // --- Fleet data (loading, refresh, server-side mode) ---
        static constexpr const char* fleetPageSize = "fleet/pageSize";
        static constexpr const char* fleetConcurrency = "fleet/concurrency";
        static constexpr const char* autoRefreshMinutes = "fleet/autoRefreshMinutes";
        static constexpr const char* serverSideThreshold = "fleet/serverSideThreshold";
        // --- Bulk operations ---
        static constexpr const char* bulkChunkSize = "operations/chunkSize";
        static constexpr const char* unconfirmedTimeoutMinutes = "operations/unconfirmedTimeoutMin";
        static constexpr const char* perSimRequestsPerSecond = "operations/perSimRequestsPerSecond";
        static constexpr const char* perSimConcurrency = "operations/perSimConcurrency";
        static constexpr const char* callbackListenerEnabled = "operations/callbackListener";
        static constexpr const char* callbackListenerPort = "operations/callbackPort";
        static constexpr const char* publicCallbackUrl = "operations/publicCallbackUrl";
        static constexpr const char* callbackSecret = "operations/callbackSecret";
        // --- Saved accounts (the Account menu): an array ---
        static constexpr const char* savedAccounts = "savedAccounts";
        // --- Per account: "accounts/<API address, percent-encoded>/..." ---
        static constexpr const char* providerTimeZone = "providerTimeZone";
    };

    // The user's settings of the application (organization and application
    // names set on QCoreApplication); under QStandardPaths' test mode in tests.
    Settings();
    // Settings kept in an INI file (tests, portable setups).
    explicit Settings(const QString& iniFile);
    // The desktop app's settings, read by simfleet-cli (which has its own
    // application name).
    static Settings ofDesktopApp();

    // Last API address used; ApiClient::defaultBaseUrl() until one was used.
    QUrl apiUrl() const;
    void setApiUrl(const QUrl& url);
    // The provider of the last sign-in (NovaConnect until another was used)
    // and, for one that signs in with a password, the login (never the password).
    ProviderKind provider() const;
    void setProvider(ProviderKind provider);
    QString login() const;
    void setLogin(const QString& login);

    // "ru" or "en"; defaults to the system language when it is Russian, else English.
    QString language() const;
    void setLanguage(const QString& language);
    static QString systemLanguage();

    // "system" (default), "light" or "dark"; anything else reads as "system".
    QString theme() const;
    void setTheme(const QString& theme);
    static QString clampTheme(const QString& theme);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    // Transfer timeout of one request, 5..600 s (default 30).
    int requestTimeoutSec() const;
    void setRequestTimeoutSec(int seconds);
    // Requests in flight at once, 1..16 (default 4).
    int maxInFlight() const;
    void setMaxInFlight(int count);
    // Largest API answer read, 16..4096 MiB (default 256); larger ones fail.
    int maxAnswerMiB() const;
    void setMaxAnswerMiB(int mib);
    // Largest file downloaded (invoices, transcripts), 16..65536 MiB (default 2048).
    int maxDownloadMiB() const;
    void setMaxDownloadMiB(int mib);
    // Overall time one request may take, besides the transfer (inactivity)
    // timeout, 10..3600 s (default 300).
    int answerDeadlineSec() const;
    // The request timeout, requests in flight, answer and download size
    // limits and the answer deadline above, applied to `client`.
    void applyNetworkLimits(ApiClient* client) const;
    void setAnswerDeadlineSec(int seconds);

    // Every value the Preferences dialog edits, `apiUrl`'s provider time
    // zone included; what was never stored is the default.
    Preferences preferences(const QUrl& apiUrl) const;
    // Stores them (clamped to the ranges below), the zone for `apiUrl`.
    void setPreferences(const QUrl& apiUrl, const Preferences& preferences);

    // The accounts signed in to, in the order first used (the Account menu).
    QVector<SavedAccount> savedAccounts() const;
    void setSavedAccounts(const QVector<SavedAccount>& accounts);

    // Whether the sign-in dialog offers to keep the token in the keychain (default on).
    bool rememberToken() const;
    void setRememberToken(bool remember);

    // --- Pages, per user: "users/<user id>/<page id>/<key>" ---
    // What a page keeps for a user (WorkspacePage::saveState()), by key;
    // empty when nothing was kept or `pageId` is empty.
    QVariantMap pageState(qint64 userId, const QString& pageId) const;
    // Stores each entry under its key; a null entry or an empty string or
    // byte array removes the key. Keys not in `state` stay as they are.
    void setPageState(qint64 userId, const QString& pageId, const QVariantMap& state);

    // --- Fleet data (loading, refresh, server-side mode) ---
    // SIMs per sim/list page while loading the fleet, 100..5000 (the API's cap).
    int fleetPageSize() const;
    void setFleetPageSize(int size);
    // sim/list pages requested at once while loading, 1..8.
    int fleetConcurrency() const;
    void setFleetConcurrency(int pages);
    // Automatic fleet refresh interval in minutes, 0 = off (default), at most a day.
    int autoRefreshMinutes() const;
    void setAutoRefreshMinutes(int minutes);
    // Fleets larger than this (all_count) use server-side filter, sort and paging.
    int serverSideThreshold() const;
    void setServerSideThreshold(int sims);

    // --- Bulk operations ---
    // SIM ids per bulk request, 1..5000.
    int bulkChunkSize() const;
    void setBulkChunkSize(int size);
    // A provider that changes one SIM per request: requests a second (1..100)
    // and at once (1..16).
    int perSimRequestsPerSecond() const;
    void setPerSimRequestsPerSecond(int perSecond);
    int perSimConcurrency() const;
    void setPerSimConcurrency(int count);
    // A queued SIM not confirmed within this time ends "unconfirmed", 1..1440 min.
    int unconfirmedTimeoutMinutes() const;
    void setUnconfirmedTimeoutMinutes(int minutes);
    // The local listener for the provider's job callbacks (off by default).
    bool callbackListenerEnabled() const;
    void setCallbackListenerEnabled(bool enabled);
    // Its loopback port, 0 = any free port (default), else 1024..65535.
    int callbackListenerPort() const;
    void setCallbackListenerPort(int port);
    // The reachable address the user forwards to the listener; empty = none.
    // Only https URLs (http for a loopback host) are kept: QueueCallback::validateUrl.
    QUrl publicCallbackUrl() const;
    void setPublicCallbackUrl(const QUrl& url);
    // The listener's secret path segment, made once and kept so that a
    // forwarding set up for the public URL keeps working across restarts.
    QString callbackSecret();
    static bool isUsableCallbackUrl(const QUrl& url);

    // --- Per account (the key includes the API address) ---
    // IANA id of the zone the provider's calendar days are read in
    // (ProviderTime.h); "Asia/Almaty" until set. Setting an empty id restores it.
    QString providerTimeZone(const QUrl& apiUrl) const;
    void setProviderTimeZone(const QUrl& apiUrl, const QString& zoneId);

    void sync() { m_settings.sync(); }

private:
    Settings(const QString& organization, const QString& application);

    QSettings m_settings;
};

} // namespace simfleet
