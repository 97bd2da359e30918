#include "views/sims/SimNameEditor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace simfleet {

SimNameEditor::SimNameEditor(QToolButton* renameButton, QWidget* parent)
    : QWidget(parent)
    , m_renameButton(renameButton)
    , m_edit(new QLineEdit(this))
    , m_save(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_busyLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("renameBox"));
    m_renameButton->setObjectName(QStringLiteral("renameSim"));
    m_renameButton->setIcon(QIcon());
    m_renameButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_renameButton, &QToolButton::clicked, this, &SimNameEditor::openRequested);
    m_edit->setObjectName(QStringLiteral("nameEditor"));
    m_edit->setClearButtonEnabled(true);
    m_save->setObjectName(QStringLiteral("saveName"));
    m_cancel->setObjectName(QStringLiteral("cancelName"));
    m_busyLabel->setObjectName(QStringLiteral("renameBusy"));
    m_busyLabel->setWordWrap(true);
    m_busyLabel->hide();
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addLayout(buttons);
    layout->addWidget(m_busyLabel);
    hide();
    connect(m_save, &QPushButton::clicked, this, &SimNameEditor::submit);
    connect(m_edit, &QLineEdit::returnPressed, this, &SimNameEditor::submit);
    connect(m_cancel, &QPushButton::clicked, this, &SimNameEditor::cancel);
    retranslateUi();
}

void SimNameEditor::setAllowed(bool allowed, const QString& reason) {
    m_allowed = allowed;
    m_reason = reason;
    if (!allowed && !m_busy)
        hide();
    updateState();
}

bool SimNameEditor::open(const QString& name) {
    if (!m_allowed || m_busy)
        return false;
    m_edit->setText(name);
    show();
    updateState();
    return true;
}

void SimNameEditor::closeUnlessBusy() {
    if (!m_busy)
        hide();
    updateState();
}

void SimNameEditor::setBusy(bool busy) {
    m_busy = busy;
    updateState();
}

void SimNameEditor::finish(bool ok) {
    m_busy = false;
    if (ok)
        hide();
    updateState();
}

void SimNameEditor::submit() {
    if (!m_allowed || m_busy)
        return;
    emit submitted(m_edit->text().trimmed());
}

void SimNameEditor::cancel() {
    if (m_busy)
        return;
    hide();
    updateState();
}

void SimNameEditor::updateState() {
    m_renameButton->setEnabled(m_allowed && !m_busy && isHidden());
    m_renameButton->setToolTip(m_allowed ? tr("Change this SIM's name") : m_reason);
    m_edit->setEnabled(!m_busy);
    m_save->setEnabled(!m_busy && m_allowed);
    m_cancel->setEnabled(!m_busy);
    m_busyLabel->setVisible(m_busy);
}

void SimNameEditor::retranslateUi() {
    m_renameButton->setText(tr("Rename…"));
    m_edit->setPlaceholderText(tr("New name"));
    m_save->setText(tr("Save"));
    m_cancel->setText(tr("Cancel"));
    m_busyLabel->setText(tr("Saving the name in NovaConnect…"));
    updateState();
}

void SimNameEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace simfleet
