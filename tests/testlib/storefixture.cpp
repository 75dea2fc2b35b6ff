#include "storefixture.h"

namespace TestLib {

StoreFixture::StoreFixture()
    : m_store(std::make_unique<Store::SqliteStore>())
{
    const auto status = await(m_store->open(path()));
    if (!status.ok())
        qFatal("cannot open the test store: %s", qPrintable(status.error().message));
}

StoreFixture::~StoreFixture() = default;

void StoreFixture::import(const Model::Bundle &bundle)
{
    const auto status = await(m_store->importBundle(bundle));
    if (!status.ok())
        qFatal("cannot import the test bundle: %s", qPrintable(status.error().message));
}

} // namespace TestLib

namespace TestLib {

using namespace Model;

Drechtsteden makeDrechtsteden(StoreFixture &fixture)
{
    Drechtsteden d;
    d.dordrecht = makeOrganisation(QStringLiteral("Dordrecht"));
    d.zwijndrecht = makeOrganisation(QStringLiteral("Zwijndrecht"));
    d.papendrecht = makeOrganisation(QStringLiteral("Papendrecht"));
    d.sliedrecht = makeOrganisation(QStringLiteral("Sliedrecht"));
    d.project = makeProject(QStringLiteral("Groene Dijken"), ProjectStatus::Active);
    d.lead = makeParticipation(d.project.id, d.dordrecht.id, ParticipationRole::Lead, QDate(2024, 1, 1));
    d.partner = makeParticipation(d.project.id, d.zwijndrecht.id, ParticipationRole::Partner, QDate(2024, 2, 1));
    d.former = makeParticipation(d.project.id, d.papendrecht.id, ParticipationRole::Partner, QDate(2024, 1, 15));
    d.former.left = QDate(2024, 3, 1);
    d.external = makeParticipation(d.project.id, d.sliedrecht.id, ParticipationRole::External, QDate(2024, 2, 15));
    LeadTerm term;
    term.id = QUuid::createUuid();
    term.projectId = d.project.id;
    term.organisationId = d.dordrecht.id;
    term.from = QDate(2024, 1, 1);
    Bundle b;
    b.organisations = {d.dordrecht, d.zwijndrecht, d.papendrecht, d.sliedrecht};
    b.projects = {d.project};
    b.participations = {d.lead, d.partner, d.former, d.external};
    b.leadTerms = {term};
    fixture.import(b);
    for (auto *p : {&d.lead, &d.partner, &d.former, &d.external}) {
        for (const auto &o : b.organisations) {
            if (o.id == p->organisationId)
                p->organisationName = o.name;
        }
    }
    return d;
}

} // namespace TestLib
