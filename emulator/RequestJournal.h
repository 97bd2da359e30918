#pragma once

#include "emulator/Emulator.h"

#include <QFile>

#include <memory>

namespace novaemu {

// Every request the emulator received, in arrival order. Optionally appends each entry as one
// JSON line to a file; in the file, password fields of the body are masked.
class RequestJournal final {
    Q_DISABLE_COPY_MOVE(RequestJournal)

public:
    static constexpr int kMaxEntries = 100000; // oldest entries are dropped beyond this

    explicit RequestJournal(const QString& filePath);
    ~RequestJournal();

    void append(const Emulator::JournalEntry& entry);
    QList<Emulator::JournalEntry> entries() const { return m_entries; }
    void clear() { m_entries.clear(); }

private:
    QList<Emulator::JournalEntry> m_entries;
    std::unique_ptr<QFile> m_file;
};

} // namespace novaemu
