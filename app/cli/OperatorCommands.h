#pragma once

#include "app/cli/CommandRegistry.h"
#include "app/cli/RecordView.h"

#include <QCoreApplication>

namespace simfleet {

class Invocation;
struct Sim;

// v2 login | list | show | packets | change | retry | usage: the second operator (api/v2);
// activate | bind | swap are OperatorIdentityCommands.
class OperatorCommands final {
    Q_DECLARE_TR_FUNCTIONS(OperatorCommands)

public:
    static AreaSpec area();

private:
    static const RecordView<Sim>& simView();
    static void login(Invocation& inv);
    static void list(Invocation& inv);
    static void show(Invocation& inv);
    static void packets(Invocation& inv);
    static void change(Invocation& inv);
    static void retry(Invocation& inv);
    static void usage(Invocation& inv);
    // The login whose job journal a change goes to (--login, or the desktop
    // app's at this address); empty, after a usage error, when unknown.
    static QString accountLogin(Invocation& inv);
};

} // namespace simfleet
