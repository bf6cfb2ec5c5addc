#pragma once

#include "Edits.h"
#include "MissionRepository.h"
#include "TestSupport.h"

#include <QUndoStack>
#include <QtTest>

#include <memory>

namespace TestSupport {

// What most GUI tests start from: a new database in a folder of its own, an undo stack, the
// edits working on both, and the missions the test adds. Destroyed in the right order.
class EditsFixture
{
public:
    explicit EditsFixture(const QString &fileName)
        : m_db(createDatabase(m_dir.path(fileName)))
        , m_edits(std::make_unique<Edits>(*m_db, &m_stack))
    {
    }
    ~EditsFixture() { m_edits.reset(); }
    EditsFixture(const EditsFixture &) = delete;
    EditsFixture &operator=(const EditsFixture &) = delete;

    bool isOpen() const { return m_db && m_db->isOpen(); }
    Database &db() { return *m_db; }
    QUndoStack &stack() { return m_stack; }
    Edits &edits() { return *m_edits; }
    QString path(const QString &fileName) const { return m_dir.path(fileName); }

    // Saves the mission straight to the store (no undo step) and returns its id, or an empty
    // string with the reason as a test failure.
    QString addMission(Mission m)
    {
        QString error;
        if (!MissionRepository(*m_db).save(m, &error)) {
            QTest::qFail(qPrintable(QStringLiteral("mission not saved: ") + error), __FILE__,
                         __LINE__);
            return {};
        }
        return m.meta.id;
    }
    QString addMission(const QString &code, const QString &title)
    {
        Mission m;
        m.code = code;
        m.title = title;
        return addMission(m);
    }

private:
    TempFolder m_dir;
    std::unique_ptr<Database> m_db;
    QUndoStack m_stack;
    std::unique_ptr<Edits> m_edits;
};

} // namespace TestSupport
