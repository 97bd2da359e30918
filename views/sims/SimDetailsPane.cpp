#include "views/sims/SimDetailsPane.h"

#include "models/fleet/SimText.h"
#include "resources/ResourceIcons.h"
#include "views/common/PlainLabels.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "views/common/Theme.h"
#include "views/sims/DetailsRows.h"
#include "views/sims/LimitBarDelegate.h"
#include "views/sims/ProviderDetailsSection.h"
#include "views/sims/SimNameEditor.h"
#include "views/sims/SimTableView.h"

namespace simfleet {

namespace {

QString orDash(const QString& text) {
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

SimDetailsPane::SimDetailsPane(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(m_stack))
    , m_details(new QWidget)
    , m_rows(m_details)
    , m_title(new QLabel(m_details))
    , m_statusIcon(new QLabel(m_details))
    , m_status(new QLabel(m_details))
    , m_statusMeaning(new QLabel(m_details))
    , m_limitBar(new QProgressBar(m_details)) {
    setObjectName(QStringLiteral("simDetails"));
    m_empty->setObjectName(QStringLiteral("detailsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_iccid = m_rows.addField("detailsIccid", &m_iccidCaption, &m_copyIccid);
    m_number = m_rows.addField("detailsNumber", &m_numberCaption, &m_copyNumber);
    m_externalNumber =
        m_rows.addField("detailsExternalNumber", &m_externalNumberCaption, &m_copyExternalNumber);
    m_copyIccid->setObjectName(QStringLiteral("copyIccid"));
    m_copyNumber->setObjectName(QStringLiteral("copyNumber"));
    m_copyExternalNumber->setObjectName(QStringLiteral("copyExternalNumber"));
    connect(m_copyIccid, &QToolButton::clicked, this, [this] { copy(Copyable::Iccid); });
    connect(m_copyNumber, &QToolButton::clicked, this, [this] { copy(Copyable::Number); });
    connect(m_copyExternalNumber, &QToolButton::clicked, this,
            [this] { copy(Copyable::ExternalNumber); });
    m_name = m_rows.addField("detailsName", &m_nameCaption, &m_renameButton);
    m_nameEditor = new SimNameEditor(m_renameButton, m_details);
    m_rows.addRow(nullptr, m_nameEditor);
    connect(m_nameEditor, &SimNameEditor::openRequested, this, &SimDetailsPane::beginRename);
    connect(m_nameEditor, &SimNameEditor::submitted, this, &SimDetailsPane::submitRename);
    m_profile = m_rows.addField("detailsProfile", &m_profileCaption);

    // Status: icon and text, its meaning below.
    m_statusCaption = m_rows.makeCaption();
    m_status->setObjectName(QStringLiteral("detailsStatus"));
    m_status->setWordWrap(true);
    m_statusMeaning->setObjectName(QStringLiteral("detailsStatusMeaning"));
    m_statusMeaning->setWordWrap(true);
    // Rows of their own, not a nested widget: wrapped labels then get their height.
    auto* statusLine = new QHBoxLayout;
    statusLine->setContentsMargins(0, 0, 0, 0);
    statusLine->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusLine->addWidget(m_status, 1);
    auto* statusBox = new QWidget(m_details);
    statusBox->setLayout(statusLine);
    m_rows.addRow(m_statusCaption, statusBox);
    m_rows.addRow(nullptr, m_statusMeaning);

    m_balance = m_rows.addField("detailsBalance", &m_balanceCaption);
    m_msu = m_rows.addField("detailsMsu", &m_msuCaption);
    m_limitType = m_rows.addField("detailsLimitType", &m_limitTypeCaption);
    m_limitBar->setObjectName(QStringLiteral("detailsLimitBar"));
    m_limitBar->setTextVisible(false);
    m_limitBar->setMaximumHeight(10);
    m_limitBar->setRange(0, 1000);
    m_limitAmounts = new QLabel(m_details);
    m_limitAmounts->setObjectName(QStringLiteral("detailsLimitAmounts"));
    m_limitAmountsCaption = m_rows.makeCaption();
    m_rows.addRow(m_limitAmountsCaption, m_limitAmounts);
    m_rows.addRow(nullptr, m_limitBar);
    m_limitUpdated = m_rows.addField("detailsLimitUpdated", &m_limitUpdatedCaption);
    m_tariff = m_rows.addField("detailsTariff", &m_tariffCaption);
    m_packageAuto = m_rows.addField("detailsPackageAuto", &m_packageAutoCaption);
    m_changeLock = m_rows.addField("detailsChangeLock", &m_changeLockCaption);
    m_groups = m_rows.addField("detailsGroups", &m_groupsCaption);
    m_comment = m_rows.addField("detailsComment", &m_commentCaption);
    m_providerDetails = new ProviderDetailsSection(m_details);

    auto* detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(10, 8, 10, 8);
    detailsLayout->setSpacing(8);
    detailsLayout->addWidget(m_title);
    detailsLayout->addLayout(m_rows.layout());
    detailsLayout->addWidget(m_providerDetails);
    detailsLayout->addStretch(1);

    m_scroll = new QScrollArea(m_stack);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A scroll bar that comes and goes changes the width after the wrapped
    // texts were measured, and clips them: keep it.
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_scroll->setWidget(m_details);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_scroll);

    m_selectionNote = new QLabel(this);
    m_selectionNote->setObjectName(QStringLiteral("selectionNote"));
    m_selectionNote->setWordWrap(true);
    m_selectionNote->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_selectionNote);
    layout->addWidget(m_stack);
    setMinimumWidth(220);

    retranslateUi();
    showSim();
    PlainLabels::apply(this);
}

QToolButton* SimDetailsPane::copyButton(Copyable field) const {
    switch (field) {
    case Copyable::Iccid:
        return m_copyIccid;
    case Copyable::Number:
        return m_copyNumber;
    case Copyable::ExternalNumber:
        return m_copyExternalNumber;
    }
    return nullptr;
}

QString SimDetailsPane::fieldText(const QString& objectName) const {
    const auto* label = m_details->findChild<QLabel*>(objectName);
    return label ? label->text() : QString();
}

bool SimDetailsPane::isEmptyState() const {
    return m_stack->currentWidget() == m_empty;
}

void SimDetailsPane::setSim(const Sim* sim) {
    // Another SIM (or none) ends an edit not yet sent; a running rename keeps it.
    const bool sameSim = sim && m_sim && sim->id == m_sim->id;
    if (!sameSim)
        m_nameEditor->closeUnlessBusy();
    if (sim)
        m_sim = *sim;
    else
        m_sim.reset();
    showSim();
}

void SimDetailsPane::setProvider(ProviderKind provider) {
    m_provider = provider;
    // A provider that keeps no names offers no Rename… (setRenameShown may hide it too).
    setRenameShown(m_renameShown && Providers::has(provider, Capability::Rename));
}

void SimDetailsPane::setTariffCatalog(TariffCatalog* tariffs) {
    m_providerDetails->setTariffCatalog(tariffs);
}

void SimDetailsPane::setRenameShown(bool shown) {
    m_renameShown = shown;
    if (!shown)
        m_nameEditor->closeUnlessBusy();
    m_renameButton->setVisible(shown);
    showSim();
}

void SimDetailsPane::setRenameAllowed(bool allowed, const QString& reason) {
    m_nameEditor->setAllowed(allowed, reason);
}

void SimDetailsPane::beginRename() {
    if (!m_renameShown || !m_sim || !m_nameEditor->open(m_sim->name))
        return;
    // As in showSim(): the scroll area re-measures only when asked.
    m_details->layout()->activate();
    m_scroll->setWidgetResizable(true);
    m_nameEditor->lineEdit()->selectAll();
    m_nameEditor->lineEdit()->setFocus(Qt::OtherFocusReason);
}

bool SimDetailsPane::isRenaming() const {
    return m_nameEditor->isOpen();
}

void SimDetailsPane::setRenameBusy(bool busy) {
    m_nameEditor->setBusy(busy);
}

void SimDetailsPane::finishRename(bool ok) {
    m_nameEditor->finish(ok);
}

QLineEdit* SimDetailsPane::nameEditor() const {
    return m_nameEditor->lineEdit();
}

QPushButton* SimDetailsPane::saveNameButton() const {
    return m_nameEditor->saveButton();
}

void SimDetailsPane::submitRename(const QString& name) {
    if (!m_sim)
        return;
    if (name == m_sim->name.trimmed()) {
        m_nameEditor->closeUnlessBusy();
        return;
    }
    emit renameRequested(m_sim->id, name);
}

void SimDetailsPane::copy(Copyable field) {
    if (!m_sim)
        return;
    QString text;
    switch (field) {
    case Copyable::Iccid:
        text = m_sim->iccid;
        break;
    case Copyable::Number:
        text = m_sim->number;
        break;
    case Copyable::ExternalNumber:
        text = m_sim->externalNumber;
        break;
    }
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void SimDetailsPane::showSim() {
    if (!m_sim) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentIndex(1);
    const Sim& sim = *m_sim;
    const QLocale locale;
    const bool tc = sim.profile == SimProfile::TC;

    const bool nova = m_provider == ProviderKind::NovaConnect;
    const Capabilities capabilities = Providers::capabilities(m_provider);
    // The second operator knows a SIM by its number.
    const QString unnamed = nova || sim.number.isEmpty() ? sim.iccid : sim.number;
    m_title->setText(orDash(sim.name.trimmed().isEmpty() ? unnamed : sim.name));
    m_iccid->setText(orDash(sim.iccid));
    m_number->setText(orDash(sim.number));
    m_externalNumber->setText(orDash(sim.externalNumber));
    // Identifiers in monospace, but the dash of an empty one in the pane's own
    // font: a monospace em dash looks like a hyphen.
    const QFont mono = MonospaceColumnsDelegate::monospaceFont(font());
    for (auto [label, text] : {std::pair{m_iccid, &sim.iccid}, std::pair{m_number, &sim.number},
                               std::pair{m_externalNumber, &sim.externalNumber}})
        label->setFont(text->trimmed().isEmpty() ? font() : mono);
    m_copyIccid->setEnabled(!sim.iccid.isEmpty());
    m_copyNumber->setEnabled(!sim.number.isEmpty());
    m_copyExternalNumber->setEnabled(!sim.externalNumber.isEmpty());
    m_name->setText(orDash(sim.name));
    m_profile->setText(sim.profile == SimProfile::Unknown
                           ? orDash(SimText::profile(sim.profile, sim.profileRaw))
                           : SimText::profileMeaning(sim.profile));

    m_statusIcon->setPixmap(QIcon(SimText::statusIconPath(sim.block)).pixmap(16, 16));
    m_status->setText(SimText::status(sim.block, sim.blockRaw));
    m_statusMeaning->setText(SimText::statusMeaning(sim.block, sim.blockRaw));
    const bool irreversible = sim.block == BlockCode::Msu;
    // The irreversible MSU block in red and bold, always with its words too.
    QFont statusFont = m_status->font();
    statusFont.setBold(irreversible);
    m_status->setFont(statusFont);
    for (QLabel* label : {m_status, m_statusMeaning}) {
        if (irreversible)
            Theme::setTextTone(label, Theme::Tone::Bad);
        else
            Theme::clearTextTone(label);
    }

    // NovaConnect's own fields; another provider's are under "Provider details".
    m_rows.setRowVisible(m_externalNumber->parentWidget(), nova);
    m_rows.setRowVisible(m_name->parentWidget(), m_renameShown || !sim.name.trimmed().isEmpty());
    m_rows.setRowVisible(m_profile, nova);
    m_rows.setRowVisible(m_balance, tc || !nova);
    m_rows.setRowVisible(m_msu, nova && tc);
    m_balance->setText(SimText::money(sim.balance, sim.currency));
    m_msu->setText(sim.msuValue ? locale.toString(*sim.msuValue) : QStringLiteral("—"));

    const SimLimit& limit = sim.limit;
    m_limitType->setText(SimText::limitTypeName(limit.type, limit.typeRaw));
    const double usage = SimText::limitUsage(limit);
    const bool limits = capabilities.testFlag(Capability::DataLimit);
    m_rows.setRowVisible(m_limitType, limits);
    m_rows.setRowVisible(m_limitAmounts, limits && usage >= 0);
    m_rows.setRowVisible(m_limitBar, limits && usage >= 0);
    if (usage >= 0) {
        m_limitAmounts->setText(
            tr("%1 (%2 %)", "data used / data limit (percent used)")
                .arg(SimText::limit(limit), locale.toString(qRound(usage * 100.0))));
        m_limitBar->setValue(int(qBound(0.0, usage, 1.0) * 1000));
        QPalette palette = m_limitBar->palette();
        palette.setColor(QPalette::Highlight, LimitBarDelegate::barColor(usage, Theme::current()));
        m_limitBar->setPalette(palette);
    }
    m_rows.setRowVisible(m_limitUpdated,
                         limits && bool(limit.updated) && limit.type != LimitType::Off);
    if (limit.updated) {
        m_limitUpdated->setText(SimText::shortDateTime(*limit.updated));
        m_limitUpdated->setToolTip(SimText::longDateTime(*limit.updated));
    }

    m_tariff->setText(orDash(sim.tariff.name));
    // Packages are a TD matter: a TC SIM has no package to renew.
    m_rows.setRowVisible(m_packageAuto, nova && sim.profile == SimProfile::TD);
    m_rows.setRowVisible(m_changeLock, nova);
    m_rows.setRowVisible(m_groups, capabilities.testFlag(Capability::Groups));
    m_rows.setRowVisible(m_comment, nova);
    m_packageAuto->setText(SimText::yesNo(sim.tariff.packageAuto));
    if (sim.tariff.changeLock) {
        m_changeLock->setText(SimText::shortDate(*sim.tariff.changeLock));
        m_changeLock->setToolTip(SimText::longDateTime(*sim.tariff.changeLock));
    } else {
        m_changeLock->setText(tr("Not locked", "tariff change"));
        m_changeLock->setToolTip(QString());
    }
    m_groups->setText(sim.groups.isEmpty() ? tr("No groups") : SimText::groups(sim.groups));
    m_comment->setText(sim.comment.trimmed().isEmpty() ? tr("No advice from NovaConnect")
                                                       : sim.comment);
    m_providerDetails->setExtras(sim.extras);
    // The scroll area sizes the details by height-for-width only when asked:
    // without this, wrapped texts longer than the previous SIM's get clipped.
    m_details->layout()->activate();
    m_scroll->setWidgetResizable(true);
}

void SimDetailsPane::setSelectionCount(int count) {
    m_selectionCount = count;
    m_selectionNote->setText(tr("%Ln SIM(s) selected — showing the current one", "", count));
    m_selectionNote->setVisible(count > 1);
}

void SimDetailsPane::retranslateUi() {
    setSelectionCount(m_selectionCount);
    m_empty->setText(tr("Select a SIM to see its details"));
    m_iccidCaption->setText(tr("ICCID:"));
    m_numberCaption->setText(tr("Number:", "phone number"));
    m_externalNumberCaption->setText(tr("External number:"));
    m_nameCaption->setText(tr("Name:"));
    m_profileCaption->setText(tr("Profile:"));
    m_statusCaption->setText(tr("Status:"));
    m_balanceCaption->setText(tr("Balance:"));
    m_msuCaption->setText(tr("MSU:"));
    m_limitTypeCaption->setText(tr("Data limit:"));
    m_limitAmountsCaption->setText(tr("Used:", "data"));
    m_limitUpdatedCaption->setText(tr("Usage updated:"));
    m_tariffCaption->setText(tr("Tariff plan:"));
    m_packageAutoCaption->setText(tr("Package auto-renew:"));
    m_changeLockCaption->setText(tr("Tariff change locked until:"));
    m_groupsCaption->setText(tr("Groups:"));
    m_commentCaption->setText(tr("NovaConnect's advice:"));
    m_copyIccid->setToolTip(tr("Copy the ICCID"));
    m_copyNumber->setToolTip(tr("Copy the number"));
    m_copyExternalNumber->setToolTip(tr("Copy the external number"));
    // What the words mean, on the caption and on the value alike.
    const QString msu = tr("The SIM's MSU allowance (TC profile only). A SIM that uses it up is "
                           "blocked by MSU, and that block cannot be lifted.");
    const QString profiles = tr("The profile decides which operations apply to the SIM.") +
                             QLatin1Char('\n') + SimText::profileMeaning(SimProfile::TD) +
                             QLatin1Char('\n') + SimText::profileMeaning(SimProfile::TC);
    const QString external = tr("The number the SIM is reachable at from outside.");
    for (QLabel* label : {m_msuCaption, m_msu})
        label->setToolTip(msu);
    for (QLabel* label : {m_profileCaption, m_profile})
        label->setToolTip(profiles);
    for (QLabel* label : {m_externalNumberCaption, m_externalNumber})
        label->setToolTip(external);
    showSim();
}

void SimDetailsPane::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange && m_sim)
        showSim(); // the limit bar's colour is the theme's

    QWidget::changeEvent(event);
}

} // namespace simfleet
