#include "views/home/HomeCard.h"

#include "models/fleet/SimText.h"
#include "models/home/CardLoad.h"
#include "resources/ResourceIcons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace simfleet {

HomeCard::HomeCard(const QString& objectName, QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_noticeRow(new QWidget(this))
    , m_notice(new QLabel(m_noticeRow))
    , m_noticeRetry(new QPushButton(m_noticeRow))
    , m_stack(new QStackedWidget(this))
    , m_messagePage(new QWidget(m_stack))
    , m_message(new QLabel(m_messagePage))
    , m_retry(new QPushButton(m_messagePage)) {
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    m_notice->setObjectName(QStringLiteral("cardNotice"));
    m_notice->setWordWrap(true);
    m_noticeRetry->setObjectName(QStringLiteral("cardNoticeRetry"));
    m_noticeRetry->setIcon(ResourceIcons::icon(QStringLiteral("refresh")));
    auto* noticeIcon = new QLabel(m_noticeRow);
    noticeIcon->setPixmap(ResourceIcons::icon(QStringLiteral("warning")).pixmap(16, 16));
    auto* noticeLayout = new QHBoxLayout(m_noticeRow);
    noticeLayout->setContentsMargins(0, 0, 0, 0);
    noticeLayout->addWidget(noticeIcon, 0, Qt::AlignTop);
    noticeLayout->addWidget(m_notice, 1);
    noticeLayout->addWidget(m_noticeRetry, 0, Qt::AlignTop);
    m_noticeRow->hide();

    m_message->setObjectName(QStringLiteral("cardMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_retry->setObjectName(QStringLiteral("cardRetry"));
    m_retry->setIcon(ResourceIcons::icon(QStringLiteral("refresh")));
    auto* messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->addStretch(1);
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    messageLayout->addStretch(1);
    m_stack->addWidget(m_messagePage);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_noticeRow);
    layout->addWidget(m_stack, 1);

    connect(m_retry, &QPushButton::clicked, this, &HomeCard::retryRequested);
    connect(m_noticeRetry, &QPushButton::clicked, this, &HomeCard::retryRequested);
    retranslateUi();
    showMessage(QString());
}

void HomeCard::setTitle(const QString& title) {
    m_title->setText(title);
}

void HomeCard::setContent(QWidget* content) {
    m_content = content;
    m_stack->addWidget(content);
}

void HomeCard::showContent() {
    if (m_content)
        m_stack->setCurrentWidget(m_content);
}

void HomeCard::showMessage(const QString& text) {
    m_message->setText(text);
    m_retry->hide();
    m_stack->setCurrentWidget(m_messagePage);
}

void HomeCard::showError(const QString& text) {
    m_message->setText(text);
    m_retry->show();
    m_stack->setCurrentWidget(m_messagePage);
}

void HomeCard::setNotice(const QString& text) {
    m_notice->setText(text);
    m_noticeRow->setVisible(!text.isEmpty());
}

void HomeCard::showLoad(const CardLoad& load) {
    if (load.loaded) {
        showContent();
        if (load.offline())
            setNotice(
                tr("Offline: shown as read at %1.").arg(SimText::shortDateTime(load.loadedAt)));
        else if (load.failed())
            setNotice(tr("Could not refresh: %1").arg(load.error.userMessage()));
        else
            setNotice(QString());
    } else if (load.failed() && !load.loading) {
        setNotice(QString());
        showError(load.error.userMessage());
    } else {
        setNotice(QString());
        showMessage(tr("Loading…"));
    }
}

bool HomeCard::isShowingContent() const {
    return m_content && m_stack->currentWidget() == m_content;
}

void HomeCard::retranslateUi() {
    m_retry->setText(tr("Retry"));
    m_noticeRetry->setText(tr("Retry"));
}

void HomeCard::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace simfleet
