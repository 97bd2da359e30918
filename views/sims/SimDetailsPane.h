#pragma once

#include "api/Provider.h"
#include "api/Sim.h"
#include "views/sims/DetailsRows.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QProgressBar;
class QScrollArea;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;

namespace simfleet {

class ProviderDetailsSection;
class SimNameEditor;
class TariffCatalog;

// The SIMs page's right-hand pane: every field of the current SIM in plain
// language (status and limit explained, dates localized, an MSU block marked
// irreversible) with copy buttons for the ICCID and the numbers. The name can
// be changed in place ("Rename…", then Save) when renaming is allowed; the
// page carries the rename out and reports back with finishRename().
class SimDetailsPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimDetailsPane)

public:
    enum class Copyable { Iccid, Number, ExternalNumber };

    explicit SimDetailsPane(QWidget* parent = nullptr);

    // The account's provider: only its fields are shown (NovaConnect's
    // profile, MSU, limit, groups, advice...; the balance of every SIM
    // elsewhere), and a SIM's own extra fields under "Provider details".
    void setProvider(ProviderKind provider);
    // Names the second operator's scheduled tariff and top-ups; may be null.
    void setTariffCatalog(TariffCatalog* tariffs);
    ProviderDetailsSection* providerDetails() const { return m_providerDetails; }
    // False: no Rename… (the provider keeps no names).
    void setRenameShown(bool shown);

    // nullptr shows "Select a SIM to see its details".
    void setSim(const Sim* sim);
    const std::optional<Sim>& sim() const { return m_sim; }
    bool isEmptyState() const;

    QToolButton* copyButton(Copyable field) const;

    // How many SIMs are selected: above one, a line says the pane shows only
    // the current one.
    void setSelectionCount(int count);
    QLabel* selectionNote() const { return m_selectionNote; }

    // Empty `reason` when renaming is allowed; otherwise Rename… is disabled
    // and explains why.
    void setRenameAllowed(bool allowed, const QString& reason);
    // Opens the name editor for the current SIM (no-op when not allowed).
    void beginRename();
    // While the page waits for NovaConnect: editor and buttons disabled.
    void setRenameBusy(bool busy);
    // The rename ended: success closes the editor, failure keeps it open.
    void finishRename(bool ok);
    bool isRenaming() const;
    QToolButton* renameButton() const { return m_renameButton; }
    QLineEdit* nameEditor() const;
    QPushButton* saveNameButton() const;

    // The text a field shows (tests, screenshots).
    QString fieldText(const QString& objectName) const;

signals:
    // Save in the name editor: the page renames SIM `simId`.
    void renameRequested(qint64 simId, const QString& newName);

protected:
    void changeEvent(QEvent* event) override;

private:
    void copy(Copyable field);
    void showSim();
    void submitRename(const QString& name);
    void retranslateUi();

    std::optional<Sim> m_sim;
    QStackedWidget* m_stack;
    QScrollArea* m_scroll;
    QLabel* m_empty;
    QWidget* m_details;
    DetailsRows m_rows;
    QLabel* m_title;
    QLabel* m_selectionNote = nullptr;
    int m_selectionCount = 0;
    QLabel* m_statusIcon;
    QLabel* m_status;
    QLabel* m_statusMeaning;
    QProgressBar* m_limitBar;

    QLabel *m_iccid, *m_number, *m_externalNumber, *m_name, *m_profile, *m_balance, *m_msu,
        *m_limitType, *m_limitAmounts, *m_limitUpdated, *m_tariff, *m_packageAuto, *m_changeLock,
        *m_groups, *m_comment;
    QLabel *m_iccidCaption, *m_numberCaption, *m_externalNumberCaption, *m_nameCaption,
        *m_profileCaption, *m_statusCaption, *m_balanceCaption, *m_msuCaption, *m_limitTypeCaption,
        *m_limitAmountsCaption, *m_limitUpdatedCaption, *m_tariffCaption, *m_packageAutoCaption,
        *m_changeLockCaption, *m_groupsCaption, *m_commentCaption;
    QToolButton *m_copyIccid, *m_copyNumber, *m_copyExternalNumber;
    QToolButton* m_renameButton;
    SimNameEditor* m_nameEditor;
    ProviderDetailsSection* m_providerDetails;
    ProviderKind m_provider = ProviderKind::NovaConnect;
    bool m_renameShown = true;
};

} // namespace simfleet
