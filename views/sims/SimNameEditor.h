#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace simfleet {

// The details pane's name editor: "Rename…" (a button the pane places beside
// the name) opens a line edit with Save and Cancel; while NovaConnect saves the
// name, everything waits and says so. Renaming may be disallowed, with a reason.
class SimNameEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimNameEditor)

public:
    // `renameButton` is the pane's "Rename…" button, which this editor drives.
    SimNameEditor(QToolButton* renameButton, QWidget* parent = nullptr);

    void setAllowed(bool allowed, const QString& reason);
    bool isAllowed() const { return m_allowed; }
    // Opens the editor on `name`; false when not allowed or busy.
    bool open(const QString& name);
    // Closes an edit not yet sent; a running rename keeps it open.
    void closeUnlessBusy();
    // While the page waits for NovaConnect: editor and buttons disabled.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // The rename ended: success closes the editor, failure keeps it open.
    void finish(bool ok);
    bool isOpen() const { return !isHidden(); }

    QLineEdit* lineEdit() const { return m_edit; }
    QPushButton* saveButton() const { return m_save; }

signals:
    // "Rename…" was clicked.
    void openRequested();
    // Save (or Return) with this name, trimmed.
    void submitted(const QString& name);

protected:
    void changeEvent(QEvent* event) override;

private:
    void submit();
    void cancel();
    void updateState();
    void retranslateUi();

    QToolButton* m_renameButton;
    QLineEdit* m_edit;
    QPushButton* m_save;
    QPushButton* m_cancel;
    QLabel* m_busyLabel;
    QString m_reason;
    bool m_allowed = false;
    bool m_busy = false;
};

} // namespace simfleet
