#include "views/common/FilterField.h"

#include "resources/ResourceIcons.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QShortcut>

namespace simfleet {

namespace {

// Esc clears a field that has text; on an empty field Esc goes on to the
// window (closing a popup, for one).
class EscapeClears final : public QObject {
public:
    explicit EscapeClears(QLineEdit* field)
        : QObject(field)
        , m_field(field) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == m_field && event->type() == QEvent::KeyPress &&
            static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape && !m_field->text().isEmpty()) {
            m_field->clear();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QLineEdit* m_field;
};

} // namespace

namespace FilterField {

void setUp(QLineEdit* field, QWidget* page, const QString& objectName) {
    field->setObjectName(objectName);
    field->setClearButtonEnabled(true);
    field->addAction(ResourceIcons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    field->installEventFilter(new EscapeClears(field));
    // A window shortcut of a hidden page does not fire: only the shown page's does.
    auto* find = new QShortcut(QKeySequence::Find, page);
    find->setObjectName(objectName + QStringLiteral("Shortcut"));
    find->setContext(Qt::WindowShortcut);
    QObject::connect(find, &QShortcut::activated, field, [field] {
        if (!field->isEnabled() || !field->isVisible())
            return;
        field->setFocus(Qt::ShortcutFocusReason);
        field->selectAll();
    });
}

void setPlaceholder(QLineEdit* field, const QString& text) {
    field->setPlaceholderText(text);
    field->setAccessibleName(text);
}

void fitToPlaceholder(QLineEdit* field) {
    field->setMinimumWidth(
        qMax(260, field->fontMetrics().horizontalAdvance(field->placeholderText()) + 70));
}

} // namespace FilterField

} // namespace simfleet
