<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App::Application</name>
    <message numerus="yes">
        <source>%n project(s) are no longer shared with your organisation and were removed from this computer.</source>
        <translation>
            <numerusform>%n project is no longer shared with your organisation and was removed from this computer.</numerusform>
            <numerusform>%n projects are no longer shared with your organisation and were removed from this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server was restored from a backup: %n change(s) it had lost were sent again from this computer.</source>
        <translation>
            <numerusform>The server was restored from a backup: %n change it had lost was sent again from this computer.</numerusform>
            <numerusform>The server was restored from a backup: %n changes it had lost were sent again from this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%n new conflict</numerusform>
            <numerusform>%n new conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s).</source>
        <translation>
            <numerusform>The server refused %n change.</numerusform>
            <numerusform>The server refused %n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message numerus="yes">
        <source>“%1” repeats more than %n time(s) from %2 to %3; only the first %n are offered.</source>
        <translation>
            <numerusform>“%1” repeats more than %n time from %2 to %3; only the first is offered.</numerusform>
            <numerusform>“%1” repeats more than %n times from %2 to %3; only the first %n are offered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the file had the identifier (UID) of another item; each is offered on its own.</source>
        <translation>
            <numerusform>%n item in the file had the identifier (UID) of another item; each is offered on its own.</numerusform>
            <numerusform>%n items in the file had the identifier (UID) of another item; each is offered on its own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This organisation still takes part in %n project(s). Let it leave them first.</source>
        <translation>
            <numerusform>This organisation still takes part in %n project. Let it leave it first.</numerusform>
            <numerusform>This organisation still takes part in %n projects. Let it leave them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::CalendarImportDialog</name>
    <message numerus="yes">
        <source>%n item(s) without a date are left out.</source>
        <translation>
            <numerusform>%n item without a date is left out.</numerusform>
            <numerusform>%n items without a date are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n dated item(s) become milestones or evaluations of %1. Items imported before are updated, not added twice. Uncheck what you do not want.</source>
        <translation>
            <numerusform>This %n dated item becomes a milestone or evaluation of %1. Items imported before are updated, not added twice. Uncheck what you do not want.</numerusform>
            <numerusform>These %n dated items become milestones or evaluations of %1. Items imported before are updated, not added twice. Uncheck what you do not want.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::ConflictsDialog</name>
    <message numerus="yes">
        <source>Remove the %n kept-aside edit(s) from this computer? They were exported to %1.</source>
        <translation>
            <numerusform>Remove the %n kept-aside edit from this computer? It was exported to %1.</numerusform>
            <numerusform>Remove the %n kept-aside edits from this computer? They were exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n kept-aside edit(s) from this computer? They have not been exported, and will be lost.</source>
        <translation>
            <numerusform>Remove the %n kept-aside edit from this computer? It has not been exported, and will be lost.</numerusform>
            <numerusform>Remove the %n kept-aside edits from this computer? They have not been exported, and will be lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::MainWindow</name>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n change(s)…</source>
        <translation>
            <numerusform>Saving %n change…</numerusform>
            <numerusform>Saving %n changes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept aside</source>
        <translation>
            <numerusform>%n kept aside</numerusform>
            <numerusform>%n kept aside</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to %1.</source>
        <translation>
            <numerusform>%n item written to %1.</numerusform>
            <numerusform>%n items written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) replaced</source>
        <translation>
            <numerusform>%n value replaced</numerusform>
            <numerusform>%n values replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone else replaced %n of your values.</source>
        <translation>
            <numerusform>Someone else replaced %n of your values.</numerusform>
            <numerusform>Someone else replaced %n of your values.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::MilestonesTab</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::HoldEvaluationDialog</name>
    <message numerus="yes">
        <source>&amp;Cancel the %n other planned evaluation(s): %1</source>
        <translation>
            <numerusform>&amp;Cancel the other planned evaluation: %1</numerusform>
            <numerusform>&amp;Cancel the %n other planned evaluations: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Model::MilestoneTimelineModel</name>
    <message numerus="yes">
        <source>
Overdue: %n day(s) past its due date</source>
        <translation>
            <numerusform>
Overdue: %n day past its due date</numerusform>
            <numerusform>
Overdue: %n days past its due date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::CalendarActions</name>
    <message numerus="yes">
        <source>%n item(s) added</source>
        <translation>
            <numerusform>%n item added</numerusform>
            <numerusform>%n items added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) updated</source>
        <translation>
            <numerusform>%n item updated</numerusform>
            <numerusform>%n items updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) already up to date</source>
        <translation>
            <numerusform>%n item already up to date</numerusform>
            <numerusform>%n items already up to date</numerusform>
        </translation>
    </message>
</context>
</TS>
