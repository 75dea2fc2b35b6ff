#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QLineEdit;
class QMenu;
class QToolButton;

namespace Views {

/// A date as Dutch users type it (Model::parseDateInput: 31-12-2026,
/// 1-2-26, 31122026, vandaag) or pick it from a calendar that opens at the
/// date shown, or at today when there is none. An optional field can be
/// empty ("no date") and has a clear button; a required one is a problem
/// when empty. The text is written as dd-mm-jjjj once the user leaves it.
///
/// Keys: Alt+Down or F4 opens the calendar; Tab leaves the field at once.
class DateField : public QWidget
{
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);
    ~DateField() override;

    /// Optional fields may be empty; required ones start at today.
    void setOptional(bool optional);
    bool isOptional() const { return m_optional; }

    /// Shows @p date; an invalid one empties the field.
    void setDate(const QDate &date);
    /// The date the field holds; invalid when it is empty or unreadable.
    QDate date() const { return m_date; }
    /// Dates before @p first or after @p last are a problem (invalid: no bound).
    void setRange(const QDate &first, const QDate &last);

    /// What is wrong with the field, in Dutch; empty when nothing is.
    QString problem() const;
    bool isAcceptable() const { return problem().isEmpty(); }

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *calendarButton() const { return m_button; }
    /// Opens the calendar (as the button and Alt+Down do).
    void showCalendar();

Q_SIGNALS:
    /// The date changed (invalid: emptied or unreadable); problem() may have too.
    void dateChanged(const QDate &date);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void readText();
    void tidyText();

    QLineEdit *m_edit;
    QToolButton *m_button;
    QMenu *m_popup;
    QCalendarWidget *m_calendar;
    QDate m_date;
    QDate m_first;
    QDate m_last;
    bool m_optional = true;
};

} // namespace Views
