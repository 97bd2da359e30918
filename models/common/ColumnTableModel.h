#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <functional>
#include <utility>

namespace simfleet {

// One column of a ColumnTableModel: what its header says and what each of its
// cells shows, all computed when asked, so a language switch shows at once.
// Build one with the header and the display text, then add what the column
// needs:
//   TableColumn<Job>([] { return Model::tr("SIMs"); },
//                    [](const Job& job) { return QLocale().toString(job.sims.size()); })
//       .withRawValue([](const Job& job) { return job.sims.size(); })
//       .alignedRight()
template <typename T> struct TableColumn {
    using Text = std::function<QString()>;
    using CellText = std::function<QString(const T&)>;
    using CellValue = std::function<QVariant(const T&)>;

    TableColumn(Text headerText, CellText displayText)
        : header(std::move(headerText))
        , display(std::move(displayText)) {}

    // The value sorting and filtering use (RawValueRole); the display text when unset.
    TableColumn& withRawValue(CellValue value) {
        raw = std::move(value);
        return *this;
    }
    TableColumn& withToolTip(CellValue value) {
        toolTip = std::move(value);
        return *this;
    }
    TableColumn& withDecoration(CellValue value) {
        decoration = std::move(value);
        return *this;
    }
    TableColumn& withForeground(CellValue value) {
        foreground = std::move(value);
        return *this;
    }
    TableColumn& withAlignment(Qt::Alignment value) {
        alignment = value;
        return *this;
    }
    // Numbers and durations: right-aligned, vertically centred.
    TableColumn& alignedRight() { return withAlignment(Qt::AlignRight | Qt::AlignVCenter); }

    Text header;
    CellText display;
    CellValue raw;
    CellValue toolTip;
    CellValue decoration;
    CellValue foreground;
    Qt::Alignment alignment; // none: the view's default
};

// What every ColumnTableModel answers beside Qt's roles. A model that adds
// roles of its own numbers them from FirstCustomRole.
struct ColumnTableRoles {
    enum : int {
        RawValueRole = Qt::UserRole + 1, // sortable value: QString, int, qint64, double, QDateTime
        FirstCustomRole
    };
};

// A table over a vector of rows, driven by a list of column descriptors:
// a list page (jobs, groups, users, bills) is its columns plus how its rows
// are fed. Rows change through the functions below, which emit the model
// signals views rely on: one beginInsertRows for inserted rows, a reset for
// new contents, dataChanged for the rows that changed.
//
// With a row key (an id), rowOfKey() finds a row and updateRows() keeps
// the rows that stay, telling views only about those that changed.
template <typename T> class ColumnTableModel : public QAbstractTableModel {
public:
    using Row = T;
    using ColumnSpec = TableColumn<T>;
    using Key = qint64;
    using KeyOf = std::function<Key(const T&)>;
    using SameContent = std::function<bool(const T&, const T&)>;
    using CellValue = typename TableColumn<T>::CellValue;
    enum : int {
        RawValueRole = ColumnTableRoles::RawValueRole,
        FirstCustomRole = ColumnTableRoles::FirstCustomRole
    };

    explicit ColumnTableModel(QObject* parent = nullptr)
        : QAbstractTableModel(parent) {}

    // The columns, in order; set once, before the model is shown.
    void setColumns(QVector<ColumnSpec> columns) {
        beginResetModel();
        m_columns = std::move(columns);
        endResetModel();
    }
    // A role answered for every column of a row (the row's id, its state, ...).
    void setRowRole(int role, CellValue value) { m_rowRoles.insert(role, std::move(value)); }
    // Identifies rows by a key; rowOfKey() and updateRows() use it.
    void setRowKey(KeyOf keyOf) {
        m_keyOf = std::move(keyOf);
        reindex();
    }
    // Whether two versions of a row look the same (updateRows() then leaves
    // the row alone); without it every row kept counts as changed.
    void setSameContent(SameContent same) { m_sameContent = std::move(same); }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const T& row = m_rows.at(index.row());
        const ColumnSpec& column = m_columns.at(index.column());
        const auto valueOf = [&row](const CellValue& value) {
            return value ? value(row) : QVariant();
        };
        switch (role) {
        case Qt::DisplayRole:
            return column.display ? column.display(row) : QString();
        case RawValueRole:
            if (column.raw)
                return column.raw(row);
            return column.display ? column.display(row) : QString();
        case Qt::ToolTipRole:
            return valueOf(column.toolTip);
        case Qt::DecorationRole:
            return valueOf(column.decoration);
        case Qt::ForegroundRole:
            return valueOf(column.foreground);
        case Qt::TextAlignmentRole:
            return column.alignment.toInt() != 0 ? QVariant::fromValue(column.alignment)
                                                 : QVariant();
        default:
            break;
        }
        const auto rowRole = m_rowRoles.constFind(role);
        return rowRole != m_rowRoles.cend() ? (*rowRole)(row) : QVariant();
    }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
            section >= m_columns.size() || !m_columns.at(section).header)
            return QAbstractTableModel::headerData(section, orientation, role);
        return m_columns.at(section).header();
    }

    // The display text of a row that need not be shown (exports, text filters).
    QString displayText(const T& row, int column) const {
        const ColumnSpec& c = m_columns.at(column);
        return c.display ? c.display(row) : QString();
    }
    // Every column's header, in the current language.
    QStringList headerTexts() const {
        QStringList texts;
        texts.reserve(m_columns.size());
        for (int column = 0; column < m_columns.size(); ++column)
            texts << headerData(column, Qt::Horizontal).toString();
        return texts;
    }

    const QVector<T>& rows() const { return m_rows; }
    const T& rowAt(int row) const { return m_rows.at(row); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    // -1 when no row has the key (or no key is set).
    int rowOfKey(Key key) const { return m_rowOfKey.value(key, -1); }

    // New contents: a reset.
    void setRows(QVector<T> rows) {
        beginResetModel();
        m_rows = std::move(rows);
        reindex();
        endResetModel();
    }
    // No rows; nothing happens when there were none.
    void clearRows() {
        if (m_rows.isEmpty())
            return;
        setRows({});
    }
    // The same rows in the same order (by key, which must be set) are updated
    // in place, dataChanged for each run of rows that changed; other rows reset.
    void updateRows(QVector<T> rows) {
        Q_ASSERT(m_keyOf);
        bool sameRows = m_keyOf && rows.size() == m_rows.size();
        for (qsizetype i = 0; sameRows && i < rows.size(); ++i)
            sameRows = m_keyOf(rows.at(i)) == m_keyOf(m_rows.at(i));
        if (!sameRows) {
            setRows(std::move(rows));
            return;
        }
        QVector<T> before = std::exchange(m_rows, std::move(rows));
        int first = -1;
        for (int i = 0; i <= m_rows.size(); ++i) {
            const bool changed =
                i < m_rows.size() && (!m_sameContent || !m_sameContent(before.at(i), m_rows.at(i)));
            if (changed && first < 0)
                first = i;
            if (!changed && first >= 0) {
                emitRowsChanged(first, i - 1);
                first = -1;
            }
        }
    }
    void insertRowsAt(int row, QVector<T> rows) {
        Q_ASSERT(row >= 0 && row <= m_rows.size());
        if (rows.isEmpty())
            return;
        beginInsertRows({}, row, row + int(rows.size()) - 1);
        if (rows.size() == 1) {
            m_rows.insert(row, std::move(rows.first()));
        } else {
            QVector<T> merged;
            merged.reserve(m_rows.size() + rows.size());
            merged.append(m_rows.mid(0, row));
            merged.append(std::move(rows));
            merged.append(m_rows.mid(row));
            m_rows = std::move(merged);
        }
        reindex();
        endInsertRows();
    }
    void insertRowAt(int row, T value) { insertRowsAt(row, QVector<T>{std::move(value)}); }
    void appendRows(QVector<T> rows) { insertRowsAt(int(m_rows.size()), std::move(rows)); }
    void removeRowsAt(int row, int count) {
        Q_ASSERT(row >= 0 && count >= 0 && row + count <= m_rows.size());
        if (count == 0)
            return;
        beginRemoveRows({}, row, row + count - 1);
        m_rows.remove(row, count);
        reindex();
        endRemoveRows();
    }
    // Replaces one row; its key may not change.
    void setRowAt(int row, T value) {
        m_rows[row] = std::move(value);
        emitRowsChanged(row, row);
    }
    // Cells of these columns show something else now (a lookup they use changed).
    void columnsChanged(int firstColumn, int lastColumn) {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, firstColumn), index(int(m_rows.size()) - 1, lastColumn));
    }

private:
    void emitRowsChanged(int first, int last) {
        if (!m_columns.isEmpty())
            emit dataChanged(index(first, 0), index(last, int(m_columns.size()) - 1));
    }
    void reindex() {
        m_rowOfKey.clear();
        if (!m_keyOf)
            return;
        m_rowOfKey.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowOfKey.insert(m_keyOf(m_rows.at(i)), i);
    }

    QVector<ColumnSpec> m_columns;
    QHash<int, CellValue> m_rowRoles;
    QVector<T> m_rows;
    KeyOf m_keyOf;
    SameContent m_sameContent;
    QHash<Key, int> m_rowOfKey;
};

} // namespace simfleet
