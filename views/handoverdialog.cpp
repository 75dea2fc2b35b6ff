#include "handoverdialog.h"

#include "model/editor.h"

#include <QComboBox>
#include "datefield.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Views {

HandOverDialog::HandOverDialog(Model::Editor *editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_currentLeadLabel(new QLabel(this))
    , m_newLead(new QComboBox(this))
    , m_date(new DateField(this))
    , m_explanation(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("handOverDialog"));
    setWindowTitle(tr("Hand Over the Regie"));
    m_currentLeadLabel->setObjectName(QStringLiteral("currentLeadLabel"));
    m_newLead->setObjectName(QStringLiteral("newLeadCombo"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setOptional(false);
    m_date->setDate(QDate::currentDate());
    m_explanation->setObjectName(QStringLiteral("explanationLabel"));
    m_explanation->setWordWrap(true);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Hand Over"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Current lead:"), m_currentLeadLabel);
    form->addRow(tr("&New lead:"), m_newLead);
    form->addRow(tr("&From:"), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_explanation);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &HandOverDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &HandOverDialog::reject);
    connect(m_newLead, &QComboBox::currentIndexChanged, this, &HandOverDialog::updateExplanation);
    connect(m_date, &DateField::dateChanged, this, &HandOverDialog::updateExplanation);
    updateExplanation();
    resize(440, sizeHint().height());
}

void HandOverDialog::setParticipations(const QList<Model::Participation> &participations)
{
    m_currentLead = {};
    m_candidates.clear();
    m_newLead->clear();
    for (const auto &p : participations) {
        if (!p.isCurrent())
            continue;
        if (p.role == Model::ParticipationRole::Lead) {
            m_currentLead = p;
        } else {
            m_candidates.append(p);
            m_newLead->addItem(p.organisationName, p.organisationId);
        }
    }
    m_currentLeadLabel->setText(m_currentLead.id.isNull() ? tr("none") : m_currentLead.organisationName);
    updateExplanation();
}

void HandOverDialog::setNewLead(const QUuid &organisationId)
{
    const int index = m_newLead->findData(organisationId);
    if (index >= 0)
        m_newLead->setCurrentIndex(index);
}

QDate HandOverDialog::date() const
{
    return m_date->date();
}

void HandOverDialog::updateExplanation()
{
    const bool possible = !m_currentLead.id.isNull() && m_newLead->currentIndex() >= 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(possible && m_date->isAcceptable());
    if (m_currentLead.id.isNull()) {
        m_explanation->setText(tr("This project has no lead organisation to hand over from."));
        return;
    }
    if (!possible) {
        m_explanation->setText(tr("Only a current partner can take over the regie. Add a partner first."));
        return;
    }
    if (!m_date->isAcceptable()) {
        m_explanation->setText(m_date->problem());
        return;
    }
    m_explanation->setText(tr("From %1 on, %2 holds the regie of this project. %3 stays a partner; who led when is "
                              "kept in the history.")
                               .arg(QLocale().toString(m_date->date(), QLocale::LongFormat), m_newLead->currentText(),
                                    m_currentLead.organisationName));
}

void HandOverDialog::accept()
{
    const int index = m_newLead->currentIndex();
    if (m_currentLead.id.isNull() || index < 0 || index >= m_candidates.size() || !m_date->isAcceptable())
        return;
    m_editor->handOverLead(m_currentLead, m_candidates.at(index), m_date->date());
    QDialog::accept();
}

} // namespace Views
