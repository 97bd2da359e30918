#include "app/cli/TablePrinter.h"

#include "app/cli/Format.h"

#include <QTextStream>

namespace simfleet {

namespace {

constexpr int kColumnGap = 2;

// Characters a terminal shows for `text`: combining marks take no cell.
int displayWidth(const QString& text) {
    int width = 0;
    for (const QChar c : text) {
        if (c.isLowSurrogate())
            continue;
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing)
            continue;
        ++width;
    }
    return width;
}

QString padded(const QString& text, int width, TablePrinter::Align align) {
    const QString fill(qMax(0, width - displayWidth(text)), QLatin1Char(' '));
    return align == TablePrinter::Align::Right ? fill + text : text + fill;
}

// Keeps each row on one line whatever the data holds, and the terminal in
// charge of nothing but showing it.
QString singleLine(const QString& text) {
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    line.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return Format::terminalText(line);
}

void printLine(QTextStream& out, const QStringList& cells) {
    QString line = cells.join(QString(kColumnGap, QLatin1Char(' ')));
    // No trailing blanks from a left-aligned last column.
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    out << line << '\n';
}

} // namespace

QList<int> TablePrinter::widths() const {
    QList<int> result;
    for (const Column& column : m_columns)
        result.append(displayWidth(column.title));
    for (const QStringList& row : m_rows) {
        for (qsizetype i = 0; i < result.size() && i < row.size(); ++i)
            result[i] = qMax(result[i], displayWidth(singleLine(row.at(i))));
    }
    return result;
}

void TablePrinter::print(QTextStream& out) const {
    const QList<int> width = widths();
    QStringList header;
    QStringList rule;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        header.append(padded(m_columns.at(i).title, width.at(i), m_columns.at(i).align));
        rule.append(QString(width.at(i), QLatin1Char('-')));
    }
    printLine(out, header);
    printLine(out, rule);
    for (const QStringList& row : m_rows) {
        QStringList cells;
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            cells.append(padded(singleLine(row.value(i)), width.at(i), m_columns.at(i).align));
        printLine(out, cells);
    }
}

void FieldPrinter::print(QTextStream& out) const {
    int width = 0;
    for (const auto& field : m_fields)
        width = qMax(width, displayWidth(field.first) + 1);
    for (const auto& field : m_fields) {
        QString line = padded(field.first + QLatin1Char(':'), width, TablePrinter::Align::Left) +
                       QString(kColumnGap, QLatin1Char(' ')) + singleLine(field.second);
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line << '\n';
    }
}

} // namespace simfleet
