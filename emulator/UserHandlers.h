#pragma once

#include "emulator/ApiRouter.h"

#include <optional>

namespace novaemu {

class EmulatorState;
struct UserRecord;

// user/get, user/edit, user/password, user/list, user/create, user/remove.
class UserHandlers final {
    Q_DISABLE_COPY_MOVE(UserHandlers)

public:
    explicit UserHandlers(EmulatorState& state);
    void registerRoutes(ApiRouter& router);

private:
    ApiReply get(const ApiContext& ctx) const;
    ApiReply edit(const ApiContext& ctx);
    ApiReply password(const ApiContext& ctx);
    ApiReply list(const ApiContext& ctx) const;
    ApiReply create(const ApiContext& ctx);
    ApiReply remove(const ApiContext& ctx);
    // Validates the editable fields present in the body into `draft`.
    std::optional<ApiReply> readFields(const ApiContext& ctx, bool withPrivileged, int selfId,
                                       UserRecord* draft) const;

    EmulatorState& m_state;
    int m_generatedPasswords = 0;
};

} // namespace novaemu
