#include "models/bills/InvoicePreview.h"

#include "api/AccountService.h"
#include "api/ApiCall.h"
#include "api/ApiClient.h"

#include <QFileInfo>
#include <QTimer>

namespace simfleet {

InvoicePreview::InvoicePreview(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client) {}

InvoicePreview::~InvoicePreview() {
    if (m_call)
        m_call->cancel();
}

void InvoicePreview::request(qint64 billId) {
    if (billId == m_billId && m_call)
        return; // already on its way
    if (m_call) {
        ApiCall* previous = m_call;
        m_call.clear();
        previous->cancel();
    }
    m_billId = billId;
    const QString known = m_files.value(billId);
    if (!known.isEmpty() && QFileInfo::exists(known)) {
        QTimer::singleShot(0, this, [this, billId, known] {
            if (m_billId == billId)
                emit ready(billId, known);
        });
        return;
    }
    if (!m_dir)
        m_dir = std::make_unique<QTemporaryDir>();
    if (!m_client || !m_dir->isValid()) {
        emit failed(billId,
                    ApiError::localFile(QString(), m_dir ? m_dir->errorString() : QString()));
        return;
    }
    const QString path = m_dir->filePath(QStringLiteral("invoice-%1.pdf").arg(billId));
    ApiCall* call = BillService(m_client).downloadInvoice(billId, path);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call, billId, path] {
        if (m_call != call)
            return; // replaced by another bill
        m_call.clear();
        if (call->error().isError()) {
            emit failed(billId, call->error());
            return;
        }
        m_files.insert(billId, path);
        emit ready(billId, path);
    });
}

void InvoicePreview::clear() {
    if (m_call) {
        ApiCall* previous = m_call;
        m_call.clear();
        previous->cancel();
    }
    m_billId = 0;
    m_files.clear();
    m_dir.reset();
}

} // namespace simfleet
