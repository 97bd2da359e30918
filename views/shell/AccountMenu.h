#pragma once

#include <QMenu>
#include <QString>
#include <QVector>

class QActionGroup;

namespace simfleet {

// The Account menu: the saved accounts to switch to (the open one checked),
// adding, renaming and removing saved accounts, signing out and quitting. It
// only presents; what is chosen is requested through signals.
class AccountMenu final : public QMenu {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountMenu)

public:
    struct Entry {
        QString key;
        QString name;
        QString address;
    };

    explicit AccountMenu(QWidget* parent = nullptr);

    // The saved accounts; `currentKey` is checked (empty while signed out).
    void setAccounts(const QVector<Entry>& accounts, const QString& currentKey);
    // Demo mode: saved accounts cannot be added, renamed or removed (the
    // actions say why).
    void setDemo(bool demo);

    // One checkable action per saved account, in the listed order (data: key).
    QList<QAction*> accountActions() const;
    QAction* addAccountAction() const { return m_add; }
    QAction* renameAccountAction() const { return m_rename; }
    QMenu* removeAccountMenu() const { return m_remove; }
    QAction* signOutAction() const { return m_signOut; }
    QAction* quitAction() const { return m_quit; }

signals:
    void switchRequested(const QString& key);
    void addRequested();
    // Rename the open account.
    void renameRequested();
    void removeRequested(const QString& key);
    void signOutRequested();
    void quitRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void retranslateUi();

    QVector<Entry> m_accounts;
    QString m_currentKey;
    bool m_demo = false;
    QActionGroup* m_group;
    QAction* m_accountsEnd; // the separator after the account actions
    QAction* m_none;
    QAction* m_add;
    QAction* m_rename;
    QMenu* m_remove;
    QAction* m_signOut;
    QAction* m_quit;
};

} // namespace simfleet
