<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>App</name>
    <message>
        <source>Regie: run projects together across municipalities and partners.</source>
        <translation>Regie: samen met gemeenten en partners projecten uitvoeren.</translation>
    </message>
    <message>
        <source>Use the database file &lt;path&gt;.</source>
        <translation>Het databasebestand &lt;path&gt; gebruiken.</translation>
    </message>
    <message>
        <source>Load the demo region into an empty database.</source>
        <translation>De demoregio in een lege database laden.</translation>
    </message>
    <message>
        <source>User interface language: nl or en.</source>
        <translation>Taal van de gebruikersinterface: nl of en.</translation>
    </message>
    <message>
        <source>Save a picture of the main window and quit.</source>
        <translation>Een afbeelding van het hoofdvenster opslaan en afsluiten.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; choose nl or en.</source>
        <translation>Onbekende taal &quot;%1&quot;; kies nl of en.</translation>
    </message>
    <message>
        <source>Sync with the server &lt;host[:port][/database]&gt;.</source>
        <translation>Synchroniseren met de server &lt;host[:port][/database]&gt;.</translation>
    </message>
    <message>
        <source>Sign in on the sync server as &lt;user&gt;.</source>
        <translation>Aanmelden op de synchronisatieserver als &lt;user&gt;.</translation>
    </message>
    <message>
        <source>Run projects together across municipalities and partners.</source>
        <translation>Samen projecten uitvoeren over gemeentegrenzen heen.</translation>
    </message>
    <message>
        <source>© 2026 the Regie developers</source>
        <translation>© 2026 de ontwikkelaars van Regie</translation>
    </message>
    <message>
        <source>One municipality holds the regie of each project; partners map what they bring and what they get; lessons and practices are shared in a knowledge base, so that other municipalities can reuse them.</source>
        <translation>Eén gemeente voert de regie over elk project; partners brengen in kaart wat zij inbrengen en ophalen; lessen en praktijkvoorbeelden worden gedeeld in een kennisbank, zodat andere gemeenten ze kunnen hergebruiken.</translation>
    </message>
    <message>
        <source>The Regie developers</source>
        <translation>De ontwikkelaars van Regie</translation>
    </message>
    <message>
        <source>Design, development and the handbook</source>
        <translation>Ontwerp, ontwikkeling en de handleiding</translation>
    </message>
    <message>
        <source>The municipalities of the Drechtsteden and the Achterhoek</source>
        <translation>De gemeenten van de Drechtsteden en de Achterhoek</translation>
    </message>
    <message>
        <source>Their names and codes make up the demo region</source>
        <translation>Hun namen en codes vormen de demoregio</translation>
    </message>
    <message>
        <source>The KDE community</source>
        <translation>De KDE-gemeenschap</translation>
    </message>
    <message>
        <source>KDE Frameworks and KGantt, on which Regie&apos;s windows are built</source>
        <translation>KDE Frameworks en KGantt, waarop de vensters van Regie zijn gebouwd</translation>
    </message>
    <message>
        <source>The Snowball project</source>
        <translation>Het Snowball-project</translation>
    </message>
    <message>
        <source>Dutch stemming in the knowledge base&apos;s search</source>
        <translation>Nederlandse woordstammen in de zoekfunctie van de kennisbank</translation>
    </message>
    <message>
        <source>The application framework</source>
        <translation>Het raamwerk van het programma</translation>
    </message>
    <message>
        <source>Desktop integration, calendars and archives</source>
        <translation>Samenwerking met het bureaublad, agenda&apos;s en archieven</translation>
    </message>
    <message>
        <source>The database on this computer</source>
        <translation>De database op deze computer</translation>
    </message>
</context>
<context>
    <name>App::Application</name>
    <message>
        <source>Screenshot</source>
        <translation>Schermafbeelding</translation>
    </message>
    <message>
        <source>The main window did not finish loading within two minutes.</source>
        <translation>Het hoofdvenster was niet binnen twee minuten geladen.</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>De database kan niet worden geopend</translation>
    </message>
    <message>
        <source>The database cannot be read</source>
        <translation>De database kan niet worden gelezen</translation>
    </message>
    <message>
        <source>Demo region</source>
        <translation>Demoregio</translation>
    </message>
    <message>
        <source>The demo region is missing from this build.</source>
        <translation>De demoregio ontbreekt in deze versie van Regie.</translation>
    </message>
    <message>
        <source>Loading the demo region…</source>
        <translation>De demoregio wordt geladen…</translation>
    </message>
    <message>
        <source>The demo region was loaded.</source>
        <translation>De demoregio is geladen.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>No sync server</source>
        <translation>Geen synchronisatieserver</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Bezig met synchroniseren…</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Gesynchroniseerd om %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Offline — your changes wait here</source>
        <translation>Offline — je wijzigingen wachten hier</translation>
    </message>
    <message>
        <source>Choose Sync ▸ Sync Server to share your projects.</source>
        <translation>Kies Synchronisatie ▸ Synchronisatieserver om je projecten te delen.</translation>
    </message>
    <message>
        <source>Enter your password for %1 on %2.</source>
        <translation>Voer je wachtwoord in voor %1 op %2.</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Er is geen wachtwoord opgegeven.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) are no longer shared with your organisation and were removed from this computer.</source>
        <translation>
            <numerusform>%n project wordt niet meer gedeeld met je organisatie en is van deze computer verwijderd.</numerusform>
            <numerusform>%n projecten worden niet meer gedeeld met je organisatie en zijn van deze computer verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message numerus="yes">
        <source>The server was restored from a backup: %n change(s) it had lost were sent again from this computer.</source>
        <translation>
            <numerusform>De server is teruggezet vanuit een back-up: %n wijziging die hij kwijt was, is opnieuw vanaf deze computer verstuurd.</numerusform>
            <numerusform>De server is teruggezet vanuit een back-up: %n wijzigingen die hij kwijt was, zijn opnieuw vanaf deze computer verstuurd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server was restored from a backup; this computer had nothing the server lacked.</source>
        <translation>De server is teruggezet vanuit een back-up; deze computer had niets wat de server miste.</translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation>Wachtwoord niet onthouden</translation>
    </message>
    <message>
        <source>Your password could not be stored, because no keyring (password manager such as KWallet or GNOME Keyring) is running on this computer. Regie will ask for it again the next time you start it.

Details: %1</source>
        <translation>Je wachtwoord is niet opgeslagen: op deze computer draait geen sleutelhanger (wachtwoordbeheer zoals KWallet of GNOME Keyring). Regie vraagt er de volgende keer dat je het start opnieuw om.

Details: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n nieuw conflict</numerusform>
            <numerusform>%n nieuwe conflicten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s).</source>
        <translation>
            <numerusform>De server weigerde %n wijziging.</numerusform>
            <numerusform>De server weigerde %n wijzigingen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>Your organisation does not take part in this project; %1 has the regie.</source>
        <translation>Je organisatie neemt niet deel aan dit project; %1 heeft de regie.</translation>
    </message>
    <message>
        <source>The server already holds another item in its place, such as another organisation holding the regie. Your edit was kept aside.</source>
        <translation>De server heeft al iets anders op deze plaats, bijvoorbeeld een andere organisatie met de regie. Je wijziging is apart gezet.</translation>
    </message>
    <message>
        <source>The organisation with the regie leaves the project only after handing the regie over.</source>
        <translation>De organisatie met de regie verlaat het project pas nadat ze de regie heeft overgedragen.</translation>
    </message>
    <message>
        <source>Hours and measurements are logged in your own name and for your own organisation.</source>
        <translation>Uren en metingen worden vastgelegd op je eigen naam en voor je eigen organisatie.</translation>
    </message>
    <message>
        <source>Hours and measurements are only added. Correct an entry with a new one.</source>
        <translation>Uren en metingen worden alleen toegevoegd. Corrigeer een regel met een nieuwe.</translation>
    </message>
    <message>
        <source>Your role on this server is to read only.</source>
        <translation>Met jouw rol op deze server kun je alleen lezen.</translation>
    </message>
    <message>
        <source>Only the person&apos;s own organisation changes their details.</source>
        <translation>Alleen de eigen organisatie van deze persoon wijzigt diens gegevens.</translation>
    </message>
    <message>
        <source>Only the organisation&apos;s own people change its details.</source>
        <translation>Alleen de eigen mensen van de organisatie wijzigen haar gegevens.</translation>
    </message>
    <message>
        <source>It refers to something outside its own project or organisation.</source>
        <translation>Het verwijst naar iets buiten het eigen project of de eigen organisatie.</translation>
    </message>
    <message>
        <source>A text is longer than the server keeps.</source>
        <translation>Een tekst is langer dan de server bewaart.</translation>
    </message>
    <message>
        <source>A text contains a character the server cannot store.</source>
        <translation>Een tekst bevat een teken dat de server niet kan opslaan.</translation>
    </message>
    <message>
        <source>This change was sent by another user before.</source>
        <translation>Deze wijziging is eerder door een andere gebruiker verstuurd.</translation>
    </message>
    <message>
        <source>The change was not well formed, so the server could not read it.</source>
        <translation>De wijziging was niet goed opgebouwd, dus de server kon haar niet lezen.</translation>
    </message>
    <message>
        <source>The demo region cannot be read: %1</source>
        <translation>De demoregio kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The demo region names an unknown organisation.</source>
        <translation>De demoregio noemt een onbekende organisatie.</translation>
    </message>
    <message>
        <source>Demo project %1: %2</source>
        <translation>Demoproject %1: %2</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Lead (regie)</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Knowledge institution</source>
        <translation>Kennisinstelling</translation>
    </message>
    <message>
        <source>Citizens&apos; group</source>
        <translation>Burgerinitiatief</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is verplicht.</translation>
    </message>
    <message>
        <source>%1 may be at most %2 characters long.</source>
        <translation>%1 mag maximaal %2 tekens lang zijn.</translation>
    </message>
    <message>
        <source>The project name</source>
        <translation>De projectnaam</translation>
    </message>
    <message>
        <source>The slogan</source>
        <translation>De slogan</translation>
    </message>
    <message>
        <source>The ambition</source>
        <translation>De ambitie</translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation>Het doel</translation>
    </message>
    <message>
        <source>The urgency</source>
        <translation>De urgentie</translation>
    </message>
    <message>
        <source>The logo may be at most %1 KB.</source>
        <translation>Het logo mag maximaal %1 KB groot zijn.</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>De einddatum ligt vóór de begindatum.</translation>
    </message>
    <message>
        <source>The name of the organisation</source>
        <translation>De naam van de organisatie</translation>
    </message>
    <message>
        <source>Only a municipality has a municipality code.</source>
        <translation>Alleen een gemeente heeft een gemeentecode.</translation>
    </message>
    <message>
        <source>A municipality code is GM followed by four digits, for example GM0505.</source>
        <translation>Een gemeentecode bestaat uit GM gevolgd door vier cijfers, bijvoorbeeld GM0505.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>De naam</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>Het e-mailadres</translation>
    </message>
    <message>
        <source>The function</source>
        <translation>De functie</translation>
    </message>
    <message>
        <source>A person belongs to an organisation.</source>
        <translation>Een persoon hoort bij een organisatie.</translation>
    </message>
    <message>
        <source>Choose an organisation.</source>
        <translation>Kies een organisatie.</translation>
    </message>
    <message>
        <source>What it brings</source>
        <translation>Wat het brengt</translation>
    </message>
    <message>
        <source>What it gets</source>
        <translation>Wat het haalt</translation>
    </message>
    <message>
        <source>Its priorities</source>
        <translation>Eigen stokpaardjes</translation>
    </message>
    <message>
        <source>Its mandate</source>
        <translation>Het mandaat</translation>
    </message>
    <message>
        <source>The date of joining is required.</source>
        <translation>De datum van toetreding is verplicht.</translation>
    </message>
    <message>
        <source>The date of leaving lies before the date of joining.</source>
        <translation>De datum van vertrek ligt vóór de datum van toetreding.</translation>
    </message>
    <message>
        <source>Demo goal %1: %2</source>
        <translation>Demodoel %1: %2</translation>
    </message>
    <message>
        <source>Demo milestone %1: %2</source>
        <translation>Demomijlpaal %1: %2</translation>
    </message>
    <message>
        <source>Demo progress %1: %2</source>
        <translation>Demovoortgangsregel %1: %2</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Gemist</translation>
    </message>
    <message>
        <source>Not enough measurements</source>
        <translation>Te weinig metingen</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Op koers</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Uit koers</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>De titel</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>De beschrijving</translation>
    </message>
    <message>
        <source>The indicator</source>
        <translation>De indicator</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>De eenheid</translation>
    </message>
    <message>
        <source>The target equals the baseline: there is nothing to reach.</source>
        <translation>De streefwaarde is gelijk aan de nulmeting: er valt niets te bereiken.</translation>
    </message>
    <message>
        <source>A measurement belongs to a goal.</source>
        <translation>Een meting hoort bij een doel.</translation>
    </message>
    <message>
        <source>The date of the measurement is required.</source>
        <translation>De datum van de meting is verplicht.</translation>
    </message>
    <message>
        <source>The value must be a number.</source>
        <translation>De waarde moet een getal zijn.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>De notitie</translation>
    </message>
    <message>
        <source>The due date is required.</source>
        <translation>De deadline is verplicht.</translation>
    </message>
    <message>
        <source>A milestone that is done needs the date it was reached.</source>
        <translation>Een mijlpaal die gereed is, heeft de datum nodig waarop hij is bereikt.</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>De datum is verplicht.</translation>
    </message>
    <message>
        <source>Hours lie between -24 and 24 (a correction may subtract).</source>
        <translation>Het aantal uren ligt tussen -24 en 24 (een correctie mag uren aftrekken).</translation>
    </message>
    <message>
        <source>Percent complete lies between 0 and 100.</source>
        <translation>Het percentage gereed ligt tussen 0 en 100.</translation>
    </message>
    <message>
        <source>Say what was done, or log hours or percent complete.</source>
        <translation>Vertel wat er is gedaan, of leg uren of een percentage gereed vast.</translation>
    </message>
    <message>
        <source>Demo evaluation of %1 names an unknown goal, milestone or person, or has no date.</source>
        <translation>De demo-evaluatie van %1 noemt een onbekend doel, een onbekende mijlpaal of persoon, of heeft geen datum.</translation>
    </message>
    <message>
        <source>Closing evaluation</source>
        <translation>Slotevaluatie</translation>
    </message>
    <message>
        <source>Interim evaluation</source>
        <translation>Tussentijdse evaluatie</translation>
    </message>
    <message>
        <source>A project is completed or stopped only after a closing evaluation with the lessons learned has been held.</source>
        <translation>Een project wordt pas afgerond of gestopt nadat een slotevaluatie met de geleerde lessen is gehouden.</translation>
    </message>
    <message>
        <source>The project is closed: its plan stays as it was.</source>
        <translation>Het project is afgesloten: het plan blijft zoals het was.</translation>
    </message>
    <message>
        <source>Only the organisation with the regie changes who takes part, and in which role.</source>
        <translation>Alleen de organisatie met de regie bepaalt wie meedoet, en in welke rol.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s role in this project does not allow this change.</source>
        <translation>De rol van je organisatie in dit project staat deze wijziging niet toe.</translation>
    </message>
    <message>
        <source>The server does not have this item, or you may no longer see it.</source>
        <translation>De server heeft dit onderdeel niet, of u mag het niet meer zien.</translation>
    </message>
    <message>
        <source>It refers to something the server does not have (any more).</source>
        <translation>Het verwijst naar iets wat de server niet (meer) heeft.</translation>
    </message>
    <message>
        <source>A value breaks one of the server&apos;s rules.</source>
        <translation>Een waarde houdt zich niet aan een van de regels van de server.</translation>
    </message>
    <message>
        <source>The server already has something with the same key.</source>
        <translation>De server heeft al iets met dezelfde sleutel.</translation>
    </message>
    <message>
        <source>This Regie is newer than the server. Ask the server&apos;s administrator to upgrade it.</source>
        <translation>Deze Regie is nieuwer dan de server. Vraag de beheerder van de server die bij te werken.</translation>
    </message>
    <message>
        <source>The server refused the change: %1</source>
        <translation>De server weigerde de wijziging: %1</translation>
    </message>
    <message>
        <source>Your account on the server may read, not change.</source>
        <translation>Je account op de server mag lezen, niet wijzigen.</translation>
    </message>
    <message>
        <source>As an outside reflector you comment on evaluations; the regie changes the plan.</source>
        <translation>Als reflector van buiten geeft u commentaar op evaluaties; de regie past het plan aan.</translation>
    </message>
    <message>
        <source>Only the project leads of the regie change the plan.</source>
        <translation>Alleen de projectleiders van de regie passen het plan aan.</translation>
    </message>
    <message>
        <source>Only the organisation with the regie (%1) changes the plan.</source>
        <translation>Alleen de organisatie met de regie (%1) past het plan aan.</translation>
    </message>
    <message>
        <source>%1: at most %2.</source>
        <translation>%1: hoogstens %2.</translation>
    </message>
    <message>
        <source>%1 contain an empty entry.</source>
        <translation>%1 bevatten een lege invoer.</translation>
    </message>
    <message>
        <source>Each of %1 may be at most %2 characters long.</source>
        <translation>Elk van %1 mag maximaal %2 tekens lang zijn.</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>De samenvatting</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>De tekst</translation>
    </message>
    <message>
        <source>Give a summary or a text: what can others learn from it?</source>
        <translation>Geef een samenvatting of een tekst: wat kunnen anderen ervan leren?</translation>
    </message>
    <message>
        <source>A knowledge item belongs to an organisation.</source>
        <translation>Een kennisitem hoort bij een organisatie.</translation>
    </message>
    <message>
        <source>An answer belongs to a question.</source>
        <translation>Een antwoord hoort bij een vraag.</translation>
    </message>
    <message>
        <source>Only an answer belongs to a question.</source>
        <translation>Alleen een antwoord hoort bij een vraag.</translation>
    </message>
    <message>
        <source>Only a question names the answer that helped.</source>
        <translation>Alleen bij een vraag hoort het antwoord dat hielp.</translation>
    </message>
    <message>
        <source>Only an item from a project can be shown to the project&apos;s partners alone.</source>
        <translation>Alleen een item uit een project kan uitsluitend aan de partners van dat project worden getoond.</translation>
    </message>
    <message>
        <source>The topics</source>
        <translation>De onderwerpen</translation>
    </message>
    <message>
        <source>The tags</source>
        <translation>De tags</translation>
    </message>
    <message>
        <source>Say which knowledge item was reused.</source>
        <translation>Geef aan welk kennisitem is hergebruikt.</translation>
    </message>
    <message>
        <source>Say what was adapted, and why.</source>
        <translation>Geef aan wat is aangepast, en waarom.</translation>
    </message>
    <message>
        <source>Say why it was not adopted.</source>
        <translation>Geef aan waarom het niet is overgenomen.</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>De uitkomst</translation>
    </message>
    <message>
        <source>Innovators</source>
        <translation>Innovatoren</translation>
    </message>
    <message>
        <source>Early adopters</source>
        <translation>Vroege gebruikers</translation>
    </message>
    <message>
        <source>Early majority</source>
        <translation>Vroege meerderheid</translation>
    </message>
    <message>
        <source>Late majority</source>
        <translation>Late meerderheid</translation>
    </message>
    <message>
        <source>Laggards</source>
        <translation>Achterblijvers</translation>
    </message>
    <message>
        <source>Unknown organisation</source>
        <translation>Onbekende organisatie</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <source>First reuse</source>
        <translation>Eerste hergebruik</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Most reused items</source>
        <translation>Meest hergebruikte kennis</translation>
    </message>
    <message>
        <source>Organisations that reuse most</source>
        <translation>Organisaties die het meest hergebruiken</translation>
    </message>
    <message>
        <source>Organisations reused most</source>
        <translation>Organisaties die het meest worden hergebruikt</translation>
    </message>
    <message>
        <source>Time to first reuse</source>
        <translation>Tijd tot eerste hergebruik</translation>
    </message>
    <message>
        <source>Much consulted, never reused</source>
        <translation>Veel geraadpleegd, nooit hergebruikt</translation>
    </message>
    <message>
        <source>Reasons for not reusing</source>
        <translation>Redenen om niet te hergebruiken</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Geen reden opgegeven</translation>
    </message>
    <message>
        <source>Does not fit our situation</source>
        <translation>Past niet bij onze situatie</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Geen budget</translation>
    </message>
    <message>
        <source>No people or time</source>
        <translation>Geen mensen of tijd</translation>
    </message>
    <message>
        <source>Political choice</source>
        <translation>Politieke keuze</translation>
    </message>
    <message>
        <source>We already have our own solution</source>
        <translation>We hebben al een eigen oplossing</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Andere reden</translation>
    </message>
    <message>
        <source>Considering</source>
        <translation>Overwegen</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Overgenomen</translation>
    </message>
    <message>
        <source>Adapted</source>
        <translation>Aangepast overgenomen</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>Niet overgenomen</translation>
    </message>
    <message>
        <source>Demo knowledge item %1: %2</source>
        <translation>Kennisitem in de demo %1: %2</translation>
    </message>
    <message>
        <source>Demo reuse record: %1</source>
        <translation>Hergebruik in de demo: %1</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Geleerde les</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praktijkvoorbeeld</translation>
    </message>
    <message>
        <source>Document or dossier</source>
        <translation>Document of dossier</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Everyone on the server</source>
        <translation>Iedereen op de server</translation>
    </message>
    <message>
        <source>Only the partners of the project</source>
        <translation>Alleen de partners van het project</translation>
    </message>
    <message>
        <source>Only my organisation</source>
        <translation>Alleen mijn organisatie</translation>
    </message>
    <message>
        <source>Files are attached to a knowledge item only by its own organisation.</source>
        <translation>Alleen de eigen organisatie van een kennisitem voegt er bestanden aan toe.</translation>
    </message>
    <message>
        <source>The attachment&apos;s content did not reach the server; sync sends it again.</source>
        <translation>De inhoud van de bijlage is niet op de server aangekomen; de synchronisatie stuurt haar opnieuw.</translation>
    </message>
    <message>
        <source>An attachment stays with its item and its file.</source>
        <translation>Een bijlage blijft bij haar item en haar bestand.</translation>
    </message>
    <message>
        <source>An offer to be asked names a person and their organisation.</source>
        <translation>Een aanbod om gevraagd te worden noemt een persoon en diens organisatie.</translation>
    </message>
    <message>
        <source>The note may be at most %1 characters long.</source>
        <translation>De toelichting mag hoogstens %1 tekens lang zijn.</translation>
    </message>
    <message>
        <source>Topics contain an empty entry.</source>
        <translation>De onderwerpen bevatten een leeg onderwerp.</translation>
    </message>
    <message>
        <source>Each topic may be at most %1 characters long.</source>
        <translation>Elk onderwerp mag hoogstens %1 tekens lang zijn.</translation>
    </message>
    <message>
        <source>Too many topics for one offer.</source>
        <translation>Te veel onderwerpen voor één aanbod.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
</context>
<context>
    <name>Model::Commands</name>
    <message>
        <source>Create project %1</source>
        <translation>Project %1 aanmaken</translation>
    </message>
    <message>
        <source>Edit project %1</source>
        <translation>Project %1 bewerken</translation>
    </message>
    <message>
        <source>Delete project %1</source>
        <translation>Project %1 verwijderen</translation>
    </message>
    <message>
        <source>Add partner %1</source>
        <translation>Partner %1 toevoegen</translation>
    </message>
    <message>
        <source>Create organisation %1</source>
        <translation>Organisatie %1 aanmaken</translation>
    </message>
    <message>
        <source>Edit organisation %1</source>
        <translation>Organisatie %1 bewerken</translation>
    </message>
    <message>
        <source>Delete organisation %1</source>
        <translation>Organisatie %1 verwijderen</translation>
    </message>
    <message>
        <source>The store did not answer.</source>
        <translation>De opslag gaf geen antwoord.</translation>
    </message>
</context>
<context>
    <name>Model::ContributionsModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Regels</translation>
    </message>
</context>
<context>
    <name>Model::DashboardListModel</name>
    <message>
        <source>Nothing overdue.</source>
        <translation>Niets over de datum.</translation>
    </message>
    <message>
        <source>No evaluations planned.</source>
        <translation>Geen evaluaties gepland.</translation>
    </message>
    <message>
        <source>Every measured goal is on track.</source>
        <translation>Elk gemeten doel is op koers.</translation>
    </message>
    <message>
        <source>No successes yet this quarter.</source>
        <translation>Nog geen successen dit kwartaal.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>Model::DecisionLogModel</name>
    <message>
        <source>Target of %1: %2 → %3</source>
        <translation>Streefwaarde van %1: %2 → %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Date of %1: %2 → %3</source>
        <translation>Datum van %1: %2 → %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>Model::Editor</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 is mislukt: %2</translation>
    </message>
    <message>
        <source>Edit partner %1</source>
        <translation>Partner %1 bewerken</translation>
    </message>
    <message>
        <source>%1 leaves the project</source>
        <translation>%1 verlaat het project</translation>
    </message>
    <message>
        <source>Hand over the regie from %1 to %2</source>
        <translation>Regie overdragen van %1 aan %2</translation>
    </message>
    <message>
        <source>Edit goal %1</source>
        <translation>Doel %1 bewerken</translation>
    </message>
    <message>
        <source>Add goal %1</source>
        <translation>Doel %1 toevoegen</translation>
    </message>
    <message>
        <source>Delete goal %1</source>
        <translation>Doel %1 verwijderen</translation>
    </message>
    <message>
        <source>Edit milestone %1</source>
        <translation>Mijlpaal %1 bewerken</translation>
    </message>
    <message>
        <source>Add milestone %1</source>
        <translation>Mijlpaal %1 toevoegen</translation>
    </message>
    <message>
        <source>Move milestone %1 to %2</source>
        <translation>Mijlpaal %1 verplaatsen naar %2</translation>
    </message>
    <message>
        <source>Delete milestone %1</source>
        <translation>Mijlpaal %1 verwijderen</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation>Meting toevoegen</translation>
    </message>
    <message>
        <source>Log progress</source>
        <translation>Voortgang vastleggen</translation>
    </message>
    <message>
        <source>Plan evaluations</source>
        <translation>Evaluaties plannen</translation>
    </message>
    <message>
        <source>Record evaluation</source>
        <translation>Evaluatie vastleggen</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Opmerking toevoegen</translation>
    </message>
    <message numerus="yes">
        <source>Import %n calendar item(s)</source>
        <translation>
            <numerusform>%n agenda-item importeren</numerusform>
            <numerusform>%n agenda-items importeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>Conflict oplossen</translation>
    </message>
    <message>
        <source>Dismiss problem</source>
        <translation>Probleem wegklikken</translation>
    </message>
    <message>
        <source>Remove kept-aside edits</source>
        <translation>Apart gezette wijzigingen verwijderen</translation>
    </message>
    <message>
        <source>Move evaluation to %1</source>
        <translation>Evaluatie verplaatsen naar %1</translation>
    </message>
    <message>
        <source>Plan evaluation on %1</source>
        <translation>Evaluatie plannen op %1</translation>
    </message>
    <message>
        <source>Remove evaluation of %1</source>
        <translation>Evaluatie van %1 verwijderen</translation>
    </message>
    <message>
        <source>Edit knowledge item %1</source>
        <translation>Kennisitem %1 bewerken</translation>
    </message>
    <message>
        <source>Add knowledge item %1</source>
        <translation>Kennisitem %1 toevoegen</translation>
    </message>
    <message>
        <source>Delete knowledge item %1</source>
        <translation>Kennisitem %1 verwijderen</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Versie %1 terugzetten</translation>
    </message>
    <message>
        <source>Record reuse</source>
        <translation>Hergebruik vastleggen</translation>
    </message>
    <message>
        <source>Remove reuse record</source>
        <translation>Hergebruik verwijderen</translation>
    </message>
    <message>
        <source>Offer to be asked about %1</source>
        <translation>Aanbieden om gevraagd te worden over %1</translation>
    </message>
    <message>
        <source>Withdraw from being asked about %1</source>
        <translation>Niet meer gevraagd worden over %1</translation>
    </message>
    <message>
        <source>Change offer to be asked</source>
        <translation>Aanbod om gevraagd te worden wijzigen</translation>
    </message>
    <message numerus="yes">
        <source>Share %n lesson(s) of the evaluation of %1</source>
        <translation>
            <numerusform>%n les van de evaluatie van %1 delen</numerusform>
            <numerusform>%n lessen van de evaluatie van %1 delen</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>%1 bijvoegen</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>Bijlage %1 verwijderen</translation>
    </message>
    <message>
        <source>Correct measurement of %1</source>
        <translation>Meting van %1 corrigeren</translation>
    </message>
    <message>
        <source>Withdraw measurement of %1</source>
        <translation>Meting van %1 intrekken</translation>
    </message>
    <message>
        <source>Mark replaced values as seen</source>
        <translation>Vervangen waarden als gezien markeren</translation>
    </message>
</context>
<context>
    <name>Model::EvaluationListModel</name>
    <message>
        <source>%1 (held)</source>
        <translation>%1 (gehouden)</translation>
    </message>
    <message>
        <source>%1 (planned)</source>
        <translation>%1 (gepland)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Findings and comments</source>
        <translation>Bevindingen en opmerkingen</translation>
    </message>
</context>
<context>
    <name>Model::GoalListModel</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>Model::LeadHistoryModel</name>
    <message>
        <source>%1 — since %2</source>
        <translation>%1 — sinds %2</translation>
    </message>
    <message>
        <source>%1 — %2 until %3</source>
        <translation>%1 — %2 tot %3</translation>
    </message>
</context>
<context>
    <name>Model::LessonDrafts</name>
    <message>
        <source>A lesson from the closing evaluation of %1 on %2.</source>
        <translation>Een les uit de afsluitende evaluatie van %1 op %2.</translation>
    </message>
    <message>
        <source>A lesson from the interim evaluation of %1 on %2.</source>
        <translation>Een les uit de tussentijdse evaluatie van %1 op %2.</translation>
    </message>
</context>
<context>
    <name>Model::MeasurementListModel</name>
    <message>
        <source>Measured by</source>
        <translation>Gemeten door</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Gemeten op</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation>Ingetrokken: %1</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation>Correctie: %1</translation>
    </message>
    <message>
        <source>Replaced by a later correction; the chart uses the correction.</source>
        <translation>Vervangen door een latere correctie; de grafiek gebruikt de correctie.</translation>
    </message>
    <message>
        <source>Withdrawn: the chart leaves this reading out.</source>
        <translation>Ingetrokken: de grafiek laat deze meting weg.</translation>
    </message>
</context>
<context>
    <name>Model::MilestoneTimelineModel</name>
    <message>
        <source>%1
%2, due %3%4</source>
        <translation>%1
%2, uiterlijk %3%4</translation>
    </message>
    <message>
        <source>
Owner: %1</source>
        <translation>
Eigenaar: %1</translation>
    </message>
    <message>
        <source>%1 (held)</source>
        <translation>%1 (gehouden)</translation>
    </message>
    <message>
        <source>%1, held %2</source>
        <translation>%1, gehouden op %2</translation>
    </message>
    <message>
        <source>%1, planned %2
Drag to move it; the Evaluations tab holds it.</source>
        <translation>%1, gepland op %2
Sleep om te verzetten; houden doe je op het tabblad Evaluaties.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehouden</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Over de datum</translation>
    </message>
    <message>
        <source>Evaluation planned</source>
        <translation>Evaluatie gepland</translation>
    </message>
    <message>
        <source>Evaluation held</source>
        <translation>Evaluatie gehouden</translation>
    </message>
    <message numerus="yes">
        <source>
Overdue: %n day(s) past its due date</source>
        <translation>
            <numerusform>
Over de datum: %n dag te laat</numerusform>
            <numerusform>
Over de datum: %n dagen te laat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Model::OrganisationListModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Model::ParticipantsModel</name>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (vertrokken)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Brings</source>
        <translation>Brengt</translation>
    </message>
    <message>
        <source>Gets</source>
        <translation>Haalt</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Stokpaardjes</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandaat</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Toegetreden</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Vertrokken</translation>
    </message>
</context>
<context>
    <name>Model::ProgressLogModel</name>
    <message>
        <source>Correction: %1</source>
        <translation>Correctie: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>Model::ProjectKnowledgeModel</name>
    <message numerus="yes">
        <source>Taken up by %n organisation(s)</source>
        <translation>
            <numerusform>Overgenomen door %n organisatie</numerusform>
            <numerusform>Overgenomen door %n organisaties</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Taken up by</source>
        <translation>Overgenomen door</translation>
    </message>
</context>
<context>
    <name>Model::ProjectListModel</name>
    <message>
        <source>%1 — regie: %2</source>
        <translation>%1 — regie: %2</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The import was stopped. Nothing was imported.</source>
        <translation>Het importeren is gestopt. Er is niets geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” repeats more than %n time(s) from %2 to %3; only the first %n are offered.</source>
        <translation>
            <numerusform>“%1” komt van %2 tot en met %3 vaker dan %n keer voor; alleen de eerste wordt aangeboden.</numerusform>
            <numerusform>“%1” komt van %2 tot en met %3 vaker dan %n keer voor; alleen de eerste %n worden aangeboden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeating items are offered once for each date from %1 to %2.</source>
        <translation>Terugkerende afspraken worden aangeboden met elke datum van %1 tot en met %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the file had the identifier (UID) of another item; each is offered on its own.</source>
        <translation>
            <numerusform>%n item in het bestand had de identificatie (UID) van een ander item; elk wordt apart aangeboden.</numerusform>
            <numerusform>%n items in het bestand hadden de identificatie (UID) van een ander item; elk wordt apart aangeboden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some text in the file was not UTF-8 and was read as Windows-1252 (Western European). Check the accented letters below.</source>
        <translation>Een deel van de tekst in het bestand was geen UTF-8 en is gelezen als Windows-1252 (West-Europees). Controleer hieronder de letters met accenten.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>De map %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>Regie cannot write in the folder %1. Choose another place for the database.</source>
        <translation>Regie kan niet schrijven in de map %1. Kies een andere plek voor de database.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is geen bestand.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>%1 is not a Regie database, or it is damaged. The file was left as it is.</source>
        <translation>%1 is geen Regie-database of is beschadigd. Het bestand is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>%1 is damaged: parts of it can no longer be read. Regie did not open it, so that nothing is written into it; the file was left as it is. Put back a backup, or, if you sync with a server, move the file aside and start Regie again to fetch your projects from the server anew.</source>
        <translation>%1 is beschadigd: delen ervan zijn niet meer te lezen. Regie heeft het niet geopend, zodat er niets in wordt geschreven; het bestand is ongewijzigd gelaten. Zet een reservekopie terug, of, als je met een server synchroniseert, zet het bestand opzij en start Regie opnieuw om je projecten weer van de server op te halen.</translation>
    </message>
    <message>
        <source>%1 is read-only, or its folder is. Regie needs to write there.</source>
        <translation>%1 of de map waarin het staat, is alleen-lezen. Regie moet daar kunnen schrijven.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>De database %1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>%1 is a database of another program. The file was left as it is.</source>
        <translation>%1 is een database van een ander programma. Het bestand is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Regie (database version %2; this Regie knows up to version %3). Update Regie to open it. The file was left as it is.</source>
        <translation>%1 is geschreven door een nieuwere versie van Regie (databaseversie %2; deze Regie kent versies tot en met %3). Werk Regie bij om het bestand te openen. Het bestand is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>The database could not be read or written: %1</source>
        <translation>De database kon niet worden gelezen of beschreven: %1</translation>
    </message>
    <message>
        <source>The project no longer exists.</source>
        <translation>Het project bestaat niet meer.</translation>
    </message>
    <message>
        <source>An active project needs a lead organisation (the regie).</source>
        <translation>Een actief project heeft een organisatie nodig die de regie voert.</translation>
    </message>
    <message>
        <source>The project could not be saved.</source>
        <translation>Het project kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is %2 and therefore read-only.</source>
        <translation>Het project &quot;%1&quot; is %2 en daarom alleen-lezen.</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is %2 and therefore read-only. Reopen it first by changing its status.</source>
        <translation>Het project &quot;%1&quot; is %2 en daarom alleen-lezen. Heropen het eerst door de status te wijzigen.</translation>
    </message>
    <message>
        <source>An active project needs a lead organisation (the regie). Add a lead first.</source>
        <translation>Een actief project heeft een organisatie nodig die de regie voert. Geef eerst een organisatie de regie.</translation>
    </message>
    <message>
        <source>This participation no longer exists.</source>
        <translation>Deze deelname bestaat niet meer.</translation>
    </message>
    <message>
        <source>The project has no lead organisation.</source>
        <translation>Bij het project heeft geen organisatie de regie.</translation>
    </message>
    <message>
        <source>A participation cannot move to another project.</source>
        <translation>Een deelname kan niet naar een ander project worden verplaatst.</translation>
    </message>
    <message>
        <source>%1 already takes part in this project.</source>
        <translation>%1 neemt al deel aan dit project.</translation>
    </message>
    <message>
        <source>%1 holds the regie of this project. Hand the regie over to another partner first.</source>
        <translation>%1 voert de regie over dit project. Draag de regie eerst over aan een andere partner.</translation>
    </message>
    <message>
        <source>This project already has a lead organisation (%1). Hand the regie over instead.</source>
        <translation>Bij dit project heeft %1 al de regie. Draag de regie in plaats daarvan over.</translation>
    </message>
    <message>
        <source>The participation could not be saved.</source>
        <translation>De deelname kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>%1 holds the regie of this active project and cannot be removed. Hand the regie over first.</source>
        <translation>%1 voert de regie over dit actieve project en kan niet worden verwijderd. Draag de regie eerst over.</translation>
    </message>
    <message>
        <source>This project already has another lead organisation.</source>
        <translation>Bij dit project heeft al een andere organisatie de regie.</translation>
    </message>
    <message>
        <source>The organisation no longer takes part in this project.</source>
        <translation>De organisatie neemt niet meer deel aan dit project.</translation>
    </message>
    <message>
        <source>Choose the date of the hand-over.</source>
        <translation>Kies de datum van de overdracht.</translation>
    </message>
    <message>
        <source>This organisation already holds the regie.</source>
        <translation>Deze organisatie voert de regie al.</translation>
    </message>
    <message>
        <source>The regie of this project changed in the meantime. Look again and retry.</source>
        <translation>De regie van dit project is intussen gewijzigd. Kijk opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <source>The hand-over cannot lie before %1, when the current lead started.</source>
        <translation>De overdracht kan niet vóór %1 liggen, de datum waarop de huidige regie begon.</translation>
    </message>
    <message>
        <source>Only a current partner of the project can take over the regie.</source>
        <translation>Alleen een huidige partner van het project kan de regie overnemen.</translation>
    </message>
    <message>
        <source>The partners of this project changed in the meantime. Look again and retry.</source>
        <translation>De partners van dit project zijn intussen gewijzigd. Kijk opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <source>The hand-over could not be saved.</source>
        <translation>De overdracht kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The regie changed again since this hand-over; it cannot be undone.</source>
        <translation>De regie is sinds deze overdracht opnieuw gewijzigd; de overdracht kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>The hand-over could not be undone.</source>
        <translation>De overdracht kon niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>The organisation no longer exists.</source>
        <translation>De organisatie bestaat niet meer.</translation>
    </message>
    <message>
        <source>An organisation called &quot;%1&quot; already exists.</source>
        <translation>Er bestaat al een organisatie met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The organisation could not be saved.</source>
        <translation>De organisatie kon niet worden opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>This organisation still takes part in %n project(s). Let it leave them first.</source>
        <translation>
            <numerusform>Deze organisatie neemt nog deel aan %n project. Laat haar dat project eerst verlaten.</numerusform>
            <numerusform>Deze organisatie neemt nog deel aan %n projecten. Laat haar die projecten eerst verlaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The person could not be saved.</source>
        <translation>De persoon kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The active project &quot;%1&quot; has no lead organisation.</source>
        <translation>Bij het actieve project &quot;%1&quot; heeft geen organisatie de regie.</translation>
    </message>
    <message>
        <source>The data could not be saved.</source>
        <translation>De gegevens konden niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Er is geen database geopend.</translation>
    </message>
    <message>
        <source>The database cannot be read.</source>
        <translation>De database kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The database is locked or cannot be written.</source>
        <translation>De database is vergrendeld of kan niet worden beschreven.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>Het bijwerken van de database naar versie %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed.</source>
        <translation>Het bijwerken van de database naar versie %1 is mislukt.</translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>Dit conflict is al opgelost.</translation>
    </message>
    <message>
        <source>The conflict names an unknown table.</source>
        <translation>Het conflict noemt een onbekende tabel.</translation>
    </message>
    <message>
        <source>The row of this conflict no longer exists here.</source>
        <translation>De rij van dit conflict bestaat hier niet meer.</translation>
    </message>
    <message>
        <source>Your value cannot be saved here: %1</source>
        <translation>Je waarde kan hier niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The choice could not be saved.</source>
        <translation>De keuze kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>The database cannot be written.</source>
        <translation>De database kan niet worden beschreven.</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Project: %1</translation>
    </message>
    <message>
        <source>The file is not an iCalendar file (.ics). Nothing was imported.</source>
        <translation>Het bestand is geen iCalendar-bestand (.ics). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The iCalendar file is incomplete or damaged. Nothing was imported.</source>
        <translation>Het iCalendar-bestand is onvolledig of beschadigd. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The file is empty. Nothing was imported.</source>
        <translation>Het bestand is leeg. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, far larger than a calendar of projects. Choose another file.</source>
        <translation>%1 is groter dan %2 MB, veel groter dan een agenda met projecten. Kies een ander bestand.</translation>
    </message>
    <message>
        <source>A goal cannot move to another project.</source>
        <translation>Een doel kan niet naar een ander project worden verplaatst.</translation>
    </message>
    <message>
        <source>The goal could not be saved.</source>
        <translation>Het doel kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The goal no longer exists.</source>
        <translation>Het doel bestaat niet meer.</translation>
    </message>
    <message>
        <source>The measurement could not be saved.</source>
        <translation>De meting kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>A milestone cannot move to another project.</source>
        <translation>Een mijlpaal kan niet naar een ander project worden verplaatst.</translation>
    </message>
    <message>
        <source>The milestone could not be saved.</source>
        <translation>De mijlpaal kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The milestone no longer exists.</source>
        <translation>De mijlpaal bestaat niet meer.</translation>
    </message>
    <message>
        <source>The entry to correct is not in this project.</source>
        <translation>De te corrigeren regel hoort niet bij dit project.</translation>
    </message>
    <message>
        <source>The progress entry could not be saved.</source>
        <translation>De voortgangsregel kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Closing evaluation: %1</source>
        <translation>Slotevaluatie: %1</translation>
    </message>
    <message>
        <source>Interim evaluation: %1</source>
        <translation>Tussentijdse evaluatie: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a milestone of another project.</source>
        <translation>&quot;%1&quot; is een mijlpaal van een ander project.</translation>
    </message>
    <message>
        <source>Choose a first date, and an end after it.</source>
        <translation>Kies een eerste datum, en een einddatum daarna.</translation>
    </message>
    <message>
        <source>Evaluate every 1 to 24 months.</source>
        <translation>Evalueer elke 1 tot 24 maanden.</translation>
    </message>
    <message>
        <source>The evaluations could not be saved.</source>
        <translation>De evaluaties konden niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Say when the evaluation was held.</source>
        <translation>Geef aan wanneer de evaluatie is gehouden.</translation>
    </message>
    <message>
        <source>Findings and lessons may be at most 8,000 characters each.</source>
        <translation>Bevindingen en lessen mogen elk maximaal 8.000 tekens lang zijn.</translation>
    </message>
    <message>
        <source>A closing evaluation records the lessons learned.</source>
        <translation>Een slotevaluatie legt de geleerde lessen vast.</translation>
    </message>
    <message>
        <source>A remark may be at most %1 characters.</source>
        <translation>Een opmerking mag maximaal %1 tekens lang zijn.</translation>
    </message>
    <message>
        <source>Say what was decided (at most %1 characters).</source>
        <translation>Beschrijf wat er is besloten (maximaal %1 tekens).</translation>
    </message>
    <message>
        <source>The new target is not a number.</source>
        <translation>De nieuwe streefwaarde is geen getal.</translation>
    </message>
    <message>
        <source>The new due date is not a date.</source>
        <translation>De nieuwe deadline is geen datum.</translation>
    </message>
    <message>
        <source>The evaluation could not be saved.</source>
        <translation>De evaluatie kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The evaluation no longer exists.</source>
        <translation>De evaluatie bestaat niet meer.</translation>
    </message>
    <message>
        <source>Write a comment of at most %1 characters.</source>
        <translation>Schrijf een opmerking van maximaal %1 tekens.</translation>
    </message>
    <message>
        <source>Choose who you are before you comment.</source>
        <translation>Kies eerst wie je bent voordat je een opmerking plaatst.</translation>
    </message>
    <message>
        <source>The comment could not be saved.</source>
        <translation>De opmerking kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Before the project &quot;%1&quot; is %2, hold a closing evaluation with the lessons learned (Evaluations tab).</source>
        <translation>Houd eerst een slotevaluatie met de geleerde lessen (tabblad Evaluaties) voordat het project &quot;%1&quot; %2 is.</translation>
    </message>
    <message>
        <source>%1 has no date.</source>
        <translation>%1 heeft geen datum.</translation>
    </message>
    <message>
        <source>The evaluation</source>
        <translation>De evaluatie</translation>
    </message>
    <message>
        <source>This evaluation has been held: it is a record and keeps its date.</source>
        <translation>Deze evaluatie is gehouden: ze is vastgelegd en houdt haar datum.</translation>
    </message>
    <message>
        <source>A held evaluation is a record and cannot be removed.</source>
        <translation>Een gehouden evaluatie is vastgelegd en kan niet worden verwijderd.</translation>
    </message>
    <message>
        <source>An evaluation cannot move to another project.</source>
        <translation>Een evaluatie kan niet naar een ander project verhuizen.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: this SQLite has no full-text search (FTS5) for the Dutch search of the knowledge base. The file was left as it is.</source>
        <translation>De database %1 kan niet worden geopend: deze SQLite heeft geen zoekindex (FTS5) voor het Nederlandse zoeken in de kennisbank. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The knowledge item no longer exists.</source>
        <translation>Het kennisitem bestaat niet meer.</translation>
    </message>
    <message>
        <source>The question this answers no longer exists.</source>
        <translation>De vraag waarop dit antwoordt bestaat niet meer.</translation>
    </message>
    <message>
        <source>An answer answers a question.</source>
        <translation>Een antwoord hoort bij een vraag.</translation>
    </message>
    <message>
        <source>The answer that helped must be an answer to this question.</source>
        <translation>Het antwoord dat hielp moet een antwoord op deze vraag zijn.</translation>
    </message>
    <message>
        <source>A knowledge item stays with the organisation that wrote it.</source>
        <translation>Een kennisitem blijft bij de organisatie die het schreef.</translation>
    </message>
    <message>
        <source>The knowledge item could not be saved.</source>
        <translation>Het kennisitem kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>This version of the knowledge item no longer exists.</source>
        <translation>Deze versie van het kennisitem bestaat niet meer.</translation>
    </message>
    <message>
        <source>This record of reuse no longer exists.</source>
        <translation>Dit hergebruik bestaat niet meer.</translation>
    </message>
    <message>
        <source>A record of reuse stays with its item and its organisation.</source>
        <translation>Hergebruik blijft bij zijn kennisitem en zijn organisatie.</translation>
    </message>
    <message>
        <source>The record of reuse could not be saved.</source>
        <translation>Het hergebruik kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>This connection to the database lacks Regie's Dutch search (regie_dutch), which the knowledge base needs. Nothing was written. Open the file with Regie itself.</source>
        <translation>Deze verbinding met de database mist het Nederlandse zoeken van Regie (regie_dutch), dat de kennisbank nodig heeft. Er is niets geschreven. Open het bestand met Regie zelf.</translation>
    </message>
    <message>
        <source>An attachment needs an id.</source>
        <translation>Een bijlage heeft een id nodig.</translation>
    </message>
    <message>
        <source>An attachment is named by its SHA-256: 64 lowercase hex digits.</source>
        <translation>Een bijlage heet naar haar SHA-256: 64 hexadecimale tekens in kleine letters.</translation>
    </message>
    <message>
        <source>An attachment&apos;s file name is required and at most %1 characters.</source>
        <translation>Een bijlage heeft een bestandsnaam nodig van hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Files up to %1 can be attached.</source>
        <translation>Bestanden tot %1 kunnen worden bijgevoegd.</translation>
    </message>
    <message>
        <source>The content of %1 is not on this computer; attach the file again.</source>
        <translation>De inhoud van %1 staat niet op deze computer; voeg het bestand opnieuw bij.</translation>
    </message>
    <message>
        <source>The attachment could not be saved.</source>
        <translation>De bijlage kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>An attachment stays with its item and its file.</source>
        <translation>Een bijlage blijft bij haar item en haar bestand.</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation>De bijlage bestaat niet meer.</translation>
    </message>
    <message>
        <source>Stopped: nothing was kept.</source>
        <translation>Gestopt: er is niets bewaard.</translation>
    </message>
    <message>
        <source>The file %1 does not exist (any more). Nothing was attached.</source>
        <translation>Het bestand %1 bestaat niet (meer). Er is niets bijgevoegd.</translation>
    </message>
    <message>
        <source>%1 is a folder; only files can be attached.</source>
        <translation>%1 is een map; alleen bestanden kunnen worden bijgevoegd.</translation>
    </message>
    <message>
        <source>%1 is %2; files up to %3 can be attached.</source>
        <translation>%1 is %2; bestanden tot %3 kunnen worden bijgevoegd.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2. Nothing was attached.</source>
        <translation>Het bestand %1 kan niet worden gelezen: %2. Er is niets bijgevoegd.</translation>
    </message>
    <message>
        <source>The folder for attachments (%1) cannot be made.</source>
        <translation>De map voor bijlagen (%1) kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>The attachment cannot be kept: %1</source>
        <translation>De bijlage kan niet worden bewaard: %1</translation>
    </message>
    <message>
        <source>%1 grew past %2 while it was read; nothing was attached.</source>
        <translation>%1 werd tijdens het lezen groter dan %2; er is niets bijgevoegd.</translation>
    </message>
    <message>
        <source>%1 changed while it was read; nothing was attached. Try again.</source>
        <translation>%1 veranderde tijdens het lezen; er is niets bijgevoegd. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The attachment&apos;s content is not on this computer.</source>
        <translation>De inhoud van de bijlage staat niet op deze computer.</translation>
    </message>
    <message>
        <source>The attachment cannot be copied to %1: %2</source>
        <translation>De bijlage kan niet naar %1 worden gekopieerd: %2</translation>
    </message>
    <message>
        <source>The attachment&apos;s content on this computer is damaged: it no longer matches its fingerprint (SHA-256). It was not opened.</source>
        <translation>De inhoud van de bijlage op deze computer is beschadigd: ze past niet meer bij haar vingerafdruk (SHA-256). De bijlage is niet geopend.</translation>
    </message>
    <message>
        <source>No room to open the attachment in %1.</source>
        <translation>Geen ruimte om de bijlage te openen in %1.</translation>
    </message>
    <message>
        <source>The opening of the item could not be recorded.</source>
        <translation>Het openen van het item kon niet worden vastgelegd.</translation>
    </message>
    <message>
        <source>The offer to be asked could not be saved.</source>
        <translation>Het aanbod om gevraagd te worden kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>An offer to be asked is made for a person of its own organisation.</source>
        <translation>Een aanbod om gevraagd te worden geldt voor iemand van de eigen organisatie.</translation>
    </message>
    <message>
        <source>Only a correction withdraws a measurement.</source>
        <translation>Alleen een correctie kan een meting intrekken.</translation>
    </message>
    <message>
        <source>The measurement to correct is not one of this goal.</source>
        <translation>De te corrigeren meting hoort niet bij dit doel.</translation>
    </message>
    <message>
        <source>Only another planned evaluation of this project can be cancelled.</source>
        <translation>Alleen een andere geplande evaluatie van dit project kan vervallen.</translation>
    </message>
</context>
<context>
    <name>Sync::ServerKnowledgeSearchService</name>
    <message>
        <source>No server is set up.</source>
        <translation>Er is geen server ingesteld.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Securing the server database failed: %1</source>
        <translation>Het beveiligen van de serverdatabase is mislukt: %1</translation>
    </message>
    <message>
        <source>A role is lead, member, external or viewer.</source>
        <translation>Een rol is lead, member, external of viewer.</translation>
    </message>
    <message>
        <source>A user needs a name and a password of at least 8 characters.</source>
        <translation>Een gebruiker heeft een naam nodig en een wachtwoord van minstens 8 tekens.</translation>
    </message>
    <message>
        <source>%1 is not a Regie user on this server.</source>
        <translation>%1 is geen Regie-gebruiker op deze server.</translation>
    </message>
    <message>
        <source>The server database cannot be read: %1</source>
        <translation>De serverdatabase kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The server database has schema version %1; this Regie knows up to version %2. Use a newer regie-admin.</source>
        <translation>De serverdatabase heeft schemaversie %1; deze Regie kent versies tot en met %2. Gebruik een nieuwere regie-admin.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Er kan geen transactie worden gestart: %1</translation>
    </message>
    <message>
        <source>Upgrading the server database to version %1 failed: %2</source>
        <translation>Het bijwerken van de serverdatabase naar versie %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>Fill in the server, database and user name.</source>
        <translation>Vul de server, de database en de gebruikersnaam in.</translation>
    </message>
    <message>
        <source>This Regie cannot talk to PostgreSQL (the QPSQL driver is missing).</source>
        <translation>Deze Regie kan geen verbinding maken met PostgreSQL (het QPSQL-stuurprogramma ontbreekt).</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>De server weigerde de gebruikersnaam of het wachtwoord.</translation>
    </message>
    <message>
        <source>The server needs a newer Regie. Update Regie to sync again; your local work is kept.</source>
        <translation>De server vraagt om een nieuwere Regie. Werk Regie bij om weer te synchroniseren; je lokale werk blijft bewaard.</translation>
    </message>
    <message>
        <source>This database is not a Regie server (or it was never set up with regie-admin).</source>
        <translation>Deze database is geen Regie-server (of is nooit ingericht met regie-admin).</translation>
    </message>
    <message>
        <source>The server speaks a newer sync protocol (%1) than this Regie (%2). Update Regie to sync again; your local work is kept.</source>
        <translation>De server gebruikt een nieuwer synchronisatieprotocol (%1) dan deze Regie (%2). Werk Regie bij om weer te synchroniseren; je lokale werk blijft bewaard.</translation>
    </message>
    <message>
        <source>Sync was cancelled.</source>
        <translation>De synchronisatie is geannuleerd.</translation>
    </message>
    <message>
        <source>The outbox holds a change of an unknown table %1.</source>
        <translation>De wachtrij met te versturen wijzigingen bevat een wijziging van een onbekende tabel %1.</translation>
    </message>
    <message>
        <source>Sending changes failed</source>
        <translation>Het versturen van wijzigingen is mislukt</translation>
    </message>
    <message>
        <source>The server answered %1 of %2 changes.</source>
        <translation>De server beantwoordde %1 van de %2 wijzigingen.</translation>
    </message>
    <message>
        <source>The local database is busy; sync will try again.</source>
        <translation>De lokale database is bezet; de synchronisatie probeert het opnieuw.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be saved; sync will send again.</source>
        <translation>Het antwoord van de server kon niet worden opgeslagen; de synchronisatie verstuurt de wijzigingen opnieuw.</translation>
    </message>
    <message>
        <source>Reading changes failed</source>
        <translation>Het ophalen van wijzigingen is mislukt</translation>
    </message>
    <message>
        <source>The local database cannot be written.</source>
        <translation>De lokale database kan niet worden beschreven.</translation>
    </message>
    <message>
        <source>Received changes could not be saved; sync will fetch them again.</source>
        <translation>De ontvangen wijzigingen konden niet worden opgeslagen; de synchronisatie haalt ze opnieuw op.</translation>
    </message>
    <message>
        <source>Checking access failed</source>
        <translation>Het controleren van de toegang is mislukt</translation>
    </message>
    <message>
        <source>Removing projects you no longer take part in failed.</source>
        <translation>Het verwijderen van projecten waaraan je niet meer deelneemt, is mislukt.</translation>
    </message>
    <message>
        <source>Reading a project failed</source>
        <translation>Het ophalen van een project is mislukt</translation>
    </message>
    <message>
        <source>Received projects could not be saved.</source>
        <translation>De ontvangen projecten konden niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Keep deleted rows for zero days or more.</source>
        <translation>Bewaar verwijderde rijen nul dagen of langer.</translation>
    </message>
    <message>
        <source>Removing people you no longer work with failed.</source>
        <translation>Het verwijderen van mensen met wie je niet meer samenwerkt, is mislukt.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection on port %2: it is not running, or it listens on another port.</source>
        <translation>De server %1 weigert de verbinding op poort %2: hij draait niet, of luistert op een andere poort.</translation>
    </message>
    <message>
        <source>The server name %1 was not found. Check the name in Sync ▸ Sync Server, and whether this computer is online.</source>
        <translation>De servernaam %1 is niet gevonden. Controleer de naam in Synchronisatie ▸ Synchronisatieserver, en of deze computer online is.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time: the network or the server is slow or out of reach.</source>
        <translation>De server %1 antwoordde niet op tijd: het netwerk of de server is traag of onbereikbaar.</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost during the sync.</source>
        <translation>De verbinding met de server %1 is tijdens het synchroniseren verbroken.</translation>
    </message>
    <message>
        <source>The server %1 ended the connection: it is shutting down or restarting, or its administrator closed the connection.</source>
        <translation>De server %1 heeft de verbinding beëindigd: hij wordt afgesloten of herstart, of de beheerder heeft de verbinding gesloten.</translation>
    </message>
    <message>
        <source>The server %1 could not prove who it is. Check the server name and the CA certificate file in Sync ▸ Sync Server. Nothing was sent.</source>
        <translation>De server %1 kon niet aantonen wie hij is. Controleer de servernaam en het CA-certificaatbestand in Synchronisatie ▸ Synchronisatieserver. Er is niets verstuurd.</translation>
    </message>
    <message>
        <source>The server stopped a statement that took too long (statement timeout). Sync will try again later; ask the server&apos;s administrator if this keeps happening.</source>
        <translation>De server heeft een opdracht afgebroken die te lang duurde (statement timeout). Synchroniseren probeert het later opnieuw; vraag de beheerder van de server om hulp als dit blijft gebeuren.</translation>
    </message>
    <message>
        <source>The server does not allow the user %1 to do this (permission denied). Ask the server&apos;s administrator to check the user&apos;s rights.</source>
        <translation>De server staat gebruiker %1 dit niet toe (geen toestemming). Vraag de beheerder van de server de rechten van deze gebruiker na te kijken.</translation>
    </message>
    <message>
        <source>The server reported an error; the details are in the log.</source>
        <translation>De server meldde een fout; de details staan in het logboek.</translation>
    </message>
    <message>
        <source>Your changes wait on this computer until the server can be reached again.</source>
        <translation>Je wijzigingen wachten op deze computer tot de server weer bereikbaar is.</translation>
    </message>
    <message>
        <source>The handshake with the server failed</source>
        <translation>Het opzetten van de verbinding met de server is mislukt</translation>
    </message>
    <message>
        <source>Regie is not connected to a sync server.</source>
        <translation>Regie is niet verbonden met een synchronisatieserver.</translation>
    </message>
    <message>
        <source>%1 was not found. Install the PostgreSQL client programs (Debian: postgresql-client) of the server&apos;s version or newer.</source>
        <translation>%1 is niet gevonden. Installeer de PostgreSQL-clientprogramma&apos;s (Debian: postgresql-client) van de versie van de server of nieuwer.</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 kon niet worden gestart: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 is mislukt: %2</translation>
    </message>
    <message>
        <source>The users of the server cannot be read: %1</source>
        <translation>De gebruikers van de server kunnen niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>De back-up kon niet naar %1 worden geschreven: %2</translation>
    </message>
    <message>
        <source>Nothing was backed up. %1</source>
        <translation>Er is geen back-up gemaakt. %1</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be read: %2</source>
        <translation>Het back-upbestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was restored.</source>
        <translation>%1 Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>%1 is not a Regie backup.</source>
        <translation>%1 is geen Regie-back-up.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>The backup has schema version %1; this regie-admin knows up to version %2. Use a newer regie-admin. Nothing was restored.</source>
        <translation>De back-up heeft schemaversie %1; deze regie-admin kent versies tot en met %2. Gebruik een nieuwere regie-admin. Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>The server has schema version %1, newer than the backup&apos;s (%2). Restore into an empty database, then run regie-admin init. Nothing was restored.</source>
        <translation>De server heeft schemaversie %1, nieuwer dan die van de back-up (%2). Zet de back-up terug in een lege database en voer daarna regie-admin init uit. Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Er is niets teruggezet: %1</translation>
    </message>
    <message>
        <source>%1 The server is as it was.</source>
        <translation>%1 De server is zoals hij was.</translation>
    </message>
    <message>
        <source>The database was restored, but laptops cannot yet tell: %1 Run the restore again.</source>
        <translation>De database is teruggezet, maar laptops kunnen dat nog niet zien: %1 Zet de back-up opnieuw terug.</translation>
    </message>
    <message>
        <source>The users&apos; roles could not be made again: %1</source>
        <translation>De rollen van de gebruikers konden niet opnieuw worden gemaakt: %1</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>Er is geen back-upbestand %1.</translation>
    </message>
    <message>
        <source>The backup file %1 is damaged or incomplete.</source>
        <translation>Het back-upbestand %1 is beschadigd of onvolledig.</translation>
    </message>
    <message>
        <source>Comparing with the restored server failed: %1</source>
        <translation>Vergelijken met de teruggezette server is mislukt: %1</translation>
    </message>
    <message>
        <source>Searching on the server needs a connection to it.</source>
        <translation>Zoeken op de server kan alleen met een verbinding.</translation>
    </message>
    <message>
        <source>Searching on the server failed</source>
        <translation>Zoeken op de server is mislukt</translation>
    </message>
    <message>
        <source>An attachment is named by its SHA-256: 64 lowercase hex digits.</source>
        <translation>Een bijlage heet naar haar SHA-256: 64 hexadecimale tekens in kleine letters.</translation>
    </message>
    <message>
        <source>Asking the server for an attachment failed</source>
        <translation>De server vragen naar een bijlage is mislukt</translation>
    </message>
    <message>
        <source>The attachment&apos;s content is not on this computer.</source>
        <translation>De inhoud van de bijlage staat niet op deze computer.</translation>
    </message>
    <message>
        <source>Sending an attachment failed</source>
        <translation>Een bijlage versturen is mislukt</translation>
    </message>
    <message>
        <source>An attachment arrived damaged at the server; sync sends it again next time.</source>
        <translation>Een bijlage kwam beschadigd aan op de server; de synchronisatie stuurt haar de volgende keer opnieuw.</translation>
    </message>
    <message>
        <source>An attachment did not arrive whole at the server; sync sends the rest next time.</source>
        <translation>Een bijlage kwam niet helemaal aan op de server; de synchronisatie stuurt de rest de volgende keer.</translation>
    </message>
    <message>
        <source>Fetching an attachment failed</source>
        <translation>Een bijlage ophalen is mislukt</translation>
    </message>
    <message>
        <source>The server does not have this attachment&apos;s content (yet).</source>
        <translation>De server heeft de inhoud van deze bijlage (nog) niet.</translation>
    </message>
    <message>
        <source>Fetching the attachment was stopped; it goes on where it stopped next time.</source>
        <translation>Het ophalen van de bijlage is gestopt; de volgende keer gaat het verder waar het stopte.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Niet verbonden met de server.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Regie:</source>
        <translation>Regie:</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Partners:</translation>
    </message>
    <message>
        <source>Ambition:</source>
        <translation>Ambitie:</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Score:</translation>
    </message>
    <message>
        <source>This project has no measurable goals yet.</source>
        <translation>Dit project heeft nog geen meetbare doelen.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Geleerde lessen</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflecties</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>No decisions were taken.</source>
        <translation>Er zijn geen besluiten genomen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Target of %1: %2 → %3</source>
        <translation>Streefwaarde van %1: %2 → %3</translation>
    </message>
    <message>
        <source>Date of %1: %2 → %3</source>
        <translation>Datum van %1: %2 → %3</translation>
    </message>
    <message>
        <source>Made with Regie on %1.</source>
        <translation>Gemaakt met Regie op %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>the export failed</source>
        <translation>het exporteren is mislukt</translation>
    </message>
    <message>
        <source>Organisations that took it up</source>
        <translation>Organisaties die het overnamen</translation>
    </message>
    <message>
        <source>Adopters</source>
        <translation>Overnemers</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Tekst wissen</translation>
    </message>
</context>
<context>
    <name>Views::CalendarImportDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Import Calendar — %1</source>
        <translation>Agenda importeren — %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>In the file as</source>
        <translation>In het bestand als</translation>
    </message>
    <message>
        <source>to-do</source>
        <translation>taak</translation>
    </message>
    <message>
        <source>event</source>
        <translation>afspraak</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) without a date are left out.</source>
        <translation>
            <numerusform>%n item zonder datum blijft buiten beschouwing.</numerusform>
            <numerusform>%n items zonder datum blijven buiten beschouwing.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Wordt</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message numerus="yes">
        <source>These %n dated item(s) become milestones or evaluations of %1. Items imported before are updated, not added twice. Uncheck what you do not want.</source>
        <translation>
            <numerusform>Dit %n gedateerde item wordt een mijlpaal of evaluatie van %1. Wat eerder is geïmporteerd, wordt bijgewerkt en niet dubbel toegevoegd. Vink uit wat je niet wilt.</numerusform>
            <numerusform>Deze %n gedateerde items worden mijlpalen of evaluaties van %1. Wat eerder is geïmporteerd, wordt bijgewerkt en niet dubbel toegevoegd. Vink uit wat je niet wilt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::ConflictsDialog</name>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Regie history</source>
        <translation>Regiegeschiedenis</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Oorspronkelijk</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mijn waarde</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Mijn waarde houden</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>&amp;Hun waarde houden</translation>
    </message>
    <message>
        <source>&amp;Edit Value…</source>
        <translation>Waarde &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerpen</translation>
    </message>
    <message>
        <source>Conflicts and Refused Changes</source>
        <translation>Conflicten en geweigerde wijzigingen</translation>
    </message>
    <message>
        <source>These fields were changed both here and by someone else before you synced. The server kept the other value; choose which one stays. Your choice is sent with the next sync.</source>
        <translation>Deze velden zijn zowel hier als door iemand anders gewijzigd voordat je synchroniseerde. De server heeft de andere waarde bewaard; kies welke waarde blijft. Je keuze wordt bij de volgende synchronisatie verstuurd.</translation>
    </message>
    <message>
        <source>The server refused these changes, for example because your organisation may not change them. This computer shows the server&apos;s values again; what you entered is kept here until you dismiss it.</source>
        <translation>De server heeft deze wijzigingen geweigerd, bijvoorbeeld omdat je organisatie ze niet mag wijzigen. Deze computer toont weer de waarden van de server; wat je hebt ingevoerd, blijft hier bewaard totdat je het verwerpt.</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflicten</translation>
    </message>
    <message>
        <source>&amp;Refused Changes</source>
        <translation>&amp;Geweigerde wijzigingen</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>gewijzigd: %1</translation>
    </message>
    <message>
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Conflicten (%1)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>change</source>
        <translation>wijziging</translation>
    </message>
    <message>
        <source>&amp;Refused Changes (%1)</source>
        <translation>&amp;Geweigerde wijzigingen (%1)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ver&amp;wijderen…</translation>
    </message>
    <message>
        <source>These edits cannot be sent: your organisation no longer takes part in their project, or the server holds another item in their place. Export them to a file and pass it to the project&apos;s lead; then remove them here.</source>
        <translation>Deze wijzigingen kunnen niet worden verstuurd: je organisatie neemt niet meer deel aan hun project, of de server heeft al iets anders op hun plaats. Exporteer ze naar een bestand en geef dat aan de regievoerder van het project; verwijder ze daarna hier.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Your organisation no longer takes part in this project.</source>
        <translation>Je organisatie neemt niet meer deel aan dit project.</translation>
    </message>
    <message>
        <source>&amp;Kept Aside</source>
        <translation>&amp;Apart gezet</translation>
    </message>
    <message>
        <source>&amp;Kept Aside (%1)</source>
        <translation>&amp;Apart gezet (%1)</translation>
    </message>
    <message>
        <source>Export Kept-Aside Edits</source>
        <translation>Apart gezette wijzigingen exporteren</translation>
    </message>
    <message>
        <source>Regie edits (*.json)</source>
        <translation>Regie-wijzigingen (*.json)</translation>
    </message>
    <message>
        <source>regie-kept-aside-%1.json</source>
        <translation>regie-apart-gezet-%1.json</translation>
    </message>
    <message>
        <source>The edits were not exported</source>
        <translation>De wijzigingen zijn niet geëxporteerd</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n kept-aside edit(s) from this computer? They were exported to %1.</source>
        <translation>
            <numerusform>De %n apart gezette wijziging van deze computer verwijderen? Ze is geëxporteerd naar %1.</numerusform>
            <numerusform>De %n apart gezette wijzigingen van deze computer verwijderen? Ze zijn geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n kept-aside edit(s) from this computer? They have not been exported, and will be lost.</source>
        <translation>
            <numerusform>De %n apart gezette wijziging van deze computer verwijderen? Ze is niet geëxporteerd en gaat verloren.</numerusform>
            <numerusform>De %n apart gezette wijzigingen van deze computer verwijderen? Ze zijn niet geëxporteerd en gaan verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Kept-Aside Edits</source>
        <translation>Apart gezette wijzigingen verwijderen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Slogan</source>
        <translation>Slogan</translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation>Ambitie</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgentie</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Brings</source>
        <translation>Brengt</translation>
    </message>
    <message>
        <source>Gets</source>
        <translation>Haalt</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Stokpaardjes</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandaat</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Toegetreden</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Vertrokken</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Municipality code</source>
        <translation>Gemeentecode</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Geweigerde wijzigingen</translation>
    </message>
    <message>
        <source>Kept aside</source>
        <translation>Apart gezet</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Goal's partner</source>
        <translation>Partner van een doel</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Meting</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <source>Milestone's goal</source>
        <translation>Doel van een mijlpaal</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Evaluation score</source>
        <translation>Score van een evaluatie</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Knowledge item</source>
        <translation>Kennisitem</translation>
    </message>
    <message>
        <source>Reuse</source>
        <translation>Hergebruik</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <source>Offer to be asked</source>
        <translation>Aanbod om gevraagd te worden</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Afgerond op</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Gepland op</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Gehouden op</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Geleerde lessen</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Visible to</source>
        <translation>Zichtbaar voor</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Jouw waarde</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Gewijzigd door</translation>
    </message>
    <message>
        <source>Mark All as &amp;Seen</source>
        <translation>Alles als &amp;gezien markeren</translation>
    </message>
    <message>
        <source>Someone else replaced these values of yours after your sync had sent them, for example by choosing their own value in a conflict. The new value is what everyone sees now; change it again if yours should stay.</source>
        <translation>Iemand anders verving deze waarden van jou nadat je synchronisatie ze had verstuurd, bijvoorbeeld door in een conflict de eigen waarde te kiezen. De nieuwe waarde is wat iedereen nu ziet; wijzig hem opnieuw als de jouwe moet blijven.</translation>
    </message>
    <message>
        <source>Re&amp;placed</source>
        <translation>&amp;Vervangen</translation>
    </message>
    <message>
        <source>Values replaced</source>
        <translation>Vervangen waarden</translation>
    </message>
    <message>
        <source>Re&amp;placed (%1)</source>
        <translation>&amp;Vervangen (%1)</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Iemand anders</translation>
    </message>
</context>
<context>
    <name>Views::DashboardPage</name>
    <message>
        <source>Overdue milestones</source>
        <translation>Mijlpalen over de datum</translation>
    </message>
    <message>
        <source>Goals off track or at risk</source>
        <translation>Doelen uit koers of met risico</translation>
    </message>
    <message>
        <source>Evaluations in the coming three months</source>
        <translation>Evaluaties in de komende drie maanden</translation>
    </message>
    <message>
        <source>Successes this quarter</source>
        <translation>Successen dit kwartaal</translation>
    </message>
    <message>
        <source>Double-click a line to open it. Choose a project on the left to work on it.</source>
        <translation>Dubbelklik op een regel om hem te openen. Kies links een project om eraan te werken.</translation>
    </message>
    <message>
        <source>Hours per organisation this quarter, all projects</source>
        <translation>Uren per organisatie dit kwartaal, alle projecten</translation>
    </message>
    <message>
        <source>Overview — %1</source>
        <translation>Overzicht — %1</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>uren</translation>
    </message>
</context>
<context>
    <name>Views::EvaluationsTab</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Plan a Cycle…</source>
        <translation>Cyclus &amp;plannen…</translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation>&amp;Houden…</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>Op&amp;merking…</translation>
    </message>
    <message>
        <source>Decision log: every course correction with what it changed</source>
        <translation>Besluitenlog: elke bijsturing met wat zij veranderde</translation>
    </message>
    <message>
        <source>Plan Evaluations</source>
        <translation>Evaluaties plannen</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>&amp;First:</source>
        <translation>&amp;Eerste:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>Ele&amp;k:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <source>Comment on the Evaluation</source>
        <translation>Opmerking bij de evaluatie</translation>
    </message>
    <message>
        <source>Your reflection on the evaluation of %1:</source>
        <translation>Je reflectie op de evaluatie van %1:</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Rapport (pdf)…</translation>
    </message>
    <message>
        <source>Evaluation Report</source>
        <translation>Evaluatierapport</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>evaluation-%1-%2.pdf</source>
        <translation>evaluatie-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Plan &amp;One…</source>
        <translation>&amp;Eén plannen…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Verplaatsen…</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Removes a planned evaluation (Del). A held one is a record and stays.</source>
        <translation>Verwijdert een geplande evaluatie (Del). Een gehouden evaluatie is vastgelegd en blijft.</translation>
    </message>
    <message>
        <source>Move Evaluation</source>
        <translation>Evaluatie verplaatsen</translation>
    </message>
    <message>
        <source>Plan Evaluation</source>
        <translation>Evaluatie plannen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Share Lessons…</source>
        <translation>Lessen &amp;delen…</translation>
    </message>
    <message>
        <source>Share the lessons of the chosen held evaluation in the knowledge base</source>
        <translation>De lessen van de gekozen gehouden evaluatie in de kennisbank delen</translation>
    </message>
    <message>
        <source>Sign in to share lessons in your organisation&apos;s name.</source>
        <translation>Meld je aan om lessen namens je organisatie te delen.</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Besluitenlog</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaties</translation>
    </message>
</context>
<context>
    <name>Views::GoalChart</name>
    <message>
        <source>Measured</source>
        <translation>Gemeten</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Meting</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
</context>
<context>
    <name>Views::GoalDialog</name>
    <message>
        <source>Due: %1</source>
        <translation>Uiterlijk: %1</translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <source>Edit Goal — %1</source>
        <translation>Doel bewerken — %1</translation>
    </message>
    <message>
        <source>What is measured, e.g. homes connected to the heat network</source>
        <translation>Wat er wordt gemeten, bijvoorbeeld woningen aangesloten op het warmtenet</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Eenheid:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Nulmeting:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Streefwaarde:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Uiterlijk:</translation>
    </message>
    <message>
        <source>&amp;Serves the priority of:</source>
        <translation>&amp;Draagt bij aan het stokpaardje van:</translation>
    </message>
    <message>
        <source>The baseline is not a number.</source>
        <translation>De nulmeting is geen getal.</translation>
    </message>
    <message>
        <source>The target is not a number.</source>
        <translation>De streefwaarde is geen getal.</translation>
    </message>
    <message>
        <source>Serves the priority of</source>
        <translation>Draagt bij aan het stokpaardje van</translation>
    </message>
</context>
<context>
    <name>Views::GoalsTab</name>
    <message>
        <source>Measurements</source>
        <translation>Metingen</translation>
    </message>
    <message>
        <source>&amp;Add Goal…</source>
        <translation>Doel &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Add &amp;Measurement…</source>
        <translation>&amp;Meting toevoegen…</translation>
    </message>
    <message>
        <source>Goal reached: %1! Together with %2.</source>
        <translation>Doel bereikt: %1! Samen met %2.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>Nog geen doelen</translation>
    </message>
    <message>
        <source>A goal makes the collaboration measurable: what is measured, from which baseline to which target, by when.</source>
        <translation>Een doel maakt de samenwerking meetbaar: wat er wordt gemeten, van welke nulmeting naar welke streefwaarde, en uiterlijk wanneer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Indicator:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Indicator:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;From&lt;/b&gt; %1 &lt;b&gt;to&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Van&lt;/b&gt; %1 &lt;b&gt;naar&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>(no baseline)</source>
        <translation>(geen nulmeting)</translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation>(geen streefwaarde)</translation>
    </message>
    <message>
        <source>&lt;b&gt;By&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Uiterlijk&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Serves the priority of&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Draagt bij aan het stokpaardje van&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 — latest %2%3</source>
        <translation>%1 — laatst gemeten %2%3</translation>
    </message>
    <message>
        <source>, heading for %1 on %2</source>
        <translation>, op weg naar %1 op %2</translation>
    </message>
    <message>
        <source>C&amp;orrect Measurement…</source>
        <translation>Meting c&amp;orrigeren…</translation>
    </message>
    <message>
        <source>&amp;Withdraw Measurement</source>
        <translation>Meting &amp;intrekken</translation>
    </message>
    <message>
        <source>Replace the chosen measurement by a corrected one; the list keeps what it replaced.</source>
        <translation>Vervang de gekozen meting door een gecorrigeerde; de lijst bewaart wat zij vervangt.</translation>
    </message>
    <message>
        <source>Take the chosen measurement back; the list keeps it, struck through.</source>
        <translation>Trek de gekozen meting in; de lijst bewaart haar, doorgestreept.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
</context>
<context>
    <name>Views::HandOverDialog</name>
    <message>
        <source>Hand Over the Regie</source>
        <translation>Regie overdragen</translation>
    </message>
    <message>
        <source>&amp;Hand Over</source>
        <translation>&amp;Overdragen</translation>
    </message>
    <message>
        <source>Current lead:</source>
        <translation>Huidige regie:</translation>
    </message>
    <message>
        <source>&amp;New lead:</source>
        <translation>&amp;Nieuwe regie:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Vanaf:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>This project has no lead organisation to hand over from.</source>
        <translation>Bij dit project heeft geen organisatie de regie, dus er valt niets over te dragen.</translation>
    </message>
    <message>
        <source>Only a current partner can take over the regie. Add a partner first.</source>
        <translation>Alleen een huidige partner kan de regie overnemen. Voeg eerst een partner toe.</translation>
    </message>
    <message>
        <source>From %1 on, %2 holds the regie of this project. %3 stays a partner; who led when is kept in the history.</source>
        <translation>Vanaf %1 voert %2 de regie over dit project. %3 blijft partner; wie wanneer de regie had, blijft bewaard in de geschiedenis.</translation>
    </message>
</context>
<context>
    <name>Views::HoldEvaluationDialog</name>
    <message>
        <source>Hold Evaluation — %1</source>
        <translation>Evaluatie houden — %1</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>Wat is er besloten</translation>
    </message>
    <message>
        <source>Changes nothing in the plan</source>
        <translation>Verandert niets aan de planning</translation>
    </message>
    <message>
        <source>Target of goal: %1</source>
        <translation>Streefwaarde van doel: %1</translation>
    </message>
    <message>
        <source>Date of milestone: %1</source>
        <translation>Datum van mijlpaal: %1</translation>
    </message>
    <message>
        <source>New target (a number) or date (yyyy-mm-dd)</source>
        <translation>Nieuwe streefwaarde (een getal) of datum (jjjj-mm-dd)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Add &amp;Decision</source>
        <translation>&amp;Besluit toevoegen</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Gehouden op:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Scores:</source>
        <translation>S&amp;cores:</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>Be&amp;vindingen:</translation>
    </message>
    <message>
        <source>&amp;Lessons learned:</source>
        <translation>Ge&amp;leerde lessen:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>Besl&amp;uit:</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Besluiten:</translation>
    </message>
    <message>
        <source>A closing evaluation records the lessons learned.</source>
        <translation>Een slotevaluatie legt de geleerde lessen vast.</translation>
    </message>
    <message>
        <source>Add the decision you typed, or clear it.</source>
        <translation>Voeg het getypte besluit toe, of maak het veld leeg.</translation>
    </message>
    <message>
        <source>Say what was decided.</source>
        <translation>Beschrijf wat er is besloten.</translation>
    </message>
    <message>
        <source>Write the new date as yyyy-mm-dd.</source>
        <translation>Schrijf de nieuwe datum als jjjj-mm-dd.</translation>
    </message>
    <message>
        <source>The new target must be a number.</source>
        <translation>De nieuwe streefwaarde moet een getal zijn.</translation>
    </message>
    <message>
        <source>Offer to share the lessons &amp;in the knowledge base</source>
        <translation>Aanbieden om de lessen &amp;in de kennisbank te delen</translation>
    </message>
    <message>
        <source>After recording, choose which lessons other municipalities may read</source>
        <translation>Kies na het vastleggen welke lessen andere gemeenten mogen lezen</translation>
    </message>
    <message>
        <source>A project that closes holds no interim evaluations any more; the decision log records each one cancelled.</source>
        <translation>Een project dat afsluit houdt geen tussentijdse evaluaties meer; het besluitenlog legt elke vervallen evaluatie vast.</translation>
    </message>
    <message>
        <source>Closing the project is a step of its own: Edit ▸ Undo takes it back.</source>
        <translation>Het afsluiten van het project is een eigen stap: Bewerken ▸ Ongedaan maken draait hem terug.</translation>
    </message>
    <message>
        <source>&amp;Afterwards the project is:</source>
        <translation>&amp;Daarna is het project:</translation>
    </message>
    <message>
        <source>The evaluation planned on %1 is cancelled: the project closes.</source>
        <translation>De evaluatie gepland op %1 vervalt: het project wordt afgesloten.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Cancel the %n other planned evaluation(s): %1</source>
        <translation>
            <numerusform>&amp;Laat de andere geplande evaluatie vervallen (%n): %1</numerusform>
            <numerusform>&amp;Laat de %n andere geplande evaluaties vervallen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::InterestMapTab</name>
    <message>
        <source>Brings</source>
        <translation>Brengt</translation>
    </message>
    <message>
        <source>Gets</source>
        <translation>Haalt</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Stokpaardjes</translation>
    </message>
    <message>
        <source>No goal serves these priorities yet.</source>
        <translation>Nog geen doel dient deze stokpaardjes.</translation>
    </message>
    <message>
        <source>Served by: %1</source>
        <translation>Gediend door: %1</translation>
    </message>
    <message>
        <source>Brings much, gets little: worth a talk.</source>
        <translation>Brengt veel, haalt weinig: het bespreken waard.</translation>
    </message>
    <message>
        <source>What each partner brings and gets — %1</source>
        <translation>Wat elke partner brengt en haalt — %1</translation>
    </message>
    <message>
        <source>%1 hours logged (%2% of all)</source>
        <translation>%1 uur vastgelegd (%2% van alles)</translation>
    </message>
    <message>
        <source>E&amp;xport Map…</source>
        <translation>Kaart e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Every partner&apos;s priorities are served by a goal.</source>
        <translation>De stokpaardjes van elke partner worden door een doel gediend.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) with priorities no goal serves</source>
        <translation>
            <numerusform>%n partner met stokpaardjes die geen doel dient</numerusform>
            <numerusform>%n partners met stokpaardjes die geen doel dient</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bringing much and getting little</source>
        <translation>
            <numerusform>%n die veel brengt en weinig haalt</numerusform>
            <numerusform>%n die veel brengen en weinig halen</numerusform>
        </translation>
    </message>
    <message>
        <source>Interest map — %1</source>
        <translation>Belangenkaart — %1</translation>
    </message>
    <message>
        <source>Export Interest Map</source>
        <translation>Belangenkaart exporteren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <source>interest-map-%1.png</source>
        <translation>belangenkaart-%1.png</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Views::Logo</name>
    <message>
        <source>The image cannot be read: %1</source>
        <translation>De afbeelding kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The image is too large to use as a logo.</source>
        <translation>De afbeelding is te groot om als logo te gebruiken.</translation>
    </message>
</context>
<context>
    <name>Views::MainWindow</name>
    <message>
        <source>Set up a sync server first (Sync ▸ Sync Server…).</source>
        <translation>Stel eerst een synchronisatieserver in (Synchronisatie ▸ Synchronisatieserver…).</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>The project cannot be shown</source>
        <translation>Het project kan niet worden getoond</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>De wijziging is niet opgeslagen</translation>
    </message>
    <message>
        <source>The project list could not be read: %1</source>
        <translation>De projectlijst kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>You: %1, %2</source>
        <translation>Jij: %1, %2</translation>
    </message>
    <message>
        <source>Your changes are recorded in your name.</source>
        <translation>Je wijzigingen worden op jouw naam vastgelegd.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Niet aangemeld</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>Project aan&amp;maken…</translation>
    </message>
    <message>
        <source>Start a project together with other organisations</source>
        <translation>Samen met andere organisaties een project starten</translation>
    </message>
    <message>
        <source>&amp;Edit Project…</source>
        <translation>Project &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete Project…</source>
        <translation>Project &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Manage Organisations…</source>
        <translation>Organisaties &amp;beheren…</translation>
    </message>
    <message>
        <source>New &amp;Organisation…</source>
        <translation>Organisatie &amp;aanmaken…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opn&amp;ieuw</translation>
    </message>
    <message>
        <source>&amp;Find Project</source>
        <translation>Project &amp;zoeken</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisaties</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Show &amp;Tool Bar</source>
        <translation>&amp;Werkbalk tonen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projecten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n change(s)…</source>
        <translation>
            <numerusform>%n wijziging wordt opgeslagen…</numerusform>
            <numerusform>%n wijzigingen worden opgeslagen…</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle wijzigingen opgeslagen</translation>
    </message>
    <message>
        <source>Delete Project</source>
        <translation>Project verwijderen</translation>
    </message>
    <message>
        <source>Delete the project %1? You can undo this with Edit ▸ Undo.</source>
        <translation>Het project %1 verwijderen? Je kunt dit ongedaan maken met Bewerken ▸ Ongedaan maken.</translation>
    </message>
    <message>
        <source>Leave Project</source>
        <translation>Project verlaten</translation>
    </message>
    <message>
        <source>%1 leaves the project %2 today. Its contribution stays in the history.</source>
        <translation>%1 verlaat vandaag het project %2. De bijdrage blijft bewaard in de geschiedenis.</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 van %2 rijen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n wijziging wacht</numerusform>
            <numerusform>%n wijzigingen wachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n geweigerd</numerusform>
            <numerusform>%n geweigerd</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Conflicts and Refused Changes (%1)…</source>
        <translation>&amp;Conflicten en geweigerde wijzigingen (%1)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts and Refused Changes…</source>
        <translation>&amp;Conflicten en geweigerde wijzigingen…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Nu synchroniseren</translation>
    </message>
    <message>
        <source>Send your changes to the server and fetch those of your partners</source>
        <translation>Je wijzigingen naar de server sturen en die van je partners ophalen</translation>
    </message>
    <message>
        <source>S&amp;top Syncing</source>
        <translation>Synchronisatie s&amp;toppen</translation>
    </message>
    <message>
        <source>Sync &amp;Server…</source>
        <translation>Synchronisatie&amp;server…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>S&amp;ynchronisatie</translation>
    </message>
    <message>
        <source>No sync server</source>
        <translation>Geen synchronisatieserver</translation>
    </message>
    <message numerus="yes">
        <source>%n kept aside</source>
        <translation>
            <numerusform>%n apart gezet</numerusform>
            <numerusform>%n apart gezet</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was not written</source>
        <translation>Het bestand is niet geschreven</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Opgeslagen in %1.</translation>
    </message>
    <message>
        <source>&amp;Knowledge</source>
        <translation>&amp;Kennis</translation>
    </message>
    <message>
        <source>Regie file: %1</source>
        <translation>Regie-bestand: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict oplossen</numerusform>
            <numerusform>%n conflicten oplossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) replaced</source>
        <translation>
            <numerusform>%n waarde vervangen</numerusform>
            <numerusform>%n waarden vervangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone else replaced %n of your values.</source>
        <translation>
            <numerusform>Iemand anders verving %n waarde van je.</numerusform>
            <numerusform>Iemand anders verving %n waarden van je.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed the same field as you: choose which value stays</source>
        <translation>Iemand anders wijzigde hetzelfde veld als jij: kies welke waarde blijft</translation>
    </message>
</context>
<context>
    <name>Views::CalendarActions</name>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The calendar import was stopped. Nothing was imported.</source>
        <translation>Het importeren van de agenda is gestopt. Er is niets geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added</source>
        <translation>
            <numerusform>%n item toegevoegd</numerusform>
            <numerusform>%n items toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) updated</source>
        <translation>
            <numerusform>%n item bijgewerkt</numerusform>
            <numerusform>%n items bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) already up to date</source>
        <translation>
            <numerusform>%n item was al bijgewerkt</numerusform>
            <numerusform>%n items waren al bijgewerkt</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar imported: %1.</source>
        <translation>Agenda geïmporteerd: %1.</translation>
    </message>
    <message>
        <source>&amp;Export Calendar…</source>
        <translation>Agenda &amp;exporteren…</translation>
    </message>
    <message>
        <source>Milestones and evaluations as an .ics file for your calendar: of the project shown, or of all open projects</source>
        <translation>Mijlpalen en evaluaties als .ics-bestand voor je agenda: van het getoonde project, of van alle lopende projecten</translation>
    </message>
    <message>
        <source>&amp;Import Calendar…</source>
        <translation>Agenda &amp;importeren…</translation>
    </message>
    <message>
        <source>Dates from an .ics file (council meetings, for example) as milestones of the project shown</source>
        <translation>Datums uit een .ics-bestand (bijvoorbeeld raadsvergaderingen) als mijlpalen van het getoonde project</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-bestanden (*.ics)</translation>
    </message>
    <message>
        <source>regie-all-projects.ics</source>
        <translation>regie-alle-projecten.ics</translation>
    </message>
    <message>
        <source>The calendar was not exported</source>
        <translation>De agenda is niet geëxporteerd</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to %1.</source>
        <translation>
            <numerusform>%n item geschreven naar %1.</numerusform>
            <numerusform>%n items geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>Agenda importeren</translation>
    </message>
    <message>
        <source>The calendar cannot be imported</source>
        <translation>De agenda kan niet worden geïmporteerd</translation>
    </message>
    <message>
        <source>The calendar was not imported</source>
        <translation>De agenda is niet geïmporteerd</translation>
    </message>
</context>
<context>
    <name>Views::MeasurementDialog</name>
    <message>
        <source>Measured on: %1</source>
        <translation>Gemeten op: %1</translation>
    </message>
    <message>
        <source>Add Measurement — %1</source>
        <translation>Meting toevoegen — %1</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Waarde:</translation>
    </message>
    <message>
        <source>&amp;Value (%1):</source>
        <translation>&amp;Waarde (%1):</translation>
    </message>
    <message>
        <source>&amp;Measured on:</source>
        <translation>&amp;Gemeten op:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Correct Measurement — %1</source>
        <translation>Meting corrigeren — %1</translation>
    </message>
    <message>
        <source>Why it is corrected</source>
        <translation>Waarom de meting wordt gecorrigeerd</translation>
    </message>
</context>
<context>
    <name>Views::MilestoneDialog</name>
    <message>
        <source>Due: %1</source>
        <translation>Uiterlijk: %1</translation>
    </message>
    <message>
        <source>Reached on: %1</source>
        <translation>Bereikt op: %1</translation>
    </message>
    <message>
        <source>Add Milestone</source>
        <translation>Mijlpaal toevoegen</translation>
    </message>
    <message>
        <source>Edit Milestone — %1</source>
        <translation>Mijlpaal bewerken — %1</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(niemand in het bijzonder)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Uiterlijk:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Reached on:</source>
        <translation>Bereikt &amp;op:</translation>
    </message>
    <message>
        <source>Serves the &amp;goals:</source>
        <translation>Draagt bij aan de &amp;doelen:</translation>
    </message>
    <message>
        <source>Serves the goals</source>
        <translation>Dient de doelen</translation>
    </message>
</context>
<context>
    <name>Views::MilestonesTab</name>
    <message>
        <source>This project is closed: its milestones stay as they were.</source>
        <translation>Dit project is afgesloten: de mijlpalen blijven zoals ze waren.</translation>
    </message>
    <message>
        <source>&amp;Add Milestone…</source>
        <translation>Mijlpaal &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Successes:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Successen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Milestone reached: %1! Well done, %2.</source>
        <translation>Mijlpaal bereikt: %1! Goed gedaan, %2.</translation>
    </message>
    <message>
        <source>Drag a milestone or a planned evaluation along the timeline to move its date; Edit ▸ Undo takes it back.</source>
        <translation>Sleep een mijlpaal of een geplande evaluatie over de tijdlijn om de datum te verzetten; Bewerken ▸ Ongedaan maken zet hem terug.</translation>
    </message>
    <message>
        <source>target reached: %1</source>
        <translation>streefwaarde gehaald: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Successes — %1</source>
        <translation>Successen — %1</translation>
    </message>
    <message>
        <source>Milestones and evaluations</source>
        <translation>Mijlpalen en evaluaties</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Vandaag</translation>
    </message>
    <message>
        <source>Show today on the timeline</source>
        <translation>Vandaag tonen op de tijdlijn</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
</context>
<context>
    <name>Views::OrganisationDialog</name>
    <message>
        <source>New Organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>For example Gemeente Dordrecht</source>
        <translation>Bijvoorbeeld Gemeente Dordrecht</translation>
    </message>
    <message>
        <source>CBS code, for example GM0505</source>
        <translation>CBS-code, bijvoorbeeld GM0505</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Municipality &amp;code:</source>
        <translation>Gemeente&amp;code:</translation>
    </message>
    <message>
        <source>Edit Organisation — %1</source>
        <translation>Organisatie bewerken — %1</translation>
    </message>
</context>
<context>
    <name>Views::OrganisationsDialog</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Search by name or municipality code…</source>
        <translation>Zoeken op naam of gemeentecode…</translation>
    </message>
    <message>
        <source>Delete Organisation</source>
        <translation>Organisatie verwijderen</translation>
    </message>
    <message>
        <source>Delete %1? An organisation that still takes part in a project cannot be deleted.</source>
        <translation>%1 verwijderen? Een organisatie die nog aan een project deelneemt, kan niet worden verwijderd.</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Organisaties zoeken</translation>
    </message>
</context>
<context>
    <name>Views::OverviewTab</name>
    <message>
        <source>Ambition:</source>
        <translation>Ambitie:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Doel:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgentie:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Who held the regie</source>
        <translation>Wie had de regie</translation>
    </message>
    <message>
        <source>%1 — closed projects are read-only</source>
        <translation>%1 — afgesloten projecten zijn alleen-lezen</translation>
    </message>
    <message>
        <source>No dates set</source>
        <translation>Geen datums ingesteld</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Vanaf %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Tot en met %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
</context>
<context>
    <name>Views::ParticipationDialog</name>
    <message>
        <source>Not in the list? &amp;New Organisation…</source>
        <translation>Niet in de lijst? Organisatie &amp;aanmaken…</translation>
    </message>
    <message>
        <source>Money, hours, knowledge, assets…</source>
        <translation>Geld, uren, kennis, middelen…</translation>
    </message>
    <message>
        <source>What it wants to get out of the collaboration</source>
        <translation>Wat het uit de samenwerking wil halen</translation>
    </message>
    <message>
        <source>Its own priorities (stokpaardjes)</source>
        <translation>Eigen prioriteiten (stokpaardjes)</translation>
    </message>
    <message>
        <source>What its people may decide on their own</source>
        <translation>Waarover de eigen mensen zelf mogen beslissen</translation>
    </message>
    <message>
        <source>Add Partner</source>
        <translation>Partner toevoegen</translation>
    </message>
    <message>
        <source>Search by name or municipality code…</source>
        <translation>Zoeken op naam of gemeentecode…</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Brings:</source>
        <translation>&amp;Brengt:</translation>
    </message>
    <message>
        <source>&amp;Gets:</source>
        <translation>&amp;Haalt:</translation>
    </message>
    <message>
        <source>&amp;Priorities:</source>
        <translation>&amp;Stokpaardjes:</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>&amp;Mandaat:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>&amp;Toegetreden op:</translation>
    </message>
    <message>
        <source>Edit Partner — %1</source>
        <translation>Partner bewerken — %1</translation>
    </message>
    <message>
        <source>The lead changes only by a hand-over.</source>
        <translation>De regie wisselt alleen via een overdracht.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
</context>
<context>
    <name>Views::PartnersTab</name>
    <message>
        <source>Only the organisation with the regie (%1) hands it over.</source>
        <translation>Alleen de organisatie met de regie (%1) draagt die over.</translation>
    </message>
    <message>
        <source>&amp;Add Partner…</source>
        <translation>Partner &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Edit &amp;Partner…</source>
        <translation>Partner b&amp;ewerken…</translation>
    </message>
    <message>
        <source>&amp;Leave Project…</source>
        <translation>Project ver&amp;laten…</translation>
    </message>
    <message>
        <source>&amp;Hand Over the Regie…</source>
        <translation>&amp;Regie overdragen…</translation>
    </message>
    <message>
        <source>Show &amp;Former Partners</source>
        <translation>&amp;Vertrokken partners tonen</translation>
    </message>
    <message>
        <source>Let another organisation join this project</source>
        <translation>Een andere organisatie aan dit project laten deelnemen</translation>
    </message>
    <message>
        <source>Edit what the selected partner brings and gets</source>
        <translation>Bewerken wat de geselecteerde partner brengt en haalt</translation>
    </message>
    <message>
        <source>Make another partner the lead organisation (the regie)</source>
        <translation>De regie overdragen aan een andere partner</translation>
    </message>
    <message>
        <source>Also list organisations that have left the project</source>
        <translation>Ook organisaties tonen die het project hebben verlaten</translation>
    </message>
    <message>
        <source>One organisation holds the regie: it directs the collaboration, without being the boss of the others. Hand the regie over to change it; who led when is kept.</source>
        <translation>Eén organisatie voert de regie: zij stuurt de samenwerking aan, zonder de baas te zijn van de anderen. Draag de regie over om dit te veranderen; wie wanneer de regie had, blijft bewaard.</translation>
    </message>
    <message>
        <source>The lead cannot leave: hand the regie over first</source>
        <translation>De organisatie met de regie kan niet vertrekken: draag de regie eerst over</translation>
    </message>
    <message>
        <source>The selected partner leaves the project; its history stays</source>
        <translation>De geselecteerde partner verlaat het project; de geschiedenis blijft bewaard</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
</context>
<context>
    <name>Views::ProgressTab</name>
    <message>
        <source>What did you do? For example: 2,5u wijkavond voorbereid 40% — then Enter</source>
        <translation>Wat heb je gedaan? Bijvoorbeeld: 2,5u wijkavond voorbereid 40% — en dan Enter</translation>
    </message>
    <message>
        <source>The milestone this work was for (optional)</source>
        <translation>De mijlpaal waar dit werk bij hoort (optioneel)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dit kwartaal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Vorig kwartaal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>&amp;Log:</source>
        <translation>&amp;Vastleggen:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>Who contributes what (hours in the entries shown by the filter)</source>
        <translation>Wie draagt wat bij (uren in de regels die het filter toont)</translation>
    </message>
    <message>
        <source>This project is closed: its log is kept, nothing can be added.</source>
        <translation>Dit project is afgesloten: het voortgangslogboek blijft bewaard, er kan niets meer bij.</translation>
    </message>
    <message>
        <source>Choose who you are (File ▸ Who Am I) to log progress.</source>
        <translation>Kies wie je bent (Bestand ▸ Wie ben ik) om voortgang vast te leggen.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle organisaties</translation>
    </message>
    <message>
        <source>All milestones</source>
        <translation>Alle mijlpalen</translation>
    </message>
    <message>
        <source>No milestone</source>
        <translation>Geen mijlpaal</translation>
    </message>
    <message>
        <source>Logged: %1</source>
        <translation>Vastgelegd: %1</translation>
    </message>
    <message>
        <source>%1 h, %2</source>
        <translation>%1 u, %2</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Corrigeren…</translation>
    </message>
    <message>
        <source>Log a correction of the chosen entry of your organisation; the entry itself stays.</source>
        <translation>Leg een correctie vast op de gekozen regel van je organisatie; de regel zelf blijft staan.</translation>
    </message>
    <message>
        <source>Correct Entry</source>
        <translation>Regel corrigeren</translation>
    </message>
    <message>
        <source>%1, %2: %3 h, “%4”</source>
        <translation>%1, %2: %3 u, “%4”</translation>
    </message>
    <message>
        <source> h</source>
        <translation> u</translation>
    </message>
    <message>
        <source>Why, for example: was two hours, not three</source>
        <translation>Waarom, bijvoorbeeld: was twee uur, geen drie</translation>
    </message>
    <message>
        <source>&amp;Right number of hours:</source>
        <translation>&amp;Juiste aantal uren:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>Entries are never changed: to put one of your organisation&apos;s right, choose it and Correct…; the correction is logged beside it.</source>
        <translation>Regels worden nooit gewijzigd: kies een regel van je organisatie en Corrigeren… om hem recht te zetten; de correctie komt ernaast.</translation>
    </message>
    <message>
        <source>Your organisation does not take part in this project, or your account on the server may only read: the log is shown, not added to.</source>
        <translation>Je organisatie doet niet mee aan dit project, of je account op de server mag alleen lezen: het logboek wordt getoond, niet aangevuld.</translation>
    </message>
    <message>
        <source>Progress log</source>
        <translation>Voortgangslogboek</translation>
    </message>
    <message>
        <source>Who contributes what</source>
        <translation>Wie draagt wat bij</translation>
    </message>
</context>
<context>
    <name>Views::ProjectDelegate</name>
    <message>
        <source>No lead organisation yet</source>
        <translation>Nog geen regie</translation>
    </message>
    <message>
        <source>Regie: %1</source>
        <translation>Regie: %1</translation>
    </message>
</context>
<context>
    <name>Views::ProjectDialog</name>
    <message>
        <source>Start: %1</source>
        <translation>Begin: %1</translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation>Einde: %1</translation>
    </message>
    <message>
        <source>What do the partners want to achieve together?</source>
        <translation>Wat willen de partners samen bereiken?</translation>
    </message>
    <message>
        <source>What binds the partners? (required)</source>
        <translation>Wat bindt de partners? (verplicht)</translation>
    </message>
    <message>
        <source>Why is it urgent, why now? (required)</source>
        <translation>Waarom is het urgent, waarom nu? (verplicht)</translation>
    </message>
    <message>
        <source>Choose &amp;Logo…</source>
        <translation>&amp;Logo kiezen…</translation>
    </message>
    <message>
        <source>&amp;Remove Logo</source>
        <translation>Logo &amp;verwijderen</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <source>A name the partners recognise (required)</source>
        <translation>Een naam die de partners herkennen (verplicht)</translation>
    </message>
    <message>
        <source>One line that gives the ambition a face</source>
        <translation>Eén regel die de ambitie een gezicht geeft</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Slogan:</source>
        <translation>&amp;Slogan:</translation>
    </message>
    <message>
        <source>&amp;Ambition:</source>
        <translation>&amp;Ambitie:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgentie:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Lead (regie):</source>
        <translation>&amp;Regie:</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Edit Project — %1</source>
        <translation>Project bewerken — %1</translation>
    </message>
    <message>
        <source>No lead organisation yet</source>
        <translation>Nog geen regie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Logo kiezen</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Afbeeldingen (%1)</translation>
    </message>
    <message>
        <source>An active project needs a lead organisation (the regie).</source>
        <translation>Een actief project heeft een organisatie nodig die de regie voert.</translation>
    </message>
    <message>
        <source>This project is closed: only its status can change.</source>
        <translation>Dit project is afgesloten: alleen de status kan nog veranderen.</translation>
    </message>
    <message>
        <source>To change the lead, use Hand Over the Regie on the Partners tab.</source>
        <translation>Gebruik Regie overdragen op het tabblad Partners om de regie te wijzigen.</translation>
    </message>
    <message>
        <source>The lead organisation directs the collaboration. An active project needs one; an idea may start without.</source>
        <translation>De organisatie met de regie stuurt de samenwerking aan. Een actief project kan daar niet zonder; een idee mag zonder regie beginnen.</translation>
    </message>
    <message>
        <source>Edit project %1</source>
        <translation>Project %1 bewerken</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
</context>
<context>
    <name>Views::ProjectHeader</name>
    <message>
        <source>Regie: %1</source>
        <translation>Regie: %1</translation>
    </message>
    <message>
        <source>%1 directs this collaboration as lead organisation.</source>
        <translation>%1 voert de regie over deze samenwerking.</translation>
    </message>
    <message>
        <source>No lead organisation — an active project needs one</source>
        <translation>Geen regie — een actief project kan daar niet zonder</translation>
    </message>
    <message>
        <source>No lead organisation yet</source>
        <translation>Nog geen regie</translation>
    </message>
    <message>
        <source>Add a partner with the lead role to give this project its regie.</source>
        <translation>Voeg een partner toe met de rol Regie, zodat iemand de regie over dit project voert.</translation>
    </message>
</context>
<context>
    <name>Views::ProjectKnowledgeTab</name>
    <message>
        <source>Nothing has been shared from this project yet. Share the lessons of a held evaluation on the Evaluations tab, or write an item in the knowledge base.</source>
        <translation>Uit dit project is nog niets gedeeld. Deel de lessen van een gehouden evaluatie op het tabblad Evaluaties, of schrijf een item in de kennisbank.</translation>
    </message>
    <message>
        <source>&amp;Open in the Knowledge Base</source>
        <translation>&amp;Openen in de kennisbank</translation>
    </message>
    <message>
        <source>Read the chosen item, with who took it up (Enter)</source>
        <translation>Het gekozen item lezen, en zien wie het overnam (Enter)</translation>
    </message>
    <message>
        <source>Knowledge shared by this project</source>
        <translation>Kennis die dit project deelde</translation>
    </message>
</context>
<context>
    <name>Views::ProjectListPanel</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>Show the overview of all projects: overdue milestones, goals off track, evaluations to come (Alt+Home)</source>
        <translation>Toon het overzicht van alle projecten: mijlpalen over de datum, doelen uit koers, komende evaluaties (Alt+Home)</translation>
    </message>
    <message>
        <source>Show closed projects</source>
        <translation>Afgesloten projecten tonen</translation>
    </message>
    <message>
        <source>Show &amp;Closed Projects</source>
        <translation>&amp;Afgesloten projecten tonen</translation>
    </message>
    <message>
        <source>Search projects, their regie, goals or milestones…</source>
        <translation>Zoeken in projecten, regie, doelen of mijlpalen…</translation>
    </message>
    <message>
        <source>Completed and stopped projects stay searchable for their lessons.</source>
        <translation>Afgeronde en gestopte projecten blijven vindbaar, zodat je van ze kunt leren.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <source>No projects yet.
Create one with Project ▸ New Project.</source>
        <translation>Nog geen projecten.
Maak er een aan met Project ▸ Project aanmaken.</translation>
    </message>
    <message>
        <source>No project matches “%1”.</source>
        <translation>Geen project komt overeen met “%1”.</translation>
    </message>
    <message>
        <source>Closed projects are listed now, so that this one stays in view.</source>
        <translation>Afgesloten projecten staan nu ook in de lijst.</translation>
    </message>
    <message>
        <source>Search projects</source>
        <translation>Projecten zoeken</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
</context>
<context>
    <name>Views::ProjectPage</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partners</translation>
    </message>
    <message>
        <source>Choose a project on the left, or create one with Project ▸ New Project.</source>
        <translation>Kies links een project, of maak er een aan met Project ▸ Project aanmaken.</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>Doele&amp;n</translation>
    </message>
    <message>
        <source>P&amp;rogress</source>
        <translation>Voort&amp;gang</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>&amp;Mijlpalen</translation>
    </message>
    <message>
        <source>&amp;Interests</source>
        <translation>&amp;Halen en brengen</translation>
    </message>
    <message>
        <source>E&amp;valuations</source>
        <translation>E&amp;valuaties</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Kno&amp;wledge</source>
        <translation>K&amp;ennis</translation>
    </message>
</context>
<context>
    <name>Views::PublishLessonsDialog</name>
    <message>
        <source>Share the Lessons — %1</source>
        <translation>Lessen delen — %1</translation>
    </message>
    <message>
        <source>Other municipalities can learn from what %1 learned. Each lesson you tick becomes a lesson in the knowledge base, linked to the project; check how it reads first.</source>
        <translation>Andere gemeenten kunnen leren van wat %1 leerde. Elke les die je aanvinkt, wordt een les in de kennisbank, gekoppeld aan het project; kijk eerst hoe die leest.</translation>
    </message>
    <message>
        <source>What others should find it by</source>
        <translation>Waarop anderen het moeten vinden</translation>
    </message>
    <message>
        <source>For example: Warmtetransitie, Participatie</source>
        <translation>Bijvoorbeeld: Warmtetransitie, Participatie</translation>
    </message>
    <message>
        <source>Topics for every lesson shared here, separated by commas</source>
        <translation>Onderwerpen voor elke les die je hier deelt, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>Samen&amp;vatting:</translation>
    </message>
    <message>
        <source>&amp;Who may read it:</source>
        <translation>&amp;Wie mag het lezen:</translation>
    </message>
    <message>
        <source>T&amp;opics of all:</source>
        <translation>&amp;Onderwerpen van alle:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publiceren</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Niet nu</translation>
    </message>
    <message>
        <source>Lesson %1: %2</source>
        <translation>Les %1: %2</translation>
    </message>
</context>
<context>
    <name>Views::ServerDialog</name>
    <message>
        <source>Use an encrypted connection and check the server&apos;s certificate</source>
        <translation>Een versleutelde verbinding gebruiken en het certificaat van de server controleren</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Het wachtwoord onthouden in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <source>Sync Server</source>
        <translation>Synchronisatieserver</translation>
    </message>
    <message>
        <source>regie.example.nl</source>
        <translation>regie.example.nl</translation>
    </message>
    <message>
        <source>The certificate authority&apos;s file (optional)</source>
        <translation>Het bestand van de certificaatautoriteit (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Your projects stay on this computer and are shared through the server of your collaboration. Ask its administrator for these details.</source>
        <translation>Je projecten blijven op deze computer staan en worden gedeeld via de server van je samenwerking. Vraag de beheerder van die server om deze gegevens.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation>&amp;Certificaatautoriteit:</translation>
    </message>
</context>
<context>
    <name>Views::TimelineGanttProxy</name>
    <message>
        <source>Milestones and evaluations</source>
        <translation>Mijlpalen en evaluaties</translation>
    </message>
</context>
<context>
    <name>Views::WelcomeDialog</name>
    <message>
        <source>I work for an organisation in this &amp;list:</source>
        <translation>Ik werk voor een organisatie in deze &amp;lijst:</translation>
    </message>
    <message>
        <source>My organisation is &amp;not in the list yet:</source>
        <translation>Mijn organisatie staat &amp;nog niet in de lijst:</translation>
    </message>
    <message>
        <source>Load the &amp;Demo Region</source>
        <translation>&amp;Demoregio laden</translation>
    </message>
    <message>
        <source>Welcome to Regie</source>
        <translation>Welkom bij Regie</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Regie&lt;/h3&gt;&lt;p&gt;Regie helps organisations run projects together: one of them holds the regie, every partner stays in its own organisation. First tell Regie who you are. Your colleagues in other organisations see your name next to your changes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Welkom bij Regie&lt;/h3&gt;&lt;p&gt;Regie helpt organisaties om samen projecten uit te voeren: één van hen voert de regie, elke partner blijft in de eigen organisatie. Vertel Regie eerst wie je bent. Je collega&apos;s bij andere organisaties zien je naam bij je wijzigingen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search by name or municipality code…</source>
        <translation>Zoeken op naam of gemeentecode…</translation>
    </message>
    <message>
        <source>For example Gemeente Dordrecht</source>
        <translation>Bijvoorbeeld Gemeente Dordrecht</translation>
    </message>
    <message>
        <source>CBS code, for example GM0505</source>
        <translation>CBS-code, bijvoorbeeld GM0505</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Je volledige naam</translation>
    </message>
    <message>
        <source>Try Regie with real municipality names and invented projects.</source>
        <translation>Probeer Regie uit met echte gemeentenamen en verzonnen projecten.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;aam:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>S&amp;oort:</translation>
    </message>
    <message>
        <source>Municipality &amp;code:</source>
        <translation>Gemeente&amp;code:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Je naam:</translation>
    </message>
    <message>
        <source>Choose your organisation in the list.</source>
        <translation>Kies je organisatie in de lijst.</translation>
    </message>
</context>
<context>
    <name>Model::KnowledgeSearchModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, on the server</source>
        <translation>%1 — %2, op de server</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>op de server</translation>
    </message>
</context>
<context>
    <name>Views::KnowledgeActions</name>
    <message>
        <source>Open the &amp;Knowledge Base</source>
        <translation>&amp;Kennisbank openen</translation>
    </message>
    <message>
        <source>&amp;Share Knowledge…</source>
        <translation>Kennis &amp;delen…</translation>
    </message>
    <message>
        <source>&amp;Reuse Overview…</source>
        <translation>&amp;Hergebruikoverzicht…</translation>
    </message>
    <message>
        <source>Search and share what municipalities learned (%1)</source>
        <translation>Zoek en deel wat gemeenten leerden (%1)</translation>
    </message>
</context>
<context>
    <name>Views::KnowledgeItemDialog</name>
    <message>
        <source>Answer the question</source>
        <translation>De vraag beantwoorden</translation>
    </message>
    <message>
        <source>New Knowledge Item</source>
        <translation>Nieuw kennisitem</translation>
    </message>
    <message>
        <source>Edit — %1</source>
        <translation>Bewerken — %1</translation>
    </message>
    <message>
        <source>What others should find it by</source>
        <translation>Waarop anderen het moeten vinden</translation>
    </message>
    <message>
        <source>Plain text or Markdown: # heading, *italic*, **bold**, - list</source>
        <translation>Gewone tekst of Markdown: # kop, *cursief*, **vet**, - lijst</translation>
    </message>
    <message>
        <source>For example: Warmtetransitie, Participatie</source>
        <translation>Bijvoorbeeld: Warmtetransitie, Participatie</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>Samen&amp;vatting:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>&amp;Onderwerpen:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>T&amp;refwoorden:</translation>
    </message>
    <message>
        <source>&amp;Who may read it:</source>
        <translation>&amp;Wie mag het lezen:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
</context>
<context>
    <name>Views::KnowledgeReader</name>
    <message>
        <source>Choose an item on the left to read it.</source>
        <translation>Kies links een item om het te lezen.</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>gepubliceerd %1</translation>
    </message>
    <message>
        <source>From the project %1</source>
        <translation>Uit het project %1</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Onderwerpen: %1</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Onderwerpen:</translation>
    </message>
    <message>
        <source>Who knows about %1?</source>
        <translation>Wie weet iets van %1?</translation>
    </message>
    <message>
        <source>Show the project</source>
        <translation>Het project tonen</translation>
    </message>
    <message>
        <source>From a project that is not shared with you</source>
        <translation>Uit een project dat niet met je gedeeld is</translation>
    </message>
</context>
<context>
    <name>Views::KnowledgeVersionsDialog</name>
    <message>
        <source>Versions — %1</source>
        <translation>Versies — %1</translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation>Versie %1 — %2</translation>
    </message>
    <message>
        <source>Version %1 — %2, %3</source>
        <translation>Versie %1 — %2, %3</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>Deze versie &amp;terugzetten</translation>
    </message>
</context>
<context>
    <name>Views::KnowledgeWindow</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versies…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Beantwoorden…</translation>
    </message>
    <message>
        <source>&amp;Record reuse…</source>
        <translation>&amp;Hergebruik vastleggen…</translation>
    </message>
    <message>
        <source>This answer &amp;helped</source>
        <translation>Dit antwoord &amp;hielp</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>Knowledge Base — Regie</source>
        <translation>Kennisbank — Regie</translation>
    </message>
    <message>
        <source>Search the knowledge base: words, &quot;a phrase&quot;, the start of a word…</source>
        <translation>Zoek in de kennisbank: woorden, &quot;een zinsdeel&quot;, het begin van een woord…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>Write a lesson, a practice, a document or a question (%1)</source>
        <translation>Schrijf een les, een praktijkvoorbeeld, een document of een vraag (%1)</translation>
    </message>
    <message>
        <source>Reuse &amp;overview…</source>
        <translation>Hergebruik&amp;overzicht…</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Wat ze ermee deden</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Why, or what changed</source>
        <translation>Waarom, of wat er anders is</translation>
    </message>
    <message>
        <source>Recently changed: %1</source>
        <translation>Recent gewijzigd: %1</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Gevonden: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Niets gevonden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unknown organisation</source>
        <translation>Onbekende organisatie</translation>
    </message>
    <message>
        <source>How it turned out: %1</source>
        <translation>Hoe het uitpakte: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>✔ Helped: %1</source>
        <translation>✔ Hielp: %1</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>Kies eerst een item.</translation>
    </message>
    <message>
        <source>Only %1 changes this item: it is theirs.</source>
        <translation>Alleen %1 wijzigt dit item: het is van hen.</translation>
    </message>
    <message>
        <source>its organisation</source>
        <translation>de eigen organisatie</translation>
    </message>
    <message>
        <source>Reuse is recorded by the organisations that take an item up.</source>
        <translation>Hergebruik leggen de organisaties vast die een item overnemen.</translation>
    </message>
    <message>
        <source>Record what your organisation did with this item</source>
        <translation>Leg vast wat je organisatie met dit item deed</translation>
    </message>
    <message>
        <source>Mark the chosen answer as the one that helped</source>
        <translation>Markeer het gekozen antwoord als het antwoord dat hielp</translation>
    </message>
    <message>
        <source>Delete Knowledge Item</source>
        <translation>Kennisitem verwijderen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Undo (%2) brings it back.</source>
        <translation>&quot;%1&quot; verwijderen? Ongedaan maken (%2) haalt het terug.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>Who &amp;knows about this…</source>
        <translation>Wie &amp;weet hiervan…</translation>
    </message>
    <message>
        <source>The people who wrote, answered or took up items on a topic, and those who may be asked</source>
        <translation>De mensen die over een onderwerp schreven, antwoordden of iets overnamen, en wie je mag vragen</translation>
    </message>
    <message>
        <source>“%1” is on the server, not yet on this laptop: it comes with a sync.</source>
        <translation>“%1” staat op de server en nog niet op deze laptop: het komt met een synchronisatie.</translation>
    </message>
    <message>
        <source>Found: %1, and %2 more on the server</source>
        <translation>Gevonden: %1, en nog %2 op de server</translation>
    </message>
    <message>
        <source>%1 The server could not be searched.</source>
        <translation>%1 Op de server zoeken lukte niet.</translation>
    </message>
    <message>
        <source>In project</source>
        <translation>In project</translation>
    </message>
    <message>
        <source>(not shared with you)</source>
        <translation>(niet met je gedeeld)</translation>
    </message>
    <message>
        <source>Record the &amp;outcome…</source>
        <translation>&amp;Uitkomst vastleggen…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Zoeken in de kennisbank</translation>
    </message>
</context>
<context>
    <name>Views::ReusePanel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Wat ze ermee deden</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Why, or what changed</source>
        <translation>Waarom, of wat er anders is</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unknown organisation</source>
        <translation>Onbekende organisatie</translation>
    </message>
    <message>
        <source>How it turned out: %1</source>
        <translation>Hoe het uitpakte: %1</translation>
    </message>
    <message>
        <source>In project</source>
        <translation>In project</translation>
    </message>
    <message>
        <source>(not shared with you)</source>
        <translation>(niet met je gedeeld)</translation>
    </message>
    <message>
        <source>Who took it up</source>
        <translation>Wie het overnam</translation>
    </message>
</context>
<context>
    <name>Views::ReuseDialog</name>
    <message>
        <source>Reuse of %1</source>
        <translation>Hergebruik van %1</translation>
    </message>
    <message>
        <source>&amp;What did you do with it:</source>
        <translation>&amp;Wat deed je ermee:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Sinds:</translation>
    </message>
    <message>
        <source>&amp;Why not:</source>
        <translation>&amp;Waarom niet:</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>&amp;Toelichting:</translation>
    </message>
    <message>
        <source>&amp;How it turned out:</source>
        <translation>&amp;Hoe het uitpakte:</translation>
    </message>
    <message>
        <source>What did you change, and why?</source>
        <translation>Wat heb je veranderd, en waarom?</translation>
    </message>
    <message>
        <source>Why not? Others learn from this too.</source>
        <translation>Waarom niet? Ook daarvan leren anderen.</translation>
    </message>
    <message>
        <source>Not in a project</source>
        <translation>Niet in een project</translation>
    </message>
    <message>
        <source>A project you no longer take part in</source>
        <translation>Een project waaraan je niet meer deelneemt</translation>
    </message>
    <message>
        <source>Which of your organisation&apos;s projects took it up</source>
        <translation>Welk project van je organisatie het overnam</translation>
    </message>
    <message>
        <source>Fill this in later, when you know: what did it bring?</source>
        <translation>Vul dit later in, als je het weet: wat leverde het op?</translation>
    </message>
    <message>
        <source>In &amp;project:</source>
        <translation>In &amp;project:</translation>
    </message>
    <message>
        <source>How did it turn out — %1</source>
        <translation>Hoe pakte het uit — %1</translation>
    </message>
</context>
<context>
    <name>Views::ReuseOverviewDialog</name>
    <message>
        <source>Knowledge item</source>
        <translation>Kennisitem</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Items taken up</source>
        <translation>Overgenomen items</translation>
    </message>
    <message>
        <source>Times taken up</source>
        <translation>Keer overgenomen</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <source>First reuse</source>
        <translation>Eerste hergebruik</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Times opened</source>
        <translation>Keer geopend</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Wat ze zeiden</translation>
    </message>
    <message>
        <source>Reuse Overview</source>
        <translation>Hergebruikoverzicht</translation>
    </message>
    <message>
        <source>Most reused</source>
        <translation>Meest hergebruikt</translation>
    </message>
    <message>
        <source>Reuse most</source>
        <translation>Hergebruiken het meest</translation>
    </message>
    <message>
        <source>Reused most</source>
        <translation>Meest hergebruikt door anderen</translation>
    </message>
    <message>
        <source>Time to first reuse</source>
        <translation>Tijd tot eerste hergebruik</translation>
    </message>
    <message>
        <source>Consulted, never reused</source>
        <translation>Geraadpleegd, nooit hergebruikt</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Waarom niet</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exporteren als CSV…</translation>
    </message>
    <message>
        <source>No knowledge item has been taken up by another organisation yet.</source>
        <translation>Nog geen kennisitem is door een andere organisatie overgenomen.</translation>
    </message>
    <message>
        <source>Items taken up by other organisations: %1. Half of them were taken up within %2 days of publication.</source>
        <translation>Door andere organisaties overgenomen items: %1. De helft werd binnen %2 dagen na publicatie overgenomen.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Export Reuse Overview</source>
        <translation>Hergebruikoverzicht exporteren</translation>
    </message>
    <message>
        <source>reuse-overview.csv</source>
        <translation>hergebruikoverzicht.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>Counting the reuse of the knowledge base…</source>
        <translation>Het hergebruik van de kennisbank wordt geteld…</translation>
    </message>
</context>
<context>
    <name>Views::AttachmentPanel</name>
    <message>
        <source>A&amp;ttach File…</source>
        <translation>Bes&amp;tand bijvoegen…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Drop files here to attach them</source>
        <translation>Sleep bestanden hierheen om ze bij te voegen</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>%1 (%2, no text)</source>
        <translation>%1 (%2, geen tekst)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No words could be read from this file: search does not find it by its content.</source>
        <translation>Uit dit bestand konden geen woorden worden gelezen: zoeken vindt het niet op zijn inhoud.</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>Kies eerst een item.</translation>
    </message>
    <message>
        <source>Attach a file (or drop files here); up to %1 each</source>
        <translation>Voeg een bestand bij (of sleep bestanden hierheen); tot %1 per bestand</translation>
    </message>
    <message>
        <source>Attach Files to %1</source>
        <translation>Bestanden bijvoegen bij %1</translation>
    </message>
    <message>
        <source>Attaching %1…</source>
        <translation>%1 wordt bijgevoegd…</translation>
    </message>
    <message>
        <source>Stopped: nothing was attached.</source>
        <translation>Gestopt: er is niets bijgevoegd.</translation>
    </message>
    <message>
        <source>Attach File</source>
        <translation>Bestand bijvoegen</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wordt geopend…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestopt.</translation>
    </message>
    <message>
        <source>Open Attachment</source>
        <translation>Bijlage openen</translation>
    </message>
    <message>
        <source>Fetching %1 from the server…</source>
        <translation>%1 wordt van de server opgehaald…</translation>
    </message>
    <message>
        <source>&amp;Keep Offline</source>
        <translation>Offline &amp;bewaren</translation>
    </message>
    <message>
        <source>Fetch the file from the server now, so that it opens without a connection</source>
        <translation>Haal het bestand nu van de server, zodat het ook zonder verbinding opent</translation>
    </message>
    <message>
        <source>%1 is kept on this computer.</source>
        <translation>%1 wordt op deze computer bewaard.</translation>
    </message>
</context>
<context>
    <name>App::SyncController</name>
    <message>
        <source>This file is not on this computer, and no sync server is set to fetch it from.</source>
        <translation>Dit bestand staat niet op deze computer, en er is geen synchronisatieserver ingesteld om het op te halen.</translation>
    </message>
</context>
<context>
    <name>Model::KnowledgeExpertListModel</name>
    <message>
        <source>Someone unknown here</source>
        <translation>Iemand die hier onbekend is</translation>
    </message>
    <message>
        <source>Someone at %1</source>
        <translation>Iemand van %1</translation>
    </message>
    <message>
        <source>Unknown organisation</source>
        <translation>Onbekende organisatie</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n</source>
        <translation>
            <numerusform>schreef %n</numerusform>
            <numerusform>schreef %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>answered %n</source>
        <translation>
            <numerusform>beantwoordde %n</numerusform>
            <numerusform>beantwoordde %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>took up %n</source>
        <translation>
            <numerusform>nam %n over</numerusform>
            <numerusform>nam %n over</numerusform>
        </translation>
    </message>
    <message>
        <source>May be asked</source>
        <translation>Mag gevraagd worden</translation>
    </message>
    <message>
        <source>May be asked: %1</source>
        <translation>Mag gevraagd worden: %1</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>What they did on it</source>
        <translation>Wat die ermee deed</translation>
    </message>
    <message>
        <source>Ask them</source>
        <translation>Vragen</translation>
    </message>
</context>
<context>
    <name>Views::WhoKnowsDialog</name>
    <message>
        <source>Who Knows About This — Regie</source>
        <translation>Wie weet hiervan — Regie</translation>
    </message>
    <message>
        <source>How and when to ask you, for example &quot;by e-mail, on Tuesdays&quot; (optional)</source>
        <translation>Hoe en wanneer men je kan vragen, bijvoorbeeld &quot;per e-mail, op dinsdag&quot; (niet verplicht)</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>Tell Regie who works on this laptop first.</source>
        <translation>Vertel Regie eerst wie er op deze laptop werkt.</translation>
    </message>
    <message>
        <source>Your role on the server only reads the knowledge base.</source>
        <translation>Met je rol op de server lees je de kennisbank alleen.</translation>
    </message>
    <message>
        <source>Choose or type a topic first.</source>
        <translation>Kies of typ eerst een onderwerp.</translation>
    </message>
    <message>
        <source>I no longer want to be asked about this</source>
        <translation>Ik wil hierover niet meer gevraagd worden</translation>
    </message>
    <message>
        <source>I want to be asked about this</source>
        <translation>Ik wil hierover gevraagd worden</translation>
    </message>
    <message>
        <source>Withdraw your offer to be asked about %1</source>
        <translation>Trek je aanbod in om over %1 gevraagd te worden</translation>
    </message>
    <message>
        <source>Let others know they may ask you about %1</source>
        <translation>Laat anderen weten dat ze je over %1 mogen vragen</translation>
    </message>
    <message>
        <source>Choose a topic to see who knows about it.</source>
        <translation>Kies een onderwerp om te zien wie ervan weet.</translation>
    </message>
    <message>
        <source>Nobody wrote, answered or took up anything on %1 yet, and nobody offers to be asked.</source>
        <translation>Nog niemand schreef, antwoordde of nam iets over op %1, en niemand biedt aan gevraagd te worden.</translation>
    </message>
    <message>
        <source>People who offer to be asked come first; then those who wrote, answered or took up items on %1.</source>
        <translation>Eerst wie aanbiedt gevraagd te worden; dan wie over %1 schreef, antwoordde of iets overnam.</translation>
    </message>
</context>
<context>
    <name>Views::DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Type a date as 31-12-2026, 31122026 or 1-2-26, or &quot;vandaag&quot;; Alt+Down opens the calendar.</source>
        <translation>Typ een datum als 31-12-2026, 31122026 of 1-2-26, of „vandaag”; Alt+Omlaag opent de kalender.</translation>
    </message>
    <message>
        <source>Choose from the calendar</source>
        <translation>Kies uit de kalender</translation>
    </message>
    <message>
        <source>no date (dd-mm-yyyy)</source>
        <translation>geen datum (dd-mm-jjjj)</translation>
    </message>
    <message>
        <source>A date is needed.</source>
        <translation>Er is een datum nodig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as 31-12-2026.</source>
        <translation>„%1” is geen datum: typ hem als 31-12-2026.</translation>
    </message>
    <message>
        <source>The date cannot be before %1.</source>
        <translation>De datum kan niet vóór %1 liggen.</translation>
    </message>
    <message>
        <source>The date cannot be after %1.</source>
        <translation>De datum kan niet na %1 liggen.</translation>
    </message>
</context>
<context>
    <name>Views::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Over %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Over</translation>
    </message>
    <message>
        <source>&amp;Credits</source>
        <translation>&amp;Makers</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licentie</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <source>Report a problem: %1</source>
        <translation>Een probleem melden: %1</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Gemaakt door</translation>
    </message>
    <message>
        <source>With thanks to</source>
        <translation>Met dank aan</translation>
    </message>
    <message>
        <source>Built on</source>
        <translation>Gebouwd op</translation>
    </message>
    <message>
        <source>%1 is free software under the licence %2: you may use, share and change it. It comes without any warranty. The licence text is in English, its binding language.</source>
        <translation>%1 is vrije software onder de licentie %2: je mag het gebruiken, delen en aanpassen. Het komt zonder enige garantie. De licentietekst is Engelstalig: dat is de bindende taal.</translation>
    </message>
</context>
<context>
    <name>Views::HandbookDialog</name>
    <message>
        <source>Regie Handbook</source>
        <translation>Handleiding Regie</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhoud</translation>
    </message>
</context>
<context>
    <name>Views::HelpActions</name>
    <message>
        <source>&amp;Handbook</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>&amp;About Regie</source>
        <translation>&amp;Over Regie</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>How to work with Regie: projects, partners, goals, progress and sync</source>
        <translation>Hoe je met Regie werkt: projecten, partners, doelen, voortgang en synchronisatie</translation>
    </message>
</context>
<context>
    <name>Model::CouncilExport</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Voortgang (%)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Hours per organisation</source>
        <translation>Uren per organisatie</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Gemeten op</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Gemeten door</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Afgerond op</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
</context>
<context>
    <name>Views::CouncilExportActions</name>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <source>&amp;Progress Log…</source>
        <translation>&amp;Voortgangslogboek…</translation>
    </message>
    <message>
        <source>&amp;Goals and Measurements…</source>
        <translation>&amp;Doelen en metingen…</translation>
    </message>
    <message>
        <source>&amp;Milestones…</source>
        <translation>&amp;Mijlpalen…</translation>
    </message>
    <message>
        <source>Every line of the progress log, with the hours per organisation, as a CSV file</source>
        <translation>Elke regel van het voortgangslogboek, met de uren per organisatie, als CSV-bestand</translation>
    </message>
    <message>
        <source>Every goal with its indicator, target and measurements, as a CSV file</source>
        <translation>Elk doel met zijn indicator, streefwaarde en metingen, als CSV-bestand</translation>
    </message>
    <message>
        <source>Every milestone with its date, status and owner, as a CSV file</source>
        <translation>Elke mijlpaal met zijn datum, status en eigenaar, als CSV-bestand</translation>
    </message>
    <message>
        <source>Export Progress Log</source>
        <translation>Voortgangslogboek exporteren</translation>
    </message>
    <message>
        <source>Export Goals and Measurements</source>
        <translation>Doelen en metingen exporteren</translation>
    </message>
    <message>
        <source>Export Milestones</source>
        <translation>Mijlpalen exporteren</translation>
    </message>
    <message>
        <source>%1 - progress log.csv</source>
        <translation>%1 - voortgang.csv</translation>
    </message>
    <message>
        <source>%1 - goals.csv</source>
        <translation>%1 - doelen.csv</translation>
    </message>
    <message>
        <source>%1 - milestones.csv</source>
        <translation>%1 - mijlpalen.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Reading what to export…</source>
        <translation>Gegevens voor de export lezen…</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Opgeslagen in %1.</translation>
    </message>
    <message>
        <source>The export was not written</source>
        <translation>De export is niet geschreven</translation>
    </message>
</context>
<context>
    <name>Views::TimelineZoom</name>
    <message>
        <source>The whole plan</source>
        <translation>Het hele plan</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weken</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <source>Zoom the timeline (also Ctrl+wheel, Ctrl++ and Ctrl+-)</source>
        <translation>In- of uitzoomen op de tijdlijn (ook met Ctrl+muiswiel, Ctrl++ en Ctrl+-)</translation>
    </message>
</context>
<context>
    <name>Views::ConflictValueDialog</name>
    <message>
        <source>Another Value</source>
        <translation>Andere waarde</translation>
    </message>
    <message>
        <source>On the server:</source>
        <translation>Op de server:</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <source>%1 changed this on the server.</source>
        <translation>%1 wijzigde dit op de server.</translation>
    </message>
    <message>
        <source>%1 changed this on the server on %2 at %3.</source>
        <translation>%1 wijzigde dit op de server op %2 om %3.</translation>
    </message>
    <message>
        <source>Type a number, such as 1.200 or 2,5.</source>
        <translation>Typ een getal, zoals 1.200 of 2,5.</translation>
    </message>
</context>
</TS>
