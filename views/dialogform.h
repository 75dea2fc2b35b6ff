#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>
#include <optional>

class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPushButton;
class QVBoxLayout;
class QWidget;

namespace Views {

/// What the editing dialogs repeat, made once: a form of labelled fields,
/// under it a label saying what is wrong (shown only when something is),
/// then OK ("okButton") and Cancel. Owned by its dialog.
///
/// Also the fields they share: a checklist of choices and a number edit that
/// reads and writes numbers as the user's locale does.
class DialogForm : public QObject
{
    Q_OBJECT
public:
    /// Lays out @p dialog; put the fields in form(), anything else with addWidget().
    explicit DialogForm(QDialog *dialog);

    QFormLayout *form() const { return m_form; }
    void addWidget(QWidget *widget, int stretch = 0);
    QLabel *issues() const { return m_issues; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QPushButton *okButton() const;

    /// Lists @p problems, one a line, and allows OK only when there are none.
    void setProblems(const QStringList &problems);
    /// Says @p message (empty: nothing) and leaves OK as it is.
    void say(const QString &message);
    /// OK accepts only when @p check returns true (it says why not itself).
    void acceptWhen(std::function<bool()> check);

    /// One choice of a checklist.
    struct Choice {
        QUuid id;
        QString text;
        bool checked = false;
    };
    static QListWidget *checklist(QWidget *parent, const QString &name, const QList<Choice> &choices);
    static QList<QUuid> checked(const QListWidget *list);

    /// A line edit that takes a number, named @p name.
    static QLineEdit *numberEdit(QWidget *parent, const QString &name);
    /// The number in @p edit, none when it is empty; @p ok says whether it reads.
    static std::optional<double> readNumber(const QLineEdit *edit, bool *ok);
    /// @p value as the user writes numbers; empty for none.
    static QString numberText(const std::optional<double> &value);

private:
    QDialog *m_dialog;
    QFormLayout *m_form;
    QVBoxLayout *m_layout;
    QLabel *m_issues;
    QDialogButtonBox *m_buttons;
    std::function<bool()> m_check;
};

} // namespace Views
