#include "models/bills/BillDownloads.h"

#include "api/AccountService.h"
#include "api/ApiCall.h"
#include "api/ApiClient.h"

namespace simfleet {

BillDownloads::BillDownloads(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client) {}

BillDownloads::~BillDownloads() {
    if (m_call)
        m_call->cancel();
}

bool BillDownloads::start(const QVector<File>& files) {
    if (m_running || files.isEmpty() || !m_client)
        return false;
    m_files = files;
    m_outcomes.clear();
    m_index = 0;
    m_currentFraction = 0;
    m_cancelled = false;
    m_running = true;
    next();
    return true;
}

void BillDownloads::cancel() {
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_call)
        m_call->cancel(); // its finished() ends the run
}

int BillDownloads::savedCount() const {
    int saved = 0;
    for (const Outcome& outcome : m_outcomes)
        saved += outcome.error.isError() ? 0 : 1;
    return saved;
}

double BillDownloads::totalFraction() const {
    if (m_files.isEmpty())
        return 0;
    return (double(m_outcomes.size()) + (m_running ? m_currentFraction : 0)) /
           double(m_files.size());
}

void BillDownloads::next() {
    if (m_cancelled || m_index >= m_files.size() || !m_client) {
        m_running = false;
        m_call.clear();
        emit finished();
        return;
    }
    const File& file = m_files.at(m_index);
    BillService bills(m_client);
    m_currentFraction = 0;
    ApiCall* call = file.transcript ? bills.downloadTranscript(file.billId, file.path)
                                    : bills.downloadInvoice(file.billId, file.path);
    m_call = call;
    const int index = m_index;
    connect(call, &ApiCall::progress, this, [this, index](qint64 received, qint64 total) {
        m_currentFraction = total > 0 ? qBound(0.0, double(received) / double(total), 1.0) : 0;
        emit fileProgress(index, received, total);
    });
    connect(call, &ApiCall::finished, this, [this, index, call] {
        const ApiError error = call->error();
        m_outcomes.append({m_files.at(index), error});
        m_currentFraction = 0;
        ++m_index;
        emit fileFinished(index, error);
        next();
    });
    emit fileStarted(index);
}

} // namespace simfleet
