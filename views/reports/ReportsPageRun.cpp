#include "views/reports/ReportsPage.h"

#include "api/ApiError.h"
#include "models/reports/ReportExport.h"
#include "models/reports/UsageReport.h"
#include "views/common/InlineBanner.h"
#include "views/common/SaveFileDialog.h"
#include "views/reports/ReportCharts.h"

#include <QDateEdit>
#include <QDir>
#include <QSortFilterProxyModel>

#include <algorithm>

// Running a report and exporting its table.

namespace simfleet {

bool ReportsPage::run() {
    if (isUsageShown())
        return runUsage();
    m_banner->hide();
    ReportQuery query;
    query.start = m_from->date();
    query.end = m_to->date();
    QString problem;
    switch (scope()) {
    case Scope::All:
        query.selectAll();
        break;
    case Scope::SelectedSims: {
        const QVector<qint64> ids = m_simsSelection ? m_simsSelection() : QVector<qint64>();
        if (ids.isEmpty())
            problem = tr("No SIMs are selected on the SIMs page. Select SIMs there, or choose "
                         "all SIMs or groups.");
        for (qint64 id : ids)
            query.addSim(id);
        break;
    }
    case Scope::Groups:
        if (m_groups.isEmpty())
            problem = tr("Choose at least one group.");
        for (qint64 id : m_groups)
            query.addGroup(id);
        std::sort(query.select.begin(), query.select.end());
        break;
    }
    if (!m_signedIn)
        problem = tr("Sign in to read reports.");
    if (!problem.isEmpty()) {
        m_banner->showMessage(InlineBanner::Kind::Warning, tr("The report was not run"), problem);
        return false;
    }
    return runQuery(kind(), query);
}

bool ReportsPage::runQuery(ReportsModel::Kind k, const ReportQuery& query) {
    m_banner->hide();
    QString refusal;
    if (!m_model->run(k, query, &refusal)) {
        m_banner->showMessage(InlineBanner::Kind::Warning, tr("The report was not run"), refusal);
        return false;
    }
    m_lastKind = k;
    m_lastQuery = query;
    m_hasLastQuery = true;
    if (kind() != k)
        setKind(k);
    emit backgroundProgress(tr("Reading the report"), 0, -1);
    updateState();
    return true;
}

void ReportsPage::onProgress(qint64 rows) {
    emit backgroundProgress(tr("Reading the report"), rows, -1);
    updateState();
}

void ReportsPage::onFinished(ReportsModel::Kind k, const ApiError& error) {
    emit backgroundFinished();
    if (error.isError() && error.kind != ApiError::Kind::Cancelled && m_model->hasResult(k)) {
        m_banner->showMessage(InlineBanner::Kind::Error, error.title(), error.userMessage(),
                              tr("Retry"));
    }
    if (k == kind() && !isUsageShown())
        m_charts->setKind(k);
    updateState();
}

bool ReportsPage::exportTo(const QString& path, bool xlsx) {
    QString error;
    if (!ReportExport::write(
            m_proxy, path, xlsx ? ReportExport::Format::Xlsx : ReportExport::Format::Csv,
            isUsageShown() ? QVector<int>{UsageReport::Number} : ReportExport::textColumns(kind()),
            &error)) {
        m_banner->showMessage(InlineBanner::Kind::Error, tr("The report was not exported"), error);
        return false;
    }
    m_banner->showMessage(
        InlineBanner::Kind::Info, tr("Report exported"),
        tr("%n row(s) saved to %1.", "", m_proxy->rowCount()).arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReportsPage::askExport() {
    const bool usage = isUsageShown();
    const QDate start = usage ? m_usage->query().from : m_model->query(kind()).start;
    const QDate end = usage ? m_usage->query().to : m_model->query(kind()).end;
    const QString name = QStringLiteral("%1 %2 - %3")
                             .arg(usage ? UsageReport::kindName() : ReportsModel::kindName(kind()),
                                  start.toString(Qt::ISODate), end.toString(Qt::ISODate));
    const SaveFileDialog::Choice choice = SaveFileDialog::ask(
        this, tr("Export the report"), name,
        {SaveFileDialog::csvType(), {tr("Excel workbook (*.xlsx)"), QStringLiteral("xlsx")}});
    if (!choice.path.isEmpty())
        exportTo(choice.path, choice.type == 1);
}

} // namespace simfleet
