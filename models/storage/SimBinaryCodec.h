#pragma once

#include "api/Sim.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QVector>

#include <optional>

namespace simfleet::SimBinaryCodec {

// SIMs as the fleet snapshot stores them: a page is a count, then each SIM's
// fields in a fixed order (little-endian numbers, UTF-8 strings that keep the
// difference between null and empty, extras as compact JSON). A SIM read back
// equals the one written (operator==); reading is a few times faster than
// parsing the SIM's JSON.
QByteArray encodePage(const Sim* begin, const Sim* end);

// nullopt when the bytes are not a page of exactly `expectedCount` SIMs: they
// end early or go on, or hold a value no SIM can have (an id below 1, an
// unknown code).
std::optional<QVector<Sim>> decodePage(QByteArrayView page, qsizetype expectedCount);

} // namespace simfleet::SimBinaryCodec
