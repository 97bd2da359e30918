#pragma once

#include "api/Provider.h"
#include "views/sims/SimsExportController.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace simfleet {

// The row above the SIM table: Refresh, Select all shown, Select from list,
// Export (driven by SimsExportController); right of them what the data is
// (snapshot time, offline, server-side), the export's and the load's progress,
// and the toggle of the details pane.
class SimsToolbar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimsToolbar)

public:
    explicit SimsToolbar(QWidget* parent = nullptr);

    // The export's widgets, for SimsExportController (banner not included).
    SimsExportController::Controls exportControls() const;
    QToolButton* detailsToggle() const { return m_detailsToggle; }

    // "As of 14:02", "Offline — …"; empty hides it.
    void setDataState(const QString& text);
    // The load's progress; `total` < 0 when unknown.
    void showLoadProgress(qint64 received, qint64 total);
    void hideLoadProgress();
    // Select from list needs the whole fleet on this computer (not so while
    // NovaConnect filters a very large fleet).
    void setSelectFromListAvailable(bool available);
    // Whose SIM list Refresh reads (its tooltip names the provider).
    void setProvider(ProviderKind provider);

signals:
    void refreshRequested();
    void selectAllRequested();
    void selectFromListRequested();
    void detailsToggled(bool shown);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QToolButton* m_refresh;
    QToolButton* m_selectAll;
    QToolButton* m_selectFromList;
    QToolButton* m_export;
    QLabel* m_dataState;
    QLabel* m_exportLabel;
    QProgressBar* m_exportProgress;
    QPushButton* m_exportCancel;
    QLabel* m_progressLabel;
    QProgressBar* m_progress;
    QToolButton* m_detailsToggle;
    bool m_selectFromListAvailable = true;
    ProviderKind m_provider = ProviderKind::NovaConnect;
    qint64 m_received = 0;
    qint64 m_total = -1;
};

} // namespace simfleet
