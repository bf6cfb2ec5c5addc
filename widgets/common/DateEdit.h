#pragma once

#include <QDate>
#include <QWidget>

class QLineEdit;
class QToolButton;

// The one date field of every form. What is typed is kept as typed: an ISO date (2005-05-31) or
// the locale's short form, shown as ISO once the field is left; a partial or impossible date
// (2025-02-30, 2005-13-01) stays on screen with problem() saying why, and value() is then null,
// so it is never saved. Clearing the text (Tab selects it all, then Delete) leaves the date empty.
// The calendar opens from the button, Alt+Down or F4. Nothing is ever filled in for the user: today
// is never put in the place of what was typed.
class DateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget *parent = nullptr);
    ~DateEdit() override;

    // The date, or a null QDate when the field is empty or what it holds is not a date.
    QDate value() const;
    void setValue(const QDate &date);
    QString text() const;
    bool isEmpty() const;
    // Why what is typed is not a date, in words a person can act on; empty when it is one (or
    // the field is empty: whether a date is required is the record's to say).
    QString problem() const;
    QLineEdit *lineEdit() const { return m_edit; }
    // The span a date is expected in (a mission's start and end; either may be null). A date
    // outside it is kept, with a warning beside the field: history is entered after the fact.
    void setExpectedSpan(const QDate &from, const QDate &to);
    QString warning() const;

    // Reads `text` as a date: ISO first, then `locale`'s short and long forms. On failure,
    // `problem` says why.
    static QDate parse(const QString &text, const QLocale &locale, QString *problem = nullptr);

    QSize sizeHint() const override;

Q_SIGNALS:
    // The date changed (typed, picked, cleared or set).
    void dateChanged(const QDate &date);
    // The person changed the text or picked a date.
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void textChanged();
    void finishEditing();
    void showCalendar();

    void updateWarning();

    QLineEdit *m_edit;
    QToolButton *m_button;
    class QLabel *m_warning;
    QDate m_from;
    QDate m_to;
    QDate m_value;
    bool m_selectOnRelease = false;
};
