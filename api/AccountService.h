#pragma once

#include "api/ApiCall.h"
#include "api/Bill.h"
#include "api/Company.h"
#include "api/ListPage.h"
#include "api/PagedFetch.h"

#include <functional>

namespace simfleet {

class ApiClient;

// company/get.
class CompanyService final {
public:
    explicit CompanyService(ApiClient* client)
        : m_client(client) {}
    ApiCall* get(QObject* context, std::function<void(const Result<Company>&)> done);

private:
    ApiClient* m_client;
};

// bill/list and the invoice (PDF) / transcript (XLSX) downloads. Downloads are
// streamed to disk through QSaveFile with the token in the header only.
class BillService final {
public:
    explicit BillService(ApiClient* client)
        : m_client(client) {}

    ApiCall* list(int page, int size, QObject* context,
                  std::function<void(const Result<ListPage<Bill>>&)> done);
    PagedFetch* fetchAll(QObject* context, std::function<void(const Result<ListPage<Bill>>&)> done);
    ApiCall* downloadInvoice(qint64 billId, const QString& destinationPath);
    ApiCall* downloadTranscript(qint64 billId, const QString& destinationPath);

private:
    ApiClient* m_client;
};

} // namespace simfleet
