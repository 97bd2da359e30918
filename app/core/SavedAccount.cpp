#include "app/core/SavedAccount.h"

#include <algorithm>

namespace simfleet::SavedAccounts {

namespace {

SavedAccount* findMutable(QVector<SavedAccount>& accounts, const QString& key) {
    const auto it = std::find_if(accounts.begin(), accounts.end(),
                                 [&key](const SavedAccount& a) { return a.key() == key; });
    return it == accounts.end() ? nullptr : &*it;
}

} // namespace

const SavedAccount* find(const QVector<SavedAccount>& accounts, const QString& key) {
    const auto it = std::find_if(accounts.cbegin(), accounts.cend(),
                                 [&key](const SavedAccount& a) { return a.key() == key; });
    return it == accounts.cend() ? nullptr : &*it;
}

QString remember(QVector<SavedAccount>& accounts, const SavedAccount& account) {
    if (const SavedAccount* listed = find(accounts, account.key()))
        return listed->name;
    accounts.append(account);
    return account.name;
}

bool rename(QVector<SavedAccount>& accounts, const QString& key, const QString& name) {
    SavedAccount* listed = findMutable(accounts, key);
    const QString trimmed = name.trimmed();
    if (!listed || trimmed.isEmpty())
        return false;
    listed->name = trimmed;
    return true;
}

bool remove(QVector<SavedAccount>& accounts, const QString& key) {
    const auto before = accounts.size();
    accounts.erase(std::remove_if(accounts.begin(), accounts.end(),
                                  [&key](const SavedAccount& a) { return a.key() == key; }),
                   accounts.end());
    return accounts.size() != before;
}

} // namespace simfleet::SavedAccounts
