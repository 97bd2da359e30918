#include "views/sims/ImportSelectionDialog.h"

#include "models/fleet/SimListMatcher.h"
#include "views/common/PlainLabels.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace simfleet {

ImportSelectionDialog::ImportSelectionDialog(QWidget* parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_input(new QPlainTextEdit(this))
    , m_loadFile(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_clearFilter(new QPushButton(this))
    , m_notFoundLabel(new QLabel(this))
    , m_notFound(new QPlainTextEdit(this))
    , m_copyNotFound(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_select(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole)) {
    setObjectName(QStringLiteral("importSelectionDialog"));
    m_intro->setWordWrap(true);
    m_input->setObjectName(QStringLiteral("importInput"));
    m_input->setTabChangesFocus(true);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_notFound->setObjectName(QStringLiteral("importNotFound"));
    m_notFound->setReadOnly(true);
    m_notFound->setMaximumHeight(fontMetrics().height() * 7);
    m_select->setObjectName(QStringLiteral("importSelect"));
    m_select->setDefault(true);
    m_clearFilter->setObjectName(QStringLiteral("importClearFilter"));

    auto* inputButtons = new QHBoxLayout;
    inputButtons->addWidget(m_loadFile);
    inputButtons->addStretch(1);
    auto* notFoundButtons = new QHBoxLayout;
    notFoundButtons->addWidget(m_copyNotFound);
    notFoundButtons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_input, 2);
    layout->addLayout(inputButtons);
    layout->addWidget(m_summary);
    layout->addWidget(m_clearFilter, 0, Qt::AlignLeft);
    layout->addWidget(m_notFoundLabel);
    layout->addWidget(m_notFound, 1);
    layout->addLayout(notFoundButtons);
    layout->addWidget(m_buttons);

    for (QWidget* w : {static_cast<QWidget*>(m_summary), static_cast<QWidget*>(m_clearFilter),
                       static_cast<QWidget*>(m_notFoundLabel), static_cast<QWidget*>(m_notFound),
                       static_cast<QWidget*>(m_copyNotFound)})
        w->hide();

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_select, &QPushButton::clicked, this,
            [this] { emit selectRequested(entries(), false); });
    connect(m_clearFilter, &QPushButton::clicked, this,
            [this] { emit selectRequested(entries(), true); });
    connect(m_loadFile, &QPushButton::clicked, this, &ImportSelectionDialog::chooseFile);
    connect(m_copyNotFound, &QPushButton::clicked, this, &ImportSelectionDialog::copyNotFound);
    connect(m_input, &QPlainTextEdit::textChanged, this,
            &ImportSelectionDialog::updateSelectButton);

    // Most lists arrive through the clipboard: start with it.
    const QString clip = QGuiApplication::clipboard()->text();
    if (!SimListMatcher::parseEntries(clip).isEmpty())
        m_input->setPlainText(clip);
    resize(520, 480);
    retranslateUi();
    PlainLabels::apply(this);
}

void ImportSelectionDialog::setText(const QString& text) {
    m_input->setPlainText(text);
}

QString ImportSelectionDialog::text() const {
    return m_input->toPlainText();
}

QStringList ImportSelectionDialog::entries() const {
    return SimListMatcher::parseEntries(m_input->toPlainText());
}

bool ImportSelectionDialog::loadFile(const QString& path) {
    QString error;
    const QStringList read = SimListMatcher::readFile(path, &error);
    if (!error.isEmpty()) {
        m_fileError = error;
        m_summary->setText(error);
        m_summary->show();
        return false;
    }
    m_fileError.clear();
    m_input->setPlainText(read.join(QLatin1Char('\n')));
    m_summary->hide();
    return true;
}

void ImportSelectionDialog::chooseFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Load a list of SIMs"), QString(),
                                     tr("Lists of SIMs (*.txt *.csv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void ImportSelectionDialog::updateSelectButton() {
    m_select->setEnabled(!entries().isEmpty());
}

void ImportSelectionDialog::showOutcome(const Outcome& outcome) {
    m_outcome = outcome;
    m_hasOutcome = true;
    m_summary->setText(summaryText());
    m_summary->show();
    m_clearFilter->setVisible(outcome.hidden > 0);
    const bool anyNotFound = !outcome.notFound.isEmpty();
    m_notFoundLabel->setVisible(anyNotFound);
    m_notFound->setVisible(anyNotFound);
    m_copyNotFound->setVisible(anyNotFound);
    m_notFound->setPlainText(outcome.notFound.join(QLatin1Char('\n')));
    m_notFoundLabel->setText(
        tr("%Ln entry(s) matched no SIM:", "not found entries", int(outcome.notFound.size())));
}

QString ImportSelectionDialog::summaryText() const {
    if (!m_hasOutcome)
        return m_fileError;
    QString text = tr("%Ln SIM(s) selected.", "after selecting from a list", m_outcome.selected);
    if (m_outcome.hidden > 0)
        text += QLatin1Char(' ') +
                tr("%Ln matching SIM(s) are hidden by the current filter.", "", m_outcome.hidden);
    return text;
}

void ImportSelectionDialog::copyNotFound() {
    QGuiApplication::clipboard()->setText(m_outcome.notFound.join(QLatin1Char('\n')));
}

void ImportSelectionDialog::retranslateUi() {
    setWindowTitle(tr("Select SIMs from a list"));
    m_intro->setText(tr("Paste ICCIDs or phone numbers — one per line, or separated by commas, "
                        "semicolons or spaces — or load a .txt or .csv file. A CSV with a header "
                        "row (such as SimFleet's export) is read by its ICCID, number and id "
                        "columns. SIM ids are matched only from an id column or written as "
                        "id:1042."));
    m_input->setPlaceholderText(tr("8997012345678901234\n+7 701 123-45-67\n…"));
    m_loadFile->setText(tr("Load file…"));
    m_select->setText(tr("Select", "select SIMs in the table"));
    m_clearFilter->setText(tr("Clear the filter and select them"));
    m_copyNotFound->setText(tr("Copy not found"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    if (m_hasOutcome)
        showOutcome(m_outcome);
    updateSelectButton();
}

void ImportSelectionDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace simfleet
