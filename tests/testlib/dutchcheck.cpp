#include "dutchcheck.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMutex>
#include <QSet>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>

namespace TestLib {

namespace {

// The tr() contexts of Regie's own code; Qt's and KDE's strings have theirs.
bool isRegieContext(const char *context)
{
    static const char *const roots[] = {"App", "Model", "Store", "Sync", "Views"};
    const QByteArray c(context ? context : "");
    for (const char *root : roots) {
        const QByteArray r(root);
        if (c == r || c.startsWith(QByteArray(r + "::")))
            return true;
    }
    return false;
}

// Answers with the Dutch translation and writes down what it lacks. Look-ups
// come from any thread (the store's workers translate their errors).
class RecordingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        const QString dutch = m_dutch.translate(context, sourceText, disambiguation, n);
        if (dutch.isEmpty() && sourceText && *sourceText && isRegieContext(context)) {
            const QString entry = QString::fromUtf8(context) + QStringLiteral(": ") + QString::fromUtf8(sourceText);
            QMutexLocker lock(&m_mutex);
            if (!m_seen.contains(entry)) {
                m_seen.insert(entry);
                m_missing.append(entry);
            }
        }
        return dutch;
    }
    bool isEmpty() const override { return false; }

    bool load(const QString &file) { return m_dutch.load(file); }
    void forget()
    {
        QMutexLocker lock(&m_mutex);
        m_seen.clear();
        m_missing.clear();
    }
    QStringList missing() const
    {
        QMutexLocker lock(&m_mutex);
        return m_missing;
    }

private:
    QTranslator m_dutch;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_seen;
    mutable QStringList m_missing;
};

RecordingTranslator *recorder = nullptr;

void reportAtExit()
{
    const QStringList missing = untranslatedLookups();
    if (missing.isEmpty())
        return;
    std::fprintf(stderr, "FAIL!  : %lld string(s) looked up at run time have no Dutch translation "
                         "(translations/regie_nl.ts):\n", static_cast<long long>(missing.size()));
    for (const QString &m : missing)
        std::fprintf(stderr, "   %s\n", qPrintable(m));
    std::fflush(stderr);
    std::_Exit(3);
}

} // namespace

QStringList untranslatedLookups()
{
    return recorder ? recorder->missing() : QStringList();
}

void forgetUntranslatedLookups()
{
    if (recorder)
        recorder->forget();
}

bool checkDutchLookups(const QString &qmFile)
{
    if (recorder)
        return true;
    auto *translator = new RecordingTranslator;
    if (!translator->load(qmFile)) {
        delete translator;
        return false;
    }
    // Qt's own strings (buttons, shortcuts) in Dutch too, as the app has
    // them; Regie's translator is asked first.
    static QTranslator qt;
    if (qt.load(QLocale(QLocale::Dutch, QLocale::Netherlands), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    recorder = translator;
    QCoreApplication::installTranslator(recorder);
    qAddPostRoutine(reportAtExit);
    return true;
}

} // namespace TestLib
