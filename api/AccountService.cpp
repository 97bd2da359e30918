#include "api/AccountService.h"

#include "api/ServiceSupport.h"

#include <QUrlQuery>

namespace simfleet {

using namespace ServiceSupport;

ApiCall* CompanyService::get(QObject* context, std::function<void(const Result<Company>&)> done) {
    return postForItem<Company>(m_client, QStringLiteral("company/get"), {}, context,
                                std::move(done));
}

ApiCall* BillService::list(int page, int size, QObject* context,
                           std::function<void(const Result<ListPage<Bill>>&)> done) {
    return postForPage<Bill>(
        m_client, QStringLiteral("bill/list"),
        QJsonObject{{QStringLiteral("page"), page}, {QStringLiteral("size"), size}}, context,
        &parseBillPage, std::move(done));
}

PagedFetch* BillService::fetchAll(QObject* context,
                                  std::function<void(const Result<ListPage<Bill>>&)> done) {
    return ServiceSupport::fetchAll<Bill>(m_client, QStringLiteral("bill/list"), {}, 100,
                                          PagedFetch::Mode::AllCount, context, &parseBills,
                                          std::move(done));
}

ApiCall* BillService::downloadInvoice(qint64 billId, const QString& destinationPath) {
    return m_client->download(QStringLiteral("bill/download/%1").arg(billId), {}, destinationPath);
}

ApiCall* BillService::downloadTranscript(qint64 billId, const QString& destinationPath) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mode"), QStringLiteral("transcript"));
    return m_client->download(QStringLiteral("bill/download/%1").arg(billId), query,
                              destinationPath);
}

} // namespace simfleet
