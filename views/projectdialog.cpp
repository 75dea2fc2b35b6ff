#include "projectdialog.h"
#include "filedialogs.h"

#include "logo.h"
#include "datefield.h"

#include "model/editor.h"
#include "model/organisationlistmodel.h"
#include "model/text.h"
#include "model/validation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Views {

namespace {
constexpr int PreviewSize = 64;

QPlainTextEdit *makeTextEdit(QWidget *parent, const QString &name, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setMinimumHeight(56);
    edit->setMaximumHeight(90);
    return edit;
}
}

ProjectDialog::ProjectDialog(Model::Editor *editor, Model::OrganisationListModel *organisations, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_organisations(organisations)
    , m_name(new QLineEdit(this))
    , m_slogan(new QLineEdit(this))
    , m_ambition(makeTextEdit(this, QStringLiteral("ambitionEdit"), tr("What do the partners want to achieve together?")))
    , m_purpose(makeTextEdit(this, QStringLiteral("purposeEdit"), tr("What binds the partners? (required)")))
    , m_urgency(makeTextEdit(this, QStringLiteral("urgencyEdit"), tr("Why is it urgent, why now? (required)")))
    , m_status(new QComboBox(this))
    , m_lead(new QComboBox(this))
    , m_leadHint(new QLabel(this))
    , m_start(new DateField(this))
    , m_end(new DateField(this))
    , m_logoPreview(new QLabel(this))
    , m_chooseLogo(new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("Choose &Logo…"), this))
    , m_removeLogo(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-clear")), tr("&Remove Logo"), this))
    , m_issues(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("projectDialog"));
    setWindowTitle(tr("New Project"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("A name the partners recognise (required)"));
    m_slogan->setObjectName(QStringLiteral("sloganEdit"));
    m_slogan->setPlaceholderText(tr("One line that gives the ambition a face"));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (auto s : {Model::ProjectStatus::Idea, Model::ProjectStatus::Active, Model::ProjectStatus::Completed,
                   Model::ProjectStatus::Stopped})
        m_status->addItem(Model::displayName(s), int(s));
    m_lead->setObjectName(QStringLiteral("leadCombo"));
    m_leadHint->setObjectName(QStringLiteral("leadHintLabel"));
    m_leadHint->setWordWrap(true);
    m_leadHint->setForegroundRole(QPalette::PlaceholderText);
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_end->setObjectName(QStringLiteral("endEdit"));
    m_start->setAccessibleName(tr("Start date"));
    m_end->setAccessibleName(tr("End date"));
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setFixedSize(PreviewSize, PreviewSize);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_chooseLogo->setObjectName(QStringLiteral("chooseLogoButton"));
    m_removeLogo->setObjectName(QStringLiteral("removeLogoButton"));
    m_issues->setObjectName(QStringLiteral("issuesLabel"));
    m_issues->setWordWrap(true);
    m_issues->hide();
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(tr("until"), this));
    dates->addWidget(m_end);
    dates->addStretch(1);

    auto *logoButtons = new QVBoxLayout;
    logoButtons->addWidget(m_chooseLogo);
    logoButtons->addWidget(m_removeLogo);
    logoButtons->addStretch(1);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview);
    logoRow->addLayout(logoButtons);
    logoRow->addStretch(1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Slogan:"), m_slogan);
    form->addRow(tr("&Ambition:"), m_ambition);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("&Urgency:"), m_urgency);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("&Lead (regie):"), m_lead);
    form->addRow(QString(), m_leadHint);
    // A label for a row of two fields takes the first as its buddy, so its
    // mnemonic works (without a buddy the & would show).
    auto *period = new QLabel(tr("Peri&od:"), this);
    period->setBuddy(m_start);
    form->addRow(period, dates);
    form->addRow(tr("Logo:"), logoRow);
    m_errors.add(form, m_name, QStringLiteral("name"));
    m_errors.add(form, m_slogan, QStringLiteral("slogan"));
    m_errors.add(form, m_ambition, QStringLiteral("ambition"));
    m_errors.add(form, m_purpose, QStringLiteral("purpose"));
    m_errors.add(form, m_urgency, QStringLiteral("urgency"));
    m_errors.add(form, m_lead, QStringLiteral("lead"));
    m_errors.add(form, dates, QStringLiteral("end"));
    m_errors.add(form, logoRow, QStringLiteral("logo"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_issues);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProjectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProjectDialog::reject);
    auto touchAndValidate = [this](const QString &field) {
        return [this, field] {
            m_errors.touch(field);
            validateInput();
        };
    };
    connect(m_name, &QLineEdit::textEdited, this, touchAndValidate(QStringLiteral("name")));
    connect(m_slogan, &QLineEdit::textEdited, this, touchAndValidate(QStringLiteral("slogan")));
    connect(m_ambition, &QPlainTextEdit::textChanged, this, touchAndValidate(QStringLiteral("ambition")));
    connect(m_purpose, &QPlainTextEdit::textChanged, this, touchAndValidate(QStringLiteral("purpose")));
    connect(m_urgency, &QPlainTextEdit::textChanged, this, touchAndValidate(QStringLiteral("urgency")));
    connect(m_status, &QComboBox::currentIndexChanged, this, touchAndValidate(QStringLiteral("lead")));
    connect(m_lead, &QComboBox::currentIndexChanged, this, touchAndValidate(QStringLiteral("lead")));
    connect(m_start, &DateField::dateChanged, this, touchAndValidate(QStringLiteral("end")));
    connect(m_end, &DateField::dateChanged, this, touchAndValidate(QStringLiteral("end")));
    connect(m_chooseLogo, &QPushButton::clicked, this, &ProjectDialog::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this] { setLogo({}); });
    if (m_organisations)
        connect(m_organisations, &QAbstractItemModel::modelReset, this, &ProjectDialog::fillLeads);

    fillLeads();
    setLogo({});
    updateReadOnly();
    validateInput();
    resize(560, sizeHint().height());
}

void ProjectDialog::setProject(const Model::Project &project, const QUuid &lead, const QString &leadName)
{
    m_original = project;
    m_originalLead = lead;
    setWindowTitle(tr("Edit Project — %1").arg(project.name));
    m_name->setText(project.name);
    m_slogan->setText(project.slogan);
    m_ambition->setPlainText(project.ambition);
    m_purpose->setPlainText(project.purpose);
    m_urgency->setPlainText(project.urgency);
    m_status->setCurrentIndex(m_status->findData(int(project.status)));
    m_start->setDate(project.start);
    m_end->setDate(project.end);
    setLogo(project.logo);
    fillLeads();
    if (!lead.isNull() && m_lead->findData(lead) < 0)
        m_lead->addItem(leadName, lead);
    m_lead->setCurrentIndex(std::max(0, m_lead->findData(lead)));
    updateReadOnly();
    validateInput();
}

void ProjectDialog::setDefaultLead(const QUuid &organisationId)
{
    m_defaultLead = organisationId;
    if (isNew() && !organisationId.isNull()) {
        const int index = m_lead->findData(organisationId);
        if (index >= 0)
            m_lead->setCurrentIndex(index);
    }
}

void ProjectDialog::fillLeads()
{
    // Organisations arrive after the dialog may have opened: until the user
    // picks one, propose the default (or the original) lead again.
    QUuid selected = m_lead->count() > 0 ? m_lead->currentData().toUuid() : QUuid();
    if (selected.isNull())
        selected = isNew() ? m_defaultLead : m_originalLead;
    m_lead->blockSignals(true);
    m_lead->clear();
    m_lead->addItem(tr("No lead organisation yet"), QUuid());
    if (m_organisations) {
        for (const auto &o : m_organisations->organisations())
            m_lead->addItem(o.name, o.id);
    }
    m_lead->setCurrentIndex(std::max(0, m_lead->findData(selected)));
    m_lead->blockSignals(false);
    validateInput();
}

Model::Project ProjectDialog::project() const
{
    Model::Project p = m_original;
    p.name = m_name->text().trimmed();
    p.slogan = m_slogan->text().trimmed();
    p.ambition = m_ambition->toPlainText().trimmed();
    p.purpose = m_purpose->toPlainText().trimmed();
    p.urgency = m_urgency->toPlainText().trimmed();
    p.status = Model::ProjectStatus(m_status->currentData().toInt());
    p.start = m_start->date();
    p.end = m_end->date();
    p.logo = m_logo;
    return p;
}

QUuid ProjectDialog::leadId() const
{
    return m_lead->currentData().toUuid();
}

void ProjectDialog::setLogo(const QByteArray &png)
{
    m_logo = png;
    const QPixmap pixmap = Logo::pixmap(png, PreviewSize - 4);
    if (pixmap.isNull())
        m_logoPreview->setText(tr("none"));
    else
        m_logoPreview->setPixmap(pixmap);
    m_removeLogo->setEnabled(!png.isEmpty() && !Model::isClosed(m_original.status));
    m_errors.touch(QStringLiteral("logo"));
    validateInput();
}

bool ProjectDialog::loadLogo(const QString &path)
{
    QString error;
    const QByteArray png = Logo::fromFile(path, &error);
    if (png.isEmpty()) {
        m_issues->setText(error);
        m_issues->show();
        return false;
    }
    setLogo(png);
    return true;
}

void ProjectDialog::chooseLogo()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns.append(QStringLiteral("*.") + QString::fromLatin1(format));
    auto *dialog = new QFileDialog(this, tr("Choose a Logo"));
    dialog->setObjectName(QStringLiteral("logoFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    FileDialogs::startIn(dialog);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { loadLogo(path); });
    dialog->open();
}

Model::ValidationIssues ProjectDialog::issues() const
{
    Model::ValidationIssues issues = Model::validate(project());
    const bool hasLead = !leadId().isNull();
    if (Model::ProjectStatus(m_status->currentData().toInt()) == Model::ProjectStatus::Active && !hasLead)
        issues.append({QStringLiteral("lead"), tr("An active project needs a lead organisation (the regie).")});
    if (!m_start->isAcceptable())
        issues.append({QStringLiteral("end"), tr("Start: %1").arg(m_start->problem())});
    if (!m_end->isAcceptable())
        issues.append({QStringLiteral("end"), tr("End: %1").arg(m_end->problem())});
    return issues;
}

void ProjectDialog::validateInput()
{
    const bool ok = m_errors.show(issues(), m_issues);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void ProjectDialog::updateReadOnly()
{
    // A closed project is read-only except for its status; the lead changes
    // only by a hand-over once there is one.
    const bool closed = Model::isClosed(m_original.status);
    for (QLineEdit *edit : {m_name, m_slogan})
        edit->setReadOnly(closed);
    for (QPlainTextEdit *edit : {m_ambition, m_purpose, m_urgency})
        edit->setReadOnly(closed);
    m_start->setEnabled(!closed);
    m_end->setEnabled(!closed);
    m_chooseLogo->setEnabled(!closed);
    m_removeLogo->setEnabled(!closed && !m_logo.isEmpty());
    const bool leadFixed = closed || !m_originalLead.isNull();
    m_lead->setEnabled(!leadFixed);
    if (closed)
        m_leadHint->setText(tr("This project is closed: only its status can change."));
    else if (!m_originalLead.isNull())
        m_leadHint->setText(tr("To change the lead, use Hand Over the Regie on the Partners tab."));
    else
        m_leadHint->setText(tr("The lead organisation directs the collaboration. An active project needs one; an idea "
                               "may start without."));
}

void ProjectDialog::accept()
{
    m_errors.touchAll();
    validateInput();
    if (!issues().isEmpty())
        return;
    const Model::Project p = project();
    if (isNew()) {
        const QUuid id = m_editor->createProject(p, leadId());
        QDialog::accept();
        Q_EMIT projectCreated(id);
        return;
    }
    const QUuid lead = leadId();
    if (m_originalLead.isNull() && !lead.isNull()) {
        // The first lead comes with the edit, as one undo step.
        Model::Participation participation;
        participation.projectId = p.id;
        participation.organisationId = lead;
        participation.organisationName = m_lead->currentText();
        participation.role = Model::ParticipationRole::Lead;
        participation.joined = QDate::currentDate();
        m_editor->undoStack()->beginMacro(tr("Edit project %1").arg(p.name));
        m_editor->addParticipation(participation);
        m_editor->updateProject(m_original, p);
        m_editor->undoStack()->endMacro();
    } else {
        m_editor->updateProject(m_original, p);
    }
    QDialog::accept();
}

} // namespace Views
