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
/// under it a label saying what is wrong, then OK ("okButton") and Cancel.
/// Owned by its dialog.
///
/// What is wrong is said only once the user has typed in or left a field,
/// or asked for OK (Ctrl+Enter, see DialogShortcuts): a fresh dialog does
/// not open with complaints. OK waits for the problems all the same. The
/// label keeps a line's room while it is empty, so the form does not jump
/// when a message comes or goes.
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

    /// Lists @p problems, one a line (once the user has edited something),
    /// and allows OK only when there are none.
    void setProblems(const QStringList &problems);
    /// Says @p message (empty: nothing) at once and leaves OK as it is.
    void say(const QString &message);
    /// Whether the problems are shown: the user edited or left a field, or asked for OK.
    bool isRevealed() const { return m_revealed; }
    /// Shows the problems from now on (the user asked for OK while there were some).
    void reveal();
    /// What Ctrl+Enter does: OK when it is allowed, else say why not.
    void tryAccept();
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showProblems();
    /// Watches the dialog's fields for the user's first edit or leaving one.
    void watchFields();

    QDialog *m_dialog;
    QFormLayout *m_form;
    QVBoxLayout *m_layout;
    QLabel *m_issues;
    QDialogButtonBox *m_buttons;
    std::function<bool()> m_check;
    QStringList m_problems;
    bool m_revealed = false;
    bool m_watching = false;
};

} // namespace Views
