#pragma once

#include "DateEdit.h"
#include "EditorDialog.h"
#include "FormSupport.h"
#include "Scales.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QVBoxLayout>

#include <functional>

// A choice offered by a reference or checklist field: a record's id and what to call it.
struct RecordChoice
{
    QString id;
    QString label;
};
using RecordChoices = QList<RecordChoice>;

// An editor for one record of type T, described field by field: each add* call binds a widget to
// a member of T, named after the field its validate() reports on, so that problems mark the
// right widget. Save checks, then hands the value to `save` (an Edits call: one undoable step);
// a refusal keeps the dialog open with everything typed. Widgets are named after their field.
template<typename T> class RecordEditor : public EditorDialog
{
public:
    using Save = std::function<bool(T &, QString *)>;

    RecordEditor(const T &value, Save save, QWidget *parent = nullptr)
        : EditorDialog(parent)
        , m_value(value)
        , m_save(std::move(save))
        , m_body(new QWidget(this))
        , m_form(new QFormLayout(m_body))
    {
        m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        m_form->setContentsMargins(0, 0, 0, 0);
    }

    // A line of text; `placeholder` shows an example.
    QLineEdit *addText(const QString &field, const QString &label, QString T::*member,
                       const QString &placeholder = {})
    {
        auto *edit = new QLineEdit(m_value.*member, this);
        edit->setPlaceholderText(placeholder);
        bind(field, label, edit, [edit, member](T &v) { v.*member = edit->text().trimmed(); });
        QObject::connect(edit, &QLineEdit::textEdited, this, [this, field] { touch(field); });
        return edit;
    }

    QPlainTextEdit *addLongText(const QString &field, const QString &label, QString T::*member,
                                const QString &placeholder = {})
    {
        auto *edit = new QPlainTextEdit(m_value.*member, this);
        edit->setTabChangesFocus(true);
        edit->setPlaceholderText(placeholder);
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 4);
        bind(field, label, edit, [edit, member](T &v) { v.*member = edit->toPlainText(); });
        QObject::connect(edit, &QPlainTextEdit::textChanged, this, [this, field] { touch(field); });
        return edit;
    }

    // A date that may be left empty; validate() says when one is required.
    DateEdit *addDate(const QString &field, const QString &label, QDate T::*member)
    {
        auto *edit = new DateEdit(this);
        edit->setValue(m_value.*member);
        bind(field, label, edit, [edit, member](T &v) { v.*member = edit->value(); });
        QObject::connect(edit, &DateEdit::edited, this, [this, field] { touch(field); });
        return edit;
    }

    QSpinBox *addNumber(const QString &field, const QString &label, int T::*member, int low,
                        int high)
    {
        auto *spin = new QSpinBox(this);
        spin->setRange(low, high);
        spin->setGroupSeparatorShown(true);
        spin->setValue(m_value.*member);
        bind(field, label, spin, [spin, member](T &v) { v.*member = spin->value(); });
        QObject::connect(spin, &QSpinBox::valueChanged, this, [this, field] { touch(field); });
        return spin;
    }

    // Any number, as indicators measure it.
    QDoubleSpinBox *addDecimal(const QString &field, const QString &label, double T::*member)
    {
        auto *spin = new QDoubleSpinBox(this);
        spin->setRange(-1e9, 1e9);
        spin->setDecimals(2);
        spin->setGroupSeparatorShown(true);
        spin->setValue(m_value.*member);
        bind(field, label, spin, [spin, member](T &v) { v.*member = spin->value(); });
        QObject::connect(spin, &QDoubleSpinBox::valueChanged, this,
                         [this, field] { touch(field); });
        return spin;
    }

    // A number from `low` to `high` that may be left empty (`emptyText`, "Not counted" unless
    // given), shown as the value just below `low`.
    QSpinBox *addOptionalCount(const QString &field, const QString &label,
                               std::optional<int> T::*member, int low = 0,
                               int high = Scales::ReachedMax, const QString &emptyText = {})
    {
        auto *spin = new QSpinBox(this);
        spin->setRange(low - 1, high);
        spin->setGroupSeparatorShown(true);
        spin->setSpecialValueText(emptyText.isEmpty() ? EditorDialog::tr("Not counted")
                                                      : emptyText);
        spin->setValue((m_value.*member).value_or(low - 1));
        bind(field, label, spin, [spin, member, low](T &v) {
            v.*member = spin->value() < low ? std::nullopt : std::optional<int>(spin->value());
        });
        return spin;
    }

    // A score from 0 to 100 that may be left empty ("Not tested").
    QDoubleSpinBox *addScore(const QString &field, const QString &label,
                             std::optional<double> T::*member, const QString &emptyText)
    {
        auto *spin = new QDoubleSpinBox(this);
        spin->setRange(-1, 100);
        spin->setDecimals(1);
        spin->setSpecialValueText(emptyText);
        spin->setValue((m_value.*member).value_or(-1));
        bind(field, label, spin, [spin, member](T &v) {
            v.*member = spin->value() < 0 ? std::nullopt : std::optional<double>(spin->value());
        });
        return spin;
    }

    QCheckBox *addFlag(const QString &field, const QString &text, bool T::*member)
    {
        auto *box = new QCheckBox(text, this);
        box->setChecked(m_value.*member);
        bind(field, QString(), box, [box, member](T &v) { v.*member = box->isChecked(); });
        return box;
    }

    // One value of the enumeration E, or of `only` when given.
    template<typename E>
    QComboBox *addChoice(const QString &field, const QString &label, E T::*member,
                         const QList<E> &only = {})
    {
        auto *combo = new QComboBox(this);
        for (const E value : only.isEmpty() ? enumValues<E>() : only)
            combo->addItem(enumLabel(value), enumCode(value));
        Form::setComboValue(combo, m_value.*member);
        bind(field, label, combo,
             [combo, member](T &v) { v.*member = Form::comboValue<E>(combo, v.*member); });
        return combo;
    }

    // One record among `choices`, or none (`noneText`).
    QComboBox *addReference(const QString &field, const QString &label, QString T::*member,
                            const RecordChoices &choices, const QString &noneText)
    {
        auto *combo = new QComboBox(this);
        combo->addItem(noneText, QString());
        for (const RecordChoice &choice : choices)
            combo->addItem(choice.label, choice.id);
        combo->setCurrentIndex(std::max(0, combo->findData(m_value.*member)));
        bind(field, label, combo,
             [combo, member](T &v) { v.*member = combo->currentData().toString(); });
        return combo;
    }

    // Any number of `choices`, ticked with the mouse or Space. Ids the list does not show (a
    // record deleted since) are kept as they were.
    QListWidget *addChecklist(const QString &field, const QString &label, QStringList T::*member,
                              const RecordChoices &choices)
    {
        auto *list = new QListWidget(this);
        QStringList shown;
        for (const RecordChoice &choice : choices) {
            auto *item = new QListWidgetItem(choice.label, list);
            item->setData(Qt::UserRole, choice.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState((m_value.*member).contains(choice.id) ? Qt::Checked
                                                                      : Qt::Unchecked);
            shown.append(choice.id);
        }
        // Up to eight rows show at once; longer lists scroll down, never sideways.
        const int rows = std::clamp(static_cast<int>(choices.size()), 3, 8);
        const int rowHeight =
            list->count() > 0 ? list->sizeHintForRow(0) : list->fontMetrics().lineSpacing() + 4;
        list->setFixedHeight(rowHeight * rows + 2 * list->frameWidth() + 4);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setTextElideMode(Qt::ElideRight);
        list->setMinimumWidth(std::min(list->sizeHintForColumn(0) + 40, 720));
        list->setAccessibleName(label);
        bind(field, label, list, [list, member, shown](T &v) {
            QStringList ids;
            for (const QString &id : std::as_const(v.*member)) {
                if (!shown.contains(id))
                    ids.append(id);
            }
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->checkState() == Qt::Checked)
                    ids.append(list->item(i)->data(Qt::UserRole).toString());
            }
            v.*member = ids;
        });
        return list;
    }

    // A line of explanation under the fields.
    void addNote(const QString &text)
    {
        auto *label = new QLabel(text, this);
        label->setWordWrap(true);
        m_form->addRow(label);
    }

    // Ends the form with the message line and Save/Cancel; sizes the dialog. The fields scroll
    // where the screen is too short for them all (a risk's on a 768-pixel laptop); the message
    // and the buttons stay in view below them.
    void finish(int minimumWidth = 620)
    {
        setFields(m_fields);
        auto *scroll = new QScrollArea(this);
        scroll->setObjectName(QStringLiteral("editorScroll"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setWidget(m_body);
        auto *outer = new QVBoxLayout(this);
        outer->addWidget(scroll, 1);
        outer->addWidget(errorLabel());
        QDialogButtonBox *buttons = createButtons();
        outer->addWidget(buttons);
        // As tall as the fields want (showing shortens it to the screen: EditorDialog).
        const QSize body = m_body->sizeHint();
        const QMargins margins = outer->contentsMargins();
        const int width = body.width() + scroll->verticalScrollBar()->sizeHint().width()
            + margins.left() + margins.right();
        const int height = body.height() + buttons->sizeHint().height() + 2 * outer->spacing()
            + margins.top() + margins.bottom();
        resize(std::max(width, minimumWidth), height);
        // The field in hand is scrolled into view, wherever the focus came from.
        QObject::connect(qApp, &QApplication::focusChanged, scroll,
                         [scroll](QWidget *, QWidget *now) {
                             if (now && scroll->widget() && scroll->widget()->isAncestorOf(now))
                                 scroll->ensureWidgetVisible(now);
                         });
    }

    T value() const
    {
        T v = m_value;
        for (const auto &read : m_readers)
            read(v);
        return v;
    }

    // The record as saved, once the dialog was accepted.
    const T &saved() const { return m_value; }

    void accept() override
    {
        T edited = value();
        if (!checkAndSave(edited.validate(), [&](QString *e) { return m_save(edited, e); }))
            return;
        m_value = edited;
        QDialog::accept();
    }

private:
    void bind(const QString &field, const QString &label, QWidget *widget,
              std::function<void(T &)> read)
    {
        widget->setObjectName(field);
        if (label.isEmpty())
            m_form->addRow(widget);
        else
            m_form->addRow(label, widget);
        m_fields.insert(field, widget);
        m_readers.append(std::move(read));
    }
    void touch(const QString &field) { EditorDialog::touch(field, value().validate()); }

    T m_value;
    Save m_save;
    QWidget *m_body; // the fields, in a scroll area once finished
    QFormLayout *m_form;
    QHash<QString, QWidget *> m_fields;
    QList<std::function<void(T &)>> m_readers;
};
