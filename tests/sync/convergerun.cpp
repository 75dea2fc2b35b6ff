#include "convergerun.h"

#include "testlib/faultproxy.h"
#include "testlib/laptop.h"
#include "testlib/pgserver.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <csignal>

using namespace Qt::StringLiterals;

namespace Converge {

namespace {

int conflictsOn(Laptop &laptop)
{
    return laptop.count(u"SELECT count(*) FROM sync_conflict"_s);
}

// A sync's failure as the report shows it: the message and the driver's text.
QString told(const Model::Error &e)
{
    return e.detail.isEmpty() ? e.message : u"%1 (%2)"_s.arg(e.message, e.detail);
}

} // namespace

Run::Run(TestLib::PgServer &server, const Region &region, const QList<TestLib::FaultProxy *> &proxies,
         const Settings &settings)
    : m_settings(settings)
    , m_proxies(proxies)
    , m_rng(settings.seed)
    , m_world(server, region, settings.run, proxies, settings.clients)
    , m_edits(m_rng, region)
{
}

TestLib::FaultProxy &Run::proxy(const Laptop &laptop) const
{
    return *m_proxies.at(laptop.index() % m_proxies.size());
}

void Run::execute()
{
    QElapsedTimer timer;
    timer.start();
    m_world.start();
    // The projects are made and everybody synced: a quiet moment, when
    // every laptop must already hold what its user may see.
    settle();
    check(u"after setting up: "_s);
    m_counts.setupMs = timer.elapsed();
    // One laptop's clock runs two hours ahead: what it makes must not
    // come out created in the future.
    if (!m_settings.without.contains(u"skew"_s)) {
        const auto &all = m_world.laptops();
        Laptop &ahead = *all.at(m_rng.bounded(int(all.size())));
        ahead.setClockAhead(2 * 3600 * 1000);
        m_counts.clockAhead = ahead.index();
    }
    for (int round = 0; round < m_settings.rounds; ++round)
        editRound();
    m_counts.editsMs = timer.elapsed() - m_counts.setupMs;
    settle();
    m_counts.settleMs = timer.elapsed() - m_counts.setupMs - m_counts.editsMs;
    check({});
    m_counts.ms = timer.elapsed();
    if (qEnvironmentVariableIsSet("REGIE_CONVERGE_KEEP")) {
        for (const auto &l : m_world.laptops())
            qInfo("%s: %s", qPrintable(l->name()), qPrintable(l->file()));
    }
}

void Run::editRound()
{
    const auto &laptops = m_world.laptops();
    const int roll = m_rng.bounded(100);
    if (roll < 3) {
        if (!m_settings.without.contains(u"double-hand-over"_s))
            doubleHandOver();
    } else if (roll < 6) {
        if (!m_settings.without.contains(u"double-delete"_s))
            doubleRemoval();
    } else if (roll < 8) {
        if (!m_settings.without.contains(u"rival-edits"_s))
            lostConflict();
    } else {
        Laptop &l = *laptops.at(m_rng.bounded(int(laptops.size())));
        const RandomEdits::Edit e = m_edits.edit(l);
        capture(l);
        switch (e.outcome) {
        case RandomEdits::Outcome::Done:
            ++m_counts.edits;
            break;
        case RandomEdits::Outcome::Refused:
            ++m_counts.refusedLocally;
            break;
        case RandomEdits::Outcome::Skipped:
            ++m_counts.skipped;
            break;
        }
    }
    // Laptops come online now and then, in no particular order.
    if (m_rng.bounded(100) < 30) {
        Laptop &l = *laptops.at(m_rng.bounded(int(laptops.size())));
        sync(l, m_settings.faults ? randomFault(l) : Fault::None);
    }
}

void Run::capture(Laptop &laptop)
{
    const int before = int(laptop.changes().size());
    laptop.captureOutbox();
    m_counts.changes += int(laptop.changes().size()) - before;
}

void Run::doubleHandOver()
{
    // Two leads of the regie, each offline, hand the same project over to
    // different partners.
    const auto &all = m_world.laptops();
    Laptop &a = *all.at(m_rng.bounded(int(all.size())));
    Laptop *b = colleague(a);
    if (!b || a.role() != u"lead"_s)
        return;
    const QUuid project = m_world.projects().at(m_rng.bounded(int(m_world.projects().size())));
    const RandomEdits::Edit first = m_edits.handOver(a, project);
    capture(a);
    if (first.outcome != RandomEdits::Outcome::Done)
        return;
    ++m_counts.edits;
    QUuid taken;
    const auto participations = a.store().participations().participations(project);
    for (const auto &p : participations.ok() ? participations.value() : QList<Model::Participation>()) {
        if (p.role == Model::ParticipationRole::Lead && p.isCurrent())
            taken = p.organisationId;
    }
    const RandomEdits::Edit second = m_edits.handOver(*b, project, taken);
    capture(*b);
    if (second.outcome == RandomEdits::Outcome::Done) {
        ++m_counts.edits;
        ++m_counts.doubleHandOvers;
    }
}

Laptop *Run::colleague(const Laptop &laptop)
{
    QList<Laptop *> colleagues;
    for (const auto &l : m_world.laptops()) {
        if (l.get() != &laptop && l->organisation() == laptop.organisation() && l->role() == laptop.role())
            colleagues << l.get();
    }
    return colleagues.isEmpty() ? nullptr : colleagues.at(m_rng.bounded(int(colleagues.size())));
}

void Run::lostConflict()
{
    // Two colleagues set the same field differently; the first syncs, and
    // the answer to the second, a conflict, is lost on its way back.
    const auto &all = m_world.laptops();
    Laptop &a = *all.at(m_rng.bounded(int(all.size())));
    Laptop *b = colleague(a);
    if (!b)
        return;
    const QUuid project = m_world.projects().at(m_rng.bounded(int(m_world.projects().size())));
    const RandomEdits::Edit e = m_edits.rivalEdits(a, *b, project);
    capture(a);
    capture(*b);
    if (e.outcome != RandomEdits::Outcome::Done)
        return;
    m_counts.edits += 2;
    ++m_counts.rivalEdits;
    sync(a, Fault::None);
    const bool lose = m_settings.faults && !m_settings.without.contains(u"lost-answer"_s) && m_rng.bounded(2) == 0
        && b->count(u"SELECT count(*) FROM outbox"_s) > 0;
    sync(*b, lose ? Fault::LostAnswer : Fault::None);
}

void Run::doubleRemoval()
{
    // Two leads of one organisation delete the same row, each offline.
    const auto &all = m_world.laptops();
    Laptop &a = *all.at(m_rng.bounded(int(all.size())));
    Laptop *other = colleague(a);
    if (!other)
        return;
    Laptop &b = *other;
    const QList<QUuid> &projects = m_world.projects();
    const int first = m_rng.bounded(int(projects.size()));
    RandomEdits::Edit e;
    for (int i = 0; i < projects.size() && e.outcome == RandomEdits::Outcome::Skipped; ++i)
        e = m_edits.removeOnBoth(a, b, projects.at((first + i) % projects.size()));
    capture(a);
    capture(b);
    if (e.outcome == RandomEdits::Outcome::Done) {
        m_counts.edits += 2;
        ++m_counts.doubleRemovals;
    }
}

Run::Fault Run::randomFault(Laptop &laptop)
{
    // Rare enough that a run stays short: each lost connection costs the
    // session's pause before it connects again.
    const int roll = m_rng.bounded(100);
    Fault f = Fault::None;
    if (roll < 5 && laptop.count(u"SELECT count(*) FROM outbox"_s) > 0)
        f = Fault::LostAnswer;
    else if (roll >= 5 && roll < 9)
        f = Fault::Cut;
    else if (roll >= 9 && roll < 13)
        f = Fault::Kill;
    const QStringList names = {QString(), u"lost-answer"_s, u"cut"_s, u"kill"_s};
    return m_settings.without.contains(names.at(int(f))) ? Fault::None : f;
}

bool Run::sync(Laptop &laptop, Fault fault)
{
    if (fault == Fault::Kill) {
        killedSync(laptop);
        return true;
    }
    TestLib::FaultProxy &p = proxy(laptop);
    const int fired = p.fired();
    if (fault == Fault::LostAnswer) {
        p.loseAnswerTo("regie_push");
        ++m_counts.lostAnswersArmed;
    } else if (fault == Fault::Cut) {
        // The first statement of a pull; its answers and the pages after it.
        p.cutAfter("regie_watermark", m_rng.bounded(20000));
        ++m_counts.cutsArmed;
    }
    const int before = conflictsOn(laptop);
    const QStringList projects = laptop.column(u"SELECT id FROM project"_s);
    const QStringList pending = laptop.column(u"SELECT change_id FROM outbox"_s);
    const auto r = laptop.sync();
    p.disarm();
    const bool hit = p.fired() != fired;
    if (hit && fault == Fault::LostAnswer) {
        ++m_counts.lostAnswers;
        laptop.markFault(pending, u"answer lost"_s);
    } else if (hit) {
        ++m_counts.cuts; // the laptop's own changes went before the pull
    }
    noteLost(laptop, projects);
    ++m_counts.syncs;
    const int acknowledged = conflictsOn(laptop) - before;
    if (!r.ok()) {
        ++m_counts.failedSyncs;
        QString why = r.error().message + u" "_s + r.error().detail;
        why.replace(QRegularExpression(u"[0-9a-f]{8}-[0-9a-f-]{27}"_s), u"…"_s);
        ++m_counts.failures[why.simplified().left(120)];
        m_counts.unseenConflicts += acknowledged;
        m_failing.insert(laptop.index(), told(r.error()));
        return false;
    }
    m_failing.remove(laptop.index());
    m_counts.reportedConflicts += r.value().conflicts;
    m_counts.unseenConflicts += acknowledged - r.value().conflicts;
    // A pass that failed half-way (the fault) and then ran again reports
    // only the conflicts of its last pass; a clean one reports them all.
    if (r.value().conflicts > acknowledged || (!hit && r.value().conflicts != acknowledged))
        m_divergences << Divergence{u"sync miscounts conflicts"_s,
                                    u"%1: the sync reported %2 conflicts, %3 were written"_s.arg(laptop.name())
                                        .arg(r.value().conflicts)
                                        .arg(acknowledged)};
    return true;
}

void Run::killedSync(Laptop &laptop)
{
    // The laptop's own sync process, killed at a random moment; the laptop
    // then carries on in this process (which leaves the file alone meanwhile).
    const int before = conflictsOn(laptop);
    const QStringList projects = laptop.column(u"SELECT id FROM project"_s);
    const QStringList pending = laptop.column(u"SELECT change_id FROM outbox"_s);
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const int batch = 1 + m_rng.bounded(5);
    const int page = 3 + m_rng.bounded(20);
    child.start(QStringLiteral(SYNC_HELPER),
                {laptop.file(), QString::number(m_world.serverPort()), m_world.database(), laptop.login(),
                 TestLib::Password, QString::number(batch), QString::number(page)});
    if (!child.waitForStarted())
        qFatal("sync-helper did not start");
    ++m_counts.kills;
    if (child.waitForFinished(5 + m_rng.bounded(100))) {
        ++m_counts.killsFinished;
    } else {
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished();
        laptop.markFault(pending, u"sync killed"_s);
    }
    // A killed client's session ends when the server notices; here it notices now.
    QSqlQuery q(m_world.admin());
    if (!q.exec(
            u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1' AND state <> 'idle'"_s.arg(
                laptop.login())))
        qFatal("cannot end the killed sync's session: %s", qPrintable(q.lastError().text()));
    m_counts.unseenConflicts += conflictsOn(laptop) - before;
    noteLost(laptop, projects);
}

void Run::noteLost(Laptop &laptop, const QStringList &before)
{
    const QStringList after = laptop.column(u"SELECT id FROM project"_s);
    for (const QString &project : before) {
        if (after.contains(project))
            continue;
        laptop.markLost(project.toLower());
        QSqlQuery q(m_world.asUser(laptop));
        if (q.exec(u"SELECT count(*) FROM project WHERE id = '%1'"_s.arg(project)) && q.next()
            && q.value(0).toInt() > 0)
            m_divergences << Divergence{u"project removed though still visible"_s,
                                        u"%1: a sync removed project %2, which its user still sees on the server"_s.arg(
                                            laptop.name(), project)};
    }
}

void Run::settle()
{
    // Everybody syncs, in random order, until a whole round moves nothing.
    QList<Laptop *> order;
    for (const auto &l : m_world.laptops())
        order << l.get();
    QHash<int, int> failures;
    for (int round = 0; round < 12; ++round) {
        ++m_counts.settleRounds;
        std::shuffle(order.begin(), order.end(), m_rng);
        bool quiet = true;
        for (Laptop *l : std::as_const(order)) {
            const int before = conflictsOn(*l);
            const QStringList projects = l->column(u"SELECT id FROM project"_s);
            const auto r = l->sync();
            ++m_counts.syncs;
            noteLost(*l, projects);
            if (!r.ok()) {
                m_counts.unseenConflicts += conflictsOn(*l) - before;
                ++failures[l->index()];
                m_failing.insert(l->index(), told(r.error()));
                // One that keeps failing is reported; the others may settle.
                if (failures.value(l->index()) < 3)
                    quiet = false;
                continue;
            }
            failures.remove(l->index());
            m_failing.remove(l->index());
            const Sync::Report &report = r.value();
            m_counts.reportedConflicts += report.conflicts;
            if (report.conflicts != conflictsOn(*l) - before)
                m_divergences << Divergence{u"sync miscounts conflicts"_s,
                                            u"%1: the sync reported %2 conflicts, %3 were written"_s.arg(l->name())
                                                .arg(report.conflicts)
                                                .arg(conflictsOn(*l) - before)};
            if (report.pushed || report.pulled || report.gainedProjects || report.lostProjects)
                quiet = false;
        }
        if (quiet)
            return;
    }
    m_divergences << Divergence{u"never quiet"_s, u"the laptops still moved rows after 12 rounds of syncs"_s};
}

void Run::check(const QString &when)
{
    Check check(m_world);
    QList<Divergence> found;
    for (const auto &l : m_world.laptops()) {
        const QList<Divergence> differences = check.laptop(*l);
        if (!m_failing.contains(l->index())) {
            found << differences;
            continue;
        }
        // A laptop whose sync fails differs in everything since: one line.
        QString reason = m_failing.value(l->index());
        reason.replace(QRegularExpression(u"[0-9a-f]{8}-[0-9a-f-]{27}"_s), u"…"_s);
        found << Divergence{u"sync keeps failing: %1"_s.arg(reason.left(90)),
                            u"%1: sync keeps failing (%2 differences meanwhile): %3"_s.arg(l->name())
                                .arg(differences.size())
                                .arg(m_failing.value(l->index()))};
    }
    for (Divergence &d : found) {
        d.kind.prepend(when);
        d.line.prepend(when);
    }
    m_divergences << found;
    if (!when.isEmpty())
        return;
    m_divergences << check.server();
    for (const auto &l : m_world.laptops()) {
        m_counts.localConflicts += conflictsOn(*l);
        m_counts.refusedByServer += l->count(u"SELECT count(*) FROM sync_problem"_s);
        m_counts.quarantined += l->count(u"SELECT count(*) FROM sync_quarantine"_s);
        if (l->count(u"SELECT count(*) FROM pragma_table_info('sync_quarantine') WHERE name = 'reason'"_s) > 0)
            m_counts.keptInTheWay += l->count(u"SELECT count(*) FROM sync_quarantine WHERE reason <> ''"_s);
    }
    m_counts.serverConflicts = check.serverConflicts();
    if (m_counts.localConflicts != m_counts.serverConflicts)
        m_divergences << Divergence{u"conflicts counted differently"_s,
                                    u"%1 conflicts on the laptops, %2 on the server"_s.arg(m_counts.localConflicts)
                                        .arg(m_counts.serverConflicts)};
}

} // namespace Converge
