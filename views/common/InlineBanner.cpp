#include "views/common/InlineBanner.h"

#include "resources/ResourceIcons.h"
#include "views/common/PlainLabels.h"
#include "views/common/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace simfleet {

InlineBanner::InlineBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this)) {
    setObjectName(QStringLiteral("inlineBanner"));
    // A 1 px box, drawn by paintEvent() in the tint's border colour.
    setFrameShape(QFrame::Box);
    setLineWidth(1);

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

void InlineBanner::showMessage(Kind kind, Text title, Text text, Text actionText) {
    m_kind = kind;
    m_titleText = std::move(title);
    m_bodyText = std::move(text);
    m_actionText = std::move(actionText);
    renderTexts();
    applyKind();
    show();
}

void InlineBanner::showMessage(Kind kind, const QString& title, const QString& text,
                               const QString& actionText) {
    auto constant = [](const QString& value) -> Text {
        if (value.isEmpty())
            return {};
        return [value] { return value; };
    };
    showMessage(kind, constant(title), constant(text), constant(actionText));
}

void InlineBanner::renderTexts() {
    const QString title = m_titleText ? m_titleText() : QString();
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    m_text->setText(m_bodyText ? m_bodyText() : QString());
    const QString action = m_actionText ? m_actionText() : QString();
    m_action->setText(action);
    m_action->setVisible(!action.isEmpty());
}

void InlineBanner::setActionText(const QString& text) {
    if (text.isEmpty())
        m_actionText = {};
    else
        m_actionText = [text] { return text; };
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
    QString icon;
    switch (m_kind) {
    case Kind::Error:
        icon = QStringLiteral("error");
        break;
    case Kind::Warning:
        icon = QStringLiteral("warning");
        break;
    case Kind::Info:
        icon = QStringLiteral("info");
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(ResourceIcons::icon(icon).pixmap(size, size));
    // A tint of the kind's colour: light with dark text in the light theme,
    // dark with light text in the dark one.
    Theme::applyTint(this, Theme::tint(tone(), Theme::current()));
}

Theme::Tone InlineBanner::tone() const {
    switch (m_kind) {
    case Kind::Error:
        return Theme::Tone::Bad;
    case Kind::Warning:
        return Theme::Tone::Warning;
    case Kind::Info:
        break;
    }
    return Theme::Tone::Info;
}

void InlineBanner::paintEvent(QPaintEvent*) {
    // The tint's own border instead of the style's frame.
    Theme::paintTintBorder(this, Theme::tint(tone(), Theme::current()));
}

void InlineBanner::retranslateUi() {
    m_close->setToolTip(tr("Close"));
    renderTexts();
}

void InlineBanner::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyKind();
    QFrame::changeEvent(event);
}

BannerArea::BannerArea(QWidget* parent)
    : QScrollArea(parent)
    , m_content(new QWidget)
    , m_layout(new QVBoxLayout(m_content)) {
    setObjectName(QStringLiteral("bannerArea"));
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    setWidget(m_content);
    viewport()->setAutoFillBackground(false);
    m_content->setAutoFillBackground(false);
    hide();
}

void BannerArea::addBanner(InlineBanner* banner) {
    m_layout->addWidget(banner);
    banner->installEventFilter(this);
    updateArea();
}

void BannerArea::setBannerMargins(const QMargins& margins) {
    m_layout->setContentsMargins(margins);
    updateArea();
}

void BannerArea::setMaximumBannerHeight(int pixels) {
    m_maxHeight = pixels;
    updateArea();
}

int BannerArea::maximumBannerHeight() const {
    // About one banner with a title and two lines; more scroll.
    return m_maxHeight > 0 ? m_maxHeight : fontMetrics().lineSpacing() * 5;
}

int BannerArea::contentHeight() const {
    const int width = viewport()->width() > 0 ? viewport()->width() : 600;
    const int height = m_layout->hasHeightForWidth() ? m_layout->heightForWidth(width)
                                                     : m_layout->sizeHint().height();
    return qMin(height, maximumBannerHeight());
}

QSize BannerArea::sizeHint() const {
    return {0, contentHeight()};
}

QSize BannerArea::minimumSizeHint() const {
    // The width of a banner is never a reason for the window to widen: its
    // texts wrap.
    return {0, contentHeight()};
}

void BannerArea::updateArea() {
    bool any = false;
    for (int i = 0; i < m_layout->count(); ++i) {
        if (QWidget* widget = m_layout->itemAt(i)->widget(); widget && !widget->isHidden())
            any = true;
    }
    setVisible(any);
    updateGeometry();
}

bool BannerArea::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::ShowToParent:
    case QEvent::HideToParent:
    case QEvent::LayoutRequest:
        updateArea();
        break;
    default:
        break;
    }
    return QScrollArea::eventFilter(watched, event);
}

void BannerArea::resizeEvent(QResizeEvent* event) {
    QScrollArea::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        updateGeometry(); // wrapped texts need another height
}

} // namespace simfleet
