#include "views/home/CompanyCard.h"

#include "models/home/CompanyInfo.h"
#include "views/common/PlainLabels.h"
#include "views/home/HomeCard.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace simfleet {

namespace {

QString orDash(const QString& text) {
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

CompanyCard::CompanyCard(CompanyInfo* company, QWidget* parent)
    : QWidget(parent)
    , m_company(company)
    , m_card(new HomeCard(QStringLiteral("companyCard"), this)) {
    auto* content = new QWidget(m_card);
    m_form = new QFormLayout(content);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_name = addRow(&m_nameCaption, QStringLiteral("companyName"));
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_taxId = addRow(&m_taxIdCaption, QStringLiteral("companyTaxId"));
    m_contract = addRow(&m_contractCaption, QStringLiteral("companyContract"));
    m_country = addRow(&m_countryCaption, QStringLiteral("companyCountry"));
    m_billing = addRow(&m_billingCaption, QStringLiteral("companyBilling"));
    m_balance = addRow(&m_balanceCaption, QStringLiteral("companyBalance"));
    m_preliminary = addRow(&m_preliminaryCaption, QStringLiteral("companyPreliminaryBalance"));
    m_overdraft = addRow(&m_overdraftCaption, QStringLiteral("companyOverdraft"));
    m_card->setContent(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_card);
    PlainLabels::apply(this);

    connect(m_company, &CompanyInfo::changed, this, &CompanyCard::showCompany);
    connect(m_card, &HomeCard::retryRequested, m_company, &CompanyInfo::reload);
    retranslateUi();
}

QLabel* CompanyCard::addRow(QLabel** caption, const QString& objectName) {
    *caption = new QLabel(this);
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    (*caption)->setBuddy(value);
    m_form->addRow(*caption, value);
    return value;
}

QLabel* CompanyCard::value(const QString& objectName) const {
    return findChild<QLabel*>(objectName);
}

bool CompanyCard::isPreliminaryBalanceShown() const {
    return m_form->isRowVisible(m_preliminary);
}

void CompanyCard::showCompany() {
    m_card->showLoad(m_company->load());
    const Company& company = m_company->company();
    m_name->setText(orDash(company.name));
    m_taxId->setText(orDash(company.taxId));
    m_contract->setText(orDash(company.contract));
    m_country->setText(orDash(company.country));
    switch (company.billing) {
    case Company::Billing::Prepaid:
        m_billing->setText(tr("Prepaid"));
        break;
    case Company::Billing::Postpaid:
        m_billing->setText(tr("Postpaid"));
        break;
    case Company::Billing::Unknown:
        m_billing->setText(tr("Unknown"));
        break;
    }
    m_balance->setText(orDash(m_company->balanceText()));
    m_preliminary->setText(orDash(m_company->preliminaryBalanceText()));
    m_overdraft->setText(orDash(m_company->overdraftText()));
    // Only postpaid companies have a preliminary balance (shown too when the
    // billing type is unknown but the server sent one).
    m_form->setRowVisible(m_preliminary, company.billing == Company::Billing::Postpaid ||
                                             (company.billing == Company::Billing::Unknown &&
                                              !company.preliminaryBalance.trimmed().isEmpty()));
}

void CompanyCard::retranslateUi() {
    m_card->setTitle(tr("Company"));
    m_nameCaption->setText(tr("Name:"));
    m_taxIdCaption->setText(tr("Tax ID:"));
    m_contractCaption->setText(tr("Contract:"));
    m_countryCaption->setText(tr("Country:"));
    m_billingCaption->setText(tr("Billing:"));
    m_balanceCaption->setText(tr("Balance:"));
    m_preliminaryCaption->setText(tr("Preliminary balance:"));
    m_preliminaryCaption->setToolTip(
        tr("The balance including what was used since the last bill (postpaid companies)"));
    m_overdraftCaption->setText(tr("Overdraft:"));
    showCompany();
}

} // namespace simfleet
