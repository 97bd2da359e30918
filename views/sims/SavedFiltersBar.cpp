#include "views/sims/SavedFiltersBar.h"

#include "views/common/PlainLabels.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace simfleet {

SavedFiltersBar::SavedFiltersBar(QWidget* parent)
    : QWidget(parent)
    , m_chips(new QHBoxLayout)
    , m_label(new QLabel(this))
    , m_add(new QToolButton(this)) {
    m_add->setObjectName(QStringLiteral("saveFilter"));
    m_add->setText(QStringLiteral("+"));
    m_add->setAutoRaise(true);
    connect(m_add, &QToolButton::clicked, this, &SavedFiltersBar::askName);

    m_chips->setContentsMargins(0, 0, 0, 0);
    m_chips->setSpacing(4);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_label);
    layout->addLayout(m_chips);
    layout->addWidget(m_add);
    layout->addStretch(1);
    retranslateUi();
    PlainLabels::apply(this);
}

void SavedFiltersBar::setFilters(const SavedFilters& filters) {
    m_filters = filters;
    rebuildChips();
}

void SavedFiltersBar::setCurrentFilter(const FleetFilter& filter) {
    m_current = filter;
    updateChecked();
}

QToolButton* SavedFiltersBar::chip(const QString& name) const {
    for (QToolButton* button : m_chipButtons) {
        if (button->text().compare(name, Qt::CaseInsensitive) == 0)
            return button;
    }
    return nullptr;
}

void SavedFiltersBar::rebuildChips() {
    // Later, not now: a chip's own menu may be what asked for the rebuild.
    for (QToolButton* button : std::as_const(m_chipButtons)) {
        m_chips->removeWidget(button);
        button->hide();
        button->deleteLater();
    }
    m_chipButtons.clear();
    for (const SavedFilter& item : m_filters.items()) {
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("savedFilterChip"));
        button->setText(item.name);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::StrongFocus);
        button->installEventFilter(this);
        button->setContextMenuPolicy(Qt::CustomContextMenu);
        const QString name = item.name;
        connect(button, &QToolButton::clicked, this, [this, name] { apply(name); });
        connect(button, &QToolButton::customContextMenuRequested, this,
                [this, button, name](const QPoint& pos) {
                    showChipMenu(name, button->mapToGlobal(pos));
                });
        m_chips->addWidget(button);
        m_chipButtons.append(button);
    }
    // New widgets join the end of the window's tab chain: put the chips
    // where they are shown, before "+". setTabOrder() ignores a first widget
    // that takes no focus, so the chain starts at the last one before "+" that does.
    QWidget* previous = m_add->previousInFocusChain();
    while (previous != m_add && previous->focusPolicy() == Qt::NoFocus)
        previous = previous->previousInFocusChain();
    if (previous != m_add && !m_chipButtons.isEmpty()) {
        for (QToolButton* button : std::as_const(m_chipButtons)) {
            QWidget::setTabOrder(previous, button);
            previous = button;
        }
        QWidget::setTabOrder(previous, m_add);
    }
    updateChecked();
}

bool SavedFiltersBar::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        auto* button = qobject_cast<QToolButton*>(watched);
        if (button && m_chipButtons.contains(button) &&
            (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier)) {
            button->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SavedFiltersBar::updateChecked() {
    for (QToolButton* button : m_chipButtons) {
        const int at = m_filters.indexOf(button->text());
        const bool inUse =
            at >= 0 && m_filters.items().at(at).filter == m_current && !m_current.isEmpty();
        button->setChecked(inUse);
        button->setToolTip(tr("Apply the saved filter \"%1\" (right-click to rename or delete)")
                               .arg(button->text()));
    }
}

void SavedFiltersBar::saveCurrent(const QString& name) {
    if (name.trimmed().isEmpty())
        return;
    m_filters.save(name, m_current);
    rebuildChips();
    emit filtersChanged();
}

bool SavedFiltersBar::apply(const QString& name) {
    const int at = m_filters.indexOf(name);
    if (at < 0)
        return false;
    m_current = m_filters.items().at(at).filter;
    updateChecked();
    emit applyRequested(m_current);
    return true;
}

bool SavedFiltersBar::rename(const QString& from, const QString& to) {
    if (!m_filters.rename(from, to))
        return false;
    rebuildChips();
    emit filtersChanged();
    return true;
}

void SavedFiltersBar::remove(const QString& name) {
    if (m_filters.indexOf(name) < 0)
        return;
    m_filters.remove(name);
    rebuildChips();
    emit filtersChanged();
}

void SavedFiltersBar::askName() {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save filter"), tr("Name of the filter:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok)
        saveCurrent(name);
}

void SavedFiltersBar::askRename(const QString& name) {
    bool ok = false;
    const QString newName = QInputDialog::getText(
        this, tr("Rename filter"), tr("New name of the filter:"), QLineEdit::Normal, name, &ok);
    if (ok && !rename(name, newName) && !newName.trimmed().isEmpty() &&
        newName.trimmed().compare(name, Qt::CaseInsensitive) != 0) {
        QToolButton* button = chip(name);
        if (button)
            button->setToolTip(tr("A saved filter named \"%1\" already exists.").arg(newName));
    }
}

void SavedFiltersBar::showChipMenu(const QString& name, const QPoint& globalPos) {
    QMenu menu(this);
    menu.addAction(tr("Apply"), this, [this, name] { apply(name); });
    menu.addAction(tr("Rename…"), this, [this, name] { askRename(name); });
    menu.addSeparator();
    menu.addAction(tr("Delete", "saved filter"), this, [this, name] { remove(name); });
    menu.exec(globalPos);
}

void SavedFiltersBar::retranslateUi() {
    m_label->setText(tr("Saved filters:"));
    m_add->setToolTip(tr("Save the current filter under a name"));
    updateChecked();
}

void SavedFiltersBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace simfleet
