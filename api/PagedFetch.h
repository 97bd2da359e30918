#pragma once

#include "api/ApiError.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <optional>

namespace simfleet {

class ApiClient;
class ApiCall;

// Fetches every page of a list method. Lists that report `all_count` are read
// page 0 first, then the remaining pages a few at a time (as many as the
// ApiClient runs at once; never more than the list can have, and none after an
// empty page). Reports have no `all_count` (nor does a list whose all_count is
// missing or negative): their pages are read one after another until a short
// page. Either way a list of more than maxPages() pages fails with
// ListTooLong: all_count and page sizes come from the network and are not
// trusted. Pages arrive in any order with their index.
class PagedFetch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedFetch)

public:
    enum class Mode { AllCount, ShortPage };
    static constexpr int kDefaultMaxPages = 10000;

    PagedFetch(ApiClient* client, QString method, QJsonObject body, int pageSize, Mode mode,
               QObject* parent = nullptr);
    ~PagedFetch() override;

    // Applies to the next start().
    void setMaxPages(int pages) { m_maxPages = qMax(1, pages); }
    int maxPages() const { return m_maxPages; }

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
    void requestMore();
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
    int m_maxPages = kDefaultMaxPages;
    bool m_shortPaging = false; // reading until a short page (no usable all_count)
    qint64 m_pageCount = -1;    // -1 while unknown (short-page paging)
    int m_nextPage = 0;         // next page index to request
    bool m_finished = false;
};

} // namespace simfleet
