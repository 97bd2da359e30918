#include "app/core/Settings.h"

#include "api/ApiClient.h"
#include "api/QueueCallback.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace simfleet {

namespace {

QString key(const char* name) {
    return QString::fromLatin1(name);
}

QString accountKey(const QUrl& apiUrl, const char* name) {
    // Percent-encoded so that the address's slashes do not open settings groups.
    const QByteArray address = apiUrl
                                   .adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment |
                                             QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)
                                   .toEncoded();
    return QStringLiteral("accounts/") + QString::fromLatin1(address.toPercentEncoding()) +
           QLatin1Char('/') + QString::fromLatin1(name);
}

const Preferences& defaults() {
    static const Preferences kDefaults;
    return kDefaults;
}

bool isKnownLanguage(const QString& language) {
    return language == QLatin1String("ru") || language == QLatin1String("en");
}

} // namespace

Settings::Settings() = default;

Settings::Settings(const QString& iniFile)
    : m_settings(iniFile, QSettings::IniFormat) {}

Settings::Settings(const QString& organization, const QString& application)
    : m_settings(organization, application) {}

Settings Settings::ofDesktopApp() {
    // The names app/gui/main.cpp gives the desktop app.
    return Settings(QStringLiteral("SimFleet"), QStringLiteral("SimFleet"));
}

QUrl Settings::apiUrl() const {
    const QUrl url(m_settings.value(key(Keys::apiUrl)).toString());
    return url.isValid() && !url.isEmpty() ? url : ApiClient::defaultBaseUrl();
}

void Settings::setApiUrl(const QUrl& url) {
    m_settings.setValue(key(Keys::apiUrl), url.toString());
}

QString Settings::language() const {
    const QString stored = m_settings.value(key(Keys::language)).toString();
    return isKnownLanguage(stored) ? stored : systemLanguage();
}

void Settings::setLanguage(const QString& language) {
    if (isKnownLanguage(language))
        m_settings.setValue(key(Keys::language), language);
}

QString Settings::clampTheme(const QString& theme) {
    QString value = theme.trimmed().toLower();
    if (value == QLatin1String("light") || value == QLatin1String("dark"))
        return value;
    return QStringLiteral("system");
}

QString Settings::theme() const {
    return clampTheme(m_settings.value(key(Keys::theme)).toString());
}

void Settings::setTheme(const QString& theme) {
    m_settings.setValue(key(Keys::theme), clampTheme(theme));
}

QString Settings::systemLanguage() {
    return QLocale::system().language() == QLocale::Russian ? QStringLiteral("ru")
                                                            : QStringLiteral("en");
}

QByteArray Settings::windowGeometry() const {
    return m_settings.value(key(Keys::windowGeometry)).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry) {
    m_settings.setValue(key(Keys::windowGeometry), geometry);
}

QByteArray Settings::windowState() const {
    return m_settings.value(key(Keys::windowState)).toByteArray();
}

void Settings::setWindowState(const QByteArray& state) {
    m_settings.setValue(key(Keys::windowState), state);
}

int Settings::requestTimeoutSec() const {
    bool ok = false;
    const int value = m_settings.value(key(Keys::requestTimeoutSec)).toInt(&ok);
    return ok ? qBound(5, value, 600) : defaults().requestTimeoutSec;
}

void Settings::setRequestTimeoutSec(int seconds) {
    m_settings.setValue(key(Keys::requestTimeoutSec), qBound(5, seconds, 600));
}

int Settings::maxInFlight() const {
    bool ok = false;
    const int value = m_settings.value(key(Keys::maxInFlight)).toInt(&ok);
    return ok ? qBound(1, value, 16) : defaults().maxInFlight;
}

void Settings::setMaxInFlight(int count) {
    m_settings.setValue(key(Keys::maxInFlight), qBound(1, count, 16));
}

namespace {

int storedInt(const QSettings& settings, const QString& name, int low, int high, int fallback) {
    bool ok = false;
    const int value = settings.value(name).toInt(&ok);
    return ok ? qBound(low, value, high) : fallback;
}

} // namespace

int Settings::maxAnswerMiB() const {
    return storedInt(m_settings, key(Keys::maxAnswerMiB), 16, 4096, defaults().maxAnswerMiB);
}

void Settings::setMaxAnswerMiB(int mib) {
    m_settings.setValue(key(Keys::maxAnswerMiB), qBound(16, mib, 4096));
}

int Settings::maxDownloadMiB() const {
    return storedInt(m_settings, key(Keys::maxDownloadMiB), 16, 65536, defaults().maxDownloadMiB);
}

void Settings::setMaxDownloadMiB(int mib) {
    m_settings.setValue(key(Keys::maxDownloadMiB), qBound(16, mib, 65536));
}

int Settings::answerDeadlineSec() const {
    return storedInt(m_settings, key(Keys::answerDeadlineSec), 10, 3600,
                     defaults().answerDeadlineSec);
}

void Settings::setAnswerDeadlineSec(int seconds) {
    m_settings.setValue(key(Keys::answerDeadlineSec), qBound(10, seconds, 3600));
}

void Settings::applyNetworkLimits(ApiClient* client) const {
    constexpr qint64 kMiB = Preferences::kMiB;
    client->setTransferTimeoutMs(requestTimeoutSec() * 1000);
    client->setMaxInFlight(maxInFlight());
    client->setMaxAnswerBytes(maxAnswerMiB() * kMiB);
    client->setMaxDownloadBytes(maxDownloadMiB() * kMiB);
    client->setDeadlineMs(answerDeadlineSec() * 1000);
}

Preferences Settings::preferences(const QUrl& apiUrl) const {
    Preferences result;
    result.requestTimeoutSec = requestTimeoutSec();
    result.maxInFlight = maxInFlight();
    result.fleetPageSize = fleetPageSize();
    result.fleetConcurrency = fleetConcurrency();
    result.autoRefreshMinutes = autoRefreshMinutes();
    result.serverSideThreshold = serverSideThreshold();
    result.bulkChunkSize = bulkChunkSize();
    result.perSimRequestsPerSecond = perSimRequestsPerSecond();
    result.perSimConcurrency = perSimConcurrency();
    result.unconfirmedTimeoutMinutes = unconfirmedTimeoutMinutes();
    result.callbackListenerEnabled = callbackListenerEnabled();
    result.callbackListenerPort = callbackListenerPort();
    result.publicCallbackUrl = publicCallbackUrl().toString();
    result.maxAnswerMiB = maxAnswerMiB();
    result.maxDownloadMiB = maxDownloadMiB();
    result.answerDeadlineSec = answerDeadlineSec();
    result.providerTimeZone = providerTimeZone(apiUrl);
    result.theme = theme();
    return result;
}

void Settings::setPreferences(const QUrl& apiUrl, const Preferences& preferences) {
    setRequestTimeoutSec(preferences.requestTimeoutSec);
    setMaxInFlight(preferences.maxInFlight);
    setFleetPageSize(preferences.fleetPageSize);
    setFleetConcurrency(preferences.fleetConcurrency);
    setAutoRefreshMinutes(preferences.autoRefreshMinutes);
    setServerSideThreshold(preferences.serverSideThreshold);
    setBulkChunkSize(preferences.bulkChunkSize);
    setPerSimRequestsPerSecond(preferences.perSimRequestsPerSecond);
    setPerSimConcurrency(preferences.perSimConcurrency);
    setUnconfirmedTimeoutMinutes(preferences.unconfirmedTimeoutMinutes);
    setCallbackListenerEnabled(preferences.callbackListenerEnabled);
    setCallbackListenerPort(preferences.callbackListenerPort);
    setPublicCallbackUrl(QUrl(preferences.publicCallbackUrl));
    setMaxAnswerMiB(preferences.maxAnswerMiB);
    setMaxDownloadMiB(preferences.maxDownloadMiB);
    setAnswerDeadlineSec(preferences.answerDeadlineSec);
    setProviderTimeZone(apiUrl, preferences.providerTimeZone);
    setTheme(preferences.theme);
}

bool Settings::rememberToken() const {
    return m_settings.value(key(Keys::rememberToken), true).toBool();
}

void Settings::setRememberToken(bool remember) {
    m_settings.setValue(key(Keys::rememberToken), remember);
}

// --- Pages, per user ---------------------------------------------------------

namespace {

QString pagePrefix(qint64 userId, const QString& pageId) {
    return QStringLiteral("%1/%2/%3/")
        .arg(QString::fromLatin1(Settings::Keys::users))
        .arg(userId)
        .arg(pageId);
}

} // namespace

QVariantMap Settings::pageState(qint64 userId, const QString& pageId) const {
    QVariantMap state;
    if (pageId.isEmpty())
        return state;
    const QString prefix = pagePrefix(userId, pageId);
    const QStringList keys = m_settings.allKeys();
    for (const QString& name : keys) {
        if (name.startsWith(prefix) && name.indexOf(QLatin1Char('/'), prefix.size()) < 0)
            state.insert(name.mid(prefix.size()), m_settings.value(name));
    }
    return state;
}

void Settings::setPageState(qint64 userId, const QString& pageId, const QVariantMap& state) {
    if (pageId.isEmpty())
        return;
    const QString prefix = pagePrefix(userId, pageId);
    for (auto it = state.cbegin(); it != state.cend(); ++it) {
        const QVariant& value = it.value();
        const bool empty =
            !value.isValid() || value.isNull() ||
            (value.typeId() == QMetaType::QString && value.toString().isEmpty()) ||
            (value.typeId() == QMetaType::QByteArray && value.toByteArray().isEmpty());
        if (empty)
            m_settings.remove(prefix + it.key());
        else
            m_settings.setValue(prefix + it.key(), value);
    }
}

// --- Fleet data (loading, refresh, server-side mode) ---------------------------

namespace {

int boundedInt(const QSettings& settings, const char* name, int low, int high, int fallback) {
    bool ok = false;
    const int value = settings.value(key(name)).toInt(&ok);
    return ok ? qBound(low, value, high) : fallback;
}

} // namespace

int Settings::fleetPageSize() const {
    return boundedInt(m_settings, Keys::fleetPageSize, 100, 5000, defaults().fleetPageSize);
}

void Settings::setFleetPageSize(int size) {
    m_settings.setValue(key(Keys::fleetPageSize), qBound(100, size, 5000));
}

int Settings::fleetConcurrency() const {
    return boundedInt(m_settings, Keys::fleetConcurrency, 1, 8, defaults().fleetConcurrency);
}

void Settings::setFleetConcurrency(int pages) {
    m_settings.setValue(key(Keys::fleetConcurrency), qBound(1, pages, 8));
}

int Settings::autoRefreshMinutes() const {
    return boundedInt(m_settings, Keys::autoRefreshMinutes, 0, 24 * 60,
                      defaults().autoRefreshMinutes);
}

void Settings::setAutoRefreshMinutes(int minutes) {
    m_settings.setValue(key(Keys::autoRefreshMinutes), qBound(0, minutes, 24 * 60));
}

int Settings::serverSideThreshold() const {
    return boundedInt(m_settings, Keys::serverSideThreshold, 1, 100000000,
                      defaults().serverSideThreshold);
}

void Settings::setServerSideThreshold(int sims) {
    m_settings.setValue(key(Keys::serverSideThreshold), qBound(1, sims, 100000000));
}

// --- Bulk operations ------------------------------------------------------------

int Settings::bulkChunkSize() const {
    return boundedInt(m_settings, Keys::bulkChunkSize, 1, 5000, defaults().bulkChunkSize);
}

void Settings::setBulkChunkSize(int size) {
    m_settings.setValue(key(Keys::bulkChunkSize), qBound(1, size, 5000));
}

int Settings::perSimRequestsPerSecond() const {
    return boundedInt(m_settings, Keys::perSimRequestsPerSecond, 1, 100,
                      defaults().perSimRequestsPerSecond);
}

void Settings::setPerSimRequestsPerSecond(int perSecond) {
    m_settings.setValue(key(Keys::perSimRequestsPerSecond), qBound(1, perSecond, 100));
}

int Settings::perSimConcurrency() const {
    return boundedInt(m_settings, Keys::perSimConcurrency, 1, 16, defaults().perSimConcurrency);
}

void Settings::setPerSimConcurrency(int count) {
    m_settings.setValue(key(Keys::perSimConcurrency), qBound(1, count, 16));
}

int Settings::unconfirmedTimeoutMinutes() const {
    return boundedInt(m_settings, Keys::unconfirmedTimeoutMinutes, 1, 24 * 60,
                      defaults().unconfirmedTimeoutMinutes);
}

void Settings::setUnconfirmedTimeoutMinutes(int minutes) {
    m_settings.setValue(key(Keys::unconfirmedTimeoutMinutes), qBound(1, minutes, 24 * 60));
}

bool Settings::callbackListenerEnabled() const {
    return m_settings.value(key(Keys::callbackListenerEnabled), false).toBool();
}

void Settings::setCallbackListenerEnabled(bool enabled) {
    m_settings.setValue(key(Keys::callbackListenerEnabled), enabled);
}

int Settings::callbackListenerPort() const {
    const int port = boundedInt(m_settings, Keys::callbackListenerPort, 0, 65535, 0);
    return port == 0 || port >= 1024 ? port : 0;
}

void Settings::setCallbackListenerPort(int port) {
    m_settings.setValue(key(Keys::callbackListenerPort), port >= 1024 && port <= 65535 ? port : 0);
}

QUrl Settings::publicCallbackUrl() const {
    const QUrl url(m_settings.value(key(Keys::publicCallbackUrl)).toString(), QUrl::StrictMode);
    return isUsableCallbackUrl(url) ? url : QUrl();
}

void Settings::setPublicCallbackUrl(const QUrl& url) {
    m_settings.setValue(key(Keys::publicCallbackUrl),
                        isUsableCallbackUrl(url) ? url.toString() : QString());
}

bool Settings::isUsableCallbackUrl(const QUrl& url) {
    return QueueCallback::validateUrl(url);
}

QString Settings::callbackSecret() {
    QString secret = m_settings.value(key(Keys::callbackSecret)).toString();
    static const QRegularExpression kSafe(QStringLiteral("^[A-Za-z0-9_-]{16,}$"));
    if (kSafe.match(secret).hasMatch())
        return secret;
    QByteArray bytes(24, Qt::Uninitialized);
    for (char& byte : bytes)
        byte = char(QRandomGenerator::system()->bounded(256));
    secret = QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_settings.setValue(key(Keys::callbackSecret), secret);
    return secret;
}

QString Settings::providerTimeZone(const QUrl& apiUrl) const {
    const QString id = m_settings.value(accountKey(apiUrl, Keys::providerTimeZone)).toString();
    return id.trimmed().isEmpty() ? defaults().providerTimeZone : id.trimmed();
}

void Settings::setProviderTimeZone(const QUrl& apiUrl, const QString& zoneId) {
    const QString key = accountKey(apiUrl, Keys::providerTimeZone);
    if (zoneId.trimmed().isEmpty())
        m_settings.remove(key);
    else
        m_settings.setValue(key, zoneId.trimmed());
}

} // namespace simfleet
