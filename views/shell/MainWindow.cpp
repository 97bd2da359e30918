#include "views/shell/MainWindow.h"

#include "api/Session.h"
#include "resources/ResourceIcons.h"
#include "views/common/BackgroundProgressWidget.h"
#include "views/common/InlineBanner.h"
#include "views/common/PlainLabels.h"
#include "views/shell/AccountMenu.h"
#include "views/shell/GlossaryDialog.h"
#include "views/shell/KeyboardShortcutsDialog.h"
#include "views/shell/SessionStatusWidget.h"
#include "views/shell/UiLanguage.h"
#include "views/shell/WorkspacePage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace simfleet {

MainWindow::MainWindow(Session* session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_banners(new BannerArea(this))
    , m_notice(new InlineBanner(this))
    , m_info(new InlineBanner(this))
    , m_sessionStatus(new SessionStatusWidget(session, this))
    , m_progress(new BackgroundProgressWidget(this))
    , m_languageLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(ResourceIcons::icon(QStringLiteral("app")));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(1);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_navigation->setBackgroundRole(QPalette::Window);
    m_navigation->setAutoFillBackground(true);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);

    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setClosable(true);
    m_info->setObjectName(QStringLiteral("info"));
    m_info->setClosable(true);
    // Notices and news in a bounded area: they never squeeze the page below.
    m_banners->addBanner(m_notice);
    m_banners->addBanner(m_info);
    m_banners->setBannerMargins(QMargins(8, 8, 8, 0));

    auto* pageColumn = new QVBoxLayout;
    pageColumn->setContentsMargins(0, 0, 0, 0);
    pageColumn->setSpacing(0);
    pageColumn->addWidget(m_banners);
    pageColumn->addWidget(m_pages, 1);

    auto* divider = new QFrame(this);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(divider);
    layout->addLayout(pageColumn, 1);
    setCentralWidget(central);

    m_languageLabel->setObjectName(QStringLiteral("languageLabel"));
    statusBar()->addWidget(m_sessionStatus);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_languageLabel);
    connect(m_progress, &BackgroundProgressWidget::cancelRequested, this, [this] {
        if (m_progressPage)
            m_progressPage->cancelBackgroundWork();
    });

    createMenus();
    retranslateUi();
    resize(defaultSize());
    PlainLabels::apply(this);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus() {
    m_accountMenu = new AccountMenu(this);
    menuBar()->addMenu(m_accountMenu);
    connect(m_accountMenu, &AccountMenu::signOutRequested, this, &MainWindow::signOutRequested);
    connect(m_accountMenu, &AccountMenu::quitRequested, this, [this] {
        if (!m_quitGuard || m_quitGuard())
            emit quitRequested();
    });

    m_viewMenu = menuBar()->addMenu(QString());
    m_refresh = m_viewMenu->addAction(ResourceIcons::icon(QStringLiteral("refresh")), QString(),
                                      this, [this] {
                                          if (WorkspacePage* page = currentPage())
                                              page->refresh();
                                      });
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_viewMenu->addSeparator();
    m_preferences = m_viewMenu->addAction(QString(), this, &MainWindow::preferencesRequested);
    m_preferences->setObjectName(QStringLiteral("preferencesAction"));
    // Most Linux desktops define no standard Preferences key: Ctrl+, as well.
    QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    const QKeySequence ctrlComma(Qt::CTRL | Qt::Key_Comma);
    if (!preferencesKeys.contains(ctrlComma))
        preferencesKeys.append(ctrlComma);
    m_preferences->setShortcuts(preferencesKeys);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languages = new QActionGroup(this);
    m_languages->setExclusive(true);
    for (const QString& code : UiLanguage::codes()) {
        QAction* action = m_languageMenu->addAction(UiLanguage::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { emit languageRequested(code); });
    }

    m_operationsMenu = menuBar()->addMenu(QString());
    m_operationsMenu->setObjectName(QStringLiteral("operationsMenu"));
    m_showOperations =
        new QAction(ResourceIcons::icon(QStringLiteral("operations")), QString(), this);
    m_showOperations->setObjectName(QStringLiteral("showOperationsAction"));
    m_showOperations->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(m_showOperations, &QAction::triggered, this, &MainWindow::operationsPageRequested);
    m_operationsMenu->addAction(m_showOperations);

    // Disabled operations say why in their tooltips.
    m_operationsMenu->setToolTipsVisible(true);

    // Between View and Operations: the commands of the page shown.
    m_pageMenu = new QMenu(this);
    m_pageMenu->setObjectName(QStringLiteral("pageMenu"));
    m_pageMenu->setToolTipsVisible(true);
    menuBar()->insertMenu(m_operationsMenu->menuAction(), m_pageMenu);
    connect(m_pageMenu, &QMenu::aboutToShow, this, &MainWindow::updatePageMenu);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updatePageMenu);

    m_helpMenu = menuBar()->addMenu(QString());
    m_keyboardShortcuts =
        m_helpMenu->addAction(QString(), this, &MainWindow::showKeyboardShortcuts);
    m_keyboardShortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    m_glossary = m_helpMenu->addAction(QString(), this, &MainWindow::showGlossary);
    m_glossary->setObjectName(QStringLiteral("glossaryAction"));
    m_helpMenu->addSeparator();
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_about->setMenuRole(QAction::AboutRole);

    m_nextPane = new QShortcut(QKeySequence(Qt::Key_F6), this);
    connect(m_nextPane, &QShortcut::activated, this, [this] { focusNextPane(true); });
    m_previousPane = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6), this);
    connect(m_previousPane, &QShortcut::activated, this, [this] { focusNextPane(false); });
}

void MainWindow::showKeyboardShortcuts() {
    auto* dialog = new KeyboardShortcutsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showGlossary() {
    auto* dialog = findChild<GlossaryDialog*>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new GlossaryDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::addPage(WorkspacePage* page) {
    const int index = m_pages->addWidget(page);
    auto* item = new QListWidgetItem(m_navigation);
    item->setSizeHint(QSize(0, fontMetrics().height() + 16));
    if (index < 9) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
        connect(shortcut, &QShortcut::activated, this, [this, index] { showPage(index); });
        m_pageShortcuts.append(shortcut);
    }
    connect(page, &WorkspacePage::navigationTitleChanged, this, &MainWindow::updateNavigationTexts);
    connect(
        page, &WorkspacePage::pageRequested, this,
        [this](const QString& pageId, const QVariantMap& request) { openPage(pageId, request); });
    connect(page, &WorkspacePage::backgroundProgress, this,
            [this, page](const QString& what, qint64 done, qint64 total) {
                onPageProgress(page, what, done, total);
            });
    connect(page, &WorkspacePage::backgroundFinished, this, [this, page] {
        if (m_progressPage == page) {
            m_progressPage = nullptr;
            m_progress->finish();
        }
    });
    updateNavigationTexts();
    updateOperationsMenu();
    if (m_navigation->currentRow() < 0)
        showPage(index);
}

void MainWindow::removePages() {
    if (m_progressPage) {
        m_progressPage = nullptr;
        m_progress->finish();
    }
    qDeleteAll(m_pageShortcuts);
    m_pageShortcuts.clear();
    m_navigation->clear();
    while (m_pages->count() > 0) {
        QWidget* page = m_pages->widget(m_pages->count() - 1);
        m_pages->removeWidget(page);
        delete page;
    }
    updateOperationsMenu();
}

bool MainWindow::openPage(const QString& pageId, const QVariantMap& request) {
    for (int i = 0; i < pageCount(); ++i) {
        WorkspacePage* target = page(i);
        if (!pageId.isEmpty() && target->pageId() == pageId) {
            showPage(i);
            target->openRequest(request);
            return true;
        }
    }
    return false;
}

void MainWindow::updatePageMenu() {
    const WorkspacePage* shown = currentPage();
    const QList<QAction*> actions = shown ? shown->pageActions() : QList<QAction*>{};
    m_pageMenu->clear();
    m_pageMenu->addActions(actions);
    m_pageMenu->setTitle(shown ? shown->navigationTitle() : QString());
    m_pageMenu->menuAction()->setVisible(!actions.isEmpty());
}

void MainWindow::updateOperationsMenu() {
    m_operationsMenu->clear();
    for (int i = 0; i < pageCount(); ++i) {
        const QList<QAction*> actions = page(i)->operationActions();
        if (actions.isEmpty())
            continue;
        m_operationsMenu->addActions(actions);
        m_operationsMenu->addSeparator();
    }
    m_operationsMenu->addAction(m_showOperations);
}

void MainWindow::addStatusWidget(QWidget* widget) {
    statusBar()->removeWidget(m_languageLabel);
    statusBar()->addPermanentWidget(widget);
    statusBar()->addPermanentWidget(m_languageLabel);
    m_languageLabel->show();
}

int MainWindow::pageCount() const {
    return m_pages->count();
}

WorkspacePage* MainWindow::page(int index) const {
    return qobject_cast<WorkspacePage*>(m_pages->widget(index));
}

WorkspacePage* MainWindow::currentPage() const {
    return qobject_cast<WorkspacePage*>(m_pages->currentWidget());
}

void MainWindow::showPage(int index) {
    if (index >= 0 && index < m_pages->count())
        m_navigation->setCurrentRow(index);
}

void MainWindow::onPageProgress(WorkspacePage* page, const QString& what, qint64 done,
                                qint64 total) {
    m_progressPage = page;
    m_progress->setProgress(what, done, total);
}

void MainWindow::setCurrentLanguage(const QString& code) {
    m_language = code;
    for (QAction* action : m_languages->actions())
        action->setChecked(action->data().toString() == code);
    m_languageLabel->setText(UiLanguage::nativeName(code));
}

void MainWindow::showNotice(const QString& text) {
    m_notice->showMessage(InlineBanner::Kind::Warning, QString(), text);
}

void MainWindow::showNotice(std::function<QString()> text) {
    m_notice->showMessage(InlineBanner::Kind::Warning, InlineBanner::Text(), std::move(text));
}

void MainWindow::addBanner(InlineBanner* banner) {
    m_banners->addBanner(banner);
}

void MainWindow::showInfo(const QString& text) {
    m_info->showMessage(InlineBanner::Kind::Info, QString(), text);
}

void MainWindow::showInfo(std::function<QString()> text) {
    m_info->showMessage(InlineBanner::Kind::Info, InlineBanner::Text(), std::move(text));
}

QSize MainWindow::defaultSize() const {
    // 90% of the screen's free area, no larger than needed: 1366×768 laptops
    // get nearly the whole screen, large monitors a comfortable window.
    const QScreen* where = screen();
    const QRect available = where ? where->availableGeometry() : QRect(0, 0, 1366, 768);
    return {qMin(1440, available.width() * 9 / 10), qMin(900, available.height() * 9 / 10)};
}

void MainWindow::sessionStarted() {
    m_sessionStatus->updateFromSession();
    updateWindowTitle();
    for (int i = 0; i < m_pages->count(); ++i)
        page(i)->sessionStarted();
}

void MainWindow::sessionEnded() {
    for (int i = 0; i < m_pages->count(); ++i)
        page(i)->sessionEnded();
    m_notice->hide();
    m_info->hide();
    m_sessionStatus->updateFromSession();
    updateWindowTitle();
}

void MainWindow::updateNavigationTexts() {
    int widest = 0;
    for (int i = 0; i < m_pages->count(); ++i) {
        WorkspacePage* p = page(i);
        QListWidgetItem* item = m_navigation->item(i);
        item->setText(p->navigationTitle());
        item->setIcon(p->navigationIcon());
        item->setToolTip(i < 9 ? tr("%1 (Ctrl+%2)").arg(p->navigationTitle()).arg(i + 1)
                               : p->navigationTitle());
        // What Help → Keyboard shortcuts lists for it.
        if (i < m_pageShortcuts.size())
            m_pageShortcuts.at(i)->setWhatsThis(tr("Go to the %1 page").arg(p->navigationTitle()));
        widest = qMax(widest, fontMetrics().horizontalAdvance(p->navigationTitle()));
    }
    updatePageMenu();
    const int iconAndPadding = m_navigation->iconSize().width() + 36;
    m_navigation->setFixedWidth(qMax(150, widest + iconAndPadding));
}

void MainWindow::updateWindowTitle() {
    const QString app = QCoreApplication::applicationName().isEmpty()
                            ? QStringLiteral("SimFleet")
                            : QCoreApplication::applicationName();
    if (m_session->isSignedIn() && !m_session->company().name.isEmpty())
        setWindowTitle(tr("%1 — %2", "window title: company — application")
                           .arg(m_session->company().name, app));
    else
        setWindowTitle(app);
}

void MainWindow::retranslateUi() {
    m_navigation->setAccessibleName(tr("Pages"));
    m_viewMenu->setTitle(tr("&View"));
    m_refresh->setText(tr("&Refresh"));
    m_preferences->setText(tr("&Preferences…"));
    m_languageMenu->setTitle(tr("&Language"));
    m_operationsMenu->setTitle(tr("&Operations"));
    m_showOperations->setText(tr("Show &jobs"));
    m_showOperations->setToolTip(tr("Open the Operations page: bulk jobs and the audit trail"));
    m_helpMenu->setTitle(tr("&Help"));
    m_keyboardShortcuts->setText(tr("&Keyboard shortcuts"));
    m_keyboardShortcuts->setStatusTip(tr("List every key SimFleet understands"));
    m_glossary->setText(tr("&Glossary"));
    m_glossary->setStatusTip(
        tr("What MSU, the TD and TC profiles, block codes and the job queue mean"));
    m_about->setText(tr("&About SimFleet"));
    m_nextPane->setWhatsThis(tr("Go to the next pane"));
    m_previousPane->setWhatsThis(tr("Go to the previous pane"));
    m_languageLabel->setToolTip(tr("Interface language; change it in View → Language"));
    updateNavigationTexts();
    updateWindowTitle();
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About SimFleet"),
        tr("<h3>SimFleet %1</h3><p>A desktop workspace for fleets of IoT SIM cards on the "
           "NovaConnect API.</p><p>Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::changeEvent(QEvent* event) {
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        emit languageChanged();
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_quitGuard && !m_quitGuard()) {
        event->ignore();
        return;
    }
    emit closing();
    QMainWindow::closeEvent(event);
}

} // namespace simfleet
