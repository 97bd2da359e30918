#include "models/export/FleetExporter.h"

#include "models/export/CsvField.h"
#include "models/export/FileWriteErrors.h"
#include "models/export/XlsxSheetWriter.h"
#include "models/fleet/SimText.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QThread>

#include <cmath>

namespace simfleet {

using namespace Qt::StringLiterals;

namespace {

using Cell = ExportCell;
using Style = ExportCell::Style;
using Column = FleetExporter::Column;

constexpr qsizetype kCsvFlushBytes = qsizetype(256) * 1024;

struct CsvStyle {
    QChar separator = u',';
    QChar decimal = u'.';
};

CsvStyle csvStyle(ExportRequest::CsvSeparator separator) {
    return separator == ExportRequest::CsvSeparator::Semicolon ? CsvStyle{u';', u','} : CsvStyle{};
}

QString limitTypeText(const SimLimit& limit) {
    switch (limit.type) {
    case LimitType::Off:
        return FleetExporter::tr("None", "data limit type");
    case LimitType::Month:
        return FleetExporter::tr("Calendar month", "data limit type");
    case LimitType::PackageNoRenew:
        return FleetExporter::tr("Package, no auto-renew");
    case LimitType::PackageAutoRenew:
        return FleetExporter::tr("Package, auto-renew");
    case LimitType::Unknown:
        break;
    }
    return limit.typeRaw;
}

Cell textCell(const QString& text) {
    return text.isEmpty() ? Cell::empty() : Cell::fromText(text);
}

// ICCIDs and phone numbers: digits a spreadsheet must not turn into a number.
Cell keptAsTextCell(const QString& text) {
    return text.isEmpty() ? Cell::empty() : Cell::fromText(text, Style::Text);
}

template <typename T> Cell optionalNumberCell(const std::optional<T>& value) {
    return value ? Cell::fromNumber(double(*value)) : Cell::empty();
}

// One row, in Column order.
QVector<Cell> rowCells(const Sim& sim) {
    const QString lockDate = sim.tariff.changeLock
                                 ? sim.tariff.changeLock->toLocalTime().date().toString(Qt::ISODate)
                                 : QString();
    QVector<Cell> cells{
        keptAsTextCell(sim.iccid),
        keptAsTextCell(sim.number),
        keptAsTextCell(sim.externalNumber),
        textCell(sim.name),
        textCell(SimText::profile(sim.profile, sim.profileRaw)),
        textCell(SimText::status(sim.block, sim.blockRaw)),
        Cell::fromNumber(sim.balance),
        textCell(sim.currency),
        optionalNumberCell(sim.msuValue),
        textCell(limitTypeText(sim.limit)),
        optionalNumberCell(sim.limit.valueMb),
        optionalNumberCell(sim.limit.usedMb),
        textCell(sim.tariff.name),
        textCell(sim.tariff.packageAuto ? FleetExporter::tr("Yes") : FleetExporter::tr("No")),
        textCell(lockDate),
        textCell(SimText::groups(sim.groups)),
        textCell(sim.comment),
    };
    Q_ASSERT(cells.size() == FleetExporter::kColumnCount);
    return cells;
}

QVector<Cell> headerCells() {
    QVector<Cell> cells;
    for (const QString& title : FleetExporter::columnTitles())
        cells.append(Cell::fromText(title, Style::Header));
    return cells;
}

QString numberText(double value, const CsvStyle& style) {
    if (!std::isfinite(value))
        return {};
    QString text = QString::number(value, 'g', QLocale::FloatingPointShortest);
    if (style.decimal != u'.')
        text.replace(u'.', style.decimal);
    return text;
}

void appendCsvField(QString& line, const Cell& cell, const CsvStyle& style) {
    if (cell.kind == Cell::Kind::Number)
        line += numberText(cell.number, style);
    else if (cell.kind != Cell::Kind::Empty)
        line += CsvField::escape(cell.text, style.separator, cell.style == Style::Text);
}

void appendCsvRow(QString& line, const QVector<Cell>& cells, const CsvStyle& style) {
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += style.separator;
        appendCsvField(line, cells.at(i), style);
    }
    line += "\r\n"_L1;
}

QString writeFailed(const QString& path, const QString& reason) {
    return FleetExporter::tr("Could not export to %1: %2")
        .arg(QDir::toNativeSeparators(path), reason);
}

QString cancelledText() {
    return FleetExporter::tr("The export was cancelled.");
}

using Report = std::function<bool(int done)>;

bool writeCsv(const QString& path, const SimSequence& sims, const CsvStyle& style,
              const Report& report, QString* error) {
    QSaveFile file(path);
    const auto failed = [&] {
        *error = writeFailed(path, FileWriteErrors::reason(path, 0, file.errorString()));
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    QByteArray buffer("\xEF\xBB\xBF");
    QString line;
    appendCsvRow(line, headerCells(), style);
    buffer += line.toUtf8();
    for (qsizetype row = 0; row < sims.size(); ++row) {
        if (row % FleetExporter::kProgressStep == 0 && row > 0 && !report(int(row))) {
            file.cancelWriting();
            *error = cancelledText();
            return false;
        }
        line.clear();
        appendCsvRow(line, rowCells(sims.at(row)), style);
        buffer += line.toUtf8();
        if (buffer.size() >= kCsvFlushBytes) {
            if (file.write(buffer) != buffer.size())
                return failed();
            buffer.clear();
        }
    }
    if (!buffer.isEmpty() && file.write(buffer) != buffer.size())
        return failed();
    if (!report(int(sims.size()))) {
        file.cancelWriting();
        *error = cancelledText();
        return false;
    }
    return file.commit() || failed();
}

// Rows in order: libxlsxwriter's constant_memory mode writes each row out when
// the next one starts and cannot go back.
bool writeXlsx(const QString& path, const SimSequence& sims, const Report& report, QString* error) {
    static const QVector<double> widths{22, 15, 15, 24, 8,  24, 10, 9, 8,
                                        20, 10, 10, 18, 10, 14, 24, 32};
    static_assert(FleetExporter::kColumnCount == 17);
    XlsxSheetWriter writer(path);
    QString problem;
    const auto failed = [&] {
        *error = writeFailed(path, problem);
        return false;
    };
    if (!writer.begin({FleetExporter::tr("SIM cards"), widths, int(sims.size())}, &problem) ||
        !writer.addRow(headerCells(), &problem))
        return failed();
    for (qsizetype row = 0; row < sims.size(); ++row) {
        if (row % FleetExporter::kProgressStep == 0 && row > 0 && !report(int(row))) {
            *error = cancelledText();
            return false;
        }
        if (!writer.addRow(rowCells(sims.at(row)), &problem))
            return failed();
    }
    if (!report(int(sims.size()))) {
        *error = cancelledText();
        return false;
    }
    return writer.finish(&problem) || failed();
}

} // namespace

FleetExporter::FleetExporter(QObject* parent)
    : QObject(parent) {}

FleetExporter::~FleetExporter() {
    if (!m_thread)
        return;
    m_cancelled = true;
    m_thread->wait();
    delete m_thread;
}

QString FleetExporter::columnTitle(Column column) {
    switch (column) {
    case Column::Iccid:
        return tr("ICCID");
    case Column::Number:
        return tr("Number", "phone number");
    case Column::ExternalNumber:
        return tr("External number");
    case Column::Name:
        return tr("Name", "SIM name");
    case Column::Profile:
        return tr("Profile");
    case Column::Status:
        return tr("Status", "SIM status");
    case Column::Balance:
        return tr("Balance");
    case Column::Currency:
        return tr("Currency");
    case Column::Msu:
        return tr("MSU");
    case Column::LimitType:
        return tr("Limit type", "data limit");
    case Column::LimitMb:
        return tr("Limit (MB)", "data limit");
    case Column::UsedMb:
        return tr("Used (MB)", "data used");
    case Column::Tariff:
        return tr("Tariff plan");
    case Column::PackageAutoRenew:
        return tr("Package auto-renew");
    case Column::TariffChangeLockedUntil:
        return tr("Tariff change locked until");
    case Column::Groups:
        return tr("Groups");
    case Column::Comment:
        return tr("Comment");
    }
    return {};
}

QStringList FleetExporter::columnTitles() {
    QStringList titles;
    for (int column = 0; column < kColumnCount; ++column)
        titles.append(columnTitle(Column(column)));
    return titles;
}

ExportRequest::Format FleetExporter::formatForPath(const QString& path) {
    return QFileInfo(path).suffix().compare("xlsx"_L1, Qt::CaseInsensitive) == 0
               ? ExportRequest::Format::Xlsx
               : ExportRequest::Format::Csv;
}

ExportRequest::CsvSeparator FleetExporter::defaultSeparator(const QLocale& locale) {
    return locale.decimalPoint() == ","_L1 ? ExportRequest::CsvSeparator::Semicolon
                                           : ExportRequest::CsvSeparator::Comma;
}

bool FleetExporter::exportNow(const ExportRequest& request, QString* error,
                              const ProgressFunction& progress) {
    QString problem;
    const int total = int(request.sims.size());
    const Report report = [&](int done) { return !progress || progress(done, total); };
    const auto fail = [&](const QString& text) {
        if (error)
            *error = text;
        return false;
    };
    if (request.path.isEmpty())
        return fail(tr("Could not export: no file name was given."));
    if (!report(0))
        return fail(cancelledText());
    // Each writer reports (total, total) before it replaces the target.
    const bool written =
        request.format == ExportRequest::Format::Xlsx
            ? writeXlsx(request.path, request.sims, report, &problem)
            : writeCsv(request.path, request.sims, csvStyle(request.separator), report, &problem);
    if (!written)
        return fail(problem);
    if (error)
        error->clear();
    return true;
}

bool FleetExporter::start(ExportRequest request) {
    if (m_thread)
        return false;
    m_cancelled = false;
    m_thread = QThread::create([this, request = std::move(request)] {
        m_workerOk = exportNow(request, &m_workerError, [this](int done, int total) {
            if (m_cancelled)
                return false;
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
            return true;
        });
    });
    connect(m_thread, &QThread::finished, this, &FleetExporter::onWorkerFinished);
    m_thread->start();
    return true;
}

void FleetExporter::cancel() {
    if (m_thread)
        m_cancelled = true;
}

void FleetExporter::onWorkerFinished() {
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const bool ok = std::exchange(m_workerOk, false);
    const QString error = std::exchange(m_workerError, {});
    emit finished(ok, error);
}

} // namespace simfleet
