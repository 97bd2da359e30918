#pragma once

#include "api/ApiError.h"

#include <QHash>
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
// missing or negative): their pages are read until a short page, readAhead()
// at a time (1: one after another); pages requested beyond the short one are
// cancelled and their answers, rows and errors ignored. Either way a list of
// more than maxPages() pages fails with ListTooLong: all_count and page sizes
// come from the network and are not trusted. all_count pages arrive in any
// order with their index; short-page pages arrive in page order.
//
// Raw pages (short-page lists only): the answers are not parsed here, so the
// owner can parse them off the GUI thread. rawPageArrived() hands over each
// answer's bytes; the owner answers with rawPageRead() (the entries of its
// items array before any row is dropped, or why it could not be read: a
// transient problem has the page asked for again); rawPageAccepted() then says,
// in page order, which pages belong to the list.
class PagedFetch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedFetch)

public:
    enum class Mode { AllCount, ShortPage };
    static constexpr int kDefaultMaxPages = 10000;

    PagedFetch(ApiClient* client, QString method, QJsonObject body, int pageSize, Mode mode,
               QObject* parent = nullptr);
    ~PagedFetch() override;

    // These apply to the next start().
    void setMaxPages(int pages) { m_maxPages = qMax(1, pages); }
    int maxPages() const { return m_maxPages; }
    // Short-page lists: requests in flight at once (never more than the
    // client's maxInFlight()).
    void setReadAhead(int pages) { m_readAhead = qMax(1, pages); }
    int readAhead() const { return m_readAhead; }
    void setRawPages(bool raw) { m_raw = raw; }
    bool rawPages() const { return m_raw; }
    // The owner's word on a raw page (see above); ignored once finished.
    void rawPageRead(int index, qint64 count, const ApiError& error);

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    std::optional<qint64> total() const { return m_total; }
    qint64 itemsReceived() const { return m_items; }

    // The items array of one page envelope, whichever shape the method uses.
    static QJsonArray itemsOf(const QJsonObject& envelope, Mode mode);

signals:
    void pageArrived(int index, const QJsonObject& envelope); // not with raw pages
    void rawPageArrived(int index, const QByteArray& body);
    void rawPageAccepted(int index);
    void progress(qint64 itemsReceived, qint64 total); // total -1 when unknown
    void finished(const ApiError& error);

private:
    // A short-page page done (read, or failed), waiting for its turn.
    struct DonePage {
        qint64 count = 0;
        ApiError error;
        QJsonObject envelope; // not with raw pages
    };

    void request(int index);
    void requestMore();
    void onPage(int index, ApiCall* call);
    // Short paging: takes the done pages in page order, up to the short one.
    void pageDone(int index, const DonePage& page);
    void succeed();
    void cancelCalls();
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
    int m_readAhead = 1;
    bool m_raw = false;
    QMap<int, DonePage> m_done; // short paging: done, not yet taken in order
    QHash<int, int> m_attempts; // raw pages asked for again after an unreadable answer
    int m_nextInOrder = 0;      // short paging: the next page to take
    quint64 m_generation = 0;   // retries of an earlier start() are dropped
    bool m_shortPaging = false; // reading until a short page (no usable all_count)
    qint64 m_pageCount = -1;    // -1 while unknown (short-page paging)
    int m_nextPage = 0;         // next page index to request
    bool m_finished = false;
};

} // namespace simfleet
