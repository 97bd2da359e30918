#include "emulator/TranscriptXlsx.h"

#include "emulator/EmulatorState.h"
#include "emulator/Logging.h"
#include "emulator/ProviderCalendar.h"
#include "emulator/TrafficModel.h"

#include <QDate>
#include <QFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cmath>
#include <locale.h> // NOLINT(modernize-deprecated-headers): POSIX newlocale/uselocale live here

namespace novaemu {

namespace {

constexpr double kMb = 1024.0 * 1024.0;
constexpr uint8_t kTextFormat = 49;       // Excel's built-in "@"
constexpr uint8_t kTwoDecimalsFormat = 2; // Excel's built-in "0.00"

// libxlsxwriter prints numbers with snprintf, which follows LC_NUMERIC (set to
// the user's locale by QCoreApplication on Unix): "0,5" would break the file.
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

double rounded(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// Writes the sheet: a bold frozen header with an autofilter, then one row per
// SIM that had traffic in the bill's month. Rows in order (constant_memory).
void writeSheet(lxw_workbook* book, const BillRecord& bill, const EmulatorState& state,
                const TrafficModel& traffic, Lang lang, qint64 now) {
    const bool en = lang == Lang::En;
    lxw_worksheet* sheet = workbook_add_worksheet(book, en ? "Transcript" : "Расшифровка");
    if (!sheet)
        return; // workbook_close() reports it
    lxw_format* header = workbook_add_format(book);
    format_set_bold(header);
    lxw_format* text = workbook_add_format(book);
    format_set_num_format_index(text, kTextFormat);
    lxw_format* megabytes = workbook_add_format(book);
    format_set_num_format(megabytes, "0.000");
    lxw_format* money = workbook_add_format(book);
    format_set_num_format_index(money, kTwoDecimalsFormat);

    const double widths[] = {22, 15, 24, 12, 14};
    for (lxw_col_t column = 0; column < 5; ++column)
        worksheet_set_column(sheet, column, column, widths[column], nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    const char* titles[] = {"ICCID", en ? "Number" : "Номер", en ? "Name" : "Название",
                            en ? "Traffic, MB" : "Трафик, МБ", en ? "Cost, EUR" : "Стоимость, EUR"};
    for (lxw_col_t column = 0; column < 5; ++column)
        worksheet_write_string(sheet, 0, column, titles[column], header);

    const QDate first(bill.year, bill.month, 1);
    const qint64 firstDay = ProviderCalendar::dayNumber(first);
    const qint64 today = ProviderCalendar::dayOfInstant(now);
    const qint64 lastDay = qMin(firstDay + first.daysInMonth() - 1, today - 1);
    lxw_row_t row = 0;
    for (int i = 0; i < state.simCount() && int(row) < TranscriptXlsx::kMaxRows; ++i) {
        const SimRecord& sim = state.simAt(i);
        qint64 bytes = 0;
        double cost = 0.0;
        for (qint64 day = firstDay; day <= lastDay; ++day) {
            bytes += traffic.dayBytes(sim, day);
            cost += traffic.dayCost(sim, day);
        }
        if (bytes == 0)
            continue;
        if (sim.isTd())
            cost = sim.tariff.id == 12 ? 2.5 : 1.2; // monthly package fee
        ++row;
        worksheet_write_string(sheet, row, 0, sim.iccid.toUtf8().constData(), text);
        worksheet_write_string(sheet, row, 1, sim.number.toUtf8().constData(), text);
        worksheet_write_string(sheet, row, 2, sim.name.toUtf8().constData(), nullptr);
        worksheet_write_number(sheet, row, 3, rounded(double(bytes) / kMb, 3), megabytes);
        worksheet_write_number(sheet, row, 4, rounded(cost, 2), money);
    }
    worksheet_autofilter(sheet, 0, 0, row, 4);
}

} // namespace

QByteArray TranscriptXlsx::render(const BillRecord& bill, const EmulatorState& state,
                                  const TrafficModel& traffic, Lang lang, qint64 now) {
    // libxlsxwriter 1.1 writes to a named file only.
    QTemporaryFile file;
    if (!file.open()) {
        qCWarning(lcEmulator) << "cannot create a temporary XLSX file:" << file.errorString();
        return {};
    }
    const QByteArray path = QFile::encodeName(file.fileName());
    const CLocaleScope cLocale;
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* book = workbook_new_opt(path.constData(), &options);
    if (!book) {
        qCWarning(lcEmulator) << "cannot create XLSX workbook";
        return {};
    }
    // The same bill gives the same bytes: the creation time is the bill's.
    lxw_doc_properties properties{};
    properties.created = time_t(bill.added);
    workbook_set_properties(book, &properties);
    writeSheet(book, bill, state, traffic, lang, now);
    const lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR) {
        qCWarning(lcEmulator) << "cannot write XLSX workbook:" << lxw_strerror(closed);
        return {};
    }
    QFile written(file.fileName());
    if (!written.open(QIODevice::ReadOnly)) {
        qCWarning(lcEmulator) << "cannot read back the XLSX workbook:" << written.errorString();
        return {};
    }
    return written.readAll();
}

} // namespace novaemu
