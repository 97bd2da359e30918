#include "api/ListPage.h"

#include "api/JsonRead.h"

#include <QJsonValue>

#include <algorithm>
#include <limits>
#include <utility>

namespace simfleet {

using namespace Qt::Literals::StringLiterals;

namespace PageParsing {

namespace {

// PHP encodes an array with gaps as {"0": {...}, "2": {...}}: take its values
// in numeric key order (non-numeric keys after them, in key order).
QJsonArray arrayFromObject(const QJsonObject& object) {
    QVector<std::pair<qint64, QJsonValue>> entries;
    entries.reserve(object.size());
    qint64 nonNumeric = 0;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        bool ok = false;
        const qint64 key = it.key().toLongLong(&ok);
        // Non-numeric keys sort after every numeric key, keeping their own order.
        entries.append(
            {ok ? key : std::numeric_limits<qint64>::max() / 2 + nonNumeric++, it.value()});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QJsonArray array;
    for (const auto& entry : std::as_const(entries))
        array.append(entry.second);
    return array;
}

bool holdsRows(const QJsonValue& value) {
    return value.isArray() || value.isObject();
}

QJsonArray rowsOf(const QJsonValue& value) {
    return value.isArray() ? value.toArray() : arrayFromObject(value.toObject());
}

} // namespace

Frame readFrame(const QJsonObject& body, ParseProblems* problems) {
    Frame frame;
    const QJsonObject result = body.value("result"_L1).toObject();
    const QJsonValue topItems = body.value("items"_L1);
    const QJsonValue nestedItems = result.value("items"_L1);
    if (holdsRows(topItems))
        frame.items = rowsOf(topItems);
    else if (holdsRows(nestedItems))
        frame.items = rowsOf(nestedItems);
    else if (!topItems.isNull() && !nestedItems.isNull() && problems)
        problems->add(QStringLiteral("page has no items array"));

    std::optional<qint64> count = JsonRead::toInt(body.value("count"_L1));
    if (!count)
        count = JsonRead::toInt(result.value("count"_L1));
    frame.count = count && *count >= 0 ? *count : frame.items.size();

    frame.allCount = JsonRead::toInt(body.value("all_count"_L1));
    if (!frame.allCount)
        frame.allCount = JsonRead::toInt(result.value("all_count"_L1));
    if (frame.allCount && *frame.allCount < 0)
        frame.allCount.reset();
    return frame;
}

QString droppedMessage(QLatin1String what, qsizetype index, const QString& reason) {
    return QStringLiteral("%1 at index %2 dropped: %3")
        .arg(QString(what), QString::number(index),
             reason.isEmpty() ? QStringLiteral("rejected") : reason);
}

} // namespace PageParsing

} // namespace simfleet
