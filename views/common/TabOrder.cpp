#include "views/common/TabOrder.h"

#include <QLayout>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QWidget>

namespace simfleet {

namespace {

void collect(QWidget* widget, QList<QWidget*>* chain);

void collect(QLayout* layout, QList<QWidget*>* chain) {
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (QWidget* widget = item->widget())
            collect(widget, chain);
        else if (QLayout* inner = item->layout())
            collect(inner, chain);
    }
}

void collect(QWidget* widget, QList<QWidget*>* chain) {
    if (auto* tabs = qobject_cast<QTabWidget*>(widget)) {
        chain->append(tabs->tabBar());
        for (int i = 0; i < tabs->count(); ++i)
            collect(tabs->widget(i), chain);
        return;
    }
    if (auto* area = qobject_cast<QScrollArea*>(widget)) {
        if (area->widget())
            collect(area->widget(), chain);
        return;
    }
    if (auto* stack = qobject_cast<QStackedWidget*>(widget)) {
        for (int i = 0; i < stack->count(); ++i)
            collect(stack->widget(i), chain);
        return;
    }
    // A widget that takes focus itself (a field, a button, a list) is one
    // stop; a container (group box, frame, composite field) is walked.
    if ((widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy() || !widget->layout()) {
        if ((widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
            chain->append(widget);
        return;
    }
    collect(widget->layout(), chain);
}

} // namespace

namespace TabOrder {

void followLayouts(QWidget* root) {
    QList<QWidget*> chain;
    if (root->layout())
        collect(root->layout(), &chain);
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

} // namespace TabOrder

} // namespace simfleet
