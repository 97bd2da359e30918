#include "app/cli/ReportFile.h"

#include "app/cli/ExitCodes.h"
#include "app/cli/InterruptWatch.h"
#include "app/cli/Invocation.h"
#include "app/cli/Output.h"
#include "models/reports/ReportsModel.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace simfleet {

namespace {

// The Reports page's table of each report, filled with the rows the CLI read.
ReportsModel::Kind fill(ReportsModel& model, const QVector<SessionReportRow>& rows) {
    model.sessions()->setRows(rows);
    return ReportsModel::Kind::Sessions;
}

ReportsModel::Kind fill(ReportsModel& model, const QVector<DayReportRow>& rows) {
    model.daily()->setRows(rows);
    return ReportsModel::Kind::Daily;
}

ReportsModel::Kind fill(ReportsModel& model, const QVector<CallSmsReportRow>& rows) {
    model.callsAndSms()->setRows(rows);
    return ReportsModel::Kind::CallsAndSms;
}

} // namespace

QList<OptionSpec> ReportFile::options() {
    return {{"csv", "FILE",
             QT_TRANSLATE_NOOP("CliHelp", "Save the rows to this CSV file (the desktop app's "
                                          "export: same columns) instead of printing them")},
            {"xlsx", "FILE",
             QT_TRANSLATE_NOOP("CliHelp", "Save the rows to this Excel workbook (the desktop "
                                          "app's export: same columns) instead of printing "
                                          "them")}};
}

std::optional<ReportFile> ReportFile::fromOptions(OptionValues& options) {
    const bool csv = options.isSet("csv");
    const bool xlsx = options.isSet("xlsx");
    if (!csv && !xlsx)
        return std::nullopt;
    if (csv && xlsx) {
        options.fail(tr("Give either --csv FILE or --xlsx FILE, not both."));
        return std::nullopt;
    }
    ReportFile file;
    file.m_format = csv ? ReportExport::Format::Csv : ReportExport::Format::Xlsx;
    const QString path = options.text(csv ? "csv" : "xlsx").trimmed();
    if (path.isEmpty()) {
        options.fail(tr("--%1 needs a file name.")
                         .arg(csv ? QStringLiteral("csv") : QStringLiteral("xlsx")));
        return std::nullopt;
    }
    file.m_path = QFileInfo(path).absoluteFilePath();
    return file;
}

bool ReportFile::checkWritable(Invocation& inv) const {
    const QFileInfo file(m_path);
    QString reason;
    if (file.isDir())
        reason = tr("it is a folder; give a file name");
    else if (!file.absoluteDir().exists())
        reason =
            tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(file.absolutePath()));
    if (reason.isEmpty())
        return true;
    inv.fail(ApiError::localFile(QDir::toNativeSeparators(m_path), reason));
    return false;
}

void ReportFile::write(Invocation& inv, const QTimeZone& providerZone,
                       const QVector<SessionReportRow>& rows, const QString& summary) const {
    writeRows(inv, providerZone, rows, summary);
}

void ReportFile::write(Invocation& inv, const QTimeZone& providerZone,
                       const QVector<DayReportRow>& rows, const QString& summary) const {
    writeRows(inv, providerZone, rows, summary);
}

void ReportFile::write(Invocation& inv, const QTimeZone& providerZone,
                       const QVector<CallSmsReportRow>& rows, const QString& summary) const {
    writeRows(inv, providerZone, rows, summary);
}

template <typename Row>
void ReportFile::writeRows(Invocation& inv, const QTimeZone& providerZone, const QVector<Row>& rows,
                           const QString& summary) const {
    ReportsModel model(inv.client());
    model.setProviderZone(providerZone);
    const ReportsModel::Kind kind = fill(model, rows);
    QString error;
    // Ctrl+C waits until the file is whole: writing takes moments, and a
    // killed XLSX writer would leave its hidden part file behind.
    InterruptWatch interrupts;
    const bool written = ReportExport::write(model.table(kind), m_path, m_format,
                                             ReportExport::textColumns(kind), &error);
    if (!written) {
        inv.out().error(ApiError::kindName(ApiError::Kind::LocalFile), error);
        inv.finish(ExitCode::LocalFile);
        return;
    }
    if (interrupts.checkNow()) {
        inv.out().warning(tr("Interrupted after the file was written."));
        inv.finish(ExitCode::Interrupted);
        return;
    }
    if (inv.isJson()) {
        inv.out().json(QJsonObject{{QStringLiteral("path"), m_path},
                                   {QStringLiteral("format"), m_format == ReportExport::Format::Csv
                                                                  ? QStringLiteral("csv")
                                                                  : QStringLiteral("xlsx")},
                                   {QStringLiteral("rows"), rows.size()}});
    } else {
        inv.out().line(tr("%n row(s) saved to %1.", nullptr, int(rows.size()))
                           .arg(QDir::toNativeSeparators(m_path)));
        inv.out().line(summary);
    }
    inv.finish(ExitCode::Ok);
}

} // namespace simfleet
