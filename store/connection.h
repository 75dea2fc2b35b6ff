#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Store {

/// One SQLite connection, owned by the thread that opened it. Opening checks
/// the file before SQLite writes anything to it: a file that is not a Regie
/// database, or one written by a newer Regie, is refused and left untouched.
class Connection
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    Connection() = default;
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    /// Opens (creating where needed) and migrates to the current schema.
    Model::Status open(const QString &path);
    /// Opens without migrating; for tests that build older versions.
    Model::Status openRaw(const QString &path);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase database() const { return m_db; }
    QString path() const { return m_path; }

private:
    Model::Status checkFile(const QString &path) const;

    QSqlDatabase m_db;
    QString m_name;
    QString m_path;
};

} // namespace Store
