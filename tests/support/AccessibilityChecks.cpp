#include "tests/support/AccessibilityChecks.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDebug>
#include <QDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollArea>
#include <QSlider>
#include <QTabBar>
#include <QTabWidget>

#include <algorithm>

namespace simfleet {

namespace {

bool isControl(const QWidget* widget) {
    if (qobject_cast<const QComboBox*>(widget->parentWidget()))
        return false; // the combo box's own line edit and list
    if (qobject_cast<const QAbstractSpinBox*>(widget->parentWidget()))
        return false; // the spin box's own line edit
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget) ||
           qobject_cast<const QComboBox*>(widget) ||
           qobject_cast<const QAbstractSpinBox*>(widget) ||
           qobject_cast<const QAbstractItemView*>(widget) || qobject_cast<const QSlider*>(widget);
}

QString describe(const QWidget* widget) {
    QString path = QString::fromLatin1(widget->metaObject()->className());
    for (const QObject* o = widget; o; o = o->parent()) {
        if (!o->objectName().isEmpty()) {
            path += QLatin1Char(' ') + o->objectName();
            break;
        }
    }
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        path += QStringLiteral(" tooltip=\"%1\"").arg(button->toolTip());
    return path;
}

} // namespace

namespace AccessibilityChecks {

// The shown controls under `root` that a screen reader could not name.
QStringList unnamedControls(const QWidget* root) {
    QStringList unnamed;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(root->window()) || !isControl(widget))
            continue;
        // The tab bars' scroll buttons and the like, which Qt makes: not ours.
        if (widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (qobject_cast<const QTabBar*>(widget->parentWidget()))
            continue;
        // A line edit's clear button and icons (Qt's, never focused) and a
        // table's header (its sections are named by the model).
        if (qobject_cast<const QLineEdit*>(widget->parentWidget()) ||
            qobject_cast<const QHeaderView*>(widget))
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(describe(widget));
    }
    return unnamed;
}

// The focus chain, from its control nearest the top left: each control must
// come after the one before in reading order (lower, or on the same line
// further right).
QStringList tabOrderProblems(QDialog* dialog) {
    QList<QWidget*> chain;
    for (QWidget* w = dialog->nextInFocusChain(); w && w != dialog && chain.size() < 500;
         w = w->nextInFocusChain()) {
        if (w->isVisibleTo(dialog) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
            !w->focusProxy() && !qobject_cast<QComboBox*>(w->parentWidget()) &&
            !qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
            chain.append(w);
    }
    const auto place = [dialog](const QWidget* w) {
        return QRect(w->mapTo(dialog, QPoint(0, 0)), w->size());
    };
    int first = 0;
    for (int i = 1; i < chain.size(); ++i) {
        const QRect a = place(chain.at(i));
        const QRect b = place(chain.at(first));
        if (a.top() < b.top() || (a.top() == b.top() && a.left() < b.left()))
            first = i;
    }
    std::rotate(chain.begin(), chain.begin() + first, chain.end());
    if (qEnvironmentVariableIsSet("A11Y_DEBUG")) {
        for (QWidget* w : chain)
            qDebug() << describe(w) << place(w);
    }
    // A control in a scroll area may lie below the area's visible part: it is
    // compared with the controls outside the area by the area's place.
    const auto scrollArea = [dialog](const QWidget* w) -> const QWidget* {
        for (const QWidget* p = w->parentWidget(); p && p != dialog; p = p->parentWidget()) {
            if (qobject_cast<const QScrollArea*>(p))
                return p;
        }
        return nullptr;
    };
    const auto placeBeside = [&](const QWidget* w, const QWidget* other) {
        const QWidget* area = scrollArea(w);
        return area && area != scrollArea(other) ? place(area) : place(w);
    };
    QStringList problems;
    for (int i = 1; i < chain.size(); ++i) {
        const QRect before = placeBeside(chain.at(i - 1), chain.at(i));
        const QRect now = placeBeside(chain.at(i), chain.at(i - 1));
        const bool sameLine =
            now.center().y() >= before.top() && now.center().y() <= before.bottom();
        const bool forward = sameLine ? now.left() >= before.left() : now.top() >= before.top();
        if (!forward)
            problems.append(describe(chain.at(i - 1)) + QStringLiteral(" → ") +
                            describe(chain.at(i)));
    }
    return problems;
}

QStringList dialogProblems(QDialog* dialog) {
    QStringList problems;
    auto* tabs = dialog->findChild<QTabWidget*>();
    for (int tab = 0; tab < (tabs ? tabs->count() : 1); ++tab) {
        if (tabs)
            tabs->setCurrentIndex(tab);
        for (const QString& control : unnamedControls(dialog))
            problems.append(QStringLiteral("no name: ") + control);
        for (const QString& step : tabOrderProblems(dialog))
            problems.append(QStringLiteral("Tab goes back: ") + step);
    }
    return problems;
}

} // namespace AccessibilityChecks

} // namespace simfleet
