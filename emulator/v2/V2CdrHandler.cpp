#include "emulator/v2/V2CdrHandler.h"

#include "emulator/Rng.h"
#include "emulator/v2/V2Fleet.h"
#include "emulator/v2/V2Params.h"
#include "emulator/v2/V2Reply.h"

#include <QDate>
#include <QJsonArray>
#include <QSet>

namespace novaemu {

ApiReply V2CdrHandler::internet(const V2Call& call) const {
    V2Params::FieldErrors errors;
    const QDate from = V2Params::date(call, QStringLiteral("from"), &errors);
    const QDate to = V2Params::date(call, QStringLiteral("to"), &errors);
    if (from.isValid() && to.isValid() && to < from)
        errors.append({QStringLiteral("to"),
                       QStringLiteral("The to must be a date after or equal to from.")});
    else if (from.isValid() && to.isValid() && from.daysTo(to) >= kMaxDays)
        errors.append({QStringLiteral("to"),
                       QStringLiteral("The period must not exceed %1 days.").arg(kMaxDays)});

    const QStringList numbers = call.list(QStringLiteral("numbers"));
    QSet<QString> wanted;
    for (int i = 0; i < numbers.size(); ++i) {
        const QString field = QStringLiteral("numbers.%1").arg(i);
        if (!V2Params::isNumber(numbers.at(i)))
            errors.append({field, QStringLiteral("The %1 format is invalid.").arg(field)});
        else if (!m_fleet.byNumber(numbers.at(i)))
            errors.append({field, QStringLiteral("The selected %1 is invalid.").arg(field)});
        wanted.insert(numbers.at(i));
    }
    const QString inn = call.param(QStringLiteral("inn"));
    if (!inn.isEmpty() && !V2Params::isInn(inn))
        errors.append({QStringLiteral("inn"), QStringLiteral("The inn format is invalid.")});
    if (!errors.isEmpty())
        return V2Reply::invalid(errors);

    QList<int> selected;
    const QList<V2Sim>& sims = m_fleet.sims();
    for (int i = 0; i < sims.size(); ++i) {
        if ((wanted.isEmpty() || wanted.contains(sims.at(i).number)) &&
            (inn.isEmpty() || sims.at(i).inn == inn))
            selected.append(i);
    }
    const qint64 days = from.daysTo(to) + 1;
    if (qint64(selected.size()) * days > kMaxRows)
        return V2Reply::invalid({{QStringLiteral("numbers"),
                                  QStringLiteral("More than %1 records: narrow the period or the "
                                                 "numbers.")
                                      .arg(kMaxRows)}});

    // Usage depends only on (seed, SIM, day): the same period always reads the same.
    QJsonArray data;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const QString date = day.toString(Qt::ISODate);
        for (int i : selected) {
            const quint64 h = rng::hash({m_fleet.seed(), quint64(i), quint64(day.toJulianDay())});
            const bool idle = rng::unit(h) < 0.2;
            const qint64 bytes = idle ? 0 : qint64((h >> 8) % (200ULL * 1024 * 1024));
            data.append(QJsonObject{{QStringLiteral("number"), sims.at(i).number},
                                    {QStringLiteral("date"), date},
                                    {QStringLiteral("bytes"), bytes},
                                    {QStringLiteral("sessions"), idle ? 0 : int(h % 24) + 1}});
        }
    }
    return V2Reply::json(200, QJsonObject{{QStringLiteral("data"), data}});
}

} // namespace novaemu
