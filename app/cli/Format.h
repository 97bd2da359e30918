#pragma once

#include "api/Sim.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace simfleet {

// How values look in simfleet-cli tables. JSON output keeps raw values instead.
class Format final {
    Q_DECLARE_TR_FUNCTIONS(Format)

public:
    static QString dateTime(const std::optional<QDateTime>& time); // local, yyyy-MM-dd HH:mm
    // A calendar day as yyyy-MM-dd, empty when invalid. The provider's days
    // (report days, bill dates) come from ProviderTime, never from local time.
    static QString day(const QDate& day);
    static QString money(double amount, const QString& currency = {});
    static QString number(double value); // no exponent, at most 4 decimals
    static QString bytes(qint64 bytes);  // B, KB, MB, GB
    static QString yesNo(bool value);
    static QString blockStatus(const Sim& sim);
    static QString limit(const SimLimit& limit);
    static QString groups(const QVector<GroupRef>& groups);
    // `text` without the control characters a terminal would act on (C0 but
    // newline and tab, DEL, C1, so ESC sequences too): text from the server
    // cannot move the cursor, recolour or retitle the terminal, or hide lines.
    static QString terminalText(const QString& text);
    // Unix seconds or null, as the API writes times.
    static QJsonValue unixTime(const std::optional<QDateTime>& time);
};

} // namespace simfleet
