#pragma once

#include "api/SimOperation.h"
#include "models/jobs/BulkPreview.h"

#include <QDialog>

#include <functional>
#include <optional>
#include <utility>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStringListModel;
class QToolButton;

namespace simfleet {

class GroupsModel;
class InlineBanner;
class OperationParamsEditor;
class TariffCatalog;

// One dialog for every bulk operation on the selected SIMs: what the
// operation does, how many SIMs it applies to and which are skipped and why,
// its parameters with live validation, and for destructive operations on many
// SIMs the typed count. The primary button repeats the verb and the count and
// stays disabled until the operation can start. Accepting calls the starter;
// an error keeps the dialog open with the reason.
class BulkOperationDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkOperationDialog)

public:
    // The new job's id, or nullopt with *error set.
    using Starter = std::function<std::optional<qint64>(
        const BulkPreview& preview, const SimOperationParams& params, QString* error)>;
    using SimLookup = std::function<const Sim*(qint64 id)>;

    // Destructive operations on this many applicable SIMs or more ask for the typed count.
    static constexpr int kTypedConfirmationFrom = 100;

    // `lookup` finds the selected SIMs (ICCIDs of the skipped ones, current
    // groups); `groups` are the account's groups for Set groups (may be null).
    BulkOperationDialog(BulkPreview preview, SimLookup lookup, GroupsModel* groups,
                        QWidget* parent = nullptr)
        : BulkOperationDialog(std::move(preview), std::move(lookup), groups, nullptr, parent) {}
    // `tariffs`: the second operator's tariffs and top-ups (Tariff from a
    // date, Top-up); may be null.
    BulkOperationDialog(BulkPreview preview, SimLookup lookup, GroupsModel* groups,
                        TariffCatalog* tariffs, QWidget* parent = nullptr);

    void setStarter(Starter starter);
    // The preview for the chosen parameters (BulkPreview::forParams): SIMs
    // that would not change are skipped as "already so".
    const BulkPreview& preview() const { return m_preview; }
    // What is sent: for Set groups with each SIM's resulting groups.
    SimOperationParams params() const { return m_sendParams; }
    // The started job's id after a successful accept.
    std::optional<qint64> startedJob() const { return m_startedJob; }

    static bool isDestructive(SimOperation op);
    bool needsTypedConfirmation() const;
    // "Block %n SIM(s)", the title and the primary button's words.
    static QString actionText(SimOperation op, int n);
    // "12 — only for TD-profile SIMs", one per reason, most frequent first.
    QStringList skippedSummary() const;
    // One "ICCID\treason" line per skipped SIM, in selection order.
    QString skippedListText() const;

    OperationParamsEditor* paramsEditor() const { return m_params; }
    QPushButton* primaryButton() const { return m_primary; }
    QLineEdit* confirmationField() const { return m_confirm; }
    InlineBanner* errorBanner() const { return m_banner; }
    // Set groups: "12 SIMs join Lifts", one line per changed group.
    QLabel* groupChangesLabel() const { return m_groupChanges; }
    QToolButton* skippedToggle() const { return m_showSkipped; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateState();
    // Rebuilds the preview and its texts from the parameters as they are now.
    void refreshPreview();
    void copySkipped();
    void retranslateUi();

    BulkPreview m_basePreview; // by operation only, as the page built it
    BulkPreview m_preview;
    SimOperationParams m_sendParams;
    SimLookup m_lookup;
    Starter m_starter;
    std::optional<qint64> m_startedJob;
    QLabel* m_title;
    InlineBanner* m_banner;
    QLabel* m_applies;
    QLabel* m_skippedSummary;
    QLabel* m_groupChanges;
    QToolButton* m_showSkipped;
    QPushButton* m_copySkipped;
    QListView* m_skippedList;
    QStringListModel* m_skippedModel;
    OperationParamsEditor* m_params;
    QLabel* m_confirmLabel;
    QLineEdit* m_confirm;
    QPushButton* m_primary;
    QPushButton* m_cancel;
};

} // namespace simfleet
