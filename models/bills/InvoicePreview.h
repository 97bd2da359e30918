#pragma once

#include "api/ApiError.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace simfleet {

class ApiCall;
class ApiClient;

// The invoice (PDF) of one bill for the preview pane, downloaded into a
// private temporary folder first (through QSaveFile: a failed download leaves
// nothing) and kept there while the object lives. Asking for another bill
// stops the download in progress.
class InvoicePreview final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoicePreview)

public:
    explicit InvoicePreview(ApiClient* client, QObject* parent = nullptr);
    ~InvoicePreview() override;

    // Emits ready() (at once when downloaded before) or failed().
    void request(qint64 billId);
    // Stops the download and forgets the files (sign-out).
    void clear();
    bool isLoading() const { return !m_call.isNull(); }
    qint64 requestedBill() const { return m_billId; }

signals:
    void ready(qint64 billId, const QString& path);
    void failed(qint64 billId, const ApiError& error);

private:
    QPointer<ApiClient> m_client;
    QPointer<ApiCall> m_call;
    std::unique_ptr<QTemporaryDir> m_dir;
    QHash<qint64, QString> m_files;
    qint64 m_billId = 0;
};

} // namespace simfleet
