#pragma once

#include "emulator/ApiTypes.h"

#include <QHash>
#include <QString>

#include <functional>

namespace novaemu {

// Maps an API method name ("sim/list") to its handler and the role it requires.
class ApiRouter final {
public:
    enum class Access { Any, Admin };
    using Handler = std::function<ApiReply(const ApiContext&)>;
    struct Route {
        Access access = Access::Any;
        Handler handler;
    };

    void add(const QString& method, Access access, Handler handler) {
        m_routes.insert(method, Route{access, std::move(handler)});
    }
    const Route* find(const QString& method) const {
        auto it = m_routes.constFind(method);
        return it == m_routes.cend() ? nullptr : &it.value();
    }

private:
    QHash<QString, Route> m_routes;
};

} // namespace novaemu
