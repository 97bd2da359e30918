#include "emulator/Messages.h"

#include <array>

namespace novaemu {

namespace {

struct Entry {
    Msg id;
    const char* ru;
    const char* en;
};

constexpr std::array kEntries{
    Entry{Msg::Ok, "Успешно", "OK"},
    Entry{Msg::Unauthorized, "Токен недействителен или отозван",
          "The access token is invalid or revoked"},
    Entry{Msg::Forbidden, "Недостаточно прав: метод доступен только администратору",
          "Not allowed: this method is available to administrators only"},
    Entry{Msg::UnknownMethod, "Метод %1 не существует", "Method %1 does not exist"},
    Entry{Msg::WrongHttpMethod, "Метод %1 вызывается запросом %2",
          "Method %1 must be called with %2"},
    Entry{Msg::BodyNotObject, "Тело запроса должно быть JSON-объектом",
          "The request body must be a JSON object"},
    Entry{Msg::FieldRequired, "Не указан обязательный параметр %1",
          "Required parameter %1 is missing"},
    Entry{Msg::FieldInvalid, "Неверное значение параметра %1", "Parameter %1 has an invalid value"},
    Entry{Msg::ItemsEmpty, "Массив items не должен быть пустым", "items must not be empty"},
    Entry{Msg::ItemsNotInts, "Массив items должен содержать целочисленные ID сим-карт",
          "items must contain integer SIM ids"},
    Entry{Msg::CallbackUrlInvalid, "callbackUrl должен быть адресом http(s)",
          "callbackUrl must be an http(s) URL"},
    Entry{Msg::SmsTextMissing, "Не указан текст СМС (params.text)",
          "The SMS text (params.text) is missing"},
    Entry{Msg::SmsTooLong, "Текст СМС длиннее 70 символов (%1)",
          "The SMS text is longer than 70 characters (%1)"},
    Entry{Msg::LimitTypeInvalid, "Тип лимита params.type должен быть off или month1",
          "Limit type params.type must be off or month1"},
    Entry{Msg::LimitValueInvalid,
          "Значение лимита params.value должно быть неотрицательным целым числом мегабайт",
          "Limit value params.value must be a non-negative whole number of megabytes"},
    Entry{Msg::TariffValueInvalid,
          "Размер пакета params.value должен быть от 15360 до 102400 КБ с шагом 5120 КБ",
          "Package size params.value must be 15360 to 102400 KB in steps of 5120 KB"},
    Entry{Msg::DateFormat, "Дата %1 должна быть в формате ДД-ММ-ГГГГ",
          "Date %1 must be in DD-MM-YYYY format"},
    Entry{Msg::DateOrder, "Дата начала периода позже даты окончания",
          "The start date is after the end date"},
    Entry{Msg::DateRangeTooLong, "Период отчёта не может быть длиннее 366 дней",
          "The report period cannot be longer than 366 days"},
    Entry{Msg::SelectInvalid, "Неверный элемент select: %1 (ожидается all, s_<id> или g_<id>)",
          "Invalid select entry: %1 (expected all, s_<id> or g_<id>)"},
    Entry{Msg::PagingRequired, "Параметры page и size обязательны",
          "Parameters page and size are required"},
    Entry{Msg::PagingInvalid, "page должен быть целым числом от 0, size — целым числом от 1",
          "page must be a whole number from 0 and size a whole number from 1"},
    Entry{Msg::SortInvalid, "Неверная сортировка: %1", "Invalid sort: %1"},
    Entry{Msg::FilterInvalid, "Неверный фильтр %1", "Invalid filter %1"},
    Entry{Msg::SimNotFound, "Сим-карта %1 не найдена", "SIM %1 not found"},
    Entry{Msg::GroupNotFound, "Группа %1 не найдена", "Group %1 not found"},
    Entry{Msg::GroupNameEmpty, "Название группы не может быть пустым",
          "The group name must not be empty"},
    Entry{Msg::GroupExists, "Группа «%1» уже существует", "Group \"%1\" already exists"},
    Entry{Msg::UserNotFound, "Пользователь %1 не найден", "User %1 not found"},
    Entry{Msg::UserRemoveSelf, "Нельзя удалить самого себя", "You cannot remove yourself"},
    Entry{Msg::UserSelfRestricted,
          "Свои пароль, активность и роль изменить нельзя (пароль — методом user/password)",
          "You cannot change your own password, activity or role (use user/password for the "
          "password)"},
    Entry{Msg::UserEmailExists, "Пользователь с email %1 уже существует",
          "A user with email %1 already exists"},
    Entry{Msg::UserRoleInvalid, "Неизвестная роль %1 (допустимы admin и user)",
          "Unknown role %1 (admin and user are allowed)"},
    Entry{Msg::PasswordWrong, "Старый пароль указан неверно", "The old password is wrong"},
    Entry{Msg::PasswordTooShort, "Пароль должен содержать не менее 6 символов",
          "The password must be at least 6 characters long"},
    Entry{Msg::BillNotFound, "Счёт %1 не найден", "Bill %1 not found"},
    Entry{Msg::DownloadModeInvalid, "Неизвестный режим mode=%1 (допустим transcript)",
          "Unknown mode=%1 (transcript is allowed)"},
    Entry{Msg::InternalError, "Внутренняя ошибка сервера", "Internal server error"},
};

} // namespace

QString Messages::text(Msg id, Lang lang) {
    for (const Entry& entry : kEntries) {
        if (entry.id == id)
            return QString::fromUtf8(lang == Lang::En ? entry.en : entry.ru);
    }
    return QString();
}

} // namespace novaemu
