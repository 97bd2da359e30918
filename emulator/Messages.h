#pragma once

#include "emulator/ApiTypes.h"

#include <QString>

namespace novaemu {

// Every text the emulator answers with, in Russian and English. Texts with %1/%2 take
// arguments through QString::arg().
enum class Msg {
    Ok,
    Unauthorized,
    Forbidden,
    UnknownMethod,
    WrongHttpMethod,
    BodyNotObject,
    FieldRequired,
    FieldInvalid,
    ItemsEmpty,
    ItemsNotInts,
    CallbackUrlInvalid,
    SmsTextMissing,
    SmsTooLong,
    LimitTypeInvalid,
    LimitValueInvalid,
    TariffValueInvalid,
    DateFormat,
    DateOrder,
    DateRangeTooLong,
    SelectInvalid,
    PagingRequired,
    PagingInvalid,
    SortInvalid,
    FilterInvalid,
    SimNotFound,
    GroupNotFound,
    GroupNameEmpty,
    GroupExists,
    UserNotFound,
    UserRemoveSelf,
    UserSelfRestricted,
    UserEmailExists,
    UserRoleInvalid,
    PasswordWrong,
    PasswordTooShort,
    BillNotFound,
    DownloadModeInvalid,
    InternalError,
};

namespace Messages {
QString text(Msg id, Lang lang);
}

} // namespace novaemu
