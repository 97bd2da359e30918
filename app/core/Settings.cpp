#include "app/core/Settings.h"

#include "api/ApiClient.h"
#include "api/ProviderTime.h"
#include "api/QueueCallback.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace simfleet {

namespace {

QString key(const char* name) {
    return QString::fromLatin1(name);
}

QString userKey(qint64 userId, const char* name) {
    return QStringLiteral("users/%1/").arg(userId) + QString::fromLatin1(name);
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
    return ok ? qBound(5, value, 600) : kDefaultRequestTimeoutSec;
}

void Settings::setRequestTimeoutSec(int seconds) {
    m_settings.setValue(key(Keys::requestTimeoutSec), qBound(5, seconds, 600));
}

int Settings::maxInFlight() const {
    bool ok = false;
    const int value = m_settings.value(key(Keys::maxInFlight)).toInt(&ok);
    return ok ? qBound(1, value, 16) : kDefaultMaxInFlight;
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

static_assert(Settings::kDefaultMaxAnswerMiB * 1024LL * 1024 == ApiClient::kDefaultMaxAnswerBytes);
static_assert(Settings::kDefaultMaxDownloadMiB * 1024LL * 1024 ==
              ApiClient::kDefaultMaxDownloadBytes);
static_assert(Settings::kDefaultAnswerDeadlineSec * 1000 == ApiClient::kDefaultDeadlineMs);

} // namespace

int Settings::maxAnswerMiB() const {
    return storedInt(m_settings, key(Keys::maxAnswerMiB), 16, 4096, kDefaultMaxAnswerMiB);
}

void Settings::setMaxAnswerMiB(int mib) {
    m_settings.setValue(key(Keys::maxAnswerMiB), qBound(16, mib, 4096));
}

int Settings::maxDownloadMiB() const {
    return storedInt(m_settings, key(Keys::maxDownloadMiB), 16, 65536, kDefaultMaxDownloadMiB);
}

void Settings::setMaxDownloadMiB(int mib) {
    m_settings.setValue(key(Keys::maxDownloadMiB), qBound(16, mib, 65536));
}

int Settings::answerDeadlineSec() const {
    return storedInt(m_settings, key(Keys::answerDeadlineSec), 10, 3600, kDefaultAnswerDeadlineSec);
}

void Settings::setAnswerDeadlineSec(int seconds) {
    m_settings.setValue(key(Keys::answerDeadlineSec), qBound(10, seconds, 3600));
}

void Settings::applyNetworkLimits(ApiClient* client) const {
    constexpr qint64 kMiB = 1024 * 1024;
    client->setTransferTimeoutMs(requestTimeoutSec() * 1000);
    client->setMaxInFlight(maxInFlight());
    client->setMaxAnswerBytes(maxAnswerMiB() * kMiB);
    client->setMaxDownloadBytes(maxDownloadMiB() * kMiB);
    client->setDeadlineMs(answerDeadlineSec() * 1000);
}

bool Settings::rememberToken() const {
    return m_settings.value(key(Keys::rememberToken), true).toBool();
}

void Settings::setRememberToken(bool remember) {
    m_settings.setValue(key(Keys::rememberToken), remember);
}

// --- SIMs workspace, per user -------------------------------------------------

QStringList Settings::operationsTechnicalColumns() const {
    return m_settings.value(key(Keys::operationsTechnicalColumns)).toStringList();
}

void Settings::setOperationsTechnicalColumns(const QStringList& keys) {
    m_settings.setValue(key(Keys::operationsTechnicalColumns), keys);
}

QByteArray Settings::simsHeaderState(qint64 userId) const {
    return m_settings.value(userKey(userId, Keys::simsHeaderState)).toByteArray();
}

void Settings::setSimsHeaderState(qint64 userId, const QByteArray& state) {
    m_settings.setValue(userKey(userId, Keys::simsHeaderState), state);
}

QByteArray Settings::simsSplitterState(qint64 userId) const {
    return m_settings.value(userKey(userId, Keys::simsSplitterState)).toByteArray();
}

void Settings::setSimsSplitterState(qint64 userId, const QByteArray& state) {
    m_settings.setValue(userKey(userId, Keys::simsSplitterState), state);
}

QByteArray Settings::simsSavedFilters(qint64 userId) const {
    return m_settings.value(userKey(userId, Keys::simsSavedFilters)).toByteArray();
}

void Settings::setSimsSavedFilters(qint64 userId, const QByteArray& json) {
    m_settings.setValue(userKey(userId, Keys::simsSavedFilters), json);
}

QString Settings::simsCsvSeparator(qint64 userId) const {
    const QString separator = m_settings.value(userKey(userId, Keys::simsCsvSeparator)).toString();
    return separator == QLatin1String(",") || separator == QLatin1String(";") ? separator
                                                                              : QString();
}

void Settings::setSimsCsvSeparator(qint64 userId, const QString& separator) {
    if (separator.isEmpty())
        m_settings.remove(userKey(userId, Keys::simsCsvSeparator));
    else
        m_settings.setValue(userKey(userId, Keys::simsCsvSeparator), separator);
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
    return boundedInt(m_settings, Keys::fleetPageSize, 100, 5000, kDefaultFleetPageSize);
}

void Settings::setFleetPageSize(int size) {
    m_settings.setValue(key(Keys::fleetPageSize), qBound(100, size, 5000));
}

int Settings::fleetConcurrency() const {
    return boundedInt(m_settings, Keys::fleetConcurrency, 1, 8, kDefaultFleetConcurrency);
}

void Settings::setFleetConcurrency(int pages) {
    m_settings.setValue(key(Keys::fleetConcurrency), qBound(1, pages, 8));
}

int Settings::autoRefreshMinutes() const {
    return boundedInt(m_settings, Keys::autoRefreshMinutes, 0, 24 * 60, kDefaultAutoRefreshMinutes);
}

void Settings::setAutoRefreshMinutes(int minutes) {
    m_settings.setValue(key(Keys::autoRefreshMinutes), qBound(0, minutes, 24 * 60));
}

int Settings::serverSideThreshold() const {
    return boundedInt(m_settings, Keys::serverSideThreshold, 1, 100000000,
                      kDefaultServerSideThreshold);
}

void Settings::setServerSideThreshold(int sims) {
    m_settings.setValue(key(Keys::serverSideThreshold), qBound(1, sims, 100000000));
}

// --- Bulk operations ------------------------------------------------------------

int Settings::bulkChunkSize() const {
    return boundedInt(m_settings, Keys::bulkChunkSize, 1, 5000, kDefaultBulkChunkSize);
}

void Settings::setBulkChunkSize(int size) {
    m_settings.setValue(key(Keys::bulkChunkSize), qBound(1, size, 5000));
}

int Settings::unconfirmedTimeoutMinutes() const {
    return boundedInt(m_settings, Keys::unconfirmedTimeoutMinutes, 1, 24 * 60,
                      kDefaultUnconfirmedTimeoutMinutes);
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
    return id.trimmed().isEmpty() ? QString::fromLatin1(ProviderTime::kDefaultZoneId)
                                  : id.trimmed();
}

void Settings::setProviderTimeZone(const QUrl& apiUrl, const QString& zoneId) {
    const QString key = accountKey(apiUrl, Keys::providerTimeZone);
    if (zoneId.trimmed().isEmpty())
        m_settings.remove(key);
    else
        m_settings.setValue(key, zoneId.trimmed());
}

} // namespace simfleet
