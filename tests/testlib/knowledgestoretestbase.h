#pragma once

// A local store on a fresh file for the knowledge base's tests: items,
// versions, reuse and search (tests/store/knowledge*test.cpp,
// reusestoretest.cpp). Header-only.

#include "model/knowledge.h"
#include "store/localstore.h"
#include "testlib/testenvironment.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Model;
using namespace Store;
using namespace Qt::StringLiterals;

class KnowledgeStoreTestBase : public QObject
{
protected:
    std::unique_ptr<TestLib::TempDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    QUuid m_actor = QUuid::createUuid();
    QUuid m_dordrecht = QUuid::createUuid();
    QUuid m_zutphen = QUuid::createUuid();

    LocalStore &store() { return *m_store; }

    void openStore()
    {
        m_dir = std::make_unique<TestLib::TempDir>();
        m_store = std::make_unique<LocalStore>();
        const Status status = m_store->open(m_dir->file(u"regie.sqlite"_s));
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        m_store->setActor(m_actor);
    }

    void closeStore()
    {
        m_store.reset();
        m_dir.reset();
    }

    int count(const QString &sql)
    {
        QSqlQuery q(store().database());
        if (!q.exec(sql) || !q.next()) {
            qWarning() << sql << q.lastError().text();
            return -1;
        }
        return q.value(0).toInt();
    }

    /// Whether both indexes hold exactly the live items' texts.
    bool indexIsIntact()
    {
        QSqlQuery q(store().database());
        for (const QString &table : {u"knowledge_fts"_s, u"knowledge_fts_head"_s}) {
            if (!q.exec(u"INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)"_s.arg(table))) {
                qWarning() << table << q.lastError().text();
                return false;
            }
        }
        return true;
    }

    KnowledgeItem makeItem(const QString &title, const QString &body, const QUuid &organisation = {})
    {
        KnowledgeItem k;
        k.id = QUuid::createUuid();
        k.kind = KnowledgeKind::Practice;
        k.title = title;
        k.summary = u"Hoe een gemeente het aanpakte."_s;
        k.body = body;
        k.organisationId = organisation.isNull() ? m_dordrecht : organisation;
        k.topics = {u"wonen"_s};
        return k;
    }

    KnowledgeItem save(const KnowledgeItem &item)
    {
        const auto saved = store().knowledge().saveKnowledgeItem(item);
        if (!saved.ok())
            qFatal("%s", qPrintable(saved.error().message));
        return saved.value();
    }
};
