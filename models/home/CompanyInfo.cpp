#include "models/home/CompanyInfo.h"

#include "api/AccountService.h"
#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "models/home/MoneyText.h"

namespace simfleet {

CompanyInfo::CompanyInfo(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client) {}

CompanyInfo::~CompanyInfo() {
    if (m_call)
        m_call->cancel();
}

void CompanyInfo::setCompany(const Company& company) {
    m_company = company;
    m_load.loaded = true;
    m_load.loadedAt = QDateTime::currentDateTime();
    m_load.error = {};
    emit changed();
}

void CompanyInfo::reload() {
    if (!m_client || m_load.loading)
        return;
    const quint64 generation = ++m_generation;
    m_load.loading = true;
    m_call = CompanyService(m_client).get(this, [this, generation](const Result<Company>& result) {
        if (generation != m_generation)
            return;
        m_load.loading = false;
        m_load.error = result.error;
        if (result.ok()) {
            m_company = result.value;
            m_load.loaded = true;
            m_load.loadedAt = QDateTime::currentDateTime();
        }
        emit changed();
    });
    emit changed();
}

void CompanyInfo::clear() {
    ++m_generation;
    if (m_call)
        m_call->cancel();
    m_call.clear();
    m_company = Company();
    m_load = CardLoad();
    emit changed();
}

QString CompanyInfo::balanceText() const {
    return MoneyText::display(m_company.balance);
}

QString CompanyInfo::preliminaryBalanceText() const {
    return MoneyText::display(m_company.preliminaryBalance);
}

QString CompanyInfo::overdraftText() const {
    return MoneyText::display(m_company.overdraft);
}

} // namespace simfleet
