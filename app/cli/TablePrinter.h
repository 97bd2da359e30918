#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace simfleet {

// A plain-text table for terminals and pipes: column widths follow the
// content, numbers are right-aligned, nothing is ever cut short.
class TablePrinter final {
public:
    enum class Align { Left, Right };
    struct Column {
        QString title;
        Align align = Align::Left;
    };

    explicit TablePrinter(QList<Column> columns)
        : m_columns(std::move(columns)) {}

    // Missing trailing cells print empty; extra cells are ignored.
    void addRow(QStringList cells) { m_rows.append(std::move(cells)); }
    qsizetype rowCount() const { return m_rows.size(); }
    void print(QTextStream& out) const;

private:
    QList<int> widths() const;

    QList<Column> m_columns;
    QList<QStringList> m_rows;
};

// Two columns, field and value, for showing one object.
class FieldPrinter final {
public:
    void add(const QString& field, const QString& value) { m_fields.append({field, value}); }
    void print(QTextStream& out) const;

private:
    QList<std::pair<QString, QString>> m_fields;
};

} // namespace simfleet
