#include "views/reports/ReportsPage.h"

#include "api/ApiError.h"
#include "api/Provider.h"
#include "models/reports/UsageReport.h"
#include "models/workspace/AccountWorkspace.h"
#include "views/common/FilterField.h"
#include "views/common/InlineBanner.h"
#include "views/reports/ReportCharts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>

// The kinds the account's provider offers, and the second operator's usage
// report: its form (From, To, INN, SIMs), its field problems and its run.

namespace simfleet {

void ReportsPage::applyProvider() {
    QVector<int> kinds;
    if (m_workspace->has(Capability::SessionReports)) {
        for (int k = 0; k < ReportsModel::kKindCount; ++k)
            kinds << k;
    }
    if (m_workspace->has(Capability::UsageReport))
        kinds << kUsageKind;
    QVector<int> offered;
    for (int i = 0; i < m_kind->count(); ++i)
        offered << m_kind->itemData(i).toInt();
    if (offered != kinds) {
        const int current = m_kind->currentData().toInt();
        {
            const QSignalBlocker block(m_kind);
            m_kind->clear();
            for (int k : std::as_const(kinds))
                m_kind->addItem(k == kUsageKind ? UsageReport::kindName()
                                                : ReportsModel::kindName(ReportsModel::Kind(k)),
                                k);
            int index =
                m_kind->findData(offered.isEmpty() ? int(ReportsModel::Kind::Daily) : current);
            if (index < 0)
                index = m_kind->findData(int(ReportsModel::Kind::Daily));
            m_kind->setCurrentIndex(qMax(0, index));
        }
        showKind();
    }
    // The Groups scope only where the provider has groups.
    const bool groups = m_workspace->has(Capability::Groups);
    const int groupsIndex = int(Scope::Groups);
    if (groups && m_scope->count() <= groupsIndex) {
        m_scope->addItem(tr("Groups"), groupsIndex);
    } else if (!groups && m_scope->count() > groupsIndex) {
        if (m_scope->currentIndex() == groupsIndex)
            m_scope->setCurrentIndex(int(Scope::All));
        m_scope->removeItem(groupsIndex);
    }
    updateGroupsButton();
}

void ReportsPage::setKind(ReportsModel::Kind kind) {
    const int index = m_kind->findData(int(kind));
    if (index >= 0)
        m_kind->setCurrentIndex(index);
}

ReportsModel::Kind ReportsPage::kind() const {
    const int k = m_kind->currentData().toInt();
    return k >= 0 && k < ReportsModel::kKindCount ? ReportsModel::Kind(k)
                                                  : ReportsModel::Kind::Daily;
}

bool ReportsPage::offers(ReportsModel::Kind kind) const {
    return m_kind->findData(int(kind)) >= 0;
}

bool ReportsPage::showUsage() {
    const int index = m_kind->findData(kUsageKind);
    if (index < 0)
        return false;
    m_kind->setCurrentIndex(index);
    return true;
}

bool ReportsPage::isUsageShown() const {
    return m_kind->currentData().toInt() == kUsageKind;
}

bool ReportsPage::offersUsage() const {
    return m_kind->findData(kUsageKind) >= 0;
}

QString ReportsPage::providerName() const {
    return Providers::displayName(m_workspace->provider());
}

void ReportsPage::showUsageForm(bool usage) {
    m_innLabel->setVisible(usage);
    m_inn->setVisible(usage);
    if (!usage)
        showFieldProblems({});
    if (usage) {
        m_note->setText(tr("Internet usage records of %1: one row per SIM and day of the period.")
                            .arg(providerName()));
        m_from->setToolTip(tr("First day of the usage records"));
        m_to->setToolTip(tr("Last day of the usage records"));
        m_run->setToolTip(
            tr("Read the usage records from %1 (F5 runs them again)").arg(providerName()));
        FilterField::setPlaceholder(m_filter, tr("Filter by number or day"));
    } else {
        m_note->setText(
            tr("Operator data arrives a day late: the last complete day is %1. Days are "
               "NovaConnect's calendar days.")
                .arg(QLocale().toString(m_model->lastCompleteDay(), QLocale::ShortFormat)));
        m_from->setToolTip(tr("First day of the report, a day of NovaConnect's calendar"));
        m_to->setToolTip(tr("Last day of the report; today is not complete yet"));
        m_run->setToolTip(tr("Read the report from NovaConnect (F5 runs it again)"));
        FilterField::setPlaceholder(m_filter,
                                    tr("Filter by SIM, number, ICCID, country, operator or type"));
    }
    FilterField::fitToPlaceholder(m_filter);
}

QLabel* ReportsPage::fieldProblemLabel(const QString& field) const {
    if (field == UsageReport::kFrom)
        return m_fromProblem;
    if (field == UsageReport::kTo)
        return m_toProblem;
    if (field == UsageReport::kInn)
        return m_innProblem;
    if (field == UsageReport::kNumbers)
        return m_scopeProblem;
    return nullptr;
}

void ReportsPage::showFieldProblems(const QMap<QString, QString>& problems) {
    for (const QString& field :
         {UsageReport::kFrom, UsageReport::kTo, UsageReport::kInn, UsageReport::kNumbers}) {
        QLabel* label = fieldProblemLabel(field);
        const QString problem = problems.value(field);
        label->setText(problem);
        label->setVisible(!problem.isEmpty());
        label->setAccessibleName(problem);
    }
}

bool ReportsPage::runUsage() {
    m_banner->hide();
    showFieldProblems({});
    if (!m_signedIn) {
        m_banner->showMessage(InlineBanner::Kind::Warning, tr("The report was not run"),
                              tr("Sign in to read reports."));
        return false;
    }
    V2CdrQuery query;
    query.from = m_from->date();
    query.to = m_to->date();
    query.inn = m_inn->text().trimmed();
    QMap<QString, QString> problems;
    switch (scope()) {
    case Scope::All:
        break;
    case Scope::SelectedSims: {
        // The second operator's SIM ids are their numbers.
        const QVector<qint64> ids = m_simsSelection ? m_simsSelection() : QVector<qint64>();
        if (ids.isEmpty())
            problems.insert(UsageReport::kNumbers,
                            tr("No SIMs are selected on the SIMs page. Select SIMs there, or "
                               "choose all SIMs."));
        for (qint64 id : ids)
            query.numbers << QString::number(id);
        break;
    }
    case Scope::Groups:
        problems.insert(UsageReport::kNumbers,
                        tr("The usage report covers all SIMs or the SIMs selected on the SIMs "
                           "page."));
        break;
    }
    if (problems.isEmpty() && !m_usage->run(query))
        problems = m_usage->fieldProblems();
    if (!problems.isEmpty()) {
        showFieldProblems(problems);
        m_banner->showMessage(InlineBanner::Kind::Warning, tr("The report was not run"),
                              tr("Correct the fields marked below them, then run it again."));
        return false;
    }
    emit backgroundProgress(tr("Reading the report"), 0, -1);
    updateState();
    return true;
}

void ReportsPage::onUsageFinished(const ApiError& error) {
    emit backgroundFinished();
    const QMap<QString, QString>& problems = m_usage->fieldProblems();
    showFieldProblems(problems);
    if (!problems.isEmpty()) {
        m_banner->showMessage(InlineBanner::Kind::Error,
                              tr("%1 refused the query").arg(providerName()),
                              tr("Correct the fields marked below them, then run it again."));
    } else if (error.isError() && error.kind != ApiError::Kind::Cancelled && m_usage->hasResult()) {
        m_banner->showMessage(InlineBanner::Kind::Error, error.title(), error.userMessage(),
                              tr("Retry"));
    }
    if (isUsageShown())
        m_charts->showUsage();
    updateState();
}

} // namespace simfleet
