// A read-only session walked end to end: every page shown and refreshed, every
// enabled action of the window and every enabled button of every page
// pressed, every dialog that opens accepted or closed — and the emulator
// receives not one request that could change something.

#include "app/demo/DemoBackend.h"
#include "app/gui/AppController.h"
#include "tests/support/DemoAppRig.h"
#include "tests/support/EmulatorJournal.h"
#include "views/shell/MainWindow.h"
#include "views/shell/WorkspacePage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMenu>
#include <QPointer>
#include <QSet>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace simfleet;

namespace {

// What would end the walk rather than show something: signing out, quitting,
// switching or forgetting accounts, and the language (it restarts the pages).
bool endsTheWalk(const QObject* control) {
    static const QStringList kWords = {QStringLiteral("sign"),     QStringLiteral("quit"),
                                       QStringLiteral("exit"),     QStringLiteral("account"),
                                       QStringLiteral("language"), QStringLiteral("forget"),
                                       QStringLiteral("logout"),   QStringLiteral("close")};
    const QString name = control->objectName().toLower();
    for (const QString& word : kWords) {
        if (name.contains(word))
            return true;
    }
    return false;
}

} // namespace

class TestReadOnlyWalk final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { DemoAppRig::prepareTestCase(); }

    void readOnlyUser_everyPageActionAndDialog_sendsNoWrite() {
        QStringList writes;
        walk(QStringLiteral("user"), &writes);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(writes.isEmpty(), qPrintable(writes.join(QStringLiteral(", "))));
    }

private:
    // Walks the demo as `role`; *writes: the methods of the requests that may change something.
    void walk(const QString& role, QStringList* writes) {
        DemoAppRig rig;
        QVERIFY(rig.isValid());
        AppController controller(rig.settings());
        QVERIFY(DemoAppRig::start(&controller, role, 60));
        QVERIFY(DemoAppRig::waitForFleet(&controller, 60));
        MainWindow* window = controller.mainWindow();

        // Whatever opens is closed again: menus and modal dialogs (their own
        // event loop) by a timer, other windows after each press.
        // Each dialog is accepted once (what it would send, if anything, is
        // sent then) and rejected when it stays open (its input not enough).
        int dialogsClosed = 0;
        QSet<const QDialog*> accepted;
        QTimer closer;
        closer.setInterval(40);
        // Posted, not called here: an answer may open a question of its own
        // (a save dialog's "replace the file?") whose event loop would block
        // this timer's slot, and with it the timer that is to close it.
        connect(&closer, &QTimer::timeout, this, [&dialogsClosed, &accepted] {
            if (QWidget* popup = QApplication::activePopupWidget()) { // a button's menu
                QTimer::singleShot(0, popup, [popup] { popup->close(); });
            } else if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                if (!accepted.contains(dialog)) {
                    accepted.insert(dialog);
                    QTimer::singleShot(0, dialog, [dialog] { dialog->accept(); });
                } else {
                    QTimer::singleShot(0, dialog, [dialog] { dialog->reject(); });
                }
                ++dialogsClosed;
            } else if (QWidget* modal = QApplication::activeModalWidget()) {
                QTimer::singleShot(0, modal, [modal] { modal->close(); });
                ++dialogsClosed;
            }
        });
        closer.start();
        const auto closeOtherWindows = [window, &dialogsClosed] {
            for (QWidget* top : QApplication::topLevelWidgets()) {
                if (top != window && top->isVisible() && !qobject_cast<QMenu*>(top)) {
                    top->close();
                    ++dialogsClosed;
                }
            }
        };

        int pressed = 0;
        QSet<const QObject*> done;
        const auto press = [&](QObject* control, const std::function<void()>& trigger) {
            if (done.contains(control) || endsTheWalk(control))
                return;
            done.insert(control);
            QPointer<QObject> alive(control);
            trigger();
            ++pressed;
            QTest::qWait(30);
            closeOtherWindows();
            Q_UNUSED(alive);
        };

        for (int round = 0; round < 2; ++round) { // twice: some controls appear after a press
            for (int i = 0; i < window->pageCount(); ++i) {
                window->showPage(i);
                WorkspacePage* page = window->page(i);
                page->refresh();
                QTest::qWait(100);
                for (QAbstractButton* button : page->findChildren<QAbstractButton*>()) {
                    if (button->isVisible() && button->isEnabled())
                        press(button, [button] { button->click(); });
                }
                for (QAction* action : page->findChildren<QAction*>()) {
                    if (action->isVisible() && action->isEnabled() && !action->menu() &&
                        !action->isSeparator())
                        press(action, [action] { action->trigger(); });
                }
            }
            for (QAction* action : window->findChildren<QAction*>()) {
                if (action->isEnabled() && !action->menu() && !action->isSeparator())
                    press(action, [action] { action->trigger(); });
            }
        }
        QTest::qWait(500);
        closer.stop();
        qInfo("pressed %d controls, closed %d dialogs and windows, %d requests sent", pressed,
              dialogsClosed, int(controller.demoBackend()->journal().size()));
        QVERIFY(pressed > 50);
        for (const auto& entry : controller.demoBackend()->journal()) {
            if (!EmulatorJournal::isRead(entry.method))
                writes->append(entry.method);
        }
    }
};

QTEST_MAIN(TestReadOnlyWalk)
#include "tst_read_only_walk.moc"
