#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace simfleet {

// A masked password entry with a Show/Hide button. clearPassword() wipes the
// text and the entry's undo history, so nothing typed stays behind once a
// dialog is done with it.
class PasswordField final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordField)

public:
    explicit PasswordField(QWidget* parent = nullptr);

    QString password() const;
    void setPassword(const QString& password);
    void clearPassword();
    bool isShown() const;
    void setShown(bool shown);

    QLineEdit* lineEdit() const { return m_edit; }
    QToolButton* toggleButton() const { return m_toggle; }

signals:
    void passwordEdited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLineEdit* m_edit;
    QToolButton* m_toggle;
};

} // namespace simfleet
