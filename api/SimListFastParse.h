#pragma once

#include "api/ListPage.h"
#include "api/Sim.h"

#include <QByteArray>

#include <optional>

namespace simfleet {

// The common case of a sim/list answer read with simdjson instead of
// QJsonDocument: several times faster, which is what lets a million-SIM fleet
// load in about the time QJsonDocument alone takes to parse its pages.
//
// It gives exactly what ApiError::fromEnvelopeBytes + parseSimPage give, or
// nothing: it answers only for a well-formed success envelope (`code` the
// integer 200, `items` an array of objects, each with a usable id) and leaves
// everything else to the Qt reader, which then decides: error envelopes,
// pages nested in `result`, PHP-style `items` objects, rows that would be
// dropped with a reason, and JSON that simdjson is stricter about than Qt
// (unescaped control characters, lone surrogates, numbers past 64 bits).
// Field values go through the same tolerant JsonRead rules; where a key is
// repeated the last one counts, as in QJsonDocument.
namespace SimListFastParse {

std::optional<ListPage<Sim>> parse(const QByteArray& body);

} // namespace SimListFastParse

} // namespace simfleet
