#include "projectheader.h"

#include "logo.h"
#include "projectdelegate.h"

#include "model/text.h"

#include <QGridLayout>
#include <QIcon>
#include <QLabel>

namespace Views {

namespace {
constexpr int LogoSize = 72;
}

ProjectHeader::ProjectHeader(QWidget *parent)
    : QWidget(parent)
    , m_logo(new QLabel(this))
    , m_name(new QLabel(this))
    , m_slogan(new QLabel(this))
    , m_lead(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("projectHeader"));
    m_logo->setObjectName(QStringLiteral("headerLogo"));
    m_logo->setFixedSize(LogoSize, LogoSize);
    m_logo->setAlignment(Qt::AlignCenter);
    m_name->setObjectName(QStringLiteral("headerName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setWordWrap(true);
    QFont nameFont = font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_slogan->setObjectName(QStringLiteral("headerSlogan"));
    m_slogan->setWordWrap(true);
    QFont sloganFont = font();
    sloganFont.setItalic(true);
    sloganFont.setPointSizeF(sloganFont.pointSizeF() * 1.1);
    m_slogan->setFont(sloganFont);
    m_lead->setObjectName(QStringLiteral("headerLead"));
    m_lead->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("headerStatus"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setContentsMargins(8, 2, 8, 2);
    m_status->setAutoFillBackground(true);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(12);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_logo, 0, 0, 3, 1, Qt::AlignTop);
    layout->addWidget(m_name, 0, 1);
    layout->addWidget(m_status, 0, 2, Qt::AlignTop | Qt::AlignRight);
    layout->addWidget(m_slogan, 1, 1, 1, 2);
    layout->addWidget(m_lead, 2, 1, 1, 2);
    layout->setColumnStretch(1, 1);
    clear();
}

void ProjectHeader::setProject(const Model::Project &project)
{
    m_name->setText(project.name);
    m_slogan->setText(project.slogan);
    m_slogan->setVisible(!project.slogan.isEmpty());
    const QPixmap logo = Logo::pixmap(project.logo, qRound(LogoSize * devicePixelRatioF()));
    if (logo.isNull()) {
        m_logo->setPixmap(QIcon::fromTheme(QStringLiteral("view-process-users")).pixmap(LogoSize / 2));
    } else {
        QPixmap scaled = logo;
        scaled.setDevicePixelRatio(devicePixelRatio());
        m_logo->setPixmap(scaled);
    }
    m_projectStatus = project.status;
    m_status->setText(Model::displayName(project.status));
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::Window, ProjectDelegate::statusColour(int(project.status)));
    palette.setColor(QPalette::WindowText, Qt::white);
    m_status->setPalette(palette);
    m_status->show();
    updateLead();
}

void ProjectHeader::setLeadName(const QString &name)
{
    m_leadName = name;
    updateLead();
}

void ProjectHeader::clear()
{
    m_name->clear();
    m_slogan->clear();
    m_lead->clear();
    m_logo->clear();
    m_status->hide();
    m_leadName.clear();
}

void ProjectHeader::updateLead()
{
    if (!m_leadName.isEmpty()) {
        m_lead->setText(tr("Regie: %1").arg(m_leadName));
        m_lead->setToolTip(tr("%1 directs this collaboration as lead organisation.").arg(m_leadName));
        m_lead->setForegroundRole(QPalette::WindowText);
        return;
    }
    // The lead rule: an active project always has one; an idea may not yet.
    m_lead->setText(m_projectStatus == Model::ProjectStatus::Active ? tr("No lead organisation — an active project needs one")
                                                                     : tr("No lead organisation yet"));
    m_lead->setToolTip(tr("Add a partner with the lead role to give this project its regie."));
    m_lead->setForegroundRole(QPalette::PlaceholderText);
}

} // namespace Views
