#include "InlineBanner.h"

#include "PlainLabels.h"
#include "ResourceIcons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

InlineBanner::InlineBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this)) {
    setObjectName(QStringLiteral("inlineBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_icon->setAlignment(Qt::AlignTop);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setIcon(ResourceIcons::icon(QStringLiteral("close")));
    m_close->setAutoRaise(true);

    auto* texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_text);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 6, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_action, &QPushButton::clicked, this, &InlineBanner::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
    m_action->hide();
    applyKind();
    retranslateUi();
    hide();
    PlainLabels::apply(this);
}

void InlineBanner::showMessage(Kind kind, const QString& title, const QString& text,
                               const QString& actionText) {
    m_kind = kind;
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    m_text->setText(text);
    setActionText(actionText);
    applyKind();
    show();
}

void InlineBanner::setActionText(const QString& text) {
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

void InlineBanner::setClosable(bool closable) {
    m_close->setVisible(closable);
}

QString InlineBanner::title() const {
    return m_title->text();
}

QString InlineBanner::text() const {
    return m_text->text();
}

void InlineBanner::applyKind() {
    // Light tints with dark text stay readable under both light and dark palettes.
    QString icon, background, border;
    switch (m_kind) {
    case Kind::Error:
        icon = QStringLiteral("error");
        background = QStringLiteral("#fdecec");
        border = QStringLiteral("#d64545");
        break;
    case Kind::Warning:
        icon = QStringLiteral("warning");
        background = QStringLiteral("#fff6dc");
        border = QStringLiteral("#d9a300");
        break;
    case Kind::Info:
        icon = QStringLiteral("info");
        background = QStringLiteral("#e8f1fb");
        border = QStringLiteral("#2f6fbf");
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(ResourceIcons::icon(icon).pixmap(size, size));
    setStyleSheet(QStringLiteral("QFrame#inlineBanner { background: %1; border: 1px solid %2; "
                                 "border-radius: 4px; } QFrame#inlineBanner QLabel { color: "
                                 "#1f2328; background: transparent; }")
                      .arg(background, border));
}

void InlineBanner::retranslateUi() {
    m_close->setToolTip(tr("Close"));
}

void InlineBanner::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}
