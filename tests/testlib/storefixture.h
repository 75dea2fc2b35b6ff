#pragma once

#include "store/sqlitestore.h"
#include "builders.h"
#include "testenvironment.h"

#include <memory>

namespace TestLib {

/// A real SqliteStore on a fresh file in a temporary directory: the honest
/// repository for model tests. Opening failures abort the test run.
class StoreFixture
{
public:
    StoreFixture();
    ~StoreFixture();

    Store::SqliteStore *store() const { return m_store.get(); }
    Model::ChangeNotifier *notifier() const { return m_store->notifier(); }
    QString path() const { return m_dir.file(QStringLiteral("regie.sqlite")); }

    /// Imports @p bundle and waits for it; aborts on failure.
    void import(const Model::Bundle &bundle);

private:
    TempDir m_dir;
    std::unique_ptr<Store::SqliteStore> m_store;
};

} // namespace TestLib

namespace TestLib {

/// A small region on a fixture: four municipalities around the Merwede and one
/// active project led by Dordrecht, with Zwijndrecht (partner), Sliedrecht
/// (external) and Papendrecht (a former partner).
struct Drechtsteden {
    Model::Organisation dordrecht, zwijndrecht, papendrecht, sliedrecht;
    Model::Project project;
    Model::Participation lead, partner, former, external;
};
Drechtsteden makeDrechtsteden(StoreFixture &fixture);

} // namespace TestLib
