#include "optionaldate.h"

#include <QCoreApplication>
#include <QDateEdit>

namespace Views::OptionalDate {

namespace {
const QDate NoDate(1900, 1, 1);
}

void setup(QDateEdit *edit)
{
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(QCoreApplication::translate("Views::OptionalDate", "not set"));
    edit->setDate(NoDate);
}

void set(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : NoDate);
}

QDate get(const QDateEdit *edit)
{
    return edit->date() == NoDate ? QDate() : edit->date();
}

} // namespace Views::OptionalDate
