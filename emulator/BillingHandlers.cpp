#include "emulator/BillingHandlers.h"

#include "emulator/EmulatorState.h"
#include "emulator/EntityJson.h"
#include "emulator/InvoicePdf.h"
#include "emulator/Params.h"
#include "emulator/Reply.h"
#include "emulator/TranscriptXlsx.h"

#include <QJsonArray>

#include <algorithm>

namespace novaemu {

namespace {
constexpr int kDefaultPageSize = 20;
constexpr int kMaxPageSize = 1000;
} // namespace

BillingHandlers::BillingHandlers(EmulatorState& state, const TrafficModel& traffic)
    : m_state(state)
    , m_traffic(traffic) {}

void BillingHandlers::registerRoutes(ApiRouter& router) {
    router.add(QStringLiteral("company/get"), ApiRouter::Access::Any,
               [this](const ApiContext& ctx) { return company(ctx); });
    router.add(QStringLiteral("bill/list"), ApiRouter::Access::Any,
               [this](const ApiContext& ctx) { return list(ctx); });
}

ApiReply BillingHandlers::company(const ApiContext& ctx) const {
    return Reply::item(ctx.lang, EntityJson::company(m_state.company()));
}

ApiReply BillingHandlers::list(const ApiContext& ctx) const {
    Params::Paging paging;
    if (auto err = Params::paging(ctx, false, kDefaultPageSize, kMaxPageSize, &paging))
        return *err;
    QList<BillRecord> bills = m_state.bills();
    std::stable_sort(bills.begin(), bills.end(),
                     [](const BillRecord& a, const BillRecord& b) { return a.added > b.added; });
    QJsonArray items;
    const qint64 first = qint64(paging.page) * paging.size;
    for (qint64 i = first; i < qMin<qint64>(first + paging.size, bills.size()); ++i)
        items.append(EntityJson::bill(bills.at(i)));
    return Reply::ok(ctx.lang, {{QStringLiteral("count"), items.size()},
                                {QStringLiteral("all_count"), bills.size()},
                                {QStringLiteral("items"), items},
                                {QStringLiteral("allow_operations"), QJsonObject()}});
}

ApiReply BillingHandlers::download(const ApiContext& ctx, const QString& idText,
                                   const QString& mode) {
    bool ok = false;
    const int id = idText.toInt(&ok);
    const BillRecord* bill = ok ? m_state.bill(id) : nullptr;
    if (!bill) {
        return Reply::error(404, Messages::text(Msg::BillNotFound, ctx.lang).arg(idText.left(40)),
                            404);
    }
    const bool transcript = mode == QLatin1String("transcript");
    if (!mode.isEmpty() && !transcript) {
        return Reply::error(
            400, Messages::text(Msg::DownloadModeInvalid, ctx.lang).arg(mode.left(40)), 400);
    }
    const QString key = QStringLiteral("%1/%2/%3").arg(id).arg(transcript).arg(int(ctx.lang));
    QByteArray& file = m_files[key];
    if (file.isEmpty()) {
        file = transcript ? TranscriptXlsx::render(*bill, m_state, m_traffic, ctx.lang, ctx.now)
                          : InvoicePdf::render(*bill, m_state.company(), ctx.lang);
    }
    if (file.isEmpty()) {
        m_files.remove(key);
        return Reply::error(500, Messages::text(Msg::InternalError, ctx.lang), 500);
    }
    ApiReply reply;
    reply.body = file;
    if (transcript) {
        reply.contentType =
            QByteArrayLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        reply.contentDisposition =
            "attachment; filename=\"transcript-" + bill->bid.toUtf8() + ".xlsx\"";
    } else {
        reply.contentType = QByteArrayLiteral("application/pdf");
        reply.contentDisposition =
            "attachment; filename=\"invoice-" + bill->bid.toUtf8() + ".pdf\"";
    }
    return reply;
}

} // namespace novaemu
