#include "app/cli/OptionParser.h"

#include "api/ProviderTime.h"

namespace simfleet {

namespace {

QString dashed(const char* name) {
    return QStringLiteral("--") + QLatin1String(name);
}

} // namespace

std::optional<QString> OptionValues::optionalText(const char* name) const {
    if (!isSet(name))
        return std::nullopt;
    return text(name);
}

void OptionValues::fail(const QString& message) {
    if (m_error.isEmpty())
        m_error = message;
}

void OptionValues::require(const char* name) {
    if (!isSet(name))
        fail(tr("The option %1 is required.").arg(dashed(name)));
}

QString OptionValues::requiredText(const char* name) {
    QString value = text(name);
    if (value.trimmed().isEmpty()) {
        fail(tr("The option %1 is required and cannot be empty.").arg(dashed(name)));
        return {};
    }
    return value;
}

std::optional<qint64> OptionValues::integer(const char* name, qint64 min, qint64 max) {
    if (!isSet(name))
        return std::nullopt;
    bool ok = false;
    const qint64 number = text(name).trimmed().toLongLong(&ok);
    if (!ok || number < min || number > max) {
        if (min != kNoMin && max != kNoMax)
            fail(tr("%1 needs a whole number from %2 to %3, not \"%4\".")
                     .arg(dashed(name))
                     .arg(min)
                     .arg(max)
                     .arg(text(name)));
        else if (min != kNoMin)
            fail(tr("%1 needs a whole number of at least %2, not \"%3\".")
                     .arg(dashed(name))
                     .arg(min)
                     .arg(text(name)));
        else
            fail(tr("%1 needs a whole number, not \"%2\".").arg(dashed(name), text(name)));
        return std::nullopt;
    }
    return number;
}

qint64 OptionValues::requiredInteger(const char* name, qint64 min, qint64 max) {
    require(name);
    return integer(name, min, max).value_or(0);
}

std::optional<bool> OptionValues::yesNo(const char* name) {
    const std::optional<QString> value =
        choice(name, {QStringLiteral("yes"), QStringLiteral("no")});
    if (!value)
        return std::nullopt;
    return *value == QLatin1String("yes");
}

std::optional<bool> OptionValues::requiredYesNo(const char* name) {
    require(name);
    return yesNo(name);
}

std::optional<QString> OptionValues::choice(const char* name, const QStringList& allowed) {
    if (!isSet(name))
        return std::nullopt;
    const QString value = text(name).trimmed();
    for (const QString& candidate : allowed) {
        if (candidate.compare(value, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    fail(tr("%1 must be one of %2, not \"%3\".")
             .arg(dashed(name), allowed.join(QLatin1Char('|')), text(name)));
    return std::nullopt;
}

QVector<qint64> OptionValues::idList(const char* name) {
    QVector<qint64> ids;
    for (const QString& entry : textList(name)) {
        bool ok = false;
        const qint64 id = entry.toLongLong(&ok);
        if (!ok || id <= 0) {
            fail(tr("%1 needs ids separated by commas (e.g. 1,2,3); \"%2\" is not an id.")
                     .arg(dashed(name), entry));
            return {};
        }
        ids.append(id);
    }
    if (isSet(name) && ids.isEmpty())
        fail(tr("%1 needs at least one id.").arg(dashed(name)));
    return ids;
}

QStringList OptionValues::textList(const char* name) const {
    QStringList entries;
    const QStringList parts = text(name).split(QLatin1Char(','));
    for (const QString& part : parts) {
        const QString entry = part.trimmed();
        if (!entry.isEmpty())
            entries.append(entry);
    }
    return entries;
}

std::optional<QDate> OptionValues::date(const char* name) {
    if (!isSet(name))
        return std::nullopt;
    if (const std::optional<QDate> date = ProviderTime::parseDate(text(name)))
        return date;
    fail(tr("%1 needs a date as YYYY-MM-DD or DD-MM-YYYY (or DD.MM.YYYY), not \"%2\".")
             .arg(dashed(name), text(name)));
    return std::nullopt;
}

const OptionSpec* OptionParser::find(const QString& name) const {
    for (const OptionSpec& spec : m_known) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

bool OptionParser::parse(const QStringList& arguments) {
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("-h")) {
            m_given.append(QStringLiteral("help"));
            m_values.set(QStringLiteral("help"), {});
            continue;
        }
        if (!argument.startsWith(QLatin1String("--"))) {
            if (argument.size() > 1 && argument.startsWith(QLatin1Char('-'))) {
                m_error = tr("Unknown option %1.").arg(argument);
                return false;
            }
            m_positionals.append(argument);
            continue;
        }
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        const QString name = argument.mid(2, equals < 0 ? -1 : equals - 2);
        const OptionSpec* spec = find(name);
        if (!spec) {
            m_error = tr("Unknown option --%1.").arg(name);
            return false;
        }
        QString value;
        if (equals >= 0) {
            if (!spec->takesValue()) {
                m_error = tr("The option --%1 takes no value.").arg(name);
                return false;
            }
            value = argument.mid(equals + 1);
        } else if (spec->takesValue()) {
            if (i + 1 >= arguments.size()) {
                m_error = tr("The option --%1 needs a value (%2).")
                              .arg(name, QLatin1String(spec->valueName));
                return false;
            }
            value = arguments.at(++i);
        }
        m_given.append(name);
        m_values.set(name, value);
    }
    return true;
}

} // namespace simfleet
