#include "views/shell/GlossaryDialog.h"

#include "models/fleet/SimText.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace simfleet {

namespace {

QString term(const QString& name, const QString& meaning) {
    return QStringLiteral("<dt><b>%1</b></dt><dd>%2</dd>")
        .arg(name.toHtmlEscaped(), meaning.toHtmlEscaped());
}

} // namespace

GlossaryDialog::GlossaryDialog(QWidget* parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)) {
    setObjectName(QStringLiteral("glossaryDialog"));
    m_text->setObjectName(QStringLiteral("glossaryText"));
    m_text->setOpenLinks(false);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_buttons);
    resize(640, 560);
    retranslateUi();
}

QString GlossaryDialog::html() {
    QString text = QStringLiteral("<dl>");
    text += term(tr("SIM profile: TD and TC"),
                 tr("Every SIM has one of two profiles, shown as is. The profile decides which "
                    "operations apply; SimFleet sends an operation only to the SIMs it applies "
                    "to and says how many it skips."));
    text += term(QStringLiteral("TD"),
                 SimText::profileMeaning(SimProfile::TD) + QLatin1Char(' ') +
                     tr("Ping, SMS, tariff plan and re-add package apply to TD SIMs only."));
    text += term(QStringLiteral("TC"),
                 SimText::profileMeaning(SimProfile::TC) + QLatin1Char(' ') +
                     tr("Data limits (none or per calendar month) apply to TC SIMs only."));
    text += term(QStringLiteral("MSU"),
                 tr("A counter NovaConnect keeps for each TC SIM (the MSU column). A SIM that "
                    "uses up its MSU allowance is blocked by MSU, and that block cannot be "
                    "lifted."));
    text += term(tr("Block codes", "glossary term"),
                 tr("The status of a SIM is its block code: one letter from NovaConnect."));
    for (const auto& [code, block] :
         {std::pair{"n", BlockCode::None}, std::pair{"u", BlockCode::User},
          std::pair{"m", BlockCode::Msu}, std::pair{"p", BlockCode::Package},
          std::pair{"f", BlockCode::Financial}, std::pair{"g", BlockCode::Operator}}) {
        text += QStringLiteral("<dd>&nbsp;&nbsp;<code>%1</code> — %2</dd>")
                    .arg(QLatin1String(code), SimText::statusMeaning(block).toHtmlEscaped());
    }
    text += term(tr("Job and queue", "glossary term"),
                 tr("An operation on SIMs is a job. NovaConnect does not change the SIMs while "
                    "it answers: it puts the job in its queue and returns a queue ID. The "
                    "Operations page follows every job until each SIM is done, failed or "
                    "unconfirmed; \"sent\" means NovaConnect took the request and has no "
                    "state that could confirm it."));
    text += term(tr("External number", "glossary term"),
                 tr("A further number NovaConnect records for a SIM besides its own number. "
                    "SimFleet shows it and finds SIMs by it; it cannot be changed here."));
    text += term(QStringLiteral("ICCID"),
                 tr("The serial number of the SIM card itself, printed on the card."));
    text += QStringLiteral("</dl>");
    return text;
}

void GlossaryDialog::retranslateUi() {
    setWindowTitle(tr("Glossary"));
    m_text->setHtml(html());
}

void GlossaryDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace simfleet
