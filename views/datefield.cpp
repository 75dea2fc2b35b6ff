#include "datefield.h"

#include "clearbutton.h"

#include "model/dateinput.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPalette>
#include <QToolButton>
#include <QWidgetAction>

namespace Views {

namespace {

/// What the field is called: its own accessible name, or the text of the
/// label a form put before it (the label's buddy is the field, not its text).
QString nameOf(const QWidget *field)
{
    if (!field->accessibleName().isEmpty())
        return field->accessibleName();
    const QWidget *parent = field->parentWidget();
    if (!parent)
        return {};
    const auto labels = parent->findChildren<QLabel *>(Qt::FindDirectChildrenOnly);
    for (const QLabel *label : labels) {
        if (label->buddy() == field) {
            QString text = label->text();
            text.replace(QLatin1String("&&"), QString(QChar(1)));
            text.remove(QLatin1Char('&'));
            text.replace(QChar(1), QLatin1Char('&'));
            return text.trimmed();
        }
    }
    return {};
}

} // namespace

DateField::DateField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_button(new QToolButton(this))
    , m_popup(new QMenu(this))
    , m_calendar(new QCalendarWidget(m_popup))
{
    m_edit->setObjectName(QStringLiteral("dateText"));
    m_edit->setPlaceholderText(tr("dd-mm-yyyy"));
    m_edit->setClearButtonEnabled(true);
    nameClearButton(m_edit);
    m_edit->setMaxLength(40);
    m_edit->setToolTip(tr("Type a date as 31-12-2026, 31122026 or 1-2-26, or \"vandaag\"; "
                          "Alt+Down opens the calendar."));
    m_edit->installEventFilter(this);
    m_button->setObjectName(QStringLiteral("calendarButton"));
    m_button->setIcon(QIcon::fromTheme(QStringLiteral("view-calendar")));
    m_button->setText(QStringLiteral("▾")); // shown where the icon theme has no calendar
    m_button->setToolTip(tr("Choose from the calendar"));
    m_button->setAccessibleName(tr("Choose from the calendar"));
    m_button->setFocusPolicy(Qt::NoFocus); // Tab goes from field to field, not into its parts
    m_calendar->setObjectName(QStringLiteral("calendar"));
    m_calendar->setGridVisible(true);
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    auto *holder = new QWidgetAction(m_popup);
    holder->setDefaultWidget(m_calendar);
    m_popup->addAction(holder);
    setFocusProxy(m_edit);
    setFocusPolicy(Qt::StrongFocus);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);

    connect(m_edit, &QLineEdit::textChanged, this, &DateField::readText);
    connect(m_edit, &QLineEdit::editingFinished, this, &DateField::tidyText);
    connect(m_button, &QToolButton::clicked, this, &DateField::showCalendar);
    connect(m_calendar, &QCalendarWidget::clicked, this, [this](const QDate &picked) {
        setDate(picked);
        m_popup->close();
        m_edit->setFocus(Qt::PopupFocusReason);
    });
    connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate &picked) {
        setDate(picked);
        m_popup->close();
        m_edit->setFocus(Qt::PopupFocusReason);
    });
}

DateField::~DateField()
{
    // The line edit outlives this part of the widget and says it lost focus
    // as it goes.
    disconnect(m_edit, nullptr, this, nullptr);
}

void DateField::setOptional(bool optional)
{
    m_optional = optional;
    m_edit->setClearButtonEnabled(optional);
    nameClearButton(m_edit);
    m_edit->setPlaceholderText(optional ? tr("no date (dd-mm-yyyy)") : tr("dd-mm-yyyy"));
    if (!optional && m_edit->text().trimmed().isEmpty())
        setDate(QDate::currentDate());
}

void DateField::setDate(const QDate &date)
{
    m_edit->setText(Model::dateInputText(date));
}

void DateField::setRange(const QDate &first, const QDate &last)
{
    m_first = first;
    m_last = last;
    m_calendar->setDateRange(first.isValid() ? first : QDate(1900, 1, 1), last.isValid() ? last : QDate(9999, 12, 31));
    Q_EMIT dateChanged(m_date); // the problem may have changed
}

QString DateField::problem() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return m_optional ? QString() : tr("A date is needed.");
    if (!m_date.isValid())
        return tr("\"%1\" is not a date: type it as 31-12-2026.").arg(text);
    if (m_first.isValid() && m_date < m_first)
        return tr("The date cannot be before %1.").arg(QLocale().toString(m_first, QLocale::ShortFormat));
    if (m_last.isValid() && m_date > m_last)
        return tr("The date cannot be after %1.").arg(QLocale().toString(m_last, QLocale::ShortFormat));
    return {};
}

void DateField::showCalendar()
{
    // At the date shown, or today: never at the start of the calendar.
    const QDate at = m_date.isValid() ? m_date : QDate::currentDate();
    m_calendar->setSelectedDate(at);
    m_calendar->setCurrentPage(at.year(), at.month());
    m_popup->popup(mapToGlobal(QPoint(0, height())));
    m_calendar->setFocus(Qt::PopupFocusReason);
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    // A screen reader is in the text, not around it: give the text the field's name.
    if (watched == m_edit && event->type() == QEvent::Show && m_edit->accessibleName().isEmpty())
        m_edit->setAccessibleName(nameOf(this));
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F4 || (key->key() == Qt::Key_Down && key->modifiers() & Qt::AltModifier)) {
            showCalendar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DateField::readText()
{
    const QDate read = Model::parseDateInput(m_edit->text());
    // An unreadable text is marked in the field as well as said in the dialog.
    const bool wrong = !m_edit->text().trimmed().isEmpty() && !read.isValid();
    QPalette colours = palette();
    if (wrong)
        colours.setColor(QPalette::Base, QColor(0xfd, 0xe2, 0xe2));
    m_edit->setPalette(colours);
    if (read == m_date && read.isValid())
        return;
    m_date = read;
    Q_EMIT dateChanged(m_date);
}

void DateField::tidyText()
{
    if (m_date.isValid() && m_edit->text() != Model::dateInputText(m_date)) {
        const QSignalBlocker quiet(m_edit);
        m_edit->setText(Model::dateInputText(m_date));
    }
}

} // namespace Views
