#include "views/reports/ReportsPage.h"

#include "api/ApiError.h"
#include "models/reports/UsageReport.h"
#include "views/common/EmptyState.h"
#include "views/common/InlineBanner.h"
#include "views/common/ListTables.h"
#include "views/common/PlainLabels.h"
#include "views/reports/ReportCharts.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>

// What the page shows: the columns of the report, and its states.

namespace simfleet {

void ReportsPage::showKind() {
    const ReportsModel::Kind k = kind();
    const bool usage = isUsageShown();
    showUsageForm(usage);
    m_proxy->setSourceModel(usage ? static_cast<QAbstractItemModel*>(m_usage->table())
                                  : m_model->table(k));
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (usage) {
        const QStringList samples{QStringLiteral("77018610012"), QStringLiteral("31.12.2026"),
                                  QStringLiteral("123,456.7"), QStringLiteral("Sessions")};
        for (int c = 0; c < samples.size() && c < m_proxy->columnCount(); ++c)
            ListTables::fitColumn(m_table, c, 70, samples.at(c));
        // Four short columns: the sessions stay next to the traffic.
        m_table->horizontalHeader()->setStretchLastSection(false);
        if (isChartsShown())
            m_charts->showUsage();
        updateState();
        return;
    }
    // Columns as wide as a typical value: the SIM's name, number and ICCID whole.
    const QString name = QStringLiteral("Рефконтейнер RC-03328");
    const QString number = QStringLiteral("77018610012");
    const QString iccid = QStringLiteral("8997026670000000000");
    const QString bytes = QStringLiteral("1,023.5 MB");
    const QString cost = QStringLiteral("€1,234.56");
    QStringList samples;
    switch (k) {
    case ReportsModel::Kind::Sessions:
        samples = {ListTables::sampleDateTime(),
                   ListTables::sampleDateTime(),
                   name,
                   number,
                   iccid,
                   QStringLiteral("Kazakhstan"),
                   QStringLiteral("Mobile TeleSystems"),
                   bytes,
                   cost};
        break;
    case ReportsModel::Kind::Daily:
        samples = {QStringLiteral("31.12.2026"), name, number, iccid, bytes, cost};
        break;
    case ReportsModel::Kind::CallsAndSms:
        samples = {ListTables::sampleDateTime(),
                   ReportsModel::typeName(CallSmsReportRow::Type::OutgoingSms),
                   number,
                   name,
                   number,
                   iccid,
                   cost};
        break;
    }
    for (int c = 0; c < samples.size() && c < m_proxy->columnCount(); ++c)
        ListTables::fitColumn(m_table, c, 70, samples.at(c));
    m_charts->setKind(k);
    updateState();
}

void ReportsPage::updateState() {
    const ReportsModel::Kind k = kind();
    const bool usage = isUsageShown();
    const bool running =
        usage ? m_usage->isRunning() : m_model->isRunning() && m_model->runningKind() == k;
    const bool loaded = usage ? m_usage->hasResult() : m_model->hasResult(k);
    const int total = usage ? m_usage->table()->rowCount() : m_model->table(k)->rowCount();
    const ApiError& error = usage ? m_usage->error() : m_model->error(k);
    const QDate start = usage ? m_usage->query().from : m_model->query(k).start;
    const QDate end = usage ? m_usage->query().to : m_model->query(k).end;
    m_emptyAction = EmptyAction::None;
    QString title, text, action;
    if (!m_signedIn) {
        title = tr("Not signed in");
        text = tr("Sign in to read the reports.");
    } else if (running && (!loaded || total == 0)) {
        title = tr("Reading the report…");
        text = !usage && m_model->rowsReceived() > 0
                   ? tr("%n row(s) read so far.", "", int(m_model->rowsReceived()))
                   : QString();
    } else if (!loaded && error.isError() && !error.refusedLocally &&
               error.kind != ApiError::Kind::Cancelled) {
        const bool offline =
            error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
        title = offline ? tr("Offline") : tr("The report could not be read");
        if (!offline)
            text = error.userMessage();
        else if (usage)
            text = tr("%1 cannot be reached. %2").arg(providerName(), error.userMessage());
        else
            text = tr("NovaConnect cannot be reached. %1").arg(error.userMessage());
        action = tr("Retry");
        m_emptyAction = EmptyAction::Run;
    } else if (!loaded && usage) {
        title = tr("Choose the days and the SIMs, then Run");
        text = tr("The usage report reads the internet records of %1; it changes nothing.")
                   .arg(providerName());
        action = tr("Run");
        m_emptyAction = EmptyAction::Run;
    } else if (!loaded) {
        title = tr("Choose a report, the days and the SIMs, then Run");
        text = tr("Reports read NovaConnect's usage records; they change nothing.");
        action = tr("Run");
        m_emptyAction = EmptyAction::Run;
    } else if (total == 0) {
        title = tr("Nothing was used in these days");
        text = tr("The report for %1 – %2 has no rows.")
                   .arg(QLocale().toString(start, QLocale::ShortFormat),
                        QLocale().toString(end, QLocale::ShortFormat));
        action = tr("Run again");
        m_emptyAction = EmptyAction::Run;
    } else if (m_proxy->rowCount() == 0) {
        title = tr("No rows match \"%1\"").arg(m_filter->text().trimmed());
        action = tr("Clear filter");
        m_emptyAction = EmptyAction::ClearFilter;
    }
    if (title.isEmpty()) {
        m_states->setCurrentWidget(m_table);
    } else {
        m_empty->setTitle(title);
        m_empty->setText(text);
        m_empty->setActionText(action);
        m_empty->actionButton()->setVisible(!action.isEmpty());
        m_states->setCurrentWidget(m_empty);
    }
    // Totals of the report, with the range it covers.
    if (loaded && total > 0) {
        m_totals->setText(tr("Total %1 – %2: %3")
                              .arg(QLocale().toString(start, QLocale::ShortFormat),
                                   QLocale().toString(end, QLocale::ShortFormat),
                                   usage ? m_usage->totalsText() : m_model->totalsText(k)));
    } else {
        m_totals->clear();
    }
    QString count;
    if (loaded && total > 0) {
        const int shown = m_proxy->rowCount();
        count = shown == total ? tr("%n row(s)", "", total)
                               : tr("%1 of %n row(s)", "", total).arg(QLocale().toString(shown));
    }
    if (running && total > 0)
        count = tr("Reading…");
    m_count->setText(count);
    m_run->setEnabled(m_signedIn);
    m_cancel->setEnabled(m_model->isRunning() || m_usage->isRunning());
    m_filter->setEnabled(m_signedIn && loaded);
    m_export->setEnabled(loaded && m_proxy->rowCount() > 0);
    m_export->setVisible(!isChartsShown());
    if (isChartsShown() && usage)
        m_charts->showUsage();
    else if (isChartsShown())
        m_charts->setKind(k);
}

void ReportsPage::onEmptyAction() {
    switch (m_emptyAction) {
    case EmptyAction::Run:
        if (!isUsageShown() && m_model->error(kind()).isError())
            refresh();
        else
            run();
        break;
    case EmptyAction::ClearFilter:
        m_filter->clear();
        break;
    case EmptyAction::None:
        break;
    }
}

} // namespace simfleet
