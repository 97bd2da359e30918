#include "views/combined/CombinedFleetPage.h"

#include "models/fleet/FleetModel.h"
#include "models/fleet/FleetRepository.h"
#include "models/fleet/SimText.h"
#include "models/workspace/AccountWorkspace.h"
#include "resources/ResourceIcons.h"
#include "views/common/FilterField.h"
#include "views/common/ListTables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

namespace simfleet {

CombinedFleetPage::CombinedFleetPage(AccountWorkspace* workspace, AccountList accounts,
                                     QWidget* parent)
    : WorkspacePage(parent)
    , m_workspace(workspace)
    , m_accountList(std::move(accounts))
    , m_model(new CombinedFleetModel(this))
    , m_filter(new CombinedFleetFilter(this))
    , m_search(new QLineEdit(this))
    , m_providerLabel(new QLabel(this))
    , m_provider(new QComboBox(this))
    , m_accountLabel(new QLabel(this))
    , m_account(new QComboBox(this))
    , m_reload(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_table(ListTables::make(this, QStringLiteral("combinedFleetTable"))) {
    setObjectName(staticPageId());
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CombinedFleetModel::Account, Qt::AscendingOrder);
    FilterField::setUp(m_search, this, QStringLiteral("combinedSearch"));
    m_provider->setObjectName(QStringLiteral("combinedProvider"));
    m_provider->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_providerLabel->setBuddy(m_provider);
    m_account->setObjectName(QStringLiteral("combinedAccount"));
    m_accountLabel->setBuddy(m_account);
    m_reload->setObjectName(QStringLiteral("combinedReload"));
    m_summary->setObjectName(QStringLiteral("combinedSummary"));
    m_summary->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search);
    bar->addSpacing(8);
    bar->addWidget(m_providerLabel);
    bar->addWidget(m_provider);
    bar->addWidget(m_accountLabel);
    bar->addWidget(m_account);
    bar->addStretch(1);
    bar->addWidget(m_reload);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &CombinedFleetFilter::setText);
    connect(m_search, &QLineEdit::textChanged, this, &CombinedFleetPage::updateSummary);
    connect(m_provider, qOverload<int>(&QComboBox::activated), this, [this] {
        const QVariant data = m_provider->currentData();
        m_filter->setProvider(data.isValid()
                                  ? std::optional<ProviderKind>(ProviderKind(data.toInt()))
                                  : std::nullopt);
        updateSummary();
    });
    connect(m_account, qOverload<int>(&QComboBox::activated), this, [this] {
        m_filter->setAccount(m_account->currentData().toString());
        updateSummary();
    });
    connect(m_reload, &QPushButton::clicked, this, &CombinedFleetPage::refresh);
    connect(m_model, &CombinedFleetModel::loaded, this, [this] {
        fillChoices();
        ListTables::fitColumn(m_table, CombinedFleetModel::Account, 160);
        ListTables::fitColumn(m_table, CombinedFleetModel::Provider, 120);
        ListTables::fitColumn(m_table, CombinedFleetModel::Number, 110,
                              QStringLiteral("79001234567"));
        ListTables::fitColumn(m_table, CombinedFleetModel::Iccid, 170,
                              QStringLiteral("8970123456789012345"));
        ListTables::fitColumn(m_table, CombinedFleetModel::Status, 140);
        updateSummary();
        m_reload->setEnabled(true);
    });
    retranslateUi();
}

QString CombinedFleetPage::navigationTitle() const {
    return tr("All accounts", "navigation");
}

QIcon CombinedFleetPage::navigationIcon() const {
    return ResourceIcons::icon(QStringLiteral("accounts"));
}

void CombinedFleetPage::sessionStarted() {
    m_loadedOnce = false;
    if (isVisible())
        refresh();
}

void CombinedFleetPage::showEvent(QShowEvent* event) {
    WorkspacePage::showEvent(event);
    if (!m_loadedOnce)
        refresh();
}

void CombinedFleetPage::refresh() {
    m_loadedOnce = true;
    m_reload->setEnabled(false);
    m_summary->setText(tr("Reading the saved accounts' fleets…"));
    m_model->load(m_accountList ? m_accountList() : QVector<CombinedAccount>(),
                  m_workspace->fleet()->snapshotStore().directory(), m_workspace->accountKey(),
                  m_workspace->fleetModel()->allSims());
}

void CombinedFleetPage::fillChoices() {
    const QVariant provider = m_provider->currentData();
    const QString account = m_account->currentData().toString();
    m_provider->clear();
    m_provider->addItem(tr("All providers"));
    for (ProviderKind kind : Providers::all())
        m_provider->addItem(Providers::displayName(kind), int(kind));
    m_provider->setCurrentIndex(qMax(0, m_provider->findData(provider)));
    m_account->clear();
    m_account->addItem(tr("All accounts"), QString());
    for (const CombinedFleetModel::AccountState& state : m_model->accounts())
        m_account->addItem(state.account.name, state.account.key);
    m_account->setCurrentIndex(qMax(0, m_account->findData(account)));
}

void CombinedFleetPage::updateSummary() {
    if (m_model->isLoading())
        return;
    const QLocale locale;
    QStringList lines;
    lines.append(
        tr("%1 of %2 SIMs in %n account(s)", "", int(m_model->accounts().size()))
            .arg(locale.toString(m_filter->rowCount()), locale.toString(m_model->rowCount())));
    for (const CombinedFleetModel::AccountState& state : m_model->accounts()) {
        if (!state.problem.isEmpty())
            lines.append(tr("%1: its saved fleet could not be read (%2). Open the account to "
                            "read it again.")
                             .arg(state.account.name, state.problem));
        else if (!state.asOf.isValid())
            lines.append(tr("%1: nothing saved on this computer yet. Open the account once to "
                            "include its SIMs.")
                             .arg(state.account.name));
        else
            lines.append(tr("%1 (%2): %3 SIMs as of %4")
                             .arg(state.account.name,
                                  Providers::displayName(state.account.provider),
                                  locale.toString(state.sims),
                                  SimText::shortDateTime(state.asOf.toLocalTime())));
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

void CombinedFleetPage::retranslateUi() {
    FilterField::setPlaceholder(m_search, tr("Search number, ICCID, name, tariff or account"));
    FilterField::fitToPlaceholder(m_search);
    m_providerLabel->setText(tr("&Provider:"));
    m_accountLabel->setText(tr("A&ccount:"));
    m_reload->setText(tr("&Reload"));
    m_reload->setToolTip(tr("Read every saved account's fleet again from this computer"));
    m_table->setAccessibleName(tr("SIMs of all saved accounts"));
    m_provider->setAccessibleName(tr("Provider"));
    m_account->setAccessibleName(tr("Account"));
    if (!m_model->isLoading() && m_loadedOnce) {
        fillChoices();
        updateSummary();
    }
}

} // namespace simfleet
