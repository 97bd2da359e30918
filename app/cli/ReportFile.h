#pragma once

#include "api/ReportRows.h"
#include "app/cli/OptionParser.h"
#include "models/reports/ReportExport.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>
#include <QVector>

#include <optional>

namespace simfleet {

class Invocation;

// `reports … --csv FILE` / `--xlsx FILE`: the rows written with the Reports
// page's export (ReportExport over the ReportsModel's tables: the same
// columns and texts), atomically, instead of the table on stdout.
class ReportFile final {
    Q_DECLARE_TR_FUNCTIONS(ReportFile)

public:
    static QList<OptionSpec> options();
    // The file asked for; nullopt when none was, or when both were or the name
    // is empty (a usage error recorded in `options`).
    static std::optional<ReportFile> fromOptions(OptionValues& options);

    // False (and the command ends, exit 1) when the path is a folder or its
    // folder does not exist: said before the report is read.
    bool checkWritable(Invocation& inv) const;
    // Writes the rows and ends the command: a line (or --json) on success,
    // exit 1 with the reason otherwise.
    void write(Invocation& inv, const QTimeZone& providerZone,
               const QVector<SessionReportRow>& rows, const QString& summary) const;
    void write(Invocation& inv, const QTimeZone& providerZone, const QVector<DayReportRow>& rows,
               const QString& summary) const;
    void write(Invocation& inv, const QTimeZone& providerZone,
               const QVector<CallSmsReportRow>& rows, const QString& summary) const;

    const QString& path() const { return m_path; }

private:
    template <typename Row>
    void writeRows(Invocation& inv, const QTimeZone& providerZone, const QVector<Row>& rows,
                   const QString& summary) const;

    QString m_path; // absolute
    ReportExport::Format m_format = ReportExport::Format::Csv;
};

} // namespace simfleet
