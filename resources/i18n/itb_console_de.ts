<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source> % more</source>
            <translation> % mehr</translation>
        </message>
        <message>
            <source> (not saved)</source>
            <translation> (nicht gespeichert)</translation>
        </message>
        <message>
            <source> Units: </source>
            <translation> Einheiten: </translation>
        </message>
        <message>
            <source> or </source>
            <translation> oder </translation>
        </message>
        <message numerus="yes">
            <source>%n active alarms, critical first:</source>
            <translation>
                <numerusform>%n aktiver Alarm, kritische zuerst:</numerusform>
                <numerusform>%n aktive Alarme, kritische zuerst:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>vor %n Tag</numerusform>
                <numerusform>vor %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days left</source>
            <translation>
                <numerusform>noch %n Tag</numerusform>
                <numerusform>noch %n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n events</source>
            <translation>
                <numerusform>%n Ereignis</numerusform>
                <numerusform>%n Ereignisse</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n interrogations</source>
            <translation>
                <numerusform>%n Abfrage</numerusform>
                <numerusform>%n Abfragen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n objectives</source>
            <translation>
                <numerusform>%n Ziel</numerusform>
                <numerusform>%n Ziele</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n points</source>
            <translation>
                <numerusform>%n Punkt</numerusform>
                <numerusform>%n Punkte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n runs</source>
            <translation>
                <numerusform>%n Durchlauf</numerusform>
                <numerusform>%n Durchläufe</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n scenarios</source>
            <translation>
                <numerusform>%n Szenario</numerusform>
                <numerusform>%n Szenarien</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stations</source>
            <translation>
                <numerusform>%n Station</numerusform>
                <numerusform>%n Stationen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n steps</source>
            <translation>
                <numerusform>%n Schritt</numerusform>
                <numerusform>%n Schritte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n trainees</source>
            <translation>
                <numerusform>%n Teilnehmer</numerusform>
                <numerusform>%n Teilnehmern</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Pump</source>
            <translation>&amp;Pumpe</translation>
        </message>
        <message>
            <source>&amp;Training</source>
            <translation>&amp;Schulung</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>'{title}' from {file} is listed and chosen: set the number of stations and press Open.</source>
            <translation>„{title}“ aus {file} ist aufgeführt und ausgewählt: Anzahl der Stationen festlegen und Öffnen drücken.</translation>
        </message>
        <message>
            <source>'{title}', {events}, {objectives}, {points}.</source>
            <translation>„{title}“, {events}, {objectives}, {points}.</translation>
        </message>
        <message>
            <source>(The threshold on this pump is {threshold} mL.)</source>
            <translation>(Die Schwelle bei dieser Pumpe ist {threshold} mL.)</translation>
        </message>
        <message>
            <source>(as saved)</source>
            <translation>(wie gespeichert)</translation>
        </message>
        <message>
            <source>(changed: {reason})</source>
            <translation>(geändert: {reason})</translation>
        </message>
        <message>
            <source>(critical, {time})</source>
            <translation>(kritisch, {time})</translation>
        </message>
        <message>
            <source>(keyed: choose its key file below)</source>
            <translation>(mit Schlüssel: unten seine Schlüsseldatei wählen)</translation>
        </message>
        <message>
            <source>(non-critical, {time})</source>
            <translation>(nicht kritisch, {time})</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(nicht angegeben)</translation>
        </message>
        <message>
            <source>(this pump holds {patient})</source>
            <translation>(diese Pumpe enthält {patient})</translation>
        </message>
        <message>
            <source>({count} cancelled)</source>
            <translation>({count} abgebrochen)</translation>
        </message>
        <message>
            <source>({kind}; since {time})&lt;br&gt;{meaning}&lt;br&gt;&lt;i&gt;What to do:&lt;/i&gt; {action}</source>
            <translation>({kind}; seit {time})&lt;br&gt;{meaning}&lt;br&gt;&lt;i&gt;Was zu tun ist:&lt;/i&gt; {action}</translation>
        </message>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n weiterer</numerusform>
                <numerusform>+%n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>+1 day</source>
            <translation>+1 Tag</translation>
        </message>
        <message>
            <source>+1 h</source>
            <translation>+1 h</translation>
        </message>
        <message>
            <source>+1 week</source>
            <translation>+1 Woche</translation>
        </message>
        <message>
            <source>+30 days</source>
            <translation>+30 Tage</translation>
        </message>
        <message>
            <source>, keyed with {path} (give trainees a copy)</source>
            <translation>, mit Schlüssel {path} (den Teilnehmern eine Kopie geben)</translation>
        </message>
        <message>
            <source>, not connected</source>
            <translation>, nicht verbunden</translation>
        </message>
        <message>
            <source>, then </source>
            <translation>, dann </translation>
        </message>
        <message>
            <source>0 (stopped)</source>
            <translation>0 (gestoppt)</translation>
        </message>
        <message>
            <source>1 day per second</source>
            <translation>1 Tag pro Sekunde</translation>
        </message>
        <message>
            <source>1 to 100</source>
            <translation>1 bis 100</translation>
        </message>
        <message>
            <source>1 to 200</source>
            <translation>1 bis 200</translation>
        </message>
        <message>
            <source>1 to {max_scan_minutes}</source>
            <translation>1 bis {max_scan_minutes}</translation>
        </message>
        <message>
            <source>1. Withdraw the residual</source>
            <translation>1. Restvolumen entnehmen</translation>
        </message>
        <message>
            <source>2. Fill</source>
            <translation>2. Füllen</translation>
        </message>
        <message>
            <source>24-hour schedule timeline</source>
            <translation>24-Stunden-Zeitleiste des Programms</translation>
        </message>
        <message>
            <source>3. Review and send</source>
            <translation>3. Prüfen und senden</translation>
        </message>
        <message>
            <source>4. Result</source>
            <translation>4. Ergebnis</translation>
        </message>
        <message>
            <source>&lt; Previous</source>
            <translation>&lt; Zurück</translation>
        </message>
        <message>
            <source>&lt;b&gt;Catheter&amp;nbsp;tip:&lt;/b&gt; {tip} &amp;nbsp;&amp;nbsp; &lt;b&gt;Next&amp;nbsp;refill:&lt;/b&gt; {next}</source>
            <translation>&lt;b&gt;Katheter&amp;shy;spitze:&lt;/b&gt; {tip} &amp;nbsp;&amp;nbsp; &lt;b&gt;Nächste&amp;nbsp;Nachfüllung:&lt;/b&gt; {next}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Catheter:&lt;/b&gt; {model}, {length} x {per_cm}, tip {tip}; implanted {day}</source>
            <translation>&lt;b&gt;Katheter:&lt;/b&gt; {model}, {length} x {per_cm}, Spitze {tip}; implantiert am {day}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Connected now:&lt;/b&gt; {pump}</source>
            <translation>&lt;b&gt;Jetzt verbunden:&lt;/b&gt; {pump}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Daily total:&lt;/b&gt; {dose}, the same on the new pump; {old_volume} at {old_concentration} &amp;rarr; &lt;b&gt;{new_volume}&lt;/b&gt; at {new_concentration}</source>
            <translation>&lt;b&gt;Tagesgesamtmenge:&lt;/b&gt; {dose}, gleich auf der neuen Pumpe; {old_volume} bei {old_concentration} &amp;rarr; &lt;b&gt;{new_volume}&lt;/b&gt; bei {new_concentration}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Daily total:&lt;/b&gt; {old} &amp;rarr; &lt;b&gt;{new}&lt;/b&gt; ({change}); {old_volume} &amp;rarr; {new_volume}</source>
            <translation>&lt;b&gt;Tagesgesamt:&lt;/b&gt; {old} &amp;rarr; &lt;b&gt;{new}&lt;/b&gt; ({change}); {old_volume} &amp;rarr; {new_volume}</translation>
        </message>
        <message>
            <source>&lt;b&gt;END OF SERVICE&lt;/b&gt;: not delivering</source>
            <translation>&lt;b&gt;BETRIEBSENDE&lt;/b&gt;: keine Abgabe</translation>
        </message>
        <message>
            <source>&lt;b&gt;Mode:&lt;/b&gt; {old} &amp;rarr; {new} &amp;nbsp;&amp;nbsp; &lt;b&gt;Drug:&lt;/b&gt; {drug} {concentration}</source>
            <translation>&lt;b&gt;Modus:&lt;/b&gt; {old} &amp;rarr; {new} &amp;nbsp;&amp;nbsp; &lt;b&gt;Medikament:&lt;/b&gt; {drug} {concentration}</translation>
        </message>
        <message>
            <source>&lt;b&gt;No program in force:&lt;/b&gt; {age_text}</source>
            <translation>&lt;b&gt;Kein aktives Programm:&lt;/b&gt; {age_text}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Patient:&lt;/b&gt; {patient} &amp;nbsp;&amp;nbsp; &lt;b&gt;Pump:&lt;/b&gt; {model} {serial}</source>
            <translation>&lt;b&gt;Patient:&lt;/b&gt; {patient} &amp;nbsp;&amp;nbsp; &lt;b&gt;Pumpe:&lt;/b&gt; {model} {serial}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Priming volume:&lt;/b&gt; {plan}</source>
            <translation>&lt;b&gt;Priming-Volumen:&lt;/b&gt; {plan}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Program:&lt;/b&gt; {mode}, {dose} in {steps}, {drug} {concentration}</source>
            <translation>&lt;b&gt;Programm:&lt;/b&gt; {mode}, {dose} in {steps}, {drug} {concentration}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recorded details&lt;/b&gt; (at {time})</source>
            <translation>&lt;b&gt;Aufgezeichnete Details&lt;/b&gt; (um {time})</translation>
        </message>
        <message>
            <source>&lt;b&gt;Replacement indicator (ERI) reached&lt;/b&gt;</source>
            <translation>&lt;b&gt;Austauschindikator (ERI) erreicht&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Saved program:&lt;/b&gt; {mode}, {drug}; {change}</source>
            <translation>&lt;b&gt;Gespeichertes Programm:&lt;/b&gt; {mode}, {drug}; {change}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Saved:&lt;/b&gt; {model} {serial}, patient &lt;b&gt;{patient}&lt;/b&gt;, read {moment}</source>
            <translation>&lt;b&gt;Gespeichert:&lt;/b&gt; {model} {serial}, Patient &lt;b&gt;{patient}&lt;/b&gt;, gelesen am {moment}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sent:&lt;/b&gt;&lt;br&gt;{summary}</source>
            <translation>&lt;b&gt;Gesendet:&lt;/b&gt;&lt;br&gt;{summary}</translation>
        </message>
        <message>
            <source>&lt;b&gt;The pump is NOT delivering ({reason}).&lt;/b&gt;</source>
            <translation>&lt;b&gt;Keine Abgabe ({reason}).&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;What it means:&lt;/b&gt; {meaning}&lt;br&gt;&lt;b&gt;What to do:&lt;/b&gt; {action}</source>
            <translation>&lt;b&gt;Bedeutung:&lt;/b&gt; {meaning}&lt;br&gt;&lt;b&gt;Was zu tun ist:&lt;/b&gt; {action}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{alarm}&lt;/b&gt; - critical alarm since {time}</source>
            <translation>&lt;b&gt;{alarm}&lt;/b&gt; – kritischer Alarm seit {time}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{alarm}&lt;/b&gt; - non-critical alarm since {time}</source>
            <translation>&lt;b&gt;{alarm}&lt;/b&gt; – nicht kritischer Alarm seit {time}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{bolus} running&lt;/b&gt;: {given} ({dose}) given; &lt;b&gt;{left}&lt;/b&gt; left, then back to {mode} mode</source>
            <translation>&lt;b&gt;{bolus} läuft&lt;/b&gt;: {given} ({dose}) gegeben; noch &lt;b&gt;{left}&lt;/b&gt;, dann zurück im Modus {mode}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{millilitres}&lt;/b&gt; (calculated by the pump)</source>
            <translation>&lt;b&gt;{millilitres}&lt;/b&gt; (von der Pumpe berechnet)</translation>
        </message>
        <message>
            <source>&lt;i&gt;(last read {time})&lt;/i&gt;</source>
            <translation>&lt;i&gt;(zuletzt gelesen {time})&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;nobr&gt;Pending: &lt;b&gt;{pending}&lt;/b&gt;&lt;/nobr&gt; ({volume}){stopped} &amp;nbsp; In force{when}: &lt;nobr&gt;{in_force}&lt;/nobr&gt; &amp;nbsp; &lt;nobr&gt;Change: {change}&lt;/nobr&gt;{pump_line}</source>
            <translation>&lt;nobr&gt;Ausstehend: &lt;b&gt;{pending}&lt;/b&gt;&lt;/nobr&gt; ({volume}){stopped} &amp;nbsp; Aktiv{when}: &lt;nobr&gt;{in_force}&lt;/nobr&gt; &amp;nbsp; &lt;nobr&gt;Änderung: {change}&lt;/nobr&gt;{pump_line}</translation>
        </message>
        <message>
            <source>A bolus is running: the pump takes one at a time.</source>
            <translation>Ein Bolus läuft: die Pumpe nimmt jeweils nur einen an.</translation>
        </message>
        <message>
            <source>A clinician or priming bolus; progress and cancel</source>
            <translation>Ein klinischer oder Priming-Bolus; Fortschritt und Abbruch</translation>
        </message>
        <message>
            <source>A late restart comes {low} to {high} h after the scan</source>
            <translation>Ein verzögerter Wiederanlauf kommt {low} bis {high} h nach der Untersuchung</translation>
        </message>
        <message>
            <source>A new scenario: fill in the story, the pump and the objectives.</source>
            <translation>Ein neues Szenario: Geschichte, Pumpe und Ziele ausfüllen.</translation>
        </message>
        <message>
            <source>A scan starts now at the selected stations: the magnet stops the rotor and the motor-stall alarm sounds</source>
            <translation>An den ausgewählten Stationen beginnt jetzt eine Untersuchung: Der Magnet hält den Rotor an und der Motorblockade-Alarm ertönt</translation>
        </message>
        <message>
            <source>A step runs at {dose}, above the soft ceiling of {ceiling}. Check the unit: per day, not per hour.</source>
            <translation>Ein Schritt läuft mit {dose}, über der weichen Obergrenze von {ceiling}. Einheit prüfen: pro Tag, nicht pro Stunde.</translation>
        </message>
        <message>
            <source>A training replica of the clinician programmer for implanted intrathecal baclofen pumps. It never talks to a real pump, and nothing it shows is medical advice.</source>
            <translation>Ein Trainingsnachbau des ärztlichen Programmiergeräts für implantierte intrathekale Baclofenpumpen. Es kommuniziert nie mit einer echten Pumpe, und nichts, was es zeigt, ist ein medizinischer Rat.</translation>
        </message>
        <message>
            <source>A {bolus} is running ({left} left): the pump refuses a refill until it has ended or been cancelled (Cancel bolus..., in the main window).</source>
            <translation>Ein {bolus} läuft (noch {left}): Die Pumpe verweigert eine Befüllung, bis er beendet oder abgebrochen ist (Bolus abbrechen... im Hauptfenster).</translation>
        </message>
        <message>
            <source>About {product_name}</source>
            <translation>Über {product_name}</translation>
        </message>
        <message>
            <source>About...</source>
            <translation>Über...</translation>
        </message>
        <message>
            <source>Acknowledge the refill discrepancy</source>
            <translation>Nachfüllabweichung bestätigen</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Action in the replay</source>
            <translation>Aktion in der Wiedergabe</translation>
        </message>
        <message>
            <source>Action {number} of {count}</source>
            <translation>Aktion {number} von {count}</translation>
        </message>
        <message>
            <source>Active alarms</source>
            <translation>Aktive Alarme</translation>
        </message>
        <message>
            <source>Active alarms, tones, clearing and alarm test</source>
            <translation>Aktive Alarme, Töne, Löschen und Alarmtest</translation>
        </message>
        <message>
            <source>Active at the end of the session: {active}&lt;br&gt;Cleared during the session: {cleared}</source>
            <translation>Aktiv am Ende der Sitzung: {active}&lt;br&gt;Während der Sitzung gelöscht: {cleared}</translation>
        </message>
        <message>
            <source>Add bolus</source>
            <translation>Bolus hinzufügen</translation>
        </message>
        <message>
            <source>Add event</source>
            <translation>Ereignis hinzufügen</translation>
        </message>
        <message>
            <source>Add folder...</source>
            <translation>Ordner hinzufügen...</translation>
        </message>
        <message>
            <source>Add objective</source>
            <translation>Ziel hinzufügen</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Schritt hinzufügen</translation>
        </message>
        <message>
            <source>Add the scenario files (.toml) of a folder</source>
            <translation>Die Szenariodateien (.toml) eines Ordners hinzufügen</translation>
        </message>
        <message>
            <source>Added {scenarios} from {folder}.</source>
            <translation>{scenarios} aus {folder} hinzugefügt.</translation>
        </message>
        <message>
            <source>Adequate response (less spasticity)</source>
            <translation>Ausreichende Wirkung (weniger Spastik)</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Nach</translation>
        </message>
        <message>
            <source>After (minutes)</source>
            <translation>Nach (Minuten)</translation>
        </message>
        <message>
            <source>After an MRI</source>
            <translation>Nach einer MRT</translation>
        </message>
        <message>
            <source>After an MRI - training mock</source>
            <translation>Nach einer MRT – Trainingsattrappe</translation>
        </message>
        <message>
            <source>After an MRI...</source>
            <translation>Nach einer MRT...</translation>
        </message>
        <message>
            <source>After an MRI: motor stall and recovery, delayed restart, record the check</source>
            <translation>Nach einer MRT: Motorblockade und Aufhebung, verzögerter Wiederanlauf, Kontrolle dokumentieren</translation>
        </message>
        <message>
            <source>Alarm</source>
            <translation>Alarm</translation>
        </message>
        <message>
            <source>Alarm at (mL)</source>
            <translation>Alarm bei (mL)</translation>
        </message>
        <message>
            <source>Alarm cleared</source>
            <translation>Alarm gelöscht</translation>
        </message>
        <message>
            <source>Alarm sound</source>
            <translation>Alarmton</translation>
        </message>
        <message>
            <source>Alarm sounds are off: the audio library could not load ({error}). Alarms are still shown on screen.</source>
            <translation>Alarmtöne sind aus: die Audiobibliothek konnte nicht geladen werden ({error}). Alarme werden weiterhin auf dem Bildschirm angezeigt.</translation>
        </message>
        <message>
            <source>Alarm sounds are off: this computer has no audio output. Alarms are still shown on screen.</source>
            <translation>Alarmtöne sind aus: dieser Computer hat keine Audioausgabe. Alarme werden weiterhin auf dem Bildschirm angezeigt.</translation>
        </message>
        <message>
            <source>Alarm test</source>
            <translation>Alarmtest</translation>
        </message>
        <message>
            <source>Alarm volume in percent</source>
            <translation>Alarmlautstärke in Prozent</translation>
        </message>
        <message>
            <source>Alarm volume:</source>
            <translation>Alarmlautstärke:</translation>
        </message>
        <message>
            <source>Alarm volume: {percent} % is outside 0 to 100 %</source>
            <translation>Alarmlautstärke: {percent} % liegt außerhalb von 0 bis 100 %</translation>
        </message>
        <message>
            <source>Alarms</source>
            <translation>Alarme</translation>
        </message>
        <message>
            <source>Alarms - training mock</source>
            <translation>Alarme – Trainingsattrappe</translation>
        </message>
        <message>
            <source>Alarms cleared</source>
            <translation>Gelöschte Alarme</translation>
        </message>
        <message>
            <source>Alarms panel...</source>
            <translation>Alarmfenster...</translation>
        </message>
        <message>
            <source>Alarms sounding when found</source>
            <translation>Alarme, die beim Auffinden ertönen</translation>
        </message>
        <message>
            <source>Alarms...</source>
            <translation>Alarme...</translation>
        </message>
        <message>
            <source>Alarms: meaning, what to do, tones, clearing, alarm test</source>
            <translation>Alarme: Bedeutung, was zu tun ist, Töne, Löschen, Alarmtest</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alles</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Allowed next day:</source>
            <translation>Zulässig am Folgetag:</translation>
        </message>
        <message>
            <source>Allowed next-day dose; apply it to the draft</source>
            <translation>Zulässige Dosis für den Folgetag; auf den Entwurf anwenden</translation>
        </message>
        <message>
            <source>Allowed: {doses} mcg, one bolus per 24 h; effect 0 to {hours} h.</source>
            <translation>Zulässig: {doses} mcg, ein Bolus pro 24 h; Wirkung 0 bis {hours} h.</translation>
        </message>
        <message>
            <source>Already connected: close the session first.</source>
            <translation>Bereits verbunden: zuerst die Sitzung schließen.</translation>
        </message>
        <message>
            <source>Another programmer holds the pump: end that session first.</source>
            <translation>Ein anderes Programmiergerät belegt die Pumpe: zuerst diese Sitzung beenden.</translation>
        </message>
        <message>
            <source>Apply to draft</source>
            <translation>Auf Entwurf anwenden</translation>
        </message>
        <message>
            <source>As the computer ({native_name})</source>
            <translation>Wie der Computer ({native_name})</translation>
        </message>
        <message>
            <source>At this action</source>
            <translation>Bei dieser Aktion</translation>
        </message>
        <message>
            <source>At {concentration} the current doses are not possible: {reason}</source>
            <translation>Bei {concentration} sind die aktuellen Dosen nicht möglich: {reason}</translation>
        </message>
        <message>
            <source>At {concentration} this pump cannot give the saved doses: {problem}. Fill the new pump with a concentration at which it can, or change the program with the prescriber.</source>
            <translation>Bei {concentration} kann diese Pumpe die gespeicherten Dosen nicht abgeben: {problem}. Die neue Pumpe mit einer Konzentration füllen, bei der sie es kann, oder das Programm mit dem verordnenden Arzt ändern.</translation>
        </message>
        <message>
            <source>At {dose} ({volume}):</source>
            <translation>Bei {dose} ({volume}):</translation>
        </message>
        <message>
            <source>Back to the normal window</source>
            <translation>Zurück zum normalen Fenster</translation>
        </message>
        <message>
            <source>Battery</source>
            <translation>Batterie</translation>
        </message>
        <message>
            <source>Battery &amp;&amp; clock...</source>
            <translation>Batterie &amp;&amp; Uhr...</translation>
        </message>
        <message>
            <source>Battery and clock</source>
            <translation>Batterie und Uhr</translation>
        </message>
        <message>
            <source>Battery and clock - training mock</source>
            <translation>Batterie und Uhr – Trainingsattrappe</translation>
        </message>
        <message>
            <source>Battery and clock: replace-by date, pump clock check and setting</source>
            <translation>Batterie und Uhr: Austauschdatum, Prüfung und Einstellung der Pumpenuhr</translation>
        </message>
        <message>
            <source>Battery days left</source>
            <translation>Verbleibende Batterietage</translation>
        </message>
        <message>
            <source>Best</source>
            <translation>Bestes</translation>
        </message>
        <message>
            <source>Bolus</source>
            <translation>Bolus</translation>
        </message>
        <message>
            <source>Bolus - training mock</source>
            <translation>Bolus – Trainingsattrappe</translation>
        </message>
        <message>
            <source>Bolus cancelled</source>
            <translation>Bolus abgebrochen</translation>
        </message>
        <message>
            <source>Bolus dose in micrograms</source>
            <translation>Bolusdosis in Mikrogramm</translation>
        </message>
        <message>
            <source>Bolus dose:</source>
            <translation>Bolusdosis:</translation>
        </message>
        <message>
            <source>Bolus finished</source>
            <translation>Bolus beendet</translation>
        </message>
        <message>
            <source>Bolus in progress</source>
            <translation>Bolus läuft</translation>
        </message>
        <message>
            <source>Bolus kind</source>
            <translation>Bolusart</translation>
        </message>
        <message>
            <source>Bolus progress</source>
            <translation>Bolusfortschritt</translation>
        </message>
        <message>
            <source>Bolus started</source>
            <translation>Bolus gestartet</translation>
        </message>
        <message>
            <source>Bolus...</source>
            <translation>Bolus...</translation>
        </message>
        <message>
            <source>Bolus: clinician or priming; progress and cancel</source>
            <translation>Bolus: klinisch oder Priming; Fortschritt und Abbruch</translation>
        </message>
        <message>
            <source>Boluses</source>
            <translation>Boli</translation>
        </message>
        <message>
            <source>Boluses started</source>
            <translation>Gestartete Boli</translation>
        </message>
        <message>
            <source>Book the refill for {book_on}; the low-reservoir alarm is due {alarm}.</source>
            <translation>Nachfüllung für den {book_on} einplanen; der Niedrigstand-Alarm ist am {alarm} fällig.</translation>
        </message>
        <message>
            <source>Book the refill for</source>
            <translation>Nachfüllung einplanen für</translation>
        </message>
        <message>
            <source>Bridge bolus</source>
            <translation>Überbrückungsbolus</translation>
        </message>
        <message>
            <source>Bridge bolus: {volume} ({dose} at {old}) at {rate} for {duration}, then {new_rate}.</source>
            <translation>Überbrückungsbolus: {volume} ({dose} bei {old}) mit {rate} für {duration}, dann {new_rate}.</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Calculated from the programs in force, as the pump calculates its own reservoir: a pump that over-infuses runs dry before this curve reaches zero, and without an alarm.</source>
            <translation>Aus den aktiven Programmen berechnet, so wie die Pumpe ihr eigenes Reservoir berechnet: eine Pumpe, die zu viel fördert, läuft leer, bevor diese Kurve null erreicht, und zwar ohne Alarm.</translation>
        </message>
        <message>
            <source>Cancel bolus</source>
            <translation>Bolus abbrechen</translation>
        </message>
        <message>
            <source>Cancel bolus...</source>
            <translation>Bolus abbrechen...</translation>
        </message>
        <message>
            <source>Cancel running bolus</source>
            <translation>Laufenden Bolus abbrechen</translation>
        </message>
        <message>
            <source>Cancel the bolus?</source>
            <translation>Bolus abbrechen?</translation>
        </message>
        <message>
            <source>Cancel the running bolus</source>
            <translation>Den laufenden Bolus abbrechen</translation>
        </message>
        <message>
            <source>Cancel the running bolus? The pump goes back to its program; the rest of the bolus is not given.</source>
            <translation>Den laufenden Bolus abbrechen? Die Pumpe kehrt zu ihrem Programm zurück; der Rest des Bolus wird nicht gegeben.</translation>
        </message>
        <message>
            <source>Cancelling the bolus</source>
            <translation>Bolus wird abgebrochen</translation>
        </message>
        <message>
            <source>Cancelling the bolus, then reading the pump back...</source>
            <translation>Bolus wird abgebrochen, dann wird die Pumpe zurückgelesen...</translation>
        </message>
        <message>
            <source>Candidate. Start at {dose} mcg/day; no increase in the first 24 h.</source>
            <translation>Geeignet. Mit {dose} mcg/Tag beginnen; keine Steigerung in den ersten 24 h.</translation>
        </message>
        <message>
            <source>Catheter</source>
            <translation>Katheter</translation>
        </message>
        <message>
            <source>Catheter fill</source>
            <translation>Katheterfüllung</translation>
        </message>
        <message>
            <source>Catheter from the pump's implant record: confirm it is the one implanted.</source>
            <translation>Katheter aus dem Implantatdatensatz der Pumpe: bestätigen, dass es der implantierte ist.</translation>
        </message>
        <message>
            <source>Catheter internal volume per centimetre</source>
            <translation>Innenvolumen des Katheters pro Zentimeter</translation>
        </message>
        <message>
            <source>Catheter length (cm)</source>
            <translation>Katheterlänge (cm)</translation>
        </message>
        <message>
            <source>Catheter length in centimetres</source>
            <translation>Katheterlänge in Zentimetern</translation>
        </message>
        <message>
            <source>Catheter length in centimetres, from the pump's record</source>
            <translation>Katheterlänge in Zentimetern, aus dem Datensatz der Pumpe</translation>
        </message>
        <message>
            <source>Catheter length:</source>
            <translation>Katheterlänge:</translation>
        </message>
        <message>
            <source>Catheter model</source>
            <translation>Kathetermodell</translation>
        </message>
        <message>
            <source>Catheter tip</source>
            <translation>Katheterspitze</translation>
        </message>
        <message>
            <source>Catheter tip level</source>
            <translation>Höhe der Katheterspitze</translation>
        </message>
        <message>
            <source>Catheter volume (mL per cm)</source>
            <translation>Kathetervolumen (mL pro cm)</translation>
        </message>
        <message>
            <source>Catheter {length}, tip {tip}.</source>
            <translation>Katheter {length}, Spitze {tip}.</translation>
        </message>
        <message>
            <source>Cerebral origin</source>
            <translation>Zerebralen Ursprungs</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Change the program to within the pump's limits and try again.</source>
            <translation>Das Programm in die Grenzen der Pumpe bringen und erneut versuchen.</translation>
        </message>
        <message>
            <source>Change the value to within the pump's limits and try again.</source>
            <translation>Den Wert in die Grenzen der Pumpe bringen und erneut versuchen.</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>Check recorded as</source>
            <translation>Kontrolle dokumentiert als</translation>
        </message>
        <message>
            <source>Check recorded in the session.</source>
            <translation>Kontrolle in der Sitzung dokumentiert.</translation>
        </message>
        <message>
            <source>Check that an emulator serves this port and nothing else uses it; start the emulator (itb-emulator --pty) and connect to the port it prints</source>
            <translation>Prüfen, dass ein Emulator diesen Port bedient und nichts anderes ihn nutzt; den Emulator starten (itb-emulator --pty) und mit dem ausgegebenen Port verbinden</translation>
        </message>
        <message>
            <source>Check that your account may use serial ports (the dialout group)</source>
            <translation>Prüfen, dass Ihr Konto serielle Ports nutzen darf (Gruppe dialout)</translation>
        </message>
        <message>
            <source>Check the device address</source>
            <translation>Die Geräteadresse prüfen</translation>
        </message>
        <message>
            <source>Check the device and try again.</source>
            <translation>Gerät prüfen und erneut versuchen.</translation>
        </message>
        <message>
            <source>Check the host, the port and the network</source>
            <translation>Host, Port und Netzwerk prüfen</translation>
        </message>
        <message>
            <source>Check the port and that the emulator is running</source>
            <translation>Den Port prüfen und ob der Emulator läuft</translation>
        </message>
        <message>
            <source>Check the reservoir volume; refill first if it is low.</source>
            <translation>Das Reservoirvolumen prüfen; zuerst nachfüllen, wenn es niedrig ist.</translation>
        </message>
        <message>
            <source>Check the sim:// options (see the user guide)</source>
            <translation>Die sim://-Optionen prüfen (siehe Benutzerhandbuch)</translation>
        </message>
        <message>
            <source>Check the values entered and try again.</source>
            <translation>Die eingegebenen Werte prüfen und erneut versuchen.</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Geprüft durch</translation>
        </message>
        <message>
            <source>Child under 12 (usual {low} to {high} mcg/day)</source>
            <translation>Kind unter 12 (üblich {low} bis {high} mcg/Tag)</translation>
        </message>
        <message>
            <source>Choose a file to keep the old pump in.</source>
            <translation>Eine Datei wählen, in der die alte Pumpe gespeichert wird.</translation>
        </message>
        <message>
            <source>Choose a running emulator (start one: itb-emulator --pty).</source>
            <translation>Einen laufenden Emulator wählen (einen starten: itb-emulator --pty).</translation>
        </message>
        <message>
            <source>Choose a serial port or type a URL such as socket://127.0.0.1:7001.</source>
            <translation>Einen seriellen Port wählen oder eine URL wie socket://127.0.0.1:7001 eingeben.</translation>
        </message>
        <message>
            <source>Choose another folder and save again.</source>
            <translation>Einen anderen Ordner wählen und erneut speichern.</translation>
        </message>
        <message>
            <source>Choose the concentration in both fields.</source>
            <translation>Die Konzentration in beiden Feldern wählen.</translation>
        </message>
        <message>
            <source>Choose the key file the trainer gave under File &gt; Connect..., Key file (or itb-console --key-file FILE)</source>
            <translation>Die vom Trainer ausgegebene Schlüsseldatei unter Datei &gt; Verbinden..., Schlüsseldatei wählen (oder itb-console --key-file DATEI)</translation>
        </message>
        <message>
            <source>Choose the new pump in the device picker.</source>
            <translation>Die neue Pumpe in der Geräteauswahl wählen.</translation>
        </message>
        <message>
            <source>Choose...</source>
            <translation>Auswählen...</translation>
        </message>
        <message>
            <source>Choose: {what}</source>
            <translation>Auswählen: {what}</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Clear alarm</source>
            <translation>Alarm löschen</translation>
        </message>
        <message>
            <source>Clear the alarm?</source>
            <translation>Alarm löschen?</translation>
        </message>
        <message>
            <source>Clear the {title} alarm</source>
            <translation>Alarm „{title}“ löschen</translation>
        </message>
        <message>
            <source>Clear the {title} alarm?

Clearing silences it; it does not deal with its cause.</source>
            <translation>Alarm „{title}“ löschen?

Löschen bringt ihn zum Schweigen; die Ursache wird damit nicht behoben.</translation>
        </message>
        <message>
            <source>Clearing, then reading the pump back...</source>
            <translation>Wird gelöscht, dann wird die Pumpe zurückgelesen...</translation>
        </message>
        <message>
            <source>Clinical reason for the override (required)</source>
            <translation>Klinische Begründung der Übersteuerung (erforderlich)</translation>
        </message>
        <message>
            <source>Clinician bolus</source>
            <translation>Klinischer Bolus</translation>
        </message>
        <message>
            <source>Clinician single bolus</source>
            <translation>Klinischer Einzelbolus</translation>
        </message>
        <message>
            <source>Clinician's order</source>
            <translation>Ärztliche Anordnung</translation>
        </message>
        <message>
            <source>Clinician:</source>
            <translation>Arzt/Ärztin:</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>Uhr</translation>
        </message>
        <message>
            <source>Clock check</source>
            <translation>Uhrprüfung</translation>
        </message>
        <message>
            <source>Clock setting result</source>
            <translation>Ergebnis der Uhreinstellung</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Close anyway?</source>
            <translation>Trotzdem schließen?</translation>
        </message>
        <message>
            <source>Close ended</source>
            <translation>Beendete schließen</translation>
        </message>
        <message>
            <source>Close ended (or crashed) stations, freeing their seats for the next scenario</source>
            <translation>Beendete (oder abgestürzte) Stationen schließen und ihre Plätze für das nächste Szenario freigeben</translation>
        </message>
        <message>
            <source>Close session</source>
            <translation>Sitzung schließen</translation>
        </message>
        <message>
            <source>Close the console</source>
            <translation>Konsole schließen</translation>
        </message>
        <message>
            <source>Close the console?</source>
            <translation>Konsole schließen?</translation>
        </message>
        <message>
            <source>Close the other program that holds it</source>
            <translation>Das andere Programm schließen, das ihn belegt</translation>
        </message>
        <message>
            <source>Close the programming session</source>
            <translation>Programmiersitzung schließen</translation>
        </message>
        <message>
            <source>Close the session with the old pump (it runs its program until it is explanted), then connect the new pump from the device picker: sim://, an emulator or a station.</source>
            <translation>Die Sitzung mit der alten Pumpe schließen (sie führt ihr Programm bis zur Explantation weiter aus), dann die neue Pumpe über die Geräteauswahl verbinden: sim://, ein Emulator oder eine Station.</translation>
        </message>
        <message>
            <source>Close the session with the pump at {device} without sending it, and connect to the station at {station}?</source>
            <translation>Die Sitzung mit der Pumpe an {device} ohne Senden schließen und mit der Station an {station} verbinden?</translation>
        </message>
        <message>
            <source>Close this session and connect the new pump...</source>
            <translation>Diese Sitzung schließen und die neue Pumpe verbinden...</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>Wird geschlossen</translation>
        </message>
        <message>
            <source>Closing the session with the old pump...</source>
            <translation>Sitzung mit der alten Pumpe wird geschlossen...</translation>
        </message>
        <message>
            <source>Cohort PDF</source>
            <translation>Kohorten-PDF</translation>
        </message>
        <message>
            <source>Cohort PDF...</source>
            <translation>Kohorten-PDF...</translation>
        </message>
        <message>
            <source>Cohort per scenario</source>
            <translation>Kohorte pro Szenario</translation>
        </message>
        <message>
            <source>Cohort summary</source>
            <translation>Kohortenübersicht</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Spalte</translation>
        </message>
        <message>
            <source>Command not verified</source>
            <translation>Befehl nicht verifiziert</translation>
        </message>
        <message>
            <source>Computed bolus volume and rate</source>
            <translation>Berechnetes Bolusvolumen und Rate</translation>
        </message>
        <message>
            <source>Concentration</source>
            <translation>Konzentration</translation>
        </message>
        <message>
            <source>Concentration (mcg/mL)</source>
            <translation>Konzentration (mcg/mL)</translation>
        </message>
        <message>
            <source>Concentration again</source>
            <translation>Konzentration erneut</translation>
        </message>
        <message>
            <source>Concentration again:</source>
            <translation>Konzentration erneut:</translation>
        </message>
        <message>
            <source>Concentration change: the pump path still holds {concentration}. {bridge_words}</source>
            <translation>Konzentrationswechsel: der Pumpenweg enthält noch {concentration}. {bridge_words}</translation>
        </message>
        <message>
            <source>Concentration:</source>
            <translation>Konzentration:</translation>
        </message>
        <message>
            <source>Conclusion of the post-MRI check</source>
            <translation>Ergebnis der Kontrolle nach der MRT</translation>
        </message>
        <message>
            <source>Confirm an override to apply it.</source>
            <translation>Eine Übersteuerung bestätigen, um sie anzuwenden.</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <source>Connect and interrogate, then try again.</source>
            <translation>Verbinden und abfragen, dann erneut versuchen.</translation>
        </message>
        <message>
            <source>Connect the console on this computer to the selected station</source>
            <translation>Die Konsole dieses Computers mit der gewählten Station verbinden</translation>
        </message>
        <message>
            <source>Connect the new pump</source>
            <translation>Neue Pumpe verbinden</translation>
        </message>
        <message>
            <source>Connect the new pump first (step 2).</source>
            <translation>Zuerst die neue Pumpe verbinden (Schritt 2).</translation>
        </message>
        <message>
            <source>Connect the new pump...</source>
            <translation>Neue Pumpe verbinden...</translation>
        </message>
        <message>
            <source>Connect this console</source>
            <translation>Diese Konsole verbinden</translation>
        </message>
        <message>
            <source>Connect to</source>
            <translation>Verbinden mit</translation>
        </message>
        <message>
            <source>Connect to a pump</source>
            <translation>Mit einer Pumpe verbinden</translation>
        </message>
        <message>
            <source>Connect to a pump - training mock</source>
            <translation>Mit einer Pumpe verbinden – Trainingsattrappe</translation>
        </message>
        <message>
            <source>Connect to a pump first (and let any command finish).</source>
            <translation>Zuerst mit einer Pumpe verbinden (und laufende Befehle abschließen lassen).</translation>
        </message>
        <message>
            <source>Connect to a pump first.</source>
            <translation>Zuerst mit einer Pumpe verbinden.</translation>
        </message>
        <message>
            <source>Connect to the station</source>
            <translation>Mit der Station verbinden</translation>
        </message>
        <message>
            <source>Connect...</source>
            <translation>Verbinden...</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Verbunden</translation>
        </message>
        <message>
            <source>Connected to the new pump {model} {serial} and read it: {drug} {concentration}, {volume} in the reservoir, {mode}.</source>
            <translation>Mit der neuen Pumpe {model} {serial} verbunden und abgefragt: {drug} {concentration}, {volume} im Reservoir, {mode}.</translation>
        </message>
        <message>
            <source>Connected to {model} {serial}, which cannot be the new pump.</source>
            <translation>Mit {model} {serial} verbunden; das kann nicht die neue Pumpe sein.</translation>
        </message>
        <message>
            <source>Connected; reading the pump...</source>
            <translation>Verbunden; Pumpe wird gelesen...</translation>
        </message>
        <message>
            <source>Connecting</source>
            <translation>Verbindung wird aufgebaut</translation>
        </message>
        <message>
            <source>Connecting to {device}...</source>
            <translation>Verbindung mit {device} wird hergestellt...</translation>
        </message>
        <message>
            <source>Console fault</source>
            <translation>Konsolenfehler</translation>
        </message>
        <message>
            <source>Could not connect to {url}: {cause}. {next_step}.</source>
            <translation>Verbindung mit {url} nicht möglich: {cause}. {next_step}.</translation>
        </message>
        <message>
            <source>Could not export to {target}: {error}</source>
            <translation>Export nach {target} nicht möglich: {error}</translation>
        </message>
        <message>
            <source>Could not open the scenario</source>
            <translation>Das Szenario konnte nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Could not read the event log: {message}. The {hours}-hour rule cannot be checked until it is read.</source>
            <translation>Ereignisprotokoll konnte nicht gelesen werden: {message}. Die {hours}-Stunden-Regel kann erst geprüft werden, wenn es gelesen ist.</translation>
        </message>
        <message>
            <source>Could not read the log: {reason}. The events listed are from the last reading.</source>
            <translation>Das Protokoll konnte nicht gelesen werden: {reason}. Die aufgeführten Ereignisse stammen vom letzten Lesen.</translation>
        </message>
        <message>
            <source>Could not read the pump: {message}</source>
            <translation>Pumpe konnte nicht gelesen werden: {message}</translation>
        </message>
        <message>
            <source>Could not read the scenario folder: {problem}</source>
            <translation>Der Szenario-Ordner konnte nicht gelesen werden: {problem}</translation>
        </message>
        <message>
            <source>Could not read the trainee records: {error}</source>
            <translation>Teilnehmerakten konnten nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <source>Could not save the PDF: {error}</source>
            <translation>PDF konnte nicht gespeichert werden: {error}</translation>
        </message>
        <message>
            <source>Could not save the debrief: {error}</source>
            <translation>Nachbesprechung konnte nicht gespeichert werden: {error}</translation>
        </message>
        <message>
            <source>Could not save {path}: {error}</source>
            <translation>{path} konnte nicht gespeichert werden: {error}</translation>
        </message>
        <message>
            <source>Could not save {path}: {reason}.</source>
            <translation>{path} konnte nicht gespeichert werden: {reason}.</translation>
        </message>
        <message>
            <source>Could not show the history: {message}</source>
            <translation>Verlauf konnte nicht angezeigt werden: {message}</translation>
        </message>
        <message>
            <source>Ctrl+Left / Ctrl+Right</source>
            <translation>Strg+Links / Strg+Rechts</translation>
        </message>
        <message>
            <source>Daily dose</source>
            <translation>Tagesdosis</translation>
        </message>
        <message>
            <source>Daily dose (mcg/day)</source>
            <translation>Tagesdosis (mcg/Tag)</translation>
        </message>
        <message>
            <source>Daily dose and reservoir over time, and the outlook</source>
            <translation>Tagesdosis und Reservoir über die Zeit und der Ausblick</translation>
        </message>
        <message>
            <source>Daily dose in force</source>
            <translation>Aktive Tagesdosis</translation>
        </message>
        <message>
            <source>Daily dose in force:</source>
            <translation>Aktive Tagesdosis:</translation>
        </message>
        <message>
            <source>Daily dose:</source>
            <translation>Tagesdosis:</translation>
        </message>
        <message>
            <source>Daily total</source>
            <translation>Tagesgesamtmenge</translation>
        </message>
        <message>
            <source>Daily total on the old and the new pump</source>
            <translation>Tagesgesamtmenge auf der alten und der neuen Pumpe</translation>
        </message>
        <message>
            <source>Daily totals and change</source>
            <translation>Tagesgesamtwerte und Änderung</translation>
        </message>
        <message>
            <source>Daily totals and change against the program in force</source>
            <translation>Tagesgesamtwerte und Änderung gegenüber dem aktiven Programm</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>Datenbank: {path}</translation>
        </message>
        <message>
            <source>Date (UTC)</source>
            <translation>Datum (UTC)</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Datum:</translation>
        </message>
        <message>
            <source>Daylight saving</source>
            <translation>Sommerzeit</translation>
        </message>
        <message>
            <source>Deal with the cause (see What to do in the alarms panel); the alarm then clears by itself.</source>
            <translation>Die Ursache beheben (siehe „Was zu tun ist“ im Alarmfenster); der Alarm erlischt dann von selbst.</translation>
        </message>
        <message>
            <source>Debrief</source>
            <translation>Nachbesprechung</translation>
        </message>
        <message>
            <source>Debrief (*.json)</source>
            <translation>Nachbesprechung (*.json)</translation>
        </message>
        <message>
            <source>Debrief (*.json);;All files (*)</source>
            <translation>Nachbesprechung (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Debrief PDF saved: {path}</source>
            <translation>PDF der Nachbesprechung gespeichert: {path}</translation>
        </message>
        <message>
            <source>Debrief: {scenario_title} - training mock</source>
            <translation>Nachbesprechung: {scenario_title} – Trainingsattrappe</translation>
        </message>
        <message>
            <source>Default low-reservoir alarm volume in mL</source>
            <translation>Standardvolumen des Niedrigstand-Alarms in mL</translation>
        </message>
        <message>
            <source>Default low-reservoir alarm:</source>
            <translation>Standard-Niedrigstand-Alarm:</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Entf</translation>
        </message>
        <message>
            <source>Delete step (Del)</source>
            <translation>Schritt löschen (Entf)</translation>
        </message>
        <message>
            <source>Delete step {step}</source>
            <translation>Schritt {step} löschen</translation>
        </message>
        <message>
            <source>Delete the selected step</source>
            <translation>Den gewählten Schritt löschen</translation>
        </message>
        <message>
            <source>Delivery has NOT resumed</source>
            <translation>Abgabe NICHT wieder aufgenommen</translation>
        </message>
        <message>
            <source>Delivery has NOT resumed: motor stall at {time}, no recovery after {sessions}. {withdrawal}</source>
            <translation>Abgabe NICHT wieder aufgenommen: Motorblockade um {time}, keine Aufhebung nach {sessions}. {withdrawal}</translation>
        </message>
        <message>
            <source>Delivery history</source>
            <translation>Abgabeverlauf</translation>
        </message>
        <message>
            <source>Delivery history - training mock</source>
            <translation>Abgabeverlauf – Trainingsattrappe</translation>
        </message>
        <message>
            <source>Delivery history plot</source>
            <translation>Diagramm des Abgabeverlaufs</translation>
        </message>
        <message>
            <source>Delivery history...</source>
            <translation>Abgabeverlauf...</translation>
        </message>
        <message>
            <source>Delivery history: daily dose and reservoir over time, refills, outlook</source>
            <translation>Abgabeverlauf: Tagesdosis und Reservoir über die Zeit, Nachfüllungen, Ausblick</translation>
        </message>
        <message>
            <source>Delivery resumed</source>
            <translation>Abgabe wieder aufgenommen</translation>
        </message>
        <message>
            <source>Delivery resumed at {moment}, after {duration} stopped. Check the program in force is the prescribed one and clear the motor stall alarm if it still sounds.</source>
            <translation>Abgabe wieder aufgenommen am {moment}, nach {duration} Stillstand. Prüfen, ob das aktive Programm das verordnete ist, und den Motorblockade-Alarm löschen, falls er noch ertönt.</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Device URL (socket://, rfc2217:// or a recent device)</source>
            <translation>Geräte-URL (socket://, rfc2217:// oder ein zuletzt verwendetes Gerät)</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Differenz</translation>
        </message>
        <message>
            <source>Difficulty</source>
            <translation>Schwierigkeit</translation>
        </message>
        <message>
            <source>Discrepancy</source>
            <translation>Abweichung</translation>
        </message>
        <message>
            <source>Discrepancy acknowledged</source>
            <translation>Abweichung bestätigt</translation>
        </message>
        <message>
            <source>Display and editing</source>
            <translation>Anzeige und Bearbeitung</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Anzeigename</translation>
        </message>
        <message>
            <source>Display unit</source>
            <translation>Anzeigeeinheit</translation>
        </message>
        <message>
            <source>Done on the new pump: {done}. Not done: {missing}.</source>
            <translation>Auf der neuen Pumpe erledigt: {done}. Nicht erledigt: {missing}.</translation>
        </message>
        <message>
            <source>Dose
(mcg/day)</source>
            <translation>Dosis
(mcg/Tag)</translation>
        </message>
        <message>
            <source>Dose
(mcg/h)</source>
            <translation>Dosis
(mcg/h)</translation>
        </message>
        <message>
            <source>Dose (mcg)</source>
            <translation>Dosis (mcg)</translation>
        </message>
        <message>
            <source>Dose (mcg/day)</source>
            <translation>Dosis (mcg/Tag)</translation>
        </message>
        <message>
            <source>Dose (mcg/h)</source>
            <translation>Dosis (mcg/h)</translation>
        </message>
        <message>
            <source>Dose ({unit})</source>
            <translation>Dosis ({unit})</translation>
        </message>
        <message>
            <source>Dose:</source>
            <translation>Dosis:</translation>
        </message>
        <message>
            <source>Double-click</source>
            <translation>Doppelklick</translation>
        </message>
        <message>
            <source>Double-click a run to open its debrief.</source>
            <translation>Einen Durchlauf doppelklicken, um seine Nachbesprechung zu öffnen.</translation>
        </message>
        <message>
            <source>Drag a line</source>
            <translation>Eine Linie ziehen</translation>
        </message>
        <message>
            <source>Drag to change this step's dose (Shift: finer)</source>
            <translation>Ziehen, um die Dosis dieses Schritts zu ändern (Umschalt: feiner)</translation>
        </message>
        <message>
            <source>Drag to move this step's start (Shift: 1 min)</source>
            <translation>Ziehen, um den Beginn dieses Schritts zu verschieben (Umschalt: 1 min)</translation>
        </message>
        <message>
            <source>Drop link at next send</source>
            <translation>Verbindung beim nächsten Senden trennen</translation>
        </message>
        <message>
            <source>Drug</source>
            <translation>Medikament</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Duration, hours</source>
            <translation>Dauer, Stunden</translation>
        </message>
        <message>
            <source>Duration, minutes</source>
            <translation>Dauer, Minuten</translation>
        </message>
        <message>
            <source>Duration:</source>
            <translation>Dauer:</translation>
        </message>
        <message>
            <source>END OF SERVICE</source>
            <translation>BETRIEBSENDE</translation>
        </message>
        <message>
            <source>ERI + {days} days</source>
            <translation>ERI + {days} Tage</translation>
        </message>
        <message>
            <source>ERI date</source>
            <translation>ERI-Datum</translation>
        </message>
        <message>
            <source>ERI expected {eri}: plan the replacement from {plan_from}.</source>
            <translation>ERI erwartet am {eri}: den Austausch ab {plan_from} planen.</translation>
        </message>
        <message>
            <source>ERI expected {eri}: plan the replacement now (replace by {replace_by} at the latest).</source>
            <translation>ERI erwartet am {eri}: den Austausch jetzt planen (spätestens bis {replace_by}).</translation>
        </message>
        <message>
            <source>ERI reached on {eri}: replace by {replace_by} ({left}).</source>
            <translation>ERI erreicht am {eri}: bis {replace_by} austauschen ({left}).</translation>
        </message>
        <message>
            <source>ERI reached {day}; {when}</source>
            <translation>ERI erreicht {day}; {when}</translation>
        </message>
        <message>
            <source>Each scored run is filed in the trainee records under the trainee's pseudonymous id (not their real name or staff number). Leave a line empty to score that station without recording it.</source>
            <translation>Jeder bewertete Durchlauf wird in den Teilnehmerakten unter der pseudonymen ID des Teilnehmers abgelegt (nicht unter seinem echten Namen oder seiner Personalnummer). Eine Zeile leer lassen, um diese Station ohne Erfassung zu bewerten.</translation>
        </message>
        <message>
            <source>Each step's dose and its volume on the old and the new pump</source>
            <translation>Dosis jedes Schritts und sein Volumen auf der alten und der neuen Pumpe</translation>
        </message>
        <message>
            <source>Edited: the pump's implant record will be changed to these values before the bolus.</source>
            <translation>Bearbeitet: der Implantatdatensatz der Pumpe wird vor dem Bolus auf diese Werte geändert.</translation>
        </message>
        <message>
            <source>Editor snap: {minutes} min is not one of {choices} min</source>
            <translation>Raster im Editor: {minutes} min ist keiner von {choices} min</translation>
        </message>
        <message>
            <source>Effect</source>
            <translation>Wirkdauer</translation>
        </message>
        <message>
            <source>Effect lasted:</source>
            <translation>Wirkung hielt an:</translation>
        </message>
        <message>
            <source>Elective replacement indicator</source>
            <translation>Elektiver Austauschindikator</translation>
        </message>
        <message>
            <source>Emulator: {profile}, {volume} mL, serial {serial}</source>
            <translation>Emulator: {profile}, {volume} mL, Seriennummer {serial}</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>End and score</source>
            <translation>Beenden und bewerten</translation>
        </message>
        <message>
            <source>End and score a station first; its debrief is saved from here.</source>
            <translation>Zuerst eine Station beenden und bewerten; ihre Nachbesprechung wird von hier gespeichert.</translation>
        </message>
        <message>
            <source>End of service</source>
            <translation>Betriebsende</translation>
        </message>
        <message>
            <source>End of service reached on {day}: the pump no longer delivers. Replace it now; watch for withdrawal.</source>
            <translation>Betriebsende am {day} erreicht: die Pumpe gibt nichts mehr ab. Jetzt austauschen; auf Entzug achten.</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Eingabe</translation>
        </message>
        <message>
            <source>Enter a dose and a duration the pump can give.</source>
            <translation>Eine Dosis und eine Dauer eingeben, die die Pumpe geben kann.</translation>
        </message>
        <message>
            <source>Enter the concentration twice, from the vial each time.</source>
            <translation>Die Konzentration zweimal eingeben, jedes Mal von der Ampulle abgelesen.</translation>
        </message>
        <message>
            <source>Enter the pseudonymous id and name of the trainee at each selected station; their scored runs are recorded under it</source>
            <translation>Pseudonyme ID und Namen des Teilnehmers an jeder gewählten Station eingeben; seine bewerteten Durchläufe werden darunter erfasst</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <source>Event log</source>
            <translation>Ereignisprotokoll</translation>
        </message>
        <message>
            <source>Event log...</source>
            <translation>Ereignisprotokoll...</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Ereignisse</translation>
        </message>
        <message>
            <source>Events timeline</source>
            <translation>Zeitleiste der Ereignisse</translation>
        </message>
        <message>
            <source>Every run of this scenario, objective by objective, for competency files</source>
            <translation>Jeder Durchlauf dieses Szenarios, Ziel für Ziel, für Kompetenznachweise</translation>
        </message>
        <message>
            <source>Every scored run by trainee and scenario: history, cohort, CSV and PDF</source>
            <translation>Jeder bewertete Durchlauf nach Teilnehmer und Szenario: Verlauf, Kohorte, CSV und PDF</translation>
        </message>
        <message>
            <source>Expected residual</source>
            <translation>Erwartetes Restvolumen</translation>
        </message>
        <message>
            <source>Expected residual (pump):</source>
            <translation>Erwartetes Restvolumen (Pumpe):</translation>
        </message>
        <message>
            <source>Export CSV...</source>
            <translation>CSV exportieren...</translation>
        </message>
        <message>
            <source>Export history CSV...</source>
            <translation>Verlauf als CSV exportieren...</translation>
        </message>
        <message>
            <source>Export the event log</source>
            <translation>Ereignisprotokoll exportieren</translation>
        </message>
        <message>
            <source>Export trainee records</source>
            <translation>Teilnehmerakten exportieren</translation>
        </message>
        <message>
            <source>Exported {rows} to {target}</source>
            <translation>{rows} nach {target} exportiert</translation>
        </message>
        <message>
            <source>Exporting {rows} to {path}...</source>
            <translation>{rows} werden nach {path} exportiert...</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Nicht bestanden</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Rückmeldung</translation>
        </message>
        <message>
            <source>Feedback when done</source>
            <translation>Rückmeldung bei Erfüllung</translation>
        </message>
        <message>
            <source>Feedback when missed</source>
            <translation>Rückmeldung bei Verfehlen</translation>
        </message>
        <message>
            <source>Field: {field}, on the {tab} tab</source>
            <translation>Feld: {field}, auf der Registerkarte {tab}</translation>
        </message>
        <message>
            <source>Field: {field}, {row} {number} on the {tab} tab</source>
            <translation>Feld: {field}, {row} {number} auf der Registerkarte {tab}</translation>
        </message>
        <message>
            <source>Fill the new pump's internal path and the catheter before therapy starts: a priming bolus at the pump's maximum rate. The catheter comes from the saved record; confirm it is the one implanted, or correct it and say why.</source>
            <translation>Den inneren Weg der neuen Pumpe und den Katheter vor Therapiebeginn füllen: ein Priming-Bolus mit der Höchstrate der Pumpe. Der Katheter stammt aus dem gespeicherten Datensatz; bestätigen, dass er der implantierte ist, oder ihn korrigieren und den Grund angeben.</translation>
        </message>
        <message>
            <source>Fill volume</source>
            <translation>Füllvolumen</translation>
        </message>
        <message>
            <source>Fill volume:</source>
            <translation>Füllvolumen:</translation>
        </message>
        <message>
            <source>Fill {volume} of {drug} {concentration}; low-reservoir alarm at {alarm}.</source>
            <translation>{volume} {drug} {concentration} füllen; Niedrigstand-Alarm bei {alarm}.</translation>
        </message>
        <message>
            <source>Filled</source>
            <translation>Gefüllt</translation>
        </message>
        <message>
            <source>Filled (mL)</source>
            <translation>Befüllt (mL)</translation>
        </message>
        <message>
            <source>Find the cause of the stall (Alarms, Ctrl+L, says what to do), clear the motor stall alarm, then try again.</source>
            <translation>Die Ursache der Blockade finden (Alarme, Strg+L, sagt, was zu tun ist), den Motorblockade-Alarm löschen, dann erneut versuchen.</translation>
        </message>
        <message>
            <source>Folder of scenario files</source>
            <translation>Ordner mit Szenariodateien</translation>
        </message>
        <message>
            <source>Found on (local date and time)</source>
            <translation>Vorgefunden am (Ortsdatum und -zeit)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Ab</translation>
        </message>
        <message>
            <source>Full screen, large type, the pump's clock and time control for a workshop</source>
            <translation>Vollbild, große Schrift, die Pumpenuhr und Zeitsteuerung für einen Workshop</translation>
        </message>
        <message>
            <source>Give the bridge bolus after the refill</source>
            <translation>Den Überbrückungsbolus nach der Nachfüllung geben</translation>
        </message>
        <message>
            <source>Give the first screening bolus: 50 mcg.</source>
            <translation>Den ersten Testbolus geben: 50 mcg.</translation>
        </message>
        <message>
            <source>Give the reason for changing the implant record before the bolus.</source>
            <translation>Vor dem Bolus den Grund für die Änderung des Implantatdatensatzes angeben.</translation>
        </message>
        <message>
            <source>Go back to the program in force</source>
            <translation>Zum aktiven Programm zurückkehren</translation>
        </message>
        <message>
            <source>Go to the field</source>
            <translation>Zum Feld gehen</translation>
        </message>
        <message>
            <source>Hard limits come from the pump profile and cannot be changed here. Alarms are always shown on screen.</source>
            <translation>Harte Grenzen stammen aus dem Pumpenprofil und können hier nicht geändert werden. Alarme werden immer auf dem Bildschirm angezeigt.</translation>
        </message>
        <message>
            <source>Highest active alarm</source>
            <translation>Höchster aktiver Alarm</translation>
        </message>
        <message>
            <source>Highest dose (mcg/day)</source>
            <translation>Höchste Dosis (mcg/Tag)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>History of the selected trainee</source>
            <translation>Verlauf des gewählten Teilnehmers</translation>
        </message>
        <message>
            <source>How long the effect lasted, in hours</source>
            <translation>Wie lange die Wirkung anhielt, in Stunden</translation>
        </message>
        <message>
            <source>How many alarms are active</source>
            <translation>Wie viele Alarme aktiv sind</translation>
        </message>
        <message>
            <source>How the pump restarts after the scan</source>
            <translation>Wie die Pumpe nach der Untersuchung wieder anläuft</translation>
        </message>
        <message>
            <source>I have noted the discrepancy and will act on it</source>
            <translation>Ich habe die Abweichung zur Kenntnis genommen und werde handeln</translation>
        </message>
        <message>
            <source>ITB Programmer Console - training mock, not for clinical use</source>
            <translation>ITB-Programmierkonsole – Trainingsattrappe, nicht für den klinischen Einsatz</translation>
        </message>
        <message>
            <source>ITB cohort results</source>
            <translation>ITB-Kohortenergebnisse</translation>
        </message>
        <message>
            <source>ITB pump programming session report</source>
            <translation>ITB-Pumpenprogrammierung: Sitzungsbericht</translation>
        </message>
        <message>
            <source>ITB scenario debrief</source>
            <translation>ITB-Szenario-Nachbesprechung</translation>
        </message>
        <message>
            <source>ITB session report</source>
            <translation>ITB-Sitzungsbericht</translation>
        </message>
        <message>
            <source>ITB training scenario debrief</source>
            <translation>ITB-Schulungsszenario: Nachbesprechung</translation>
        </message>
        <message>
            <source>ITB training: cohort results</source>
            <translation>ITB-Schulung: Kohortenergebnisse</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Kennung</translation>
        </message>
        <message>
            <source>Implant record</source>
            <translation>Implantatdatensatz</translation>
        </message>
        <message>
            <source>Implant record change</source>
            <translation>Änderung des Implantatdatensatzes</translation>
        </message>
        <message>
            <source>Implant record changed</source>
            <translation>Implantatdatensatz geändert</translation>
        </message>
        <message>
            <source>Implanted</source>
            <translation>Implantiert</translation>
        </message>
        <message>
            <source>Implanted on</source>
            <translation>Implantiert am</translation>
        </message>
        <message>
            <source>Inadequate response: give {dose} mcg after 24 h.</source>
            <translation>Unzureichende Wirkung: nach 24 h {dose} mcg geben.</translation>
        </message>
        <message>
            <source>Indicator (ERI)</source>
            <translation>Indikator (ERI)</translation>
        </message>
        <message>
            <source>Inject:</source>
            <translation>Einspeisen:</translation>
        </message>
        <message>
            <source>Instructor - {training_mark}</source>
            <translation>Trainer – {training_mark}</translation>
        </message>
        <message>
            <source>Instructor messages</source>
            <translation>Trainermeldungen</translation>
        </message>
        <message>
            <source>Instructor panel...</source>
            <translation>Trainerbereich...</translation>
        </message>
        <message>
            <source>Instructor panel: scenario stations, time, faults, scores</source>
            <translation>Trainerbereich: Szenario-Stationen, Zeit, Fehler, Punkte</translation>
        </message>
        <message>
            <source>Internal volume:</source>
            <translation>Innenvolumen:</translation>
        </message>
        <message>
            <source>Interrogate</source>
            <translation>Abfragen</translation>
        </message>
        <message>
            <source>Interrogate (F5) to see the alarms now active.</source>
            <translation>Abfragen (F5), um die jetzt aktiven Alarme zu sehen.</translation>
        </message>
        <message>
            <source>Interrogate (place the programmer again)</source>
            <translation>Abfragen (Programmiergerät erneut auflegen)</translation>
        </message>
        <message>
            <source>Interrogate and save needs the old pump connected (Ctrl+K); or open a file saved earlier.</source>
            <translation>Abfragen und speichern braucht die alte Pumpe verbunden (Strg+K); oder eine früher gespeicherte Datei öffnen.</translation>
        </message>
        <message>
            <source>Interrogate and save...</source>
            <translation>Abfragen und speichern...</translation>
        </message>
        <message>
            <source>Interrogate the pump again</source>
            <translation>Pumpe erneut abfragen</translation>
        </message>
        <message>
            <source>Interrogate the pump first: its implant record has not been read.</source>
            <translation>Zuerst die Pumpe abfragen: ihr Implantatdatensatz wurde noch nicht gelesen.</translation>
        </message>
        <message>
            <source>Interrogate, check the log, image the pump; watch for withdrawal. Clear only after the cause is dealt with.</source>
            <translation>Abfragen, Protokoll prüfen, Pumpe bildgebend darstellen; auf Entzug achten. Erst löschen, wenn die Ursache behoben ist.</translation>
        </message>
        <message>
            <source>Interrogate, re-program and verify, and plan replacement.</source>
            <translation>Abfragen, neu programmieren und verifizieren, und den Austausch planen.</translation>
        </message>
        <message>
            <source>Interrogated</source>
            <translation>Abgefragt</translation>
        </message>
        <message>
            <source>Interrogated (programming session opened)</source>
            <translation>Abgefragt (Programmiersitzung geöffnet)</translation>
        </message>
        <message>
            <source>Interrogating...</source>
            <translation>Wird abgefragt...</translation>
        </message>
        <message>
            <source>It reads {time}, within {minutes} min of local time.</source>
            <translation>Sie zeigt {time}, innerhalb von {minutes} min der Ortszeit.</translation>
        </message>
        <message>
            <source>Jump pump time {text} ahead; events on the way fire</source>
            <translation>Pumpenzeit um {text} vorspringen; Ereignisse auf dem Weg lösen aus</translation>
        </message>
        <message>
            <source>Jump:</source>
            <translation>Sprung:</translation>
        </message>
        <message>
            <source>Keep these trainees</source>
            <translation>Diese Teilnehmer übernehmen</translation>
        </message>
        <message>
            <source>Key file for the stations</source>
            <translation>Schlüsseldatei für die Stationen</translation>
        </message>
        <message>
            <source>Key file of a keyed pump</source>
            <translation>Schlüsseldatei einer Pumpe mit Schlüssel</translation>
        </message>
        <message>
            <source>Key file:</source>
            <translation>Schlüsseldatei:</translation>
        </message>
        <message>
            <source>Key files (*.key);;All files (*)</source>
            <translation>Schlüsseldateien (*.key);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Key the stations opened next: their pumps answer only a console holding this file (give trainees a copy)</source>
            <translation>Die als Nächstes geöffneten Stationen mit Schlüssel versehen: ihre Pumpen antworten nur einer Konsole mit dieser Datei (den Teilnehmern eine Kopie geben)</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Keyed: a console connects with the key file {path}.</source>
            <translation>Mit Schlüssel: eine Konsole verbindet sich mit der Schlüsseldatei {path}.</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Art:</translation>
        </message>
        <message>
            <source>Language (at next start):</source>
            <translation>Sprache (beim nächsten Start):</translation>
        </message>
        <message>
            <source>Language of the console</source>
            <translation>Sprache der Konsole</translation>
        </message>
        <message>
            <source>Language: {language} is not one of {choices}</source>
            <translation>Sprache: {language} ist keine von {choices}</translation>
        </message>
        <message>
            <source>Largest bolus (mL)</source>
            <translation>Größter Bolus (mL)</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <source>Last action</source>
            <translation>Letzte Aktion</translation>
        </message>
        <message>
            <source>Last change {day}; it does not explain the difference (the pump was set after it, or it is out for another reason).</source>
            <translation>Letzte Umstellung {day}; sie erklärt die Differenz nicht (die Pumpe wurde danach gestellt, oder sie weicht aus einem anderen Grund ab).</translation>
        </message>
        <message>
            <source>Last read {time}, not connected</source>
            <translation>Zuletzt gelesen {time}, nicht verbunden</translation>
        </message>
        <message>
            <source>Last read {time}, not connected (link lost)</source>
            <translation>Zuletzt gelesen {time}, nicht verbunden (Verbindung verloren)</translation>
        </message>
        <message>
            <source>Last refill</source>
            <translation>Letzte Nachfüllung</translation>
        </message>
        <message>
            <source>Last run</source>
            <translation>Letzter Durchlauf</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Letztes Jahr</translation>
        </message>
        <message>
            <source>Leave presentation mode</source>
            <translation>Präsentationsmodus verlassen</translation>
        </message>
        <message>
            <source>Leave the replacement?</source>
            <translation>Den Austausch verlassen?</translation>
        </message>
        <message>
            <source>Leave the wizard anyway?</source>
            <translation>Den Assistenten trotzdem verlassen?</translation>
        </message>
        <message>
            <source>Left / Right</source>
            <translation>Links / Rechts</translation>
        </message>
        <message>
            <source>Left and Right select a step; Up and Down change its dose; Ctrl with Left or Right moves its start; S splits, M merges with the next step, Delete removes it; Enter types an exact dose. Hold Shift for finer steps.</source>
            <translation>Links und Rechts wählen einen Schritt; Auf und Ab ändern seine Dosis; Strg mit Links oder Rechts verschiebt seinen Beginn; S teilt, M führt mit dem nächsten Schritt zusammen, Entf entfernt ihn; Eingabe gibt eine genaue Dosis ein. Umschalt halten für feinere Schritte.</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Lizenz</translation>
        </message>
        <message>
            <source>List the keyboard shortcuts</source>
            <translation>Tastenkürzel auflisten</translation>
        </message>
        <message>
            <source>Loads as written: </source>
            <translation>Lädt wie geschrieben: </translation>
        </message>
        <message>
            <source>Local time</source>
            <translation>Ortszeit</translation>
        </message>
        <message>
            <source>Local time in {key}</source>
            <translation>Ortszeit in {key}</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>Log folder</source>
            <translation>Protokollordner</translation>
        </message>
        <message>
            <source>Looking for running emulators...</source>
            <translation>Laufende Emulatoren werden gesucht...</translation>
        </message>
        <message>
            <source>Looking for serial ports...</source>
            <translation>Serielle Ports werden gesucht...</translation>
        </message>
        <message>
            <source>Low alarm</source>
            <translation>Niedrigstand-Alarm</translation>
        </message>
        <message>
            <source>Low battery reset</source>
            <translation>Reset bei niedriger Batterie</translation>
        </message>
        <message>
            <source>Low reservoir</source>
            <translation>Reservoir niedrig</translation>
        </message>
        <message>
            <source>Low-reservoir alarm</source>
            <translation>Niedrigstand-Alarm</translation>
        </message>
        <message>
            <source>Low-reservoir alarm at</source>
            <translation>Niedrigstand-Alarm bei</translation>
        </message>
        <message>
            <source>Low-reservoir alarm at (mL)</source>
            <translation>Niedrigstand-Alarm bei (mL)</translation>
        </message>
        <message>
            <source>Low-reservoir alarm volume</source>
            <translation>Volumen des Niedrigstand-Alarms</translation>
        </message>
        <message>
            <source>Low-reservoir alarm:</source>
            <translation>Niedrigstand-Alarm:</translation>
        </message>
        <message>
            <source>Low-reservoir alarm: {volume} is outside this pump's {span}</source>
            <translation>Niedrigstand-Alarm: {volume} liegt außerhalb von {span} dieser Pumpe</translation>
        </message>
        <message>
            <source>Low-reservoir alarm in</source>
            <translation>Niedrigstand-Alarm in</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>Niedrigstes</translation>
        </message>
        <message>
            <source>Lowest dose (mcg/day)</source>
            <translation>Niedrigste Dosis (mcg/Tag)</translation>
        </message>
        <message>
            <source>MRI scan</source>
            <translation>MRT-Untersuchung</translation>
        </message>
        <message>
            <source>MRI scan length</source>
            <translation>Dauer der MRT-Untersuchung</translation>
        </message>
        <message>
            <source>MRI scan started at {names}: the rotor has stopped and the motor-stall alarm sounds; {mri}.</source>
            <translation>MRT-Untersuchung an {names} begonnen: Der Rotor steht und der Motorblockade-Alarm ertönt; {mri}.</translation>
        </message>
        <message>
            <source>MRI:</source>
            <translation>MRT:</translation>
        </message>
        <message>
            <source>Made by {software}</source>
            <translation>Erstellt mit {software}</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Mittelwert</translation>
        </message>
        <message>
            <source>Mean score</source>
            <translation>Mittlere Punktzahl</translation>
        </message>
        <message>
            <source>Median score</source>
            <translation>Median der Punktzahl</translation>
        </message>
        <message>
            <source>Merge step {step} with the next</source>
            <translation>Schritt {step} mit dem nächsten zusammenführen</translation>
        </message>
        <message>
            <source>Merge the selected step with the next</source>
            <translation>Den gewählten Schritt mit dem nächsten zusammenführen</translation>
        </message>
        <message>
            <source>Merge with next step (M)</source>
            <translation>Mit nächstem Schritt zusammenführen (M)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modus</translation>
        </message>
        <message>
            <source>Mode change</source>
            <translation>Moduswechsel</translation>
        </message>
        <message>
            <source>Mode:</source>
            <translation>Modus:</translation>
        </message>
        <message>
            <source>Mode: &lt;b&gt;{mode}&lt;/b&gt; &amp;nbsp; Drug: {drug} {concentration}</source>
            <translation>Modus: &lt;b&gt;{mode}&lt;/b&gt; &amp;nbsp; Medikament: {drug} {concentration}</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Motor stall</source>
            <translation>Motorblockade</translation>
        </message>
        <message>
            <source>Motor stall alarm cleared ({by})</source>
            <translation>Motorblockade-Alarm gelöscht ({by})</translation>
        </message>
        <message>
            <source>Motor stall logged at {time}, no recovery yet. The log may show the recovery only at a second interrogation: interrogate again before concluding.</source>
            <translation>Motorblockade um {time} protokolliert, noch keine Aufhebung. Das Protokoll zeigt die Aufhebung eventuell erst bei einer zweiten Abfrage: vor einer Schlussfolgerung erneut abfragen.</translation>
        </message>
        <message>
            <source>Motor stall, recovery and interrogations in the log</source>
            <translation>Motorblockade, Aufhebung und Abfragen im Protokoll</translation>
        </message>
        <message>
            <source>Motor stall: rotor stopped, two-tone critical alarm</source>
            <translation>Motorblockade: Rotor angehalten, kritischer Zweiton-Alarm</translation>
        </message>
        <message>
            <source>Move a boundary (by the snap) or a level; hold Shift for 1 min / finer</source>
            <translation>Eine Grenze (im Raster) oder eine Stufe verschieben; Umschalt halten für 1 min / feiner</translation>
        </message>
        <message>
            <source>Move start of step {step} to {time}</source>
            <translation>Beginn von Schritt {step} auf {time} verschieben</translation>
        </message>
        <message>
            <source>Move the selected step's start by the snap (15 min unless set in Preferences; Shift: 1 min)</source>
            <translation>Beginn des gewählten Schritts um das Raster verschieben (15 min, sofern nicht in den Einstellungen geändert; Umschalt: 1 min)</translation>
        </message>
        <message>
            <source>Mute alarm tones</source>
            <translation>Alarmtöne stummschalten</translation>
        </message>
        <message>
            <source>NOT DELIVERING ({reason})</source>
            <translation>KEINE ABGABE ({reason})</translation>
        </message>
        <message>
            <source>NOT KNOWN: the last send failed part-way</source>
            <translation>NICHT BEKANNT: das letzte Senden ist mittendrin fehlgeschlagen</translation>
        </message>
        <message>
            <source>NOT YET: nothing read from the pump</source>
            <translation>NOCH NICHT: nichts von der Pumpe gelesen</translation>
        </message>
        <message>
            <source>NOW</source>
            <translation>JETZT</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>New
(mL/day)</source>
            <translation>Neu
(mL/Tag)</translation>
        </message>
        <message>
            <source>New
(mcg/day)</source>
            <translation>Neu
(mcg/Tag)</translation>
        </message>
        <message>
            <source>New
(mcg/h)</source>
            <translation>Neu
(mcg/h)</translation>
        </message>
        <message>
            <source>New concentration (mcg/mL)</source>
            <translation>Neue Konzentration (mcg/mL)</translation>
        </message>
        <message>
            <source>New pump
{concentration}
(mL/day)</source>
            <translation>Neue Pumpe
{concentration}
(mL/Tag)</translation>
        </message>
        <message>
            <source>New scenario</source>
            <translation>Neues Szenario</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>Weiter &gt;</translation>
        </message>
        <message>
            <source>Next bolus</source>
            <translation>Nächster Bolus</translation>
        </message>
        <message>
            <source>Next display unit (mcg/day, mcg/h, mL/day)</source>
            <translation>Nächste Anzeigeeinheit (mcg/Tag, mcg/h, mL/Tag)</translation>
        </message>
        <message>
            <source>Next low-reservoir alarm: {time} ({when})</source>
            <translation>Nächster Niedrigstand-Alarm: {time} ({when})</translation>
        </message>
        <message>
            <source>Next refill</source>
            <translation>Nächste Nachfüllung</translation>
        </message>
        <message>
            <source>Next refill (booked)</source>
            <translation>Nächste Nachfüllung (geplant)</translation>
        </message>
        <message>
            <source>Next refill booked for</source>
            <translation>Nächste Nachfüllung geplant am</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Nächste Schritte</translation>
        </message>
        <message>
            <source>Next unit</source>
            <translation>Nächste Einheit</translation>
        </message>
        <message>
            <source>Night, 19:00 to 07:00 (pump clock)</source>
            <translation>Nacht, 19:00 bis 07:00 (Pumpenuhr)</translation>
        </message>
        <message>
            <source>No actions</source>
            <translation>Keine Aktionen</translation>
        </message>
        <message>
            <source>No actions were recorded in this debrief.</source>
            <translation>In dieser Nachbesprechung wurden keine Aktionen aufgezeichnet.</translation>
        </message>
        <message>
            <source>No actions were recorded.</source>
            <translation>Es wurden keine Aktionen aufgezeichnet.</translation>
        </message>
        <message>
            <source>No active alarms</source>
            <translation>Keine aktiven Alarme</translation>
        </message>
        <message>
            <source>No active alarms.</source>
            <translation>Keine aktiven Alarme.</translation>
        </message>
        <message>
            <source>No adequate response</source>
            <translation>Keine ausreichende Wirkung</translation>
        </message>
        <message>
            <source>No bolus running.</source>
            <translation>Kein Bolus läuft.</translation>
        </message>
        <message>
            <source>No change in the last 6 months in this time zone.</source>
            <translation>Keine Umstellung in den letzten 6 Monaten in dieser Zeitzone.</translation>
        </message>
        <message>
            <source>No crashed station is selected; only a crashed station restarts.</source>
            <translation>Keine abgestürzte Station gewählt; nur eine abgestürzte Station startet neu.</translation>
        </message>
        <message>
            <source>No dose change in the pump's event log.</source>
            <translation>Keine Dosisänderung im Ereignisprotokoll der Pumpe.</translation>
        </message>
        <message>
            <source>No emulator is running (start one: itb-emulator --pty)</source>
            <translation>Kein Emulator läuft (einen starten: itb-emulator --pty)</translation>
        </message>
        <message>
            <source>No ended or crashed station to close; end and score it first.</source>
            <translation>Keine beendete oder abgestürzte Station zum Schließen; zuerst beenden und bewerten.</translation>
        </message>
        <message>
            <source>No key</source>
            <translation>Kein Schlüssel</translation>
        </message>
        <message>
            <source>No log file could be written; the details went to the terminal.</source>
            <translation>Es konnte keine Protokolldatei geschrieben werden; die Details gingen an das Terminal.</translation>
        </message>
        <message>
            <source>No longer there: {device}</source>
            <translation>Nicht mehr vorhanden: {device}</translation>
        </message>
        <message>
            <source>No motor stall in the pump's log.</source>
            <translation>Keine Motorblockade im Protokoll der Pumpe.</translation>
        </message>
        <message>
            <source>No motor stall is logged: the rotor was not stopped. Confirm the program in force is the one prescribed.</source>
            <translation>Keine Motorblockade protokolliert: der Rotor wurde nicht angehalten. Bestätigen, dass das aktive Programm das verordnete ist.</translation>
        </message>
        <message>
            <source>No motor stall logged</source>
            <translation>Keine Motorblockade protokolliert</translation>
        </message>
        <message>
            <source>No printer is available on this computer: the print system lists none (no printer is set up, or no print service such as CUPS is running).</source>
            <translation>Auf diesem Computer ist kein Drucker verfügbar: das Drucksystem listet keinen (kein Drucker eingerichtet oder kein Druckdienst wie CUPS aktiv).</translation>
        </message>
        <message>
            <source>No pump read</source>
            <translation>Keine Pumpe gelesen</translation>
        </message>
        <message>
            <source>No pump read yet</source>
            <translation>Noch keine Pumpe gelesen</translation>
        </message>
        <message>
            <source>No pump read yet.

Connect to a pump (File &gt; Connect..., Ctrl+K): its program in force appears here and editing starts from it.</source>
            <translation>Noch keine Pumpe gelesen.

Mit einer Pumpe verbinden (Datei &gt; Verbinden..., Strg+K): ihr aktives Programm erscheint hier, und die Bearbeitung beginnt damit.</translation>
        </message>
        <message>
            <source>No pump read yet: connect to a pump (Ctrl+K).</source>
            <translation>Noch keine Pumpe gelesen: mit einer Pumpe verbinden (Strg+K).</translation>
        </message>
        <message>
            <source>No pump was chosen: nothing changed.</source>
            <translation>Keine Pumpe gewählt: nichts geändert.</translation>
        </message>
        <message>
            <source>No refill forecast: the pump is not delivering.</source>
            <translation>Keine Nachfüllprognose: die Pumpe gibt nichts ab.</translation>
        </message>
        <message>
            <source>No response to 100 mcg: not a candidate for ITB therapy.</source>
            <translation>Keine Wirkung auf 100 mcg: nicht geeignet für eine ITB-Therapie.</translation>
        </message>
        <message>
            <source>No runs are recorded yet: runs are recorded when the instructor panel ends and scores a station with a trainee id.</source>
            <translation>Noch keine Durchläufe erfasst: Durchläufe werden erfasst, wenn der Trainerbereich eine Station mit Teilnehmer-ID beendet und bewertet.</translation>
        </message>
        <message>
            <source>No runs of this scenario are recorded.</source>
            <translation>Für dieses Szenario sind keine Durchläufe erfasst.</translation>
        </message>
        <message>
            <source>No serial ports found</source>
            <translation>Keine seriellen Ports gefunden</translation>
        </message>
        <message>
            <source>No sound was played: the tones are muted or this computer has no sound.</source>
            <translation>Es wurde kein Ton abgespielt: die Töne sind stumm oder dieser Computer hat keinen Ton.</translation>
        </message>
        <message>
            <source>No trainee matches.</source>
            <translation>Kein Teilnehmer passt.</translation>
        </message>
        <message>
            <source>No trainee noted: the selected stations' runs are scored without being recorded.</source>
            <translation>Kein Teilnehmer vermerkt: Die Durchläufe der ausgewählten Stationen werden bewertet, aber nicht dokumentiert.</translation>
        </message>
        <message>
            <source>Not added: {error}. {allowed}</source>
            <translation>Nicht hinzugefügt: {error}. {allowed}</translation>
        </message>
        <message>
            <source>Not added: {refused}</source>
            <translation>Nicht hinzugefügt: {refused}</translation>
        </message>
        <message>
            <source>Not applied: the pending program is stopped. Set the mode to Running first.</source>
            <translation>Nicht angewendet: das ausstehende Programm ist gestoppt. Zuerst den Modus auf „Läuft“ stellen.</translation>
        </message>
        <message>
            <source>Not applied: {error}.</source>
            <translation>Nicht angewendet: {error}.</translation>
        </message>
        <message>
            <source>Not applied: {reason}</source>
            <translation>Nicht angewendet: {reason}</translation>
        </message>
        <message>
            <source>Not attempted: no console connected to this station, so nothing the objective asks was done</source>
            <translation>Nicht versucht: Keine Konsole war mit dieser Station verbunden, also wurde nichts von dem getan, was das Ziel verlangt</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Nicht verbunden</translation>
        </message>
        <message>
            <source>Not connected ({age_text})</source>
            <translation>Nicht verbunden ({age_text})</translation>
        </message>
        <message>
            <source>Not connected to {station}: the session with {device} stays open.</source>
            <translation>Nicht mit {station} verbunden: Die Sitzung mit {device} bleibt offen.</translation>
        </message>
        <message>
            <source>Not connected: see the line at the top.</source>
            <translation>Nicht verbunden: siehe die Zeile oben.</translation>
        </message>
        <message>
            <source>Not connected: {problem}</source>
            <translation>Nicht verbunden: {problem}</translation>
        </message>
        <message>
            <source>Not interrogated from this window yet.</source>
            <translation>Aus diesem Fenster noch nicht abgefragt.</translation>
        </message>
        <message>
            <source>Not listed: {problem}</source>
            <translation>Nicht aufgeführt: {problem}</translation>
        </message>
        <message>
            <source>Not loaded:</source>
            <translation>Nicht geladen:</translation>
        </message>
        <message>
            <source>Not opened: {problem}.</source>
            <translation>Nicht geöffnet: {problem}.</translation>
        </message>
        <message>
            <source>Not put in the draft: {error}. Refill at a lower concentration first (the refill wizard), then use it again.</source>
            <translation>Nicht in den Entwurf übernommen: {error}. Zuerst mit einer niedrigeren Konzentration nachfüllen (Nachfüll-Assistent), dann erneut verwenden.</translation>
        </message>
        <message>
            <source>Not ready: </source>
            <translation>Nicht bereit: </translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>Not saved: {problems}</source>
            <translation>Nicht gespeichert: {problems}</translation>
        </message>
        <message>
            <source>Not saved: {problem}.</source>
            <translation>Nicht gespeichert: {problem}.</translation>
        </message>
        <message>
            <source>Not tried</source>
            <translation>Nicht ausprobiert</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Nothing has been sent yet: Send to pump refills it, reads it back and shows the result.</source>
            <translation>Noch nichts gesendet: An Pumpe senden füllt sie nach, liest sie zurück und zeigt das Ergebnis.</translation>
        </message>
        <message>
            <source>Nothing is sent yet: Review &amp;amp; send (Ctrl+Return) programs the pump.</source>
            <translation>Noch nichts gesendet: „Prüfen &amp;amp; senden“ (Strg+Eingabe) programmiert die Pumpe.</translation>
        </message>
        <message>
            <source>Nothing is sent yet: Review &amp;amp; send (Ctrl+Return) programs the pump; Undo takes it back.</source>
            <translation>Noch nichts gesendet: „Prüfen &amp;amp; senden“ (Strg+Eingabe) programmiert die Pumpe; Rückgängig nimmt es zurück.</translation>
        </message>
        <message>
            <source>Nothing to cancel: interrogate (F5) to see the pump as it is.</source>
            <translation>Nichts abzubrechen: abfragen (F5), um die Pumpe im aktuellen Zustand zu sehen.</translation>
        </message>
        <message>
            <source>Nothing was changed on it; connect to a pump with a supported profile, or update the console</source>
            <translation>An ihr wurde nichts geändert; mit einer Pumpe mit unterstütztem Profil verbinden oder die Konsole aktualisieren</translation>
        </message>
        <message>
            <source>Nothing was ended: the trainees were not confirmed.</source>
            <translation>Nichts wurde beendet: die Teilnehmer wurden nicht bestätigt.</translation>
        </message>
        <message>
            <source>Nothing was saved: no file was chosen.</source>
            <translation>Nichts gespeichert: keine Datei gewählt.</translation>
        </message>
        <message>
            <source>Nothing was sent: the pump is busy with another command.</source>
            <translation>Nichts gesendet: die Pumpe ist mit einem anderen Befehl beschäftigt.</translation>
        </message>
        <message>
            <source>Nothing was sent: the pump is not connected ({age}).</source>
            <translation>Nichts gesendet: die Pumpe ist nicht verbunden ({age}).</translation>
        </message>
        <message>
            <source>Number of stations</source>
            <translation>Anzahl der Stationen</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Objectives and feedback</source>
            <translation>Ziele und Rückmeldung</translation>
        </message>
        <message>
            <source>Objectives missed</source>
            <translation>Verfehlte Ziele</translation>
        </message>
        <message>
            <source>Objectives with points and feedback</source>
            <translation>Ziele mit Punkten und Rückmeldung</translation>
        </message>
        <message>
            <source>Old
(mcg/day)</source>
            <translation>Alt
(mcg/Tag)</translation>
        </message>
        <message>
            <source>Old and new values side by side</source>
            <translation>Alte und neue Werte nebeneinander</translation>
        </message>
        <message>
            <source>Old pump
{concentration}
(mL/day)</source>
            <translation>Alte Pumpe
{concentration}
(mL/Tag)</translation>
        </message>
        <message>
            <source>Old pump saved for its replacement</source>
            <translation>Alte Pumpe für ihren Austausch gespeichert</translation>
        </message>
        <message>
            <source>Old: the program saved from {model} {serial} ({drug} {concentration}). New: the same doses for this pump's {new_drug} {new_concentration}.</source>
            <translation>Alt: das von {model} {serial} gespeicherte Programm ({drug} {concentration}). Neu: dieselben Dosen für {new_drug} {new_concentration} dieser Pumpe.</translation>
        </message>
        <message>
            <source>Once per {hours} h:</source>
            <translation>Einmal pro {hours} h:</translation>
        </message>
        <message>
            <source>Only digits and “{point}” can be typed here.</source>
            <translation>Hier können nur Ziffern und „{point}“ eingegeben werden.</translation>
        </message>
        <message>
            <source>Only for a pump started with a shared key (itb-emulator --key-file, or a keyed classroom station): the trainer gives the file. Only its path is remembered.</source>
            <translation>Nur für eine Pumpe, die mit einem gemeinsamen Schlüssel gestartet wurde (itb-emulator --key-file oder eine Kursstation mit Schlüssel): der Trainer gibt die Datei aus. Nur ihr Pfad wird gespeichert.</translation>
        </message>
        <message>
            <source>Only {millilitres} in the reservoir: lower the dose or refill first.</source>
            <translation>Nur {millilitres} im Reservoir: die Dosis senken oder zuerst nachfüllen.</translation>
        </message>
        <message>
            <source>Only {volume} in the new pump's reservoir: fill it first.</source>
            <translation>Nur {volume} im Reservoir der neuen Pumpe: zuerst füllen.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Open a debrief</source>
            <translation>Eine Nachbesprechung öffnen</translation>
        </message>
        <message>
            <source>Open a file saved by Pump &gt; Replace pump.</source>
            <translation>Eine unter Pumpe &gt; Pumpe ersetzen gespeicherte Datei öffnen.</translation>
        </message>
        <message>
            <source>Open a saved file...</source>
            <translation>Gespeicherte Datei öffnen...</translation>
        </message>
        <message>
            <source>Open a saved pump</source>
            <translation>Gespeicherte Pumpe öffnen</translation>
        </message>
        <message>
            <source>Open a saved scenario debrief: score, objectives, replay of the actions, PDF</source>
            <translation>Gespeicherte Szenario-Nachbesprechung öffnen: Punkte, Ziele, Wiedergabe der Aktionen, PDF</translation>
        </message>
        <message>
            <source>Open a saved scenario debrief: score, objectives, replay, PDF</source>
            <translation>Gespeicherte Szenario-Nachbesprechung öffnen: Punkte, Ziele, Wiedergabe, PDF</translation>
        </message>
        <message>
            <source>Open a scenario</source>
            <translation>Ein Szenario öffnen</translation>
        </message>
        <message>
            <source>Open a scenario file (.toml)</source>
            <translation>Eine Szenariodatei öffnen (.toml)</translation>
        </message>
        <message>
            <source>Open another debrief...</source>
            <translation>Andere Nachbesprechung öffnen...</translation>
        </message>
        <message>
            <source>Open debrief</source>
            <translation>Nachbesprechung öffnen</translation>
        </message>
        <message>
            <source>Open debrief...</source>
            <translation>Nachbesprechung öffnen...</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Protokollordner öffnen</translation>
        </message>
        <message>
            <source>Open one classroom station with this scenario and connect this console to it</source>
            <translation>Eine Kursstation mit diesem Szenario öffnen und diese Konsole damit verbinden</translation>
        </message>
        <message>
            <source>Open stations</source>
            <translation>Stationen öffnen</translation>
        </message>
        <message>
            <source>Open stations first.</source>
            <translation>Zuerst Stationen öffnen.</translation>
        </message>
        <message>
            <source>Open the folder of the console's log file (to send it when something went wrong)</source>
            <translation>Den Ordner der Protokolldatei der Konsole öffnen (um sie zu senden, wenn etwas schiefgegangen ist)</translation>
        </message>
        <message>
            <source>Open to the classroom network</source>
            <translation>Für das Kursnetzwerk öffnen</translation>
        </message>
        <message>
            <source>Open...</source>
            <translation>Öffnen...</translation>
        </message>
        <message>
            <source>Opened the pump saved on {moment}. Check it is this patient's before going on.</source>
            <translation>Die am {moment} gespeicherte Pumpe geöffnet. Vor dem Weitermachen prüfen, dass sie zu diesem Patienten gehört.</translation>
        </message>
        <message>
            <source>Opened {name}, a shipped scenario: to make one of your own from it, give it a short name of its own and save it in your folder (Save asks where).</source>
            <translation>{name} geöffnet, ein mitgeliefertes Szenario: Um daraus ein eigenes zu machen, einen eigenen Kurznamen vergeben und es in Ihrem Ordner speichern (Speichern fragt nach dem Ort).</translation>
        </message>
        <message>
            <source>Opened {name}.</source>
            <translation>{name} geöffnet.</translation>
        </message>
        <message>
            <source>Opened {name}; it does not load yet: see the check.</source>
            <translation>{name} geöffnet; es lädt noch nicht: siehe Prüfung.</translation>
        </message>
        <message>
            <source>Opened {path}</source>
            <translation>{path} geöffnet</translation>
        </message>
        <message>
            <source>Opened {stations}{keyed}. Trainees connect their console to the address in 'Connect to'; press Start when ready.</source>
            <translation>{stations} geöffnet{keyed}. Die Teilnehmer verbinden ihre Konsole mit der Adresse unter „Verbinden mit“; wenn alle bereit sind, Start drücken.</translation>
        </message>
        <message>
            <source>Opening {path}...</source>
            <translation>{path} wird geöffnet...</translation>
        </message>
        <message>
            <source>Opening {stations} for '{title}'...</source>
            <translation>{stations} für „{title}“ werden geöffnet...</translation>
        </message>
        <message>
            <source>Origin of the spasticity</source>
            <translation>Ursprung der Spastik</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Over-infuse</source>
            <translation>Überinfusion</translation>
        </message>
        <message>
            <source>Over-infusion (%)</source>
            <translation>Überinfusion (%)</translation>
        </message>
        <message>
            <source>Override confirmed.</source>
            <translation>Übersteuerung bestätigt.</translation>
        </message>
        <message>
            <source>Override: apply this dose outside the titration rules</source>
            <translation>Übersteuerung: diese Dosis außerhalb der Titrationsregeln anwenden</translation>
        </message>
        <message>
            <source>PAUSED</source>
            <translation>ANGEHALTEN</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Bestanden</translation>
        </message>
        <message>
            <source>Past the replace-by date {day}: the pump may have reached end of service. Replace now; watch for withdrawal.</source>
            <translation>Austauschdatum {day} überschritten: die Pumpe hat möglicherweise ihr Betriebsende erreicht. Jetzt austauschen; auf Entzug achten.</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Patient ID</source>
            <translation>Patienten-ID</translation>
        </message>
        <message>
            <source>Patient and dose in force</source>
            <translation>Patient und aktive Dosis</translation>
        </message>
        <message>
            <source>Patient and implant record</source>
            <translation>Patient und Implantatdatensatz</translation>
        </message>
        <message>
            <source>Patient and implant record (at the end of the run)</source>
            <translation>Patient und Implantatdatensatz (am Ende des Durchlaufs)</translation>
        </message>
        <message>
            <source>Patient id on the pump</source>
            <translation>Patienten-ID in der Pumpe</translation>
        </message>
        <message>
            <source>Patient story</source>
            <translation>Patientengeschichte</translation>
        </message>
        <message>
            <source>Patient, pump and implant</source>
            <translation>Patient, Pumpe und Implantat</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Pause or resume pump time</source>
            <translation>Pumpenzeit anhalten oder fortsetzen</translation>
        </message>
        <message>
            <source>Pending pump mode</source>
            <translation>Ausstehender Pumpenmodus</translation>
        </message>
        <message>
            <source>PgDown or -</source>
            <translation>Bild ab oder -</translation>
        </message>
        <message>
            <source>PgUp or +</source>
            <translation>Bild auf oder +</translation>
        </message>
        <message>
            <source>Plan from</source>
            <translation>Planen ab</translation>
        </message>
        <message>
            <source>Plan the replacement surgery before end of service (EOS). At EOS the pump stops delivering baclofen and can no longer be programmed: abrupt withdrawal is dangerous.</source>
            <translation>Den Austauscheingriff vor dem Betriebsende (EOS) planen. Bei EOS stoppt die Pumpe die Baclofenabgabe und kann nicht mehr programmiert werden: ein abrupter Entzug ist gefährlich.</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Abspielen</translation>
        </message>
        <message>
            <source>Play both alarm tones</source>
            <translation>Beide Alarmtöne abspielen</translation>
        </message>
        <message>
            <source>Play the pump's alarm tones</source>
            <translation>Die Alarmtöne der Pumpe abspielen</translation>
        </message>
        <message>
            <source>Played the critical two-tone, then the non-critical single tone.</source>
            <translation>Den kritischen Zweiton, dann den nicht kritischen Einzelton abgespielt.</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Points (weight)</source>
            <translation>Punkte (Gewicht)</translation>
        </message>
        <message>
            <source>Post-MRI check recorded</source>
            <translation>Kontrolle nach MRT dokumentiert</translation>
        </message>
        <message>
            <source>Post-MRI check: stall, recovery, delayed restart</source>
            <translation>Kontrolle nach MRT: Blockade, Aufhebung, verzögerter Wiederanlauf</translation>
        </message>
        <message>
            <source>Preferences - training mock</source>
            <translation>Einstellungen – Trainingsattrappe</translation>
        </message>
        <message>
            <source>Preferences...</source>
            <translation>Einstellungen...</translation>
        </message>
        <message>
            <source>Preferences: soft limits, units, editor snap, refill alarm, alarm sound</source>
            <translation>Einstellungen: weiche Grenzen, Einheiten, Editor-Raster, Nachfüllalarm, Alarmton</translation>
        </message>
        <message>
            <source>Presentation header</source>
            <translation>Präsentationskopf</translation>
        </message>
        <message>
            <source>Presentation mode</source>
            <translation>Präsentationsmodus</translation>
        </message>
        <message>
            <source>Presentation mode on or off: full screen, large type, pump clock, time control</source>
            <translation>Präsentationsmodus ein oder aus: Vollbild, große Schrift, Pumpenuhr, Zeitsteuerung</translation>
        </message>
        <message>
            <source>Presenting: pause or resume pump time (simulated pump only)</source>
            <translation>Präsentation: Pumpenzeit anhalten oder fortsetzen (nur simulierte Pumpe)</translation>
        </message>
        <message>
            <source>Presenting: pump time faster (x1, x60, x3600, x86400, x1,000,000)</source>
            <translation>Präsentation: Pumpenzeit schneller (x1, x60, x3600, x86400, x1.000.000)</translation>
        </message>
        <message>
            <source>Presenting: pump time slower</source>
            <translation>Präsentation: Pumpenzeit langsamer</translation>
        </message>
        <message>
            <source>Preview the session report and print it</source>
            <translation>Vorschau des Sitzungsberichts anzeigen und drucken</translation>
        </message>
        <message>
            <source>Prime the new pump</source>
            <translation>Neue Pumpe füllen (Priming)</translation>
        </message>
        <message>
            <source>Priming bolus</source>
            <translation>Priming-Bolus</translation>
        </message>
        <message>
            <source>Priming bolus (new catheter or pump)</source>
            <translation>Priming-Bolus (neuer Katheter oder neue Pumpe)</translation>
        </message>
        <message>
            <source>Priming volume, worked</source>
            <translation>Priming-Volumen, berechnet</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Druckvorschau</translation>
        </message>
        <message>
            <source>Print preview of the session report (or the PDF if no printer)</source>
            <translation>Druckvorschau des Sitzungsberichts (oder das PDF, wenn kein Drucker vorhanden ist)</translation>
        </message>
        <message>
            <source>Print preview...</source>
            <translation>Druckvorschau...</translation>
        </message>
        <message>
            <source>Program (from, mcg/day)</source>
            <translation>Programm (ab, mcg/Tag)</translation>
        </message>
        <message>
            <source>Program after the session ({change})</source>
            <translation>Programm nach der Sitzung ({change})</translation>
        </message>
        <message>
            <source>Program before the session</source>
            <translation>Programm vor der Sitzung</translation>
        </message>
        <message>
            <source>Program changed</source>
            <translation>Programm geändert</translation>
        </message>
        <message>
            <source>Program for the drug in the reservoir, or refill with the new concentration first.</source>
            <translation>Für das Medikament im Reservoir programmieren oder zuerst mit der neuen Konzentration nachfüllen.</translation>
        </message>
        <message>
            <source>Program in force</source>
            <translation>Aktives Programm</translation>
        </message>
        <message>
            <source>Program send failed</source>
            <translation>Senden fehlgeschlagen</translation>
        </message>
        <message>
            <source>Program sent</source>
            <translation>Programm gesendet</translation>
        </message>
        <message>
            <source>Program steps</source>
            <translation>Programmschritte</translation>
        </message>
        <message>
            <source>Program the new pump</source>
            <translation>Neue Pumpe programmieren</translation>
        </message>
        <message>
            <source>Program unchanged in dose, rewritten for the new concentration.</source>
            <translation>Programm in der Dosis unverändert, für die neue Konzentration umgeschrieben.</translation>
        </message>
        <message>
            <source>Program unchanged in dose.</source>
            <translation>Programm in der Dosis unverändert.</translation>
        </message>
        <message>
            <source>Programming session closed</source>
            <translation>Programmiersitzung geschlossen</translation>
        </message>
        <message>
            <source>Programming session opened</source>
            <translation>Programmiersitzung geöffnet</translation>
        </message>
        <message>
            <source>Proposed daily dose in micrograms per day</source>
            <translation>Vorgeschlagene Tagesdosis in Mikrogramm pro Tag</translation>
        </message>
        <message>
            <source>Proposed next-day dose</source>
            <translation>Vorgeschlagene Dosis für den Folgetag</translation>
        </message>
        <message>
            <source>Pump</source>
            <translation>Pumpe</translation>
        </message>
        <message>
            <source>Pump afterwards</source>
            <translation>Pumpe danach</translation>
        </message>
        <message>
            <source>Pump alarms</source>
            <translation>Pumpenalarme</translation>
        </message>
        <message>
            <source>Pump and patient</source>
            <translation>Pumpe und Patient</translation>
        </message>
        <message>
            <source>Pump as found</source>
            <translation>Pumpe wie vorgefunden</translation>
        </message>
        <message>
            <source>Pump clock</source>
            <translation>Pumpenuhr</translation>
        </message>
        <message>
            <source>Pump clock ahead by (min)</source>
            <translation>Pumpenuhr vor um (min)</translation>
        </message>
        <message>
            <source>Pump clock correct (within {span}).</source>
            <translation>Pumpenuhr korrekt (innerhalb {span}).</translation>
        </message>
        <message>
            <source>Pump clock drift (ppm)</source>
            <translation>Gangabweichung der Pumpenuhr (ppm)</translation>
        </message>
        <message>
            <source>Pump clock is {span} ahead of local time.</source>
            <translation>Die Pumpenuhr geht {span} gegenüber der Ortszeit vor.</translation>
        </message>
        <message>
            <source>Pump clock is {span} behind local time.</source>
            <translation>Die Pumpenuhr geht {span} gegenüber der Ortszeit nach.</translation>
        </message>
        <message>
            <source>Pump clock set</source>
            <translation>Pumpenuhr gestellt</translation>
        </message>
        <message>
            <source>Pump event log</source>
            <translation>Ereignisprotokoll der Pumpe</translation>
        </message>
        <message>
            <source>Pump event log - training mock</source>
            <translation>Ereignisprotokoll der Pumpe – Trainingsattrappe</translation>
        </message>
        <message>
            <source>Pump implanted</source>
            <translation>Pumpe implantiert</translation>
        </message>
        <message>
            <source>Pump interrogated</source>
            <translation>Pumpe abgefragt</translation>
        </message>
        <message>
            <source>Pump model</source>
            <translation>Pumpenmodell</translation>
        </message>
        <message>
            <source>Pump replace-by</source>
            <translation>Pumpe austauschen bis</translation>
        </message>
        <message>
            <source>Pump serial</source>
            <translation>Seriennummer der Pumpe</translation>
        </message>
        <message>
            <source>Pump side after this action</source>
            <translation>Pumpenseite nach dieser Aktion</translation>
        </message>
        <message>
            <source>Pump status</source>
            <translation>Pumpenstatus</translation>
        </message>
        <message>
            <source>Pump time</source>
            <translation>Pumpenzeit</translation>
        </message>
        <message>
            <source>Pump time can be sped up on the simulated pump (sim://) only; an emulator runs at its own --speed.</source>
            <translation>Die Pumpenzeit kann nur bei der simulierten Pumpe (sim://) beschleunigt werden; ein Emulator läuft mit seinem eigenen --speed.</translation>
        </message>
        <message>
            <source>Pump time faster</source>
            <translation>Pumpenzeit schneller</translation>
        </message>
        <message>
            <source>Pump time runs at</source>
            <translation>Pumpenzeit läuft mit</translation>
        </message>
        <message>
            <source>Pump time slower</source>
            <translation>Pumpenzeit langsamer</translation>
        </message>
        <message>
            <source>Pump time speed</source>
            <translation>Tempo der Pumpenzeit</translation>
        </message>
        <message>
            <source>Pump time: {message}</source>
            <translation>Pumpenzeit: {message}</translation>
        </message>
        <message>
            <source>Pump values as last read at {time}, {age} before this report was made; then {since}: they were not read again, so nothing here was verified when the report was made.</source>
            <translation>Pumpenwerte wie zuletzt um {time} gelesen, {age} vor Erstellung dieses Berichts; dann {since}: sie wurden nicht erneut gelesen, daher wurde hier bei Erstellung des Berichts nichts verifiziert.</translation>
        </message>
        <message>
            <source>Pump values read at {time}, connected.</source>
            <translation>Pumpenwerte um {time} gelesen, verbunden.</translation>
        </message>
        <message>
            <source>Qt and PySide6 are used under the GNU LGPL version 3; their source is at download.qt.io and code.qt.io/pyside.</source>
            <translation>Qt und PySide6 werden unter der GNU LGPL Version 3 verwendet; ihr Quellcode liegt unter download.qt.io und code.qt.io/pyside.</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Quit the console (asks first if edits are unsent or the pump is stopped)</source>
            <translation>Konsole beenden (fragt zuerst, wenn Änderungen nicht gesendet sind oder die Pumpe gestoppt ist)</translation>
        </message>
        <message>
            <source>REACHED</source>
            <translation>ERREICHT</translation>
        </message>
        <message>
            <source>Raise / lower the selected step's dose by one unit (Shift: x10)</source>
            <translation>Dosis des gewählten Schritts um eine Einheit erhöhen / senken (Umschalt: x10)</translation>
        </message>
        <message>
            <source>Raise alarm</source>
            <translation>Alarm auslösen</translation>
        </message>
        <message>
            <source>Raw record</source>
            <translation>Rohdatensatz</translation>
        </message>
        <message>
            <source>Read again</source>
            <translation>Erneut lesen</translation>
        </message>
        <message>
            <source>Read back from the pump (pump clock {moment}): reservoir {volume} of {drug} {concentration}; low-reservoir alarm at {alarm}; program {dose} ({rate}) at {program_concentration}, {mode}.</source>
            <translation>Von der Pumpe zurückgelesen (Pumpenuhr {moment}): Reservoir {volume} {drug} {concentration}; Niedrigstand-Alarm bei {alarm}; Programm {dose} ({rate}) bei {program_concentration}, {mode}.</translation>
        </message>
        <message>
            <source>Read the event log again</source>
            <translation>Ereignisprotokoll erneut lesen</translation>
        </message>
        <message>
            <source>Read the log and the pump again</source>
            <translation>Protokoll und Pumpe erneut lesen</translation>
        </message>
        <message>
            <source>Read the old pump and keep its program, drug and implant record in a file: the new pump is programmed from it. A file saved earlier can be opened instead.</source>
            <translation>Die alte Pumpe abfragen und ihr Programm, Medikament und ihren Implantatdatensatz in einer Datei sichern: Die neue Pumpe wird danach programmiert. Stattdessen kann eine früher gespeicherte Datei geöffnet werden.</translation>
        </message>
        <message>
            <source>Read the pump again</source>
            <translation>Pumpe erneut lesen</translation>
        </message>
        <message>
            <source>Read {time}, connected</source>
            <translation>Gelesen {time}, verbunden</translation>
        </message>
        <message>
            <source>Reading the log from the pump...</source>
            <translation>Protokoll wird aus der Pumpe gelesen...</translation>
        </message>
        <message>
            <source>Reading the pump (status and implant record)...</source>
            <translation>Pumpe wird gelesen (Status und Implantatdatensatz)...</translation>
        </message>
        <message>
            <source>Reading the pump's event log for the last dose change...</source>
            <translation>Ereignisprotokoll der Pumpe wird nach der letzten Dosisänderung durchsucht...</translation>
        </message>
        <message>
            <source>Reading the pump's event log...</source>
            <translation>Ereignisprotokoll der Pumpe wird gelesen...</translation>
        </message>
        <message>
            <source>Reading the pump's implant record (the catheter)...</source>
            <translation>Implantatdatensatz der Pumpe (Katheter) wird gelesen...</translation>
        </message>
        <message>
            <source>Reading the scenario files in {folder}...</source>
            <translation>Szenariodateien in {folder} werden gelesen...</translation>
        </message>
        <message>
            <source>Reading {path}...</source>
            <translation>{path} wird gelesen...</translation>
        </message>
        <message>
            <source>Reason for a catheter other than the saved one</source>
            <translation>Grund für einen anderen als den gespeicherten Katheter</translation>
        </message>
        <message>
            <source>Reason for a change:</source>
            <translation>Grund der Änderung:</translation>
        </message>
        <message>
            <source>Reason for changing the implant record</source>
            <translation>Grund für die Änderung des Implantatdatensatzes</translation>
        </message>
        <message>
            <source>Reason for the change:</source>
            <translation>Grund der Änderung:</translation>
        </message>
        <message>
            <source>Reason for the override</source>
            <translation>Begründung der Übersteuerung</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Begründung:</translation>
        </message>
        <message>
            <source>Reattached to the classroom this console left running when it last closed unexpectedly: its {stations} kept serving their trainees. Who sat where was not kept; it is asked again at End and score.</source>
            <translation>Wieder mit dem Kurs verbunden, den diese Konsole beim letzten unerwarteten Schließen laufen ließ: seine {stations} haben ihre Teilnehmer weiter bedient. Wer wo saß, wurde nicht gespeichert; es wird bei „Beenden und bewerten“ erneut abgefragt.</translation>
        </message>
        <message>
            <source>Reconnect (Ctrl+K), interrogate (F5) and save the report again before relying on it.</source>
            <translation>Neu verbinden (Strg+K), abfragen (F5) und den Bericht erneut speichern, bevor Sie sich darauf verlassen.</translation>
        </message>
        <message>
            <source>Reconnect if needed and interrogate (F5): check {what} before anything else.</source>
            <translation>Falls nötig neu verbinden und abfragen (F5): vor allem anderen {what} prüfen.</translation>
        </message>
        <message>
            <source>Reconnect to the old pump and try again.</source>
            <translation>Erneut mit der alten Pumpe verbinden und noch einmal versuchen.</translation>
        </message>
        <message>
            <source>Record read</source>
            <translation>Datensatz gelesen</translation>
        </message>
        <message>
            <source>Record result</source>
            <translation>Ergebnis dokumentieren</translation>
        </message>
        <message>
            <source>Record the check</source>
            <translation>Kontrolle dokumentieren</translation>
        </message>
        <message>
            <source>Record the screening result in the session log</source>
            <translation>Das Ergebnis der Testphase im Sitzungsprotokoll dokumentieren</translation>
        </message>
        <message>
            <source>Recorded in the trainee records: {runs}.</source>
            <translation>In den Teilnehmerakten dokumentiert: {runs}.</translation>
        </message>
        <message>
            <source>Records database problem</source>
            <translation>Problem mit der Aktendatenbank</translation>
        </message>
        <message>
            <source>Records messages</source>
            <translation>Aktenmeldungen</translation>
        </message>
        <message>
            <source>Recovery not yet logged: interrogate again</source>
            <translation>Aufhebung noch nicht protokolliert: erneut abfragen</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Redo the edit undone</source>
            <translation>Rückgängig gemachte Änderung wiederholen</translation>
        </message>
        <message>
            <source>Redo: {edit}</source>
            <translation>Wiederholen: {edit}</translation>
        </message>
        <message>
            <source>Refill</source>
            <translation>Nachfüllung</translation>
        </message>
        <message>
            <source>Refill - training mock</source>
            <translation>Nachfüllung – Trainingsattrappe</translation>
        </message>
        <message>
            <source>Refill by (alarm date)</source>
            <translation>Nachfüllen bis (Alarmdatum)</translation>
        </message>
        <message>
            <source>Refill immediately and watch the patient for withdrawal.</source>
            <translation>Sofort nachfüllen und den Patienten auf Entzug beobachten.</translation>
        </message>
        <message>
            <source>Refill in this run</source>
            <translation>Nachfüllung in diesem Durchlauf</translation>
        </message>
        <message>
            <source>Refill the pump now or plan a refill within days. Check the refill date.</source>
            <translation>Die Pumpe jetzt nachfüllen oder eine Nachfüllung in den nächsten Tagen planen. Das Nachfülldatum prüfen.</translation>
        </message>
        <message>
            <source>Refill the pump: withdraw, compare, fill, verify</source>
            <translation>Pumpe nachfüllen: entnehmen, vergleichen, füllen, verifizieren</translation>
        </message>
        <message>
            <source>Refill...</source>
            <translation>Nachfüllen...</translation>
        </message>
        <message>
            <source>Refill: withdraw and compare, fill by double entry, send and verify</source>
            <translation>Nachfüllung: entnehmen und vergleichen, mit doppelter Eingabe füllen, senden und verifizieren</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Refresh the lists of emulators and serial ports</source>
            <translation>Listen der Emulatoren und seriellen Ports aktualisieren</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove last bolus</source>
            <translation>Letzten Bolus entfernen</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Schritt entfernen</translation>
        </message>
        <message>
            <source>Replace by</source>
            <translation>Austauschen bis</translation>
        </message>
        <message>
            <source>Replace pump - training mock</source>
            <translation>Pumpe ersetzen – Trainingsattrappe</translation>
        </message>
        <message>
            <source>Replace pump...</source>
            <translation>Pumpe ersetzen...</translation>
        </message>
        <message>
            <source>Replace pump: save the old pump, connect, prime, record and program the new one</source>
            <translation>Pumpe ersetzen: alte Pumpe speichern, neue verbinden, füllen, Datensatz schreiben und programmieren</translation>
        </message>
        <message>
            <source>Replace the pump now. Treat as an interrupted infusion: watch for withdrawal.</source>
            <translation>Die Pumpe jetzt austauschen. Wie eine unterbrochene Infusion behandeln: auf Entzug achten.</translation>
        </message>
        <message>
            <source>Replace the pump by</source>
            <translation>Pumpe austauschen bis</translation>
        </message>
        <message>
            <source>Replacement dates; check and set the pump clock</source>
            <translation>Austauschdaten; Pumpenuhr prüfen und stellen</translation>
        </message>
        <message>
            <source>Replacement done: {serial} runs the saved doses. Print the session report (Ctrl+P) and plan the next refill from the new reservoir.</source>
            <translation>Austausch erledigt: {serial} gibt die gespeicherten Dosen ab. Den Sitzungsbericht drucken (Strg+P) und die nächste Nachfüllung nach dem neuen Reservoir planen.</translation>
        </message>
        <message>
            <source>Replacement indicator</source>
            <translation>Austauschindikator</translation>
        </message>
        <message>
            <source>Reservoir</source>
            <translation>Reservoir</translation>
        </message>
        <message>
            <source>Reservoir (mL)</source>
            <translation>Reservoir (mL)</translation>
        </message>
        <message>
            <source>Reservoir empty</source>
            <translation>Reservoir leer</translation>
        </message>
        <message>
            <source>Reservoir empty: {time} ({when})</source>
            <translation>Reservoir leer: {time} ({when})</translation>
        </message>
        <message>
            <source>Reservoir gauge</source>
            <translation>Reservoiranzeige</translation>
        </message>
        <message>
            <source>Reservoir now</source>
            <translation>Reservoir jetzt</translation>
        </message>
        <message>
            <source>Reservoir now {volume} (calculated), low-reservoir alarm at {alarm}.</source>
            <translation>Reservoir jetzt {volume} (berechnet), Niedrigstand-Alarm bei {alarm}.</translation>
        </message>
        <message>
            <source>Reservoir outlook</source>
            <translation>Reservoir-Ausblick</translation>
        </message>
        <message>
            <source>Reservoir, pump's figure (mL)</source>
            <translation>Reservoir, Wert der Pumpe (mL)</translation>
        </message>
        <message>
            <source>Reservoir, truly left (mL)</source>
            <translation>Reservoir, tatsächlich übrig (mL)</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Wirkung</translation>
        </message>
        <message>
            <source>Response to the bolus</source>
            <translation>Wirkung des Bolus</translation>
        </message>
        <message>
            <source>Response:</source>
            <translation>Wirkung:</translation>
        </message>
        <message>
            <source>Restart crashed</source>
            <translation>Abgestürzte neu starten</translation>
        </message>
        <message>
            <source>Restart delayed by (hours)</source>
            <translation>Neustart verzögert um (Stunden)</translation>
        </message>
        <message>
            <source>Restarted {names} from the scenario's start; trainees reconnect to the same address.</source>
            <translation>{names} vom Szenariobeginn neu gestartet; die Teilnehmer verbinden sich erneut mit derselben Adresse.</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Result of applying the dose to the draft</source>
            <translation>Ergebnis der Anwendung der Dosis auf den Entwurf</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <source>Revert to the program in force</source>
            <translation>Zum aktiven Programm zurückkehren</translation>
        </message>
        <message>
            <source>Review &amp;&amp; send...</source>
            <translation>Prüfen &amp;&amp; senden...</translation>
        </message>
        <message>
            <source>Review (soft limits)</source>
            <translation>Überprüfung (weiche Grenzen)</translation>
        </message>
        <message>
            <source>Review and send - training mock</source>
            <translation>Prüfen und senden – Trainingsattrappe</translation>
        </message>
        <message>
            <source>Review and send again.</source>
            <translation>Erneut prüfen und senden.</translation>
        </message>
        <message>
            <source>Review and send the new program</source>
            <translation>Neues Programm prüfen und senden</translation>
        </message>
        <message>
            <source>Review and send the pending program</source>
            <translation>Ausstehendes Programm prüfen und senden</translation>
        </message>
        <message>
            <source>Review and send...</source>
            <translation>Prüfen und senden...</translation>
        </message>
        <message>
            <source>Review the changes and send them to the pump</source>
            <translation>Die Änderungen prüfen und an die Pumpe senden</translation>
        </message>
        <message>
            <source>Review the program, then Send to pump.</source>
            <translation>Programm prüfen, dann An Pumpe senden.</translation>
        </message>
        <message>
            <source>Right-click</source>
            <translation>Rechtsklick</translation>
        </message>
        <message>
            <source>Rules (label)</source>
            <translation>Regeln (Fachinformation)</translation>
        </message>
        <message>
            <source>Run scenarios on trainee stations: time, faults, watching, scoring</source>
            <translation>Szenarien auf Teilnehmerstationen ausführen: Zeit, Fehler, Beobachtung, Bewertung</translation>
        </message>
        <message>
            <source>Run the simulated pump's clock faster: x1, x60, x3600, x86400, x1,000,000</source>
            <translation>Die Uhr der simulierten Pumpe schneller laufen lassen: x1, x60, x3600, x86400, x1.000.000</translation>
        </message>
        <message>
            <source>Run the simulated pump's clock slower</source>
            <translation>Die Uhr der simulierten Pumpe langsamer laufen lassen</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Läuft</translation>
        </message>
        <message>
            <source>Running emulator</source>
            <translation>Laufender Emulator</translation>
        </message>
        <message>
            <source>Running emulators</source>
            <translation>Laufende Emulatoren</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Durchläufe</translation>
        </message>
        <message>
            <source>Runs (points won of the maximum, per objective)</source>
            <translation>Durchläufe (erreichte Punkte vom Maximum, je Ziel)</translation>
        </message>
        <message>
            <source>Runs of the scenario</source>
            <translation>Durchläufe des Szenarios</translation>
        </message>
        <message>
            <source>STOPPED</source>
            <translation>GESTOPPT</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save as...</source>
            <translation>Speichern unter...</translation>
        </message>
        <message>
            <source>Save debrief PDF...</source>
            <translation>Nachbesprechung als PDF speichern...</translation>
        </message>
        <message>
            <source>Save debrief...</source>
            <translation>Nachbesprechung speichern...</translation>
        </message>
        <message>
            <source>Save the debrief</source>
            <translation>Nachbesprechung speichern</translation>
        </message>
        <message>
            <source>Save the debrief as PDF</source>
            <translation>Nachbesprechung als PDF speichern</translation>
        </message>
        <message>
            <source>Save the old pump</source>
            <translation>Alte Pumpe speichern</translation>
        </message>
        <message>
            <source>Save the old pump, connect the new one, prime, write the record, program</source>
            <translation>Alte Pumpe speichern, neue verbinden, füllen, Datensatz schreiben, programmieren</translation>
        </message>
        <message>
            <source>Save the scenario as</source>
            <translation>Szenario speichern unter</translation>
        </message>
        <message>
            <source>Save the session report</source>
            <translation>Sitzungsbericht speichern</translation>
        </message>
        <message>
            <source>Save the session report (PDF and JSON)</source>
            <translation>Sitzungsbericht speichern (PDF und JSON)</translation>
        </message>
        <message>
            <source>Save the session report as PDF and JSON</source>
            <translation>Sitzungsbericht als PDF und JSON speichern</translation>
        </message>
        <message>
            <source>Save to a new file</source>
            <translation>In eine neue Datei speichern</translation>
        </message>
        <message>
            <source>Save to this scenario's file</source>
            <translation>In die Datei dieses Szenarios speichern</translation>
        </message>
        <message>
            <source>Saved pumps ({pattern})</source>
            <translation>Gespeicherte Pumpen ({pattern})</translation>
        </message>
        <message>
            <source>Saved to {path} and read back: the file holds exactly what the pump reported.</source>
            <translation>In {path} gespeichert und zurückgelesen: Die Datei enthält genau, was die Pumpe gemeldet hat.</translation>
        </message>
        <message>
            <source>Saved {name} in {parent}; the instructor panel lists it.</source>
            <translation>{name} in {parent} gespeichert; der Trainerbereich führt es auf.</translation>
        </message>
        <message>
            <source>Saved {path} (and {json}).</source>
            <translation>{path} gespeichert (und {json}).</translation>
        </message>
        <message>
            <source>Saved {path} and {name}.</source>
            <translation>{path} und {name} gespeichert.</translation>
        </message>
        <message>
            <source>Saved {path}.</source>
            <translation>{path} gespeichert.</translation>
        </message>
        <message>
            <source>Saving the debrief of {name}...</source>
            <translation>Nachbesprechung von {name} wird gespeichert...</translation>
        </message>
        <message>
            <source>Saving to {path}, then reading it back...</source>
            <translation>Wird in {path} gespeichert, dann zurückgelesen...</translation>
        </message>
        <message>
            <source>Saving {path}...</source>
            <translation>{path} wird gespeichert...</translation>
        </message>
        <message>
            <source>Scale the pending program to the proposed dose</source>
            <translation>Das ausstehende Programm auf die vorgeschlagene Dosis skalieren</translation>
        </message>
        <message>
            <source>Scan lasts (minutes)</source>
            <translation>Untersuchung dauert (Minuten)</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Szenario</translation>
        </message>
        <message>
            <source>Scenario &lt;b&gt;{title}&lt;/b&gt; ({scenario_id}), printed {moment} UTC from the trainee records.</source>
            <translation>Szenario &lt;b&gt;{title}&lt;/b&gt; ({scenario_id}), gedruckt {moment} UTC aus den Teilnehmerakten.</translation>
        </message>
        <message>
            <source>Scenario editor - {name}{mark} - {training_mark}</source>
            <translation>Szenario-Editor – {name}{mark} – {training_mark}</translation>
        </message>
        <message>
            <source>Scenario editor...</source>
            <translation>Szenario-Editor...</translation>
        </message>
        <message>
            <source>Scenario editor: write a scenario in a form, check it, Try it</source>
            <translation>Szenario-Editor: ein Szenario im Formular schreiben, prüfen, ausprobieren</translation>
        </message>
        <message>
            <source>Scenario of the cohort</source>
            <translation>Szenario der Kohorte</translation>
        </message>
        <message>
            <source>Scenario, trainee, session, score, patient and implant</source>
            <translation>Szenario, Teilnehmer, Sitzung, Punktzahl, Patient und Implantat</translation>
        </message>
        <message>
            <source>Scenario:</source>
            <translation>Szenario:</translation>
        </message>
        <message>
            <source>Scenarios (*.toml)</source>
            <translation>Szenarien (*.toml)</translation>
        </message>
        <message>
            <source>Schedule pump replacement now; note the replace-by date.</source>
            <translation>Den Pumpenaustausch jetzt planen; das Austauschdatum notieren.</translation>
        </message>
        <message>
            <source>Schedule steps table</source>
            <translation>Tabelle der Programmschritte</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Score (%)</source>
            <translation>Punkte (%)</translation>
        </message>
        <message>
            <source>Score and record</source>
            <translation>Bewerten und erfassen</translation>
        </message>
        <message>
            <source>Score over time</source>
            <translation>Punkte im Zeitverlauf</translation>
        </message>
        <message>
            <source>Score {score}</source>
            <translation>Punkte {score}</translation>
        </message>
        <message>
            <source>Scored by</source>
            <translation>Bewertet von</translation>
        </message>
        <message>
            <source>Screening bolus dose in micrograms</source>
            <translation>Testbolusdosis in Mikrogramm</translation>
        </message>
        <message>
            <source>Screening boluses given</source>
            <translation>Gegebene Testboli</translation>
        </message>
        <message>
            <source>Screening boluses, candidacy and the starting dose</source>
            <translation>Testboli, Eignung und Anfangsdosis</translation>
        </message>
        <message>
            <source>Screening is finished: remove the last bolus to change it.</source>
            <translation>Die Testphase ist abgeschlossen: zum Ändern den letzten Bolus entfernen.</translation>
        </message>
        <message>
            <source>Screening outcome</source>
            <translation>Ergebnis der Testphase</translation>
        </message>
        <message>
            <source>Screening trial - training mock</source>
            <translation>Testphase – Trainingsattrappe</translation>
        </message>
        <message>
            <source>Search the event log</source>
            <translation>Ereignisprotokoll durchsuchen</translation>
        </message>
        <message>
            <source>Search the log</source>
            <translation>Protokoll durchsuchen</translation>
        </message>
        <message>
            <source>Search trainee id or name</source>
            <translation>Teilnehmer-ID oder Name suchen</translation>
        </message>
        <message>
            <source>Search trainees</source>
            <translation>Teilnehmer suchen</translation>
        </message>
        <message>
            <source>Select an event to see its record as the pump stored it.</source>
            <translation>Ein Ereignis auswählen, um seinen Datensatz zu sehen, wie die Pumpe ihn gespeichert hat.</translation>
        </message>
        <message>
            <source>Select the previous / next step (timeline focused)</source>
            <translation>Vorherigen / nächsten Schritt wählen (Zeitleiste fokussiert)</translation>
        </message>
        <message>
            <source>Selected event, in words and as stored in the pump:</source>
            <translation>Ausgewähltes Ereignis, in Worten und wie in der Pumpe gespeichert:</translation>
        </message>
        <message>
            <source>Send program</source>
            <translation>Programm senden</translation>
        </message>
        <message>
            <source>Send result</source>
            <translation>Sendeergebnis</translation>
        </message>
        <message>
            <source>Send the new program to the pump</source>
            <translation>Das neue Programm an die Pumpe senden</translation>
        </message>
        <message>
            <source>Send the program again.</source>
            <translation>Das Programm erneut senden.</translation>
        </message>
        <message>
            <source>Send the program again; if it happens again, check the link.</source>
            <translation>Das Programm erneut senden; falls es wieder passiert, die Verbindung prüfen.</translation>
        </message>
        <message>
            <source>Send to pump</source>
            <translation>An Pumpe senden</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Wird gesendet</translation>
        </message>
        <message>
            <source>Sending program</source>
            <translation>Programm wird gesendet</translation>
        </message>
        <message>
            <source>Sending the refill, then reading the pump back...</source>
            <translation>Nachfüllung wird gesendet, dann wird die Pumpe zurückgelesen...</translation>
        </message>
        <message>
            <source>Sending, then reading the program back to verify...</source>
            <translation>Wird gesendet, dann wird das Programm zur Verifizierung zurückgelesen...</translation>
        </message>
        <message>
            <source>Sent to the pump: what it answered and what was read back is below.</source>
            <translation>An die Pumpe gesendet: Ihre Antwort und was zurückgelesen wurde, steht unten.</translation>
        </message>
        <message>
            <source>Sent; waiting for the pump's answer and the read-back...</source>
            <translation>Gesendet; Warten auf die Antwort der Pumpe und das Zurücklesen...</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>Seriennummer</translation>
        </message>
        <message>
            <source>Serial port</source>
            <translation>Serieller Port</translation>
        </message>
        <message>
            <source>Serial ports</source>
            <translation>Serielle Ports</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sitzung</translation>
        </message>
        <message>
            <source>Session (world time)</source>
            <translation>Sitzung (Weltzeit)</translation>
        </message>
        <message>
            <source>Session (world time): {span}</source>
            <translation>Sitzung (Weltzeit): {span}</translation>
        </message>
        <message>
            <source>Session closed</source>
            <translation>Sitzung geschlossen</translation>
        </message>
        <message>
            <source>Session closed before the pump was read.</source>
            <translation>Sitzung geschlossen, bevor die Pumpe gelesen wurde.</translation>
        </message>
        <message>
            <source>Session report</source>
            <translation>Sitzungsbericht</translation>
        </message>
        <message>
            <source>Session report - print preview (training mock)</source>
            <translation>Sitzungsbericht – Druckvorschau (Trainingsattrappe)</translation>
        </message>
        <message>
            <source>Session report saved</source>
            <translation>Sitzungsbericht gespeichert</translation>
        </message>
        <message>
            <source>Session report...</source>
            <translation>Sitzungsbericht...</translation>
        </message>
        <message>
            <source>Session {time}</source>
            <translation>Sitzung {time}</translation>
        </message>
        <message>
            <source>Set by the next step's start</source>
            <translation>Durch den Beginn des nächsten Schritts festgelegt</translation>
        </message>
        <message>
            <source>Set clock</source>
            <translation>Uhr stellen</translation>
        </message>
        <message>
            <source>Set it to {time}.</source>
            <translation>Auf {time} stellen.</translation>
        </message>
        <message>
            <source>Set mode to {mode}</source>
            <translation>Modus auf {mode} setzen</translation>
        </message>
        <message>
            <source>Set pump clock to local time</source>
            <translation>Pumpenuhr auf Ortszeit stellen</translation>
        </message>
        <message>
            <source>Set step {step} to {dose}</source>
            <translation>Schritt {step} auf {dose} setzen</translation>
        </message>
        <message>
            <source>Set the pump clock to local time</source>
            <translation>Die Pumpenuhr auf Ortszeit stellen</translation>
        </message>
        <message>
            <source>Setting the pump clock, then reading it back...</source>
            <translation>Pumpenuhr wird gestellt, dann zurückgelesen...</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Kurzname</translation>
        </message>
        <message>
            <source>Show doses in the next unit (mcg/day, mcg/h, mL/day)</source>
            <translation>Dosen in der nächsten Einheit anzeigen (mcg/Tag, mcg/h, mL/Tag)</translation>
        </message>
        <message>
            <source>Show doses in:</source>
            <translation>Dosen anzeigen in:</translation>
        </message>
        <message>
            <source>Show events of kind</source>
            <translation>Ereignisse dieser Art anzeigen</translation>
        </message>
        <message>
            <source>Show what the alarm means and what to do</source>
            <translation>Anzeigen, was der Alarm bedeutet und was zu tun ist</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Anzeigen:</translation>
        </message>
        <message>
            <source>Signature:</source>
            <translation>Unterschrift:</translation>
        </message>
        <message>
            <source>Simulated pump (in this program)</source>
            <translation>Simulierte Pumpe (in diesem Programm)</translation>
        </message>
        <message>
            <source>Simulated pump profile</source>
            <translation>Profil der simulierten Pumpe</translation>
        </message>
        <message>
            <source>Since start
(h:min:s)</source>
            <translation>Seit Beginn
(h:min:s)</translation>
        </message>
        <message>
            <source>Since start (h:min:s)</source>
            <translation>Seit Beginn (h:min:s)</translation>
        </message>
        <message>
            <source>Smallest bolus (mL)</source>
            <translation>Kleinster Bolus (mL)</translation>
        </message>
        <message>
            <source>Soft limit: daily dose change in percent</source>
            <translation>Weiche Grenze: Änderung der Tagesdosis in Prozent</translation>
        </message>
        <message>
            <source>Soft limit: step dose ceiling in mcg per day</source>
            <translation>Weiche Grenze: Obergrenze der Schrittdosis in mcg pro Tag</translation>
        </message>
        <message>
            <source>Soft limits, units, editor snap, refill alarm default, alarm sound</source>
            <translation>Weiche Grenzen, Einheiten, Editor-Raster, Standard-Nachfüllalarm, Alarmton</translation>
        </message>
        <message>
            <source>Soft-limit warning overridden</source>
            <translation>Warnung einer weichen Grenze übersteuert</translation>
        </message>
        <message>
            <source>Soft-limit warnings</source>
            <translation>Warnungen weicher Grenzen</translation>
        </message>
        <message>
            <source>Something went wrong inside the console: {error}
Where: {where}.

{kept}

If a pump command was under way, interrogate the pump (F5) to see it as it is before going on.</source>
            <translation>In der Konsole ist ein Fehler aufgetreten: {error}
Wo: {where}.

{kept}

Falls ein Pumpenbefehl lief, die Pumpe abfragen (F5), um sie im aktuellen Zustand zu sehen, bevor es weitergeht.</translation>
        </message>
        <message>
            <source>Source commit</source>
            <translation>Quell-Commit</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Leertaste</translation>
        </message>
        <message>
            <source>Space resumes at {speed}</source>
            <translation>Leertaste setzt mit {speed} fort</translation>
        </message>
        <message>
            <source>Spasticity origin</source>
            <translation>Ursprung der Spastik</translation>
        </message>
        <message>
            <source>Spasticity:</source>
            <translation>Spastik:</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Tempo</translation>
        </message>
        <message>
            <source>Speed:</source>
            <translation>Tempo:</translation>
        </message>
        <message>
            <source>Spinal cord origin</source>
            <translation>Spinalen Ursprungs</translation>
        </message>
        <message>
            <source>Split a step at the pointer</source>
            <translation>Einen Schritt am Mauszeiger teilen</translation>
        </message>
        <message>
            <source>Split at {time}</source>
            <translation>Bei {time} teilen</translation>
        </message>
        <message>
            <source>Split step here (S)</source>
            <translation>Schritt hier teilen (S)</translation>
        </message>
        <message>
            <source>Split the selected step in the middle</source>
            <translation>Den gewählten Schritt in der Mitte teilen</translation>
        </message>
        <message>
            <source>Split, merge or delete the step under the pointer</source>
            <translation>Den Schritt unter dem Mauszeiger teilen, zusammenführen oder löschen</translation>
        </message>
        <message>
            <source>Stall recovery logged: rotor turned again at {time}</source>
            <translation>Aufhebung der Blockade protokolliert: Rotor dreht sich wieder seit {time}</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Start a crashed station again from the scenario's start, on the same address; the other stations are not touched</source>
            <translation>Eine abgestürzte Station vom Szenariobeginn an neu starten, unter derselben Adresse; die anderen Stationen bleiben unberührt</translation>
        </message>
        <message>
            <source>Start a new scenario from the defaults</source>
            <translation>Ein neues Szenario mit den Standardwerten beginnen</translation>
        </message>
        <message>
            <source>Start at {dose}</source>
            <translation>Beginnen mit {dose}</translation>
        </message>
        <message>
            <source>Start bolus</source>
            <translation>Bolus starten</translation>
        </message>
        <message>
            <source>Start the emulator (itb-emulator --pty) and connect to the port it prints, or check the port name</source>
            <translation>Den Emulator starten (itb-emulator --pty) und mit dem ausgegebenen Port verbinden, oder den Portnamen prüfen</translation>
        </message>
        <message>
            <source>Start the emulator first (itb-emulator --tcp PORT) or check host and port</source>
            <translation>Zuerst den Emulator starten (itb-emulator --tcp PORT) oder Host und Port prüfen</translation>
        </message>
        <message>
            <source>Start the priming bolus</source>
            <translation>Priming-Bolus starten</translation>
        </message>
        <message>
            <source>Start, pause, time and faults reach the selected stations, or every station when none is selected</source>
            <translation>Start, Pause, Zeit und Fehler wirken auf die ausgewählten Stationen, oder auf alle, wenn keine ausgewählt ist</translation>
        </message>
        <message>
            <source>Starting daily dose: &lt;b&gt;{dose}&lt;/b&gt;</source>
            <translation>Anfangs-Tagesdosis: &lt;b&gt;{dose}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Starting program result</source>
            <translation>Ergebnis des Startprogramms</translation>
        </message>
        <message>
            <source>Starting the bolus</source>
            <translation>Bolus wird gestartet</translation>
        </message>
        <message>
            <source>Starting the priming bolus, then reading the pump back...</source>
            <translation>Priming-Bolus wird gestartet, dann wird die Pumpe zurückgelesen...</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Station</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>Stationen</translation>
        </message>
        <message>
            <source>Stations:</source>
            <translation>Stationen:</translation>
        </message>
        <message>
            <source>Stations: all (none selected)</source>
            <translation>Stationen: alle (keine ausgewählt)</translation>
        </message>
        <message numerus="yes">
            <source>Stations: the %n selected</source>
            <translation>
                <numerusform>Stationen: die %n ausgewählte</numerusform>
                <numerusform>Stationen: die %n ausgewählten</numerusform>
            </translation>
        </message>
        <message>
            <source>Stations: {names}</source>
            <translation>Stationen: {names}</translation>
        </message>
        <message>
            <source>Step starts snap to:</source>
            <translation>Schrittbeginne rasten ein auf:</translation>
        </message>
        <message>
            <source>Step through the actions, one every {seconds} s</source>
            <translation>Die Aktionen durchgehen, eine alle {seconds} s</translation>
        </message>
        <message>
            <source>Stop or restart the simulated pump's clock</source>
            <translation>Die Uhr der simulierten Pumpe anhalten oder neu starten</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Gestoppt</translation>
        </message>
        <message>
            <source>Stopped: the pump delivers nothing. Kept for a restart: {text}</source>
            <translation>Gestoppt: die Pumpe gibt nichts ab. Für einen Neustart aufbewahrt: {text}</translation>
        </message>
        <message>
            <source>Stopping the pump stops all baclofen delivery</source>
            <translation>Das Stoppen der Pumpe stoppt jede Baclofenabgabe</translation>
        </message>
        <message>
            <source>Story</source>
            <translation>Geschichte</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Summary (one line)</source>
            <translation>Zusammenfassung (eine Zeile)</translation>
        </message>
        <message>
            <source>Takes effect the next time the console starts; itb-console --lang overrides it</source>
            <translation>Wirkt beim nächsten Start der Konsole; itb-console --lang hat Vorrang</translation>
        </message>
        <message>
            <source>Tester fault</source>
            <translation>Testfehler</translation>
        </message>
        <message>
            <source>The battery is exhausted: the pump has stopped delivering.</source>
            <translation>Die Batterie ist erschöpft: die Pumpe hat die Abgabe gestoppt.</translation>
        </message>
        <message>
            <source>The battery is near its end. The pump reaches end of service within 90 days.</source>
            <translation>Die Batterie ist fast erschöpft. Die Pumpe erreicht innerhalb von 90 Tagen ihr Betriebsende.</translation>
        </message>
        <message>
            <source>The calculated reservoir volume has reached the low-reservoir alarm volume. It is calculated from the programmed rate, not measured: a pump that over-infuses may be emptier.</source>
            <translation>Das berechnete Reservoirvolumen hat das Volumen des Niedrigstand-Alarms erreicht. Es wird aus der programmierten Rate berechnet, nicht gemessen: eine Pumpe, die zu viel fördert, kann leerer sein.</translation>
        </message>
        <message>
            <source>The calculated reservoir volume is used up. Baclofen delivery has stopped: risk of withdrawal (fever, altered mental status, rebound spasticity).</source>
            <translation>Das berechnete Reservoirvolumen ist aufgebraucht. Die Baclofenabgabe ist gestoppt: Entzugsrisiko (Fieber, veränderter Bewusstseinszustand, Rebound-Spastik).</translation>
        </message>
        <message>
            <source>The clocks went back on {day}</source>
            <translation>Die Uhren wurden am {day} zurückgestellt</translation>
        </message>
        <message>
            <source>The clocks went forward on {day}</source>
            <translation>Die Uhren wurden am {day} vorgestellt</translation>
        </message>
        <message>
            <source>The daily dose goes {change}, beyond the soft limit of {limit} (titration: spinal up 10 to 30 %, cerebral up 5 to 15 % per 24 h).</source>
            <translation>Die Tagesdosis ändert sich um {change}, über die weiche Grenze von {limit} hinaus (Titration: spinal plus 10 bis 30 %, zerebral plus 5 bis 15 % pro 24 h).</translation>
        </message>
        <message>
            <source>The daily doses in mcg stay; the volumes follow the drug in the new pump. Review the program side by side and send it; the pump is read back to verify.</source>
            <translation>Die Tagesdosen in mcg bleiben; die Volumina richten sich nach dem Medikament in der neuen Pumpe. Das Programm im Vergleich prüfen und senden; die Pumpe wird zur Bestätigung zurückgelesen.</translation>
        </message>
        <message>
            <source>The details are in the log: {path}</source>
            <translation>Die Details stehen im Protokoll: {path}</translation>
        </message>
        <message>
            <source>The dose was changed less than {hours} h ago; the next change is due from {time}.</source>
            <translation>Die Dosis wurde vor weniger als {hours} h geändert; die nächste Änderung ist ab {time} möglich.</translation>
        </message>
        <message>
            <source>The draft now gives {mcg_per_day}.</source>
            <translation>Der Entwurf gibt jetzt {mcg_per_day}.</translation>
        </message>
        <message>
            <source>The draft now runs {dose} all day.</source>
            <translation>Der Entwurf läuft jetzt den ganzen Tag mit {dose}.</translation>
        </message>
        <message>
            <source>The first step always starts at 00:00</source>
            <translation>Der erste Schritt beginnt immer um 00:00</translation>
        </message>
        <message>
            <source>The link failed and the read-back shows the pump unchanged.</source>
            <translation>Die Verbindung ist ausgefallen und das Rücklesen zeigt die Pumpe unverändert.</translation>
        </message>
        <message>
            <source>The link failed during the command and the read-back cannot show whether the pump acted.</source>
            <translation>Die Verbindung ist während des Befehls ausgefallen und das Rücklesen kann nicht zeigen, ob die Pumpe gehandelt hat.</translation>
        </message>
        <message>
            <source>The link failed during the command, but the read-back shows it done.</source>
            <translation>Die Verbindung ist während des Befehls ausgefallen, aber das Rücklesen zeigt ihn als ausgeführt.</translation>
        </message>
        <message>
            <source>The link failed during the send and the pump could not be read back: reconnect and check which program runs.</source>
            <translation>Die Verbindung ist beim Senden ausgefallen und die Pumpe konnte nicht zurückgelesen werden: neu verbinden und prüfen, welches Programm läuft.</translation>
        </message>
        <message>
            <source>The link failed during the send, after the pump had taken the program; nothing more to do.</source>
            <translation>Die Verbindung ist beim Senden ausgefallen, nachdem die Pumpe das Programm übernommen hatte; nichts weiter zu tun.</translation>
        </message>
        <message>
            <source>The link failed during the send; send again when the link is steady.</source>
            <translation>Die Verbindung ist beim Senden ausgefallen; erneut senden, wenn die Verbindung stabil ist.</translation>
        </message>
        <message>
            <source>The link to the pump at {url} was lost: {reason}. The values shown are the last ones read. Reconnect (Ctrl+K) and interrogate.</source>
            <translation>Die Verbindung zur Pumpe unter {url} ist verloren gegangen: {reason}. Die angezeigten Werte sind die zuletzt gelesenen. Neu verbinden (Strg+K) und abfragen.</translation>
        </message>
        <message>
            <source>The link to the pump failed, so it is not known whether it acted.</source>
            <translation>Die Verbindung zur Pumpe ist ausgefallen, daher ist unbekannt, ob sie gehandelt hat.</translation>
        </message>
        <message>
            <source>The link was lost before the pump was read.</source>
            <translation>Die Verbindung ging verloren, bevor die Pumpe gelesen wurde.</translation>
        </message>
        <message>
            <source>The log is kept in {folder}</source>
            <translation>Das Protokoll liegt in {folder}</translation>
        </message>
        <message>
            <source>The low-reservoir alarm day {day} has come: refill now.</source>
            <translation>Der Tag des Niedrigstand-Alarms ({day}) ist gekommen: jetzt nachfüllen.</translation>
        </message>
        <message>
            <source>The motor is stalled: the pump refuses a bolus until that alarm is cleared.</source>
            <translation>Der Motor ist blockiert: die Pumpe lehnt einen Bolus ab, bis dieser Alarm gelöscht ist.</translation>
        </message>
        <message>
            <source>The new pump holds {drug}; the saved program is for {saved_drug}. Fill the new pump with {saved_drug} first.</source>
            <translation>Die neue Pumpe enthält {drug}; das gespeicherte Programm gilt für {saved_drug}. Die neue Pumpe zuerst mit {saved_drug} füllen.</translation>
        </message>
        <message>
            <source>The new pump is stopped: it gives no baclofen until this program is sent.</source>
            <translation>Die neue Pumpe ist gestoppt: Sie gibt kein Baclofen ab, bis dieses Programm gesendet ist.</translation>
        </message>
        <message>
            <source>The new pump is stopped: it gives no baclofen.</source>
            <translation>Die neue Pumpe ist gestoppt: Sie gibt kein Baclofen ab.</translation>
        </message>
        <message>
            <source>The patient is without baclofen until the pump restarts: abrupt withdrawal can be life-threatening (high fever, altered mental status, rebound spasticity, muscle breakdown). Tell the physician now so a plan covers the gap, keep the patient under observation, and interrogate again at intervals until the log shows the stall recovery (a return to infusion can take 2 to 24 hours).</source>
            <translation>Der Patient erhält kein Baclofen, bis die Pumpe wieder anläuft: ein abrupter Entzug kann lebensbedrohlich sein (hohes Fieber, veränderter Bewusstseinszustand, Rebound-Spastik, Muskelzerfall). Jetzt den Arzt informieren, damit ein Plan die Lücke abdeckt, den Patienten beobachten und in Abständen erneut abfragen, bis das Protokoll die Aufhebung der Motorblockade zeigt (die Rückkehr zur Infusion kann 2 bis 24 Stunden dauern).</translation>
        </message>
        <message>
            <source>The pending program has NOT been sent to the pump.</source>
            <translation>Das ausstehende Programm wurde NICHT an die Pumpe gesendet.</translation>
        </message>
        <message>
            <source>The priming volume cannot be worked out.</source>
            <translation>Das Priming-Volumen lässt sich nicht berechnen.</translation>
        </message>
        <message>
            <source>The program is set to STOPPED: programming stopped around an MRI is not recommended (it can lengthen the delay in detecting an extended stall); restart the prescribed program.</source>
            <translation>Das Programm steht auf GESTOPPT: Stoppen rund um eine MRT wird nicht empfohlen (es kann die Erkennung einer längeren Blockade verzögern); das verordnete Programm wieder starten.</translation>
        </message>
        <message>
            <source>The program read back does not match what was sent.</source>
            <translation>Das zurückgelesene Programm stimmt nicht mit dem gesendeten überein.</translation>
        </message>
        <message>
            <source>The programming session had ended: interrogate (F5) and try again.</source>
            <translation>Die Programmiersitzung war beendet: abfragen (F5) und erneut versuchen.</translation>
        </message>
        <message>
            <source>The pump accepted it but could not be read back to verify it.</source>
            <translation>Die Pumpe hat es angenommen, konnte aber zur Verifizierung nicht zurückgelesen werden.</translation>
        </message>
        <message>
            <source>The pump accepted it, but the read-back does not show it.</source>
            <translation>Die Pumpe hat es angenommen, aber das Rücklesen zeigt es nicht.</translation>
        </message>
        <message>
            <source>The pump at {url} closed the link: the instructor has ended or closed this training station (or another console connected to it). The values shown are the last ones read. If your station was ended, your run is over: wait for the instructor's debrief. Otherwise connect again (Ctrl+K) and interrogate.</source>
            <translation>Die Pumpe an {url} hat die Verbindung geschlossen: Der Trainer hat diese Schulungsstation beendet oder geschlossen (oder eine andere Konsole hat sich damit verbunden). Die angezeigten Werte sind die zuletzt gelesenen. Wenn Ihre Station beendet wurde, ist Ihr Durchlauf vorbei: Warten Sie auf die Nachbesprechung des Trainers. Andernfalls erneut verbinden (Strg+K) und abfragen.</translation>
        </message>
        <message>
            <source>The pump can no longer be programmed: plan its replacement now.</source>
            <translation>Die Pumpe kann nicht mehr programmiert werden: ihren Austausch jetzt planen.</translation>
        </message>
        <message>
            <source>The pump could not be read back: what it holds now is not known.</source>
            <translation>Die Pumpe konnte nicht zurückgelesen werden: Was sie jetzt enthält, ist unbekannt.</translation>
        </message>
        <message>
            <source>The pump could not be read: {problem}. Nothing was saved.</source>
            <translation>Die Pumpe konnte nicht gelesen werden: {problem}. Nichts gespeichert.</translation>
        </message>
        <message>
            <source>The pump did not answer in time, so it is not known whether it acted.</source>
            <translation>Die Pumpe hat nicht rechtzeitig geantwortet, daher ist unbekannt, ob sie gehandelt hat.</translation>
        </message>
        <message>
            <source>The pump did not take this console's signature, so nothing changed; the session ends: connect again with this pump's key file.</source>
            <translation>Die Pumpe hat die Signatur dieser Konsole nicht angenommen, daher wurde nichts geändert; die Sitzung endet: erneut mit der Schlüsseldatei dieser Pumpe verbinden.</translation>
        </message>
        <message>
            <source>The pump is NOT delivering: {reason}</source>
            <translation>Keine Abgabe: {reason}</translation>
        </message>
        <message>
            <source>The pump is STOPPED: it delivers no baclofen.</source>
            <translation>Die Pumpe ist GESTOPPT: sie gibt kein Baclofen ab.</translation>
        </message>
        <message>
            <source>The pump is busy with another command: interrogate again when it has finished.</source>
            <translation>Die Pumpe ist mit einem anderen Befehl beschäftigt: erneut abfragen, wenn er abgeschlossen ist.</translation>
        </message>
        <message>
            <source>The pump is not delivering: no alarm date.</source>
            <translation>Die Pumpe gibt nichts ab: kein Alarmdatum.</translation>
        </message>
        <message>
            <source>The pump is still busy with an earlier action: wait for it to end, then try again.</source>
            <translation>Die Pumpe ist noch mit einer früheren Aktion beschäftigt: warten, bis sie endet, dann erneut versuchen.</translation>
        </message>
        <message>
            <source>The pump is {state}: no projection.</source>
            <translation>Die Pumpe ist {state}: keine Vorhersage.</translation>
        </message>
        <message>
            <source>The pump motor stopped; delivery has stopped or is uncertain.</source>
            <translation>Der Pumpenmotor ist stehen geblieben; die Abgabe ist gestoppt oder unsicher.</translation>
        </message>
        <message>
            <source>The pump must be connected and interrogated before programming.</source>
            <translation>Die Pumpe muss vor dem Programmieren verbunden und abgefragt sein.</translation>
        </message>
        <message>
            <source>The pump predicts end of service on {day}, sooner than ERI + {days} days at this rate.</source>
            <translation>Die Pumpe sagt das Betriebsende für den {day} voraus, bei dieser Förderrate früher als ERI + {days} Tage.</translation>
        </message>
        <message>
            <source>The pump reads back exactly the new program.</source>
            <translation>Die Pumpe liest genau das neue Programm zurück.</translation>
        </message>
        <message>
            <source>The pump reads back the new program. {why}</source>
            <translation>Die Pumpe liest das neue Programm zurück. {why}</translation>
        </message>
        <message>
            <source>The pump refused it: {reason} {advice}</source>
            <translation>Die Pumpe hat es abgelehnt: {reason} {advice}</translation>
        </message>
        <message>
            <source>The pump refused the command as not signed with its key (it said: {reason}). Nothing changed on the pump. Another program may have talked to the pump since: connect again; if it is refused again, the key file is not this pump's. {step}.</source>
            <translation>Die Pumpe hat den Befehl als nicht mit ihrem Schlüssel signiert abgelehnt (Meldung: {reason}). An der Pumpe wurde nichts geändert. Ein anderes Programm hat seitdem möglicherweise mit der Pumpe kommuniziert: erneut verbinden; wird erneut abgelehnt, gehört die Schlüsseldatei nicht zu dieser Pumpe. {step}.</translation>
        </message>
        <message>
            <source>The pump refuses a bolus above {most} ({asked} asked): lower the dose.</source>
            <translation>Die Pumpe lehnt einen Bolus über {most} ab ({asked} verlangt): Dosis senken.</translation>
        </message>
        <message>
            <source>The pump refuses rates outside {rates}: change the duration.</source>
            <translation>Die Pumpe lehnt Raten außerhalb von {rates} ab: Dauer ändern.</translation>
        </message>
        <message>
            <source>The pump reset after a battery dip; the program in force may be lost and the pump stopped.</source>
            <translation>Die Pumpe hat sich nach einem Spannungseinbruch der Batterie zurückgesetzt; das aktive Programm ist möglicherweise verloren und die Pumpe gestoppt.</translation>
        </message>
        <message>
            <source>The pump said: {reason}</source>
            <translation>Die Pumpe meldete: {reason}</translation>
        </message>
        <message>
            <source>The pump side at the chosen action</source>
            <translation>Die Pumpenseite bei der gewählten Aktion</translation>
        </message>
        <message>
            <source>The pump this step works on</source>
            <translation>Die Pumpe, mit der dieser Schritt arbeitet</translation>
        </message>
        <message>
            <source>The pump took the program but could not be read back to verify it.</source>
            <translation>Die Pumpe hat das Programm übernommen, konnte aber zur Verifizierung nicht zurückgelesen werden.</translation>
        </message>
        <message>
            <source>The pump was replaced too (fill its internal path)</source>
            <translation>Die Pumpe wurde ebenfalls ausgetauscht (ihren inneren Weg füllen)</translation>
        </message>
        <message>
            <source>The pump will STOP delivering. Abrupt withdrawal of intrathecal baclofen is dangerous: stop only with an explicit clinical decision.</source>
            <translation>Die Pumpe wird die Abgabe STOPPEN. Ein abrupter Entzug von intrathekalem Baclofen ist gefährlich: nur nach ausdrücklicher klinischer Entscheidung stoppen.</translation>
        </message>
        <message>
            <source>The pump's event log: filter, search, export CSV</source>
            <translation>Ereignisprotokoll der Pumpe: filtern, suchen, CSV exportieren</translation>
        </message>
        <message>
            <source>The read-back confirms it.</source>
            <translation>Das Rücklesen bestätigt es.</translation>
        </message>
        <message>
            <source>The read-back does not show it.</source>
            <translation>Das Rücklesen zeigt es nicht.</translation>
        </message>
        <message>
            <source>The record follows the patient: the same patient ID and catheter on the new pump, implanted today.</source>
            <translation>Der Datensatz folgt dem Patienten: dieselbe Patienten-ID und derselbe Katheter auf der neuen Pumpe, heute implantiert.</translation>
        </message>
        <message>
            <source>The record to write</source>
            <translation>Der zu schreibende Datensatz</translation>
        </message>
        <message>
            <source>The refill goes to the pump; its answer and what is read back appear below.</source>
            <translation>Die Nachfüllung geht an die Pumpe; ihre Antwort und was zurückgelesen wird, erscheinen unten.</translation>
        </message>
        <message>
            <source>The refill stands without it: the {volume} of the old drug in the pump path now goes at the new rate, about {given} instead of {intended} for {duration}: watch the patient for signs of overdose.</source>
            <translation>Die Nachfüllung gilt ohne ihn: die {volume} des alten Medikaments im Pumpenweg laufen jetzt mit der neuen Rate, etwa {given} statt {intended} für {duration}: den Patienten auf Zeichen einer Überdosierung beobachten.</translation>
        </message>
        <message>
            <source>The refill stands without it: the {volume} of the old drug in the pump path now goes at the new rate, about {given} instead of {intended} for {duration}: watch the patient for signs of withdrawal.</source>
            <translation>Die Nachfüllung gilt ohne ihn: die {volume} des alten Medikaments im Pumpenweg laufen jetzt mit der neuen Rate, etwa {given} statt {intended} für {duration}: den Patienten auf Entzugszeichen beobachten.</translation>
        </message>
        <message>
            <source>The reservoir is already below its alarm volume: refill now.</source>
            <translation>Das Reservoir ist bereits unter dem Alarmvolumen: jetzt nachfüllen.</translation>
        </message>
        <message>
            <source>The review was closed without sending: the new pump runs what it ran before.</source>
            <translation>Die Überprüfung wurde ohne Senden geschlossen: Die neue Pumpe führt weiter aus, was sie vorher ausgeführt hat.</translation>
        </message>
        <message>
            <source>The saved program</source>
            <translation>Das gespeicherte Programm</translation>
        </message>
        <message>
            <source>The scanner's magnet stops the pump's rotor and suspends infusion for the whole scan. Interrogate the pump, read the motor stall and its recovery in the log, and confirm delivery resumed.</source>
            <translation>Der Magnet des Scanners hält den Rotor der Pumpe an und unterbricht die Infusion während der gesamten Untersuchung. Die Pumpe abfragen, Motorblockade und deren Aufhebung im Protokoll lesen und bestätigen, dass die Abgabe wieder läuft.</translation>
        </message>
        <message>
            <source>The selected event in words and as the pump recorded it</source>
            <translation>Das ausgewählte Ereignis in Worten und wie die Pumpe es gespeichert hat</translation>
        </message>
        <message>
            <source>The selected station's details and score</source>
            <translation>Details und Punkte der gewählten Station</translation>
        </message>
        <message>
            <source>The selected trainee's actions</source>
            <translation>Die Aktionen des gewählten Teilnehmers</translation>
        </message>
        <message>
            <source>The send did not complete ({reason}).</source>
            <translation>Das Senden wurde nicht abgeschlossen ({reason}).</translation>
        </message>
        <message>
            <source>The trainee records are kept in this file (SQLite)</source>
            <translation>Die Teilnehmerakten liegen in dieser Datei (SQLite)</translation>
        </message>
        <message>
            <source>The trainee records database could not be used: {damage}. It was kept aside, unchanged, as {name} in {folder}, and a new empty database was started. The earlier records are in the kept file (ask your IT support to recover them).</source>
            <translation>Die Datenbank der Teilnehmerakten konnte nicht verwendet werden: {damage}. Sie wurde unverändert als {name} in {folder} beiseitegelegt, und eine neue, leere Datenbank wurde angelegt. Die früheren Akten sind in der beiseitegelegten Datei (bitten Sie Ihre IT, sie wiederherzustellen).</translation>
        </message>
        <message>
            <source>The trainee's actions in order</source>
            <translation>Die Aktionen des Teilnehmers der Reihe nach</translation>
        </message>
        <message>
            <source>The trainee's runs</source>
            <translation>Die Durchläufe des Teilnehmers</translation>
        </message>
        <message>
            <source>Then: {bridge}</source>
            <translation>Dann: {bridge}</translation>
        </message>
        <message>
            <source>This console is busy with the pump at {device} ({state}): nothing was closed. Connect to the station when it has finished.</source>
            <translation>Diese Konsole ist mit der Pumpe an {device} beschäftigt ({state}): Nichts wurde geschlossen. Mit der Station verbinden, wenn sie fertig ist.</translation>
        </message>
        <message>
            <source>This is the new pump.</source>
            <translation>Das ist die neue Pumpe.</translation>
        </message>
        <message>
            <source>This is the pump that was saved (serial {serial}), not a new one: close this session and connect the new pump.</source>
            <translation>Das ist die gespeicherte Pumpe (Seriennummer {serial}), keine neue: diese Sitzung schließen und die neue Pumpe verbinden.</translation>
        </message>
        <message>
            <source>This list</source>
            <translation>Diese Liste</translation>
        </message>
        <message>
            <source>This pump does not offer that: nothing was changed.</source>
            <translation>Diese Pumpe bietet das nicht an: es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>This run's debrief file {path} is not there any more.</source>
            <translation>Die Nachbesprechungsdatei {path} dieses Durchlaufs ist nicht mehr vorhanden.</translation>
        </message>
        <message>
            <source>This scenario has changes that are not saved. Save them?</source>
            <translation>Dieses Szenario hat ungespeicherte Änderungen. Speichern?</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Time jumps by (hours)</source>
            <translation>Zeitsprung um (Stunden)</translation>
        </message>
        <message>
            <source>Time of day (pump clock)</source>
            <translation>Tageszeit (Pumpenuhr)</translation>
        </message>
        <message>
            <source>Time range shown</source>
            <translation>Angezeigter Zeitraum</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <source>Timeline editor snap in minutes</source>
            <translation>Rasterung des Zeitleisten-Editors in Minuten</translation>
        </message>
        <message>
            <source>Tip level</source>
            <translation>Höhe der Spitze</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Titrate to {dose}</source>
            <translation>Titrieren auf {dose}</translation>
        </message>
        <message>
            <source>Titration</source>
            <translation>Titration</translation>
        </message>
        <message>
            <source>Titration - training mock</source>
            <translation>Titration – Trainingsattrappe</translation>
        </message>
        <message>
            <source>Titration...</source>
            <translation>Titration...</translation>
        </message>
        <message>
            <source>Titration: allowed next-day dose, override with a reason, apply to the draft</source>
            <translation>Titration: zulässige Dosis für den Folgetag, Übersteuerung mit Begründung, auf den Entwurf anwenden</translation>
        </message>
        <message>
            <source>To alarm</source>
            <translation>Bis zum Alarm</translation>
        </message>
        <message>
            <source>To empty</source>
            <translation>Bis leer</translation>
        </message>
        <message>
            <source>To send anyway, type the word “{word}” (any case):</source>
            <translation>Um trotzdem zu senden, das Wort „{word}“ eingeben (Groß-/Kleinschreibung egal):</translation>
        </message>
        <message>
            <source>Total: {points}</source>
            <translation>Gesamt: {points}</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Teilnehmer</translation>
        </message>
        <message>
            <source>Trainee id</source>
            <translation>Teilnehmer-ID</translation>
        </message>
        <message>
            <source>Trainee id {twice} is given for two stations; each station is a different trainee</source>
            <translation>Teilnehmer-ID {twice} ist für zwei Stationen angegeben; jede Station ist ein anderer Teilnehmer</translation>
        </message>
        <message>
            <source>Trainee records - {training_mark}</source>
            <translation>Teilnehmerakten – {training_mark}</translation>
        </message>
        <message>
            <source>Trainee records...</source>
            <translation>Teilnehmerakten...</translation>
        </message>
        <message>
            <source>Trainee records: search, history and score plot, cohort, CSV and PDF</source>
            <translation>Teilnehmerakten: Suche, Verlauf und Punktediagramm, Kohorte, CSV und PDF</translation>
        </message>
        <message>
            <source>Trainee's actions</source>
            <translation>Teilnehmeraktionen</translation>
        </message>
        <message>
            <source>Trainee's name:</source>
            <translation>Name des Teilnehmers:</translation>
        </message>
        <message>
            <source>Trainee: &lt;b&gt;{trainee}&lt;/b&gt;</source>
            <translation>Teilnehmer: &lt;b&gt;{trainee}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Teilnehmer</translation>
        </message>
        <message>
            <source>Trainees found</source>
            <translation>Gefundene Teilnehmer</translation>
        </message>
        <message>
            <source>Trainees noted for {stations}: their runs are recorded at End and score.</source>
            <translation>Teilnehmer für {stations} vermerkt: Ihre Durchläufe werden bei Beenden und bewerten dokumentiert.</translation>
        </message>
        <message>
            <source>Trainees on other computers can connect. The link has no password: use only on a closed training network.</source>
            <translation>Teilnehmer an anderen Computern können sich verbinden. Die Verbindung hat kein Passwort: nur in einem geschlossenen Schulungsnetz verwenden.</translation>
        </message>
        <message>
            <source>Trainees to record - {training_mark}</source>
            <translation>Zu erfassende Teilnehmer – {training_mark}</translation>
        </message>
        <message>
            <source>Trainees...</source>
            <translation>Teilnehmer...</translation>
        </message>
        <message>
            <source>Training mock banner</source>
            <translation>Banner Trainingsattrappe</translation>
        </message>
        <message>
            <source>Training mock, not for clinical use</source>
            <translation>Trainingsattrappe, nicht für den klinischen Einsatz</translation>
        </message>
        <message>
            <source>Trial screening</source>
            <translation>Testphase</translation>
        </message>
        <message>
            <source>Trial screening recorded</source>
            <translation>Testphase dokumentiert</translation>
        </message>
        <message>
            <source>Trial screening...</source>
            <translation>Testphase...</translation>
        </message>
        <message>
            <source>Trial screening: boluses, candidacy, starting dose into the draft</source>
            <translation>Testphase: Boli, Eignung, Anfangsdosis in den Entwurf</translation>
        </message>
        <message>
            <source>Try again when it has finished.</source>
            <translation>Erneut versuchen, wenn er abgeschlossen ist.</translation>
        </message>
        <message>
            <source>Try again when the link is steady.</source>
            <translation>Erneut versuchen, wenn die Verbindung stabil ist.</translation>
        </message>
        <message>
            <source>Try it</source>
            <translation>Ausprobieren</translation>
        </message>
        <message>
            <source>Try it: checking and opening a station...</source>
            <translation>Ausprobieren: Prüfung und Öffnen einer Station...</translation>
        </message>
        <message>
            <source>Try it: opening a station for '{title}'...</source>
            <translation>Ausprobieren: Station für „{title}“ wird geöffnet...</translation>
        </message>
        <message>
            <source>Try it: the station did not open: {why}</source>
            <translation>Ausprobieren: die Station wurde nicht geöffnet: {why}</translation>
        </message>
        <message>
            <source>Try it: {name} runs this scenario at {url}; this console connects to it. The instructor panel shows the station.</source>
            <translation>Ausprobieren: {name} führt dieses Szenario unter {url} aus; diese Konsole verbindet sich damit. Der Trainerbereich zeigt die Station.</translation>
        </message>
        <message>
            <source>Type a number.</source>
            <translation>Geben Sie eine Zahl ein.</translation>
        </message>
        <message>
            <source>Type an exact dose for the selected step (in the table)</source>
            <translation>Eine genaue Dosis für den gewählten Schritt eingeben (in der Tabelle)</translation>
        </message>
        <message>
            <source>Type the confirmation word to override the warnings</source>
            <translation>Das Bestätigungswort eingeben, um die Warnungen zu übersteuern</translation>
        </message>
        <message>
            <source>Type the decimals after “{point}”, or remove it.</source>
            <translation>Geben Sie die Nachkommastellen nach „{point}“ ein oder entfernen Sie das Zeichen.</translation>
        </message>
        <message>
            <source>Type the reason for the override.</source>
            <translation>Die Begründung der Übersteuerung eingeben.</translation>
        </message>
        <message>
            <source>Type the volume you withdrew, as read on the syringe.</source>
            <translation>Das entnommene Volumen eingeben, wie auf der Spritze abgelesen.</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Undo the last edit</source>
            <translation>Letzte Änderung rückgängig machen</translation>
        </message>
        <message>
            <source>Undo: {edit}</source>
            <translation>Rückgängig: {edit}</translation>
        </message>
        <message>
            <source>Unit doses are shown in</source>
            <translation>Einheit, in der Dosen angezeigt werden</translation>
        </message>
        <message>
            <source>Unmute, or rely on the alarm bar and this panel.</source>
            <translation>Stummschaltung aufheben oder sich auf die Alarmleiste und dieses Fenster verlassen.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Up / Down</source>
            <translation>Auf / Ab</translation>
        </message>
        <message>
            <source>Use as starting program</source>
            <translation>Als Startprogramm verwenden</translation>
        </message>
        <message>
            <source>Usual maintenance:</source>
            <translation>Übliche Erhaltungsdosis:</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Version, source commit, Qt and PySide6, licences</source>
            <translation>Version, Quell-Commit, Qt und PySide6, Lizenzen</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <source>Volume
(mL/day)</source>
            <translation>Volumen
(mL/Tag)</translation>
        </message>
        <message>
            <source>Volume (mL/day)</source>
            <translation>Volumen (mL/Tag)</translation>
        </message>
        <message>
            <source>Volume withdrawn (measured):</source>
            <translation>Entnommenes Volumen (gemessen):</translation>
        </message>
        <message>
            <source>Volume withdrawn in mL, as measured</source>
            <translation>Entnommenes Volumen in mL, wie gemessen</translation>
        </message>
        <message>
            <source>Wait for the running bolus to end, or cancel it, then try again.</source>
            <translation>Warten, bis der laufende Bolus endet, oder ihn abbrechen, dann erneut versuchen.</translation>
        </message>
        <message>
            <source>Waiting for the pump's answer...</source>
            <translation>Warten auf die Antwort der Pumpe...</translation>
        </message>
        <message>
            <source>Warn when a step runs above:</source>
            <translation>Warnen, wenn ein Schritt darüber liegt:</translation>
        </message>
        <message>
            <source>Warn when the daily dose changes by more than:</source>
            <translation>Warnen, wenn sich die Tagesdosis um mehr ändert als:</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Was geschah</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Was geschieht</translation>
        </message>
        <message>
            <source>What is allowed, or why the bolus was refused</source>
            <translation>Was zulässig ist oder warum der Bolus abgelehnt wurde</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>Was falsch ist</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>What the alarm means and what to do</source>
            <translation>Was der Alarm bedeutet und was zu tun ist</translation>
        </message>
        <message>
            <source>What the old and new columns are</source>
            <translation>Was die Spalten Alt und Neu zeigen</translation>
        </message>
        <message>
            <source>What the pump answered</source>
            <translation>Was die Pumpe geantwortet hat</translation>
        </message>
        <message>
            <source>What the pump holds about the implant: the priming calculator and the report read it. Empty fields take the default written in them.</source>
            <translation>Was die Pumpe über das Implantat speichert: Der Priming-Rechner und der Bericht lesen es. Leere Felder übernehmen den darin angezeigten Standardwert.</translation>
        </message>
        <message>
            <source>What the pump holds, read back</source>
            <translation>Was die Pumpe enthält, zurückgelesen</translation>
        </message>
        <message>
            <source>What the selected station's pump saw the trainee do, in order</source>
            <translation>Was die Pumpe der gewählten Station den Teilnehmer tun sah, der Reihe nach</translation>
        </message>
        <message>
            <source>What the trainee did</source>
            <translation>Was der Teilnehmer getan hat</translation>
        </message>
        <message>
            <source>What this step is for</source>
            <translation>Wozu dieser Schritt dient</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Was zu tun ist</translation>
        </message>
        <message>
            <source>What to do about the battery</source>
            <translation>Was wegen der Batterie zu tun ist</translation>
        </message>
        <message>
            <source>What was sent</source>
            <translation>Was gesendet wurde</translation>
        </message>
        <message>
            <source>When it was read: {what}</source>
            <translation>Wann gelesen: {what}</translation>
        </message>
        <message>
            <source>When the pump was read</source>
            <translation>Wann die Pumpe gelesen wurde</translation>
        </message>
        <message>
            <source>Where a dragged step start lands; Shift always gives 1 min</source>
            <translation>Wo ein gezogener Schrittbeginn einrastet; Umschalt gibt immer 1 min</translation>
        </message>
        <message>
            <source>Whether the proposed dose is within the rules</source>
            <translation>Ob die vorgeschlagene Dosis innerhalb der Regeln liegt</translation>
        </message>
        <message>
            <source>Whether the scenario loads, in the words the console uses when it loads a scenario file, as you type</source>
            <translation>Ob das Szenario geladen wird, in den Worten, die die Konsole beim Laden einer Szenariodatei verwendet, während der Eingabe</translation>
        </message>
        <message>
            <source>Why Start bolus is not available</source>
            <translation>Warum „Bolus starten“ nicht verfügbar ist</translation>
        </message>
        <message>
            <source>Why the last edit was refused</source>
            <translation>Warum die letzte Änderung abgelehnt wurde</translation>
        </message>
        <message>
            <source>Why the preferences were not saved</source>
            <translation>Warum die Einstellungen nicht gespeichert wurden</translation>
        </message>
        <message>
            <source>Why the pump would refuse the refill now</source>
            <translation>Warum die Pumpe die Befüllung jetzt verweigern würde</translation>
        </message>
        <message>
            <source>Why the pump's values may be old</source>
            <translation>Warum die Werte der Pumpe alt sein können</translation>
        </message>
        <message>
            <source>Why the step waits</source>
            <translation>Warum der Schritt wartet</translation>
        </message>
        <message>
            <source>Why this number is not taken</source>
            <translation>Warum diese Zahl nicht übernommen wird</translation>
        </message>
        <message>
            <source>Withdraw the reservoir completely, read the syringe, and type what you measured.</source>
            <translation>Das Reservoir vollständig entleeren, die Spritze ablesen und den gemessenen Wert eingeben.</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Entnommen</translation>
        </message>
        <message>
            <source>Withdrawn {withdrawn}; expected {expected}: {difference} (FLAGGED).</source>
            <translation>Entnommen {withdrawn}; erwartet {expected}: {difference} (MARKIERT).</translation>
        </message>
        <message>
            <source>Withdrawn {withdrawn}; expected {expected}: {difference}.</source>
            <translation>Entnommen {withdrawn}; erwartet {expected}: {difference}.</translation>
        </message>
        <message>
            <source>Within (minutes)</source>
            <translation>Innerhalb von (Minuten)</translation>
        </message>
        <message>
            <source>Within {threshold} mL of the expected residual: consistent with the programmed delivery.</source>
            <translation>Innerhalb von {threshold} mL des erwarteten Restvolumens: passt zur programmierten Abgabe.</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>In Arbeit</translation>
        </message>
        <message>
            <source>Write and change training scenarios in a form; Try it on a station</source>
            <translation>Trainingsszenarien in einem Formular schreiben und ändern; an einer Station ausprobieren</translation>
        </message>
        <message>
            <source>Write the implant record</source>
            <translation>Implantatdatensatz schreiben</translation>
        </message>
        <message>
            <source>Write the record</source>
            <translation>Datensatz schreiben</translation>
        </message>
        <message>
            <source>Writing the catheter to the pump's implant record</source>
            <translation>Katheter wird in den Implantatdatensatz der Pumpe geschrieben</translation>
        </message>
        <message>
            <source>Writing the record, then reading it back...</source>
            <translation>Datensatz wird geschrieben, dann zurückgelesen...</translation>
        </message>
        <message>
            <source>Writing {path}...</source>
            <translation>{path} wird geschrieben...</translation>
        </message>
        <message>
            <source>Yes: the clocks went back on {day}, after the pump clock was last set.</source>
            <translation>Ja: die Uhren wurden am {day} zurückgestellt, nachdem die Pumpenuhr zuletzt gestellt wurde.</translation>
        </message>
        <message>
            <source>Yes: the clocks went forward on {day}, after the pump clock was last set.</source>
            <translation>Ja: die Uhren wurden am {day} vorgestellt, nachdem die Pumpenuhr zuletzt gestellt wurde.</translation>
        </message>
        <message>
            <source>a new change is allowed</source>
            <translation>eine neue Änderung ist zulässig</translation>
        </message>
        <message>
            <source>a record of a training scenario, not of a patient</source>
            <translation>die Aufzeichnung eines Trainingsszenarios, nicht eines Patienten</translation>
        </message>
        <message>
            <source>a {minutes} min scan; {restart}</source>
            <translation>eine Untersuchung von {minutes} min; {restart}</translation>
        </message>
        <message numerus="yes">
            <source>about %n months ago</source>
            <translation>
                <numerusform>vor etwa %n Monat</numerusform>
                <numerusform>vor etwa %n Monaten</numerusform>
            </translation>
        </message>
        <message>
            <source>about {years} years ago</source>
            <translation>vor etwa {years} Jahren</translation>
        </message>
        <message>
            <source>above threshold: investigate</source>
            <translation>über der Schwelle: abklären</translation>
        </message>
        <message>
            <source>alarm</source>
            <translation>Alarm</translation>
        </message>
        <message>
            <source>alarm / empty date</source>
            <translation>Alarm- / Leerdatum</translation>
        </message>
        <message>
            <source>alarm on {alarm_at} (in {alarm_in}), empty on {empty_at} (in {empty_in}).</source>
            <translation>Alarm am {alarm_at} (in {alarm_in}), leer am {empty_at} (in {empty_in}).</translation>
        </message>
        <message>
            <source>alarm test</source>
            <translation>Alarmtest</translation>
        </message>
        <message>
            <source>alarm volume</source>
            <translation>Alarmvolumen</translation>
        </message>
        <message>
            <source>all</source>
            <translation>alle</translation>
        </message>
        <message>
            <source>already at or below the alarm volume, empty on {empty_at} (in {empty_in}).</source>
            <translation>bereits bei oder unter dem Alarmvolumen, leer am {empty_at} (in {empty_in}).</translation>
        </message>
        <message>
            <source>an unknown place</source>
            <translation>eine unbekannte Stelle</translation>
        </message>
        <message>
            <source>as found: no program sent yet</source>
            <translation>wie vorgefunden: noch kein Programm gesendet</translation>
        </message>
        <message>
            <source>as the trainee reads it in the debrief</source>
            <translation>wie der Teilnehmer es in der Nachbesprechung liest</translation>
        </message>
        <message>
            <source>as trainers know them</source>
            <translation>wie die Trainer sie kennen</translation>
        </message>
        <message>
            <source>below the alarm volume</source>
            <translation>unter dem Alarmvolumen</translation>
        </message>
        <message>
            <source>bolus</source>
            <translation>Bolus</translation>
        </message>
        <message>
            <source>bolus (hover: dose)</source>
            <translation>Bolus (Zeiger: Dosis)</translation>
        </message>
        <message>
            <source>bridge bolus</source>
            <translation>Überbrückungsbolus</translation>
        </message>
        <message>
            <source>by the clinician</source>
            <translation>durch den Arzt</translation>
        </message>
        <message>
            <source>by the pump (condition over)</source>
            <translation>durch die Pumpe (Zustand vorbei)</translation>
        </message>
        <message>
            <source>by {who}</source>
            <translation>durch {who}</translation>
        </message>
        <message>
            <source>calculated reservoir</source>
            <translation>berechnetes Reservoir</translation>
        </message>
        <message>
            <source>cancel bolus</source>
            <translation>Bolusabbruch</translation>
        </message>
        <message>
            <source>cancelled: volume given not recorded</source>
            <translation>abgebrochen: abgegebenes Volumen nicht erfasst</translation>
        </message>
        <message>
            <source>cancelled: {given} given</source>
            <translation>abgebrochen: {given} abgegeben</translation>
        </message>
        <message>
            <source>cannot write {path}</source>
            <translation>{path} kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>cerebral origin</source>
            <translation>zerebralen Ursprungs</translation>
        </message>
        <message>
            <source>change: {percent} % would stop delivery; a change must be above -100 %</source>
            <translation>Änderung: {percent} % würde die Abgabe stoppen; eine Änderung muss über -100 % liegen</translation>
        </message>
        <message>
            <source>children under 12</source>
            <translation>Kinder unter 12</translation>
        </message>
        <message>
            <source>choose...</source>
            <translation>auswählen...</translation>
        </message>
        <message>
            <source>clear alarm</source>
            <translation>Alarmquittierung</translation>
        </message>
        <message>
            <source>clears when its
cause is gone</source>
            <translation>erlischt, wenn ihre
Ursache behoben ist</translation>
        </message>
        <message>
            <source>clinician bolus</source>
            <translation>klinischer Bolus</translation>
        </message>
        <message>
            <source>concentration: both are {concentration}; a bridge is for a change</source>
            <translation>Konzentration: beide sind {concentration}; eine Überbrückung ist für einen Wechsel</translation>
        </message>
        <message>
            <source>concentration: entered {first}, then {second}; the two entries must match</source>
            <translation>Konzentration: {first} eingegeben, dann {second}; beide Eingaben müssen übereinstimmen</translation>
        </message>
        <message>
            <source>connect the new pump</source>
            <translation>Verbindung mit der neuen Pumpe</translation>
        </message>
        <message>
            <source>continuous</source>
            <translation>kontinuierlich</translation>
        </message>
        <message>
            <source>crashed</source>
            <translation>abgestürzt</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>kritisch</translation>
        </message>
        <message>
            <source>critical, two-tone</source>
            <translation>kritisch, Zweiton</translation>
        </message>
        <message>
            <source>current dose: 0 mcg/day; titration starts from a running dose</source>
            <translation>aktuelle Dosis: 0 mcg/Tag; die Titration beginnt bei einer laufenden Dosis</translation>
        </message>
        <message>
            <source>daily dose (program)</source>
            <translation>Tagesdosis (Programm)</translation>
        </message>
        <message>
            <source>daily dose now {dose}; {shape}</source>
            <translation>Tagesdosis jetzt {dose}; {shape}</translation>
        </message>
        <message>
            <source>daily dose {change}</source>
            <translation>Tagesdosis {change}</translation>
        </message>
        <message>
            <source>daily dose {old} {arrow} {new} ({change}); {shape}</source>
            <translation>Tagesdosis {old} {arrow} {new} ({change}); {shape}</translation>
        </message>
        <message>
            <source>daily dose: 0 mcg/day needs no bridge</source>
            <translation>Tagesdosis: 0 mcg/Tag braucht keine Überbrückung</translation>
        </message>
        <message>
            <source>days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>dead volume</source>
            <translation>Totvolumen</translation>
        </message>
        <message>
            <source>delete: a schedule needs at least one step</source>
            <translation>Löschen: ein Programm braucht mindestens einen Schritt</translation>
        </message>
        <message>
            <source>delivery has NOT resumed (delayed restart)</source>
            <translation>Abgabe NICHT wieder aufgenommen (verzögerter Wiederanlauf)</translation>
        </message>
        <message>
            <source>delivery has not resumed</source>
            <translation>Abgabe nicht wieder aufgenommen</translation>
        </message>
        <message>
            <source>delivery restarts {hours} h after the scan</source>
            <translation>die Abgabe läuft {hours} h nach der Untersuchung wieder an</translation>
        </message>
        <message>
            <source>delivery resumed</source>
            <translation>Abgabe wieder aufgenommen</translation>
        </message>
        <message>
            <source>delivery resumed after the stall</source>
            <translation>Abgabe nach der Blockade wieder aufgenommen</translation>
        </message>
        <message>
            <source>delivery resumes when the scan ends</source>
            <translation>die Abgabe läuft nach Ende der Untersuchung wieder an</translation>
        </message>
        <message>
            <source>delivery stays stopped until the pump is interrogated after the scan</source>
            <translation>die Abgabe bleibt gestoppt, bis die Pumpe nach der Untersuchung abgefragt wird</translation>
        </message>
        <message>
            <source>discrepancy FLAGGED</source>
            <translation>Abweichung MARKIERT</translation>
        </message>
        <message>
            <source>discrepancy of {volume}</source>
            <translation>Abweichung von {volume}</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>done and verified</source>
            <translation>ausgeführt und verifiziert</translation>
        </message>
        <message>
            <source>dose rate: {dose} is outside {low} to {high}</source>
            <translation>Dosisrate: {dose} liegt außerhalb von {low} bis {high}</translation>
        </message>
        <message>
            <source>down {percent}</source>
            <translation>minus {percent}</translation>
        </message>
        <message>
            <source>drug already in the catheter</source>
            <translation>Medikament bereits im Katheter</translation>
        </message>
        <message>
            <source>drug: the new pump holds {drug}; the saved program is for {saved_drug}</source>
            <translation>Medikament: Die neue Pumpe enthält {drug}; das gespeicherte Programm gilt für {saved_drug}</translation>
        </message>
        <message>
            <source>duration: 0 min; give the bolus over some time</source>
            <translation>Dauer: 0 min; den Bolus über eine gewisse Zeit geben</translation>
        </message>
        <message>
            <source>e.g. 2000</source>
            <translation>z. B. 2000</translation>
        </message>
        <message>
            <source>e.g. 2023-05-09; empty: start day</source>
            <translation>z. B. 2023-05-09; leer: Starttag</translation>
        </message>
        <message>
            <source>e.g. 2026-09-30; empty: none</source>
            <translation>z. B. 2026-09-30; leer: keine</translation>
        </message>
        <message>
            <source>e.g. 2026-12-23; empty: none</source>
            <translation>z. B. 2026-12-23; leer: keine</translation>
        </message>
        <message>
            <source>e.g. 24</source>
            <translation>z. B. 24</translation>
        </message>
        <message>
            <source>e.g. Delayed restart after an MRI</source>
            <translation>z. B. Verzögerter Neustart nach einer MRT</translation>
        </message>
        <message>
            <source>e.g. TR-2026-07</source>
            <translation>z. B. TR-2026-07</translation>
        </message>
        <message>
            <source>e.g. catheter revised, measured in theatre</source>
            <translation>z. B. Katheter revidiert, im OP gemessen</translation>
        </message>
        <message>
            <source>e.g. catheter shortened in theatre</source>
            <translation>z. B. Katheter im OP gekürzt</translation>
        </message>
        <message>
            <source>effect duration: {hours} h is outside 0 to 48 h</source>
            <translation>Wirkdauer: {hours} h liegt außerhalb von 0 bis 48 h</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>leer</translation>
        </message>
        <message>
            <source>empty: 0.0022</source>
            <translation>leer: 0,0022</translation>
        </message>
        <message>
            <source>empty: 45</source>
            <translation>leer: 45</translation>
        </message>
        <message>
            <source>empty: Europe/London</source>
            <translation>leer: Europe/London</translation>
        </message>
        <message>
            <source>empty: SIM-CATH-1</source>
            <translation>leer: SIM-CATH-1</translation>
        </message>
        <message>
            <source>empty: a new battery</source>
            <translation>leer: eine neue Batterie</translation>
        </message>
        <message>
            <source>empty: any</source>
            <translation>leer: beliebig</translation>
        </message>
        <message>
            <source>empty: as the pump calculates</source>
            <translation>leer: wie die Pumpe rechnet</translation>
        </message>
        <message>
            <source>empty: delivers as programmed</source>
            <translation>leer: fördert wie programmiert</translation>
        </message>
        <message>
            <source>empty: none</source>
            <translation>leer: keine</translation>
        </message>
        <message>
            <source>empty: the pump model's default</source>
            <translation>leer: Vorgabe des Pumpenmodells</translation>
        </message>
        <message>
            <source>end of service</source>
            <translation>Betriebsende</translation>
        </message>
        <message>
            <source>end of service {day}: not delivering</source>
            <translation>Betriebsende {day}: keine Abgabe</translation>
        </message>
        <message>
            <source>end-of-service date</source>
            <translation>Datum des Betriebsendes</translation>
        </message>
        <message>
            <source>ended</source>
            <translation>beendet</translation>
        </message>
        <message>
            <source>ended by the pump</source>
            <translation>von der Pumpe beendet</translation>
        </message>
        <message>
            <source>ended by the pump: {given} given</source>
            <translation>von der Pumpe beendet: {given} abgegeben</translation>
        </message>
        <message>
            <source>event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <source>exactly the expected volume came back</source>
            <translation>genau das erwartete Volumen wurde zurückgewonnen</translation>
        </message>
        <message>
            <source>expected residual</source>
            <translation>erwartetes Restvolumen</translation>
        </message>
        <message>
            <source>expected {date}</source>
            <translation>erwartet {date}</translation>
        </message>
        <message>
            <source>fill volume: 0 mL; enter the volume injected into the reservoir, more than 0 and at most {most} mL</source>
            <translation>Füllvolumen: 0 mL; das in das Reservoir injizierte Volumen eingeben, mehr als 0 und höchstens {most} mL</translation>
        </message>
        <message>
            <source>fill volume: {volume} mL is more than this pump's {reservoir} mL reservoir holds</source>
            <translation>Füllvolumen: {volume} mL ist mehr, als das {reservoir}-mL-Reservoir dieser Pumpe fasst</translation>
        </message>
        <message>
            <source>fill volume: {volume} mL is not above the low-reservoir alarm volume ({alarm} mL): the alarm would sound at once; fill more, or lower the alarm volume</source>
            <translation>Füllvolumen: {volume} mL liegt nicht über dem Niedrigstand-Alarmvolumen ({alarm} mL): der Alarm würde sofort ertönen; mehr füllen oder das Alarmvolumen senken</translation>
        </message>
        <message>
            <source>filled {volume}</source>
            <translation>{volume} gefüllt</translation>
        </message>
        <message>
            <source>filled {volume} at {concentration} mcg/mL</source>
            <translation>{volume} mit {concentration} mcg/mL gefüllt</translation>
        </message>
        <message>
            <source>flexible</source>
            <translation>flexibel</translation>
        </message>
        <message>
            <source>from stopped</source>
            <translation>aus dem Stopp</translation>
        </message>
        <message>
            <source>from {old} to {new} ({shift})</source>
            <translation>von {old} auf {new} ({shift})</translation>
        </message>
        <message>
            <source>h later</source>
            <translation>h später</translation>
        </message>
        <message>
            <source>h:mm after Start</source>
            <translation>h:mm nach Start</translation>
        </message>
        <message>
            <source>higher</source>
            <translation>höher</translation>
        </message>
        <message>
            <source>implant record change</source>
            <translation>Änderung der Implantatakte</translation>
        </message>
        <message numerus="yes">
            <source>in %n days</source>
            <translation>
                <numerusform>in %n Tag</numerusform>
                <numerusform>in %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in about %n months</source>
            <translation>
                <numerusform>in etwa %n Monat</numerusform>
                <numerusform>in etwa %n Monaten</numerusform>
            </translation>
        </message>
        <message>
            <source>in about {years} years</source>
            <translation>in etwa {years} Jahren</translation>
        </message>
        <message>
            <source>in force on the pump</source>
            <translation>aktiv auf der Pumpe</translation>
        </message>
        <message>
            <source>in force when last read ({time}), not connected</source>
            <translation>in Kraft beim letzten Lesen ({time}), nicht verbunden</translation>
        </message>
        <message>
            <source>increase to &lt;b&gt;{lowest} to {highest}&lt;/b&gt; (up {low} to {high} %); for side effects reduce to {reduced_low} to {reduced_high} (down {less} to {most} %)</source>
            <translation>steigern auf &lt;b&gt;{lowest} bis {highest}&lt;/b&gt; (plus {low} bis {high} %); bei Nebenwirkungen senken auf {reduced_low} bis {reduced_high} (minus {less} bis {most} %)</translation>
        </message>
        <message>
            <source>increase {low} to {high}, or reduce to {lowest} to {highest}</source>
            <translation>steigern auf {low} bis {high}, oder senken auf {lowest} bis {highest}</translation>
        </message>
        <message>
            <source>instructor's panel</source>
            <translation>Trainerbereich</translation>
        </message>
        <message>
            <source>keys: PgUp PgDn Space</source>
            <translation>Tasten: Bild auf, Bild ab, Leertaste</translation>
        </message>
        <message>
            <source>last dose change {time} (pump clock): {state}</source>
            <translation>letzte Dosisänderung {time} (Pumpenuhr): {state}</translation>
        </message>
        <message>
            <source>last dose change: {then} is after now ({now}); it must be in the past</source>
            <translation>letzte Dosisänderung: {then} liegt nach jetzt ({now}); sie muss in der Vergangenheit liegen</translation>
        </message>
        <message>
            <source>last: {bolus}</source>
            <translation>zuletzt: {bolus}</translation>
        </message>
        <message>
            <source>link drop at the next send</source>
            <translation>Verbindungsabbruch beim nächsten Senden</translation>
        </message>
        <message>
            <source>local</source>
            <translation>lokal</translation>
        </message>
        <message>
            <source>low-reservoir alarm</source>
            <translation>Niedrigstand-Alarm</translation>
        </message>
        <message>
            <source>low-reservoir alarm at {volume}</source>
            <translation>Niedrigstand-Alarm bei {volume}</translation>
        </message>
        <message>
            <source>low-reservoir alarm set at</source>
            <translation>Niedrigstand-Alarm eingestellt auf</translation>
        </message>
        <message>
            <source>low-reservoir alarm: {volume} mL is outside {low} to {high} mL</source>
            <translation>Niedrigstand-Alarm: {volume} mL liegt außerhalb von {low} bis {high} mL</translation>
        </message>
        <message>
            <source>lower</source>
            <translation>niedriger</translation>
        </message>
        <message>
            <source>mL</source>
            <translation>mL</translation>
        </message>
        <message>
            <source>mL/day</source>
            <translation>mL/Tag</translation>
        </message>
        <message>
            <source>mcg/day</source>
            <translation>mcg/Tag</translation>
        </message>
        <message>
            <source>measure, then type, e.g. {number}</source>
            <translation>messen, dann eingeben, z. B. {number}</translation>
        </message>
        <message>
            <source>merge: step {step} is the last step; nothing follows it</source>
            <translation>Zusammenführen: Schritt {step} ist der letzte Schritt; es folgt keiner</translation>
        </message>
        <message>
            <source>mode change</source>
            <translation>Moduswechsel</translation>
        </message>
        <message>
            <source>motor stall</source>
            <translation>Motorblockade</translation>
        </message>
        <message>
            <source>motor stalled</source>
            <translation>Motor blockiert</translation>
        </message>
        <message>
            <source>move: step {step} can start between {low} and {high} (each step lasts at least {least} min); {time} is outside that</source>
            <translation>Verschieben: Schritt {step} kann zwischen {low} und {high} beginnen (jeder Schritt dauert mindestens {least} min); {time} liegt außerhalb</translation>
        </message>
        <message>
            <source>move: the first step always starts at 00:00</source>
            <translation>Verschieben: der erste Schritt beginnt immer um 00:00</translation>
        </message>
        <message>
            <source>negative: behind; empty: right</source>
            <translation>negativ: nach; leer: richtig</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>never (stopped)</source>
            <translation>nie (gestoppt)</translation>
        </message>
        <message>
            <source>next change from {time}</source>
            <translation>nächste Änderung ab {time}</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>no change</source>
            <translation>keine Änderung</translation>
        </message>
        <message>
            <source>no difference</source>
            <translation>kein Unterschied</translation>
        </message>
        <message>
            <source>no forecast: not delivering ({why})</source>
            <translation>keine Prognose ({why})</translation>
        </message>
        <message>
            <source>no forecast: the pump is not delivering</source>
            <translation>keine Prognose: die Pumpe gibt nichts ab</translation>
        </message>
        <message>
            <source>no motor stall logged</source>
            <translation>keine Motorblockade protokolliert</translation>
        </message>
        <message>
            <source>no pump connected</source>
            <translation>keine Pumpe verbunden</translation>
        </message>
        <message>
            <source>no real pump is ever programmed by this program</source>
            <translation>mit diesem Programm wird nie eine echte Pumpe programmiert</translation>
        </message>
        <message>
            <source>no recovery logged yet (interrogate again)</source>
            <translation>noch keine Aufhebung protokolliert (erneut abfragen)</translation>
        </message>
        <message>
            <source>no soft limit overridden</source>
            <translation>keine weiche Grenze übersteuert</translation>
        </message>
        <message>
            <source>no station opened</source>
            <translation>keine Station geöffnet</translation>
        </message>
        <message>
            <source>no such port</source>
            <translation>kein solcher Port</translation>
        </message>
        <message>
            <source>non-critical</source>
            <translation>nicht kritisch</translation>
        </message>
        <message>
            <source>non-critical, single tone</source>
            <translation>nicht kritisch, Einzelton</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>none (the pump takes no key)</source>
            <translation>keine (die Pumpe nimmt keinen Schlüssel)</translation>
        </message>
        <message>
            <source>none (within a minute)</source>
            <translation>keine (innerhalb einer Minute)</translation>
        </message>
        <message>
            <source>none while not delivering ({why})</source>
            <translation>keine, solange keine Abgabe erfolgt ({why})</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>noch keine</translation>
        </message>
        <message>
            <source>none: the stations take no key (a trainee needs only the address)</source>
            <translation>keiner: die Stationen verlangen keinen Schlüssel (Teilnehmer brauchen nur die Adresse)</translation>
        </message>
        <message>
            <source>not booked</source>
            <translation>nicht geplant</translation>
        </message>
        <message>
            <source>not booked: plan it from the new reservoir</source>
            <translation>nicht geplant: nach dem neuen Reservoir planen</translation>
        </message>
        <message>
            <source>not connected to a pump</source>
            <translation>nicht mit einer Pumpe verbunden</translation>
        </message>
        <message>
            <source>not connected yet</source>
            <translation>noch nicht verbunden</translation>
        </message>
        <message>
            <source>not delivering (stopped)</source>
            <translation>keine Abgabe (gestoppt)</translation>
        </message>
        <message>
            <source>not delivering ({alarms})</source>
            <translation>keine Abgabe ({alarms})</translation>
        </message>
        <message>
            <source>not done</source>
            <translation>nicht ausgeführt</translation>
        </message>
        <message>
            <source>not expected</source>
            <translation>nicht erwartet</translation>
        </message>
        <message>
            <source>not installed</source>
            <translation>nicht installiert</translation>
        </message>
        <message>
            <source>not named</source>
            <translation>ohne Namen</translation>
        </message>
        <message>
            <source>not read</source>
            <translation>nicht gelesen</translation>
        </message>
        <message>
            <source>not read yet</source>
            <translation>noch nicht gelesen</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>nicht erfasst</translation>
        </message>
        <message>
            <source>not recorded in this file</source>
            <translation>in dieser Datei nicht erfasst</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>noch nicht gespeichert</translation>
        </message>
        <message>
            <source>not sent, the pump runs the old program</source>
            <translation>nicht gesendet, die Pumpe führt das alte Programm aus</translation>
        </message>
        <message>
            <source>nothing is listening there</source>
            <translation>dort lauscht nichts</translation>
        </message>
        <message>
            <source>nothing yet</source>
            <translation>noch nichts</translation>
        </message>
        <message>
            <source>now</source>
            <translation>jetzt</translation>
        </message>
        <message>
            <source>now {time}</source>
            <translation>jetzt {time}</translation>
        </message>
        <message>
            <source>objective</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>of {reservoir}; alarm at {alarm}</source>
            <translation>von {reservoir}; Alarm bei {alarm}</translation>
        </message>
        <message>
            <source>on {time}</source>
            <translation>am {time}</translation>
        </message>
        <message>
            <source>over-infusion</source>
            <translation>Überinfusion</translation>
        </message>
        <message>
            <source>own speed</source>
            <translation>eigenes Tempo</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>pausiert</translation>
        </message>
        <message>
            <source>pending (being edited)</source>
            <translation>ausstehend (in Bearbeitung)</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>Zugriff verweigert</translation>
        </message>
        <message>
            <source>post-MRI check recorded</source>
            <translation>Kontrolle nach MRT dokumentiert</translation>
        </message>
        <message>
            <source>predicted {day} (by the pump, at the current rate)</source>
            <translation>vorhergesagt {day} (von der Pumpe, bei der aktuellen Rate)</translation>
        </message>
        <message>
            <source>primed</source>
            <translation>gefüllt (Priming)</translation>
        </message>
        <message>
            <source>priming</source>
            <translation>Priming</translation>
        </message>
        <message>
            <source>priming bolus</source>
            <translation>Priming-Bolus</translation>
        </message>
        <message>
            <source>program ahead</source>
            <translation>kommendes Programm</translation>
        </message>
        <message>
            <source>program {text}</source>
            <translation>Programm {text}</translation>
        </message>
        <message>
            <source>programmed</source>
            <translation>programmiert</translation>
        </message>
        <message>
            <source>projected reservoir</source>
            <translation>vorhergesagtes Reservoir</translation>
        </message>
        <message>
            <source>pseudonymous; empty: TRAINING-01</source>
            <translation>pseudonym; leer: TRAINING-01</translation>
        </message>
        <message>
            <source>pump clock</source>
            <translation>Pumpenuhr</translation>
        </message>
        <message>
            <source>pump clock within</source>
            <translation>Pumpenuhr innerhalb von</translation>
        </message>
        <message>
            <source>pump maximum</source>
            <translation>Pumpenmaximum</translation>
        </message>
        <message>
            <source>pump minimum</source>
            <translation>Pumpenminimum</translation>
        </message>
        <message>
            <source>rate: {dose} is outside this pump's range {low} to {high} at this concentration</source>
            <translation>Rate: {dose} liegt außerhalb des Bereichs dieser Pumpe von {low} bis {high} bei dieser Konzentration</translation>
        </message>
        <message>
            <source>reached</source>
            <translation>erreicht</translation>
        </message>
        <message>
            <source>reached {date}</source>
            <translation>erreicht {date}</translation>
        </message>
        <message>
            <source>reached {day}</source>
            <translation>erreicht {day}</translation>
        </message>
        <message>
            <source>reading the pump's speed</source>
            <translation>Tempo der Pumpe wird gelesen</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>bereit</translation>
        </message>
        <message>
            <source>real time</source>
            <translation>Echtzeit</translation>
        </message>
        <message>
            <source>reason: the catheter differs from the saved record; say why (e.g. catheter shortened in theatre)</source>
            <translation>Grund: Der Katheter weicht vom gespeicherten Datensatz ab; den Grund angeben (z. B. Katheter im OP gekürzt)</translation>
        </message>
        <message>
            <source>record written</source>
            <translation>Datensatz geschrieben</translation>
        </message>
        <message>
            <source>refill</source>
            <translation>Nachfüllung</translation>
        </message>
        <message>
            <source>refill done</source>
            <translation>Nachfüllung erledigt</translation>
        </message>
        <message>
            <source>refill margin: {days} days is outside 0 to {most} whole days</source>
            <translation>Nachfüllreserve: {days} Tage liegt außerhalb von 0 bis {most} ganzen Tagen</translation>
        </message>
        <message>
            <source>refused by the pump</source>
            <translation>von der Pumpe abgelehnt</translation>
        </message>
        <message>
            <source>reservoir empty</source>
            <translation>Reservoir leer</translation>
        </message>
        <message>
            <source>restarts at once</source>
            <translation>läuft sofort wieder an</translation>
        </message>
        <message>
            <source>restarts late</source>
            <translation>läuft verzögert wieder an</translation>
        </message>
        <message>
            <source>restarts when the scan ends</source>
            <translation>läuft nach Ende der Untersuchung wieder an</translation>
        </message>
        <message>
            <source>restarts {hours} h late</source>
            <translation>läuft {hours} h verzögert wieder an</translation>
        </message>
        <message>
            <source>running</source>
            <translation>läuft</translation>
        </message>
        <message>
            <source>running: volume given not recorded</source>
            <translation>läuft: abgegebenes Volumen nicht erfasst</translation>
        </message>
        <message>
            <source>running: {given} of {volume} given so far</source>
            <translation>läuft: bisher {given} von {volume} abgegeben</translation>
        </message>
        <message>
            <source>save the old pump</source>
            <translation>Sicherung der alten Pumpe</translation>
        </message>
        <message>
            <source>saved with values not verified now</source>
            <translation>mit jetzt nicht verifizierten Werten gespeichert</translation>
        </message>
        <message>
            <source>scenario editor</source>
            <translation>Szenario-Editor</translation>
        </message>
        <message>
            <source>scenario time from Start</source>
            <translation>Szenariozeit ab Beginn</translation>
        </message>
        <message>
            <source>schedule: {count} steps; this pump allows at most {most}</source>
            <translation>Programm: {count} Schritte; diese Pumpe erlaubt höchstens {most}</translation>
        </message>
        <message>
            <source>screening bolus {number}: {dose} mcg; the sequence is {sequence} mcg, 24 h apart</source>
            <translation>Testbolus {number}: {dose} mcg; die Folge ist {sequence} mcg, im Abstand von 24 h</translation>
        </message>
        <message>
            <source>see the licence files of {package}</source>
            <translation>siehe Lizenzdateien von {package}</translation>
        </message>
        <message>
            <source>send program</source>
            <translation>Programmübertragung</translation>
        </message>
        <message>
            <source>sent and running</source>
            <translation>gesendet und aktiv</translation>
        </message>
        <message>
            <source>sent and verified</source>
            <translation>gesendet und verifiziert</translation>
        </message>
        <message>
            <source>serial {serial}</source>
            <translation>Seriennummer {serial}</translation>
        </message>
        <message>
            <source>session report</source>
            <translation>Sitzungsbericht</translation>
        </message>
        <message>
            <source>set clock</source>
            <translation>Uhrstellung</translation>
        </message>
        <message>
            <source>severity not recorded</source>
            <translation>Schweregrad nicht erfasst</translation>
        </message>
        <message>
            <source>single tone</source>
            <translation>Einzelton</translation>
        </message>
        <message>
            <source>spinal origin</source>
            <translation>spinalen Ursprungs</translation>
        </message>
        <message>
            <source>split at {time}: would leave a step of {left} min; each step must last at least {least} min</source>
            <translation>Teilen bei {time}: ergäbe einen Schritt von {left} min; jeder Schritt muss mindestens {least} min dauern</translation>
        </message>
        <message>
            <source>split: a step already starts at {time}</source>
            <translation>Teilen: um {time} beginnt bereits ein Schritt</translation>
        </message>
        <message>
            <source>split: this pump allows at most {count} steps</source>
            <translation>Teilen: diese Pumpe erlaubt höchstens {count} Schritte</translation>
        </message>
        <message>
            <source>split: {time} is not inside the day; split between 00:01 and 23:59</source>
            <translation>Teilen: {time} liegt nicht innerhalb des Tages; zwischen 00:01 und 23:59 teilen</translation>
        </message>
        <message>
            <source>started from stopped</source>
            <translation>aus dem Stopp gestartet</translation>
        </message>
        <message>
            <source>starts a stopped pump</source>
            <translation>startet eine gestoppte Pumpe</translation>
        </message>
        <message>
            <source>step {step}: lasts {minutes} min; each step must last at least {least} min</source>
            <translation>Schritt {step}: dauert {minutes} min; jeder Schritt muss mindestens {least} min dauern</translation>
        </message>
        <message>
            <source>step {step}: {dose} is outside this pump's range {low} to {high} at this concentration</source>
            <translation>Schritt {step}: {dose} liegt außerhalb des Bereichs dieser Pumpe von {low} bis {high} bei dieser Konzentration</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>gestoppt</translation>
        </message>
        <message>
            <source>stuck until interrogated</source>
            <translation>blockiert bis zur Abfrage</translation>
        </message>
        <message>
            <source>the active alarms</source>
            <translation>die aktiven Alarme</translation>
        </message>
        <message>
            <source>the alarm day has come</source>
            <translation>der Alarmtag ist gekommen</translation>
        </message>
        <message>
            <source>the alarm tones</source>
            <translation>die Alarmtöne</translation>
        </message>
        <message>
            <source>the concentration changes, so every volume changes.</source>
            <translation>die Konzentration ändert sich, also ändert sich jedes Volumen.</translation>
        </message>
        <message>
            <source>the first step always starts at 00:00; select a later step to move its start.</source>
            <translation>der erste Schritt beginnt immer um 00:00; einen späteren Schritt wählen, um seinen Beginn zu verschieben.</translation>
        </message>
        <message>
            <source>the implant record</source>
            <translation>den Implantatdatensatz</translation>
        </message>
        <message>
            <source>the link was lost</source>
            <translation>die Verbindung ging verloren</translation>
        </message>
        <message>
            <source>the network connection failed</source>
            <translation>die Netzwerkverbindung ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>the port is in use</source>
            <translation>der Port ist belegt</translation>
        </message>
        <message>
            <source>the program</source>
            <translation>das Programm</translation>
        </message>
        <message>
            <source>the pump clock</source>
            <translation>die Pumpenuhr</translation>
        </message>
        <message>
            <source>the pump did not answer</source>
            <translation>die Pumpe hat nicht geantwortet</translation>
        </message>
        <message>
            <source>the pump is stopped</source>
            <translation>die Pumpe ist gestoppt</translation>
        </message>
        <message>
            <source>the pump runs the NEW program, not verified</source>
            <translation>die Pumpe führt das NEUE Programm aus, nicht verifiziert</translation>
        </message>
        <message>
            <source>the pump runs the OLD program</source>
            <translation>die Pumpe führt das ALTE Programm aus</translation>
        </message>
        <message>
            <source>the pump {serial} reports profile {profile}, which this console does not know (it knows {known})</source>
            <translation>die Pumpe {serial} meldet das Profil {profile}, das diese Konsole nicht kennt (sie kennt {known})</translation>
        </message>
        <message>
            <source>the pump's end of service</source>
            <translation>Betriebsende der Pumpe</translation>
        </message>
        <message>
            <source>the report file</source>
            <translation>die Berichtsdatei</translation>
        </message>
        <message>
            <source>the reservoir volume, concentration and program</source>
            <translation>Reservoirvolumen, Konzentration und Programm</translation>
        </message>
        <message>
            <source>the same concentration.</source>
            <translation>dieselbe Konzentration.</translation>
        </message>
        <message>
            <source>the saved file</source>
            <translation>die gespeicherte Datei</translation>
        </message>
        <message>
            <source>the session was closed</source>
            <translation>die Sitzung wurde geschlossen</translation>
        </message>
        <message>
            <source>time control: simulated pump (sim://) only</source>
            <translation>Zeitsteuerung: nur simulierte Pumpe (sim://)</translation>
        </message>
        <message>
            <source>time jumps ahead</source>
            <translation>Zeitsprung nach vorn</translation>
        </message>
        <message>
            <source>timed out</source>
            <translation>Zeitüberschreitung</translation>
        </message>
        <message>
            <source>to {time}</source>
            <translation>auf {time}</translation>
        </message>
        <message>
            <source>to {url}</source>
            <translation>mit {url}</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>morgen</translation>
        </message>
        <message>
            <source>trainee records</source>
            <translation>Teilnehmerakten</translation>
        </message>
        <message>
            <source>trainees' scenario results, filed by pseudonymous id</source>
            <translation>Szenarioergebnisse der Teilnehmer, nach pseudonymer ID abgelegt</translation>
        </message>
        <message>
            <source>tried {program}</source>
            <translation>versucht: {program}</translation>
        </message>
        <message>
            <source>two-tone</source>
            <translation>Zweiton</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unverändert</translation>
        </message>
        <message>
            <source>unique, e.g. interrogate-first</source>
            <translation>eindeutig, z. B. interrogate-first</translation>
        </message>
        <message>
            <source>unique, no spaces, e.g. mri-delayed-restart</source>
            <translation>eindeutig, ohne Leerzeichen, z. B. mri-delayed-restart</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>unknown: interrogate before anything else</source>
            <translation>unbekannt: vor allem anderen abfragen</translation>
        </message>
        <message>
            <source>until interrogated</source>
            <translation>bis zur Abfrage</translation>
        </message>
        <message>
            <source>up {percent}</source>
            <translation>plus {percent}</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>verifiziert</translation>
        </message>
        <message>
            <source>volume withdrawn: type it on the first page</source>
            <translation>entnommenes Volumen: auf der ersten Seite eingeben</translation>
        </message>
        <message>
            <source>what the pump calculates, e.g. 3.2</source>
            <translation>was die Pumpe berechnet, z. B. 3,2</translation>
        </message>
        <message>
            <source>what the trainee is asked to do</source>
            <translation>was der Teilnehmer tun soll</translation>
        </message>
        <message>
            <source>what the trainee must notice and do</source>
            <translation>was der Teilnehmer bemerken und tun muss</translation>
        </message>
        <message>
            <source>whether a bolus is running</source>
            <translation>ob ein Bolus läuft</translation>
        </message>
        <message>
            <source>whether the bolus is still running</source>
            <translation>ob der Bolus noch läuft</translation>
        </message>
        <message>
            <source>whether the bridge bolus is running</source>
            <translation>ob der Überbrückungsbolus läuft</translation>
        </message>
        <message>
            <source>which mode and program the pump runs</source>
            <translation>welchen Modus und welches Programm die Pumpe ausführt</translation>
        </message>
        <message>
            <source>which program runs is NOT known: interrogate</source>
            <translation>welches Programm läuft, ist NICHT bekannt: abfragen</translation>
        </message>
        <message>
            <source>which program the pump runs</source>
            <translation>welches Programm die Pumpe ausführt</translation>
        </message>
        <message>
            <source>which pump is connected</source>
            <translation>welche Pumpe verbunden ist</translation>
        </message>
        <message>
            <source>while not delivering ({why})</source>
            <translation>solange keine Abgabe erfolgt ({why})</translation>
        </message>
        <message>
            <source>who the patient is and what brings them in today</source>
            <translation>wer der Patient ist und was ihn heute herführt</translation>
        </message>
        <message>
            <source>withdrawn volume</source>
            <translation>entnommenes Volumen</translation>
        </message>
        <message>
            <source>withdrawn volume: {volume} mL is more than the {reservoir} mL reservoir</source>
            <translation>entnommenes Volumen: {volume} mL ist mehr als das {reservoir}-mL-Reservoir</translation>
        </message>
        <message>
            <source>withdrew {volume}</source>
            <translation>{volume} entnommen</translation>
        </message>
        <message>
            <source>withdrew {volume} (expected {expected}: {difference})</source>
            <translation>{volume} entnommen (erwartet {expected}: {difference})</translation>
        </message>
        <message>
            <source>within threshold</source>
            <translation>innerhalb der Schwelle</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>yes {duration}</source>
            <translation>ja {duration}</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message>
            <source>{address} (keyed)</source>
            <translation>{address} (mit Schlüssel)</translation>
        </message>
        <message>
            <source>{age_text} The report states what was read from a pump.</source>
            <translation>{age_text} Der Bericht gibt wieder, was von einer Pumpe gelesen wurde.</translation>
        </message>
        <message>
            <source>{age}: reconnect (Ctrl+K) and interrogate (F5) first.</source>
            <translation>{age}: zuerst neu verbinden (Strg+K) und abfragen (F5).</translation>
        </message>
        <message>
            <source>{alarm} (critical)</source>
            <translation>{alarm} (kritisch)</translation>
        </message>
        <message>
            <source>{alarm} (non-critical)</source>
            <translation>{alarm} (nicht kritisch)</translation>
        </message>
        <message>
            <source>{alarm} ({severity})</source>
            <translation>{alarm} ({severity})</translation>
        </message>
        <message>
            <source>{alarm}, {by}</source>
            <translation>{alarm}, {by}</translation>
        </message>
        <message>
            <source>{amount} days per second</source>
            <translation>{amount} Tage pro Sekunde</translation>
        </message>
        <message>
            <source>{amount} less</source>
            <translation>{amount} weniger</translation>
        </message>
        <message>
            <source>{amount} less came back than expected</source>
            <translation>{amount} weniger zurückgewonnen als erwartet</translation>
        </message>
        <message>
            <source>{amount} more</source>
            <translation>{amount} mehr</translation>
        </message>
        <message>
            <source>{amount} more came back than expected</source>
            <translation>{amount} mehr zurückgewonnen als erwartet</translation>
        </message>
        <message>
            <source>{amount} s per second</source>
            <translation>{amount} s pro Sekunde</translation>
        </message>
        <message>
            <source>{amount} {unit} per second</source>
            <translation>{amount} {unit} pro Sekunde</translation>
        </message>
        <message>
            <source>{bolus} over {duration}</source>
            <translation>{bolus} über {duration}</translation>
        </message>
        <message>
            <source>{bolus} {time}: {dose} ({volume})</source>
            <translation>{bolus} {time}: {dose} ({volume})</translation>
        </message>
        <message>
            <source>{bolus}, {volume}</source>
            <translation>{bolus}, {volume}</translation>
        </message>
        <message>
            <source>{bolus}, {volume} delivered</source>
            <translation>{bolus}, {volume} abgegeben</translation>
        </message>
        <message>
            <source>{bolus}, {volume} delivered before it was stopped</source>
            <translation>{bolus}, {volume} abgegeben, bevor er gestoppt wurde</translation>
        </message>
        <message>
            <source>{bolus}, {volume} over {duration}</source>
            <translation>{bolus}, {volume} über {duration}</translation>
        </message>
        <message>
            <source>{bolus}; back to {mode} mode</source>
            <translation>{bolus}; zurück im Modus {mode}</translation>
        </message>
        <message>
            <source>{command}: {state}</source>
            <translation>{command}: {state}</translation>
        </message>
        <message numerus="yes">
            <source>{day} (about %n months before ERI)</source>
            <translation>
                <numerusform>{day} (etwa %n Monat vor ERI)</numerusform>
                <numerusform>{day} (etwa %n Monate vor ERI)</numerusform>
            </translation>
        </message>
        <message>
            <source>{day} (filled in theatre)</source>
            <translation>{day} (im OP gefüllt)</translation>
        </message>
        <message>
            <source>{day} (today)</source>
            <translation>{day} (heute)</translation>
        </message>
        <message>
            <source>{difference}: possible under-infusion (catheter occlusion, pump stall) with withdrawal risk, or drug outside the reservoir at the last refill (pocket fill).</source>
            <translation>{difference}: mögliche Unterdosierung (Katheterverschluss, Motorblockade) mit Entzugsrisiko, oder Medikament bei der letzten Nachfüllung außerhalb des Reservoirs (Tascheninjektion).</translation>
        </message>
        <message>
            <source>{difference}: the pump may over-infuse (overdose risk), or not all was withdrawn. Check the patient and the pump; consider a rate check.</source>
            <translation>{difference}: Die Pumpe fördert möglicherweise zu viel (Überdosierungsrisiko), oder es wurde nicht alles entnommen. Patient und Pumpe prüfen; eine Förderratenkontrolle erwägen.</translation>
        </message>
        <message>
            <source>{doing}, then reading the pump back...</source>
            <translation>{doing}, dann wird die Pumpe zurückgelesen...</translation>
        </message>
        <message>
            <source>{dose} ({volume} at {concentration}), {mode}, {steps}</source>
            <translation>{dose} ({volume} bei {concentration}), {mode}, {steps}</translation>
        </message>
        <message>
            <source>{dose} is outside the cerebral titration range from {current} ({range}).</source>
            <translation>{dose} liegt außerhalb des zerebralen Titrationsbereichs ab {current} ({range}).</translation>
        </message>
        <message>
            <source>{dose} is outside the spinal titration range from {current} ({range}).</source>
            <translation>{dose} liegt außerhalb des spinalen Titrationsbereichs ab {current} ({range}).</translation>
        </message>
        <message>
            <source>{dose} is outside the usual maintenance range for {who} ({low} to {high} mcg/day). Check the prescription.</source>
            <translation>{dose} liegt außerhalb des üblichen Erhaltungsbereichs für {who} ({low} bis {high} mcg/Tag). Die Verordnung prüfen.</translation>
        </message>
        <message>
            <source>{dose} is outside this pump's range {span} at this concentration</source>
            <translation>{dose} liegt außerhalb des Bereichs {span} dieser Pumpe bei dieser Konzentration</translation>
        </message>
        <message>
            <source>{dose} is within the titration rules.</source>
            <translation>{dose} liegt innerhalb der Titrationsregeln.</translation>
        </message>
        <message>
            <source>{dose}, {mode} mode</source>
            <translation>{dose}, Modus {mode}</translation>
        </message>
        <message>
            <source>{error}

Nothing was opened.</source>
            <translation>{error}

Es wurde nichts geöffnet.</translation>
        </message>
        <message>
            <source>{event} {hours} h</source>
            <translation>{event} {hours} h</translation>
        </message>
        <message>
            <source>{event}, {minutes} min; {after}</source>
            <translation>{event}, {minutes} min; {after}</translation>
        </message>
        <message>
            <source>{event}: {alarm}</source>
            <translation>{event}: {alarm}</translation>
        </message>
        <message>
            <source>{event}: {percent} %</source>
            <translation>{event}: {percent} %</translation>
        </message>
        <message>
            <source>{fewest_delay_hours} to {most_delay_hours}</source>
            <translation>{fewest_delay_hours} bis {most_delay_hours}</translation>
        </message>
        <message>
            <source>{field}: {value} is not a date</source>
            <translation>{field}: {value} ist kein Datum</translation>
        </message>
        <message>
            <source>{field}: {volume} mL is negative</source>
            <translation>{field}: {volume} mL ist negativ</translation>
        </message>
        <message>
            <source>{found}, after {interrogations}</source>
            <translation>{found}, nach {interrogations}</translation>
        </message>
        <message>
            <source>{function} ({file}, line {line})</source>
            <translation>{function} ({file}, Zeile {line})</translation>
        </message>
        <message>
            <source>{kind} bolus</source>
            <translation>{kind}-Bolus</translation>
        </message>
        <message>
            <source>{label} (increase {low} to {high} % a day)</source>
            <translation>{label} (Steigerung {low} bis {high} % pro Tag)</translation>
        </message>
        <message>
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>{low} bis {high}</translation>
        </message>
        <message>
            <source>{low} to {high} mcg/day: the proposed dose is within it</source>
            <translation>{low} bis {high} mcg/Tag: die vorgeschlagene Dosis liegt darin</translation>
        </message>
        <message>
            <source>{low} to {high} on this pump ({name}); the manufacturer's default is {default}</source>
            <translation>{low} bis {high} bei dieser Pumpe ({name}); der Herstellerstandard ist {default}</translation>
        </message>
        <message>
            <source>{millilitres} (calculated)</source>
            <translation>{millilitres} (berechnet)</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{model} {serial}, new; replaces {old_model} {old_serial}</source>
            <translation>{model} {serial}, neu; ersetzt {old_model} {old_serial}</translation>
        </message>
        <message>
            <source>{model} {serial}, patient {patient}; {drug} {concentration}, {volume} in the reservoir; {mode}, {dose}.</source>
            <translation>{model} {serial}, Patient {patient}; {drug} {concentration}, {volume} im Reservoir; {mode}, {dose}.</translation>
        </message>
        <message>
            <source>{model}, {length} x {per_cm}</source>
            <translation>{model}, {length} x {per_cm}</translation>
        </message>
        <message>
            <source>{model}, {length} x {per_cm} = {volume}</source>
            <translation>{model}, {length} x {per_cm} = {volume}</translation>
        </message>
        <message>
            <source>{mode}, {steps} at {concentration}</source>
            <translation>{mode}, {steps} bei {concentration}</translation>
        </message>
        <message>
            <source>{name}: {score}</source>
            <translation>{name}: {score}</translation>
        </message>
        <message>
            <source>{none_text}: no key file</source>
            <translation>{none_text}: keine Schlüsseldatei</translation>
        </message>
        <message>
            <source>{number}. {title}</source>
            <translation>{number}. {title}</translation>
        </message>
        <message>
            <source>{package} licence</source>
            <translation>Lizenz von {package}</translation>
        </message>
        <message>
            <source>{part} of {whole}</source>
            <translation>{part} von {whole}</translation>
        </message>
        <message>
            <source>{path} (pump path, {profile}) + {length} x {per_cm} (catheter: {catheter}) = {volume} at the pump's maximum {rate} for {duration}</source>
            <translation>{path} (Pumpenweg, {profile}) + {length} x {per_cm} (Katheter: {catheter}) = {volume} mit der Höchstrate der Pumpe von {rate} über {duration}</translation>
        </message>
        <message>
            <source>{per_hour}; {volume} at {concentration}</source>
            <translation>{per_hour}; {volume} bei {concentration}</translation>
        </message>
        <message>
            <source>{percent} full</source>
            <translation>{percent} voll</translation>
        </message>
        <message>
            <source>{problem} (on the priming page).</source>
            <translation>{problem} (auf der Priming-Seite).</translation>
        </message>
        <message>
            <source>{program} (sent and verified)</source>
            <translation>{program} (gesendet und verifiziert)</translation>
        </message>
        <message>
            <source>{program} (sent, NOT verified)</source>
            <translation>{program} (gesendet, NICHT verifiziert)</translation>
        </message>
        <message>
            <source>{program}, verified</source>
            <translation>{program}, verifiziert</translation>
        </message>
        <message>
            <source>{pump} on {device}</source>
            <translation>{pump} auf {device}</translation>
        </message>
        <message>
            <source>{pump} serving the serial port {port}: connect to the port at the other end of its cable</source>
            <translation>{pump} am seriellen Port {port}: mit dem Port am anderen Ende seines Kabels verbinden</translation>
        </message>
        <message>
            <source>{reason}

Save the report as a PDF instead?</source>
            <translation>{reason}

Den Bericht stattdessen als PDF speichern?</translation>
        </message>
        <message>
            <source>{runs} by {trainees}; mean {mean}, median {median}, lowest {lowest}, best {best}</source>
            <translation>{runs} von {trainees}; Mittelwert {mean}, Median {median}, niedrigster {lowest}, bester {best}</translation>
        </message>
        <message>
            <source>{saved} It states the pump as last read at {time}, {age} before it was saved; then {since}, so none of it was read again.</source>
            <translation>{saved} Er zeigt die Pumpe wie zuletzt um {time} gelesen, {age} vor dem Speichern; dann {since}, daher wurde nichts davon erneut gelesen.</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n events shown</source>
            <translation>
                <numerusform>{shown} von %n Ereignis angezeigt</numerusform>
                <numerusform>{shown} von %n Ereignissen angezeigt</numerusform>
            </translation>
        </message>
        <message>
            <source>{small_volume} ({micrograms}) over {duration} = {ml_per_day} at {reservoir_concentration}</source>
            <translation>{small_volume} ({micrograms}) über {duration} = {ml_per_day} bei {reservoir_concentration}</translation>
        </message>
        <message>
            <source>{span} back</source>
            <translation>{span} zurück</translation>
        </message>
        <message>
            <source>{span} forward</source>
            <translation>{span} vor</translation>
        </message>
        <message>
            <source>{span} pump ahead of local time</source>
            <translation>{span}: Pumpe geht gegenüber Ortszeit vor</translation>
        </message>
        <message>
            <source>{span} pump behind local time</source>
            <translation>{span}: Pumpe geht gegenüber Ortszeit nach</translation>
        </message>
        <message>
            <source>{start} to {end} ({span} h:min:s)</source>
            <translation>{start} bis {end} ({span} h:min:s)</translation>
        </message>
        <message>
            <source>{state} - link down</source>
            <translation>{state} - Verbindung unterbrochen</translation>
        </message>
        <message>
            <source>{state} - not answering</source>
            <translation>{state} - antwortet nicht</translation>
        </message>
        <message>
            <source>{station} display name</source>
            <translation>{station}: Anzeigename</translation>
        </message>
        <message>
            <source>{station} trainee id</source>
            <translation>{station}: Teilnehmer-ID</translation>
        </message>
        <message>
            <source>{station} was scored but NOT recorded: {error}</source>
            <translation>{station} wurde bewertet, aber NICHT erfasst: {error}</translation>
        </message>
        <message numerus="yes">
            <source>{station}: %n scripted events to come; a syringe would withdraw {volume} now.</source>
            <translation>
                <numerusform>{station}: %n geplantes Ereignis folgt; eine Spritze würde jetzt {volume} entnehmen.</numerusform>
                <numerusform>{station}: %n geplante Ereignisse folgen; eine Spritze würde jetzt {volume} entnehmen.</numerusform>
            </translation>
        </message>
        <message>
            <source>{station}: give the display name of trainee {trainee}, or clear the id to score without recording</source>
            <translation>{station}: den Anzeigenamen von Teilnehmer {trainee} angeben oder die ID leeren, um ohne Erfassung zu bewerten</translation>
        </message>
        <message>
            <source>{station}: the run of {who} was scored but NOT recorded: {error}</source>
            <translation>{station}: der Durchlauf von {who} wurde bewertet, aber NICHT erfasst: {error}</translation>
        </message>
        <message>
            <source>{tip}. Not now: {reason}</source>
            <translation>{tip}. Nicht jetzt: {reason}</translation>
        </message>
        <message>
            <source>{title} (training mock)</source>
            <translation>{title} (Trainingsattrappe)</translation>
        </message>
        <message>
            <source>{trainee} at {station}</source>
            <translation>{trainee} an {station}</translation>
        </message>
        <message>
            <source>{typed} has decimals; this field takes whole numbers.</source>
            <translation>{typed} hat Nachkommastellen; dieses Feld nimmt nur ganze Zahlen an.</translation>
        </message>
        <message>
            <source>{typed} has more decimals than this field takes (steps of {step}).</source>
            <translation>{typed} hat mehr Nachkommastellen, als dieses Feld annimmt (Schritte von {step}).</translation>
        </message>
        <message>
            <source>{typed} is not a number.</source>
            <translation>{typed} ist keine Zahl.</translation>
        </message>
        <message>
            <source>{typed} would be read as {grouped}; type {decimal} or {grouped} without separators.</source>
            <translation>{typed} würde als {grouped} gelesen; geben Sie {decimal} oder {grouped} ohne Trennzeichen ein.</translation>
        </message>
        <message>
            <source>{typed} would be read as {grouped}; type {grouped} without separators.</source>
            <translation>{typed} würde als {grouped} gelesen; geben Sie {grouped} ohne Trennzeichen ein.</translation>
        </message>
        <message>
            <source>{typed} would be read as {value}; type {value}: a number here is digits and “{point}” only, without an exponent (e).</source>
            <translation>{typed} würde als {value} gelesen; geben Sie {value} ein: Eine Zahl besteht hier nur aus Ziffern und „{point}“, ohne Exponent (e).</translation>
        </message>
        <message>
            <source>{typed}: a number here is digits and “{point}” only, without an exponent (e).</source>
            <translation>{typed}: Eine Zahl besteht hier nur aus Ziffern und „{point}“, ohne Exponent (e).</translation>
        </message>
        <message>
            <source>{typed}: the decimal separator here is “{point}”.</source>
            <translation>{typed}: Das Dezimaltrennzeichen ist hier „{point}“.</translation>
        </message>
        <message>
            <source>{typed}: the decimal separator here is “{point}”; type {decimal}.</source>
            <translation>{typed}: Das Dezimaltrennzeichen ist hier „{point}“; geben Sie {decimal} ein.</translation>
        </message>
        <message>
            <source>{typed}{unit} is outside {low} to {high}{unit}.</source>
            <translation>{typed}{unit} liegt außerhalb von {low} bis {high}{unit}.</translation>
        </message>
        <message>
            <source>{url} (no key)</source>
            <translation>{url} (kein Schlüssel)</translation>
        </message>
        <message>
            <source>{url} with the key file {key_file}</source>
            <translation>{url} mit der Schlüsseldatei {key_file}</translation>
        </message>
        <message>
            <source>{verb}: done.</source>
            <translation>{verb}: erledigt.</translation>
        </message>
        <message>
            <source>{volume} at {concentration}</source>
            <translation>{volume} bei {concentration}</translation>
        </message>
        <message>
            <source>{volume} mL ({profile_id})</source>
            <translation>{volume} mL ({profile_id})</translation>
        </message>
        <message>
            <source>{went}; the pump does not follow daylight saving, so its daily steps run at the wrong local time.</source>
            <translation>{went}; die Pumpe folgt der Sommerzeit nicht, daher laufen ihre Tagesschritte zur falschen Ortszeit.</translation>
        </message>
        <message>
            <source>{what} (its path; blank for none)</source>
            <translation>{what} (ihr Pfad; leer für keine)</translation>
        </message>
        <message>
            <source>{what} read {time}</source>
            <translation>{what} gelesen {time}</translation>
        </message>
        <message>
            <source>{when}, before the {command}: interrogate (F5) to read it again</source>
            <translation>{when}, vor: {command}; abfragen (F5), um sie erneut zu lesen</translation>
        </message>
        <message>
            <source>{when}; alarm due {day}</source>
            <translation>{when}; Alarm fällig am {day}</translation>
        </message>
        <message>
            <source>{who} at {station}</source>
            <translation>{who} an {station}</translation>
        </message>
    </context>
</TS>
