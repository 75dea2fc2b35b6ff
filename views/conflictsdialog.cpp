#include "conflictsdialog.h"
#include "filedialogs.h"

#include "conflictvaluedialog.h"
#include "messagebox.h"
#include "syncfieldnames.h"

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
    return SyncFieldNames::table(table);
}

QString fieldName(const QString &field)
{
    return SyncFieldNames::field(field);
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
    , m_replaced(makeTable(this, QStringLiteral("replacedTable"),
                           {tr("What"), tr("Field"), tr("Yours"), tr("Now"), tr("Changed by"), tr("When")}))
    , m_markSeen(new QPushButton(tr("Mark All as &Seen"), this))
    , m_conflictWho(new QLabel(this))
{
    setObjectName(QStringLiteral("conflictsDialog"));
    m_conflicts->setAccessibleName(tr("Conflicts"));
    m_problems->setAccessibleName(tr("Refused changes"));
    m_quarantine->setAccessibleName(tr("Kept aside"));
    m_replaced->setAccessibleName(tr("Values replaced"));
    setWindowTitle(tr("Conflicts and Refused Changes"));
    m_tabs->setObjectName(QStringLiteral("syncTabs"));
    for (auto [table, column] : {std::pair{m_conflicts, 1}, std::pair{m_problems, 1}, std::pair{m_problems, 3},
                                 std::pair{m_quarantine, 1}, std::pair{m_quarantine, 2}, std::pair{m_replaced, 1},
                                 std::pair{m_replaced, 5}})
        table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_mine->setObjectName(QStringLiteral("keepMineButton"));
    m_theirs->setObjectName(QStringLiteral("keepTheirsButton"));
    m_edit->setObjectName(QStringLiteral("editValueButton"));
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));
    m_export->setObjectName(QStringLiteral("exportQuarantineButton"));
    m_removeQuarantine->setObjectName(QStringLiteral("removeQuarantineButton"));
    m_markSeen->setObjectName(QStringLiteral("markSeenButton"));
    m_conflictWho->setObjectName(QStringLiteral("conflictWhoLabel"));
    m_conflictWho->setWordWrap(true);

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
    conflictLayout->addWidget(m_conflictWho);
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

    auto *replacedPage = new QWidget(this);
    auto *replacedIntro = new QLabel(tr("Someone else replaced these values of yours after your sync had sent them, "
                                        "for example by choosing their own value in a conflict. The new value is "
                                        "what everyone sees now; change it again if yours should stay."),
                                     replacedPage);
    replacedIntro->setWordWrap(true);
    auto *replacedButtons = new QHBoxLayout;
    replacedButtons->addWidget(m_markSeen);
    replacedButtons->addStretch(1);
    auto *replacedLayout = new QVBoxLayout(replacedPage);
    replacedLayout->addWidget(replacedIntro);
    replacedLayout->addWidget(m_replaced, 1);
    replacedLayout->addLayout(replacedButtons);

    m_tabs->addTab(conflictPage, tr("&Conflicts"));
    m_tabs->addTab(problemPage, tr("&Refused Changes"));
    m_tabs->addTab(quarantinePage, tr("&Kept Aside"));
    m_tabs->addTab(replacedPage, tr("Re&placed"));
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
    connect(m_markSeen, &QPushButton::clicked, this, &ConflictsDialog::markSeen);
    connect(m_conflicts, &QTableWidget::itemSelectionChanged, this, &ConflictsDialog::updateButtons);
    connect(m_problems, &QTableWidget::itemSelectionChanged, this, &ConflictsDialog::updateButtons);
    if (notifier) {
        connect(notifier, &Model::ChangeNotifier::changed, this, [this](const Model::ChangeSet &changes) {
            if (changes.touches(Model::ChangeSet::Sync))
                reload();
        });
    }
    resize(900, 500);
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
            auto *server = item(display(c.field, c.server));
            server->setToolTip(ConflictValueDialog::whoAndWhen(c.serverByName, c.serverAt));
            m_conflicts->setItem(row, 3, server);
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
                Model::onResult(m_sync->replacedValues(), this,
                                [this](const Model::Result<QList<Model::ReplacedValue>> &v) {
                                    if (!v.ok())
                                        return;
                                    showReplaced(v.value());
                                    updateButtons();
                                    Q_EMIT loaded();
                                });
            });
        });
    });
}

void ConflictsDialog::showReplaced(const QList<Model::ReplacedValue> &rows)
{
    m_replacedRows = rows;
    m_replaced->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const auto &r = rows.at(row);
        const QString what = r.rowLabel.isEmpty() ? tableName(r.table) : tableName(r.table) + QStringLiteral(": ") + r.rowLabel;
        m_replaced->setItem(row, 0, item(what));
        m_replaced->setItem(row, 1, item(fieldName(r.field)));
        m_replaced->setItem(row, 2, item(display(r.field, r.mine)));
        m_replaced->setItem(row, 3, item(display(r.field, r.theirs)));
        m_replaced->setItem(row, 4, item(r.byName.isEmpty() ? tr("Someone else") : r.byName));
        m_replaced->setItem(row, 5,
                            item(r.at.isValid() ? QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat) : QString()));
    }
    m_replaced->resizeRowsToContents();
    m_tabs->setTabText(3, rows.isEmpty() ? tr("Re&placed") : tr("Re&placed (%1)").arg(rows.size()));
}

void ConflictsDialog::markSeen()
{
    QList<QUuid> ids;
    for (const auto &r : std::as_const(m_replacedRows))
        ids << r.id;
    if (ids.isEmpty())
        return;
    Model::onResult(m_editor->markReplacedSeen(ids), this, [this](const Model::Status &) { reload(); });
}

void ConflictsDialog::updateButtons()
{
    const bool conflict = m_conflicts->currentRow() >= 0 && m_conflicts->currentRow() < m_conflictRows.size();
    m_conflictWho->setText(conflict ? ConflictValueDialog::whoAndWhen(m_conflictRows.at(m_conflicts->currentRow()).serverByName,
                                                                      m_conflictRows.at(m_conflicts->currentRow()).serverAt)
                                    : QString());
    m_markSeen->setEnabled(!m_replacedRows.isEmpty());
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
    if (resolution == Model::Resolution::Edited) {
        // Not modal to the application: the window stays usable meanwhile.
        auto *dialog = new ConflictValueDialog(c, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, id = c.id] {
            const QString edited
                = QString::fromUtf8(QJsonDocument(QJsonArray{dialog->value()}).toJson(QJsonDocument::Compact));
            Model::onResult(m_editor->resolveConflict(id, Model::Resolution::Edited, edited), this,
                            [this](const Model::Status &) { reload(); });
        });
        dialog->open();
        return;
    }
    // A failure is reported by the editor, like any other write.
    Model::onResult(m_editor->resolveConflict(c.id, resolution, {}), this, [this](const Model::Status &) { reload(); });
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
