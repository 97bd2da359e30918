#pragma once

#include <QDialog>

class QDialogButtonBox;
class QTextBrowser;

namespace simfleet {

// Help → Glossary: what the provider's words mean (MSU, the TD and TC
// profiles, block codes, the job queue, external number), in the interface
// language. Texts about statuses and profiles are the ones the SIM table and
// the details pane show.
class GlossaryDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GlossaryDialog)

public:
    explicit GlossaryDialog(QWidget* parent = nullptr);

    // The glossary as HTML.
    static QString html();
    QTextBrowser* browser() const { return m_text; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QTextBrowser* m_text;
    QDialogButtonBox* m_buttons;
};

} // namespace simfleet
