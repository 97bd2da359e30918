#pragma once

#include "emulator/ApiRouter.h"

namespace novaemu {

class EmulatorState;

// group/list, group/create, group/edit, group/remove.
class GroupHandlers final {
    Q_DISABLE_COPY_MOVE(GroupHandlers)

public:
    explicit GroupHandlers(EmulatorState& state);
    void registerRoutes(ApiRouter& router);

private:
    ApiReply list(const ApiContext& ctx) const;
    ApiReply create(const ApiContext& ctx);
    ApiReply edit(const ApiContext& ctx);
    ApiReply remove(const ApiContext& ctx);

    EmulatorState& m_state;
};

} // namespace novaemu
