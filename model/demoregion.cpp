#include "demoregion.h"

#include "knowledgenames.h"
#include "knowledgevalidation.h"
#include "text.h"
#include "validation.h"

#include <QBuffer>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>

namespace Model {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Model", text);
}

// A fixed namespace so that the demo's ids are the same on every machine.
const QUuid demoNamespace(QStringLiteral("{6d1f3a52-3c1e-4b7e-9a55-2f0c8e4d7b10}"));

QUuid idFor(const QString &kind, const QString &key)
{
    return QUuid::createUuidV5(demoNamespace, kind + QLatin1Char('/') + key);
}

QDate date(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QString initials(const QString &name)
{
    QString out;
    const auto words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (w.front().isUpper() || w.front().isDigit())
            out.append(w.front());
        if (out.size() == 3)
            break;
    }
    if (out.isEmpty() && !name.isEmpty())
        out = name.left(2).toUpper();
    return out;
}

std::optional<double> optionalNumber(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

// Goals with their measurements, milestones and progress of one demo project.
void readPlan(const QJsonObject &o, const Project &project, const QHash<QString, QUuid> &organisations,
              const QHash<QString, QUuid> &people, const SyncMeta &meta, const QDate &today, Bundle &bundle)
{
    const QString prefix = project.name + QLatin1Char('/');
    QHash<QString, QUuid> goals;
    for (const auto &gv : o.value(u"goals").toArray()) {
        const QJsonObject go = gv.toObject();
        Goal g;
        g.id = idFor(QStringLiteral("goal"), prefix + go.value(u"key").toString());
        g.projectId = project.id;
        g.title = go.value(u"title").toString();
        g.description = go.value(u"description").toString();
        g.indicator = go.value(u"indicator").toString();
        g.unit = go.value(u"unit").toString();
        g.baseline = optionalNumber(go.value(u"baseline"));
        g.target = optionalNumber(go.value(u"target"));
        g.due = date(go.value(u"due"));
        for (const auto &s : go.value(u"serves").toArray())
            g.servesOrganisations.append(organisations.value(s.toString()));
        g.meta = meta;
        goals.insert(go.value(u"key").toString(), g.id);
        bundle.goals.append(g);
        int n = 0;
        for (const auto &mv : go.value(u"measurements").toArray()) {
            const QJsonObject mo = mv.toObject();
            Measurement m;
            m.id = idFor(QStringLiteral("measurement"), prefix + go.value(u"key").toString() + QLatin1Char('/') + QString::number(n++));
            m.projectId = project.id;
            m.goalId = g.id;
            m.value = mo.value(u"value").toDouble();
            m.measuredOn = date(mo.value(u"on"));
            m.note = mo.value(u"note").toString();
            m.personId = people.value(mo.value(u"by").toString());
            m.meta = meta;
            bundle.measurements.append(m);
        }
    }
    QHash<QString, QUuid> milestones;
    for (const auto &mv : o.value(u"milestones").toArray()) {
        const QJsonObject mo = mv.toObject();
        Milestone m;
        m.id = idFor(QStringLiteral("milestone"), prefix + mo.value(u"key").toString());
        m.projectId = project.id;
        m.title = mo.value(u"title").toString();
        m.description = mo.value(u"description").toString();
        m.due = date(mo.value(u"due"));
        m.ownerOrganisationId = organisations.value(mo.value(u"owner").toString());
        m.status = milestoneStatusFromKey(mo.value(u"status").toString());
        m.completedOn = date(mo.value(u"completed"));
        for (const auto &g : mo.value(u"goals").toArray())
            m.goals.append(goals.value(g.toString()));
        m.meta = meta;
        milestones.insert(mo.value(u"key").toString(), m.id);
        bundle.milestones.append(m);
    }
    // The log is written as of its last day; it is moved so that its last
    // entry is yesterday, so the demo always has recent work to show.
    QDate lastLogged;
    for (const auto &ev : o.value(u"progress").toArray())
        lastLogged = std::max(lastLogged, date(ev.toObject().value(u"on")));
    const qint64 shift = lastLogged.isValid() && today.isValid() ? lastLogged.daysTo(today.addDays(-1)) : 0;
    int n = 0;
    for (const auto &ev : o.value(u"progress").toArray()) {
        const QJsonObject eo = ev.toObject();
        ProgressEntry e;
        e.id = idFor(QStringLiteral("progress"), prefix + QString::number(n++));
        e.projectId = project.id;
        e.date = date(eo.value(u"on")).addDays(shift);
        e.personId = people.value(eo.value(u"by").toString());
        e.organisationId = organisations.value(eo.value(u"organisation").toString());
        e.hours = optionalNumber(eo.value(u"hours"));
        e.percent = optionalNumber(eo.value(u"percent"));
        e.note = eo.value(u"note").toString();
        e.milestoneId = milestones.value(eo.value(u"milestone").toString());
        e.meta = meta;
        bundle.progress.append(e);
    }
    // Evaluations held in the past keep their dates; planned ones are given
    // in months from today, so the dashboard always has some coming up.
    for (const auto &ev : o.value(u"evaluations").toArray()) {
        const QJsonObject eo = ev.toObject();
        const QString key = prefix + eo.value(u"key").toString();
        Evaluation e;
        e.id = idFor(QStringLiteral("evaluation"), key);
        e.projectId = project.id;
        e.kind = evaluationKindFromKey(eo.value(u"kind").toString());
        e.plannedOn = eo.contains(u"inMonths") ? today.addMonths(eo.value(u"inMonths").toInt()) : date(eo.value(u"planned"));
        e.heldOn = date(eo.value(u"held"));
        e.findings = eo.value(u"findings").toString();
        e.lessons = eo.value(u"lessons").toString();
        e.meta = meta;
        for (const auto &sv : eo.value(u"scores").toArray()) {
            const QJsonObject so = sv.toObject();
            e.scores.append({idFor(QStringLiteral("score"), key + QLatin1Char('/') + so.value(u"goal").toString()),
                             goals.value(so.value(u"goal").toString()), goalHealthFromKey(so.value(u"status").toString()),
                             so.value(u"remark").toString(), {}});
        }
        int c = 0;
        for (const auto &cv : eo.value(u"comments").toArray()) {
            const QJsonObject co = cv.toObject();
            e.comments.append({idFor(QStringLiteral("comment"), key + QLatin1Char('/') + QString::number(c++)), e.id,
                               people.value(co.value(u"by").toString()), {}, co.value(u"comment").toString(),
                               QDateTime(date(co.value(u"on")), QTime(10, 0))});
        }
        int d = 0;
        for (const auto &dv : eo.value(u"decisions").toArray()) {
            const QJsonObject dobj = dv.toObject();
            Decision decision;
            decision.id = idFor(QStringLiteral("decision"), key + QLatin1Char('/') + QString::number(d++));
            decision.projectId = project.id;
            decision.evaluationId = e.id;
            decision.text = dobj.value(u"text").toString();
            decision.subject = decisionSubjectFromKey(dobj.value(u"subject").toString());
            if (decision.subject == Decision::Subject::GoalTarget)
                decision.subjectId = goals.value(dobj.value(u"goal").toString());
            else if (decision.subject == Decision::Subject::MilestoneDue)
                decision.subjectId = milestones.value(dobj.value(u"milestone").toString());
            decision.before = dobj.value(u"before").toString();
            decision.after = dobj.value(u"after").toString();
            decision.reason = dobj.value(u"reason").toString();
            decision.decidedOn = e.heldOn;
            e.decisions.append(decision);
        }
        bundle.evaluations.append(e);
    }
}

} // namespace

// The demo's knowledge base: lessons, practices, a dossier, a question
// with its answers, and what other municipalities did with them.
static void readKnowledge(const QJsonObject &root, const QHash<QString, QUuid> &organisations,
                   const QHash<QString, QUuid> &people, const SyncMeta &meta, Bundle &bundle)
{
    QHash<QString, QUuid> items;
    for (const auto &value : root.value(u"knowledge").toArray()) {
        const QJsonObject o = value.toObject();
        KnowledgeItem item;
        const QString key = o.value(u"key").toString();
        item.id = idFor(QStringLiteral("knowledge"), key);
        items.insert(key, item.id);
        item.kind = KnowledgeNames::kindFromKey(o.value(u"kind").toString());
        item.title = o.value(u"title").toString();
        item.summary = o.value(u"summary").toString();
        item.body = o.value(u"body").toString();
        item.organisationId = organisations.value(o.value(u"organisation").toString());
        item.authorId = people.value(o.value(u"author").toString());
        if (o.contains(u"project"))
            item.projectId = idFor(QStringLiteral("project"), o.value(u"project").toString());
        if (o.contains(u"question"))
            item.questionId = items.value(o.value(u"question").toString());
        item.status = KnowledgeStatus::Published;
        for (const auto &t : o.value(u"topics").toArray())
            item.topics.append(t.toString());
        for (const auto &t : o.value(u"tags").toArray())
            item.tags.append(t.toString());
        item.publishedOn = date(o.value(u"published"));
        item.meta = meta;
        item.meta.createdAt = item.publishedOn.startOfDay(QTimeZone::UTC);
        item.meta.updatedAt = item.meta.createdAt;
        item.meta.changedBy = item.authorId;
        bundle.knowledge.append(item);
    }
    int n = 0;
    for (const auto &value : root.value(u"reuses").toArray()) {
        const QJsonObject o = value.toObject();
        Reuse r;
        r.id = idFor(QStringLiteral("reuse"), QString::number(n++));
        r.itemId = items.value(o.value(u"item").toString());
        r.organisationId = organisations.value(o.value(u"organisation").toString());
        r.personId = people.value(o.value(u"person").toString());
        r.status = KnowledgeNames::reuseStatusFromKey(o.value(u"status").toString());
        r.reason = KnowledgeNames::reuseReasonFromKey(o.value(u"reason").toString());
        r.date = date(o.value(u"date"));
        r.note = o.value(u"note").toString();
        r.outcome = o.value(u"outcome").toString();
        r.meta = meta;
        r.meta.changedBy = r.personId;
        bundle.reuses.append(r);
    }
}

QByteArray makeLogo(const QString &name, const QColor &colour, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        QPainterPath path;
        path.addRoundedRect(QRectF(0, 0, size, size), size * 0.18, size * 0.18);
        p.fillPath(path, colour);
        p.setPen(colour.lightnessF() > 0.6 ? Qt::black : Qt::white);
        QFont font;
        font.setBold(true);
        font.setPixelSize(size * 0.36);
        p.setFont(font);
        p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, initials(name));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

Result<Bundle> parseDemoRegion(const QByteArray &json, const QDateTime &now)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject())
        return error(Error::Validation, tr("The demo region cannot be read: %1").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    Bundle bundle;
    SyncMeta meta;
    meta.createdAt = now;
    meta.updatedAt = now;
    meta.version = 1;

    QHash<QString, QUuid> organisations;
    for (const auto &value : root.value(u"organisations").toArray()) {
        const QJsonObject o = value.toObject();
        Organisation org;
        org.id = idFor(QStringLiteral("organisation"), o.value(u"key").toString());
        org.name = o.value(u"name").toString();
        org.kind = organisationKindFromKey(o.value(u"kind").toString());
        org.municipalityCode = o.value(u"code").toString();
        org.meta = meta;
        organisations.insert(o.value(u"key").toString(), org.id);
        bundle.organisations.append(org);
    }
    QHash<QString, QUuid> people;
    for (const auto &value : root.value(u"people").toArray()) {
        const QJsonObject o = value.toObject();
        Person person;
        person.id = idFor(QStringLiteral("person"), o.value(u"key").toString());
        person.name = o.value(u"name").toString();
        person.email = o.value(u"email").toString();
        person.function = o.value(u"function").toString();
        person.organisationId = organisations.value(o.value(u"organisation").toString());
        person.meta = meta;
        people.insert(o.value(u"key").toString(), person.id);
        bundle.people.append(person);
    }
    bundle.me = people.value(root.value(u"me").toString());

    for (const auto &value : root.value(u"projects").toArray()) {
        const QJsonObject o = value.toObject();
        Project project;
        project.id = idFor(QStringLiteral("project"), o.value(u"name").toString());
        project.name = o.value(u"name").toString();
        project.slogan = o.value(u"slogan").toString();
        project.ambition = o.value(u"ambition").toString();
        project.purpose = o.value(u"purpose").toString();
        project.urgency = o.value(u"urgency").toString();
        project.status = projectStatusFromKey(o.value(u"status").toString());
        project.start = date(o.value(u"start"));
        project.end = date(o.value(u"end"));
        project.logo = makeLogo(project.name, QColor(o.value(u"colour").toString()));
        project.meta = meta;
        bundle.projects.append(project);

        for (const auto &pv : o.value(u"participations").toArray()) {
            const QJsonObject po = pv.toObject();
            Participation p;
            const QString orgKey = po.value(u"organisation").toString();
            p.id = idFor(QStringLiteral("participation"), project.name + QLatin1Char('/') + orgKey);
            p.projectId = project.id;
            p.organisationId = organisations.value(orgKey);
            p.role = participationRoleFromKey(po.value(u"role").toString());
            p.brings = po.value(u"brings").toString();
            p.gets = po.value(u"gets").toString();
            p.priorities = po.value(u"priorities").toString();
            p.mandate = po.value(u"mandate").toString();
            p.joined = date(po.value(u"joined"));
            p.left = date(po.value(u"left"));
            p.meta = meta;
            bundle.participations.append(p);
        }
        int n = 0;
        for (const auto &tv : o.value(u"leadHistory").toArray()) {
            const QJsonObject to = tv.toObject();
            LeadTerm t;
            t.id = idFor(QStringLiteral("leadterm"), project.name + QLatin1Char('/') + QString::number(n++));
            t.projectId = project.id;
            t.organisationId = organisations.value(to.value(u"organisation").toString());
            t.from = date(to.value(u"from"));
            t.until = date(to.value(u"until"));
            t.meta = meta;
            bundle.leadTerms.append(t);
        }
        readPlan(o, project, organisations, people, meta, now.toLocalTime().date(), bundle);
    }

    readKnowledge(root, organisations, people, meta, bundle);

    for (const auto &k : std::as_const(bundle.knowledge)) {
        if (const auto issues = validate(k); !issues.isEmpty() || (k.authorId.isNull() && k.kind != KnowledgeKind::Document))
            return error(Error::Validation, tr("Demo knowledge item %1: %2").arg(k.title, describe(issues)));
    }
    for (const auto &r : std::as_const(bundle.reuses)) {
        if (const auto issues = validate(r); !issues.isEmpty())
            return error(Error::Validation, tr("Demo reuse record: %1").arg(describe(issues)));
    }
    for (const auto &p : bundle.participations) {
        if (p.organisationId.isNull())
            return error(Error::Validation, tr("The demo region names an unknown organisation."));
    }
    for (const auto &p : std::as_const(bundle.projects)) {
        if (const auto issues = validate(p); !issues.isEmpty())
            return error(Error::Validation, tr("Demo project %1: %2").arg(p.name, describe(issues)));
    }
    for (const auto &g : std::as_const(bundle.goals)) {
        if (const auto issues = validate(g); !issues.isEmpty() || g.servesOrganisations.contains(QUuid()))
            return error(Error::Validation, tr("Demo goal %1: %2").arg(g.title, describe(issues)));
    }
    for (const auto &m : std::as_const(bundle.milestones)) {
        if (const auto issues = validate(m); !issues.isEmpty() || m.ownerOrganisationId.isNull())
            return error(Error::Validation, tr("Demo milestone %1: %2").arg(m.title, describe(issues)));
    }
    for (const auto &e : std::as_const(bundle.progress)) {
        if (const auto issues = validate(e); !issues.isEmpty())
            return error(Error::Validation, tr("Demo progress %1: %2").arg(e.note, describe(issues)));
    }
    for (const auto &e : std::as_const(bundle.evaluations)) {
        bool linked = e.plannedOn.isValid();
        for (const auto &s : e.scores)
            linked = linked && !s.goalId.isNull();
        for (const auto &c : e.comments)
            linked = linked && !c.personId.isNull();
        for (const auto &d : e.decisions)
            linked = linked && (d.subject == Decision::Subject::None || !d.subjectId.isNull());
        if (!linked)
            return error(Error::Validation,
                         tr("Demo evaluation of %1 names an unknown goal, milestone or person, or has no date.")
                             .arg(e.plannedOn.toString(Qt::ISODate)));
    }
    return bundle;
}

} // namespace Model
