#pragma once

#include "model/validation.h"

#include <QHash>
#include <QPointer>

class QFormLayout;
class QLabel;
class QLayout;
class QWidget;

namespace Views {

/// Colours @p label as an error message (Breeze "negative"), the same in
/// every dialog, and lets long messages wrap.
void showAsError(QLabel *label);
/// Keeps a line's room for @p label while it is hidden, so that the
/// layout around it stays put when a message comes or goes.
void keepRoomWhenHidden(QLabel *label);

/// Shows the messages of Model::validate() next to the fields they concern.
/// Each field gets a label under it in the form (objectName "<field>Error"),
/// shown only once the user has touched the field, so a fresh dialog does not
/// greet the user with a list of complaints. From then on the row keeps its
/// room, with or without a message, so the form does not jump as the user
/// types.
class FieldErrors
{
public:
    /// Adds a hidden error row under @p field's row in @p form.
    QLabel *add(QFormLayout *form, QWidget *field, const QString &name);
    QLabel *add(QFormLayout *form, QLayout *field, const QString &name);
    /// Marks @p name as touched: its messages show from now on.
    void touch(const QString &name);
    void touchAll();
    /// Shows the issues; those without a field of their own go to @p general
    /// (if given). Returns true when there are none.
    bool show(const Model::ValidationIssues &issues, QLabel *general = nullptr);

private:
    QLabel *insert(QFormLayout *form, int row, const QString &name);

    struct Entry {
        QFormLayout *form = nullptr;
        QPointer<QLabel> label;
        bool touched = false;
    };
    QHash<QString, Entry> m_entries;
};

} // namespace Views
