#include "OperationsCsv.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

// Longer strings cannot be a spreadsheet formula string.
constexpr qsizetype kFormulaStringMax = 255;

bool startsLikeFormula(const QString& text) {
    return !text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front());
}

} // namespace

QString OperationsCsv::field(const QString& input, bool asText) {
    QString text = input;
    const bool wrap = (asText && !text.isEmpty()) || startsLikeFormula(text);
    if (wrap && text.size() <= kFormulaStringMax)
        text = u"=\""_s + text.replace(u'"', u"\"\""_s) + u'"';
    else if (wrap && startsLikeFormula(text))
        text.prepend(u'\'');
    const bool quote =
        text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!quote)
        return text;
    return u'"' + text.replace(u'"', u"\"\""_s) + u'"';
}

bool OperationsCsv::write(const QString& path, const QStringList& header,
                          const QVector<QStringList>& rows, const QVector<int>& textColumns,
                          QString* error) {
    const auto fail = [&](const QString& reason) {
        if (error)
            *error = tr("Could not export to %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (path.isEmpty()) {
        if (error)
            *error = tr("Could not export: no file name was given.");
        return false;
    }
    QString text;
    const auto appendRow = [&](const QStringList& cells, bool isHeader) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += u',';
            text += field(cells.at(i), !isHeader && textColumns.contains(int(i)));
        }
        text += "\r\n"_L1;
    };
    appendRow(header, true);
    for (const QStringList& row : rows)
        appendRow(row, false);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return fail(file.errorString());
    }
    if (!file.commit())
        return fail(file.errorString());
    if (error)
        error->clear();
    return true;
}
