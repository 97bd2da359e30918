#pragma once

#include "emulator/ApiRouter.h"

#include <QHash>

namespace novaemu {

class EmulatorState;
class TrafficModel;

// company/get, bill/list and the GET bill/download/<id> files (PDF invoice, XLSX transcript).
// Generated files are cached per bill, kind and language.
class BillingHandlers final {
    Q_DISABLE_COPY_MOVE(BillingHandlers)

public:
    BillingHandlers(EmulatorState& state, const TrafficModel& traffic);
    void registerRoutes(ApiRouter& router);
    // `idText` is the path segment after bill/download/, `mode` the query parameter.
    ApiReply download(const ApiContext& ctx, const QString& idText, const QString& mode);

private:
    ApiReply company(const ApiContext& ctx) const;
    ApiReply list(const ApiContext& ctx) const;

    EmulatorState& m_state;
    const TrafficModel& m_traffic;
    QHash<QString, QByteArray> m_files;
};

} // namespace novaemu
