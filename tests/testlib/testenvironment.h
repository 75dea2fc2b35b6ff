#pragma once

#include "model/result.h"

#include <QFuture>
#include <QSignalSpy>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace TestLib {

/// The same surroundings for every test: Dutch locale, fixed time zone via
/// the test's environment, test-mode standard paths, Fusion style when a
/// QApplication exists. Call from initTestCase().
void initEnvironment();

/// How long a test waits for an answer from a worker thread. Generous: a
/// busy two-core CI machine running the sync tests beside it stalls disk
/// writes for seconds. It bounds a hang; it does not time anything.
inline constexpr int AnswerTimeoutMs = 20000;

/// Waits (processing events, so queued continuations run) until @p future
/// is finished, then returns its result. Fails the test on a time-out.
template<typename T>
T await(QFuture<T> future, int timeoutMs = AnswerTimeoutMs)
{
    const bool finished = QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs);
    if (!finished)
        qFatal("a future did not finish within %d ms", timeoutMs);
    return future.result();
}

/// A fresh directory for database files, removed after the test.
class TempDir
{
public:
    TempDir();
    QString file(const QString &name) const;
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

} // namespace TestLib
