#include "api/ApiCall.h"

#include "api/ApiClient.h"

#include <QNetworkReply>
#include <QSaveFile>
#include <QTimer>

namespace simfleet {

ApiCall::ApiCall(ApiClient* client, QString method, QByteArray body, QString destination,
                 const QUrlQuery& query)
    : QObject(client)
    , m_client(client)
    , m_method(std::move(method))
    , m_body(std::move(body))
    , m_destination(std::move(destination))
    , m_query(query) {}

ApiCall::~ApiCall() {
    if (m_client)
        m_client->forget(this);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_file)
        m_file->cancelWriting();
}

void ApiCall::cancel() {
    if (m_finished || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_client)
        m_client->abortCall(this);
    finish(ApiError::cancelled());
}

void ApiCall::finish(const ApiError& error, const QJsonObject& envelope) {
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_envelope = envelope;
    if (m_file) {
        if (!error.isError()) {
            if (!m_file->commit()) {
                m_error = ApiError::localFile(m_destination, m_file->errorString());
            }
        } else {
            m_file->cancelWriting();
        }
        m_file.reset();
    }
    emit finished();
    deleteLater();
}

} // namespace simfleet
