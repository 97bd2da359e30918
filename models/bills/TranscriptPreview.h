#pragma once

#include "models/bills/TranscriptReader.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTemporaryDir>

#include <atomic>
#include <memory>

namespace simfleet {

class ApiCall;
class ApiClient;

// The transcript (XLSX) of one bill for the preview: downloaded through
// BillService into a private temporary folder (the token travels in the
// header, as for every download; at most maxDownloadBytes(), a larger
// answer is stopped and leaves no file), then read by TranscriptReader on a
// worker thread. Asking for another bill, clear() and destruction stop the
// download and tell the reading to stop; a superseded result is dropped.
// The last workbook read is kept, so switching back and forth costs nothing.
class TranscriptPreview final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptPreview)

public:
    explicit TranscriptPreview(ApiClient* client, QObject* parent = nullptr);
    ~TranscriptPreview() override;

    // Emits ready() or failed() later (never from within request()).
    void request(qint64 billId);
    // Stops what is under way and forgets the files (sign-out).
    void clear();
    bool isLoading() const { return m_loading; }
    qint64 requestedBill() const { return m_billId; }

    void setLimits(const TranscriptReader::Limits& limits) { m_limits = limits; }
    const TranscriptReader::Limits& limits() const { return m_limits; }
    // The download cap: the reader's file limit.
    qint64 maxDownloadBytes() const { return m_limits.maxFileBytes; }

signals:
    void ready(qint64 billId, std::shared_ptr<const TranscriptWorkbook> workbook);
    // `message` is translated and says what happened.
    void failed(qint64 billId, const QString& message);

private:
    void stop();
    void parse(qint64 billId, const QString& path);
    void fail(qint64 billId, const QString& message);

    QPointer<ApiClient> m_client;
    QPointer<ApiCall> m_call;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<std::atomic_bool> m_cancel; // the reading under way
    TranscriptReader::Limits m_limits;
    qint64 m_billId = 0;
    quint64 m_generation = 0; // bumped by every request and clear()
    bool m_loading = false;
    qint64 m_shownBill = 0;
    std::shared_ptr<const TranscriptWorkbook> m_shown;
};

} // namespace simfleet
