#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <limits>
#include <optional>

namespace simfleet {

// One `--name [VALUE]` option of the command line. `help` is marked with
// QT_TRANSLATE_NOOP("CliHelp", ...) and translated when usage is printed.
struct OptionSpec {
    const char* name;      // without the leading "--"
    const char* valueName; // nullptr for a flag
    const char* help;

    bool takesValue() const { return valueName != nullptr; }
};

// The options given on the command line, read through typed getters. A getter
// that meets a bad value records a translated usage error (the first one wins)
// and returns an empty result, so a command reads everything first and then
// checks ok() once.
class OptionValues final {
    Q_DECLARE_TR_FUNCTIONS(OptionValues)

public:
    static constexpr qint64 kNoMin = std::numeric_limits<qint64>::min();
    static constexpr qint64 kNoMax = std::numeric_limits<qint64>::max();

    void set(const QString& name, const QString& value) { m_values.insert(name, value); }
    bool isSet(const char* name) const { return m_values.contains(QLatin1String(name)); }
    QString text(const char* name) const { return m_values.value(QLatin1String(name)); }
    std::optional<QString> optionalText(const char* name) const;

    QString requiredText(const char* name);
    std::optional<qint64> integer(const char* name, qint64 min = kNoMin, qint64 max = kNoMax);
    qint64 requiredInteger(const char* name, qint64 min = kNoMin, qint64 max = kNoMax);
    qint64 requiredId(const char* name) { return requiredInteger(name, 1); }
    std::optional<bool> yesNo(const char* name);
    std::optional<bool> requiredYesNo(const char* name);
    // One of `allowed` (case-insensitive), returned as spelled in `allowed`.
    std::optional<QString> choice(const char* name, const QStringList& allowed);
    // "1,2,3": positive integers; empty when absent.
    QVector<qint64> idList(const char* name);
    // "A,B": trimmed, empty entries dropped.
    QStringList textList(const char* name) const;
    // YYYY-MM-DD, DD-MM-YYYY (the API's form) or DD.MM.YYYY.
    std::optional<QDate> date(const char* name);

    void fail(const QString& message);
    void require(const char* name);
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    QHash<QString, QString> m_values;
    QString m_error;
};

// Splits the command line into positional words and options. Every option name
// means the same thing (flag or value) in every command, so the line can be split
// before the command is known; which options a command accepts is checked after.
class OptionParser final {
    Q_DECLARE_TR_FUNCTIONS(OptionParser)

public:
    explicit OptionParser(QList<OptionSpec> knownOptions)
        : m_known(std::move(knownOptions)) {}

    // False (see error()) for an unknown option, a missing value or a value
    // given to a flag.
    bool parse(const QStringList& arguments);
    QString error() const { return m_error; }
    const QStringList& positionals() const { return m_positionals; }
    const QStringList& givenOptions() const { return m_given; }
    OptionValues values() const { return m_values; }

private:
    const OptionSpec* find(const QString& name) const;

    QList<OptionSpec> m_known;
    QStringList m_positionals;
    QStringList m_given;
    OptionValues m_values;
    QString m_error;
};

} // namespace simfleet
