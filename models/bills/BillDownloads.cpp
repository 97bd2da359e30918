#include "models/bills/BillDownloads.h"

#include "api/AccountService.h"
#include "api/ApiCall.h"
#include "api/ApiClient.h"

#include <QFileInfo>

namespace simfleet {

namespace {

// Two names are one file where upper and lower case (or the Unicode form) do
// not count, as on many disks (FAT, exFAT, NTFS, APFS).
QString sameFileKey(const QString& path) {
    return QFileInfo(path)
        .absoluteFilePath()
        .normalized(QString::NormalizationForm_C)
        .toCaseFolded();
}

} // namespace

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
    m_taken.clear();
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
    const int index = m_index;
    const QString key = sameFileKey(file.path);
    if (m_taken.contains(key)) {
        // Names from the server can meet once made safe ("NC/1", "NC:1") or
        // differ only in case: the later file would replace the earlier one.
        const ApiError error = ApiError::localFile(
            file.path, tr("another file of this download has that name (upper and lower case "
                          "count as the same on many disks), so it was not downloaded and the "
                          "first one stays"));
        emit fileStarted(index);
        m_outcomes.append({file, error});
        ++m_index;
        emit fileFinished(index, error);
        next();
        return;
    }
    m_taken.insert(key);
    BillService bills(m_client);
    m_currentFraction = 0;
    ApiCall* call = file.transcript ? bills.downloadTranscript(file.billId, file.path)
                                    : bills.downloadInvoice(file.billId, file.path);
    m_call = call;
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
