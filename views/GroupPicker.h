#pragma once

#include "Sim.h"

#include <QPointer>
#include <QStringList>
#include <QVector>
#include <QWidget>

class ApiClient;
class InlineBanner;
class PagedFetch;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

// Chooses the groups a set of SIMs should end up in: the account's groups as
// a checkable, searchable list (read from NovaConnect, every page) plus new
// group names, each of which becomes a checked item.
class GroupPicker final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupPicker)

public:
    explicit GroupPicker(QWidget* parent = nullptr);
    ~GroupPicker() override;

    // Groups shown and checked from the start (the selection's current ones);
    // they stay listed even if the account's list cannot be read.
    void setInitiallyChecked(const QVector<GroupRef>& groups);
    // Reads the account's groups through `client` (again on Retry).
    void load(ApiClient* client);
    bool isLoading() const;
    bool hasLoadError() const;

    // Adds each comma- or line-separated name as a checked new group (a name
    // that matches a listed group checks that one instead).
    void addNewGroups(const QString& names);
    QVector<qint64> checkedGroupIds() const;
    QStringList checkedNewGroupNames() const;
    // Every listed group name, checked or not, in list order.
    QStringList listedNames() const;
    // The names of the checked groups, existing and new, in list order.
    QStringList checkedNames() const;
    void setSearchText(const QString& text);
    // How many listed groups the search leaves visible.
    int visibleCount() const;
    QLineEdit* newGroupsField() const { return m_newGroups; }
    InlineBanner* errorBanner() const { return m_error; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    QListWidgetItem* itemForId(qint64 id) const;
    QListWidgetItem* itemForName(const QString& name) const;
    QListWidgetItem* addItem(qint64 id, const QString& name, bool checked);
    void applySearch();
    void retranslateUi();

    QPointer<ApiClient> m_client;
    QPointer<PagedFetch> m_fetch;
    QLineEdit* m_search;
    QListWidget* m_list;
    QLabel* m_status;
    InlineBanner* m_error;
    QLabel* m_newGroupsLabel;
    QLineEdit* m_newGroups;
    QPushButton* m_addNew;
};
