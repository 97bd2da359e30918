#pragma once

#include <QString>

namespace simfleet {

struct NewUser;
struct UserChanges;

// What the client checks before it sends a user's details (user/create,
// user/edit): the names, the email and the phone are required and must look
// like what they are. Each check takes the text as typed and returns a
// translated sentence for that field, or an empty string when the value is
// fine. The password is the server's to judge (its rules are not documented):
// empty means "generate one" on creation and "unchanged" on an edit.
namespace UserInput {

QString firstNameProblem(const QString& text);
QString lastNameProblem(const QString& text);
QString emailProblem(const QString& text);
QString phoneProblem(const QString& text);

// The phone as it is sent: "+", then digits only ("+7 (701) 123-45-67" →
// "+77011234567"); spaces, dashes, dots and brackets are dropped.
QString normalizedPhone(const QString& text);

// The first problem of a new user or of the fields an edit changes; empty
// when it may be sent.
QString problem(const NewUser& user);
QString problem(const UserChanges& changes);

} // namespace UserInput

} // namespace simfleet
