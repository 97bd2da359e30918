#include "views/reports/ReportsPage.h"

#include "api/ApiError.h"
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
    m_proxy->setSourceModel(m_model->table(k));
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
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
    const bool running = m_model->isRunning() && m_model->runningKind() == k;
    const bool loaded = m_model->hasResult(k);
    const int total = m_model->table(k)->rowCount();
    const ApiError& error = m_model->error(k);
    m_emptyAction = EmptyAction::None;
    QString title, text, action;
    if (!m_signedIn) {
        title = tr("Not signed in");
        text = tr("Sign in to read the reports.");
    } else if (running && (!loaded || total == 0)) {
        title = tr("Reading the report…");
        text = m_model->rowsReceived() > 0
                   ? tr("%n row(s) read so far.", "", int(m_model->rowsReceived()))
                   : QString();
    } else if (!loaded && error.isError()) {
        const bool offline = m_model->isOffline(k);
        title = offline ? tr("Offline") : tr("The report could not be read");
        text = offline ? tr("NovaConnect cannot be reached. %1").arg(error.userMessage())
                       : error.userMessage();
        action = tr("Retry");
        m_emptyAction = EmptyAction::Run;
    } else if (!loaded) {
        title = tr("Choose a report, the days and the SIMs, then Run");
        text = tr("Reports read NovaConnect's usage records; they change nothing.");
        action = tr("Run");
        m_emptyAction = EmptyAction::Run;
    } else if (total == 0) {
        title = tr("Nothing was used in these days");
        text = tr("The report for %1 – %2 has no rows.")
                   .arg(QLocale().toString(m_model->query(k).start, QLocale::ShortFormat),
                        QLocale().toString(m_model->query(k).end, QLocale::ShortFormat));
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
        const ReportQuery& q = m_model->query(k);
        m_totals->setText(tr("Total %1 – %2: %3")
                              .arg(QLocale().toString(q.start, QLocale::ShortFormat),
                                   QLocale().toString(q.end, QLocale::ShortFormat),
                                   m_model->totalsText(k)));
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
    m_cancel->setEnabled(m_model->isRunning());
    m_filter->setEnabled(m_signedIn && loaded);
    m_export->setEnabled(loaded && m_proxy->rowCount() > 0);
    m_export->setVisible(!isChartsShown());
    if (isChartsShown())
        m_charts->setKind(k);
}

void ReportsPage::onEmptyAction() {
    switch (m_emptyAction) {
    case EmptyAction::Run:
        if (m_model->error(kind()).isError())
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
