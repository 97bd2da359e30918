#include "views/reports/ReportsPage.h"

#include "api/ApiError.h"
#include "models/groups/GroupsModel.h"
#include "models/reports/ReportExport.h"
#include "models/reports/UsageReport.h"
#include "models/workspace/AccountWorkspace.h"
#include "resources/ResourceIcons.h"
#include "views/common/ButtonActions.h"
#include "views/common/EmptyState.h"
#include "views/common/FilterField.h"
#include "views/common/InlineBanner.h"
#include "views/common/ListTables.h"
#include "views/common/PlainLabels.h"
#include "views/common/SaveFileDialog.h"
#include "views/common/Theme.h"
#include "views/reports/ReportCharts.h"
#include "views/sims/SimsPage.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace simfleet {

namespace {

constexpr int kDefaultDays = 30;

// Dates in the locale's short form with a four-digit year.
QString dateFormat() {
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QLabel* problemLabel(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    // As wide as the field above it: a long text wraps instead of widening the row.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    Theme::setTextTone(label, Theme::Tone::Bad);
    label->hide();
    return label;
}

} // namespace

ReportsPage::ReportsPage(AccountWorkspace* workspace, QWidget* parent)
    : WorkspacePage(parent)
    , m_workspace(workspace)
    , m_model(workspace->reports())
    , m_usage(workspace->usage())
    , m_proxy(new QSortFilterProxyModel(this))
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_fromLabel(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateEdit(this))
    , m_scopeLabel(new QLabel(this))
    , m_scope(new QComboBox(this))
    , m_groupsButton(new QToolButton(this))
    , m_innLabel(new QLabel(this))
    , m_inn(new QLineEdit(this))
    , m_fromProblem(problemLabel(this, QStringLiteral("reportFromProblem")))
    , m_toProblem(problemLabel(this, QStringLiteral("reportToProblem")))
    , m_innProblem(problemLabel(this, QStringLiteral("reportInnProblem")))
    , m_scopeProblem(problemLabel(this, QStringLiteral("reportScopeProblem")))
    , m_run(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_note(new QLabel(this))
    , m_banner(new InlineBanner(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_export(new QPushButton(this))
    , m_tableButton(new QToolButton(this))
    , m_chartsButton(new QToolButton(this))
    , m_views(new QStackedWidget(this))
    , m_states(new QStackedWidget(m_views))
    , m_empty(new EmptyState(m_states))
    , m_totals(new QLabel(this))
    , m_charts(new ReportCharts(m_model, m_views)) {
    setObjectName(QStringLiteral("reportsPage"));
    m_proxy->setSortRole(ReportsModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_charts->setUsageReport(m_usage);
    m_inn->setObjectName(QStringLiteral("reportInn"));
    m_inn->setMaxLength(12);
    m_inn->setClearButtonEnabled(true);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateFormat());
    }
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_scope->setObjectName(QStringLiteral("reportScope"));
    for (int s = 0; s < 3; ++s)
        m_scope->addItem(QString(), s);
    // Long names (translations) do not widen the window: the combos elide.
    for (QComboBox* combo : {m_kind, m_scope}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(combo == m_kind ? 14 : 22);
    }
    m_groupsButton->setObjectName(QStringLiteral("reportGroups"));
    m_groupsButton->setPopupMode(QToolButton::InstantPopup);
    m_groupsButton->setMenu(new QMenu(m_groupsButton));
    m_run->setObjectName(QStringLiteral("runReport"));
    m_run->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelReport"));
    m_note->setObjectName(QStringLiteral("reportNote"));
    m_note->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("reportsBanner"));
    m_banner->hide();
    FilterField::setUp(m_filter, this, QStringLiteral("reportFilter"));
    m_count->setObjectName(QStringLiteral("reportCount"));
    m_export->setObjectName(QStringLiteral("exportReport"));
    m_totals->setObjectName(QStringLiteral("reportTotals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setWordWrap(true);
    for (QToolButton* button : {m_tableButton, m_chartsButton}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_tableButton->setObjectName(QStringLiteral("reportTableView"));
    m_chartsButton->setObjectName(QStringLiteral("reportChartsView"));
    m_tableButton->setChecked(true);
    auto* viewGroup = new QButtonGroup(this);
    viewGroup->addButton(m_tableButton);
    viewGroup->addButton(m_chartsButton);
    viewGroup->setExclusive(true);

    m_table = ListTables::make(m_states, QStringLiteral("reportTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_empty->setObjectName(QStringLiteral("reportsEmptyState"));
    m_states->addWidget(m_table);
    m_states->addWidget(m_empty);
    auto* tableArea = new QWidget(m_views);
    auto* tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(4);
    tableLayout->addWidget(m_states, 1);
    tableLayout->addWidget(m_totals);
    m_views->addWidget(tableArea);
    m_views->addWidget(m_charts);

    // The fields in a row, each one's problem on the line under it.
    auto* query = new QGridLayout;
    query->setHorizontalSpacing(6);
    query->setVerticalSpacing(2);
    int column = 0;
    const auto addField = [&](QLabel* label, QWidget* field, QLabel* problem, int span = 2) {
        query->addWidget(label, 0, column);
        query->addWidget(field, 0, column + 1);
        if (problem)
            query->addWidget(problem, 1, column, 1, span);
        column += 2;
    };
    addField(m_kindLabel, m_kind, nullptr);
    addField(m_fromLabel, m_from, m_fromProblem);
    addField(m_toLabel, m_to, m_toProblem);
    addField(m_innLabel, m_inn, m_innProblem);
    addField(m_scopeLabel, m_scope, m_scopeProblem, 3);
    query->addWidget(m_groupsButton, 0, column++);
    query->setColumnStretch(column++, 1);
    query->addWidget(m_run, 0, column++);
    query->addWidget(m_cancel, 0, column);
    // Tab goes through the fields in the order they are shown.
    setTabOrder(m_to, m_inn);
    setTabOrder(m_inn, m_scope);

    auto* viewBar = new QHBoxLayout;
    viewBar->setSpacing(6);
    viewBar->addWidget(m_filter);
    viewBar->addWidget(m_count);
    viewBar->addStretch(1);
    viewBar->addWidget(m_export);
    viewBar->addSpacing(8);
    viewBar->addWidget(m_tableButton);
    viewBar->addWidget(m_chartsButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(query);
    layout->addWidget(m_note);
    layout->addWidget(m_banner);
    layout->addLayout(viewBar);
    layout->addWidget(m_views, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        showKind();
        emit stateChanged();
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        updateGroupsButton();
        emit stateChanged();
    });
    connect(m_groupsButton->menu(), &QMenu::aboutToShow, this, &ReportsPage::fillGroupsMenu);
    connect(m_run, &QPushButton::clicked, this, &ReportsPage::run);
    m_menuActions = new ButtonActions(this);
    m_menuActions->add(m_run);
    m_menuActions->add(m_cancel);
    m_menuActions->add(nullptr);
    m_menuActions->add(m_tableButton);
    m_menuActions->add(m_chartsButton);
    m_menuActions->add(nullptr);
    m_menuActions->add(m_export);
    connect(m_cancel, &QPushButton::clicked, m_model, &ReportsModel::cancel);
    connect(m_cancel, &QPushButton::clicked, m_usage, &UsageReport::cancel);
    // A field's problem goes when the field is changed.
    connect(m_from, &QDateEdit::dateChanged, m_fromProblem, &QLabel::hide);
    connect(m_to, &QDateEdit::dateChanged, m_toProblem, &QLabel::hide);
    connect(m_inn, &QLineEdit::textEdited, m_innProblem, &QLabel::hide);
    connect(m_scope, &QComboBox::currentIndexChanged, m_scopeProblem, &QLabel::hide);
    connect(m_usage, &UsageReport::runningChanged, this, &ReportsPage::updateState);
    connect(m_usage, &UsageReport::finished, this, &ReportsPage::onUsageFinished);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateState();
    });
    connect(m_tableButton, &QToolButton::toggled, this, [this](bool on) { setChartsShown(!on); });
    connect(m_empty, &EmptyState::actionTriggered, this, &ReportsPage::onEmptyAction);
    connect(m_banner, &InlineBanner::actionTriggered, this, &ReportsPage::refresh);
    connect(m_table, &QTableView::doubleClicked, this, &ReportsPage::openSimOfRow);
    connect(m_export, &QPushButton::clicked, this, &ReportsPage::askExport);
    connect(m_charts, &ReportCharts::simRequested, this, [this](qint64 simId) {
        emit pageRequested(SimsPage::staticPageId(), SimsPage::selectionRequest({simId}));
    });
    connect(m_model, &ReportsModel::runningChanged, this, &ReportsPage::updateState);
    connect(m_model, &ReportsModel::progress, this, &ReportsPage::onProgress);
    connect(m_model, &ReportsModel::finished, this, &ReportsPage::onFinished);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ReportsPage::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ReportsPage::updateState);

    const QDate last = m_model->lastCompleteDay();
    setRange(last.addDays(-(kDefaultDays - 1)), last);
    applyProvider();
    showKind();
    retranslateUi();
    PlainLabels::apply(this);
}

ReportsPage::~ReportsPage() = default;

QString ReportsPage::navigationTitle() const {
    return tr("Reports", "navigation: the page of traffic and usage reports");
}

QIcon ReportsPage::navigationIcon() const {
    return ResourceIcons::icon(QStringLiteral("reports"));
}

QList<QWidget*> ReportsPage::focusPanes() const {
    return {m_kind, m_filter, m_views};
}

void ReportsPage::retranslateUi() {
    m_kindLabel->setText(tr("&Report:"));
    m_kindLabel->setBuddy(m_kind);
    for (int i = 0; i < m_kind->count(); ++i) {
        const int k = m_kind->itemData(i).toInt();
        m_kind->setItemText(i, k == kUsageKind ? UsageReport::kindName()
                                               : ReportsModel::kindName(ReportsModel::Kind(k)));
    }
    m_innLabel->setText(tr("&INN:", "a company's taxpayer number"));
    m_innLabel->setBuddy(m_inn);
    m_inn->setPlaceholderText(tr("optional"));
    m_inn->setToolTip(tr("Only the SIMs of the company with this INN (10 or 12 digits); empty "
                         "for every company of the account"));
    m_fromLabel->setText(tr("&From:", "first day of a report"));
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setText(tr("&To:", "last day of a report"));
    m_toLabel->setBuddy(m_to);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(dateFormat());
        // The widest date whole, with room for the calendar button.
        const QString widest = QLocale().toString(QDate(2028, 12, 28), dateFormat());
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(widest) + 40);
    }
    m_from->setToolTip(tr("First day of the report, a day of NovaConnect's calendar"));
    m_to->setToolTip(tr("Last day of the report; today is not complete yet"));
    m_scopeLabel->setText(tr("&SIMs:", "which SIMs a report covers"));
    m_scopeLabel->setBuddy(m_scope);
    m_scope->setItemText(int(Scope::All), tr("All SIMs"));
    m_scope->setItemText(int(Scope::SelectedSims), tr("SIMs selected on the SIMs page"));
    if (m_scope->count() > int(Scope::Groups))
        m_scope->setItemText(int(Scope::Groups), tr("Groups"));
    m_run->setText(tr("Run"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop reading the report (Esc in the status bar)"));
    m_table->setAccessibleName(tr("Report rows"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the table as shown (filter and order) as CSV or XLSX"));
    m_tableButton->setText(tr("Table"));
    m_chartsButton->setText(tr("Charts"));
    updateGroupsButton();
    showUsageForm(isUsageShown());
    m_table->viewport()->update();
    m_table->horizontalHeader()->viewport()->update();
    updateState();
    emit navigationTitleChanged();
}

void ReportsPage::sessionStarted() {
    m_signedIn = true;
    m_banner->hide();
    applyProvider();
    // The provider's today may have moved since the page was made.
    const QDate last = m_model->lastCompleteDay();
    m_from->setMaximumDate(last);
    m_to->setMaximumDate(last);
    updateState();
}

void ReportsPage::sessionEnded() {
    m_signedIn = false;
    m_model->cancel();
    m_usage->cancel();
    m_banner->hide();
    showFieldProblems({});
    m_filter->clear();
    m_hasLastQuery = false;
    updateState();
}

void ReportsPage::refresh() {
    if (!m_signedIn)
        return;
    if (isUsageShown())
        runUsage();
    else if (m_hasLastQuery && m_lastKind == kind())
        runQuery(m_lastKind, m_lastQuery);
    else
        run();
}

void ReportsPage::cancelBackgroundWork() {
    m_model->cancel();
    m_usage->cancel();
}

QList<QAction*> ReportsPage::pageActions() const {
    return m_menuActions->refreshed();
}

QVariantMap ReportsPage::saveState() const {
    return {{QStringLiteral("kind"), m_kind->currentData().toInt()},
            {QStringLiteral("scope"), m_scope->currentIndex()},
            {QStringLiteral("charts"), isChartsShown()}};
}

void ReportsPage::restoreState(const QVariantMap& state) {
    // A kind this provider does not offer leaves the one shown.
    const int kind = m_kind->findData(
        state.value(QStringLiteral("kind"), int(ReportsModel::Kind::Daily)).toInt());
    if (kind >= 0)
        m_kind->setCurrentIndex(kind);
    const int scope = state.value(QStringLiteral("scope"), 0).toInt();
    if (scope >= 0 && scope < m_scope->count())
        m_scope->setCurrentIndex(scope);
    setChartsShown(state.value(QStringLiteral("charts"), false).toBool());
}

void ReportsPage::setSimsPageSelection(std::function<QVector<qint64>()> selection) {
    m_simsSelection = std::move(selection);
}

void ReportsPage::setChartsShown(bool shown) {
    m_views->setCurrentWidget(shown ? static_cast<QWidget*>(m_charts) : m_views->widget(0));
    m_tableButton->setChecked(!shown);
    m_chartsButton->setChecked(shown);
    m_filter->setVisible(!shown);
    m_count->setVisible(!shown);
    m_export->setVisible(!shown);
    if (shown && isUsageShown())
        m_charts->showUsage();
    else if (shown)
        m_charts->setKind(kind());
}

bool ReportsPage::isChartsShown() const {
    return m_views->currentWidget() == m_charts;
}

bool ReportsPage::isTableShown() const {
    return !isChartsShown() && m_states->currentWidget() == m_table;
}

void ReportsPage::openSimOfRow(const QModelIndex& index) {
    const qint64 simId = index.data(ReportsModel::SimIdRole).toLongLong();
    if (simId > 0)
        emit pageRequested(SimsPage::staticPageId(), SimsPage::selectionRequest({simId}));
}

} // namespace simfleet
