#pragma once

#include "api/Company.h"
#include "models/home/CardLoad.h"

#include <QObject>
#include <QPointer>

namespace simfleet {

class ApiClient;
class ApiCall;

// The signed-in account's company (company/get) for the Home page's company
// card. The session reads it at sign-in; setCompany() shows that without
// another request, reload() (F5, Retry) reads it again.
class CompanyInfo final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompanyInfo)

public:
    explicit CompanyInfo(ApiClient* client, QObject* parent = nullptr);
    ~CompanyInfo() override;

    // What was read elsewhere (the session at sign-in): shown as loaded now.
    void setCompany(const Company& company);
    // Reads company/get; ignored while a read runs.
    void reload();
    // Sign-out: stops a read and forgets the company.
    void clear();

    const Company& company() const { return m_company; }
    const CardLoad& load() const { return m_load; }

    // The money values in the interface language's format (MoneyText).
    QString balanceText() const;
    QString preliminaryBalanceText() const;
    QString overdraftText() const;

signals:
    // The company, or where its reading stands, changed.
    void changed();

private:
    QPointer<ApiClient> m_client;
    QPointer<ApiCall> m_call;
    Company m_company;
    CardLoad m_load;
    quint64 m_generation = 0; // answers of a read cleared since are ignored
};

} // namespace simfleet
