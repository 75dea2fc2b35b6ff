#include "conflictsdialog.h"
#include "filedialogs.h"

#include "messagebox.h"

#include "model/async.h"
#include "model/editor.h"
#include "model/repository.h"
#include "model/text.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Views {

namespace {

QString tableName(const QString &table)
{
    if (table == QLatin1String("project"))
        return ConflictsDialog::tr("Project");
    if (table == QLatin1String("organisation"))
        return ConflictsDialog::tr("Organisation");
    if (table == QLatin1String("person"))
        return ConflictsDialog::tr("Person");
    if (table == QLatin1String("participation"))
        return ConflictsDialog::tr("Partner");
    if (table == QLatin1String("lead_term"))
        return ConflictsDialog::tr("Regie history");
    return table;
}

// A synced column as the user knows it from the forms.
QString fieldName(const QString &field)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Name")},
        {QStringLiteral("slogan"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Slogan")},
        {QStringLiteral("ambition"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Ambition")},
        {QStringLiteral("purpose"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Purpose")},
        {QStringLiteral("urgency"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Urgency")},
        {QStringLiteral("logo"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Logo")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Status")},
        {QStringLiteral("start_date"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Start")},
        {QStringLiteral("end_date"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "End")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Role")},
        {QStringLiteral("brings"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Brings")},
        {QStringLiteral("gets"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Gets")},
        {QStringLiteral("priorities"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Priorities")},
        {QStringLiteral("mandate"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Mandate")},
        {QStringLiteral("joined_on"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Joined")},
        {QStringLiteral("left_on"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Left")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "E-mail")},
        {QStringLiteral("function"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Function")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Kind")},
        {QStringLiteral("municipality_code"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Municipality code")},
        {QStringLiteral("deleted"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Deleted")},
        {QStringLiteral("from_date"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "From")},
        {QStringLiteral("until_date"), QT_TRANSLATE_NOOP("Views::ConflictsDialog", "Until")},
    };
    const auto it = names.constFind(field);
    return it == names.constEnd() ? field : ConflictsDialog::tr(it.value());
}

// What a kept-aside edit is about, from its own values: the project is gone
// from this computer, so there is nothing else to name it by.
QString fieldsLabel(const QString &json)
{
    const QJsonObject fields = QJsonDocument::fromJson(json.toUtf8()).object();
    for (const char *key : {"name", "brings", "gets", "slogan"}) {
        const QString value = fields.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return fields.keys().join(QStringLiteral(", "));
}

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Long values wrap in columns that share the width, so that Server and
    // Mine stay side by side in view instead of off to the right.
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    t->verticalHeader()->hide();
    t->setWordWrap(true);
    return t;
}

QTableWidgetItem *item(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setToolTip(text);
    return i;
}

} // namespace

ConflictsDialog::ConflictsDialog(Model::SyncRepository *sync, Model::Editor *editor, Model::ChangeNotifier *notifier,
                                 MessageBox *messages, QWidget *parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_editor(editor)
    , m_messages(messages)
    , m_tabs(new QTabWidget(this))
    , m_conflicts(makeTable(this, QStringLiteral("conflictsTable"),
                            {tr("What"), tr("Field"), tr("Was"), tr("Server"), tr("Mine")}))
    , m_problems(makeTable(this, QStringLiteral("problemsTable"), {tr("What"), tr("Change"), tr("Reason"), tr("When")}))
    , m_mine(new QPushButton(tr("Keep &Mine"), this))
    , m_theirs(new QPushButton(tr("Keep &Theirs"), this))
    , m_edit(new QPushButton(tr("&Edit Value…"), this))
    , m_dismiss(new QPushButton(tr("&Dismiss"), this))
    , m_quarantine(makeTable(this, QStringLiteral("quarantineTable"), {tr("What"), tr("Change"), tr("When"), tr("Why")}))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_removeQuarantine(new QPushButton(tr("Re&move…"), this))
{
    setObjectName(QStringLiteral("conflictsDialog"));
    m_conflicts->setAccessibleName(tr("Conflicts"));
    m_problems->setAccessibleName(tr("Refused changes"));
    m_quarantine->setAccessibleName(tr("Kept aside"));
    setWindowTitle(tr("Conflicts and Refused Changes"));
    m_tabs->setObjectName(QStringLiteral("syncTabs"));
    for (auto [table, column] : {std::pair{m_conflicts, 1}, std::pair{m_problems, 1}, std::pair{m_problems, 3},
                                 std::pair{m_quarantine, 1}, std::pair{m_quarantine, 2}})
        table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_mine->setObjectName(QStringLiteral("keepMineButton"));
    m_theirs->setObjectName(QStringLiteral("keepTheirsButton"));
    m_edit->setObjectName(QStringLiteral("editValueButton"));
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));
    m_export->setObjectName(QStringLiteral("exportQuarantineButton"));
    m_removeQuarantine->setObjectName(QStringLiteral("removeQuarantineButton"));

    auto *conflictPage = new QWidget(this);
    auto *conflictIntro = new QLabel(tr("These fields were changed both here and by someone else before you synced. "
                                        "The server kept the other value; choose which one stays. Your choice is sent "
                                        "with the next sync."),
                                     conflictPage);
    conflictIntro->setWordWrap(true);
    auto *conflictButtons = new QHBoxLayout;
    conflictButtons->addWidget(m_mine);
    conflictButtons->addWidget(m_theirs);
    conflictButtons->addWidget(m_edit);
    conflictButtons->addStretch(1);
    auto *conflictLayout = new QVBoxLayout(conflictPage);
    conflictLayout->addWidget(conflictIntro);
    conflictLayout->addWidget(m_conflicts, 1);
    conflictLayout->addLayout(conflictButtons);

    auto *problemPage = new QWidget(this);
    auto *problemIntro = new QLabel(tr("The server refused these changes, for example because your organisation may "
                                       "not change them. This computer shows the server's values again; what you "
                                       "entered is kept here until you dismiss it."),
                                    problemPage);
    problemIntro->setWordWrap(true);
    auto *problemButtons = new QHBoxLayout;
    problemButtons->addWidget(m_dismiss);
    problemButtons->addStretch(1);
    auto *problemLayout = new QVBoxLayout(problemPage);
    problemLayout->addWidget(problemIntro);
    problemLayout->addWidget(m_problems, 1);
    problemLayout->addLayout(problemButtons);

    auto *quarantinePage = new QWidget(this);
    auto *quarantineIntro = new QLabel(tr("These edits cannot be sent: your organisation no longer takes part in "
                                          "their project, or the server holds another item in their place. Export "
                                          "them to a file and pass it to the project's lead; then remove them here."),
                                       quarantinePage);
    quarantineIntro->setWordWrap(true);
    auto *quarantineButtons = new QHBoxLayout;
    quarantineButtons->addWidget(m_export);
    quarantineButtons->addWidget(m_removeQuarantine);
    quarantineButtons->addStretch(1);
    auto *quarantineLayout = new QVBoxLayout(quarantinePage);
    quarantineLayout->addWidget(quarantineIntro);
    quarantineLayout->addWidget(m_quarantine, 1);
    quarantineLayout->addLayout(quarantineButtons);

    m_tabs->addTab(conflictPage, tr("&Conflicts"));
    m_tabs->addTab(problemPage, tr("&Refused Changes"));
    m_tabs->addTab(quarantinePage, tr("&Kept Aside"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_mine, &QPushButton::clicked, this, [this] { resolve(Model::Resolution::Mine); });
    connect(m_theirs, &QPushButton::clicked, this, [this] { resolve(Model::Resolution::Theirs); });
    connect(m_edit, &QPushButton::clicked, this, [this] { resolve(Model::Resolution::Edited); });
    connect(m_dismiss, &QPushButton::clicked, this, &ConflictsDialog::dismiss);
    connect(m_export, &QPushButton::clicked, this, &ConflictsDialog::exportQuarantine);
    connect(m_removeQuarantine, &QPushButton::clicked, this, &ConflictsDialog::removeQuarantine);
    connect(m_conflicts, &QTableWidget::itemSelectionChanged, this, &ConflictsDialog::updateButtons);
    connect(m_problems, &QTableWidget::itemSelectionChanged, this, &ConflictsDialog::updateButtons);
    if (notifier) {
        connect(notifier, &Model::ChangeNotifier::changed, this, [this](const Model::ChangeSet &changes) {
            if (changes.touches(Model::ChangeSet::Sync))
                reload();
        });
    }
    resize(860, 460);
    updateButtons();
    reload();
}

void ConflictsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

QString ConflictsDialog::display(const QString &field, const QString &json)
{
    const QJsonValue v = QJsonDocument::fromJson(json.toUtf8()).array().at(0);
    if (field == QLatin1String("deleted")) {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("deleted")) == QJsonValue(true) || o.value(QStringLiteral("deleted")).toInt() == 1)
                return tr("deleted");
            return tr("changed: %1").arg(o.keys().join(QStringLiteral(", ")));
        }
        return v.toBool() ? tr("deleted") : tr("present");
    }
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
        return tr("(empty)");
    if (v.isBool())
        return v.toBool() ? tr("yes") : tr("no");
    if (v.isDouble())
        return QLocale().toString(v.toDouble());
    return v.toString();
}

void ConflictsDialog::reload()
{
    Model::onResult(m_sync->conflicts(), this, [this](const Model::Result<QList<Model::SyncConflict>> &r) {
        if (!r.ok())
            return;
        m_conflictRows = r.value();
        m_conflicts->setRowCount(int(m_conflictRows.size()));
        for (int row = 0; row < m_conflictRows.size(); ++row) {
            const auto &c = m_conflictRows.at(row);
            m_conflicts->setItem(row, 0, item(tableName(c.table) + QStringLiteral(": ") + c.rowLabel));
            m_conflicts->setItem(row, 1, item(fieldName(c.field)));
            m_conflicts->setItem(row, 2, item(display(c.field, c.base)));
            m_conflicts->setItem(row, 3, item(display(c.field, c.server)));
            m_conflicts->setItem(row, 4, item(display(c.field, c.mine)));
        }
        m_conflicts->resizeRowsToContents();
        m_tabs->setTabText(0, tr("&Conflicts (%1)").arg(m_conflictRows.size()));
        Model::onResult(m_sync->problems(), this, [this](const Model::Result<QList<Model::SyncProblem>> &p) {
            if (!p.ok())
                return;
            m_problemRows = p.value();
            m_problems->setRowCount(int(m_problemRows.size()));
            for (int row = 0; row < m_problemRows.size(); ++row) {
                const auto &x = m_problemRows.at(row);
                m_problems->setItem(row, 0, item(tableName(x.table) + QStringLiteral(": ") + x.rowLabel));
                m_problems->setItem(row, 1, item(x.operation == QLatin1String("insert") ? tr("new") : tr("change")));
                auto *reason = item(Model::describeRefusal(x.message));
                reason->setToolTip(x.message); // the server's own words, for the administrator
                m_problems->setItem(row, 2, reason);
                m_problems->setItem(row, 3, item(QLocale().toString(x.created.toLocalTime(), QLocale::ShortFormat)));
            }
            m_problems->resizeRowsToContents();
            m_tabs->setTabText(1, tr("&Refused Changes (%1)").arg(m_problemRows.size()));
            Model::onResult(m_sync->quarantine(), this, [this](const Model::Result<QList<Model::QuarantinedChange>> &k) {
                if (!k.ok())
                    return;
                m_quarantineRows = k.value();
                m_quarantine->setRowCount(int(m_quarantineRows.size()));
                for (int row = 0; row < m_quarantineRows.size(); ++row) {
                    const auto &x = m_quarantineRows.at(row);
                    m_quarantine->setItem(row, 0, item(tableName(x.table) + QStringLiteral(": ") + fieldsLabel(x.fields)));
                    m_quarantine->setItem(row, 1, item(x.operation == QLatin1String("insert") ? tr("new") : tr("change")));
                    m_quarantine->setItem(row, 2, item(QLocale().toString(x.created.toLocalTime(), QLocale::ShortFormat)));
                    m_quarantine->setItem(row, 3, item(x.reason.isEmpty() ? tr("Your organisation no longer takes part "
                                                                               "in this project.")
                                                                          : Model::describeRefusal(x.reason)));
                }
                m_quarantine->resizeRowsToContents();
                m_tabs->setTabText(2, tr("&Kept Aside (%1)").arg(m_quarantineRows.size()));
                updateButtons();
                Q_EMIT loaded();
            });
        });
    });
}

void ConflictsDialog::updateButtons()
{
    const bool conflict = m_conflicts->currentRow() >= 0 && m_conflicts->currentRow() < m_conflictRows.size();
    m_mine->setEnabled(conflict);
    m_theirs->setEnabled(conflict);
    m_edit->setEnabled(conflict && m_conflictRows.at(m_conflicts->currentRow()).field != QLatin1String("deleted"));
    m_dismiss->setEnabled(m_problems->currentRow() >= 0 && m_problems->currentRow() < m_problemRows.size());
    m_export->setEnabled(!m_quarantineRows.isEmpty());
    m_removeQuarantine->setEnabled(!m_quarantineRows.isEmpty());
}

void ConflictsDialog::resolve(Model::Resolution resolution)
{
    const int row = m_conflicts->currentRow();
    if (row < 0 || row >= m_conflictRows.size())
        return;
    const Model::SyncConflict c = m_conflictRows.at(row);
    QString edited;
    if (resolution == Model::Resolution::Edited) {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Edit Value"), tr("The value of %1:").arg(c.field),
                                                   QLineEdit::Normal, display(c.field, c.mine), &ok);
        if (!ok)
            return;
        edited = QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact));
    }
    // A failure is reported by the editor, like any other write.
    Model::onResult(m_editor->resolveConflict(c.id, resolution, edited), this, [this](const Model::Status &) { reload(); });
}

void ConflictsDialog::dismiss()
{
    const int row = m_problems->currentRow();
    if (row < 0 || row >= m_problemRows.size())
        return;
    Model::onResult(m_editor->dismissProblem(m_problemRows.at(row).id), this, [this](const Model::Status &) { reload(); });
}

void ConflictsDialog::exportQuarantine()
{
    auto *dialog = new QFileDialog(this, tr("Export Kept-Aside Edits"));
    dialog->setObjectName(QStringLiteral("quarantineFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    FileDialogs::startIn(dialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("Regie edits (*.json)"));
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(tr("regie-kept-aside-%1.json").arg(QDate::currentDate().toString(Qt::ISODate)));
    connect(dialog, &QFileDialog::fileSelected, this, &ConflictsDialog::exportTo);
    dialog->open();
}

void ConflictsDialog::exportTo(const QString &path)
{
    m_export->setEnabled(false);
    Model::onResult(m_sync->exportQuarantine(path), this, [this, path](const Model::Result<int> &r) {
        updateButtons();
        if (!r.ok()) {
            m_messages->showError(this, tr("The edits were not exported"), r.error().message);
            return;
        }
        m_exportedTo = path;
        Q_EMIT exported(r.value());
    });
}

void ConflictsDialog::removeQuarantine()
{
    const bool exported = !m_exportedTo.isEmpty();
    const QString question = exported
        ? tr("Remove the %n kept-aside edit(s) from this computer? They were exported to %1.", nullptr,
             int(m_quarantineRows.size()))
              .arg(QDir::toNativeSeparators(m_exportedTo))
        : tr("Remove the %n kept-aside edit(s) from this computer? They have not been exported, and will be lost.",
             nullptr, int(m_quarantineRows.size()));
    if (!m_messages->confirm(this, tr("Remove Kept-Aside Edits"), question))
        return;
    QList<QUuid> ids;
    for (const auto &c : std::as_const(m_quarantineRows))
        ids << c.changeId;
    Model::onResult(m_editor->removeFromQuarantine(ids), this, [this](const Model::Status &) { reload(); });
}

} // namespace Views
