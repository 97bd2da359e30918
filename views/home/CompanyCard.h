#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;

namespace simfleet {

class CompanyInfo;
class HomeCard;

// The Home page's company card: name, tax number, contract, country, billing
// type, balance, preliminary balance (postpaid companies only) and
// overdraft, the money in the interface language's format (CompanyInfo).
class CompanyCard final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompanyCard)

public:
    explicit CompanyCard(CompanyInfo* company, QWidget* parent = nullptr);

    HomeCard* card() const { return m_card; }
    // The value label of a field by object name ("companyBalance", ...).
    QLabel* value(const QString& objectName) const;
    bool isPreliminaryBalanceShown() const;

    void retranslateUi();

private:
    void showCompany();
    QLabel* addRow(QLabel** caption, const QString& objectName);

    CompanyInfo* m_company;
    HomeCard* m_card;
    QFormLayout* m_form;
    QLabel *m_nameCaption, *m_taxIdCaption, *m_contractCaption, *m_countryCaption,
        *m_billingCaption, *m_balanceCaption, *m_preliminaryCaption, *m_overdraftCaption;
    QLabel *m_name, *m_taxId, *m_contract, *m_country, *m_billing, *m_balance, *m_preliminary,
        *m_overdraft;
};

} // namespace simfleet
