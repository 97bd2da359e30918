#pragma once

#include "app/cli/OptionParser.h"

#include <QList>
#include <QString>

#include <functional>

namespace simfleet {

class Invocation;

// One ACTION of an AREA: its options and what it does. `summary`, `notes` and
// the options' help are marked with QT_TRANSLATE_NOOP("CliHelp", ...).
struct ActionSpec {
    QString name;
    const char* summary;
    QList<OptionSpec> options;
    std::function<void(Invocation&)> run;
    // More on the action (rules, examples) for its own --help; may be null.
    const char* notes = nullptr;

    bool accepts(const QString& option) const;
};

struct AreaSpec {
    QString name;
    const char* summary;
    QList<ActionSpec> actions;

    const ActionSpec* action(const QString& name) const;
};

// Every command simfleet-cli knows, one area per API area.
class CommandRegistry final {
public:
    // All areas: sims, groups, users, profile, company, bills, reports.
    static CommandRegistry standard();
    // Options every command accepts (--api-url, --lang, --json, --timeout, --help).
    static const QList<OptionSpec>& globalOptions();
    static bool isGlobalOption(const QString& name);

    void add(AreaSpec area) { m_areas.append(std::move(area)); }
    const AreaSpec* area(const QString& name) const;
    const QList<AreaSpec>& areas() const { return m_areas; }
    // Global options and every action's, each name once (for OptionParser).
    QList<OptionSpec> allOptions() const;

private:
    QList<AreaSpec> m_areas;
};

} // namespace simfleet
