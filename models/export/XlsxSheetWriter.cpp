#include "models/export/XlsxSheetWriter.h"

#include "models/export/FileWriteErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <xlsxwriter.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <locale.h> // NOLINT(modernize-deprecated-headers): POSIX newlocale/uselocale live here
#include <system_error>
#include <utility>

namespace simfleet {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxCellChars = 32767;
constexpr uint8_t kTextNumberFormat = 49; // Excel's built-in "@"

// libxlsxwriter prints numbers with snprintf, which follows LC_NUMERIC, and
// QCoreApplication sets the user's locale on Unix: in a German or Russian
// locale cells would read "12,5" and the file would be broken. Every call into
// the library runs with the C locale in this thread.
class CLocaleScope final {
    Q_DISABLE_COPY_MOVE(CLocaleScope)

public:
    CLocaleScope()
        : m_c(newlocale(LC_ALL_MASK, "C", locale_t(nullptr))) {
        if (m_c)
            m_previous = uselocale(m_c);
    }
    ~CLocaleScope() {
        if (!m_c)
            return;
        uselocale(m_previous);
        freelocale(m_c);
    }

private:
    locale_t m_c;
    locale_t m_previous = locale_t(nullptr);
};

// ".fleet.xlsx.3f9a61c2.part" beside the target, not taken yet.
QString unusedPartPath(const QFileInfo& target) {
    for (;;) {
        QString candidate = target.absoluteDir().filePath(
            u".%1.%2.part"_s.arg(target.fileName())
                .arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0')));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

} // namespace

struct XlsxSheetWriter::Workbook {
    lxw_workbook* book = nullptr;
    lxw_worksheet* sheet = nullptr;
    lxw_format* header = nullptr;
    lxw_format* text = nullptr;

    Workbook() = default;
    Q_DISABLE_COPY_MOVE(Workbook)
    // Abandoned unfinished: nothing is written. The library does not close the
    // constant_memory row file itself unless the workbook is closed.
    ~Workbook() {
        if (!book)
            return;
        if (sheet && sheet->optimize_tmpfile) {
            // Abandoned anyway: a failed close loses nothing.
            static_cast<void>(std::fclose(sheet->optimize_tmpfile));
            sheet->optimize_tmpfile = nullptr;
            sheet->file = nullptr;
        }
        lxw_workbook_free(book);
    }
};

XlsxSheetWriter::XlsxSheetWriter(QString path)
    : m_path(std::move(path)) {}

XlsxSheetWriter::~XlsxSheetWriter() {
    m_book.reset();
    if (!m_partPath.isEmpty())
        QFile::remove(m_partPath);
}

bool XlsxSheetWriter::fail(QString* error, int systemError, const QString& detail) {
    *error = FileWriteErrors::reason(m_path, systemError, detail);
    m_book.reset();
    if (!m_partPath.isEmpty())
        QFile::remove(m_partPath);
    m_partPath.clear();
    return false;
}

bool XlsxSheetWriter::begin(const Layout& layout, QString* error) {
    Q_ASSERT(!m_book);
    const QFileInfo target(m_path);
    if (target.isDir())
        return fail(error, EISDIR, {});
    if (!target.absoluteDir().exists())
        return fail(error, ENOENT, {});
    if (layout.dataRows >= kMaxRows) {
        *error = tr("An XLSX sheet holds at most %L1 rows. Export fewer SIMs at a time, or "
                    "export to CSV.")
                     .arg(kMaxRows - 1);
        return false;
    }
    const CLocaleScope cLocale;
    m_partPath = unusedPartPath(target);
    m_partName = QFile::encodeName(m_partPath);
    m_tempFolder = QFile::encodeName(target.absolutePath());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tempFolder.data();
    m_book = std::make_unique<Workbook>();
    errno = 0;
    m_book->book = workbook_new_opt(m_partName.constData(), &options);
    if (!m_book->book)
        return fail(error, errno, {});
    errno = 0;
    const QByteArray sheetName = sanitizedSheetName(layout.sheetName).toUtf8();
    m_book->sheet = workbook_add_worksheet(m_book->book, sheetName.constData());
    if (!m_book->sheet || !m_book->sheet->optimize_tmpfile)
        return fail(error, errno, {});
    m_book->header = workbook_add_format(m_book->book);
    format_set_bold(m_book->header);
    m_book->text = workbook_add_format(m_book->book);
    format_set_num_format_index(m_book->text, kTextNumberFormat);
    const int columns = int(layout.columnWidths.size());
    for (int column = 0; column < columns; ++column)
        worksheet_set_column(m_book->sheet, lxw_col_t(column), lxw_col_t(column),
                             layout.columnWidths.at(column), nullptr);
    worksheet_freeze_panes(m_book->sheet, 1, 0);
    if (columns > 0)
        worksheet_autofilter(m_book->sheet, 0, 0, lxw_row_t(layout.dataRows),
                             lxw_col_t(columns - 1));
    m_row = 0;
    return true;
}

bool XlsxSheetWriter::addRow(const QVector<ExportCell>& cells, QString* error) {
    Q_ASSERT(m_book);
    const CLocaleScope cLocale;
    const lxw_row_t row = lxw_row_t(m_row);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const ExportCell& cell = cells.at(i);
        const lxw_col_t column = lxw_col_t(i);
        lxw_format* format = cell.style == ExportCell::Style::Header ? m_book->header
                             : cell.style == ExportCell::Style::Text ? m_book->text
                                                                     : nullptr;
        lxw_error result = LXW_NO_ERROR;
        if (cell.kind == ExportCell::Kind::Number) {
            if (!std::isfinite(cell.number))
                continue;
            result = worksheet_write_number(m_book->sheet, row, column, cell.number, format);
        } else if (cell.kind == ExportCell::Kind::Text) {
            const QByteArray text = cellText(cell.text).toUtf8();
            if (text.isEmpty())
                continue;
            result = worksheet_write_string(m_book->sheet, row, column, text.constData(), format);
        }
        if (result != LXW_NO_ERROR)
            return fail(error, 0, QString::fromUtf8(lxw_strerror(result)));
    }
    ++m_row;
    // A full disk shows first here: the rows before this one are in the file.
    if (std::ferror(m_book->sheet->optimize_tmpfile))
        return fail(error, errno, {});
    return true;
}

bool XlsxSheetWriter::finish(QString* error) {
    Q_ASSERT(m_book);
    {
        const CLocaleScope cLocale;
        if (std::fflush(m_book->sheet->optimize_tmpfile) != 0 ||
            std::ferror(m_book->sheet->optimize_tmpfile))
            return fail(error, errno, {});
        // Closing frees the workbook whatever the outcome.
        lxw_workbook* book = std::exchange(m_book->book, nullptr);
        errno = 0;
        const lxw_error result = workbook_close(book);
        const int systemError = errno;
        m_book.reset();
        if (result != LXW_NO_ERROR)
            return fail(error, systemError, QString::fromUtf8(lxw_strerror(result)));
    }
    // As QSaveFile does: a replaced file keeps its permissions.
    if (QFileInfo::exists(m_path))
        QFile::setPermissions(m_partPath, QFile::permissions(m_path));
    std::error_code renamed;
    std::filesystem::rename(m_partName.toStdString(), QFile::encodeName(m_path).toStdString(),
                            renamed);
    if (renamed)
        return fail(error, renamed.value(), QString::fromStdString(renamed.message()));
    m_partPath.clear();
    return true;
}

QString XlsxSheetWriter::cellText(QStringView text) {
    QString out;
    out.reserve(qMin(text.size(), kMaxCellChars));
    for (qsizetype i = 0; i < text.size() && out.size() < kMaxCellChars; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            if (out.size() + 2 > kMaxCellChars)
                break;
            out += c;
            out += text.at(++i);
            continue;
        }
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || c.isSurrogate() ||
            u == 0xFFFE || u == 0xFFFF)
            continue;
        out += c;
    }
    return out;
}

QString XlsxSheetWriter::sanitizedSheetName(const QString& name) {
    QString result;
    for (const QChar c : name) {
        if (!QStringView(u"[]:*?/\\").contains(c) && c.unicode() >= 0x20)
            result += c;
    }
    result = result.trimmed();
    while (result.startsWith(u'\'') || result.endsWith(u'\''))
        result = result.startsWith(u'\'') ? result.mid(1) : result.chopped(1);
    result.truncate(31);
    if (!result.isEmpty() && result.back().isHighSurrogate())
        result.chop(1);
    return result.isEmpty() ? u"Sheet1"_s : result;
}

} // namespace simfleet
