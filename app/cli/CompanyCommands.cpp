#include "api/AccountService.h"
#include "app/cli/Areas.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/RecordView.h"

#include <QCoreApplication>

namespace simfleet {

// company get
class CompanyCommands final {
    Q_DECLARE_TR_FUNCTIONS(CompanyCommands)

public:
    static AreaSpec area();

private:
    static const RecordView<Company>& companyView();
    static QString billingName(Company::Billing billing);
    static void get(Invocation& inv);
};

AreaSpec companyArea() {
    return CompanyCommands::area();
}

AreaSpec CompanyCommands::area() {
    return {QStringLiteral("company"),
            QT_TRANSLATE_NOOP("CliHelp", "Your company's account"),
            {{QStringLiteral("get"),
              QT_TRANSLATE_NOOP("CliHelp", "Show the company, its contract and balance"),
              {},
              &CompanyCommands::get}}};
}

QString CompanyCommands::billingName(Company::Billing billing) {
    switch (billing) {
    case Company::Billing::Postpaid:
        return tr("Postpaid");
    case Company::Billing::Prepaid:
        return tr("Prepaid");
    case Company::Billing::Unknown:
        break;
    }
    return tr("unknown", "billing type");
}

const RecordView<Company>& CompanyCommands::companyView() {
    static const RecordView<Company> view{{{tr("ID")},
                                           {tr("Company")},
                                           {tr("Tax ID")},
                                           {tr("Contract")},
                                           {tr("Country")},
                                           {tr("Billing")},
                                           {tr("Balance")},
                                           {tr("Preliminary balance")},
                                           {tr("Overdraft")}},
                                          [](const Company& company) {
                                              return QStringList{QString::number(company.id),
                                                                 company.name,
                                                                 company.taxId,
                                                                 company.contract,
                                                                 company.country,
                                                                 billingName(company.billing),
                                                                 company.balance,
                                                                 company.preliminaryBalance,
                                                                 company.overdraft};
                                          },
                                          [](const Company& company) { return company.toJson(); }};
    return view;
}

void CompanyCommands::get(Invocation& inv) {
    Invocation* invocation = &inv;
    CompanyService(inv.client())
        .get(&inv, inv.onSuccess<Company>([invocation](const Company& company) {
            printRecord(*invocation, company, companyView());
        }));
}

} // namespace simfleet
