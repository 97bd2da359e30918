#pragma once

#include <QString>

namespace simfleet::screenshots {

// One shot of the main window against a demo fleet.
struct Shot {
    QString name;
    QString language;
    QString role = QStringLiteral("admin");
    int sims = 2000;
    int latencyMs = 0;
    enum class State { Loaded, Loading, Error } state = State::Loaded;
};

bool shootMainWindow(const Shot& shot, const QString& dir);
bool shootWorkspace(const QString& language, const QString& role, int sims, const QString& dir);
bool shootLaptop(const QString& language, int sims, const QString& dir);
bool shootOperations(const QString& language, const QString& dir);
bool shootGroups(const QString& language, const QString& dir);
bool shootProfile(const QString& language, const QString& dir);
bool shootSignIn(const QString& language, const QString& dir);
bool shootIcons(const QString& dir);

} // namespace simfleet::screenshots
