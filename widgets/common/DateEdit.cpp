#include "DateEdit.h"
#include "Clock.h"
#include "Validation.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QScreen>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QString IsoFormat = QStringLiteral("yyyy-MM-dd");

// Two-digit years in a locale's short form: 51-99 are the last century, 00-50 this one.
QDate widenYear(const QDate &date)
{
    return date.isValid() && date.year() < 1951 ? date.addYears(100) : date;
}

// The calendar, as a pop-up under the field.
class CalendarPopup : public QWidget
{
public:
    explicit CalendarPopup(QWidget *parent)
        : QWidget(parent, Qt::Popup)
        , calendar(new QCalendarWidget(this))
    {
        setAttribute(Qt::WA_DeleteOnClose);
        calendar->setObjectName(QStringLiteral("dateCalendar"));
        calendar->setGridVisible(true);
        calendar->setDateRange(QDate(Limits::MinYear, 1, 1), QDate(Limits::MaxYear, 12, 31));
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(1, 1, 1, 1);
        layout->addWidget(calendar);
    }

    QCalendarWidget *calendar;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Escape)
            close();
        else
            QWidget::keyPressEvent(event);
    }
};

// Focus that arrives by the keyboard, or with the dialog, selects the whole date, so that what is
// typed replaces it rather than being added to it.
class DateLineEdit : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;

protected:
    void focusInEvent(QFocusEvent *event) override
    {
        QLineEdit::focusInEvent(event);
        if (event->reason() != Qt::MouseFocusReason && event->reason() != Qt::PopupFocusReason)
            selectAll();
    }
};

} // namespace

DateEdit::DateEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new DateLineEdit(this))
    , m_button(new QToolButton(this))
    , m_warning(new QLabel(this))
{
    m_warning->setObjectName(QStringLiteral("dateWarning"));
    m_warning->setStyleSheet(QStringLiteral("color: #8A5A00;"));
    m_warning->hide();
    m_edit->setObjectName(QStringLiteral("dateText"));
    m_edit->setPlaceholderText(tr("YYYY-MM-DD"));
    m_edit->setMaxLength(40);
    m_edit->installEventFilter(this);
    m_button->setObjectName(QStringLiteral("calendarButton"));
    m_button->setText(QStringLiteral("▾"));
    m_button->setToolTip(tr("Choose from a calendar (Alt+Down)"));
    m_button->setAccessibleName(tr("Calendar"));
    m_button->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    layout->addWidget(m_warning);
    setFocusProxy(m_edit);
    setFocusPolicy(Qt::StrongFocus);
    // One line high whatever the form around it does: a form short of room once squeezed its
    // dates to a sliver.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setToolTip(tr("A date as YYYY-MM-DD, for example 2005-05-31, or as %1")
                   .arg(QLocale().dateFormat(QLocale::ShortFormat)));

    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        textChanged();
        Q_EMIT edited();
    });
    connect(m_edit, &QLineEdit::editingFinished, this, &DateEdit::finishEditing);
    connect(m_button, &QToolButton::clicked, this, &DateEdit::showCalendar);
}

DateEdit::~DateEdit()
{
    // The text field loses the keyboard as it goes, after this part of it is gone: it must not
    // call back.
    m_edit->disconnect(this);
}

QDate DateEdit::parse(const QString &input, const QLocale &locale, QString *problem)
{
    const QString text = input.trimmed();
    QString why;
    QDate date;
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression isoStart(QStringLiteral("^\\d{1,4}(-\\d{0,2}){0,2}$"));
    if (text.isEmpty())
        return {};
    if (const QRegularExpressionMatch m = iso.match(text); m.hasMatch()) {
        const int year = m.captured(1).toInt();
        const int month = m.captured(2).toInt();
        const int day = m.captured(3).toInt();
        date = QDate(year, month, day);
        if (!date.isValid()) {
            if (month < 1 || month > 12)
                why = tr("%1 is not a date: there is no month %2.").arg(text).arg(month);
            else
                why =
                    tr("%1 is not a date: %2 has %3 days.")
                        .arg(text, locale.standaloneMonthName(month) + u' ' + QString::number(year))
                        .arg(QDate(year, month, 1).daysInMonth());
        }
    } else {
        for (const QLocale::FormatType type : {QLocale::ShortFormat, QLocale::LongFormat}) {
            const QString format = locale.dateFormat(type);
            // Four digits typed for a two-digit year are read as they are meant.
            if (!format.contains(QLatin1String("yyyy")) && format.contains(QLatin1String("yy"))) {
                QString wide = format;
                wide.replace(QLatin1String("yy"), QLatin1String("yyyy"));
                date = locale.toDate(text, wide);
                if (!date.isValid())
                    date = widenYear(locale.toDate(text, format));
            } else {
                date = locale.toDate(text, format);
            }
            if (date.isValid())
                break;
        }
        if (!date.isValid()) {
            if (isoStart.match(text).hasMatch())
                why = tr("%1 is not a whole date: write the year, month and day, for example "
                         "2005-05-31.")
                          .arg(text);
            else
                why = tr("%1 is not a date: write it as YYYY-MM-DD, for example 2005-05-31.")
                          .arg(text);
        }
    }
    if (!why.isEmpty()) {
        if (problem)
            *problem = why;
        return {};
    }
    return date;
}

QDate DateEdit::value() const
{
    return m_value;
}

void DateEdit::setValue(const QDate &date)
{
    const QString text = date.isValid() ? date.toString(IsoFormat) : QString();
    if (text != m_edit->text())
        m_edit->setText(text);
    textChanged();
}

QString DateEdit::text() const
{
    return m_edit->text();
}

bool DateEdit::isEmpty() const
{
    return m_edit->text().trimmed().isEmpty();
}

QString DateEdit::problem() const
{
    QString why;
    parse(m_edit->text(), QLocale(), &why);
    return why;
}

QSize DateEdit::sizeHint() const
{
    // Room for a date and a little more, not the width of a line of text.
    const int text = m_edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00"));
    return {text + m_button->sizeHint().width() + 24, m_edit->sizeHint().height()};
}

void DateEdit::textChanged()
{
    const QDate date = parse(m_edit->text(), QLocale());
    if (date == m_value && (date.isValid() || m_value.isNull()))
        return;
    m_value = date;
    updateWarning();
    Q_EMIT dateChanged(m_value);
}

void DateEdit::setExpectedSpan(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    updateWarning();
}

QString DateEdit::warning() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

void DateEdit::updateWarning()
{
    QString text;
    if (m_value.isValid() && m_from.isValid() && m_value < m_from)
        text = tr("Before the mission starts (%1)").arg(m_from.toString(IsoFormat));
    else if (m_value.isValid() && m_to.isValid() && m_value > m_to)
        text = tr("After the mission ends (%1)").arg(m_to.toString(IsoFormat));
    m_warning->setText(text);
    m_warning->setVisible(!text.isEmpty());
    m_edit->setToolTip(text);
}

void DateEdit::finishEditing()
{
    // A date typed in the locale's form reads back as ISO, so what was understood is plain.
    if (m_value.isValid() && m_edit->text() != m_value.toString(IsoFormat))
        m_edit->setText(m_value.toString(IsoFormat));
    Q_EMIT edited();
}

bool DateEdit::eventFilter(QObject *watched, QEvent *event)
{
    // A click into the field selects the whole date, as Tab does, so that typing replaces it;
    // a second click places the cursor.
    if (watched == m_edit && event->type() == QEvent::FocusIn
        && static_cast<QFocusEvent *>(event)->reason() == Qt::MouseFocusReason)
        m_selectOnRelease = true;
    if (watched == m_edit && event->type() == QEvent::MouseButtonRelease && m_selectOnRelease) {
        m_selectOnRelease = false;
        if (!m_edit->hasSelectedText())
            m_edit->selectAll();
    }
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F4
            || (key->key() == Qt::Key_Down && key->modifiers() == Qt::AltModifier)) {
            showCalendar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DateEdit::showCalendar()
{
    auto *popup = new CalendarPopup(this);
    popup->setObjectName(QStringLiteral("datePopup"));
    popup->calendar->setSelectedDate(m_value.isValid() ? m_value : Clock::today());
    const auto pick = [this, popup](const QDate &date) {
        m_edit->setText(date.toString(IsoFormat));
        textChanged();
        Q_EMIT edited();
        popup->close();
        m_edit->setFocus();
    };
    connect(popup->calendar, &QCalendarWidget::clicked, this, pick);
    connect(popup->calendar, &QCalendarWidget::activated, this, pick);
    popup->adjustSize();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen *s = screen()) {
        const QRect room = s->availableGeometry();
        at.setX(
            std::clamp(at.x(), room.left(), std::max(room.left(), room.right() - popup->width())));
        if (at.y() + popup->height() > room.bottom())
            at.setY(std::max(room.top(), mapToGlobal(QPoint(0, 0)).y() - popup->height()));
    }
    popup->move(at);
    popup->show();
    popup->calendar->setFocus();
}
