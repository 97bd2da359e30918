#pragma once

#include "emulator/ApiTypes.h"

#include <QJsonValue>
#include <QList>

#include <optional>

namespace novaemu {

// Strict readers for request bodies. Each returns std::nullopt on success, or the 400/404
// answer to send.
namespace Params {

using Error = std::optional<ApiReply>;

struct Paging {
    int page = 0;
    int size = 0;
};

// A JSON number with an integral value inside the int range.
bool toInt(const QJsonValue& value, int* out);

// `page` (from 0) and `size` (from 1, clamped to maxSize). When not required, missing keys
// take page 0 / defaultSize.
Error paging(const ApiContext& ctx, bool required, int defaultSize, int maxSize, Paging* out);

// Required integer field `key` of `object`; `display` names it in the message.
Error requiredInt(const ApiContext& ctx, const QJsonObject& object, const QString& key,
                  const QString& display, int* out);

// Optional string field: absent/null leaves *out untouched; other types are an error.
Error optionalString(const ApiContext& ctx, const QJsonObject& object, const QString& key,
                     std::optional<QString>* out);

// Optional bool field, same rules.
Error optionalBool(const ApiContext& ctx, const QJsonObject& object, const QString& key,
                   std::optional<bool>* out);

// A non-empty array of integer ids (`items`), duplicates removed, order kept.
Error items(const ApiContext& ctx, QList<int>* out);

} // namespace Params

} // namespace novaemu
