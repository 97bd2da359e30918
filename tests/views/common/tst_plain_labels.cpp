// Text from the server is shown as typed: markup in a SIM name, a comment, a
// group, a company or an error message is never drawn as rich text or a link.

#include "api/ApiClient.h"
#include "api/Session.h"
#include "models/workspace/AccountWorkspace.h"
#include "views/common/InlineBanner.h"
#include "views/shell/SessionStatusWidget.h"
#include "views/shell/SignInDialog.h"
#include "views/sims/SimDetailsPane.h"
#include "views/sims/SimsPage.h"

#include <QApplication>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>

using namespace simfleet;

namespace {

const QString kBold = QStringLiteral("<b>x</b>");
const QString kLink = QStringLiteral("<a href=\"https://evil.example\">click</a>");

// Labels showing `text` (in whole or in part); fails when one would render it as markup.
int checkPlain(QWidget* root, const QString& text) {
    int shown = 0;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->text().contains(text))
            continue;
        ++shown;
        if (label->textFormat() != Qt::PlainText) {
            qWarning() << label->objectName() << "shows" << label->text() << "as"
                       << label->textFormat();
            return -1;
        }
    }
    return shown;
}

} // namespace

class TstPlainLabels final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void simDetails_markupInServerText_shownLiterally();
    void banner_markupInErrorText_shownLiterally();
    void sessionStatus_markupInCompanyName_shownLiterally();
    void everyLabel_plainUnlessRichOnPurpose();
};

void TstPlainLabels::simDetails_markupInServerText_shownLiterally() {
    SimDetailsPane pane;
    Sim sim;
    sim.id = 1;
    sim.iccid = QStringLiteral("8997000000000000001");
    sim.name = kBold;
    sim.comment = kLink;
    sim.groups = {GroupRef{7, QStringLiteral("<i>group</i>")}};
    sim.hasGroups = true;
    pane.setSim(&sim);
    pane.show();
    QCOMPARE_GT(checkPlain(&pane, kBold), 0);
    QCOMPARE_GT(checkPlain(&pane, kLink), 0);
    QCOMPARE_GT(checkPlain(&pane, QStringLiteral("<i>group</i>")), 0);
}

void TstPlainLabels::banner_markupInErrorText_shownLiterally() {
    InlineBanner banner;
    banner.showMessage(InlineBanner::Kind::Error, kBold, QStringLiteral("Server said: ") + kLink);
    QCOMPARE(checkPlain(&banner, kBold), 1);
    QCOMPARE(checkPlain(&banner, kLink), 1);
}

void TstPlainLabels::sessionStatus_markupInCompanyName_shownLiterally() {
    ApiClient client;
    Session session(&client);
    SessionStatusWidget status(&session);
    for (QLabel* label : status.findChildren<QLabel*>())
        QCOMPARE(label->textFormat(), Qt::PlainText);
}

void TstPlainLabels::everyLabel_plainUnlessRichOnPurpose() {
    ApiClient client;
    AccountWorkspace workspace(&client);
    SimsPage page(&workspace);
    for (QLabel* label : page.findChildren<QLabel*>())
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    SignInDialog dialog;
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        // The one rich label is a fixed, translated hint.
        if (label->text().startsWith(QLatin1String("<b>Where to get a token")))
            continue;
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }
}

QTEST_MAIN(TstPlainLabels)
#include "tst_plain_labels.moc"

