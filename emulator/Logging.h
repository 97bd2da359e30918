#pragma once

#include <QLoggingCategory>

namespace novaemu {

Q_DECLARE_LOGGING_CATEGORY(lcEmulator)
Q_DECLARE_LOGGING_CATEGORY(lcEmulatorQueue)

} // namespace novaemu
