#include "api/JsonRead.h"

#include <QLocale>
#include <QStringView>

#include <cmath>
#include <limits>

namespace simfleet {

namespace JsonRead {

namespace {

// 9999-12-31T23:59:59Z: keeps QDateTime arithmetic far away from overflow.
constexpr qint64 kMaxUnixSeconds = 253402300799LL;

// 2^63 as a double: the first value that no longer fits in qint64.
constexpr double kInt64Limit = 9223372036854775808.0;

std::optional<qint64> integralDouble(double d) {
    if (!std::isfinite(d) || d != std::trunc(d) || d < -kInt64Limit || d >= kInt64Limit)
        return std::nullopt;
    return static_cast<qint64>(d);
}

std::optional<double> parseDouble(QStringView text) {
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    double d = text.toDouble(&ok);
    if (!ok && text.contains(u',')) {
        QString dotted = text.toString();
        dotted.replace(u',', u'.');
        d = QStringView(dotted).toDouble(&ok);
    }
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

} // namespace

std::optional<qint64> toInt(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Double: {
        // Qt 6 keeps JSON integers as qint64, so large ids stay exact.
        const qint64 sentinel = std::numeric_limits<qint64>::min();
        const qint64 exact = value.toInteger(sentinel);
        if (exact != sentinel)
            return exact;
        return integralDouble(value.toDouble());
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        const QStringView trimmed = QStringView(text).trimmed();
        bool ok = false;
        const qint64 n = trimmed.toLongLong(&ok);
        if (ok)
            return n;
        // "12.0" / "1e3" are integral values written as decimals.
        if (const std::optional<double> d = parseDouble(trimmed))
            return integralDouble(*d);
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<double> toDouble(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return std::nullopt;
        return d;
    }
    case QJsonValue::String:
        return parseDouble(value.toString());
    default:
        return std::nullopt;
    }
}

QString toString(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const qint64 sentinel = std::numeric_limits<qint64>::min();
        const qint64 exact = value.toInteger(sentinel);
        if (exact != sentinel)
            return QString::number(exact);
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return QString();
        return QString::number(d, 'f', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return QString();
    }
}

std::optional<bool> toBool(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double: {
        const std::optional<qint64> n = toInt(value);
        if (n == 0 || n == 1)
            return *n == 1;
        return std::nullopt;
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        const QStringView t = QStringView(text).trimmed();
        if (t == u"1" || t.compare(u"true", Qt::CaseInsensitive) == 0)
            return true;
        if (t == u"0" || t.compare(u"false", Qt::CaseInsensitive) == 0)
            return false;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<QDateTime> toUnixTime(const QJsonValue& value) {
    const std::optional<qint64> secs = toInt(value);
    if (!secs || *secs <= 0 || *secs > kMaxUnixSeconds)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(*secs, Qt::UTC);
}

std::optional<qint64> toId(const QJsonValue& value, QString* problem) {
    const std::optional<qint64> id = toInt(value);
    if (id && *id > 0)
        return id;
    if (problem) {
        *problem = value.isNull() || value.isUndefined()
                       ? QStringLiteral("no id")
                       : QStringLiteral("invalid id %1").arg(describe(value));
    }
    return std::nullopt;
}

QString describe(const QJsonValue& value) {
    constexpr qsizetype kMaxShown = 40;
    switch (value.type()) {
    case QJsonValue::String: {
        const QString text = value.toString();
        if (text.size() > kMaxShown)
            return u'"' + text.left(kMaxShown) + QStringLiteral("\"...");
        return u'"' + text + u'"';
    }
    case QJsonValue::Double:
    case QJsonValue::Bool:
        return toString(value);
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("absent");
}

QJsonValue fromUnixTime(const std::optional<QDateTime>& time) {
    if (!time || !time->isValid())
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(time->toSecsSinceEpoch());
}

} // namespace JsonRead

} // namespace simfleet
