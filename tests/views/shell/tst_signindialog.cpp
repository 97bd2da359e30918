#include "api/ApiClient.h"
#include "views/shell/SignInDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace simfleet;

class TestSignInDialog final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void defaults_apiAddressAndHiddenToken();
    void invalidAddress_showsReasonAndDisablesSignIn_data();
    void invalidAddress_showsReasonAndDisablesSignIn();
    void showToggle_revealsToken();
    void submit_validInput_emitsRequest();
    void busy_locksInputs();
    void error_staysOpenWithMessage();
    void show_focusesFirstEmptyField();
};

void TestSignInDialog::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestSignInDialog::defaults_apiAddressAndHiddenToken() {
    SignInDialog dialog;
    QCOMPARE(dialog.apiUrl(), ApiClient::defaultBaseUrl());
    auto* token = dialog.findChild<QLineEdit*>(QStringLiteral("token"));
    QVERIFY(token);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QVERIFY(dialog.rememberToken());
    auto* signIn = dialog.findChild<QPushButton*>(QStringLiteral("signInButton"));
    QVERIFY(!signIn->isEnabled()); // no token yet
}

void TestSignInDialog::invalidAddress_showsReasonAndDisablesSignIn_data() {
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default https") << QStringLiteral("https://api.novaconnect.kz/api") << true;
    QTest::newRow("loopback http") << QStringLiteral("http://127.0.0.1:8080/api") << true;
    QTest::newRow("remote http") << QStringLiteral("http://api.novaconnect.kz/api") << false;
    QTest::newRow("not a url") << QStringLiteral("just words") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com/api") << false;
}

void TestSignInDialog::invalidAddress_showsReasonAndDisablesSignIn() {
    QFETCH(QString, address);
    QFETCH(bool, valid);
    SignInDialog dialog;
    dialog.show();
    dialog.setToken(QStringLiteral("abc"));
    auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("apiUrl"));
    url->clear();
    QTest::keyClicks(url, address);
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("apiUrlError"));
    auto* signIn = dialog.findChild<QPushButton*>(QStringLiteral("signInButton"));
    QCOMPARE(signIn->isEnabled(), valid);
    QCOMPARE(error->isVisible(), !valid);
    QString why;
    ApiClient::validateBaseUrl(QUrl(address, QUrl::StrictMode), &why);
    if (!valid)
        QCOMPARE(error->text(), why);
    QSignalSpy requested(&dialog, &SignInDialog::signInRequested);
    dialog.submit();
    QCOMPARE(requested.count(), valid ? 1 : 0);
}

void TestSignInDialog::showToggle_revealsToken() {
    SignInDialog dialog;
    auto* token = dialog.findChild<QLineEdit*>(QStringLiteral("token"));
    auto* show = dialog.findChild<QToolButton*>(QStringLiteral("showToken"));
    show->click();
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
    show->click();
    QCOMPARE(token->echoMode(), QLineEdit::Password);
}

void TestSignInDialog::submit_validInput_emitsRequest() {
    SignInDialog dialog;
    dialog.setApiUrl(QUrl(QStringLiteral("http://localhost:9000/api")));
    dialog.setToken(QStringLiteral("  secret  "));
    dialog.setRememberToken(false);
    QSignalSpy requested(&dialog, &SignInDialog::signInRequested);
    auto* signIn = dialog.findChild<QPushButton*>(QStringLiteral("signInButton"));
    QVERIFY(signIn->isEnabled());
    signIn->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toUrl(), QUrl(QStringLiteral("http://localhost:9000/api")));
    QCOMPARE(requested.first().at(1).toString(), QStringLiteral("secret"));
    QCOMPARE(requested.first().at(2).toBool(), false);
}

void TestSignInDialog::busy_locksInputs() {
    SignInDialog dialog;
    dialog.setToken(QStringLiteral("secret"));
    dialog.setBusy(true);
    QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("token"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("signInButton"))->isEnabled());
    QSignalSpy requested(&dialog, &SignInDialog::signInRequested);
    dialog.submit();
    QCOMPARE(requested.count(), 0);
    dialog.setBusy(false);
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("signInButton"))->isEnabled());
}

void TestSignInDialog::show_focusesFirstEmptyField() {
    // The address is filled in, the token is not: the cursor waits in the token field.
    {
        SignInDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.focusWidget(), dialog.findChild<QLineEdit*>(QStringLiteral("token")));
    }
    // No address: that field first.
    {
        SignInDialog dialog;
        dialog.setApiUrl(QUrl());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.focusWidget(), dialog.findChild<QLineEdit*>(QStringLiteral("apiUrl")));
    }
    // Both filled in (a remembered token): Sign in.
    {
        SignInDialog dialog;
        dialog.setRememberedToken(QStringLiteral("secret"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.focusWidget(),
                 dialog.findChild<QPushButton*>(QStringLiteral("signInButton")));
    }
}

void TestSignInDialog::error_staysOpenWithMessage() {
    SignInDialog dialog;
    dialog.show();
    ApiError error;
    error.kind = ApiError::Kind::Network;
    dialog.showError(error.title(), error.userMessage());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.messageText(), error.userMessage());
    dialog.clearMessage();
    QVERIFY(dialog.messageText().isEmpty());
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"

