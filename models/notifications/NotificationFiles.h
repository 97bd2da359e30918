#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace simfleet {

// The files account notifications carry (invoices), saved into the account's
// bills folder: the same folder the Bills page downloads into.
class NotificationFiles final {
    Q_DECLARE_TR_FUNCTIONS(NotificationFiles)

public:
    // Where notification files go while the Bills page has no folder chosen:
    // <Documents>/SimFleet/<account>, <account> made a safe folder name
    // ("account" when nothing is left). Not created here.
    static QString defaultFolder(const QString& accountName);

    // Saves `content` as `fileName` (a plain name, AccountNotification::File::
    // safeFileName()) in `folder`, created when missing. Never replaces a
    // file: when the name is taken, "name (2).ext", "name (3).ext", ... The
    // name is first claimed by creating it empty (which fails if anything
    // has it), then filled through QSaveFile in one rename, so a failed save
    // leaves no half-written file (the empty claim is removed too). Returns
    // the path written, or empty and *error (translated: what happened and
    // what to do).
    static QString save(const QString& folder, const QString& fileName, const QByteArray& content,
                        QString* error);
};

} // namespace simfleet
