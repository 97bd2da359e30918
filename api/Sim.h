#pragma once

#include "api/ListPage.h"
#include "api/ParseReport.h"

#include <QChar>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace simfleet {

// SIM profile: TD (package tariffs) or TC (MSU, balance, monthly limits).
enum class SimProfile : quint8 { Unknown, TD, TC };
// `block`: n none, u by user, m MSU (TC, irreversible), p package exhausted,
// f financial, g operator/NovaConnect.
enum class BlockCode : quint8 { None, User, Msu, Package, Financial, Operator, Unknown };
// `limit.type`: off, month1 (TC), p_lim (TD, no renewal), p_unlim (TD, auto-renewal).
enum class LimitType : quint8 { Off, Month, PackageNoRenew, PackageAutoRenew, Unknown };

// Codes are matched trimmed and case-insensitively; anything else is Unknown.
SimProfile simProfileFromCode(const QString& code);
QString simProfileCode(SimProfile profile); // "TD", "TC"; Unknown -> null QString
// An empty/absent code is Unknown too: we never claim "not blocked" unless told so.
BlockCode blockCodeFromString(const QString& code);
QChar blockCodeChar(BlockCode block); // 'n', 'u', 'm', 'p', 'f', 'g'; Unknown -> QChar()
// An empty/absent type is Off (no limit set); an unrecognised one is Unknown.
LimitType limitTypeFromString(const QString& code);
QString limitTypeCode(LimitType type); // "off", "month1", "p_lim", "p_unlim"; Unknown -> null

struct GroupRef {
    qint64 id = 0;
    QString name;
};

struct SimLimit {
    LimitType type = LimitType::Off;
    QString typeRaw; // the server's code, kept only when type == Unknown
    std::optional<qint64> valueMb;
    std::optional<double> usedMb;
    std::optional<QDateTime> updated;
    std::optional<QDateTime> created;
};

struct SimTariff {
    qint64 id = 0;
    QString name;
    // When the tariff-change lock lifts. The guide also types it "bool"; a bool
    // carries no date and reads as "no lock date".
    std::optional<QDateTime> changeLock;
    bool packageAuto = false;
};

struct Sim {
    qint64 id = 0;
    QString iccid, number, externalNumber;
    QString name; // null QString when JSON null/absent
    double balance = 0;
    QString currency;
    std::optional<qint64> msuValue;
    SimProfile profile = SimProfile::Unknown;
    QString profileRaw; // the server's code, kept only when profile == Unknown (may be empty)
    BlockCode block = BlockCode::None;
    QString blockRaw; // the server's code, kept only when block == Unknown (may be empty)
    QString comment;  // advice from NovaConnect; null when null/absent
    QVector<GroupRef> groups;
    bool hasGroups = false; // false when `groups` was absent (webhooks) or not an array
    SimLimit limit;
    SimTariff tariff;
    QString queueStatus; // webhooks only; null otherwise
    // A provider's own fields that no column holds (the second operator's IMSI,
    // services, inn...), shown in the details pane; empty for NovaConnect.
    QJsonObject extras;

    // nullopt + *problem when `id` is missing or not a positive integer.
    static std::optional<Sim> fromJson(const QJsonObject& o, QString* problem = nullptr);
    // Round-trips with fromJson (local snapshots). `groups` is written only when
    // hasGroups, `queue_status` only when not null, `extras` only when not empty.
    QJsonObject toJson() const;

    // Unknown counts as blocked: an unrecognised code is not proof the SIM works.
    bool isBlocked() const { return block != BlockCode::None; }
};

bool operator==(const GroupRef& a, const GroupRef& b);
bool operator==(const SimLimit& a, const SimLimit& b);
bool operator==(const SimTariff& a, const SimTariff& b);
bool operator==(const Sim& a, const Sim& b);
inline bool operator!=(const GroupRef& a, const GroupRef& b) {
    return !(a == b);
}
inline bool operator!=(const SimLimit& a, const SimLimit& b) {
    return !(a == b);
}
inline bool operator!=(const SimTariff& a, const SimTariff& b) {
    return !(a == b);
}
inline bool operator!=(const Sim& a, const Sim& b) {
    return !(a == b);
}

// Drops (and reports in *problems, which may be null) entries that are not
// objects or have no usable id; keeps the rest in order. Repeated short strings
// (currency, tariff and group names, queue status) share one QString each.
QVector<Sim> parseSims(const QJsonArray& array, ParseProblems* problems);
// `sim/list` answer: count, all_count, items.
ListPage<Sim> parseSimPage(const QJsonObject& body);

} // namespace simfleet
