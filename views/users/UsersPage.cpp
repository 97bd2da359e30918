#include "views/users/UsersPage.h"

#include "api/ApiError.h"
#include "models/users/UsersModel.h"
#include "models/workspace/AccountWorkspace.h"
#include "resources/ResourceIcons.h"
#include "views/common/EmptyState.h"
#include "views/common/FilterField.h"
#include "views/common/InlineBanner.h"
#include "views/common/ListTables.h"
#include "views/common/PlainLabels.h"
#include "views/users/UserDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace simfleet {

UsersPage::UsersPage(AccountWorkspace* workspace, QWidget* parent)
    : WorkspacePage(parent)
    , m_model(workspace->users())
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_createAction(new QAction(this))
    , m_editAction(new QAction(this))
    , m_activeAction(new QAction(this))
    , m_removeAction(new QAction(this))
    , m_refreshAction(new QAction(this))
    , m_loadBanner(new InlineBanner(this))
    , m_banner(new InlineBanner(this))
    , m_states(new QStackedWidget(this))
    , m_empty(new EmptyState(m_states))
    , m_stateTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("usersPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(UsersModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    FilterField::setUp(m_filter, this, QStringLiteral("usersFilter"));
    m_count->setObjectName(QStringLiteral("usersCount"));

    m_createAction->setObjectName(QStringLiteral("createUserAction"));
    m_editAction->setObjectName(QStringLiteral("editUserAction"));
    m_activeAction->setObjectName(QStringLiteral("activeUserAction"));
    m_removeAction->setObjectName(QStringLiteral("removeUserAction"));
    m_refreshAction->setObjectName(QStringLiteral("refreshUsersAction"));
    m_refreshAction->setIcon(ResourceIcons::icon(QStringLiteral("refresh")));
    m_createButton = ListTables::actionButton(this, m_createAction);
    m_editButton = ListTables::actionButton(this, m_editAction);
    m_activeButton = ListTables::actionButton(this, m_activeAction);
    m_removeButton = ListTables::actionButton(this, m_removeAction);
    auto* refreshButton = new QToolButton(this);
    refreshButton->setDefaultAction(m_refreshAction);
    refreshButton->setAutoRaise(true);

    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(6);
    toolbar->addWidget(m_filter);
    toolbar->addWidget(m_count);
    toolbar->addStretch(1);
    toolbar->addWidget(m_createButton);
    toolbar->addWidget(m_editButton);
    toolbar->addWidget(m_activeButton);
    toolbar->addWidget(m_removeButton);
    toolbar->addWidget(refreshButton);

    m_loadBanner->setObjectName(QStringLiteral("usersLoadBanner"));
    m_loadBanner->setClosable(false);
    m_loadBanner->hide();
    m_banner->setObjectName(QStringLiteral("usersBanner"));
    m_banner->hide();

    m_table = ListTables::make(m_states, QStringLiteral("usersTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UsersModel::LastName, Qt::AscendingOrder);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_empty->setObjectName(QStringLiteral("usersEmptyState"));
    m_states->addWidget(m_table);
    m_states->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(toolbar);
    layout->addWidget(m_loadBanner);
    layout->addWidget(m_banner);
    layout->addWidget(m_states, 1);

    // Header changes are kept with the page's state; resizing settles first.
    m_stateTimer->setSingleShot(true);
    m_stateTimer->setInterval(500);
    connect(m_stateTimer, &QTimer::timeout, this, &UsersPage::stateChanged);
    QHeaderView* header = m_table->horizontalHeader();
    connect(header, &QHeaderView::sortIndicatorChanged, this, &UsersPage::stateChanged);
    connect(header, &QHeaderView::sectionMoved, this, &UsersPage::stateChanged);
    connect(header, &QHeaderView::sectionResized, m_stateTimer, qOverload<>(&QTimer::start));

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateState();
    });
    connect(m_createAction, &QAction::triggered, this, &UsersPage::openCreateDialog);
    connect(m_editAction, &QAction::triggered, this, &UsersPage::openEditDialog);
    connect(m_activeAction, &QAction::triggered, this, &UsersPage::toggleActiveSelected);
    connect(m_removeAction, &QAction::triggered, this, &UsersPage::confirmRemoveSelected);
    // Del in the list removes the selected user (after asking), as the button does.
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_removeAction);
    connect(m_refreshAction, &QAction::triggered, this, &UsersPage::refresh);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_editAction->isEnabled())
            openEditDialog();
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &UsersPage::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersPage::updateActions);
    connect(m_empty, &EmptyState::actionTriggered, this, &UsersPage::onEmptyAction);
    connect(m_loadBanner, &InlineBanner::actionTriggered, this, &UsersPage::refresh);

    connect(m_model, &UsersModel::loadingChanged, this, &UsersPage::updateState);
    connect(m_model, &UsersModel::loadFinished, this, &UsersPage::updateState);
    connect(m_model, &UsersModel::changeFinished, this, &UsersPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UsersPage::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &UsersPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &UsersPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &UsersPage::updateState);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &UsersPage::updateActions);

    retranslateUi();
    PlainLabels::apply(this);
}

UsersPage::~UsersPage() = default;

QString UsersPage::navigationTitle() const {
    return tr("Users", "navigation: the page of the company's users");
}

QIcon UsersPage::navigationIcon() const {
    return ResourceIcons::icon(QStringLiteral("users"));
}

QList<QWidget*> UsersPage::focusPanes() const {
    return {m_filter, m_states};
}

void UsersPage::retranslateUi() {
    FilterField::setPlaceholder(m_filter, tr("Filter by name, email, phone or role"));
    m_table->setAccessibleName(tr("Users"));
    // The whole hint fits (the search icon and the clear button beside it).
    FilterField::fitToPlaceholder(m_filter);
    m_filter->setToolTip(tr("Shows the users whose name, email, phone, role or state contains "
                            "the text"));
    m_createAction->setText(tr("New user…"));
    m_editAction->setText(tr("Edit…", "user"));
    m_removeAction->setText(tr("Remove…", "user"));
    // What Help → Keyboard shortcuts lists for Del.
    m_removeAction->setStatusTip(tr("Users page, in the list: remove the selected user"));
    m_refreshAction->setText(tr("Refresh"));
    m_refreshAction->setToolTip(tr("Read the users from NovaConnect again (F5)"));
    sizeColumns();
    // The model translates when asked: repaint the view and its header.
    m_table->viewport()->update();
    m_table->horizontalHeader()->viewport()->update();
    updateState();
    emit navigationTitleChanged();
}

void UsersPage::sizeColumns() {
    ListTables::fitColumn(m_table, UsersModel::FirstName, 120, QStringLiteral("Aleksandra"));
    ListTables::fitColumn(m_table, UsersModel::LastName, 140,
                          QStringLiteral("Konstantinopolskaya"));
    ListTables::fitColumn(m_table, UsersModel::Email, 200,
                          QStringLiteral("aigerim.nurlanova@acme-logistics.kz"));
    ListTables::fitColumn(m_table, UsersModel::Phone, 120, QStringLiteral("+491701234567"));
    ListTables::fitColumn(m_table, UsersModel::Role, 120,
                          UsersModel::roleName(QStringLiteral("admin")));
}

void UsersPage::sessionStarted() {
    m_signedIn = true;
    m_banner->hide();
    // The workspace reads the users at sign-in; a page made later reads them itself.
    if (!m_model->isLoaded() && !m_model->isLoading())
        m_model->reload();
    updateState();
}

void UsersPage::sessionEnded() {
    m_signedIn = false;
    // What was open belongs to the account that left (a password typed is wiped).
    for (UserDialog* dialog : findChildren<UserDialog*>())
        dialog->reject();
    for (QMessageBox* box : findChildren<QMessageBox*>(QStringLiteral("removeUserConfirmation")))
        box->reject();
    m_banner->hide();
    m_filter->clear();
    updateState();
}

void UsersPage::refresh() {
    if (!m_signedIn)
        return;
    m_model->reload();
    updateState();
}

void UsersPage::setWriteAccess(const WriteAccess& access) {
    WorkspacePage::setWriteAccess(access);
    updateState();
}

QVariantMap UsersPage::saveState() const {
    return {{QStringLiteral("header"), m_table->horizontalHeader()->saveState()}};
}

void UsersPage::restoreState(const QVariantMap& state) {
    const QByteArray header = state.value(QStringLiteral("header")).toByteArray();
    if (header.isEmpty() || !m_table->horizontalHeader()->restoreState(header)) {
        sizeColumns();
        m_table->sortByColumn(UsersModel::LastName, Qt::AscendingOrder);
    }
}

bool UsersPage::isTableShown() const {
    return m_states->currentWidget() == m_table;
}

qint64 UsersPage::selectedUserId() const {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(UsersModel::IdRole).toLongLong() : 0;
}

const User* UsersPage::selectedUser() const {
    return m_model->userById(selectedUserId());
}

bool UsersPage::selectUser(qint64 id) {
    return ListTables::selectSourceRow(m_table, m_model->rowOfKey(id));
}

QString UsersPage::writeBlockedReason() const {
    if (!writeAccess().allowed)
        return writeAccess().reason.isEmpty() ? tr("You may not change users.")
                                              : writeAccess().reason;
    if (!m_signedIn)
        return tr("Sign in to change users.");
    if (m_model->isOffline())
        return tr("Offline — changing users needs a connection to NovaConnect.");
    return QString();
}

void UsersPage::updateState() {
    const bool hasRows = m_model->rowCount() > 0;
    const ApiError& error = m_model->error();
    m_emptyAction = EmptyAction::None;
    QString title, text, action;
    if (!m_signedIn) {
        title = tr("Not signed in");
        text = tr("Sign in to see the company's users.");
    } else if (!hasRows && (m_model->isLoading() || !m_model->isLoaded()) && !error.isError()) {
        title = tr("Loading users…");
    } else if (!hasRows && error.kind == ApiError::Kind::Forbidden) {
        title = tr("Your role may not see the company's users");
        text = error.userMessage();
        action = tr("Try again");
        m_emptyAction = EmptyAction::Retry;
    } else if (!hasRows && error.isError()) {
        title = tr("The users could not be read");
        text = error.userMessage();
        action = tr("Retry");
        m_emptyAction = EmptyAction::Retry;
    } else if (!hasRows) {
        title = tr("No users");
        text = tr("NovaConnect lists no users for this company.");
        if (writeBlockedReason().isEmpty()) {
            action = tr("New user…");
            m_emptyAction = EmptyAction::Create;
        } else {
            action = tr("Refresh");
            m_emptyAction = EmptyAction::Retry;
        }
    } else if (m_proxy->rowCount() == 0) {
        title = tr("No users match \"%1\"").arg(m_filter->text().trimmed());
        action = tr("Clear filter");
        m_emptyAction = EmptyAction::ClearFilter;
    }
    if (title.isEmpty()) {
        m_states->setCurrentWidget(m_table);
    } else {
        m_empty->setTitle(title);
        m_empty->setText(text);
        m_empty->setActionText(action);
        m_empty->actionButton()->setVisible(!action.isEmpty());
        m_states->setCurrentWidget(m_empty);
    }

    // Rows shown from an earlier read: say what the last one found.
    if (m_signedIn && hasRows && m_model->isOffline()) {
        const QString asOf = QLocale().toString(m_model->loadedAt().time(), QLocale::ShortFormat);
        m_loadBanner->showMessage(
            InlineBanner::Kind::Warning, tr("Offline"),
            tr("NovaConnect cannot be reached; the list is as of %1. Changes need a connection.")
                .arg(asOf),
            tr("Retry"));
    } else if (m_signedIn && hasRows && error.isError() && !m_model->isLoading()) {
        m_loadBanner->showMessage(InlineBanner::Kind::Error, error.title(), error.userMessage(),
                                  tr("Retry"));
    } else {
        m_loadBanner->hide();
    }
    m_filter->setEnabled(m_signedIn);
    updateCount();
    updateActions();
}

void UsersPage::updateCount() {
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text;
    if (m_signedIn && total > 0) {
        text = shown == total ? tr("%n user(s)", "", total)
                              : tr("%1 of %n user(s)", "", total).arg(QLocale().toString(shown));
    }
    if (m_signedIn && m_model->isLoading() && total > 0)
        text = tr("Refreshing…");
    m_count->setText(text);
}

void UsersPage::showProblem(const QString& title, const QString& text) {
    m_banner->showMessage(InlineBanner::Kind::Error, title, text);
}

void UsersPage::showChangeError(const QString& title, const ApiError& error) {
    showProblem(title, error.userMessage());
}

void UsersPage::onEmptyAction() {
    switch (m_emptyAction) {
    case EmptyAction::Retry:
        refresh();
        break;
    case EmptyAction::ClearFilter:
        m_filter->clear();
        break;
    case EmptyAction::Create:
        openCreateDialog();
        break;
    case EmptyAction::None:
        break;
    }
}

} // namespace simfleet
