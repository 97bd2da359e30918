#pragma once

#include "ApiError.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <optional>

class ApiClient;
class ApiCall;

// Fetches every page of a list method. Lists that report `all_count` are read
// page 0 first, then the remaining pages concurrently (ApiClient bounds how
// many are in flight). Reports have no `all_count`: their pages are read one
// after another until a short page. Pages arrive in any order with their index.
class PagedFetch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedFetch)

public:
    enum class Mode { AllCount, ShortPage };

    PagedFetch(ApiClient* client, QString method, QJsonObject body, int pageSize, Mode mode,
               QObject* parent = nullptr);
    ~PagedFetch() override;

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    std::optional<qint64> total() const { return m_total; }
    qint64 itemsReceived() const { return m_items; }

    // The items array of one page envelope, whichever shape the method uses.
    static QJsonArray itemsOf(const QJsonObject& envelope, Mode mode);

signals:
    void pageArrived(int index, const QJsonObject& envelope);
    void progress(qint64 itemsReceived, qint64 total); // total -1 when unknown
    void finished(const ApiError& error);

private:
    void request(int index);
    void onPage(int index, ApiCall* call);
    void fail(const ApiError& error);

    QPointer<ApiClient> m_client;
    QString m_method;
    QJsonObject m_body;
    int m_pageSize;
    Mode m_mode;
    QMap<int, QPointer<ApiCall>> m_calls;
    std::optional<qint64> m_total;
    qint64 m_items = 0;
    int m_pagesLeft = 0;
    bool m_finished = false;
};
