#include "tools/screenshots/Shots.h"

namespace simfleet::screenshots {

QVector<PageShots> pageShots() {
    return {
        {QStringLiteral("home"), shootHome},
        {QStringLiteral("profile"), shootProfile},
    };
}

} // namespace simfleet::screenshots
