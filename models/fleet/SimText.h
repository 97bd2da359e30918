#pragma once

#include "api/Sim.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace simfleet {

// Translated, locale-formatted texts for SIM values (docs/glossary.md words). Shared by
// every model and view that shows a SIM, so a status reads the same everywhere.
class SimText final {
    Q_DECLARE_TR_FUNCTIONS(SimText)

public:
    SimText() = delete;

    // "Active", "Blocked by user", ...; an unknown code is shown as sent.
    static QString status(BlockCode block, const QString& rawCode = {});
    // The status filter's and the dashboard's "Blocked (any)".
    static QString statusBlockedAny();
    // The status filter's "Not blocked by MSU" (every SIM except MSU-blocked ones).
    static QString statusNotMsu();
    // The full meaning of a status, for tooltips.
    static QString statusMeaning(BlockCode block, const QString& rawCode = {});
    // ":/icons/status-*.svg": green active, amber package, red blocked, dark
    // red irreversible, grey unknown.
    static QString statusIconPath(BlockCode block);
    // Every known block code, in the order filters and counts list them.
    static QVector<BlockCode> knownBlockCodes();
    // Orders statuses from working to hopeless, for sorting.
    static int statusRank(BlockCode block);

    // "TD", "TC", or the code as sent.
    static QString profile(SimProfile profile, const QString& rawCode = {});
    static QString profileMeaning(SimProfile profile);

    // Human data sizes from megabytes: "512 KB", "34.5 MB", "1.2 GB".
    static QString megabytes(double mb);
    // "34.5 MB / 80 MB"; empty when no limit is set.
    static QString limit(const SimLimit& limit);
    static QString limitMeaning(const SimLimit& limit);
    // "Calendar month", "Package, no auto-renew", ...; "No limit" for off.
    static QString limitTypeName(LimitType type, const QString& rawCode = {});
    // The limit column's text: "Month · 34.5 MB / 80 MB"; empty when no limit is set.
    static QString limitSummary(const SimLimit& limit);
    // used / limit, or -1 when there is no limit to compare with.
    static double limitUsage(const SimLimit& limit);

    // "1,234.50 EUR" in the current locale.
    static QString money(double amount, const QString& currency);
    // Group names joined with ", ".
    static QString groups(const QVector<GroupRef>& groups);
    static QString tariffMeaning(const SimTariff& tariff);

    static QString yesNo(bool value);
    // The date only, in the locale's short format (local time).
    static QString shortDate(const QDateTime& time);
    // A calendar day (no time, no zone) in the same format.
    static QString shortDate(const QDate& date);
    // The locale's short date format with a four-digit year (date edits).
    static QString shortDateFormat();
    static QString shortDateTime(const QDateTime& time);
    static QString longDateTime(const QDateTime& time);
};

} // namespace simfleet
