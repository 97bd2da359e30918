#include "views/sims/SimIdentityDialog.h"

#include "api/Sim.h"
#include "models/fleet/SimIdentityChange.h"
#include "models/fleet/TariffCatalog.h"
#include "views/common/InlineBanner.h"
#include "views/common/PlainLabels.h"
#include "views/common/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace simfleet {

namespace {
const QString kNumber = QStringLiteral("number");
const QString kIccid = QStringLiteral("iccid");
const QString kImsi = QStringLiteral("imsi");
const QString kPacket = QStringLiteral("packet_id");
const QString kCallForwarding = QStringLiteral("cf");
const QString kCurrentIccid = QStringLiteral("current_iccid");
} // namespace

SimIdentityDialog::SimIdentityDialog(V2Action action, const Sim* sim, TariffCatalog* tariffs,
                                     SimIdentityChange* change, QWidget* parent)
    : QDialog(parent)
    , m_action(action)
    , m_tariffs(tariffs)
    , m_change(change)
    , m_form(new QFormLayout)
    , m_intro(new QLabel(this))
    , m_message(new InlineBanner(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("simIdentityDialog"));
    setMinimumWidth(480);
    if (sim) {
        m_fixedNumber = sim->number;
        m_currentIccid = sim->iccid;
    }
    m_intro->setWordWrap(true);
    m_message->setClosable(false);
    m_message->hide();
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    if (action == V2Action::Activate) {
        m_number = addLine(kNumber, QStringLiteral("identityNumber"));
        m_number->setPlaceholderText(QStringLiteral("79001234567"));
    } else {
        auto* number = new QLabel(m_fixedNumber, this);
        number->setObjectName(QStringLiteral("identityNumber"));
        number->setTextInteractionFlags(Qt::TextSelectableByMouse);
        addRow(kNumber, number);
    }
    if (action == V2Action::SwapSim) {
        auto* current = new QLabel(m_currentIccid, this);
        current->setObjectName(QStringLiteral("identityCurrentIccid"));
        current->setTextInteractionFlags(Qt::TextSelectableByMouse);
        addRow(kCurrentIccid, current);
    }
    m_iccid = addLine(kIccid, QStringLiteral("identityIccid"));
    m_imsi = addLine(kImsi, QStringLiteral("identityImsi"));
    if (action == V2Action::BindNumber)
        m_iccid->setText(m_currentIccid);
    if (action == V2Action::Activate) {
        m_tariff = new QComboBox(this);
        m_tariff->setObjectName(QStringLiteral("identityTariff"));
        addRow(kPacket, m_tariff);
        fillTariffs();
        if (m_tariffs)
            connect(m_tariffs, &TariffCatalog::changed, this, &SimIdentityDialog::fillTariffs);
    }
    if (action == V2Action::BindNumber) {
        m_callForwarding = new QCheckBox(this);
        m_callForwarding->setObjectName(QStringLiteral("identityCallForwarding"));
        m_callForwarding->setChecked(true);
        addRow(kCallForwarding, m_callForwarding);
    }

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SimIdentityDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_change, &SimIdentityChange::finished, this, &SimIdentityDialog::onFinished);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    retranslateUi();
    PlainLabels::apply(this);
}

QLineEdit* SimIdentityDialog::addLine(const QString& field, const QString& objectName) {
    auto* line = new QLineEdit(this);
    line->setObjectName(objectName);
    line->setClearButtonEnabled(true);
    connect(line, &QLineEdit::textEdited, this, [this, field] {
        if (QLabel* error = m_errors.value(field)) {
            error->clear();
            error->hide();
        }
    });
    addRow(field, line);
    return line;
}

void SimIdentityDialog::addRow(const QString& field, QWidget* input) {
    auto* label = new QLabel(this);
    label->setBuddy(input);
    auto* error = new QLabel(this);
    error->setObjectName(field + QStringLiteral("Error"));
    error->setWordWrap(true);
    error->hide();
    Theme::setTextTone(error, Theme::Tone::Bad);
    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(input);
    column->addWidget(error);
    m_form->addRow(label, column);
    m_labels.insert(field, label);
    m_errors.insert(field, error);
}

void SimIdentityDialog::fillTariffs() {
    if (!m_tariff)
        return;
    const qint64 chosen = m_tariff->currentData().toLongLong();
    m_tariff->clear();
    if (m_tariffs) {
        for (const V2Packet& packet : m_tariffs->packets())
            m_tariff->addItem(TariffCatalog::describe(packet), packet.id);
    }
    m_tariff->setCurrentIndex(qMax(0, m_tariff->findData(chosen)));
}

QString SimIdentityDialog::number() const {
    return m_number ? m_number->text().trimmed() : m_fixedNumber;
}

V2ChangeParams SimIdentityDialog::params() const {
    V2ChangeParams params;
    const QString iccid = m_iccid->text().trimmed();
    const QString imsi = m_imsi->text().trimmed();
    if (m_action == V2Action::SwapSim) {
        params.newIccid = iccid;
        params.newImsi = imsi;
        params.iccid = m_currentIccid;
    } else {
        params.iccid = iccid;
        params.imsi = imsi;
    }
    if (m_tariff)
        params.packetId = m_tariff->currentData().toLongLong();
    if (m_callForwarding)
        params.callForwarding = m_callForwarding->isChecked();
    return params;
}

void SimIdentityDialog::showFieldErrors(const QMap<QString, QStringList>& errors) {
    QStringList unplaced;
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        const QStringList texts = errors.value(it.key());
        it.value()->setText(texts.join(QLatin1Char(' ')));
        it.value()->setVisible(!texts.isEmpty());
    }
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        // current_imsi and any field the form does not show: above the buttons.
        if (!m_errors.contains(it.key()))
            unplaced += it.value();
    }
    if (!unplaced.isEmpty())
        m_message->showMessage(InlineBanner::Kind::Error, QString(),
                               unplaced.join(QLatin1Char(' ')));
}

QString SimIdentityDialog::fieldError(const QString& field) const {
    const QLabel* error = m_errors.value(field);
    return error && !error->isHidden() ? error->text() : QString();
}

void SimIdentityDialog::submit() {
    m_message->hide();
    QMap<QString, QStringList> local;
    const QMap<QString, QString> problems = V2Actions::validate(m_action, number(), params());
    for (auto it = problems.begin(); it != problems.end(); ++it)
        local.insert(it.key(), {it.value()});
    showFieldErrors(local);
    if (!local.isEmpty() || !m_change->start(m_action, number(), params()))
        return;
    m_buttons->setEnabled(false);
}

void SimIdentityDialog::onFinished(bool ok, const QMap<QString, QStringList>& errors,
                                   const QString& message) {
    m_buttons->setEnabled(true);
    if (ok) {
        accept();
        return;
    }
    showFieldErrors(errors);
    if (!message.isEmpty())
        m_message->showMessage(InlineBanner::Kind::Error, tr("Not done"), message);
}

void SimIdentityDialog::retranslateUi() {
    switch (m_action) {
    case V2Action::Activate:
        setWindowTitle(tr("Activate a SIM"));
        m_intro->setText(tr("A new SIM gets a number and a tariff. Give the SIM's ICCID or IMSI "
                            "(printed on the card) and the number to bind to it."));
        break;
    case V2Action::BindNumber:
        setWindowTitle(tr("Bind the number to a SIM"));
        m_intro->setText(tr("Binds the number to the SIM with this ICCID or IMSI, with call "
                            "forwarding allowed or not."));
        break;
    case V2Action::SwapSim:
        setWindowTitle(tr("Swap the SIM"));
        m_intro->setText(tr("The number moves to a new SIM; the current one stops working. Give "
                            "the new SIM's ICCID or IMSI."));
        break;
    default:
        break;
    }
    const auto setLabel = [this](const QString& field, const QString& text) {
        if (QLabel* label = m_labels.value(field))
            label->setText(text);
    };
    setLabel(kNumber, tr("&Number:"));
    setLabel(kCurrentIccid, tr("Current ICCID:"));
    setLabel(kIccid, m_action == V2Action::SwapSim ? tr("New &ICCID:") : tr("&ICCID:"));
    setLabel(kImsi, m_action == V2Action::SwapSim ? tr("New I&MSI:") : tr("I&MSI:"));
    setLabel(kPacket, tr("&Tariff:"));
    setLabel(kCallForwarding, QString());
    if (m_callForwarding)
        m_callForwarding->setText(tr("Allow call &forwarding"));
    m_iccid->setPlaceholderText(tr("18 to 22 digits; or give the IMSI"));
    m_imsi->setPlaceholderText(tr("15 digits; or give the ICCID"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(m_action == V2Action::Activate
                      ? tr("&Activate")
                      : (m_action == V2Action::SwapSim ? tr("&Swap") : tr("&Bind")));
}

} // namespace simfleet
