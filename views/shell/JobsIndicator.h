#pragma once

#include <QToolButton>

namespace simfleet {

class BulkOperations;

// The jobs entry of the status bar: hidden until the account has a job;
// "Jobs: 2" with a busy icon while jobs run, otherwise the newest job's state.
// The tooltip lists the running jobs with their progress; clicked() opens the
// Operations page.
class JobsIndicator final : public QToolButton {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsIndicator)

public:
    explicit JobsIndicator(BulkOperations* ops, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    BulkOperations* m_ops;
};

} // namespace simfleet
