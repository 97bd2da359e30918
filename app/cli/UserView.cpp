#include "app/cli/UserView.h"

#include "app/cli/Format.h"

namespace simfleet {

QString UserView::roleName(const User& user) {
    if (user.isAdmin())
        return tr("Administrator");
    if (user.role.trimmed().isEmpty())
        return tr("Read-only");
    return tr("Read-only (%1)").arg(user.role.trimmed());
}

const RecordView<User>& UserView::view() {
    static const RecordView<User> view{{{tr("ID"), TablePrinter::Align::Right},
                                        {tr("First name")},
                                        {tr("Last name")},
                                        {tr("Email")},
                                        {tr("Phone")},
                                        {tr("Role")},
                                        {tr("Active", "user account")}},
                                       [](const User& user) {
                                           return QStringList{QString::number(user.id),
                                                              user.firstName,
                                                              user.lastName,
                                                              user.email,
                                                              user.phone,
                                                              roleName(user),
                                                              Format::yesNo(user.active)};
                                       },
                                       [](const User& user) { return user.toJson(); }};
    return view;
}

} // namespace simfleet
