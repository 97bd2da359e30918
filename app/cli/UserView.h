#pragma once

#include "api/User.h"
#include "app/cli/RecordView.h"

namespace simfleet {

// How users look in `users` and `profile` output.
class UserView final {
    Q_DECLARE_TR_FUNCTIONS(UserView)

public:
    static const RecordView<User>& view();
    static QString roleName(const User& user);
};

} // namespace simfleet
