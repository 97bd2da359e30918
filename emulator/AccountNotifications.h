#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace novaemu {

class EmulatorState;

// The account notifications of docs/api-notes.md that the web cabinet would
// have the provider POST to a configured address: {type, files, items}.
namespace AccountNotifications {

// msu_lock, package_empty, generate_bill, unpaid_bill_3, unpaid_bill_5, unpaid_bill_6.
QStringList kinds();
bool isKind(const QString& kind);

// The JSON body of one notification of `kind` with items of the emulator's
// account: for msu_lock up to three SIMs blocked by MSU (TC SIMs when none
// is), for package_empty three SIMs with a data limit; for the bill kinds the
// newest bill (generate_bill) or the newest unpaid one (unpaid_bill_*), with
// its invoice as a base64 PDF. Empty for an unknown kind.
QByteArray body(const QString& kind, const EmulatorState& state);

} // namespace AccountNotifications

} // namespace novaemu
