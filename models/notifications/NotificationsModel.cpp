#include "models/notifications/NotificationsModel.h"

#include "models/fleet/SimText.h"
#include "models/home/MoneyText.h"
#include "models/notifications/NotificationFiles.h"
#include "models/storage/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QSaveFile>

#include <algorithm>

namespace simfleet {

Q_LOGGING_CATEGORY(lcNotifications, "simfleet.notifications")

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kFormatVersion = 1;
constexpr int kSimsInSummary = 3;
// A store larger than this is not read (500 notices with their SIMs fit well below).
constexpr qint64 kMaxStoreBytes = qint64(64) * 1024 * 1024;

QString simLabel(const Notice::SimRef& sim) {
    if (!sim.iccid.isEmpty())
        return sim.iccid;
    return sim.name.isEmpty() ? QString::number(sim.id) : sim.name;
}

QString simList(const Notice& notice) {
    QStringList labels;
    for (qsizetype i = 0; i < notice.sims.size() && i < kSimsInSummary; ++i)
        labels.append(simLabel(notice.sims.at(i)));
    QString text = labels.join(QStringLiteral(", "));
    if (notice.sims.size() > kSimsInSummary)
        text += QStringLiteral(", …");
    return text;
}

QString periodText(const Notice::BillRef& bill, const QTimeZone& zone) {
    Bill asBill;
    asBill.period = bill.period;
    return asBill.periodText(zone);
}

} // namespace

NotificationsModel::NotificationsModel(QObject* parent)
    : ColumnTableModel<Notice>(parent) {
    setColumns({
        TableColumn<Notice>([] { return tr("Received"); },
                            [](const Notice& n) { return SimText::shortDateTime(n.receivedAt); })
            .withRawValue([](const Notice& n) { return n.receivedAt; })
            .withToolTip([](const Notice& n) { return SimText::longDateTime(n.receivedAt); }),
        TableColumn<Notice>([] { return tr("Kind"); }, [](const Notice& n) { return kindText(n); })
            .withToolTip([](const Notice& n) { return n.typeRaw; }),
        TableColumn<Notice>([] { return tr("Summary"); },
                            [this](const Notice& n) { return summary(n, m_zone); })
            .withToolTip([this](const Notice& n) { return summary(n, m_zone); }),
        TableColumn<Notice>([] { return tr("Files"); },
                            [](const Notice& n) { return filesText(n); })
            .withToolTip([](const Notice& n) {
                QStringList lines;
                for (const Notice::SavedFile& file : n.files)
                    lines.append(file.error.isEmpty() ? QDir::toNativeSeparators(file.path)
                                                      : file.error);
                return lines.join(u'\n');
            }),
    });
    setRowKey([](const Notice& n) { return n.id; });
    setRowRole(NoticeIdRole, [](const Notice& n) { return n.id; });
    setRowRole(UnreadRole, [](const Notice& n) { return !n.read; });
    setRowRole(Qt::FontRole, [](const Notice& n) {
        if (n.read)
            return QVariant();
        QFont font;
        font.setBold(true);
        return QVariant(font);
    });
}

void NotificationsModel::open(const QString& storePath) {
    const int unreadBefore = unreadCount();
    m_storePath = storePath;
    m_nextId = 1;
    QVector<Notice> notices;
    QFile file(storePath);
    if (!storePath.isEmpty() && file.exists()) {
        QString why;
        if (file.size() > kMaxStoreBytes) {
            why = tr("the file is too large");
        } else if (!file.open(QIODevice::ReadOnly)) {
            why = file.errorString();
        } else {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
            if (!document.isObject())
                why = error.error != QJsonParseError::NoError
                          ? error.errorString()
                          : tr("it is not a notifications list");
            for (const auto& value : document.object().value("notices"_L1).toArray()) {
                if (std::optional<Notice> notice = Notice::fromJson(value.toObject()))
                    notices.append(std::move(*notice));
                if (notices.size() >= kMaxNotices)
                    break;
            }
        }
        if (!why.isEmpty()) {
            qCWarning(lcNotifications).noquote() << "cannot read" << storePath << why;
            const QString path = QDir::toNativeSeparators(storePath);
            emit problem(tr("The list of account notifications in %1 could not be read (%2). "
                            "New notifications start a new list.")
                             .arg(path, why));
        }
    }
    std::sort(notices.begin(), notices.end(), [](const Notice& a, const Notice& b) {
        return a.receivedAt != b.receivedAt ? a.receivedAt > b.receivedAt : a.id > b.id;
    });
    for (const Notice& notice : notices)
        m_nextId = std::max(m_nextId, notice.id + 1);
    setRows(std::move(notices));
    notifyCounts(unreadBefore);
}

void NotificationsModel::close() {
    const int unreadBefore = unreadCount();
    m_storePath.clear();
    clearRows();
    notifyCounts(unreadBefore);
}

void NotificationsModel::setBillsFolder(const QString& folder) {
    m_billsFolder = folder;
}

void NotificationsModel::setDefaultFolder(const QString& fallback) {
    m_defaultFolder = fallback;
}

QString NotificationsModel::folder() const {
    return m_billsFolder.isEmpty() ? m_defaultFolder : m_billsFolder;
}

void NotificationsModel::setProviderZone(const QTimeZone& zone) {
    m_zone = zone;
    columnsChanged(Summary, Summary);
}

qint64 NotificationsModel::add(const AccountNotification& notification,
                               const QDateTime& receivedAt) {
    const int unreadBefore = unreadCount();
    Notice notice = Notice::fromNotification(notification, receivedAt);
    notice.id = m_nextId++;
    const QString target = folder();
    QStringList failures;
    for (const AccountNotification::File& file : notification.files) {
        Notice::SavedFile saved;
        saved.name = file.safeFileName();
        saved.path = NotificationFiles::save(target, saved.name, file.content, &saved.error);
        if (saved.path.isEmpty())
            failures.append(saved.error);
        notice.files.append(saved);
    }
    const qint64 id = notice.id;
    insertRowAt(0, std::move(notice));
    if (rowCount() > kMaxNotices)
        removeRowsAt(kMaxNotices, rowCount() - kMaxNotices);
    store();
    notifyCounts(unreadBefore);
    for (const QString& failure : failures)
        emit problem(tr("A file of an account notification was not saved. %1").arg(failure));
    emit noticeAdded(id);
    return id;
}

const Notice* NotificationsModel::notice(qint64 id) const {
    const int row = rowOfKey(id);
    return row < 0 ? nullptr : &rowAt(row);
}

int NotificationsModel::unreadCount() const {
    return int(
        std::count_if(rows().cbegin(), rows().cend(), [](const Notice& n) { return !n.read; }));
}

void NotificationsModel::changeRow(qint64 id, const std::function<void(Notice&)>& change) {
    const int row = rowOfKey(id);
    if (row < 0)
        return;
    const int unreadBefore = unreadCount();
    Notice changed = rowAt(row);
    change(changed);
    setRowAt(row, std::move(changed));
    store();
    notifyCounts(unreadBefore);
}

void NotificationsModel::markRead(qint64 id) {
    const Notice* n = notice(id);
    if (n && !n->read)
        changeRow(id, [](Notice& changed) { changed.read = true; });
}

void NotificationsModel::markAllRead() {
    if (unreadCount() == 0)
        return;
    const int unreadBefore = unreadCount();
    QVector<Notice> all = rows();
    for (Notice& n : all)
        n.read = true;
    updateRows(std::move(all));
    store();
    notifyCounts(unreadBefore);
}

void NotificationsModel::dismiss(qint64 id) {
    const Notice* n = notice(id);
    if (n && !n->dismissed)
        changeRow(id, [](Notice& changed) {
            changed.dismissed = true;
            changed.read = true;
        });
}

void NotificationsModel::clear() {
    if (isEmpty())
        return;
    const int unreadBefore = unreadCount();
    clearRows();
    store();
    notifyCounts(unreadBefore);
}

const Notice* NotificationsModel::blockingNotice() const {
    for (const Notice& n : rows()) {
        if (n.type == AccountNotification::Type::UnpaidBill6)
            return n.dismissed ? nullptr : &n;
    }
    return nullptr;
}

void NotificationsModel::notifyCounts(int unreadBefore) {
    emit blockingChanged();
    const int unread = unreadCount();
    if (unread != unreadBefore)
        emit unreadCountChanged(unread);
}

void NotificationsModel::store() {
    if (m_storePath.isEmpty())
        return;
    QJsonArray array;
    for (const Notice& n : rows())
        array.append(n.toJson());
    const QByteArray data =
        QJsonDocument(QJsonObject{{"version"_L1, kFormatVersion}, {"notices"_L1, array}})
            .toJson(QJsonDocument::Compact);
    const QFileInfo info(m_storePath);
    QString why;
    if (!PrivateFiles::makeFolder(info.absolutePath())) {
        why = tr("its folder could not be created");
    } else {
        if (!info.exists())
            PrivateFiles::prepareFile(m_storePath);
        QSaveFile out(m_storePath);
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
            why = out.errorString();
    }
    if (why.isEmpty())
        return;
    qCWarning(lcNotifications).noquote() << "cannot store" << m_storePath << why;
    emit problem(tr("The list of account notifications could not be stored in %1 (%2); it is "
                    "kept until SimFleet quits. Check the disk space and permissions.")
                     .arg(QDir::toNativeSeparators(m_storePath), why));
}

QString NotificationsModel::kindText(const Notice& notice) {
    using Type = AccountNotification::Type;
    switch (notice.type) {
    case Type::MsuLock:
        return tr("SIMs blocked by MSU");
    case Type::PackageEmpty:
        return tr("Data package used up");
    case Type::GenerateBill:
        return tr("New bill");
    case Type::UnpaidBill3:
        return tr("Unpaid bill: reminder");
    case Type::UnpaidBill5:
        return tr("Unpaid bill: second reminder");
    case Type::UnpaidBill6:
        return tr("Unpaid bill: all SIMs blocked");
    case Type::Unknown:
        break;
    }
    return tr("Other (%1)").arg(notice.typeRaw);
}

QString NotificationsModel::longestKindText() {
    using Type = AccountNotification::Type;
    QString longest;
    for (const Type type : {Type::MsuLock, Type::PackageEmpty, Type::GenerateBill,
                            Type::UnpaidBill3, Type::UnpaidBill5, Type::UnpaidBill6}) {
        Notice notice;
        notice.type = type;
        const QString text = kindText(notice);
        if (text.size() > longest.size())
            longest = text;
    }
    return longest;
}

QString NotificationsModel::summary(const Notice& notice, const QTimeZone& providerZone) {
    using Type = AccountNotification::Type;
    const int simCount = int(notice.sims.size());
    switch (notice.type) {
    case Type::MsuLock:
        if (simCount == 0)
            return tr("SIMs were blocked by the MSU limit; the notification named none.");
        return tr("SIMs blocked by the MSU limit (%1): %2")
            .arg(QLocale().toString(simCount), simList(notice));
    case Type::PackageEmpty:
        if (simCount == 0)
            return tr("SIMs used up their data package; the notification named none.");
        return tr("SIMs out of data (%1): %2").arg(QLocale().toString(simCount), simList(notice));
    case Type::Unknown:
        return tr("SimFleet does not know this kind of notification; it is listed as it arrived.");
    default:
        break;
    }
    if (notice.bills.isEmpty()) {
        return notice.type == Type::UnpaidBill6 ? tr("A bill is unpaid: all SIMs are blocked.")
                                                : tr("The notification named no bill.");
    }
    const Notice::BillRef& bill = notice.bills.constFirst();
    const QString number = bill.number.isEmpty() ? QString::number(bill.id) : bill.number;
    const QString period = periodText(bill, providerZone);
    const QString amount = MoneyText::format(bill.costEur, QStringLiteral("EUR"));
    QString text;
    switch (notice.type) {
    case Type::GenerateBill:
        text = tr("Bill %1 for %2 issued, %3").arg(number, period, amount);
        break;
    case Type::UnpaidBill6:
        text =
            tr("Bill %1 for %2 is unpaid (%3): all SIMs are blocked").arg(number, period, amount);
        break;
    default:
        text = tr("Bill %1 for %2 is unpaid, %3").arg(number, period, amount);
        break;
    }
    if (notice.bills.size() > 1)
        text += u' ' + tr("(+%1 more)").arg(QLocale().toString(int(notice.bills.size()) - 1));
    return text;
}

QString NotificationsModel::filesText(const Notice& notice) {
    QStringList parts;
    for (const Notice::SavedFile& file : notice.files) {
        parts.append(file.error.isEmpty() ? QFileInfo(file.path).fileName()
                                          : tr("%1 not saved").arg(file.name));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace simfleet
