#include "views/shell/KeyboardShortcutsDialog.h"

#include "views/common/PlainLabels.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace simfleet {

namespace {

// "&Quit" → "Quit"; "&&" stays one "&".
QString withoutMnemonic(QString text) {
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

QString keysText(const QList<QKeySequence>& sequences) {
    QStringList keys;
    for (const QKeySequence& sequence : sequences) {
        const QString text = sequence.toString(QKeySequence::NativeText);
        if (!text.isEmpty() && !keys.contains(text))
            keys.append(text);
    }
    return keys.join(QStringLiteral(", "));
}

// "Account → Quit" for a menu item, the text alone otherwise.
QString actionDescription(const QAction* action) {
    QString text = withoutMnemonic(action->text());
    for (const QObject* object : action->associatedObjects()) {
        if (const auto* menu = qobject_cast<const QMenu*>(object)) {
            const QString title = withoutMnemonic(menu->title());
            if (!title.isEmpty())
                return KeyboardShortcutsDialog::tr("%1 → %2", "menu → menu item").arg(title, text);
        }
    }
    // Not in a menu (Copy ICCIDs in the table): the longer words say where it works.
    return action->statusTip().isEmpty() ? text : action->statusTip();
}

} // namespace

KeyboardShortcutsDialog::KeyboardShortcutsDialog(QWidget* window, QWidget* parent)
    : QDialog(parent)
    , m_window(window)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)) {
    setObjectName(QStringLiteral("keyboardShortcutsDialog"));
    m_intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::StrongFocus);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(620, 520);
    retranslateUi();
    PlainLabels::apply(this);
}

QList<KeyboardShortcutsDialog::Entry> KeyboardShortcutsDialog::entries(const QWidget* window) {
    QList<Entry> result;
    if (window) {
        for (const QAction* action : window->findChildren<QAction*>()) {
            if (action->isSeparator() || action->shortcuts().isEmpty() || action->text().isEmpty())
                continue;
            result.append({keysText(action->shortcuts()), actionDescription(action)});
        }
        for (const QShortcut* shortcut : window->findChildren<QShortcut*>()) {
            if (!shortcut->isEnabled() || shortcut->whatsThis().isEmpty())
                continue;
            result.append({keysText(shortcut->keys()), shortcut->whatsThis()});
        }
    }
    const auto native = [](const QKeySequence& key) {
        return key.toString(QKeySequence::NativeText);
    };
    const QString tab = native(QKeySequence(Qt::Key_Tab));
    const QString backtab = native(QKeySequence(Qt::SHIFT | Qt::Key_Tab));
    const QString enter = native(QKeySequence(Qt::Key_Return));
    result.append({tab + QStringLiteral(", ") + backtab,
                   tr("Go to the next / previous control (Tab leaves the SIM table)")});
    result.append({native(QKeySequence(Qt::SHIFT | Qt::Key_F10)) + QStringLiteral(", ") +
                       native(QKeySequence(Qt::Key_Menu)),
                   tr("Open the context menu of the current row")});
    result.append({native(QKeySequence(Qt::Key_Down)) + QStringLiteral(", ") + enter,
                   tr("In the search field: go to the SIM table")});
    result.append({keysText(QKeySequence::keyBindings(QKeySequence::Find)),
                   tr("Go to the search or filter field of the page shown")});
    result.append(
        {native(QKeySequence(Qt::Key_Escape)), tr("In a search or filter field: clear it")});
    result.append({native(QKeySequence(Qt::CTRL | Qt::Key_A)),
                   tr("In the SIM table: select every SIM shown")});
    result.append({native(QKeySequence(Qt::Key_F2)),
                   tr("In the SIM table: rename the SIM (when you may change SIMs)")});
    result.append({native(QKeySequence(Qt::Key_Space)) + QStringLiteral(", ") + enter,
                   tr("On a saved filter: apply it")});
    return result;
}

void KeyboardShortcutsDialog::fill() {
    m_list->clear();
    for (const Entry& entry : entries(m_window)) {
        auto* item = new QTreeWidgetItem(m_list, {entry.keys, entry.description});
        item->setToolTip(1, entry.description);
    }
}

void KeyboardShortcutsDialog::retranslateUi() {
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list->setAccessibleName(windowTitle());
    m_intro->setText(tr("Keys that work in SimFleet. Menu items can also be reached with Alt "
                        "and the underlined letter."));
    m_list->setHeaderLabels({tr("Keys"), tr("Action", "what a shortcut does")});
    fill();
}

void KeyboardShortcutsDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace simfleet
