#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace simfleet {

// Help → Keyboard shortcuts: every key SimFleet understands. The list is
// read from the window's actions and shortcuts when the dialog opens (so it
// names what the keys really do now), followed by the keys widgets handle
// themselves (F6 aside, which is a shortcut: Tab, Shift+F10, the search field).
class KeyboardShortcutsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyboardShortcutsDialog)

public:
    struct Entry {
        QString keys;        // native text, "Ctrl+C"; several keys joined by ", "
        QString description; // what it does
    };

    // `window`: the window whose actions and shortcuts are listed.
    explicit KeyboardShortcutsDialog(QWidget* window, QWidget* parent = nullptr);

    // The entries for `window`: its actions with shortcuts (menu items named
    // with their menu: "Account → Quit"), its shortcuts that say what they do
    // (QShortcut::whatsThis), then the fixed keys.
    static QList<Entry> entries(const QWidget* window);
    QTreeWidget* list() const { return m_list; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();
    void retranslateUi();

    const QWidget* m_window;
    QLabel* m_intro;
    QTreeWidget* m_list;
    QDialogButtonBox* m_buttons;
};

} // namespace simfleet
