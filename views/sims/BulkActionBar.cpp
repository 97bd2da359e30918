#include "views/sims/BulkActionBar.h"

#include "views/common/PlainLabels.h"

#include <QAction>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

namespace simfleet {

namespace {

QToolButton* actionButton(QAction* action, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

BulkActionBar::BulkActionBar(const QHash<SimOperation, QAction*>& actions, QAction* rename,
                             QWidget* parent)
    : QWidget(parent)
    , m_selected(new QLabel(this))
    , m_hiddenNote(new QLabel(this))
    , m_bringBack(new QPushButton(this))
    , m_reason(new QLabel(this))
    , m_buttons(new QWidget(this))
    , m_more(new QToolButton(m_buttons))
    , m_moreMenu(new QMenu(m_more)) {
    setObjectName(QStringLiteral("bulkActionBar"));
    m_selected->setObjectName(QStringLiteral("bulkSelectedCount"));
    QFont bold = m_selected->font();
    bold.setBold(true);
    m_selected->setFont(bold);
    m_hiddenNote->setObjectName(QStringLiteral("bulkHiddenNote"));
    m_hiddenNote->setWordWrap(true);
    m_hiddenNote->hide();
    m_bringBack->setObjectName(QStringLiteral("bulkBringBack"));
    m_bringBack->setAutoDefault(false);
    m_bringBack->hide();
    connect(m_bringBack, &QPushButton::clicked, this, &BulkActionBar::bringBackRequested);
    m_reason->setObjectName(QStringLiteral("bulkUnavailableReason"));
    m_reason->setWordWrap(true);
    m_reason->hide();
    m_more->setObjectName(QStringLiteral("bulkMore"));
    m_more->setMenu(m_moreMenu);
    // Its disabled operations say why in their tooltips.
    m_moreMenu->setToolTipsVisible(true);
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // The destructive Block stands apart, after a divider; the other
    // destructive ones open More. Operations the provider lacks have no action.
    auto* buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(6);
    for (SimOperation op : {SimOperation::Unblock, SimOperation::Reconnect}) {
        if (QAction* action = actions.value(op))
            buttons->addWidget(actionButton(action, m_buttons));
    }
    buttons->addWidget(m_more);
    if (QAction* block = actions.value(SimOperation::Block)) {
        buttons->addSpacing(12);
        auto* divider = new QFrame(m_buttons);
        divider->setFrameShape(QFrame::VLine);
        divider->setFrameShadow(QFrame::Sunken);
        buttons->addWidget(divider);
        buttons->addSpacing(12);
        buttons->addWidget(actionButton(block, m_buttons));
    }

    const auto addSection = [this, &actions](std::initializer_list<SimOperation> ops) {
        if (!m_moreMenu->isEmpty())
            m_moreMenu->addSeparator();
        for (SimOperation op : ops) {
            if (QAction* action = actions.value(op))
                m_moreMenu->addAction(action);
        }
    };
    addSection({SimOperation::Disconnect, SimOperation::ServiceBlock, SimOperation::FinanceBlock});
    addSection({SimOperation::Ping, SimOperation::Sms, SimOperation::Limit, SimOperation::Tariff,
                SimOperation::Repackage, SimOperation::Group, SimOperation::ServiceUnblock,
                SimOperation::FinanceUnblock, SimOperation::TariffFromDate, SimOperation::TopUp,
                SimOperation::InfoSms});
    if (rename) {
        m_moreMenu->addSeparator();
        m_moreMenu->addAction(rename);
    }

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(12);
    layout->addWidget(m_selected);
    layout->addWidget(m_buttons);
    layout->addWidget(m_reason, 1);
    layout->addStretch(0);
    layout->addWidget(m_hiddenNote, 1);
    layout->addWidget(m_bringBack);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    retranslateUi();
    PlainLabels::apply(this);
}

void BulkActionBar::setSelectedCount(int count) {
    m_count = count;
    m_selected->setText(tr("%1 selected", "SIMs").arg(QLocale().toString(count)));
}

void BulkActionBar::setHiddenCount(int count, bool canBringBack) {
    m_hiddenCount = count;
    m_canBringBack = canBringBack;
    m_hiddenNote->setText(
        tr("%Ln selected SIM(s) are hidden by the filter and no longer selected.", "", count));
    m_hiddenNote->setVisible(count > 0);
    m_bringBack->setVisible(count > 0 && canBringBack);
    m_selected->setVisible(m_count > 0 || count == 0);
}

void BulkActionBar::setUnavailableReason(const QString& reason) {
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    m_buttons->setVisible(reason.isEmpty() && m_count > 0);
}

QString BulkActionBar::unavailableReason() const {
    return m_reason->isHidden() ? QString() : m_reason->text();
}

bool BulkActionBar::buttonsShown() const {
    return !m_buttons->isHidden();
}

void BulkActionBar::retranslateUi() {
    m_more->setText(tr("More", "more operations"));
    m_bringBack->setText(tr("Bring them back", "hidden selected SIMs"));
    m_bringBack->setToolTip(tr("Go back to the filter they were shown with (or clear the filter "
                               "if it still hides them) and select them again"));
    setSelectedCount(m_count);
    setHiddenCount(m_hiddenCount, m_canBringBack);
}

void BulkActionBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace simfleet
