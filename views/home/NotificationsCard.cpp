#include "views/home/NotificationsCard.h"

#include "models/notifications/NotificationsModel.h"
#include "resources/ResourceIcons.h"
#include "views/common/ListTables.h"
#include "views/home/HomeCard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace simfleet {

namespace {

// The first rows of the model: it keeps the newest first.
class LatestRows final : public QSortFilterProxyModel {
public:
    LatestRows(int count, QObject* parent)
        : QSortFilterProxyModel(parent)
        , m_count(count) {}

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex&) const override {
        return sourceRow < m_count;
    }
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex&) const override {
        return sourceColumn != NotificationsModel::Files;
    }

private:
    int m_count;
};

} // namespace

NotificationsCard::NotificationsCard(NotificationsModel* notifications, QWidget* parent)
    : QWidget(parent)
    , m_notifications(notifications)
    , m_latest(new LatestRows(kShown, this))
    , m_card(new HomeCard(QStringLiteral("notificationsCard"), this)) {
    m_latest->setSourceModel(m_notifications);
    m_table = ListTables::make(m_card, QStringLiteral("latestNotificationsTable"));
    m_table->setModel(m_latest);
    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_card->setContent(m_table);

    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openNotifications"));
    m_open->setIcon(ResourceIcons::icon(QStringLiteral("notifications")));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_card, 1);
    layout->addLayout(buttons);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QModelIndex source = m_latest->mapToSource(index);
        if (source.isValid())
            emit noticeRequested(m_notifications->rowAt(source.row()).id);
    });
    connect(m_open, &QPushButton::clicked, this, &NotificationsCard::notificationsRequested);
    connect(m_latest, &QAbstractItemModel::rowsInserted, this, &NotificationsCard::showNotices);
    connect(m_latest, &QAbstractItemModel::rowsRemoved, this, &NotificationsCard::showNotices);
    connect(m_latest, &QAbstractItemModel::modelReset, this, &NotificationsCard::showNotices);
    // Rows shift under the filter as new ones arrive on top.
    connect(m_notifications, &QAbstractItemModel::rowsInserted, m_latest,
            &QSortFilterProxyModel::invalidate);
    connect(m_notifications, &QAbstractItemModel::rowsRemoved, m_latest,
            &QSortFilterProxyModel::invalidate);
    retranslateUi();
}

void NotificationsCard::showNotices() {
    if (m_latest->rowCount() > 0)
        m_card->showContent();
    else
        m_card->showMessage(
            tr("No account notifications yet. To receive them (SIMs blocked or out of data, "
               "new and unpaid bills), turn on the listener in Preferences → Operations and set "
               "the notification address shown there in the NovaConnect web cabinet."));
}

void NotificationsCard::retranslateUi() {
    m_card->setTitle(tr("Account notifications"));
    m_open->setText(tr("Open Notifications"));
    m_table->setToolTip(tr("Double-click a notification to see it on the Notifications page"));
    ListTables::fitColumn(m_table, NotificationsModel::Received, 120, ListTables::sampleDateTime());
    ListTables::fitColumn(m_table, NotificationsModel::Kind, 160,
                          NotificationsModel::longestKindText() + QStringLiteral("MM"));
    // Room for every row shown, so the card has no scroll bar of its own.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              kShown * m_table->verticalHeader()->defaultSectionSize() +
                              2 * m_table->frameWidth());
    showNotices();
}

} // namespace simfleet
