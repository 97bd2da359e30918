#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QComboBox;
class QGroupBox;
class QLabel;
class QSpinBox;
class QWidget;

namespace simfleet {

// The Preferences dialog's fields and groups, made alike.
namespace PreferencesFields {

// Below 1024 a port needs privileges: the lowest value stands for "any free port".
constexpr int kAnyPortValue = 1023;

QSpinBox* makeSpinBox(const QString& name, int minimum, int maximum, int step,
                      const QString& suffix, QWidget* parent);
// A line under a field saying why its value cannot be saved; hidden while there is none.
QLabel* makeProblem(const QString& name, QWidget* parent);
// The zones this computer knows, editable, completing any part of a name.
QComboBox* makeTimeZoneBox(QWidget* parent);
QLabel* makeNote(const QString& text, QWidget* parent);
// A titled group: the fields, then a short line that explains them.
QGroupBox* makeGroup(const QString& title, const QString& explanation,
                     const QList<QPair<QString, QWidget*>>& rows, QWidget* parent);
// A problem line goes right under the group's fields, above its explanation.
void insertProblemLine(QGroupBox* group, QLabel* problem);

} // namespace PreferencesFields

} // namespace simfleet
