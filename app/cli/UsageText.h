#pragma once

#include <QCoreApplication>
#include <QString>

namespace simfleet {

class CommandRegistry;
struct ActionSpec;
struct AreaSpec;

// The translated --help texts.
class UsageText final {
    Q_DECLARE_TR_FUNCTIONS(UsageText)

public:
    static QString general(const CommandRegistry& registry);
    static QString area(const AreaSpec& area);
    static QString action(const AreaSpec& area, const ActionSpec& action);
};

} // namespace simfleet
