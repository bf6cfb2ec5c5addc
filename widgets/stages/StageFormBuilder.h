#pragma once

#include "Database.h"
#include "Edits.h"
#include "MissionRepository.h"
#include "RecordEditor.h"
#include "RecordListPanel.h"
#include "TableModel.h"

#include <QCoreApplication>
#include <QMessageBox>

#include <functional>

// How one kind of record is listed and edited.
template<typename T> struct ListSpec
{
    using Column = typename TableModel<T>::Column;
    QString name; // objectName of the list; the editor is name + "Editor"
    QString title;
    QString addTitle;
    QString editTitle;
    QList<Column> columns;
    std::function<QList<T>()> load;
    std::function<T()> blank;
    std::function<void(RecordEditor<T> &)> form;
    std::function<QString(const T &)> describe; // in the delete question
    std::function<QString(const QList<T> &)> summary;
    RecordKinds kinds; // the list is read again when one of these changes
};

// What the stage forms share: the mission and the edits they work on, and the template that
// builds a list of records (with Add, Edit and Delete, each change one undoable step) from its
// ListSpec. The forms of each stage derive from it; their strings are StageForms's.
class StageFormBuilder
{
    Q_DECLARE_TR_FUNCTIONS(StageForms)

public:
    StageFormBuilder(Edits &edits, const QString &missionId, QWidget *parent)
        : m_edits(edits)
        , m_db(edits.database())
        , m_missionId(missionId)
        , m_parent(parent)
    {
    }

protected:
    template<typename T> RecordListPanel *list(ListSpec<T> spec)
    {
        auto *model = new ListTableModel<T>(spec.columns, spec.load);
        auto *panel = new RecordListPanel(spec.title, model, m_parent);
        model->setParent(panel);
        panel->setObjectName(spec.name);
        Edits &edits = m_edits;
        const auto update = [panel, model, spec] {
            model->reload();
            if (spec.summary)
                panel->setSummary(spec.summary(model->rows()));
        };
        update();
        panel->setReloader(update);
        QObject::connect(&m_db, &Database::recordsChanged, panel,
                         [update, kinds = spec.kinds](RecordKinds changed) {
                             if (changed.intersects(kinds))
                                 update();
                         });
        const auto open = [panel, spec, &edits, missionId = m_missionId](const T &value,
                                                                         const QString &title) {
            RecordEditor<T> editor(
                value, [&edits](T &v, QString *e) { return edits.saveStageRecord(v, e); }, panel);
            editor.setObjectName(spec.name + QStringLiteral("Editor"));
            editor.setWindowTitle(title);
            spec.form(editor);
            // A date outside the mission is kept, with a warning beside it.
            if (const std::optional<Mission> mission =
                    MissionRepository(edits.database()).find(missionId)) {
                for (DateEdit *date : editor.template findChildren<DateEdit *>())
                    date->setExpectedSpan(mission->startDate, mission->endDate);
            }
            editor.finish();
            if (editor.exec() == QDialog::Accepted)
                panel->selectId(editor.saved().meta.id);
        };
        QObject::connect(panel, &RecordListPanel::addRequested, panel,
                         [open, spec] { open(spec.blank(), spec.addTitle); });
        QObject::connect(panel, &RecordListPanel::editRequested, panel,
                         [open, model, spec](const QString &id) {
                             const int row = model->rowOfId(id);
                             if (row >= 0)
                                 open(model->rowAt(row), spec.editTitle);
                         });
        QObject::connect(panel, &RecordListPanel::deleteRequested, panel,
                         [panel, model, spec, &edits](const QString &id) {
                             const int row = model->rowOfId(id);
                             if (row < 0)
                                 return;
                             const auto answer = QMessageBox::question(
                                 panel, spec.title,
                                 tr("Delete %1?\n\nUndo (Ctrl+Z) brings it back.")
                                     .arg(spec.describe(model->rowAt(row))));
                             if (answer != QMessageBox::Yes)
                                 return;
                             QString error;
                             if (!edits.deleteStageRecord<T>(id, &error))
                                 QMessageBox::warning(panel, spec.title, error);
                         });
        return panel;
    }

    Edits &m_edits;
    Database &m_db;
    QString m_missionId;
    QWidget *m_parent;
};
