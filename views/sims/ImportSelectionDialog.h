#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace simfleet {

// "Select from list…": ICCIDs, numbers or ids pasted (prefilled from the
// clipboard) or loaded from a .txt/.csv file (a CSV with a header row is read
// by its ICCID, number and id columns, see SimListMatcher). Select asks the page to select
// the matches; the dialog then shows what happened and the entries that
// matched no SIM, ready to copy. Non-destructive: it only selects rows.
class ImportSelectionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSelectionDialog)

public:
    struct Outcome {
        int entries = 0;  // distinct entries read
        int selected = 0; // rows selected in the table
        int hidden = 0;   // matching SIMs the current filter hides
        QStringList notFound;
    };

    explicit ImportSelectionDialog(QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const;
    // Reads a file into the text area; false and a message in the dialog on failure.
    bool loadFile(const QString& path);
    QStringList entries() const;

    void showOutcome(const Outcome& outcome);
    QString summaryText() const;
    QStringList notFound() const { return m_outcome.notFound; }
    // Puts the not-found entries on the clipboard, one per line.
    void copyNotFound();

    QPushButton* selectButton() const { return m_select; }
    QPushButton* clearFilterButton() const { return m_clearFilter; }

signals:
    // `clearFilter`: clear the table's filter first so hidden matches can be selected.
    void selectRequested(const QStringList& entries, bool clearFilter);

protected:
    void changeEvent(QEvent* event) override;

private:
    void chooseFile();
    void updateSelectButton();
    void retranslateUi();

    QLabel* m_intro;
    QPlainTextEdit* m_input;
    QPushButton* m_loadFile;
    QLabel* m_summary;
    QPushButton* m_clearFilter;
    QLabel* m_notFoundLabel;
    QPlainTextEdit* m_notFound;
    QPushButton* m_copyNotFound;
    QDialogButtonBox* m_buttons;
    QPushButton* m_select;
    Outcome m_outcome;
    bool m_hasOutcome = false;
    QString m_fileError;
};

} // namespace simfleet
