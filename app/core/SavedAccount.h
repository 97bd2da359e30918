#pragma once

#include "api/Provider.h"
#include "app/core/AccountFiles.h"

#include <QString>
#include <QUrl>
#include <QVector>

namespace simfleet {

// An account the user signed in to, listed in the Account menu to switch to:
// its API address, the user id the token belongs to and a name. The token
// itself is only ever in the keychain (TokenStore, per account).
struct SavedAccount {
    QUrl apiUrl;
    qint64 userId = 0;
    QString name; // the company's name when first saved; the user may rename it
    ProviderKind provider = ProviderKind::NovaConnect;
    QString login; // the second operator's login (its token is given for it); never a password

    // AccountFiles::accountKey: the same as the account's workspace and journal.
    QString key() const { return AccountFiles::accountKey(apiUrl, userId); }
    bool isValid() const { return apiUrl.isValid() && !apiUrl.isEmpty() && userId != 0; }
};

namespace SavedAccounts {

// The entry with this key, or nullptr.
const SavedAccount* find(const QVector<SavedAccount>& accounts, const QString& key);
// Adds `account` at the end, or when its key is listed keeps the listed one's
// name (the user may have renamed it); returns the listed entry's name.
QString remember(QVector<SavedAccount>& accounts, const SavedAccount& account);
bool rename(QVector<SavedAccount>& accounts, const QString& key, const QString& name);
bool remove(QVector<SavedAccount>& accounts, const QString& key);

} // namespace SavedAccounts

} // namespace simfleet
