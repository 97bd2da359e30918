#pragma once

#include <QString>
#include <QVector>

#include <functional>

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

// The shots of one page, in one language; `name` gives its --<name>-only option.
struct PageShots {
    QString name;
    std::function<bool(const QString& language, const QString& dir)> shoot;
};

// Each page's shots, one line per page (PageShots.cpp).
QVector<PageShots> pageShots();
bool shootGroups(const QString& language, const QString& dir);
bool shootProfile(const QString& language, const QString& dir);
bool shootHome(const QString& language, const QString& dir);
bool shootUsers(const QString& language, const QString& role, const QString& dir);
bool shootReports(const QString& language, const QString& dir);
bool shootBills(const QString& language, const QString& dir);
bool shootNotifications(const QString& language, const QString& dir);
bool shootSignIn(const QString& language, const QString& dir);
bool shootAccounts(const QString& language, const QString& dir);
bool shootSecondOperator(const QString& language, const QString& dir);
bool shootIcons(const QString& dir);

} // namespace simfleet::screenshots
