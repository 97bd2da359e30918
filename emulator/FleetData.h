#pragma once

#include "emulator/Records.h"

#include <QList>

#include <vector>

namespace novaemu {

// Everything the emulator serves, as generated at start-up.
struct FleetData {
    std::vector<SimRecord> sims; // ascending id
    QList<GroupRecord> groups;
    QList<UserRecord> users;
    CompanyRecord company;
    QList<BillRecord> bills; // oldest first
    int adminUserId = 0;     // owner of the admin token
    int userUserId = 0;      // owner of the user token
};

} // namespace novaemu
