#include "app/gui/OperationsController.h"

#include "api/QueueCallback.h"
#include "api/Session.h"
#include "app/core/AccountFiles.h"
#include "app/core/CallbackListener.h"
#include "app/core/Settings.h"
#include "models/fleet/FleetModel.h"
#include "models/jobs/BulkOperations.h"
#include "models/jobs/JobListModel.h"
#include "models/workspace/AccountWorkspace.h"
#include "views/operations/OperationsPage.h"
#include "views/shell/DesktopNotifier.h"
#include "views/shell/JobsIndicator.h"
#include "views/shell/MainWindow.h"

#include <QDir>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>

namespace simfleet {

Q_LOGGING_CATEGORY(lcOperations, "simfleet.app.operations")

namespace {

QString jobsDirectory() {
    return AccountFiles::jobsDirectory();
}

template <typename Page> Page* findPage(const MainWindow* window) {
    for (int i = 0; i < window->pageCount(); ++i) {
        if (auto* page = qobject_cast<Page*>(window->page(i)))
            return page;
    }
    return nullptr;
}

// Which of the shared notifier's messages are about jobs.
constexpr char kJobTopic[] = "job";

} // namespace

OperationsController::OperationsController(Session* session, MainWindow* window, Settings* settings,
                                           QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
    , m_settings(settings)
    , m_notifier(new DesktopNotifier(window, this)) {
    connect(window, &MainWindow::operationsPageRequested, this,
            &OperationsController::showOperationsPage);
    connect(m_notifier, &DesktopNotifier::activated, this, [this](const QString& topic) {
        if (topic != QLatin1String(kJobTopic))
            return;
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
        showOperationsPage();
        if (m_page && m_notifiedJob != 0)
            m_page->showJob(m_notifiedJob);
    });
    // The reasons operations are unavailable are texts: render them again.
    connect(window, &MainWindow::languageChanged, this, &OperationsController::updateWriteAccess);
    connect(m_session, &Session::signedIn, this, &OperationsController::updateWriteAccess);
    connect(m_session, &Session::signedOut, this, &OperationsController::updateWriteAccess);
    window->setQuitGuard([this] { return confirmQuit(); });
}

void OperationsController::attach(AccountWorkspace* workspace) {
    detach();
    m_operations = workspace->bulkOperations();
    m_page = findPage<OperationsPage>(m_window);
    Q_ASSERT(m_page);
    m_indicator = new JobsIndicator(m_operations, m_window);
    m_window->addStatusWidget(m_indicator);
    FleetModel* fleet = workspace->fleetModel();
    m_page->setSimLookup([fleet](qint64 id) -> std::optional<Sim> {
        const int row = fleet->rowOfId(id);
        if (row < 0)
            return std::nullopt;
        return fleet->simAt(row);
    });
    // Read-only because another program had the journal: it may have ended since.
    connect(m_page, &OperationsPage::journalRetryRequested, this, [this] {
        if (m_session->isSignedIn() && !m_accountKey.isEmpty())
            sessionStarted(m_accountKey);
    });
    connect(m_indicator, &JobsIndicator::clicked, this, &OperationsController::showOperationsPage);
    connect(m_operations, &BulkOperations::problem, m_window,
            qOverload<const QString&>(&MainWindow::showNotice));
    connect(m_operations, &BulkOperations::jobStarted, this, &OperationsController::onJobStarted);
    connect(m_operations, &BulkOperations::jobFinished, this, &OperationsController::onJobFinished);
    applySettings();
    updateWriteAccess();
}

void OperationsController::detach() {
    if (!m_operations)
        return;
    m_operations->disconnect(this);
    m_operations->disconnect(m_window);
    delete m_indicator;
    m_indicator = nullptr;
    m_operations = nullptr;
    m_page = nullptr;
    m_open = false;
    m_accountKey.clear();
}

OperationsController::~OperationsController() = default;

void OperationsController::setDemo(bool demo) {
    m_demo = demo;
    applySettings();
}

QString OperationsController::callbackUrl() const {
    if (!m_listener || m_listener->port() == 0)
        return {};
    if (m_demo)
        return m_listener->localUrl().toString();
    const QUrl base = m_settings->publicCallbackUrl();
    if (base.isEmpty())
        return {};
    return base.adjusted(QUrl::StripTrailingSlash).toString() + m_listener->path();
}

QUrl OperationsController::localNotificationUrl() const {
    return m_listener ? m_listener->localNotificationUrl() : QUrl();
}

void OperationsController::applySettings() {
    // The request size and the confirmation timeout are the workspace's.
    updateListener();
    if (!m_operations)
        return;
    BulkOperations::Options options = m_operations->options();
    options.callbackUrl = callbackUrl();
    m_operations->setOptions(options);
}

void OperationsController::updateListener() {
    const bool wanted = m_demo || m_settings->callbackListenerEnabled();
    const quint16 port = m_demo ? 0 : quint16(m_settings->callbackListenerPort());
    if (!wanted) {
        m_listener.reset();
        return;
    }
    const QString secret = m_settings->callbackSecret();
    if (m_listener && m_listener->port() != 0 && m_listener->secret() == secret &&
        (port == 0 || m_listener->port() == port))
        return;
    m_listener.reset();
    auto listener = std::make_unique<CallbackListener>();
    listener->setSecret(secret);
    if (listener->listen(port) == 0) {
        m_window->showNotice([port] {
            return port == 0
                       ? tr("SimFleet could not start listening for the provider's progress "
                            "reports. Job progress will come from re-reading the SIMs instead.")
                       : tr("SimFleet could not listen for the provider's progress reports on "
                            "port %1 (another program may be using it). Choose another port in "
                            "Preferences → Operations; until then job progress comes from "
                            "re-reading the SIMs.")
                             .arg(port);
        });
        return;
    }
    connect(listener.get(), &CallbackListener::callbackReceived, this,
            [this](const QueueCallback& callback) {
                if (m_operations)
                    m_operations->applyCallback(callback);
            });
    connect(listener.get(), &CallbackListener::notificationReceived, this,
            &OperationsController::accountNotificationReceived);
    qCInfo(lcOperations) << "listening for callbacks on port" << listener->port();
    m_listener = std::move(listener);
}

QString OperationsController::journalPath(const QString& accountKey) {
    return AccountFiles::journalPath(accountKey);
}

QString OperationsController::auditPath(const QString& accountKey) {
    return AccountFiles::auditPath(accountKey);
}

void OperationsController::sessionStarted(const QString& accountKey) {
    if (!m_operations)
        return;
    m_accountKey = accountKey;
    m_operations->closeAccount();
    m_open = false;
    QDir().mkpath(jobsDirectory());
    const User& user = m_session->user();
    const QString author = user.displayName();
    QString error;
    if (!m_operations->openAccount(journalPath(accountKey), auditPath(accountKey), author,
                                   &error)) {
        const QString directory = QDir::toNativeSeparators(jobsDirectory());
        m_window->showNotice([error, directory] {
            return tr("The journal of bulk operations could not be opened: %1 Operations are "
                      "disabled until it can be; check the disk space and permissions of %2.")
                .arg(error, directory);
        });
    } else {
        m_open = true;
        if (m_operations->isReadOnly())
            m_window->showNotice([this] { return m_operations->readOnlyReason(); });
    }
    m_page->updateJournalNotice();
    updateWriteAccess();
}

void OperationsController::sessionEnded() {
    if (!m_operations)
        return;
    m_operations->closeAccount();
    m_open = false;
    m_accountKey.clear();
    m_page->updateJournalNotice();
    updateWriteAccess();
}

void OperationsController::updateWriteAccess() {
    WriteAccess access = WriteAccess::granted();
    if (!m_session->isSignedIn())
        access = WriteAccess::denied(tr("Sign in to make changes."));
    else if (m_session->isReadOnly())
        access = WriteAccess::denied(
            tr("Your role (%1) can view this account but not change it. Ask a company "
               "administrator for changes.")
                .arg(m_session->roleDisplayName()));
    else if (!m_open)
        access = WriteAccess::withoutJobs(
            tr("Bulk operations are disabled: their journal could not be opened."));
    else if (m_operations && m_operations->isReadOnly())
        access = WriteAccess::withoutJobs(m_operations->readOnlyReason());
    for (int i = 0; i < m_window->pageCount(); ++i)
        m_window->page(i)->setWriteAccess(access);
}

void OperationsController::onJobStarted(qint64 jobId) {
    const std::optional<BulkJob> job = m_operations->job(jobId);
    if (!job)
        return;
    const int count = int(job->sims.size());
    const SimOperation op = job->op;
    m_window->showInfo([count, op] {
        return tr("%1: the job for %n SIM(s) was sent to the provider. Follow it on the "
                  "Operations page (Ctrl+J).",
                  "", count)
            .arg(SimOperations::displayName(op));
    });
}

void OperationsController::onJobFinished(qint64 jobId) {
    const std::optional<BulkJob> job = m_operations->job(jobId);
    if (!job)
        return;
    m_notifiedJob = jobId;
    m_notifier->notify(tr("Job finished: %1", "a bulk job; %1 is the operation")
                           .arg(SimOperations::displayName(job->op)),
                       BulkJobText::countsText(job->outcomeCounts()), QLatin1String(kJobTopic));
}

int OperationsController::jobsBeingSent() const {
    return m_operations ? m_operations->jobsBeingSent() : 0;
}

bool OperationsController::confirmQuit() {
    return confirmLeaving(tr("Quit anyway"));
}

bool OperationsController::confirmSignOut() {
    return confirmLeaving(tr("Sign out anyway"));
}

bool OperationsController::confirmSwitch() {
    return confirmLeaving(tr("Switch anyway"));
}

bool OperationsController::confirmLeaving(const QString& leaveText) {
    const int sending = jobsBeingSent();
    if (sending == 0)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Jobs are still being sent"),
                    tr("%n bulk job(s) are still being sent to NovaConnect.", "", sending),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("confirmLeaveWhileSending"));
    box.setInformativeText(
        tr("If you leave now, the parts not yet sent are not sent: when this account is opened "
           "again they are marked failed, and \"Retry failed\" on the Operations page sends "
           "them. The parts on their way right now may or may not reach NovaConnect: their "
           "outcome is unknown. For block, unblock, limits, tariffs and groups SimFleet checks "
           "the SIMs and offers again only those not changed in time; other operations are not "
           "sent again unless you choose \"Send again anyway\", and then may arrive twice."));
    QPushButton* leave = box.addButton(leaveText, QMessageBox::DestructiveRole);
    QPushButton* stay = box.addButton(tr("Keep sending"), QMessageBox::RejectRole);
    box.setDefaultButton(stay);
    box.exec();
    return box.clickedButton() == leave;
}

void OperationsController::showOperationsPage() {
    if (m_page)
        showPage(m_page);
}

void OperationsController::showPage(const QWidget* page) {
    for (int i = 0; i < m_window->pageCount(); ++i) {
        if (m_window->page(i) == page)
            m_window->showPage(i);
    }
}

} // namespace simfleet
