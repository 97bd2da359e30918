#include "views/shell/PreferencesFields.h"

#include "views/common/Theme.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace simfleet::PreferencesFields {

QSpinBox* makeSpinBox(const QString& name, int minimum, int maximum, int step,
                      const QString& suffix, QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(minimum, maximum);
    box->setSingleStep(step);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    box->setAlignment(Qt::AlignRight);
    return box;
}

QLabel* makeProblem(const QString& name, QWidget* parent) {
    auto* problem = new QLabel(parent);
    problem->setObjectName(name);
    problem->setWordWrap(true);
    Theme::setTextTone(problem, Theme::Tone::Bad);
    problem->hide();
    return problem;
}

QComboBox* makeTimeZoneBox(QWidget* parent) {
    auto* box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("providerTimeZone"));
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->setMaxVisibleItems(15);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        box->addItem(QString::fromUtf8(id));
    // Typing any part of a name ("almaty", "Berlin") offers the matching zones.
    auto* completer = new QCompleter(box->model(), box);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    box->setCompleter(completer);
    return box;
}

QLabel* makeNote(const QString& text, QWidget* parent) {
    auto* note = new QLabel(text, parent);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    return note;
}

QGroupBox* makeGroup(const QString& title, const QString& explanation,
                     const QList<QPair<QString, QWidget*>>& rows, QWidget* parent) {
    auto* group = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(group);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    for (const auto& row : rows) {
        if (row.first.isEmpty()) {
            form->addRow(row.second);
            continue;
        }
        auto* label = new QLabel(row.first, group);
        label->setObjectName(QStringLiteral("fieldLabel"));
        label->setBuddy(row.second);
        form->addRow(label, row.second);
    }
    layout->addLayout(form);
    layout->addWidget(makeNote(explanation, group));
    return group;
}

void insertProblemLine(QGroupBox* group, QLabel* problem) {
    static_cast<QVBoxLayout*>(group->layout())->insertWidget(1, problem);
}

} // namespace simfleet::PreferencesFields
