#include "api/ApiMethods.h"

#include <QSet>

namespace simfleet {

namespace ApiMethods {

bool isRead(const QString& method) {
    static const QSet<QString> reads = {
        QStringLiteral("sim/list"),        QStringLiteral("bill/list"),
        QStringLiteral("report/sessions"), QStringLiteral("report/day"),
        QStringLiteral("report/call_sms"), QStringLiteral("user/get"),
        QStringLiteral("company/get"),     QStringLiteral("user/list"),
        QStringLiteral("group/list"),
    };
    return reads.contains(method) || method.startsWith(QLatin1String("bill/download/"));
}

bool allowedWhenReadOnly(const QString& method, const QJsonObject& body) {
    if (isRead(method) || method == QLatin1String("user/password"))
        return true;
    return method == QLatin1String("user/edit") && !body.contains(QLatin1String("id"));
}

} // namespace ApiMethods

} // namespace simfleet
