#include "tools/screenshots/Shots.h"

namespace simfleet::screenshots {

QVector<PageShots> pageShots() {
    return {
        {QStringLiteral("home"), shootHome},
        {QStringLiteral("groups"), shootGroups},
        {QStringLiteral("users"),
         [](const QString& language, const QString& dir) {
             const bool admin = shootUsers(language, QStringLiteral("admin"), dir);
             return shootUsers(language, QStringLiteral("user"), dir) && admin;
         }},
        {QStringLiteral("bills"), shootBills},
        {QStringLiteral("notifications"), shootNotifications},
        {QStringLiteral("reports"), shootReports},
        {QStringLiteral("profile"), shootProfile},
        {QStringLiteral("accounts"), shootAccounts},
        {QStringLiteral("second-operator"), shootSecondOperator},
    };
}

} // namespace simfleet::screenshots
