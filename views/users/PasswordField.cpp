#include "views/users/PasswordField.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace simfleet {

PasswordField::PasswordField(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_toggle(new QToolButton(this)) {
    m_edit->setObjectName(QStringLiteral("password"));
    m_edit->setEchoMode(QLineEdit::Password);
    // The typed password is not something to drag or copy elsewhere.
    m_edit->setDragEnabled(false);
    m_edit->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_toggle->setObjectName(QStringLiteral("showPassword"));
    m_toggle->setCheckable(true);
    m_toggle->setFocusPolicy(Qt::TabFocus);
    setFocusProxy(m_edit);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_toggle);

    connect(m_toggle, &QToolButton::toggled, this, [this](bool shown) {
        m_edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        retranslateUi();
    });
    connect(m_edit, &QLineEdit::textEdited, this, &PasswordField::passwordEdited);
    retranslateUi();
}

QString PasswordField::password() const {
    return m_edit->text();
}

void PasswordField::setPassword(const QString& password) {
    m_edit->setText(password);
}

void PasswordField::clearPassword() {
    // setText() (unlike clear()) also drops the undo history.
    m_edit->setText(QString());
    setShown(false);
}

bool PasswordField::isShown() const {
    return m_toggle->isChecked();
}

void PasswordField::setShown(bool shown) {
    m_toggle->setChecked(shown);
}

void PasswordField::retranslateUi() {
    const bool shown = m_toggle->isChecked();
    m_toggle->setText(shown ? tr("Hide", "password") : tr("Show", "password"));
    m_toggle->setToolTip(shown ? tr("Hide the password") : tr("Show the password"));
}

void PasswordField::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace simfleet
