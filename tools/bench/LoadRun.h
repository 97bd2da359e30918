#pragma once

#include <QString>

namespace simfleet {

class ApiClient;
class FleetFilterModel;
class FleetModel;
class Session;

// One timed fleet load into `fleet` (shown through `proxy`) with FleetLoader at
// the app's default page size and concurrency, a StallMonitor on the GUI
// thread throughout. With a session, the clock starts when its sign-in is done.
// SIMFLEET_BENCH_TRACE=1 prints a timeline of model signals and long stalls.
struct LoadFigures {
    double loadMs = 0;
    double searchReadyMs = 0; // from the load's end until the search text is complete
    double maxStallMs = 0;
    int pages = 0;
    int pageSize = 0;
    int ticks = 0;
};

bool runFleetLoad(ApiClient* client, Session* signIn, FleetModel* fleet, FleetFilterModel* proxy,
                  LoadFigures* figures, QString* error);

} // namespace simfleet
