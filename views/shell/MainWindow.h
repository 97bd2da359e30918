#pragma once

#include <QMainWindow>

#include <functional>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QShortcut;
class QStackedWidget;

namespace simfleet {

class AccountMenu;
class BackgroundProgressWidget;
class BannerArea;
class InlineBanner;
class Session;
class SessionStatusWidget;
class WorkspacePage;

// The workspace: menu bar, a navigation list of pages (Ctrl+1…), the pages,
// and a status bar with who is signed in, background progress and the UI
// language. It only presents; signing in/out, quitting and switching the
// language are requested through signals and done by the application.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Session* session, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Adds a page to the navigation and the page stack; it gets Ctrl+<position>
    // and its operationActions() join the Operations menu.
    void addPage(WorkspacePage* page);
    // Removes and deletes every page (the account they showed was closed).
    void removePages();
    int pageCount() const;
    WorkspacePage* page(int index) const;
    WorkspacePage* currentPage() const;
    void showPage(int index);
    // Shows the page with this pageId() and hands it `request`; false when no
    // such page is registered.
    bool openPage(const QString& pageId, const QVariantMap& request = {});

    // Checks the language in View → Language and shows it in the status bar.
    void setCurrentLanguage(const QString& code);
    QString currentLanguage() const { return m_language; }
    // A non-modal message across the top of the window, until closed; a new
    // notice replaces the one shown. The function form is asked again for its
    // text when the language changes (a QString keeps its words).
    void showNotice(const QString& text);
    void showNotice(std::function<QString()> text);
    // News that needs no action ("Job started"), in a banner of its own under
    // the notice: a new one replaces the old, and it never hides a notice.
    void showInfo(const QString& text);
    void showInfo(std::function<QString()> text);
    // A banner of the caller's above the pages, under the notices (the
    // window takes it over; it shows and hides itself).
    void addBanner(InlineBanner* banner);
    InlineBanner* noticeBanner() const { return m_notice; }
    InlineBanner* infoBanner() const { return m_info; }
    // The size of a first start: most of the screen's available area.
    QSize defaultSize() const;
    SessionStatusWidget* sessionStatus() const { return m_sessionStatus; }
    // Saved accounts, switching, sign-out and quit.
    AccountMenu* accountMenu() const { return m_accountMenu; }

    // The Operations menu: each page's operation actions, then "Show
    // operations" (operationsPageRequested()).
    QMenu* operationsMenu() const { return m_operationsMenu; }
    QMenu* pageMenu() const { return m_pageMenu; }
    QAction* showOperationsAction() const { return m_showOperations; }
    // Asked before the window closes or the application quits; false keeps
    // it open (e.g. the user chose not to interrupt jobs being sent).
    void setQuitGuard(std::function<bool()> guard) { m_quitGuard = std::move(guard); }
    // A widget at the right of the status bar, before the language.
    void addStatusWidget(QWidget* widget);

    // F6 / Shift+F6: the focus moves to the next / previous pane (the
    // navigation, then the current page's focusPanes()).
    void focusNextPane(bool forward = true);
    QList<QWidget*> focusPanes() const;
    QAction* keyboardShortcutsAction() const { return m_keyboardShortcuts; }
    QAction* glossaryAction() const { return m_glossary; }
    void showKeyboardShortcuts();
    void showGlossary();

    // The session started or ended: updates the status bar and tells every page.
    void sessionStarted();
    void sessionEnded();

signals:
    void signOutRequested();
    void quitRequested();
    void languageRequested(const QString& code);
    void preferencesRequested();
    void operationsPageRequested();
    void closing();
    // The interface language changed and the window has been retranslated:
    // texts kept elsewhere (reasons, hints) need rendering again.
    void languageChanged();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void onPageProgress(WorkspacePage* page, const QString& what, qint64 done, qint64 total);
    void updateNavigationTexts();
    void updateOperationsMenu();
    void updatePageMenu();
    void updateWindowTitle();
    void retranslateUi();
    void showAbout();

    Session* m_session;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    BannerArea* m_banners;
    InlineBanner* m_notice;
    InlineBanner* m_info;
    SessionStatusWidget* m_sessionStatus;
    BackgroundProgressWidget* m_progress;
    QLabel* m_languageLabel;
    WorkspacePage* m_progressPage = nullptr;
    QString m_language;
    std::function<bool()> m_quitGuard;

    AccountMenu* m_accountMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_operationsMenu = nullptr;
    QMenu* m_pageMenu = nullptr; // the shown page's pageActions()
    QMenu* m_helpMenu = nullptr;
    QAction* m_showOperations = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_preferences = nullptr;
    QAction* m_about = nullptr;
    QAction* m_keyboardShortcuts = nullptr;
    QAction* m_glossary = nullptr;
    QActionGroup* m_languages = nullptr;
    QShortcut* m_nextPane = nullptr;
    QShortcut* m_previousPane = nullptr;
    QList<QShortcut*> m_pageShortcuts;
};

} // namespace simfleet
