#include "views/operations/OperationParamsEditor.h"

#include "models/fleet/SimText.h"
#include "models/fleet/TariffCatalog.h"
#include "views/common/PlainLabels.h"
#include "views/common/Theme.h"
#include "views/sims/GroupPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTextCursor>
#include <QVBoxLayout>

#include <functional>
#include <optional>

namespace simfleet {

namespace {

constexpr qint64 kMaxLimitMb = 10'000'000; // 10 TB: far above any real monthly limit

// The value every SIM has; nullopt when they differ, one has none, or there are none.
template <typename Value>
std::optional<Value> commonValue(const QVector<const Sim*>& sims,
                                 const std::function<std::optional<Value>(const Sim&)>& valueOf) {
    std::optional<Value> shared;
    for (const Sim* sim : sims) {
        const std::optional<Value> value = valueOf(*sim);
        if (!value || (shared && *shared != *value))
            return std::nullopt;
        shared = value;
    }
    return shared;
}

} // namespace

OperationParamsEditor::OperationParamsEditor(SimOperation op, GroupsModel* groups,
                                             TariffCatalog* tariffs, QWidget* parent)
    : QWidget(parent)
    , m_op(op)
    , m_explanation(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_tariffs(tariffs) {
    setObjectName(QStringLiteral("operationParams"));
    m_explanation->setObjectName(QStringLiteral("operationExplanation"));
    m_explanation->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("paramsProblem"));
    m_problem->setWordWrap(true);
    Theme::setTextTone(m_problem, Theme::Tone::Bad);
    m_problem->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_explanation);
    switch (op) {
    case SimOperation::Sms:
        buildSms();
        break;
    case SimOperation::Limit:
        buildLimit();
        break;
    case SimOperation::Tariff:
        buildTariff();
        break;
    case SimOperation::Group:
        buildGroups(groups);
        break;
    case SimOperation::ServiceBlock:
    case SimOperation::ServiceUnblock:
        buildService();
        break;
    case SimOperation::TariffFromDate:
        buildTariffFromDate();
        break;
    case SimOperation::TopUp:
        buildTopUp();
        break;
    case SimOperation::InfoSms:
        buildInfoSms();
        break;
    default:
        break;
    }
    layout->addWidget(m_problem);
    retranslateUi();
    updateState();
    PlainLabels::apply(this);
}

void OperationParamsEditor::buildSms() {
    m_sms = new QPlainTextEdit(this);
    m_sms->setObjectName(QStringLiteral("smsText"));
    m_sms->setTabChangesFocus(true);
    m_sms->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_smsCounter = new QLabel(this);
    m_smsCounter->setObjectName(QStringLiteral("smsCounter"));
    m_smsCounter->setAlignment(Qt::AlignRight);
    m_smsNote = new QLabel(this);
    m_smsNote->setObjectName(QStringLiteral("smsNote"));
    m_smsNote->setWordWrap(true);
    m_smsNote->hide();
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    layout->addWidget(m_sms, 1);
    layout->addWidget(m_smsCounter);
    layout->addWidget(m_smsNote);
    connect(m_sms, &QPlainTextEdit::textChanged, this, &OperationParamsEditor::onSmsChanged);
}

void OperationParamsEditor::buildLimit() {
    m_limitTypeLabel = new QLabel(this);
    m_limitType = new QComboBox(this);
    m_limitType->setObjectName(QStringLiteral("limitType"));
    m_limitType->addItem(QString(), int(LimitType::Off));
    m_limitType->addItem(QString(), int(LimitType::Month));
    m_limitValueLabel = new QLabel(this);
    m_limitValue = new QSpinBox(this);
    m_limitValue->setObjectName(QStringLiteral("limitValue"));
    m_limitValue->setRange(0, int(kMaxLimitMb));
    m_limitValue->setGroupSeparatorShown(true);
    m_limitValue->setAccelerated(true);
    m_limitTypeLabel->setBuddy(m_limitType);
    m_limitValueLabel->setBuddy(m_limitValue);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_limitTypeLabel, m_limitType);
    form->addRow(m_limitValueLabel, m_limitValue);
    static_cast<QVBoxLayout*>(layout())->addLayout(form);
    connect(m_limitType, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &OperationParamsEditor::updateState);
    connect(m_limitValue, qOverload<int>(&QSpinBox::valueChanged), this,
            &OperationParamsEditor::updateState);
}

void OperationParamsEditor::buildTariff() {
    m_packageLabel = new QLabel(this);
    // A list of the allowed sizes: an off-step size cannot even be entered.
    m_package = new QComboBox(this);
    m_package->setObjectName(QStringLiteral("packageSize"));
    for (int mb = SimOperations::kMinPackageMb; mb <= SimOperations::kMaxPackageMb;
         mb += SimOperations::kPackageStepMb)
        m_package->addItem(QString(), mb);
    m_packageLabel->setBuddy(m_package);
    m_autoPackage = new QCheckBox(this);
    m_autoPackage->setObjectName(QStringLiteral("autoPackage"));
    m_worldRoaming = new QCheckBox(this);
    m_worldRoaming->setObjectName(QStringLiteral("worldRoaming"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_packageLabel, m_package);
    form->addRow(QString(), m_autoPackage);
    form->addRow(QString(), m_worldRoaming);
    static_cast<QVBoxLayout*>(layout())->addLayout(form);
    connect(m_package, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &OperationParamsEditor::updateState);
    // Partly checked: not chosen (auto-renew differs) or left as it is
    // (roaming, which cannot be read). A click chooses; no way back to "partly".
    m_worldRoaming->setTristate(true);
    m_worldRoaming->setCheckState(Qt::PartiallyChecked);
    for (QCheckBox* box : {m_autoPackage, m_worldRoaming}) {
        connect(box, &QCheckBox::stateChanged, this, [this, box](int state) {
            if (state != Qt::PartiallyChecked)
                box->setTristate(false);
            updateState();
        });
    }
}

void OperationParamsEditor::buildGroups(GroupsModel* groups) {
    m_groups = new GroupPicker(this);
    static_cast<QVBoxLayout*>(layout())->addWidget(m_groups, 1);
    connect(m_groups, &GroupPicker::changed, this, &OperationParamsEditor::updateState);
    m_groups->setGroups(groups);
}

void OperationParamsEditor::setSelection(const QVector<const Sim*>& sims) {
    if (m_limitType) {
        // "off" or "month:20"; a SIM with another kind of limit has no value here.
        const std::optional<QString> limit =
            commonValue<QString>(sims, [](const Sim& sim) -> std::optional<QString> {
                if (sim.limit.type == LimitType::Off)
                    return QStringLiteral("off");
                if (sim.limit.type == LimitType::Month && sim.limit.valueMb)
                    return QStringLiteral("month:%1").arg(*sim.limit.valueMb);
                return std::nullopt;
            });
        int index = -1;
        qint64 mb = 0;
        if (limit) {
            const bool month = limit->startsWith(QLatin1String("month:"));
            index = m_limitType->findData(int(month ? LimitType::Month : LimitType::Off));
            mb = month ? limit->mid(6).toLongLong() : 0;
        }
        const QSignalBlocker typeBlocker(m_limitType);
        const QSignalBlocker valueBlocker(m_limitValue);
        m_limitType->setCurrentIndex(index);
        m_limitValue->setValue(int(qBound(qint64(0), mb, kMaxLimitMb)));
    }
    if (m_package) {
        const std::optional<qint64> package =
            commonValue<qint64>(sims, [](const Sim& sim) -> std::optional<qint64> {
                const bool hasPackage = sim.limit.type == LimitType::PackageNoRenew ||
                                        sim.limit.type == LimitType::PackageAutoRenew;
                return hasPackage ? sim.limit.valueMb : std::nullopt;
            });
        const std::optional<bool> autoRenew = commonValue<bool>(
            sims, [](const Sim& sim) { return std::optional<bool>(sim.tariff.packageAuto); });
        const QSignalBlocker packageBlocker(m_package);
        const QSignalBlocker autoBlocker(m_autoPackage);
        m_package->setCurrentIndex(package ? m_package->findData(int(*package)) : -1);
        m_autoPackage->setTristate(!autoRenew);
        m_autoPackage->setCheckState(!autoRenew   ? Qt::PartiallyChecked
                                     : *autoRenew ? Qt::Checked
                                                  : Qt::Unchecked);
    }
    if (m_groups) {
        QVector<QVector<GroupRef>> groups;
        groups.reserve(sims.size());
        for (const Sim* sim : sims)
            groups.append(sim->groups);
        m_groups->setSelectionGroups(groups);
    }
    if (m_smallPacket) {
        m_simCount = int(sims.size());
        m_simsByTariff.clear();
        for (const Sim* sim : sims)
            ++m_simsByTariff[sim->tariff.id];
        fillSmallPackets();
    }
    updateState();
}

SimOperationParams OperationParamsEditor::params() const {
    SimOperationParams params;
    if (m_sms)
        params.smsText = m_sms->toPlainText();
    if (m_limitType) {
        params.limitType = m_limitType->currentIndex() < 0
                               ? LimitType::Unknown
                               : LimitType(m_limitType->currentData().toInt());
        params.limitMb = params.limitType == LimitType::Month ? m_limitValue->value() : 0;
    }
    if (m_package) {
        params.packageMb = m_package->currentIndex() < 0 ? 0 : m_package->currentData().toInt();
        params.autoPackage = m_autoPackage->checkState() == Qt::Checked;
        if (m_worldRoaming->checkState() != Qt::PartiallyChecked)
            params.worldRoaming = m_worldRoaming->checkState() == Qt::Checked;
    }
    if (m_groups) {
        // What changes; BulkPreview::forParams works out each SIM's groups.
        params.groupIds = m_groups->joinedGroupIds();
        params.leftGroupIds = m_groups->leftGroupIds();
        params.newGroupNames = m_groups->checkedNewGroupNames();
    }
    if (m_service)
        params.service = m_service->currentData().toString();
    if (m_packet) {
        params.packetId = m_packet->currentIndex() < 0 ? 0 : m_packet->currentData().toLongLong();
        params.tariffDate = m_tariffDate->date();
    }
    if (m_smallPacket)
        params.smallPacketId =
            m_smallPacket->currentIndex() < 0 ? 0 : m_smallPacket->currentData().toLongLong();
    if (m_infoSms)
        params.infoSmsType = m_infoSms->currentData().toString();
    return params;
}

QString OperationParamsEditor::problem() const {
    if (m_groups && m_groups->isLoading())
        return tr("Wait until the groups are loaded.");
    if (m_groups && !m_groups->hasChanges())
        return tr("Check or uncheck a group first: nothing changes yet.");
    if (m_limitType && m_limitType->currentIndex() < 0)
        return tr("The selected SIMs have different data limits: choose the limit type.");
    if (m_package && m_package->currentIndex() < 0)
        return tr("Choose the package size: the selected SIMs have different ones, or none.");
    if (m_autoPackage && m_autoPackage->checkState() == Qt::PartiallyChecked)
        return tr("Choose whether the package renews itself: the selected SIMs differ.");
    if (m_packet) {
        if (QString problem = catalogProblem(); !problem.isEmpty())
            return problem;
        if (m_packet->currentIndex() < 0)
            return tr("Choose the tariff the SIMs move to.");
        // The dialog may stay open past midnight.
        const QDate earliest = earliestTariffDate();
        if (m_tariffDate->date() < earliest)
            return tr("The new tariff cannot start before %1: choose that day or a later one.")
                .arg(SimText::shortDate(earliest));
    }
    if (m_smallPacket) {
        if (QString problem = topUpProblem(); !problem.isEmpty())
            return problem;
    }
    return SimOperations::validate(m_op, params());
}

void OperationParamsEditor::onSmsChanged() {
    const QString text = m_sms->toPlainText();
    if (text.size() > SimOperations::kMaxSmsLength) {
        // Typing stops at the limit; a longer paste keeps its beginning.
        QTextCursor cursor = m_sms->textCursor();
        const int position = qMin(cursor.position(), SimOperations::kMaxSmsLength);
        {
            const QSignalBlocker blocker(m_sms);
            m_sms->setPlainText(text.left(SimOperations::kMaxSmsLength));
        }
        cursor = m_sms->textCursor();
        cursor.setPosition(position);
        m_sms->setTextCursor(cursor);
        m_smsNote->setText(tr("An SMS holds at most %1 characters; the text was cut to fit.")
                               .arg(SimOperations::kMaxSmsLength));
        m_smsNote->show();
    }
    updateState();
}

void OperationParamsEditor::updateState() {
    if (m_sms) {
        m_smsCounter->setText(tr("%1 / %2", "SMS characters used / allowed")
                                  .arg(m_sms->toPlainText().size())
                                  .arg(SimOperations::kMaxSmsLength));
    }
    if (m_limitType) {
        const bool month = LimitType(m_limitType->currentData().toInt()) == LimitType::Month;
        m_limitValue->setEnabled(month);
        m_limitValueLabel->setEnabled(month);
    }
    const QString problem = this->problem();
    // An empty SMS, or a choice not made yet (its box says "Choose…"), is not
    // worth a red line: the disabled button says enough.
    const auto unchosen = [](const QComboBox* box) { return box && box->currentIndex() < 0; };
    const bool quiet = (m_sms && m_sms->toPlainText().trimmed().isEmpty()) || unchosen(m_service) ||
                       unchosen(m_infoSms) || (unchosen(m_packet) && m_packet->isEnabled());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty() && !quiet);
    emit changed();
}

void OperationParamsEditor::retranslateUi() {
    QString text;
    switch (m_op) {
    case SimOperation::Block:
        text = tr("Blocking stops data and calls on these SIMs until they are unblocked.");
        break;
    case SimOperation::Unblock:
        text = tr("Unblocking lets these SIMs use data and calls again. A SIM blocked by its MSU "
                  "limit (code m) cannot be unblocked: such SIMs are skipped.");
        break;
    case SimOperation::Reconnect:
        text = tr("NovaConnect carries out a reconnect as a disconnect from the network: each "
                  "SIM's session is ended and the SIM reconnects by itself.");
        break;
    case SimOperation::Disconnect:
        text = tr("Disconnecting ends each SIM's current network session. The SIM reconnects by "
                  "itself when it next needs the network.");
        break;
    case SimOperation::Ping:
        text = tr("NovaConnect pings each SIM to check that it answers on the network.");
        break;
    case SimOperation::Sms:
        text = tr("The text is sent to each SIM as one SMS.");
        break;
    case SimOperation::Limit:
        text = tr("The data limit blocks a SIM's data once it has used the given amount in a "
                  "calendar month. \"Off\" removes the limit.");
        break;
    case SimOperation::Tariff:
        text = tr("Sets the data package of each SIM's tariff plan.");
        break;
    case SimOperation::Repackage:
        text = tr("Adds the tariff plan's data package to each SIM again.");
        break;
    case SimOperation::Group:
        text = tr("Checked: every selected SIM is in the group. Unchecked: none is. Partly "
                  "checked: the group is kept by the SIMs in it now and not added to the others. "
                  "The list starts as the SIMs are now; only what you change is sent.");
        break;
    case SimOperation::ServiceBlock:
        text = tr("Blocks one service (internet, SMS or calls) on each SIM; the others keep "
                  "working. One request is sent per SIM.");
        break;
    case SimOperation::ServiceUnblock:
        text = tr("Allows one service (internet, SMS or calls) on each SIM again. One request is "
                  "sent per SIM.");
        break;
    case SimOperation::FinanceBlock:
        text = tr("A financial block stops each SIM until it is lifted. One request is sent per "
                  "SIM.");
        break;
    case SimOperation::FinanceUnblock:
        text = tr("Lifts the financial block of each SIM. One request is sent per SIM.");
        break;
    case SimOperation::TariffFromDate:
        text = tr("Each SIM moves to the chosen tariff on the chosen day. One request is sent per "
                  "SIM.");
        break;
    case SimOperation::TopUp:
        text = tr("Adds a top-up packet to each SIM's tariff. One request is sent per SIM.");
        break;
    case SimOperation::InfoSms:
        text = tr("The operator sends each SIM's subscriber an SMS about their calls or internet "
                  "packet. One request is sent per SIM.");
        break;
    }
    m_explanation->setText(text);
    if (m_sms)
        m_sms->setPlaceholderText(tr("SMS text"));
    if (m_limitType) {
        m_limitTypeLabel->setText(tr("Limit &type:"));
        m_limitType->setItemText(0, tr("Off", "data limit type"));
        m_limitType->setItemText(1, tr("Calendar month", "data limit type"));
        m_limitValueLabel->setText(tr("&Value:", "data limit"));
        m_limitValue->setSuffix(tr(" MB"));
    }
    if (m_package) {
        m_packageLabel->setText(tr("&Package size:"));
        const QLocale locale;
        for (int i = 0; i < m_package->count(); ++i)
            m_package->setItemText(
                i, tr("%1 MB").arg(locale.toString(m_package->itemData(i).toInt())));
        m_autoPackage->setText(tr("Auto-renew the package when it is used up"));
        m_worldRoaming->setText(tr("Worldwide roaming (TD_Mega)"));
        m_worldRoaming->setToolTip(tr("Partly checked: each SIM keeps its roaming setting."));
        m_autoPackage->setToolTip(
            tr("Partly checked: the selected SIMs differ; check or uncheck to choose."));
    }
    retranslateChoices();
    if (m_sms || m_limitType || m_package || m_groups || m_service || m_packet || m_smallPacket ||
        m_infoSms)
        updateState();
}

void OperationParamsEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace simfleet
