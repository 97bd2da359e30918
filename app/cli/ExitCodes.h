#pragma once

#include "api/ApiError.h"

namespace simfleet {

// The process exit codes of simfleet-cli, part of its scripting contract.
namespace ExitCode {

enum : int {
    Ok = 0,
    LocalFile = 1, // a local file could not be read or written
    Usage = 2,     // bad command line or input refused by local validation
    Api = 3,       // the API or the role refused the request, or its answer was unreadable
    Network = 4,   // the server could not be reached or did not answer in time
    InUse = 5,     // --wait, v2 change/retry: another SimFleet program has the job journal
    Interrupted =
        130, // Ctrl+C (SIGINT) or SIGTERM stopped it cleanly (128 + SIGINT, as shells say)
};

inline int forError(const ApiError& error) {
    switch (error.kind) {
    case ApiError::Kind::None:
        return Ok;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::TooSlow:
    case ApiError::Kind::RedirectRefused:
    case ApiError::Kind::TlsFailed:
        return Network;
    case ApiError::Kind::LocalFile:
    case ApiError::Kind::Cancelled:
        return LocalFile;
    case ApiError::Kind::Validation:
        // Refused by our own validation before anything was sent.
        return error.refusedLocally ? Usage : Api;
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::Server:
    case ApiError::Kind::Malformed:
    case ApiError::Kind::TooLarge:
    case ApiError::Kind::ListTooLong:
        return Api;
    }
    return Api;
}

} // namespace ExitCode

} // namespace simfleet
