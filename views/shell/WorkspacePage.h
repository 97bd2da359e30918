#pragma once

#include <QIcon>
#include <QString>
#include <QWidget>

namespace simfleet {

// One area of the main window (SIMs, Groups, ...). MainWindow lists each page
// in the navigation with its title and icon and forwards session changes,
// refresh and cancel to it; a page reports its background work through the
// progress signals so the status bar can show it with a Cancel button.
class WorkspacePage : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspacePage)

public:
    explicit WorkspacePage(QWidget* parent = nullptr)
        : QWidget(parent) {}

    virtual QString navigationTitle() const = 0;
    virtual QIcon navigationIcon() const = 0;

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

signals:
    // The title changed (language switch).
    void navigationTitleChanged();
    // `total` < 0 when unknown.
    void backgroundProgress(const QString& what, qint64 done, qint64 total);
    void backgroundFinished();
};

} // namespace simfleet
