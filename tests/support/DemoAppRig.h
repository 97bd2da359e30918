#pragma once

#include "app/gui/AppController.h"

#include <QString>
#include "tests/support/TestTemporaryDir.h"

#include <functional>
#include <memory>

namespace simfleet {

class Settings;

// What the GUI tests share to run the desktop app in demo mode: a settings
// file of their own in a temporary folder (English unless a test says
// otherwise), starting the built-in emulator, and waiting for the fleet.
class DemoAppRig final {
public:
    using AdjustOptions = std::function<void(AppController::StartOptions&)>;

    DemoAppRig();
    ~DemoAppRig();
    DemoAppRig(const DemoAppRig&) = delete;
    DemoAppRig& operator=(const DemoAppRig&) = delete;

    // For initTestCase(): test-mode standard paths and the Fusion style.
    static void prepareTestCase();

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    Settings* settings() const { return m_settings.get(); }

    // Starts `controller` in demo mode as `role` with `sims` SIMs; `adjust`
    // may change the options first. False, with a warning, when it did not start.
    static bool start(AppController* controller, const QString& role, int sims,
                      const QString& language = QStringLiteral("en"),
                      const AdjustOptions& adjust = {});
    // Waits until the main window shows and the SIMs page holds `rows` SIMs.
    static bool waitForFleet(AppController* controller, int rows, int timeoutMs = 60000);

private:
    TestTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
};

} // namespace simfleet
