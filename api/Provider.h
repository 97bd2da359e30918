#pragma once

#include "api/ApiClient.h"

#include <QCoreApplication>
#include <QFlags>
#include <QString>
#include <QUrl>
#include <QVector>

#include <optional>

namespace simfleet {

// Which provider an account's SIMs are with.
enum class ProviderKind : quint8 {
    NovaConnect,    // api/... : queued bulk operations, groups, users, bills, reports
    SecondOperator, // api/v2/... : one request per SIM, no queue (docs/api-v2-notes.md)
};

// What a provider can do. Pages, actions, filters and report kinds are shown
// only where the account's provider has the capability; absent ones are hidden.
enum class Capability : quint32 {
    SimList = 1u << 0,
    SimDetails = 1u << 1,
    Block = 1u << 2,          // block / unblock the SIM
    ServiceBlock = 1u << 3,   // block / unblock internet, SMS or calls alone
    FinanceBlock = 1u << 4,   // financial block / unblock
    TariffFromDate = 1u << 5, // change the tariff from a date
    TopUpPacket = 1u << 6,    // add a top-up packet
    Activation = 1u << 7,     // activate a SIM with a tariff
    NumberBinding = 1u << 8,  // bind a number to a SIM, SIM swap
    InfoSms = 1u << 9,        // informational SMS about a packet
    UsageReport = 1u << 10,   // internet usage records (CDR)
    Groups = 1u << 11,
    Users = 1u << 12,
    Bills = 1u << 13,
    SessionReports = 1u << 14, // NovaConnect's reports by session, by day, SMS and calls
    QueuedBulk = 1u << 15,     // bulk operations queued by the provider, with callbacks
    Company = 1u << 16,        // the company card
    Profile = 1u << 17,        // the signed-in user's profile and password
    Connection = 1u << 18,     // reconnect, disconnect, ping
    FreeSms = 1u << 19,        // an SMS with the user's own text
    DataLimit = 1u << 20,
    Rename = 1u << 21,
    Roles = 1u << 22,         // the token's role decides read-only
    Notifications = 1u << 23, // account notifications sent by the web cabinet
    SimProfiles = 1u << 24,   // TD / TC profiles, MSU
};
Q_DECLARE_FLAGS(Capabilities, Capability)
Q_DECLARE_OPERATORS_FOR_FLAGS(Capabilities)

class Providers final {
    Q_DECLARE_TR_FUNCTIONS(Providers)

public:
    static const QVector<ProviderKind>& all();
    // Stable code for settings, the command line and snapshots: "nova", "v2".
    static QString code(ProviderKind kind);
    static std::optional<ProviderKind> fromCode(const QString& code);
    static QString displayName(ProviderKind kind); // translated
    static Capabilities capabilities(ProviderKind kind);
    static bool has(ProviderKind kind, Capability capability) {
        return capabilities(kind).testFlag(capability);
    }
    // What the API gateway must know of the provider's methods.
    static ApiClient::MethodRules methodRules(ProviderKind kind);
    // Empty when the provider has no well-known address (the second operator's).
    static QUrl defaultBaseUrl(ProviderKind kind);
    // Signing in asks for a login and a password, exchanged for a token that
    // is the only thing kept; otherwise the user pastes a token.
    static bool signsInWithPassword(ProviderKind kind) {
        return kind == ProviderKind::SecondOperator;
    }
};

} // namespace simfleet
