#pragma once

#include "api/ApiError.h"

#include <QDateTime>

namespace simfleet {

// Where one of the Home page's reads stands: whether it runs, whether data
// was read since sign-in (and when), and the last failure. A failure while
// data is shown keeps the data; over the network it is the offline state.
struct CardLoad {
    bool loading = false;
    bool loaded = false;
    QDateTime loadedAt; // local time of the last successful read
    ApiError error;     // none after a successful read

    bool failed() const { return error.isError(); }
    // The last read failed for want of a connection while data is shown.
    bool offline() const {
        return loaded &&
               (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout);
    }
};

} // namespace simfleet
