#pragma once

#include "api/ApiError.h"
#include "api/Group.h"

#include <QAbstractListModel>
#include <QCoreApplication>
#include <QPointer>
#include <QVector>

#include <functional>

namespace simfleet {

class ApiClient;
class PagedFetch;

// The account's groups (group/list, every page), one row each, in the order
// NovaConnect lists them. The SIMs filter bar and the Set-groups picker show
// them. A reload updates the rows in place: changed names emit dataChanged,
// groups gone are removed, new ones are appended with one insert.
// Groups are created, renamed and deleted through it (group/create, edit,
// remove): names are checked first (trimmed, not empty, unique among the
// account's groups ignoring letter case), so a refused name is never sent,
// and the rows follow what NovaConnect answered.
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

    // Why `name` cannot be a group's name (translated), or empty when it can;
    // `renamedId` is the group being renamed (its own name is no clash).
    QString nameProblem(const QString& name, qint64 renamedId = 0) const;

    // Called once NovaConnect answered (`error` is none on success).
    using Done = std::function<void(const ApiError& error)>;
    // Each returns why the request was not sent (translated; nothing is then
    // sent and `done` is not called), or empty once it is on its way.
    QString create(const QString& name, QObject* context, Done done);
    QString rename(qint64 id, const QString& name, QObject* context, Done done);
    QString remove(qint64 id, QObject* context, Done done);
    // A group/create, edit or remove has not been answered yet.
    bool isChanging() const { return m_changes > 0; }

    const QVector<Group>& groups() const { return m_groups; }
    const Group& groupAt(int row) const { return m_groups.at(row); }
    int rowOfId(qint64 id) const;

signals:
    void loadingChanged(bool loading);
    // A read ended (`error` is none on success).
    void loadFinished(const ApiError& error);

private:
    void apply(const QVector<Group>& groups);
    QString changeRefusal() const;
    // The answer to a create or rename: the row added or changed.
    void applyGroup(const Group& group);
    void removeId(qint64 id);

    QPointer<ApiClient> m_client;
    QPointer<PagedFetch> m_fetch;
    QVector<Group> m_groups;
    ApiError m_error;
    bool m_loaded = false;
    int m_changes = 0;
};

} // namespace simfleet
