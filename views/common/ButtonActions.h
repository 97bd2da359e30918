#pragma once

#include <QList>
#include <QObject>

class QAbstractButton;
class QAction;
class QMenu;

namespace simfleet {

// Menu entries for a page's buttons (the window's page menu): each action
// clicks its button and takes the button's text, tooltip, enabled and shown
// state — when the button's state or the language changes, and again in
// refreshed() (for texts set without either, read when the menu opens).
class ButtonActions final : public QObject {
public:
    explicit ButtonActions(QObject* parent);

    // A null button adds a separator. A button with a drop-down menu gets an
    // entry with `submenu` (a menu of its own: a menu is shown in one place).
    void add(QAbstractButton* button, QMenu* submenu = nullptr);
    QList<QAction*> refreshed() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Entry {
        QAbstractButton* button;
        QAction* action;
    };
    static void copyState(const Entry& entry);

    QList<Entry> m_entries;
};

} // namespace simfleet
