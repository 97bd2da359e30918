#pragma once

#include <QString>

#include <optional>

namespace simfleet {

// Reads secrets (passwords) from standard input, one per line. When stdin is
// a terminal the prompt goes to stderr and typing is not echoed.
namespace SecretInput {

// nullopt at end of input.
std::optional<QString> readLine(const QString& prompt);

} // namespace SecretInput

} // namespace simfleet
