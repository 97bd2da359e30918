#pragma once

#include "emulator/Records.h"

#include <QJsonObject>

namespace novaemu {

class EmulatorState;

// JSON shapes of docs/api-notes.md "Data types". A null QString becomes JSON null.
namespace EntityJson {

// Sim with `groups` (sim/list) or without it and with `queue_status` (webhooks).
QJsonObject sim(const SimRecord& sim, const EmulatorState& state);
QJsonObject simForWebhook(const SimRecord& sim, const QString& queueStatus);
QJsonObject group(const GroupRecord& group);
QJsonObject user(const UserRecord& user); // never includes the password
QJsonObject company(const CompanyRecord& company);
QJsonObject bill(const BillRecord& bill);

} // namespace EntityJson

} // namespace novaemu
