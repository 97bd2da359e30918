#include "models/bills/TranscriptPreview.h"

#include "api/AccountService.h"
#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ApiError.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace simfleet {

TranscriptPreview::TranscriptPreview(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client) {}

TranscriptPreview::~TranscriptPreview() {
    stop();
}

void TranscriptPreview::stop() {
    if (m_call) {
        ApiCall* previous = m_call;
        m_call.clear();
        previous->cancel();
    }
    if (m_cancel) {
        m_cancel->store(true);
        m_cancel.reset();
    }
    m_loading = false;
}

void TranscriptPreview::fail(qint64 billId, const QString& message) {
    m_loading = false;
    emit failed(billId, message);
}

void TranscriptPreview::request(qint64 billId) {
    if (billId == m_billId && m_loading)
        return; // already on its way
    stop();
    const quint64 generation = ++m_generation;
    m_billId = billId;
    if (billId == 0)
        return;
    m_loading = true;
    if (billId == m_shownBill && m_shown) {
        QTimer::singleShot(0, this, [this, billId, generation] {
            if (generation != m_generation)
                return;
            m_loading = false;
            emit ready(billId, m_shown);
        });
        return;
    }
    if (!m_dir)
        m_dir = std::make_unique<QTemporaryDir>();
    if (!m_client || !m_dir->isValid()) {
        const QString why = m_dir->isValid() ? QString() : m_dir->errorString();
        QTimer::singleShot(0, this, [this, billId, generation, why] {
            if (generation == m_generation)
                fail(billId, ApiError::localFile(QString(), why).userMessage());
        });
        return;
    }
    const QString path = m_dir->filePath(QStringLiteral("transcript-%1.xlsx").arg(billId));
    ApiCall* call = BillService(m_client).downloadTranscript(billId, path);
    m_call = call;
    // The client's own cap is for saved downloads; a preview is held in memory.
    auto tooLarge = std::make_shared<bool>(false);
    connect(call, &ApiCall::progress, this, [this, call, tooLarge](qint64 received, qint64 total) {
        if (m_call == call && (received > maxDownloadBytes() || total > maxDownloadBytes())) {
            *tooLarge = true;
            call->cancel();
        }
    });
    connect(call, &ApiCall::finished, this, [this, call, billId, path, generation, tooLarge] {
        if (m_call != call || generation != m_generation)
            return; // replaced by another bill
        m_call.clear();
        if (*tooLarge) {
            fail(billId, TranscriptReader::tr("The transcript is larger than %1, the most SimFleet "
                                              "previews.")
                             .arg(QLocale().formattedDataSize(maxDownloadBytes(), 0)));
        } else if (call->error().isError()) {
            fail(billId, call->error().userMessage());
        } else {
            parse(billId, path);
        }
    });
}

void TranscriptPreview::parse(qint64 billId, const QString& path) {
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<TranscriptReader::Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, billId, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // another bill was asked for meanwhile
        m_cancel.reset();
        m_loading = false;
        TranscriptReader::Result result = watcher->result();
        if (!result.ok()) {
            emit failed(billId, result.message);
            return;
        }
        m_shown = std::make_shared<const TranscriptWorkbook>(std::move(result.workbook));
        m_shownBill = billId;
        emit ready(billId, m_shown);
    });
    const TranscriptReader::Limits limits = m_limits;
    watcher->setFuture(QtConcurrent::run(
        [path, limits, cancel] { return TranscriptReader::readFile(path, limits, cancel.get()); }));
}

void TranscriptPreview::clear() {
    stop();
    ++m_generation;
    m_billId = 0;
    m_shownBill = 0;
    m_shown.reset();
    m_dir.reset();
}

} // namespace simfleet
