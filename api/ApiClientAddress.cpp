// The API address: the default one, and which addresses a token may be sent to.
#include "api/ApiClient.h"

#include <QHostAddress>

namespace simfleet {

namespace {

bool isLoopbackHost(const QString& host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QUrl ApiClient::defaultBaseUrl() {
    return QUrl(QStringLiteral("https://api.novaconnect.kz/api"));
}

bool ApiClient::validateBaseUrl(const QUrl& url, QString* why) {
    auto fail = [why](const QString& text) {
        if (why)
            *why = text;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("The API address is not a valid URL."));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return true;
    if (scheme == QLatin1String("http"))
        return fail(tr("The API address must use https:// (plain http is only allowed for "
                       "this computer, e.g. the built-in emulator)."));
    return fail(tr("The API address must start with https://."));
}

bool ApiClient::setBaseUrl(const QUrl& url, QString* why) {
    if (!validateBaseUrl(url, why))
        return false;
    QUrl clean = url;
    clean.setQuery(QString());
    clean.setFragment(QString());
    QString path = clean.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    clean.setPath(path);
    m_baseUrl = clean;
    return true;
}

} // namespace simfleet
