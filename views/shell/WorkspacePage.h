#pragma once

#include <QAction>
#include <QIcon>
#include <QString>
#include <QVariantMap>
#include <QWidget>

namespace simfleet {

// Whether the session may change the account's data, and when not, why (a
// translated sentence the page shows on its disabled actions). Bulk jobs need
// more: the account's job journal, which another SimFleet program may hold, so
// a session may change users and groups while its SIM operations are refused.
struct WriteAccess {
    bool allowed = false;
    QString reason;     // empty when allowed
    QString jobsReason; // why bulk jobs are refused although `allowed`; else empty

    bool jobsAllowed() const { return allowed && jobsReason.isEmpty(); }
    QString jobsDeniedReason() const { return allowed ? jobsReason : reason; }

    static WriteAccess granted() { return {true, {}, {}}; }
    static WriteAccess denied(const QString& reason) { return {false, reason, {}}; }
    static WriteAccess withoutJobs(const QString& jobsReason) { return {true, {}, jobsReason}; }
    friend bool operator==(const WriteAccess& a, const WriteAccess& b) {
        return a.allowed == b.allowed && a.reason == b.reason && a.jobsReason == b.jobsReason;
    }
    friend bool operator!=(const WriteAccess& a, const WriteAccess& b) { return !(a == b); }
};

// One area of the main window (SIMs, Groups, ...). MainWindow lists each page
// in the navigation with its title and icon and forwards session changes,
// refresh and cancel to it; a page reports its background work through the
// progress signals so the status bar can show it with a Cancel button.
//
// Its lifecycle, driven by the application for every page alike:
// - sessionStarted() / sessionEnded() at sign-in and sign-out;
// - setWriteAccess() whenever what the session may change changes;
// - saveState() / restoreState() keep what the user arranged (columns,
//   filters, ...) per user and pageId(); stateChanged() says it is time to
//   store it;
// - retranslateUi() when the interface language changes;
// - workspaceDataChanged() when the account's data changed elsewhere (a bulk
//   job ended);
// - pageRequested() / openRequest() move the user from one page to another
//   with what to show there.
class WorkspacePage : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspacePage)

public:
    explicit WorkspacePage(QWidget* parent = nullptr)
        : QWidget(parent) {}

    virtual QString navigationTitle() const = 0;
    virtual QIcon navigationIcon() const = 0;
    // Names the page's stored state ("sims": "users/<id>/sims/..."); empty
    // (the default, the object name) keeps nothing.
    virtual QString pageId() const { return objectName(); }

    // A session started (sign-in, also after a new token): load the page's data.
    virtual void sessionStarted() {}
    // The session ended (sign-out): drop everything the account showed.
    virtual void sessionEnded() {}
    virtual void refresh() {}
    virtual void cancelBackgroundWork() {}
    // The page's panes in the order F6 visits them (each gets the focus of
    // its first focusable control). Empty: every visible list and table, or
    // with none shown the page itself.
    virtual QList<QWidget*> focusPanes() const { return {}; }
    // Actions on what the page shows that the window's Operations menu lists
    // (separators included); none by default.
    virtual QList<QAction*> operationActions() const { return {}; }
    // The page's own commands (its toolbar's), which the window lists in a
    // menu named after the page while it is shown; asked again each time the
    // menu opens. Separators included; none by default (no menu).
    virtual QList<QAction*> pageActions() const { return {}; }

    // Whether the session may change what the page shows; a page disables
    // its actions and says why. The base class keeps it for writeAccess().
    virtual void setWriteAccess(const WriteAccess& access) { m_writeAccess = access; }
    const WriteAccess& writeAccess() const { return m_writeAccess; }

    // What the user arranged on the page, to keep per user between sessions:
    // plain values (QByteArray, QString, numbers) by key. restoreState() gets
    // what saveState() gave for this user, or an empty map: the defaults.
    virtual QVariantMap saveState() const { return {}; }
    virtual void restoreState(const QVariantMap& state) { Q_UNUSED(state) }

    // The account's data changed outside the page (a bulk job ended): reload.
    virtual void workspaceDataChanged() {}

    // The window shows this page because another asked for it
    // (pageRequested()): apply `request`, whose keys the page documents (the
    // SIMs page: SimsPage::filterRequest()). Empty: just shown.
    virtual void openRequest(const QVariantMap& request) { Q_UNUSED(request) }

signals:
    // The title changed (language switch).
    void navigationTitleChanged();
    // `total` < 0 when unknown.
    void backgroundProgress(const QString& what, qint64 done, qint64 total);
    void backgroundFinished();
    // What saveState() returns changed: store it.
    void stateChanged();
    // Show the page whose pageId() is `pageId` and hand it `request`
    // (openRequest()); e.g. a chart slice opening the SIMs page filtered.
    void pageRequested(const QString& pageId, const QVariantMap& request);

protected:
    // The interface language changed: set every text again.
    virtual void retranslateUi() {}
    void changeEvent(QEvent* event) override;

private:
    WriteAccess m_writeAccess;
};

} // namespace simfleet
