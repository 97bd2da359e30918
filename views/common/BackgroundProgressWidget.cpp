#include "views/common/BackgroundProgressWidget.h"

#include "views/common/PlainLabels.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace simfleet {

BackgroundProgressWidget::BackgroundProgressWidget(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this)) {
    setObjectName(QStringLiteral("backgroundProgress"));
    m_bar->setFixedWidth(120);
    m_bar->setMaximumHeight(m_label->sizeHint().height());
    m_bar->setTextVisible(false);
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, &BackgroundProgressWidget::cancelRequested);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    retranslateUi();
    hide();
    PlainLabels::apply(this);
}

void BackgroundProgressWidget::setProgress(const QString& what, qint64 done, qint64 total) {
    if (total > 0) {
        const int percent = int(qBound(qint64(0), done * 100 / total, qint64(100)));
        m_bar->setRange(0, 100);
        m_bar->setValue(percent);
        m_label->setText(tr("%1 %2%").arg(what, QLocale().toString(percent)));
        m_bar->setToolTip(tr("%1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
    } else {
        m_bar->setRange(0, 0);
        m_label->setText(what);
        m_bar->setToolTip({});
    }
    show();
}

void BackgroundProgressWidget::finish() {
    hide();
}

void BackgroundProgressWidget::retranslateUi() {
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop this background work"));
}

void BackgroundProgressWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace simfleet
