#include "models/notifications/NotificationFiles.h"

#include "api/AccountNotification.h"
#include "models/export/FileWriteErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <cerrno>

namespace simfleet {

namespace {

constexpr int kMaxNumberedNames = 999;

bool isPlainName(const QString& name) {
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..") &&
           !name.contains(u'/') && !name.contains(u'\\') && !name.contains(QChar(0));
}

// "invoice.pdf", 3 -> "invoice (3).pdf"; a leading dot is part of the stem.
QString numbered(const QString& name, int number) {
    if (number <= 1)
        return name;
    const qsizetype dot = name.lastIndexOf(u'.');
    const QString suffix = QStringLiteral(" (%1)").arg(number);
    if (dot <= 0)
        return name + suffix;
    return name.left(dot) + suffix + name.mid(dot);
}

} // namespace

QString NotificationFiles::defaultFolder(const QString& accountName) {
    AccountNotification::File asFile;
    asFile.name = accountName;
    QString folderName = asFile.safeFileName();
    if (accountName.trimmed().isEmpty() || folderName.startsWith(QLatin1String("attachment")))
        folderName = QStringLiteral("account");
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty())
        documents = QDir::homePath();
    return QDir(documents).filePath(QStringLiteral("SimFleet/") + folderName);
}

QString NotificationFiles::save(const QString& folder, const QString& fileName,
                                const QByteArray& content, QString* error) {
    const auto fail = [error](const QString& text) {
        if (error)
            *error = text;
        return QString();
    };
    if (!isPlainName(fileName))
        return fail(tr("The file name \"%1\" is not a plain file name.").arg(fileName));
    if (folder.isEmpty())
        return fail(tr("No folder to save the file in. Choose a download folder on the Bills "
                       "page."));
    if (!QDir().mkpath(folder))
        return fail(tr("The folder %1 could not be created. Choose another download folder on "
                       "the Bills page.")
                        .arg(QDir::toNativeSeparators(folder)));
    const QDir dir(folder);
    for (int number = 1; number <= kMaxNumberedNames; ++number) {
        QString path = dir.filePath(numbered(fileName, number));
        const QFileInfo existing(path);
        if (existing.exists() || existing.isSymLink())
            continue;
        QFile claim(path);
        if (!claim.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
                continue; // taken in the meantime
            const int systemError = errno;
            return fail(tr("%1 could not be saved: %2")
                            .arg(QDir::toNativeSeparators(path),
                                 FileWriteErrors::reason(path, systemError, claim.errorString())));
        }
        claim.close();
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() ||
            !out.commit()) {
            const QString why = FileWriteErrors::reason(path, 0, out.errorString());
            out.cancelWriting();
            QFile::remove(path);
            return fail(tr("%1 could not be saved: %2").arg(QDir::toNativeSeparators(path), why));
        }
        return path;
    }
    return fail(tr("%1 could not be saved: the folder already holds %n file(s) of that name. "
                   "Move some of them away.",
                   "", kMaxNumberedNames)
                    .arg(QDir::toNativeSeparators(dir.filePath(fileName))));
}

} // namespace simfleet
