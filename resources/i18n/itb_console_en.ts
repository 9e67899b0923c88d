<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name />
        <message numerus="yes">
            <source>%n active alarms, critical first:</source>
            <translation>
                <numerusform>%n active alarm, critical first:</numerusform>
                <numerusform>%n active alarms, critical first:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days left</source>
            <translation>
                <numerusform>%n day left</numerusform>
                <numerusform>%n days left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n events</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n interrogations</source>
            <translation>
                <numerusform>%n interrogation</numerusform>
                <numerusform>%n interrogations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n objectives</source>
            <translation>
                <numerusform>%n objective</numerusform>
                <numerusform>%n objectives</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n points</source>
            <translation>
                <numerusform>%n point</numerusform>
                <numerusform>%n points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n runs</source>
            <translation>
                <numerusform>%n run</numerusform>
                <numerusform>%n runs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n scenarios</source>
            <translation>
                <numerusform>%n scenario</numerusform>
                <numerusform>%n scenarios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stations</source>
            <translation>
                <numerusform>%n station</numerusform>
                <numerusform>%n stations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n steps</source>
            <translation>
                <numerusform>%n step</numerusform>
                <numerusform>%n steps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n trainees</source>
            <translation>
                <numerusform>%n trainee</numerusform>
                <numerusform>%n trainees</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n more</numerusform>
                <numerusform>+%n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stations: the %n selected</source>
            <translation>
                <numerusform>Stations: the %n selected</numerusform>
                <numerusform>Stations: the %n selected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %n months ago</source>
            <translation>
                <numerusform>about %n month ago</numerusform>
                <numerusform>about %n months ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n days</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in about %n months</source>
            <translation>
                <numerusform>in about %n month</numerusform>
                <numerusform>in about %n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{day} (about %n months before ERI)</source>
            <translation>
                <numerusform>{day} (about %n month before ERI)</numerusform>
                <numerusform>{day} (about %n months before ERI)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n events shown</source>
            <translation>
                <numerusform>{shown} of %n event shown</numerusform>
                <numerusform>{shown} of %n events shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{station}: %n scripted events to come; a syringe would withdraw {volume} now.</source>
            <translation>
                <numerusform>{station}: %n scripted event to come; a syringe would withdraw {volume} now.</numerusform>
                <numerusform>{station}: %n scripted events to come; a syringe would withdraw {volume} now.</numerusform>
            </translation>
        </message>
    </context>
</TS>
