#include "testlib/testenvironment.h"

#include "model/interestmap.h"
#include "views/interestmaptab.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Model;
using namespace Qt::StringLiterals;

class InterestMapCanvasTest : public QObject
{
    Q_OBJECT

    static InterestRow row(const QString &name)
    {
        InterestRow r;
        r.organisationId = QUuid::createUuid();
        r.organisationName = name;
        r.brings = u"Twee beleidsmedewerkers"_s;
        r.gets = u"Een warmtenet"_s;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestLib::initEnvironment();
        QApplication::setStyle(u"Fusion"_s);
    }

    void shouldGiveALongNameTheLinesItNeedsInsteadOfClippingIt()
    {
        // GIVEN a card with a short name and one with a name too long for one line
        Views::InterestMapCanvas shortName, longName;
        shortName.setRows(u"Warm Wonen"_s, {row(u"Urk"_s)});
        longName.setRows(u"Warm Wonen"_s,
                         {row(u"Gemeenschappelijke Regeling Omgevingsdienst Zuid-Holland Zuid en Drechtsteden"_s)});
        // THEN the long one's card is taller: its title wraps over more lines
        const int width = 320;
        QVERIFY(longName.heightFor(width) > shortName.heightFor(width));
        // (to look at: the whole title on the card)
        QImage image(width, longName.heightFor(width), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        longName.render(painter, width);
        painter.end();
        if (const QString shots = qEnvironmentVariable("REGIE_SCREENSHOT_DIR"); !shots.isEmpty())
            image.save(shots + u"/interest-map-long-name.png"_s);
    }
};

QTEST_MAIN(InterestMapCanvasTest)
#include "interestmapcanvastest.moc"
