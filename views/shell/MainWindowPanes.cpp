// F6 / Shift+F6: the focus moves from pane to pane of the main window.
#include "views/shell/MainWindow.h"
#include "views/shell/WorkspacePage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QListWidget>

#include <algorithm>

namespace simfleet {

namespace {

bool takesTabFocus(const QWidget* widget) {
    return widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus);
}

// The pane itself, or the first control inside it that Tab would reach.
QWidget* focusTargetIn(QWidget* pane) {
    if (takesTabFocus(pane))
        return pane;
    for (QWidget* widget = pane->nextInFocusChain(); widget && widget != pane;
         widget = widget->nextInFocusChain()) {
        if (pane->isAncestorOf(widget) && takesTabFocus(widget))
            return widget;
    }
    return nullptr;
}

} // namespace

QList<QWidget*> MainWindow::focusPanes() const {
    QList<QWidget*> panes{m_navigation};
    WorkspacePage* page = currentPage();
    if (!page)
        return panes;
    QList<QWidget*> own = page->focusPanes();
    if (own.isEmpty()) {
        // A page that names none: each list or table it shows, top to bottom, left to right.
        for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>()) {
            if (view->window() == this && view->isVisible())
                own.append(view);
        }
        std::stable_sort(own.begin(), own.end(), [page](QWidget* a, QWidget* b) {
            const QPoint pa = a->mapTo(page, QPoint(0, 0));
            const QPoint pb = b->mapTo(page, QPoint(0, 0));
            return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
        });
        // None shown (an empty state): the page's first control.
        if (own.isEmpty())
            own.append(page);
    }
    panes += own;
    return panes;
}

void MainWindow::focusNextPane(bool forward) {
    const QList<QWidget*> panes = focusPanes();
    const int count = int(panes.size());
    QWidget* focus = QApplication::focusWidget();
    if (!focus || focus->window() != this)
        focus = focusWidget();
    int at = -1;
    for (int i = 0; focus && i < count; ++i) {
        if (panes.at(i) == focus || panes.at(i)->isAncestorOf(focus))
            at = i;
    }
    if (at < 0)
        at = forward ? -1 : count;
    for (int step = 1; step <= count; ++step) {
        const int next = ((at + (forward ? step : -step)) % count + count) % count;
        QWidget* pane = panes.at(next);
        if (!pane || !pane->isVisible())
            continue;
        if (QWidget* target = focusTargetIn(pane)) {
            target->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return;
        }
    }
}

} // namespace simfleet
