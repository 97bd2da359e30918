#include "views/notifications/NotificationsPage.h"

#include "models/notifications/NotificationsModel.h"
#include "models/workspace/AccountWorkspace.h"
#include "resources/ResourceIcons.h"
#include "views/bills/BillsPage.h"
#include "views/common/EmptyState.h"
#include "views/common/ListTables.h"
#include "views/sims/SimsPage.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace simfleet {

namespace {

const QString kNotice = QStringLiteral("notice");

} // namespace

NotificationsPage::NotificationsPage(AccountWorkspace* workspace, QWidget* parent)
    : WorkspacePage(parent)
    , m_workspace(workspace)
    , m_model(workspace->notifications())
    , m_count(new QLabel(this))
    , m_states(new QStackedWidget(this))
    , m_empty(new EmptyState(m_states))
    , m_openFile(new QAction(this))
    , m_showInFolder(new QAction(this))
    , m_showSims(new QAction(this))
    , m_openBill(new QAction(this))
    , m_markAllRead(new QAction(this))
    , m_clear(new QAction(this)) {
    setObjectName(QStringLiteral("notificationsPage"));
    m_count->setObjectName(QStringLiteral("notificationsCount"));
    m_openFile->setObjectName(QStringLiteral("openNotificationFileAction"));
    m_showInFolder->setObjectName(QStringLiteral("showNotificationFileAction"));
    m_showSims->setObjectName(QStringLiteral("showNotificationSimsAction"));
    m_openBill->setObjectName(QStringLiteral("openNotificationBillAction"));
    m_markAllRead->setObjectName(QStringLiteral("markAllReadAction"));
    m_clear->setObjectName(QStringLiteral("clearNotificationsAction"));

    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(6);
    toolbar->addWidget(m_count);
    toolbar->addStretch(1);
    for (QAction* action :
         {m_openFile, m_showInFolder, m_showSims, m_openBill, m_markAllRead, m_clear})
        toolbar->addWidget(ListTables::actionButton(this, action));

    m_table = ListTables::make(m_states, QStringLiteral("notificationsTable"));
    m_table->setModel(m_model);
    // Newest first, as the model keeps them.
    m_table->setSortingEnabled(false);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(NotificationsModel::Summary,
                                                      QHeaderView::Stretch);
    m_empty->setObjectName(QStringLiteral("notificationsEmptyState"));
    m_empty->actionButton()->hide();
    m_states->addWidget(m_table);
    m_states->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(toolbar);
    layout->addWidget(m_states, 1);

    connect(m_openFile, &QAction::triggered, this, &NotificationsPage::openFile);
    connect(m_showInFolder, &QAction::triggered, this, &NotificationsPage::showInFolder);
    connect(m_showSims, &QAction::triggered, this, &NotificationsPage::showSims);
    connect(m_openBill, &QAction::triggered, this, &NotificationsPage::openBill);
    connect(m_markAllRead, &QAction::triggered, m_model, &NotificationsModel::markAllRead);
    connect(m_clear, &QAction::triggered, this, &NotificationsPage::confirmClear);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                // Seen once selected.
                if (current.isValid())
                    m_model->markRead(m_model->rowAt(current.row()).id);
                updateActions();
            });
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_openFile->isEnabled())
            openFile();
        else if (m_showSims->isEnabled())
            showSims();
        else if (m_openBill->isEnabled())
            openBill();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &NotificationsPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotificationsPage::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &NotificationsPage::updateState);
    connect(m_model, &NotificationsModel::unreadCountChanged, this,
            &NotificationsPage::navigationTitleChanged);
    retranslateUi();
}

NotificationsPage::~NotificationsPage() = default;

QString NotificationsPage::navigationTitle() const {
    // Unread ones show in the navigation, whichever page is open.
    const int unread = m_model->unreadCount();
    return unread == 0 ? tr("Notifications", "navigation")
                       : tr("Notifications (%1)", "navigation, unread count")
                             .arg(QLocale().toString(unread));
}

QIcon NotificationsPage::navigationIcon() const {
    return ResourceIcons::icon(QStringLiteral("notifications"));
}

QVariantMap NotificationsPage::saveState() const {
    return {{QStringLiteral("header"), m_table->horizontalHeader()->saveState()}};
}

void NotificationsPage::restoreState(const QVariantMap& state) {
    const QByteArray header = state.value(QStringLiteral("header")).toByteArray();
    if (header.isEmpty() || !m_table->horizontalHeader()->restoreState(header)) {
        ListTables::fitColumn(m_table, NotificationsModel::Received, 130,
                              ListTables::sampleDateTime());
        ListTables::fitColumn(m_table, NotificationsModel::Kind, 200,
                              NotificationsModel::longestKindText() + QStringLiteral("MM"));
        ListTables::fitColumn(m_table, NotificationsModel::Files, 220);
    }
}

QVariantMap NotificationsPage::noticeRequest(qint64 noticeId) {
    return {{kNotice, noticeId}};
}

void NotificationsPage::openRequest(const QVariantMap& request) {
    if (request.contains(kNotice))
        selectNotice(request.value(kNotice).toLongLong());
}

qint64 NotificationsPage::currentNoticeId() const {
    const Notice* notice = currentNotice();
    return notice ? notice->id : 0;
}

const Notice* NotificationsPage::currentNotice() const {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return nullptr;
    return &m_model->rowAt(current.row());
}

bool NotificationsPage::selectNotice(qint64 id) {
    const int row = m_model->rowOfKey(id);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

bool NotificationsPage::openFile() {
    const Notice* notice = currentNotice();
    const QStringList paths = notice ? notice->savedPaths() : QStringList();
    if (paths.isEmpty())
        return false;
    return QDesktopServices::openUrl(QUrl::fromLocalFile(paths.constFirst()));
}

bool NotificationsPage::showInFolder() {
    const Notice* notice = currentNotice();
    const QStringList paths = notice ? notice->savedPaths() : QStringList();
    if (paths.isEmpty())
        return false;
    return QDesktopServices::openUrl(
        QUrl::fromLocalFile(QFileInfo(paths.constFirst()).absolutePath()));
}

void NotificationsPage::showSims() {
    const Notice* notice = currentNotice();
    if (!notice || notice->sims.isEmpty())
        return;
    QVector<qint64> ids;
    ids.reserve(notice->sims.size());
    for (const Notice::SimRef& sim : notice->sims)
        ids.append(sim.id);
    emit pageRequested(SimsPage::staticPageId(), SimsPage::selectionRequest(ids));
}

void NotificationsPage::openBill() {
    const Notice* notice = currentNotice();
    if (!notice || notice->bills.isEmpty())
        return;
    emit pageRequested(BillsPage::staticPageId(),
                       BillsPage::billRequest(notice->bills.constFirst().id));
}

QMessageBox* NotificationsPage::confirmClear() {
    if (m_model->isEmpty())
        return nullptr;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Clear notifications"),
                                tr("Remove every notification from the list? Files they saved "
                                   "stay in their folder."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("clearNotificationsQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton* clear = box->addButton(tr("Clear"), QMessageBox::DestructiveRole);
    clear->setObjectName(QStringLiteral("clearButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(clear, &QPushButton::clicked, m_model, &NotificationsModel::clear);
    box->open();
    return box;
}

void NotificationsPage::updateState() {
    m_states->setCurrentWidget(m_model->isEmpty() ? static_cast<QWidget*>(m_empty) : m_table);
    const int unread = m_model->unreadCount();
    QString count;
    if (!m_model->isEmpty()) {
        const QLocale locale;
        count = tr("Notifications: %1").arg(locale.toString(m_model->rowCount()));
        if (unread > 0)
            count += QStringLiteral(" · ") + tr("unread: %1").arg(locale.toString(unread));
    }
    m_count->setText(count);
    updateActions();
}

void NotificationsPage::updateActions() {
    const Notice* notice = currentNotice();
    const bool hasFile = notice && !notice->savedPaths().isEmpty();
    m_openFile->setEnabled(hasFile);
    m_showInFolder->setEnabled(hasFile);
    m_showSims->setEnabled(notice && !notice->sims.isEmpty());
    m_openBill->setEnabled(notice && !notice->bills.isEmpty());
    m_markAllRead->setEnabled(m_model->unreadCount() > 0);
    m_clear->setEnabled(!m_model->isEmpty());
}

void NotificationsPage::retranslateUi() {
    m_openFile->setText(tr("Open file"));
    m_openFile->setToolTip(tr("Open the file the selected notification carried"));
    m_showInFolder->setText(tr("Show in folder"));
    m_showInFolder->setToolTip(tr("Show the folder the file was saved in"));
    m_showSims->setText(tr("Show SIMs"));
    m_showSims->setToolTip(tr("Select the notification's SIMs on the SIMs page"));
    m_openBill->setText(tr("Open bill"));
    m_openBill->setToolTip(tr("Show the notification's bill on the Bills page"));
    m_markAllRead->setText(tr("Mark all read"));
    m_clear->setText(tr("Clear…"));
    m_clear->setToolTip(tr("Remove every notification from the list (saved files stay)"));
    m_empty->setTitle(tr("No account notifications"));
    m_empty->setText(
        tr("NovaConnect can tell SimFleet when SIMs are blocked or run out of data and when a "
           "bill is issued or unpaid. To receive these notifications, turn on the listener in "
           "Preferences → Operations and set the notification address shown there in the "
           "NovaConnect web cabinet. Files they carry are saved into the bills folder."));
    updateState();
    emit navigationTitleChanged();
}

} // namespace simfleet
