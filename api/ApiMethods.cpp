#include "ApiMethods.h"

#include <QSet>

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

bool requiresAdmin(const QString& method, const QJsonObject& body) {
    static const QSet<QString> adminOnly = {
        QStringLiteral("sim/block"),     QStringLiteral("sim/unblock"),
        QStringLiteral("sim/reconnect"), QStringLiteral("sim/disconnect"),
        QStringLiteral("sim/ping"),      QStringLiteral("sim/sms"),
        QStringLiteral("sim/limit"),     QStringLiteral("sim/tariff"),
        QStringLiteral("sim/repackage"), QStringLiteral("sim/group"),
        QStringLiteral("sim/edit"),      QStringLiteral("user/create"),
        QStringLiteral("user/remove"),   QStringLiteral("group/create"),
        QStringLiteral("group/edit"),    QStringLiteral("group/remove"),
    };
    if (method == QLatin1String("user/edit"))
        return body.contains(QLatin1String("id"));
    return adminOnly.contains(method);
}

} // namespace ApiMethods
