#include "emulator/Logging.h"

namespace novaemu {

Q_LOGGING_CATEGORY(lcEmulator, "simfleet.emulator", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEmulatorQueue, "simfleet.emulator.queue", QtInfoMsg)

} // namespace novaemu
