#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <chrono>

namespace Store {

/// One SQLite connection, owned by the thread that opened it. Opening checks
/// the file before SQLite writes anything to it: a file that is not a Regie
/// database, or one written by a newer Regie, is refused and left untouched.
class Connection
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    static constexpr std::chrono::milliseconds DefaultCheckTimeLimit{250};

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

    /// How long open() may spend reading the file for damage (PRAGMA
    /// quick_check) before it stops and opens the file unchecked beyond that.
    void setCheckTimeLimit(std::chrono::milliseconds limit) { m_checkTimeLimit = limit; }

private:
    Model::Status checkFile(const QString &path) const;
    Model::Status checkPages(const QString &shown);

    QSqlDatabase m_db;
    QString m_name;
    QString m_path;
    std::chrono::milliseconds m_checkTimeLimit = DefaultCheckTimeLimit;
};

} // namespace Store
