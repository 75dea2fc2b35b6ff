#include "fielderrors.h"

#include "statuscolours.h"

#include <QFormLayout>
#include <QLabel>

#include <algorithm>

namespace Views {

QLabel *FieldErrors::add(QFormLayout *form, QWidget *field, const QString &name)
{
    int row = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(field, &row, &role);
    return insert(form, row, name);
}

QLabel *FieldErrors::add(QFormLayout *form, QLayout *field, const QString &name)
{
    int row = -1;
    QFormLayout::ItemRole role;
    form->getLayoutPosition(field, &row, &role);
    return insert(form, row, name);
}

void showAsError(QLabel *label)
{
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, StatusColours::error());
    label->setPalette(palette);
}

void keepRoomWhenHidden(QLabel *label)
{
    QSizePolicy policy = label->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    label->setSizePolicy(policy);
    label->setMinimumHeight(label->fontMetrics().lineSpacing());
}

// The label is parented when the form is installed on its widget.
QLabel *FieldErrors::insert(QFormLayout *form, int row, const QString &name)
{
    auto *label = new QLabel(form->parentWidget());
    label->setObjectName(name + QStringLiteral("Error"));
    showAsError(label);
    label->setMinimumHeight(label->fontMetrics().lineSpacing()); // its room while it is empty
    if (row < 0)
        form->addRow(QString(), label);
    else
        form->insertRow(row + 1, QString(), label);
    form->setRowVisible(label, false);
    m_entries.insert(name, Entry{form, label, false});
    return label;
}

void FieldErrors::touch(const QString &name)
{
    auto it = m_entries.find(name);
    if (it != m_entries.end())
        it->touched = true;
}

void FieldErrors::touchAll()
{
    for (auto &entry : m_entries)
        entry.touched = true;
}

bool FieldErrors::show(const Model::ValidationIssues &issues, QLabel *general)
{
    QHash<QString, QStringList> messages;
    QStringList rest;
    for (const auto &issue : issues) {
        if (m_entries.contains(issue.field))
            messages[issue.field].append(issue.message);
        else
            rest.append(issue.message);
    }
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (!it->label)
            continue;
        const QString text = it->touched ? messages.value(it.key()).join(QLatin1Char('\n')) : QString();
        it->label->setText(text);
        // Untouched: no row at all. Touched: the row stays, empty or not.
        it->form->setRowVisible(it->label, it->touched);
    }
    if (general) {
        const bool anyTouched = std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.touched; });
        general->setText(anyTouched ? rest.join(QLatin1Char('\n')) : QString());
        general->setVisible(anyTouched && !rest.isEmpty());
    }
    return issues.isEmpty();
}

} // namespace Views
