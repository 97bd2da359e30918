#include "api/Provider.h"

#include "api/ApiClient.h"
#include "api/ApiMethods.h"
#include "api/v2/V2Methods.h"

#include <QVector>

namespace simfleet {

const QVector<ProviderKind>& Providers::all() {
    static const QVector<ProviderKind> kinds = {ProviderKind::NovaConnect,
                                                ProviderKind::SecondOperator};
    return kinds;
}

QString Providers::code(ProviderKind kind) {
    return kind == ProviderKind::SecondOperator ? QStringLiteral("v2") : QStringLiteral("nova");
}

std::optional<ProviderKind> Providers::fromCode(const QString& code) {
    const QString clean = code.trimmed().toLower();
    if (clean == QLatin1String("nova") || clean == QLatin1String("novaconnect"))
        return ProviderKind::NovaConnect;
    if (clean == QLatin1String("v2"))
        return ProviderKind::SecondOperator;
    return std::nullopt;
}

QString Providers::displayName(ProviderKind kind) {
    return kind == ProviderKind::SecondOperator ? tr("Second operator (api/v2)")
                                                : QStringLiteral("NovaConnect");
}

Capabilities Providers::capabilities(ProviderKind kind) {
    if (kind == ProviderKind::SecondOperator) {
        return Capability::SimList | Capability::SimDetails | Capability::Block |
               Capability::ServiceBlock | Capability::FinanceBlock | Capability::TariffFromDate |
               Capability::TopUpPacket | Capability::Activation | Capability::NumberBinding |
               Capability::InfoSms | Capability::UsageReport;
    }
    return Capability::SimList | Capability::SimDetails | Capability::Block | Capability::Groups |
           Capability::Users | Capability::Bills | Capability::SessionReports |
           Capability::QueuedBulk | Capability::Company | Capability::Profile |
           Capability::Connection | Capability::FreeSms | Capability::DataLimit |
           Capability::Rename | Capability::Roles | Capability::Notifications |
           Capability::SimProfiles;
}

ApiClient::MethodRules Providers::methodRules(ProviderKind kind) {
    if (kind == ProviderKind::SecondOperator)
        return v2MethodRules();
    ApiClient::MethodRules rules;
    rules.isRead = &ApiMethods::isRead;
    rules.allowedWhenReadOnly = &ApiMethods::allowedWhenReadOnly;
    return rules;
}

QUrl Providers::defaultBaseUrl(ProviderKind kind) {
    // The operator's documentation names no host: its users type the address.
    if (kind == ProviderKind::SecondOperator)
        return QUrl();
    return ApiClient::defaultBaseUrl();
}

} // namespace simfleet
