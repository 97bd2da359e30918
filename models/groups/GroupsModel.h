#pragma once

#include "api/ApiError.h"
#include "api/Group.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVector>

namespace simfleet {

class ApiClient;
class PagedFetch;

// The account's groups (group/list, every page), one row each, in the order
// NovaConnect lists them. The SIMs filter bar and the Set-groups picker show
// them. A reload updates the rows in place: changed names emit dataChanged,
// groups gone are removed, new ones are appended with one insert.
class GroupsModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsModel)

public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole };

    explicit GroupsModel(ApiClient* client, QObject* parent = nullptr);
    ~GroupsModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads the groups again; ignored while a read runs.
    void reload();
    // Sign-out: stops a read and empties the model.
    void clear();
    bool isLoading() const;
    // Whether a read has completed since the last clear().
    bool isLoaded() const { return m_loaded; }
    // The last read's failure; none after a successful one.
    const ApiError& error() const { return m_error; }

    const QVector<Group>& groups() const { return m_groups; }
    const Group& groupAt(int row) const { return m_groups.at(row); }
    int rowOfId(qint64 id) const;

signals:
    void loadingChanged(bool loading);
    // A read ended (`error` is none on success).
    void loadFinished(const ApiError& error);

private:
    void apply(const QVector<Group>& groups);

    QPointer<ApiClient> m_client;
    QPointer<PagedFetch> m_fetch;
    QVector<Group> m_groups;
    ApiError m_error;
    bool m_loaded = false;
};

} // namespace simfleet
