#include "views/shell/SessionStatusWidget.h"

#include "api/Session.h"
#include "resources/ResourceIcons.h"
#include "views/common/PlainLabels.h"
#include "views/common/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace simfleet {

SessionStatusWidget::SessionStatusWidget(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_badge(new QWidget(this))
    , m_badgeIcon(new QLabel(m_badge))
    , m_badgeText(new QLabel(m_badge)) {
    m_summary->setObjectName(QStringLiteral("sessionSummary"));
    m_badge->setObjectName(QStringLiteral("readOnlyBadge"));
    QFont bold = m_badgeText->font();
    bold.setBold(true);
    m_badgeText->setFont(bold);
    applyBadgeColours();
    m_badge->installEventFilter(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_badgeIcon->setPixmap(ResourceIcons::icon(QStringLiteral("read-only")).pixmap(size, size));

    auto* badgeLayout = new QHBoxLayout(m_badge);
    badgeLayout->setContentsMargins(5, 1, 6, 1);
    badgeLayout->setSpacing(4);
    badgeLayout->addWidget(m_badgeIcon);
    badgeLayout->addWidget(m_badgeText);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(8);
    layout->addWidget(m_summary);
    layout->addWidget(m_badge);
    // A saved profile edit shows its new name at once.
    connect(m_session, &Session::userChanged, this, &SessionStatusWidget::updateFromSession);
    retranslateUi();
    PlainLabels::apply(this);
}

void SessionStatusWidget::updateFromSession() {
    if (!m_session->isSignedIn()) {
        m_summary->setText(tr("Not signed in"));
        m_summary->setToolTip({});
        m_badge->hide();
        return;
    }
    const QString separator = QStringLiteral(" · ");
    QStringList parts{m_session->user().displayName()};
    if (!m_session->company().name.isEmpty())
        parts << m_session->company().name;
    parts << m_session->roleDisplayName();
    m_summary->setText(parts.join(separator));
    m_summary->setToolTip(
        tr("Signed in as %1 (%2)").arg(m_session->user().fullName(), m_session->user().email));
    m_badge->setVisible(m_session->isReadOnly());
}

QString SessionStatusWidget::summaryText() const {
    return m_summary->text();
}

bool SessionStatusWidget::isReadOnlyBadgeShown() const {
    return !m_badge->isHidden();
}

void SessionStatusWidget::retranslateUi() {
    m_badgeText->setText(tr("Read-only"));
    m_badge->setToolTip(tr("Your role can view everything but not change anything. Blocking, "
                           "limits, tariffs and other changes need an Administrator."));
    updateFromSession();
}

void SessionStatusWidget::applyBadgeColours() {
    Theme::applyTint(m_badge, Theme::tint(Theme::Tone::Warning, Theme::current()));
}

bool SessionStatusWidget::eventFilter(QObject* watched, QEvent* event) {
    // The badge's border, over the tint applyBadgeColours() fills it with.
    if (watched == m_badge && event->type() == QEvent::Paint)
        Theme::paintTintBorder(m_badge, Theme::tint(Theme::Tone::Warning, Theme::current()));
    return QWidget::eventFilter(watched, event);
}

void SessionStatusWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyBadgeColours();
    QWidget::changeEvent(event);
}

} // namespace simfleet
