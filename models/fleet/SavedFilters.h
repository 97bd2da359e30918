#pragma once

#include "models/fleet/FleetFilter.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace simfleet {

// A fleet filter the user named and kept, shown as a chip above the table.
struct SavedFilter {
    QString name;
    FleetFilter filter;

    friend bool operator==(const SavedFilter& a, const SavedFilter& b) {
        return a.name == b.name && a.filter == b.filter && a.filter.text == b.filter.text;
    }
};

// The user's saved filters, in the order they were added, and their JSON form
// for the settings. Names are unique (compared case-insensitively).
class SavedFilters final {
public:
    const QVector<SavedFilter>& items() const { return m_items; }
    int size() const { return int(m_items.size()); }
    int indexOf(const QString& name) const;

    // Adds `filter` under `name`, or replaces the filter of that name.
    void save(const QString& name, const FleetFilter& filter);
    // False when `to` is empty or already names another filter.
    bool rename(const QString& from, const QString& to);
    void remove(const QString& name);

    QByteArray toJson() const;
    // Entries that cannot be read are skipped; invalid JSON gives an empty list.
    static SavedFilters fromJson(const QByteArray& json);

    static QJsonObject filterToJson(const FleetFilter& filter);
    static FleetFilter filterFromJson(const QJsonObject& object);

private:
    QVector<SavedFilter> m_items;
};

} // namespace simfleet
