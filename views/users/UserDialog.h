#pragma once

#include "api/User.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace simfleet {

class InlineBanner;
class PasswordField;
struct ApiError;
class UsersModel;
struct NewUser;
struct UserChanges;

// Creates a company user, or edits one. Names, email and phone are required
// and checked before anything is sent: each problem is shown under its field
// and nothing leaves. The password is optional (on creation empty means the
// server generates one; on an edit, unchanged) and is wiped from the entry
// when the dialog closes. An edit sends only the fields that changed; the
// signed-in user's own password, role and active flag are not offered.
// NovaConnect's refusal (a duplicate email, ...) is shown in the dialog, which
// stays open with everything typed.
class UserDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDialog)

public:
    // Create a new user.
    explicit UserDialog(UsersModel* model, QWidget* parent = nullptr);
    // Edit `user`.
    UserDialog(UsersModel* model, const User& user, QWidget* parent = nullptr);
    ~UserDialog() override;

    bool isEditing() const { return m_editing; }
    qint64 userId() const { return m_user.id; }

    // What would be sent now (create / edit).
    NewUser newUser() const;
    UserChanges changes() const;

    // Checks every field and, if all is well, sends; what the Create/Save
    // button does. False when nothing was sent (a field's problem shows, or
    // an edit changed nothing and the dialog closed).
    bool submit();
    bool isBusy() const { return m_busy; }

    // The problem shown under a field; empty when none.
    QString fieldProblem(const QLineEdit* field) const;
    // The server's refusal shown in the dialog; empty when none.
    QString messageText() const;

    QLineEdit* firstNameEdit() const { return m_firstName; }
    QLineEdit* lastNameEdit() const { return m_lastName; }
    QLineEdit* emailEdit() const { return m_email; }
    QLineEdit* phoneEdit() const { return m_phone; }
    PasswordField* passwordField() const { return m_password; }
    QComboBox* roleBox() const { return m_role; }
    QCheckBox* activeBox() const { return m_active; }
    QCheckBox* sendBox() const { return m_send; }
    QPushButton* primaryButton() const { return m_primary; }

public slots:
    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void retranslateUi();
    void fillRoles();
    // Shows each field's problem; true when there is none.
    bool validate(bool focusFirst);
    QString problemOf(const QLineEdit* field) const;
    void showProblem(const QLineEdit* field, const QString& problem);
    void recheckShownProblem(const QLineEdit* field);
    void setBusy(bool busy);
    void finished(const ApiError& error);

    UsersModel* m_model;
    User m_user; // the user edited (id 0 when creating)
    bool m_editing;
    bool m_busy = false;
    bool m_self = false; // editing the signed-in user

    QLabel* m_intro;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QLabel* m_firstNameLabel;
    QLabel* m_lastNameLabel;
    QLabel* m_emailLabel;
    QLabel* m_phoneLabel;
    QLabel* m_passwordLabel;
    QLabel* m_roleLabel;
    QHash<const QLineEdit*, QLabel*> m_problems;
    PasswordField* m_password;
    QLabel* m_passwordHint;
    QComboBox* m_role;
    QCheckBox* m_active;
    QCheckBox* m_send;
    QLabel* m_selfNote;
    InlineBanner* m_message;
    QDialogButtonBox* m_buttons;
    QPushButton* m_primary;
};

} // namespace simfleet
