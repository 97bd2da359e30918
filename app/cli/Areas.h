#pragma once

namespace simfleet {

struct AreaSpec;

// One function per API area, each in its own *Commands.cpp.
AreaSpec simsArea();
AreaSpec groupsArea();
AreaSpec usersArea();
AreaSpec profileArea();
AreaSpec companyArea();
AreaSpec billsArea();
AreaSpec reportsArea();
AreaSpec operatorArea(); // the second operator (api/v2)
// v2 activate, bind and swap (OperatorIdentityCommands.cpp), added by operatorArea().
void addOperatorIdentityActions(AreaSpec& area);

} // namespace simfleet
