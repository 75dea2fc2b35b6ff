#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace App {

/// Sync passwords in the system keychain (QtKeychain), never in plain
/// settings. Where no keychain service runs, reading fails and the caller
/// asks the user each session instead; a password that could not be
/// stored is announced (notStored) so that the user can be told.
class Credentials : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Calls @p done with the stored password, or an empty one (not stored,
    /// or no keychain available).
    void read(const QString &account, std::function<void(const QString &password)> done);
    void write(const QString &account, const QString &password);
    void forget(const QString &account);

Q_SIGNALS:
    /// The password for @p account was not stored; @p reason is QtKeychain's.
    void notStored(const QString &account, const QString &reason);
};

} // namespace App
