#include "credentials.h"

#include <qt6keychain/keychain.h>

namespace App {

namespace {
const QString Service = QStringLiteral("nl.regie.Regie");
}

void Credentials::read(const QString &account, std::function<void(const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setAutoDelete(true);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError ? job->textData() : QString());
    });
    job->start();
}

void Credentials::write(const QString &account, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(Service, this);
    job->setAutoDelete(true);
    job->setKey(account);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job, account] {
        if (job->error() != QKeychain::NoError)
            Q_EMIT notStored(account, job->errorString());
    });
    job->start();
}

void Credentials::forget(const QString &account)
{
    auto *job = new QKeychain::DeletePasswordJob(Service, this);
    job->setAutoDelete(true);
    job->setKey(account);
    job->start();
}

} // namespace App
