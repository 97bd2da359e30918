#include "emulator/v2/V2Params.h"

#include <QRegularExpression>

namespace novaemu {

namespace V2Params {

namespace {

QString required(const QString& name) {
    return QStringLiteral("The %1 field is required.").arg(attribute(name));
}

} // namespace

bool isNumber(const QString& text) {
    static const QRegularExpression re(QStringLiteral("^7\\d{10}$"));
    return re.match(text).hasMatch();
}

bool isIccid(const QString& text) {
    static const QRegularExpression re(QStringLiteral("^\\d{19,20}$"));
    return re.match(text).hasMatch();
}

bool isImsi(const QString& text) {
    static const QRegularExpression re(QStringLiteral("^\\d{15}$"));
    return re.match(text).hasMatch();
}

bool isInn(const QString& text) {
    static const QRegularExpression re(QStringLiteral("^(\\d{10}|\\d{12})$"));
    return re.match(text).hasMatch();
}

QString attribute(const QString& field) {
    QString text = field;
    return text.replace(u'_', u' ');
}

QDate date(const V2Call& call, const QString& name, FieldErrors* errors) {
    const QString text = call.param(name);
    if (text.isEmpty()) {
        errors->append({name, required(name)});
        return {};
    }
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate value = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!re.match(text).hasMatch() || !value.isValid()) {
        errors->append(
            {name, QStringLiteral("The %1 does not match the format Y-m-d.").arg(attribute(name))});
        return {};
    }
    return value;
}

int integer(const V2Call& call, const QString& name, FieldErrors* errors) {
    const QString text = call.param(name);
    if (text.isEmpty()) {
        errors->append({name, required(name)});
        return 0;
    }
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok) {
        errors->append({name, QStringLiteral("The %1 must be an integer.").arg(attribute(name))});
        return 0;
    }
    return value;
}

bool boolean(const V2Call& call, const QString& name, bool fallback, FieldErrors* errors) {
    const QJsonValue value = call.body.value(name);
    if (value.isBool())
        return value.toBool();
    const QString text = call.param(name);
    if (text.isEmpty() && !value.isDouble())
        return fallback;
    if (text == QLatin1String("1") || text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("0") || text == QLatin1String("false"))
        return false;
    errors->append(
        {name, QStringLiteral("The %1 field must be true or false.").arg(attribute(name))});
    return fallback;
}

QString oneOf(const V2Call& call, const QString& name, const QStringList& allowed,
              FieldErrors* errors) {
    const QString text = call.param(name);
    if (text.isEmpty())
        errors->append({name, required(name)});
    else if (!allowed.contains(text))
        errors->append({name, QStringLiteral("The selected %1 is invalid.").arg(attribute(name))});
    return allowed.contains(text) ? text : QString();
}

} // namespace V2Params

} // namespace novaemu
