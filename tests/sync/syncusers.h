#pragma once

#include "testlib/laptop.h"
#include "testlib/region.h"

#include <QString>

/// The sync tests' four users of the Drechtsteden region, each a lead of
/// their municipality on a fresh server database per test function.
class SyncUsers : protected TestLib::RegionRounds
{
protected:
    QString m_anna, m_carla, m_bram, m_piet;

    void addUsers()
    {
        using namespace Qt::StringLiterals;
        m_anna = addUser(u"anna"_s, m_dordrecht, u"lead"_s);
        m_carla = addUser(u"carla"_s, m_dordrecht, u"lead"_s);
        m_bram = addUser(u"bram"_s, m_zwijndrecht, u"lead"_s);
        m_piet = addUser(u"piet"_s, m_papendrecht, u"lead"_s);
    }

    /// An active project led by Dordrecht with Zwijndrecht as partner, made on @p laptop and synced.
    Model::Project makeProject(TestLib::Laptop &laptop, const QString &name)
    {
        return TestLib::makeProject(laptop, m_dordrecht, m_zwijndrecht, name);
    }
};
