<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source> % more</source>
            <translation> % de plus</translation>
        </message>
        <message>
            <source> (not saved)</source>
            <translation> (non enregistré)</translation>
        </message>
        <message>
            <source> Units: </source>
            <translation> Unités : </translation>
        </message>
        <message>
            <source> or </source>
            <translation> ou </translation>
        </message>
        <message numerus="yes">
            <source>%n active alarms, critical first:</source>
            <translation>
                <numerusform>%n alarme active, critiques d’abord :</numerusform>
                <numerusform>%n alarmes actives, critiques d’abord :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>il y a %n jour</numerusform>
                <numerusform>il y a %n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days left</source>
            <translation>
                <numerusform>%n jour restant</numerusform>
                <numerusform>%n jours restants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n events</source>
            <translation>
                <numerusform>%n événement</numerusform>
                <numerusform>%n événements</numerusform>
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
                <numerusform>%n objectif</numerusform>
                <numerusform>%n objectifs</numerusform>
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
                <numerusform>%n passage</numerusform>
                <numerusform>%n passages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n scenarios</source>
            <translation>
                <numerusform>%n scénario</numerusform>
                <numerusform>%n scénarios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stations</source>
            <translation>
                <numerusform>%n poste</numerusform>
                <numerusform>%n postes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n steps</source>
            <translation>
                <numerusform>%n étape</numerusform>
                <numerusform>%n étapes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n trainees</source>
            <translation>
                <numerusform>%n stagiaire</numerusform>
                <numerusform>%n stagiaires</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;Pump</source>
            <translation>&amp;Pompe</translation>
        </message>
        <message>
            <source>&amp;Training</source>
            <translation>F&amp;ormation</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Affic&amp;hage</translation>
        </message>
        <message>
            <source>'{title}' from {file} is listed and chosen: set the number of stations and press Open.</source>
            <translation>« {title} » de {file} est listé et choisi : indiquez le nombre de postes et appuyez sur Ouvrir.</translation>
        </message>
        <message>
            <source>'{title}', {events}, {objectives}, {points}.</source>
            <translation>« {title} », {events}, {objectives}, {points}.</translation>
        </message>
        <message>
            <source>(The threshold on this pump is {threshold} mL.)</source>
            <translation>(Le seuil de cette pompe est {threshold} mL.)</translation>
        </message>
        <message>
            <source>(as saved)</source>
            <translation>(tel qu'enregistré)</translation>
        </message>
        <message>
            <source>(changed: {reason})</source>
            <translation>(modifié : {reason})</translation>
        </message>
        <message>
            <source>(critical, {time})</source>
            <translation>(critique, {time})</translation>
        </message>
        <message>
            <source>(keyed: choose its key file below)</source>
            <translation>(à clé : choisissez son fichier de clé ci-dessous)</translation>
        </message>
        <message>
            <source>(non-critical, {time})</source>
            <translation>(non critique, {time})</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(non indiqué)</translation>
        </message>
        <message>
            <source>(this pump holds {patient})</source>
            <translation>(cette pompe contient {patient})</translation>
        </message>
        <message>
            <source>({count} cancelled)</source>
            <translation>({count} annulé(s))</translation>
        </message>
        <message>
            <source>({kind}; since {time})&lt;br&gt;{meaning}&lt;br&gt;&lt;i&gt;What to do:&lt;/i&gt; {action}</source>
            <translation>({kind} ; depuis {time})&lt;br&gt;{meaning}&lt;br&gt;&lt;i&gt;Que faire :&lt;/i&gt; {action}</translation>
        </message>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n autre</numerusform>
                <numerusform>+%n autres</numerusform>
            </translation>
        </message>
        <message>
            <source>+1 day</source>
            <translation>+1 jour</translation>
        </message>
        <message>
            <source>+1 h</source>
            <translation>+1 h</translation>
        </message>
        <message>
            <source>+1 week</source>
            <translation>+1 semaine</translation>
        </message>
        <message>
            <source>+30 days</source>
            <translation>+30 jours</translation>
        </message>
        <message>
            <source>, keyed with {path} (give trainees a copy)</source>
            <translation>, avec la clé {path} (donnez-en une copie aux stagiaires)</translation>
        </message>
        <message>
            <source>, not connected</source>
            <translation>, non connecté</translation>
        </message>
        <message>
            <source>, then </source>
            <translation>, puis </translation>
        </message>
        <message>
            <source>0 (stopped)</source>
            <translation>0 (à l'arrêt)</translation>
        </message>
        <message>
            <source>1 day per second</source>
            <translation>1 jour par seconde</translation>
        </message>
        <message>
            <source>1 to 100</source>
            <translation>1 à 100</translation>
        </message>
        <message>
            <source>1 to 200</source>
            <translation>1 à 200</translation>
        </message>
        <message>
            <source>1 to {max_scan_minutes}</source>
            <translation>1 à {max_scan_minutes}</translation>
        </message>
        <message>
            <source>1. Withdraw the residual</source>
            <translation>1. Retirer le résidu</translation>
        </message>
        <message>
            <source>2. Fill</source>
            <translation>2. Remplir</translation>
        </message>
        <message>
            <source>24-hour schedule timeline</source>
            <translation>Chronologie du programme sur 24 heures</translation>
        </message>
        <message>
            <source>3. Review and send</source>
            <translation>3. Vérifier et envoyer</translation>
        </message>
        <message>
            <source>4. Result</source>
            <translation>4. Résultat</translation>
        </message>
        <message>
            <source>&lt; Previous</source>
            <translation>&lt; Précédente</translation>
        </message>
        <message>
            <source>&lt;b&gt;Catheter&amp;nbsp;tip:&lt;/b&gt; {tip} &amp;nbsp;&amp;nbsp; &lt;b&gt;Next&amp;nbsp;refill:&lt;/b&gt; {next}</source>
            <translation>&lt;b&gt;Extrémité&amp;nbsp;du&amp;nbsp;cathéter :&lt;/b&gt; {tip} &amp;nbsp;&amp;nbsp; &lt;b&gt;Prochain&amp;nbsp;remplissage :&lt;/b&gt; {next}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Catheter:&lt;/b&gt; {model}, {length} x {per_cm}, tip {tip}; implanted {day}</source>
            <translation>&lt;b&gt;Cathéter :&lt;/b&gt; {model}, {length} x {per_cm}, extrémité {tip} ; implanté le {day}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Connected now:&lt;/b&gt; {pump}</source>
            <translation>&lt;b&gt;Connectée maintenant :&lt;/b&gt; {pump}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Daily total:&lt;/b&gt; {dose}, the same on the new pump; {old_volume} at {old_concentration} &amp;rarr; &lt;b&gt;{new_volume}&lt;/b&gt; at {new_concentration}</source>
            <translation>&lt;b&gt;Total journalier :&lt;/b&gt; {dose}, identique sur la nouvelle pompe ; {old_volume} à {old_concentration} &amp;rarr; &lt;b&gt;{new_volume}&lt;/b&gt; à {new_concentration}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Daily total:&lt;/b&gt; {old} &amp;rarr; &lt;b&gt;{new}&lt;/b&gt; ({change}); {old_volume} &amp;rarr; {new_volume}</source>
            <translation>&lt;b&gt;Total journalier :&lt;/b&gt; {old} &amp;rarr; &lt;b&gt;{new}&lt;/b&gt; ({change}) ; {old_volume} &amp;rarr; {new_volume}</translation>
        </message>
        <message>
            <source>&lt;b&gt;END OF SERVICE&lt;/b&gt;: not delivering</source>
            <translation>&lt;b&gt;FIN DE SERVICE&lt;/b&gt; : n'administre pas</translation>
        </message>
        <message>
            <source>&lt;b&gt;Mode:&lt;/b&gt; {old} &amp;rarr; {new} &amp;nbsp;&amp;nbsp; &lt;b&gt;Drug:&lt;/b&gt; {drug} {concentration}</source>
            <translation>&lt;b&gt;Mode :&lt;/b&gt; {old} &amp;rarr; {new} &amp;nbsp;&amp;nbsp; &lt;b&gt;Médicament :&lt;/b&gt; {drug} {concentration}</translation>
        </message>
        <message>
            <source>&lt;b&gt;No program in force:&lt;/b&gt; {age_text}</source>
            <translation>&lt;b&gt;Aucun programme en vigueur :&lt;/b&gt; {age_text}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Patient:&lt;/b&gt; {patient} &amp;nbsp;&amp;nbsp; &lt;b&gt;Pump:&lt;/b&gt; {model} {serial}</source>
            <translation>&lt;b&gt;Patient :&lt;/b&gt; {patient} &amp;nbsp;&amp;nbsp; &lt;b&gt;Pompe :&lt;/b&gt; {model} {serial}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Priming volume:&lt;/b&gt; {plan}</source>
            <translation>&lt;b&gt;Volume d'amorçage :&lt;/b&gt; {plan}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Program:&lt;/b&gt; {mode}, {dose} in {steps}, {drug} {concentration}</source>
            <translation>&lt;b&gt;Programme :&lt;/b&gt; {mode}, {dose} en {steps}, {drug} {concentration}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recorded details&lt;/b&gt; (at {time})</source>
            <translation>&lt;b&gt;Détails enregistrés&lt;/b&gt; (à {time})</translation>
        </message>
        <message>
            <source>&lt;b&gt;Replacement indicator (ERI) reached&lt;/b&gt;</source>
            <translation>&lt;b&gt;Indicateur de remplacement (ERI) atteint&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Saved program:&lt;/b&gt; {mode}, {drug}; {change}</source>
            <translation>&lt;b&gt;Programme enregistré :&lt;/b&gt; {mode}, {drug} ; {change}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Saved:&lt;/b&gt; {model} {serial}, patient &lt;b&gt;{patient}&lt;/b&gt;, read {moment}</source>
            <translation>&lt;b&gt;Enregistrée :&lt;/b&gt; {model} {serial}, patient &lt;b&gt;{patient}&lt;/b&gt;, lue le {moment}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sent:&lt;/b&gt;&lt;br&gt;{summary}</source>
            <translation>&lt;b&gt;Envoyé :&lt;/b&gt;&lt;br&gt;{summary}</translation>
        </message>
        <message>
            <source>&lt;b&gt;The pump is NOT delivering ({reason}).&lt;/b&gt;</source>
            <translation>&lt;b&gt;La pompe n'administre PAS ({reason}).&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;What it means:&lt;/b&gt; {meaning}&lt;br&gt;&lt;b&gt;What to do:&lt;/b&gt; {action}</source>
            <translation>&lt;b&gt;Signification :&lt;/b&gt; {meaning}&lt;br&gt;&lt;b&gt;Que faire :&lt;/b&gt; {action}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{alarm}&lt;/b&gt; - critical alarm since {time}</source>
            <translation>&lt;b&gt;{alarm}&lt;/b&gt; – alarme critique depuis {time}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{alarm}&lt;/b&gt; - non-critical alarm since {time}</source>
            <translation>&lt;b&gt;{alarm}&lt;/b&gt; – alarme non critique depuis {time}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{bolus} running&lt;/b&gt;: {given} ({dose}) given; &lt;b&gt;{left}&lt;/b&gt; left, then back to {mode} mode</source>
            <translation>&lt;b&gt;{bolus} en cours&lt;/b&gt; : {given} ({dose}) administré(s) ; reste &lt;b&gt;{left}&lt;/b&gt;, puis retour au mode {mode}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{millilitres}&lt;/b&gt; (calculated by the pump)</source>
            <translation>&lt;b&gt;{millilitres}&lt;/b&gt; (calculé par la pompe)</translation>
        </message>
        <message>
            <source>&lt;i&gt;(last read {time})&lt;/i&gt;</source>
            <translation>&lt;i&gt;(dernière lecture {time})&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;nobr&gt;Pending: &lt;b&gt;{pending}&lt;/b&gt;&lt;/nobr&gt; ({volume}){stopped} &amp;nbsp; In force{when}: &lt;nobr&gt;{in_force}&lt;/nobr&gt; &amp;nbsp; &lt;nobr&gt;Change: {change}&lt;/nobr&gt;{pump_line}</source>
            <translation>&lt;nobr&gt;En attente : &lt;b&gt;{pending}&lt;/b&gt;&lt;/nobr&gt; ({volume}){stopped} &amp;nbsp; En vigueur{when} : &lt;nobr&gt;{in_force}&lt;/nobr&gt; &amp;nbsp; &lt;nobr&gt;Changement : {change}&lt;/nobr&gt;{pump_line}</translation>
        </message>
        <message>
            <source>A bolus is running: the pump takes one at a time.</source>
            <translation>Un bolus est en cours : la pompe n'en accepte qu'un à la fois.</translation>
        </message>
        <message>
            <source>A clinician or priming bolus; progress and cancel</source>
            <translation>Un bolus clinicien ou d'amorçage ; progression et annulation</translation>
        </message>
        <message>
            <source>A late restart comes {low} to {high} h after the scan</source>
            <translation>Un redémarrage retardé survient {low} à {high} h après l'examen</translation>
        </message>
        <message>
            <source>A new scenario: fill in the story, the pump and the objectives.</source>
            <translation>Un nouveau scénario : remplissez l'histoire, la pompe et les objectifs.</translation>
        </message>
        <message>
            <source>A scan starts now at the selected stations: the magnet stops the rotor and the motor-stall alarm sounds</source>
            <translation>Un examen commence maintenant aux postes sélectionnés : l'aimant arrête le rotor et l'alarme de blocage du moteur retentit</translation>
        </message>
        <message>
            <source>A step runs at {dose}, above the soft ceiling of {ceiling}. Check the unit: per day, not per hour.</source>
            <translation>Un palier tourne à {dose}, au-dessus du plafond souple de {ceiling}. Vérifiez l'unité : par jour, pas par heure.</translation>
        </message>
        <message>
            <source>A training replica of the clinician programmer for implanted intrathecal baclofen pumps. It never talks to a real pump, and nothing it shows is medical advice.</source>
            <translation>Une réplique de formation du programmateur clinicien pour pompes implantées de baclofène intrathécal. Elle ne communique jamais avec une vraie pompe, et rien de ce qu'elle affiche n'est un avis médical.</translation>
        </message>
        <message>
            <source>A {bolus} is running ({left} left): the pump refuses a refill until it has ended or been cancelled (Cancel bolus..., in the main window).</source>
            <translation>Un {bolus} est en cours (reste {left}) : la pompe refuse un remplissage tant qu’il n’est pas terminé ou annulé (Annuler le bolus... dans la fenêtre principale).</translation>
        </message>
        <message>
            <source>About {product_name}</source>
            <translation>À propos de {product_name}</translation>
        </message>
        <message>
            <source>About...</source>
            <translation>À propos...</translation>
        </message>
        <message>
            <source>Acknowledge the refill discrepancy</source>
            <translation>Prendre acte de l'écart de remplissage</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Action in the replay</source>
            <translation>Action dans la relecture</translation>
        </message>
        <message>
            <source>Action {number} of {count}</source>
            <translation>Action {number} sur {count}</translation>
        </message>
        <message>
            <source>Active alarms</source>
            <translation>Alarmes actives</translation>
        </message>
        <message>
            <source>Active alarms, tones, clearing and alarm test</source>
            <translation>Alarmes actives, tonalités, effacement et test</translation>
        </message>
        <message>
            <source>Active at the end of the session: {active}&lt;br&gt;Cleared during the session: {cleared}</source>
            <translation>Actives à la fin de la session : {active}&lt;br&gt;Effacées pendant la session : {cleared}</translation>
        </message>
        <message>
            <source>Add bolus</source>
            <translation>Ajouter un bolus</translation>
        </message>
        <message>
            <source>Add event</source>
            <translation>Ajouter un événement</translation>
        </message>
        <message>
            <source>Add folder...</source>
            <translation>Ajouter un dossier...</translation>
        </message>
        <message>
            <source>Add objective</source>
            <translation>Ajouter un objectif</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Ajouter une étape</translation>
        </message>
        <message>
            <source>Add the scenario files (.toml) of a folder</source>
            <translation>Ajouter les fichiers de scénario (.toml) d'un dossier</translation>
        </message>
        <message>
            <source>Added {scenarios} from {folder}.</source>
            <translation>{scenarios} ajouté(s) depuis {folder}.</translation>
        </message>
        <message>
            <source>Adequate response (less spasticity)</source>
            <translation>Réponse suffisante (moins de spasticité)</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Après</translation>
        </message>
        <message>
            <source>After (minutes)</source>
            <translation>Après (minutes)</translation>
        </message>
        <message>
            <source>After an MRI</source>
            <translation>Après une IRM</translation>
        </message>
        <message>
            <source>After an MRI - training mock</source>
            <translation>Après une IRM – maquette de formation</translation>
        </message>
        <message>
            <source>After an MRI...</source>
            <translation>Après une IRM...</translation>
        </message>
        <message>
            <source>After an MRI: motor stall and recovery, delayed restart, record the check</source>
            <translation>Après une IRM : blocage et reprise du moteur, redémarrage retardé, enregistrer le contrôle</translation>
        </message>
        <message>
            <source>Alarm</source>
            <translation>Alarme</translation>
        </message>
        <message>
            <source>Alarm at (mL)</source>
            <translation>Alarme à (mL)</translation>
        </message>
        <message>
            <source>Alarm cleared</source>
            <translation>Alarme effacée</translation>
        </message>
        <message>
            <source>Alarm sound</source>
            <translation>Son des alarmes</translation>
        </message>
        <message>
            <source>Alarm sounds are off: the audio library could not load ({error}). Alarms are still shown on screen.</source>
            <translation>Les sons d'alarme sont désactivés : la bibliothèque audio n'a pas pu être chargée ({error}). Les alarmes restent affichées à l'écran.</translation>
        </message>
        <message>
            <source>Alarm sounds are off: this computer has no audio output. Alarms are still shown on screen.</source>
            <translation>Les sons d'alarme sont désactivés : cet ordinateur n'a pas de sortie audio. Les alarmes restent affichées à l'écran.</translation>
        </message>
        <message>
            <source>Alarm test</source>
            <translation>Test des alarmes</translation>
        </message>
        <message>
            <source>Alarm volume in percent</source>
            <translation>Volume des alarmes en pourcentage</translation>
        </message>
        <message>
            <source>Alarm volume:</source>
            <translation>Volume des alarmes :</translation>
        </message>
        <message>
            <source>Alarm volume: {percent} % is outside 0 to 100 %</source>
            <translation>Volume d'alarme : {percent} % est hors de 0 à 100 %</translation>
        </message>
        <message>
            <source>Alarms</source>
            <translation>Alarmes</translation>
        </message>
        <message>
            <source>Alarms - training mock</source>
            <translation>Alarmes – maquette de formation</translation>
        </message>
        <message>
            <source>Alarms cleared</source>
            <translation>Alarmes effacées</translation>
        </message>
        <message>
            <source>Alarms panel...</source>
            <translation>Panneau des alarmes...</translation>
        </message>
        <message>
            <source>Alarms sounding when found</source>
            <translation>Alarmes qui sonnent à la découverte</translation>
        </message>
        <message>
            <source>Alarms...</source>
            <translation>Alarmes...</translation>
        </message>
        <message>
            <source>Alarms: meaning, what to do, tones, clearing, alarm test</source>
            <translation>Alarmes : signification, que faire, tonalités, effacement, test</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tout</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Allowed next day:</source>
            <translation>Autorisé le lendemain :</translation>
        </message>
        <message>
            <source>Allowed next-day dose; apply it to the draft</source>
            <translation>Dose autorisée du lendemain ; l'appliquer au brouillon</translation>
        </message>
        <message>
            <source>Allowed: {doses} mcg, one bolus per 24 h; effect 0 to {hours} h.</source>
            <translation>Autorisé : {doses} mcg, un bolus par 24 h ; effet de 0 à {hours} h.</translation>
        </message>
        <message>
            <source>Already connected: close the session first.</source>
            <translation>Déjà connectée : fermez d'abord la session.</translation>
        </message>
        <message>
            <source>Another programmer holds the pump: end that session first.</source>
            <translation>Un autre programmateur occupe la pompe : terminez d'abord cette session.</translation>
        </message>
        <message>
            <source>Apply to draft</source>
            <translation>Appliquer au brouillon</translation>
        </message>
        <message>
            <source>As the computer ({native_name})</source>
            <translation>Comme l'ordinateur ({native_name})</translation>
        </message>
        <message>
            <source>At this action</source>
            <translation>À cette action</translation>
        </message>
        <message>
            <source>At {concentration} the current doses are not possible: {reason}</source>
            <translation>À {concentration}, les doses actuelles ne sont pas possibles : {reason}</translation>
        </message>
        <message>
            <source>At {concentration} this pump cannot give the saved doses: {problem}. Fill the new pump with a concentration at which it can, or change the program with the prescriber.</source>
            <translation>À {concentration}, cette pompe ne peut pas administrer les doses enregistrées : {problem}. Remplissez la nouvelle pompe à une concentration qui le permet, ou modifiez le programme avec le prescripteur.</translation>
        </message>
        <message>
            <source>At {dose} ({volume}):</source>
            <translation>À {dose} ({volume}) :</translation>
        </message>
        <message>
            <source>Back to the normal window</source>
            <translation>Retour à la fenêtre normale</translation>
        </message>
        <message>
            <source>Battery</source>
            <translation>Batterie</translation>
        </message>
        <message>
            <source>Battery &amp;&amp; clock...</source>
            <translation>Batterie &amp;&amp; horloge...</translation>
        </message>
        <message>
            <source>Battery and clock</source>
            <translation>Batterie et horloge</translation>
        </message>
        <message>
            <source>Battery and clock - training mock</source>
            <translation>Batterie et horloge – maquette de formation</translation>
        </message>
        <message>
            <source>Battery and clock: replace-by date, pump clock check and setting</source>
            <translation>Batterie et horloge : date de remplacement, contrôle et réglage de l'horloge</translation>
        </message>
        <message>
            <source>Battery days left</source>
            <translation>Jours de batterie restants</translation>
        </message>
        <message>
            <source>Best</source>
            <translation>Meilleur</translation>
        </message>
        <message>
            <source>Bolus</source>
            <translation>Bolus</translation>
        </message>
        <message>
            <source>Bolus - training mock</source>
            <translation>Bolus – maquette de formation</translation>
        </message>
        <message>
            <source>Bolus cancelled</source>
            <translation>Bolus annulé</translation>
        </message>
        <message>
            <source>Bolus dose in micrograms</source>
            <translation>Dose du bolus en microgrammes</translation>
        </message>
        <message>
            <source>Bolus dose:</source>
            <translation>Dose du bolus :</translation>
        </message>
        <message>
            <source>Bolus finished</source>
            <translation>Bolus terminé</translation>
        </message>
        <message>
            <source>Bolus in progress</source>
            <translation>Bolus en cours</translation>
        </message>
        <message>
            <source>Bolus kind</source>
            <translation>Type de bolus</translation>
        </message>
        <message>
            <source>Bolus progress</source>
            <translation>Progression du bolus</translation>
        </message>
        <message>
            <source>Bolus started</source>
            <translation>Bolus démarré</translation>
        </message>
        <message>
            <source>Bolus...</source>
            <translation>Bolus...</translation>
        </message>
        <message>
            <source>Bolus: clinician or priming; progress and cancel</source>
            <translation>Bolus : clinicien ou amorçage ; progression et annulation</translation>
        </message>
        <message>
            <source>Boluses</source>
            <translation>Bolus</translation>
        </message>
        <message>
            <source>Boluses started</source>
            <translation>Bolus démarrés</translation>
        </message>
        <message>
            <source>Book the refill for {book_on}; the low-reservoir alarm is due {alarm}.</source>
            <translation>Prévoyez le remplissage le {book_on} ; l'alarme de réservoir bas est prévue le {alarm}.</translation>
        </message>
        <message>
            <source>Book the refill for</source>
            <translation>Prévoir le remplissage le</translation>
        </message>
        <message>
            <source>Bridge bolus</source>
            <translation>Bolus de relais</translation>
        </message>
        <message>
            <source>Bridge bolus: {volume} ({dose} at {old}) at {rate} for {duration}, then {new_rate}.</source>
            <translation>Bolus de relais : {volume} ({dose} à {old}) à {rate} pendant {duration}, puis {new_rate}.</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Calculated from the programs in force, as the pump calculates its own reservoir: a pump that over-infuses runs dry before this curve reaches zero, and without an alarm.</source>
            <translation>Calculé à partir des programmes en vigueur, comme la pompe calcule son propre réservoir : une pompe qui délivre trop se vide avant que cette courbe n'atteigne zéro, et sans alarme.</translation>
        </message>
        <message>
            <source>Cancel bolus</source>
            <translation>Annulation du bolus</translation>
        </message>
        <message>
            <source>Cancel bolus...</source>
            <translation>Annuler le bolus...</translation>
        </message>
        <message>
            <source>Cancel running bolus</source>
            <translation>Annuler le bolus en cours</translation>
        </message>
        <message>
            <source>Cancel the bolus?</source>
            <translation>Annuler le bolus ?</translation>
        </message>
        <message>
            <source>Cancel the running bolus</source>
            <translation>Annuler le bolus en cours</translation>
        </message>
        <message>
            <source>Cancel the running bolus? The pump goes back to its program; the rest of the bolus is not given.</source>
            <translation>Annuler le bolus en cours ? La pompe revient à son programme ; le reste du bolus n'est pas administré.</translation>
        </message>
        <message>
            <source>Cancelling the bolus</source>
            <translation>Annulation du bolus</translation>
        </message>
        <message>
            <source>Cancelling the bolus, then reading the pump back...</source>
            <translation>Annulation du bolus, puis relecture de la pompe...</translation>
        </message>
        <message>
            <source>Candidate. Start at {dose} mcg/day; no increase in the first 24 h.</source>
            <translation>Candidat. Débuter à {dose} mcg/jour ; pas d'augmentation pendant les premières 24 h.</translation>
        </message>
        <message>
            <source>Catheter</source>
            <translation>Cathéter</translation>
        </message>
        <message>
            <source>Catheter fill</source>
            <translation>Remplissage du cathéter</translation>
        </message>
        <message>
            <source>Catheter from the pump's implant record: confirm it is the one implanted.</source>
            <translation>Cathéter selon le dossier d'implant de la pompe : confirmez que c'est celui implanté.</translation>
        </message>
        <message>
            <source>Catheter internal volume per centimetre</source>
            <translation>Volume interne du cathéter par centimètre</translation>
        </message>
        <message>
            <source>Catheter length (cm)</source>
            <translation>Longueur du cathéter (cm)</translation>
        </message>
        <message>
            <source>Catheter length in centimetres</source>
            <translation>Longueur du cathéter en centimètres</translation>
        </message>
        <message>
            <source>Catheter length in centimetres, from the pump's record</source>
            <translation>Longueur du cathéter en centimètres, selon le dossier de la pompe</translation>
        </message>
        <message>
            <source>Catheter length:</source>
            <translation>Longueur du cathéter :</translation>
        </message>
        <message>
            <source>Catheter model</source>
            <translation>Modèle de cathéter</translation>
        </message>
        <message>
            <source>Catheter tip</source>
            <translation>Extrémité du cathéter</translation>
        </message>
        <message>
            <source>Catheter tip level</source>
            <translation>Niveau de l'extrémité du cathéter</translation>
        </message>
        <message>
            <source>Catheter volume (mL per cm)</source>
            <translation>Volume du cathéter (mL par cm)</translation>
        </message>
        <message>
            <source>Catheter {length}, tip {tip}.</source>
            <translation>Cathéter {length}, extrémité {tip}.</translation>
        </message>
        <message>
            <source>Cerebral origin</source>
            <translation>Origine cérébrale</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Changement</translation>
        </message>
        <message>
            <source>Change the program to within the pump's limits and try again.</source>
            <translation>Ramenez le programme dans les limites de la pompe et réessayez.</translation>
        </message>
        <message>
            <source>Change the value to within the pump's limits and try again.</source>
            <translation>Ramenez la valeur dans les limites de la pompe et réessayez.</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Contrôle</translation>
        </message>
        <message>
            <source>Check recorded as</source>
            <translation>Contrôle enregistré comme</translation>
        </message>
        <message>
            <source>Check recorded in the session.</source>
            <translation>Contrôle enregistré dans la session.</translation>
        </message>
        <message>
            <source>Check that an emulator serves this port and nothing else uses it; start the emulator (itb-emulator --pty) and connect to the port it prints</source>
            <translation>Vérifiez qu'un émulateur sert ce port et que rien d'autre ne l'utilise ; lancez l'émulateur (itb-emulator --pty) et connectez-vous au port qu'il affiche</translation>
        </message>
        <message>
            <source>Check that your account may use serial ports (the dialout group)</source>
            <translation>Vérifiez que votre compte peut utiliser les ports série (groupe dialout)</translation>
        </message>
        <message>
            <source>Check the device address</source>
            <translation>Vérifiez l'adresse de l'appareil</translation>
        </message>
        <message>
            <source>Check the device and try again.</source>
            <translation>Vérifiez l'appareil et réessayez.</translation>
        </message>
        <message>
            <source>Check the host, the port and the network</source>
            <translation>Vérifiez l'hôte, le port et le réseau</translation>
        </message>
        <message>
            <source>Check the port and that the emulator is running</source>
            <translation>Vérifiez le port et que l'émulateur fonctionne</translation>
        </message>
        <message>
            <source>Check the reservoir volume; refill first if it is low.</source>
            <translation>Vérifiez le volume du réservoir ; remplissez d'abord s'il est bas.</translation>
        </message>
        <message>
            <source>Check the sim:// options (see the user guide)</source>
            <translation>Vérifiez les options sim:// (voir le guide d'utilisation)</translation>
        </message>
        <message>
            <source>Check the values entered and try again.</source>
            <translation>Vérifiez les valeurs saisies et réessayez.</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Vérifié par</translation>
        </message>
        <message>
            <source>Child under 12 (usual {low} to {high} mcg/day)</source>
            <translation>Enfant de moins de 12 ans (habituel {low} à {high} mcg/jour)</translation>
        </message>
        <message>
            <source>Choose a file to keep the old pump in.</source>
            <translation>Choisissez un fichier où conserver l'ancienne pompe.</translation>
        </message>
        <message>
            <source>Choose a running emulator (start one: itb-emulator --pty).</source>
            <translation>Choisissez un émulateur en cours (en lancer un : itb-emulator --pty).</translation>
        </message>
        <message>
            <source>Choose a serial port or type a URL such as socket://127.0.0.1:7001.</source>
            <translation>Choisissez un port série ou saisissez une URL comme socket://127.0.0.1:7001.</translation>
        </message>
        <message>
            <source>Choose another folder and save again.</source>
            <translation>Choisissez un autre dossier et enregistrez de nouveau.</translation>
        </message>
        <message>
            <source>Choose the concentration in both fields.</source>
            <translation>Choisissez la concentration dans les deux champs.</translation>
        </message>
        <message>
            <source>Choose the key file the trainer gave under File &gt; Connect..., Key file (or itb-console --key-file FILE)</source>
            <translation>Choisissez le fichier de clé donné par le formateur dans Fichier &gt; Connecter..., Fichier de clé (ou itb-console --key-file FICHIER)</translation>
        </message>
        <message>
            <source>Choose the new pump in the device picker.</source>
            <translation>Choisissez la nouvelle pompe dans le sélecteur d'appareil.</translation>
        </message>
        <message>
            <source>Choose...</source>
            <translation>Choisir...</translation>
        </message>
        <message>
            <source>Choose: {what}</source>
            <translation>Choisir : {what}</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Clear alarm</source>
            <translation>Effacement d'alarme</translation>
        </message>
        <message>
            <source>Clear the alarm?</source>
            <translation>Effacer l'alarme ?</translation>
        </message>
        <message>
            <source>Clear the {title} alarm</source>
            <translation>Effacer l'alarme « {title} »</translation>
        </message>
        <message>
            <source>Clear the {title} alarm?

Clearing silences it; it does not deal with its cause.</source>
            <translation>Effacer l'alarme « {title} » ?

L'effacer la fait taire ; cela ne traite pas sa cause.</translation>
        </message>
        <message>
            <source>Clearing, then reading the pump back...</source>
            <translation>Effacement, puis relecture de la pompe...</translation>
        </message>
        <message>
            <source>Clinical reason for the override (required)</source>
            <translation>Motif clinique de la dérogation (obligatoire)</translation>
        </message>
        <message>
            <source>Clinician bolus</source>
            <translation>Bolus clinicien</translation>
        </message>
        <message>
            <source>Clinician single bolus</source>
            <translation>Bolus clinicien unique</translation>
        </message>
        <message>
            <source>Clinician's order</source>
            <translation>Prescription du clinicien</translation>
        </message>
        <message>
            <source>Clinician:</source>
            <translation>Clinicien :</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>Horloge</translation>
        </message>
        <message>
            <source>Clock check</source>
            <translation>Contrôle de l'horloge</translation>
        </message>
        <message>
            <source>Clock setting result</source>
            <translation>Résultat du réglage de l'horloge</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close anyway?</source>
            <translation>Fermer quand même ?</translation>
        </message>
        <message>
            <source>Close ended</source>
            <translation>Fermer les postes terminés</translation>
        </message>
        <message>
            <source>Close ended (or crashed) stations, freeing their seats for the next scenario</source>
            <translation>Fermer les postes terminés (ou plantés), libérant leurs places pour le scénario suivant</translation>
        </message>
        <message>
            <source>Close session</source>
            <translation>Fermer la session</translation>
        </message>
        <message>
            <source>Close the console</source>
            <translation>Fermer la console</translation>
        </message>
        <message>
            <source>Close the console?</source>
            <translation>Fermer la console ?</translation>
        </message>
        <message>
            <source>Close the other program that holds it</source>
            <translation>Fermez l'autre programme qui l'occupe</translation>
        </message>
        <message>
            <source>Close the programming session</source>
            <translation>Fermer la session de programmation</translation>
        </message>
        <message>
            <source>Close the session with the old pump (it runs its program until it is explanted), then connect the new pump from the device picker: sim://, an emulator or a station.</source>
            <translation>Fermez la session avec l'ancienne pompe (elle exécute son programme jusqu'à son explantation), puis connectez la nouvelle pompe depuis le sélecteur d'appareil : sim://, un émulateur ou un poste.</translation>
        </message>
        <message>
            <source>Close the session with the pump at {device} without sending it, and connect to the station at {station}?</source>
            <translation>Fermer la session avec la pompe sur {device} sans l'envoyer, et se connecter au poste sur {station} ?</translation>
        </message>
        <message>
            <source>Close this session and connect the new pump...</source>
            <translation>Fermer cette session et connecter la nouvelle pompe...</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>Fermeture</translation>
        </message>
        <message>
            <source>Closing the session with the old pump...</source>
            <translation>Fermeture de la session avec l'ancienne pompe...</translation>
        </message>
        <message>
            <source>Cohort PDF</source>
            <translation>PDF de la cohorte</translation>
        </message>
        <message>
            <source>Cohort PDF...</source>
            <translation>PDF de la cohorte...</translation>
        </message>
        <message>
            <source>Cohort per scenario</source>
            <translation>Cohorte par scénario</translation>
        </message>
        <message>
            <source>Cohort summary</source>
            <translation>Résumé de la cohorte</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <source>Command not verified</source>
            <translation>Commande non vérifiée</translation>
        </message>
        <message>
            <source>Computed bolus volume and rate</source>
            <translation>Volume et débit calculés du bolus</translation>
        </message>
        <message>
            <source>Concentration</source>
            <translation>Concentration</translation>
        </message>
        <message>
            <source>Concentration (mcg/mL)</source>
            <translation>Concentration (mcg/mL)</translation>
        </message>
        <message>
            <source>Concentration again</source>
            <translation>Concentration de nouveau</translation>
        </message>
        <message>
            <source>Concentration again:</source>
            <translation>Concentration de nouveau :</translation>
        </message>
        <message>
            <source>Concentration change: the pump path still holds {concentration}. {bridge_words}</source>
            <translation>Changement de concentration : le circuit de la pompe contient encore {concentration}. {bridge_words}</translation>
        </message>
        <message>
            <source>Concentration:</source>
            <translation>Concentration :</translation>
        </message>
        <message>
            <source>Conclusion of the post-MRI check</source>
            <translation>Conclusion du contrôle post-IRM</translation>
        </message>
        <message>
            <source>Confirm an override to apply it.</source>
            <translation>Confirmez une dérogation pour l'appliquer.</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Connecter</translation>
        </message>
        <message>
            <source>Connect and interrogate, then try again.</source>
            <translation>Connectez-vous et interrogez, puis réessayez.</translation>
        </message>
        <message>
            <source>Connect the console on this computer to the selected station</source>
            <translation>Connecter la console de cet ordinateur au poste sélectionné</translation>
        </message>
        <message>
            <source>Connect the new pump</source>
            <translation>Connecter la nouvelle pompe</translation>
        </message>
        <message>
            <source>Connect the new pump first (step 2).</source>
            <translation>Connectez d'abord la nouvelle pompe (étape 2).</translation>
        </message>
        <message>
            <source>Connect the new pump...</source>
            <translation>Connecter la nouvelle pompe...</translation>
        </message>
        <message>
            <source>Connect this console</source>
            <translation>Connecter cette console</translation>
        </message>
        <message>
            <source>Connect to</source>
            <translation>Se connecter à</translation>
        </message>
        <message>
            <source>Connect to a pump</source>
            <translation>Connecter une pompe</translation>
        </message>
        <message>
            <source>Connect to a pump - training mock</source>
            <translation>Connecter une pompe – maquette de formation</translation>
        </message>
        <message>
            <source>Connect to a pump first (and let any command finish).</source>
            <translation>Connectez d'abord une pompe (et laissez finir toute commande).</translation>
        </message>
        <message>
            <source>Connect to a pump first.</source>
            <translation>Connectez d'abord une pompe.</translation>
        </message>
        <message>
            <source>Connect to the station</source>
            <translation>Se connecter au poste</translation>
        </message>
        <message>
            <source>Connect...</source>
            <translation>Connecter...</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Connectée</translation>
        </message>
        <message>
            <source>Connected to the new pump {model} {serial} and read it: {drug} {concentration}, {volume} in the reservoir, {mode}.</source>
            <translation>Connectée à la nouvelle pompe {model} {serial} et lue : {drug} {concentration}, {volume} dans le réservoir, {mode}.</translation>
        </message>
        <message>
            <source>Connected to {model} {serial}, which cannot be the new pump.</source>
            <translation>Connectée à {model} {serial}, qui ne peut pas être la nouvelle pompe.</translation>
        </message>
        <message>
            <source>Connected; reading the pump...</source>
            <translation>Connectée ; lecture de la pompe...</translation>
        </message>
        <message>
            <source>Connecting</source>
            <translation>Connexion en cours</translation>
        </message>
        <message>
            <source>Connecting to {device}...</source>
            <translation>Connexion à {device}...</translation>
        </message>
        <message>
            <source>Console fault</source>
            <translation>Défaut de la console</translation>
        </message>
        <message>
            <source>Could not connect to {url}: {cause}. {next_step}.</source>
            <translation>Connexion à {url} impossible : {cause}. {next_step}.</translation>
        </message>
        <message>
            <source>Could not export to {target}: {error}</source>
            <translation>Export impossible vers {target} : {error}</translation>
        </message>
        <message>
            <source>Could not open the scenario</source>
            <translation>Impossible d'ouvrir le scénario</translation>
        </message>
        <message>
            <source>Could not read the event log: {message}. The {hours}-hour rule cannot be checked until it is read.</source>
            <translation>Impossible de lire le journal des événements : {message}. La règle des {hours} heures ne peut pas être vérifiée avant sa lecture.</translation>
        </message>
        <message>
            <source>Could not read the log: {reason}. The events listed are from the last reading.</source>
            <translation>Impossible de lire le journal : {reason}. Les événements affichés datent de la dernière lecture.</translation>
        </message>
        <message>
            <source>Could not read the pump: {message}</source>
            <translation>Impossible de lire la pompe : {message}</translation>
        </message>
        <message>
            <source>Could not read the scenario folder: {problem}</source>
            <translation>Impossible de lire le dossier de scénarios : {problem}</translation>
        </message>
        <message>
            <source>Could not read the trainee records: {error}</source>
            <translation>Impossible de lire les dossiers des stagiaires : {error}</translation>
        </message>
        <message>
            <source>Could not save the PDF: {error}</source>
            <translation>Impossible d'enregistrer le PDF : {error}</translation>
        </message>
        <message>
            <source>Could not save the debrief: {error}</source>
            <translation>Impossible d'enregistrer le débriefing : {error}</translation>
        </message>
        <message>
            <source>Could not save {path}: {error}</source>
            <translation>Impossible d'enregistrer {path} : {error}</translation>
        </message>
        <message>
            <source>Could not save {path}: {reason}.</source>
            <translation>Impossible d'enregistrer {path} : {reason}.</translation>
        </message>
        <message>
            <source>Could not show the history: {message}</source>
            <translation>Impossible d'afficher l'historique : {message}</translation>
        </message>
        <message>
            <source>Ctrl+Left / Ctrl+Right</source>
            <translation>Ctrl+Gauche / Ctrl+Droite</translation>
        </message>
        <message>
            <source>Daily dose</source>
            <translation>Dose journalière</translation>
        </message>
        <message>
            <source>Daily dose (mcg/day)</source>
            <translation>Dose journalière (mcg/jour)</translation>
        </message>
        <message>
            <source>Daily dose and reservoir over time, and the outlook</source>
            <translation>Dose journalière et réservoir dans le temps, et les perspectives</translation>
        </message>
        <message>
            <source>Daily dose in force</source>
            <translation>Dose journalière en vigueur</translation>
        </message>
        <message>
            <source>Daily dose in force:</source>
            <translation>Dose journalière en vigueur :</translation>
        </message>
        <message>
            <source>Daily dose:</source>
            <translation>Dose journalière :</translation>
        </message>
        <message>
            <source>Daily total</source>
            <translation>Total journalier</translation>
        </message>
        <message>
            <source>Daily total on the old and the new pump</source>
            <translation>Total journalier sur l'ancienne et la nouvelle pompe</translation>
        </message>
        <message>
            <source>Daily totals and change</source>
            <translation>Totaux journaliers et changement</translation>
        </message>
        <message>
            <source>Daily totals and change against the program in force</source>
            <translation>Totaux journaliers et changement par rapport au programme en vigueur</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>Base de données : {path}</translation>
        </message>
        <message>
            <source>Date (UTC)</source>
            <translation>Date (UTC)</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date :</translation>
        </message>
        <message>
            <source>Daylight saving</source>
            <translation>Heure d'été</translation>
        </message>
        <message>
            <source>Deal with the cause (see What to do in the alarms panel); the alarm then clears by itself.</source>
            <translation>Traitez la cause (voir Que faire dans le panneau des alarmes) ; l'alarme s'efface alors d'elle-même.</translation>
        </message>
        <message>
            <source>Debrief</source>
            <translation>Débriefing</translation>
        </message>
        <message>
            <source>Debrief (*.json)</source>
            <translation>Débriefing (*.json)</translation>
        </message>
        <message>
            <source>Debrief (*.json);;All files (*)</source>
            <translation>Débriefing (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Debrief PDF saved: {path}</source>
            <translation>PDF du débriefing enregistré : {path}</translation>
        </message>
        <message>
            <source>Debrief: {scenario_title} - training mock</source>
            <translation>Débriefing : {scenario_title} – maquette de formation</translation>
        </message>
        <message>
            <source>Default low-reservoir alarm volume in mL</source>
            <translation>Volume par défaut de l'alarme de réservoir bas en mL</translation>
        </message>
        <message>
            <source>Default low-reservoir alarm:</source>
            <translation>Alarme de réservoir bas par défaut :</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Suppr</translation>
        </message>
        <message>
            <source>Delete step (Del)</source>
            <translation>Supprimer l'étape (Suppr)</translation>
        </message>
        <message>
            <source>Delete step {step}</source>
            <translation>Supprimer l'étape {step}</translation>
        </message>
        <message>
            <source>Delete the selected step</source>
            <translation>Supprimer l'étape sélectionnée</translation>
        </message>
        <message>
            <source>Delivery has NOT resumed</source>
            <translation>L'administration n'a PAS repris</translation>
        </message>
        <message>
            <source>Delivery has NOT resumed: motor stall at {time}, no recovery after {sessions}. {withdrawal}</source>
            <translation>L'administration n'a PAS repris : blocage du moteur à {time}, pas de reprise après {sessions}. {withdrawal}</translation>
        </message>
        <message>
            <source>Delivery history</source>
            <translation>Historique d'administration</translation>
        </message>
        <message>
            <source>Delivery history - training mock</source>
            <translation>Historique d'administration – maquette de formation</translation>
        </message>
        <message>
            <source>Delivery history plot</source>
            <translation>Graphique de l'historique d'administration</translation>
        </message>
        <message>
            <source>Delivery history...</source>
            <translation>Historique d'administration...</translation>
        </message>
        <message>
            <source>Delivery history: daily dose and reservoir over time, refills, outlook</source>
            <translation>Historique d'administration : dose journalière et réservoir dans le temps, remplissages, perspectives</translation>
        </message>
        <message>
            <source>Delivery resumed</source>
            <translation>Administration reprise</translation>
        </message>
        <message>
            <source>Delivery resumed at {moment}, after {duration} stopped. Check the program in force is the prescribed one and clear the motor stall alarm if it still sounds.</source>
            <translation>Administration reprise le {moment}, après {duration} d'arrêt. Vérifiez que le programme en vigueur est celui prescrit et effacez l'alarme de blocage du moteur si elle retentit encore.</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Détail</translation>
        </message>
        <message>
            <source>Device URL (socket://, rfc2217:// or a recent device)</source>
            <translation>URL de l'appareil (socket://, rfc2217:// ou un appareil récent)</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Écart</translation>
        </message>
        <message>
            <source>Difficulty</source>
            <translation>Difficulté</translation>
        </message>
        <message>
            <source>Discrepancy</source>
            <translation>Écart</translation>
        </message>
        <message>
            <source>Discrepancy acknowledged</source>
            <translation>Écart pris en compte</translation>
        </message>
        <message>
            <source>Display and editing</source>
            <translation>Affichage et modification</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Nom affiché</translation>
        </message>
        <message>
            <source>Display unit</source>
            <translation>Unité d'affichage</translation>
        </message>
        <message>
            <source>Done on the new pump: {done}. Not done: {missing}.</source>
            <translation>Fait sur la nouvelle pompe : {done}. Non fait : {missing}.</translation>
        </message>
        <message>
            <source>Dose
(mcg/day)</source>
            <translation>Dose
(mcg/jour)</translation>
        </message>
        <message>
            <source>Dose
(mcg/h)</source>
            <translation>Dose
(mcg/h)</translation>
        </message>
        <message>
            <source>Dose (mcg)</source>
            <translation>Dose (mcg)</translation>
        </message>
        <message>
            <source>Dose (mcg/day)</source>
            <translation>Dose (mcg/jour)</translation>
        </message>
        <message>
            <source>Dose (mcg/h)</source>
            <translation>Dose (mcg/h)</translation>
        </message>
        <message>
            <source>Dose ({unit})</source>
            <translation>Dose ({unit})</translation>
        </message>
        <message>
            <source>Dose:</source>
            <translation>Dose :</translation>
        </message>
        <message>
            <source>Double-click</source>
            <translation>Double-clic</translation>
        </message>
        <message>
            <source>Double-click a run to open its debrief.</source>
            <translation>Double-cliquez sur un passage pour ouvrir son débriefing.</translation>
        </message>
        <message>
            <source>Drag a line</source>
            <translation>Faire glisser une ligne</translation>
        </message>
        <message>
            <source>Drag to change this step's dose (Shift: finer)</source>
            <translation>Faire glisser pour changer la dose de cette étape (Maj : plus fin)</translation>
        </message>
        <message>
            <source>Drag to move this step's start (Shift: 1 min)</source>
            <translation>Faire glisser pour déplacer le début de cette étape (Maj : 1 min)</translation>
        </message>
        <message>
            <source>Drop link at next send</source>
            <translation>Couper la liaison au prochain envoi</translation>
        </message>
        <message>
            <source>Drug</source>
            <translation>Médicament</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Duration, hours</source>
            <translation>Durée, heures</translation>
        </message>
        <message>
            <source>Duration, minutes</source>
            <translation>Durée, minutes</translation>
        </message>
        <message>
            <source>Duration:</source>
            <translation>Durée :</translation>
        </message>
        <message>
            <source>END OF SERVICE</source>
            <translation>FIN DE SERVICE</translation>
        </message>
        <message>
            <source>ERI + {days} days</source>
            <translation>ERI + {days} jours</translation>
        </message>
        <message>
            <source>ERI date</source>
            <translation>date de l'ERI</translation>
        </message>
        <message>
            <source>ERI expected {eri}: plan the replacement from {plan_from}.</source>
            <translation>ERI prévu le {eri} : planifiez le remplacement à partir du {plan_from}.</translation>
        </message>
        <message>
            <source>ERI expected {eri}: plan the replacement now (replace by {replace_by} at the latest).</source>
            <translation>ERI prévu le {eri} : planifiez le remplacement maintenant (au plus tard le {replace_by}).</translation>
        </message>
        <message>
            <source>ERI reached on {eri}: replace by {replace_by} ({left}).</source>
            <translation>ERI atteint le {eri} : remplacer avant le {replace_by} ({left}).</translation>
        </message>
        <message>
            <source>ERI reached {day}; {when}</source>
            <translation>ERI atteint le {day} ; {when}</translation>
        </message>
        <message>
            <source>Each scored run is filed in the trainee records under the trainee's pseudonymous id (not their real name or staff number). Leave a line empty to score that station without recording it.</source>
            <translation>Chaque passage noté est classé dans les dossiers sous l'identifiant pseudonyme du stagiaire (pas son vrai nom ni son matricule). Laissez une ligne vide pour noter ce poste sans l'enregistrer.</translation>
        </message>
        <message>
            <source>Each step's dose and its volume on the old and the new pump</source>
            <translation>Dose de chaque palier et son volume sur l'ancienne et la nouvelle pompe</translation>
        </message>
        <message>
            <source>Edited: the pump's implant record will be changed to these values before the bolus.</source>
            <translation>Modifié : le dossier d'implant de la pompe sera changé pour ces valeurs avant le bolus.</translation>
        </message>
        <message>
            <source>Editor snap: {minutes} min is not one of {choices} min</source>
            <translation>Pas de l'éditeur : {minutes} min n'est pas l'un de {choices} min</translation>
        </message>
        <message>
            <source>Effect</source>
            <translation>Effet</translation>
        </message>
        <message>
            <source>Effect lasted:</source>
            <translation>Durée de l'effet :</translation>
        </message>
        <message>
            <source>Elective replacement indicator</source>
            <translation>Indicateur de remplacement électif</translation>
        </message>
        <message>
            <source>Emulator: {profile}, {volume} mL, serial {serial}</source>
            <translation>Émulateur : {profile}, {volume} mL, numéro de série {serial}</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>End and score</source>
            <translation>Terminer et noter</translation>
        </message>
        <message>
            <source>End and score a station first; its debrief is saved from here.</source>
            <translation>Terminez et notez d'abord un poste ; son débriefing est enregistré d'ici.</translation>
        </message>
        <message>
            <source>End of service</source>
            <translation>Fin de service</translation>
        </message>
        <message>
            <source>End of service reached on {day}: the pump no longer delivers. Replace it now; watch for withdrawal.</source>
            <translation>Fin de service atteinte le {day} : la pompe n'administre plus. Remplacez-la maintenant ; surveillez un sevrage.</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>Enter a dose and a duration the pump can give.</source>
            <translation>Saisissez une dose et une durée que la pompe peut délivrer.</translation>
        </message>
        <message>
            <source>Enter the concentration twice, from the vial each time.</source>
            <translation>Saisissez la concentration deux fois, lue sur le flacon à chaque fois.</translation>
        </message>
        <message>
            <source>Enter the pseudonymous id and name of the trainee at each selected station; their scored runs are recorded under it</source>
            <translation>Saisir l'identifiant pseudonyme et le nom du stagiaire à chaque poste sélectionné ; ses passages notés y sont enregistrés</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Échap</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <source>Event log</source>
            <translation>Journal des événements</translation>
        </message>
        <message>
            <source>Event log...</source>
            <translation>Journal des événements...</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <source>Events timeline</source>
            <translation>Chronologie des événements</translation>
        </message>
        <message>
            <source>Every run of this scenario, objective by objective, for competency files</source>
            <translation>Chaque passage de ce scénario, objectif par objectif, pour les dossiers de compétences</translation>
        </message>
        <message>
            <source>Every scored run by trainee and scenario: history, cohort, CSV and PDF</source>
            <translation>Chaque passage noté par stagiaire et par scénario : historique, cohorte, CSV et PDF</translation>
        </message>
        <message>
            <source>Expected residual</source>
            <translation>Résidu attendu</translation>
        </message>
        <message>
            <source>Expected residual (pump):</source>
            <translation>Résidu attendu (pompe) :</translation>
        </message>
        <message>
            <source>Export CSV...</source>
            <translation>Exporter en CSV...</translation>
        </message>
        <message>
            <source>Export history CSV...</source>
            <translation>Exporter l'historique en CSV...</translation>
        </message>
        <message>
            <source>Export the event log</source>
            <translation>Exporter le journal des événements</translation>
        </message>
        <message>
            <source>Export trainee records</source>
            <translation>Exporter les dossiers des stagiaires</translation>
        </message>
        <message>
            <source>Exported {rows} to {target}</source>
            <translation>{rows} exporté(s) vers {target}</translation>
        </message>
        <message>
            <source>Exporting {rows} to {path}...</source>
            <translation>Export de {rows} vers {path}...</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Échoué</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Feedback when done</source>
            <translation>Retour si réussi</translation>
        </message>
        <message>
            <source>Feedback when missed</source>
            <translation>Retour si manqué</translation>
        </message>
        <message>
            <source>Field: {field}, on the {tab} tab</source>
            <translation>Champ : {field}, dans l'onglet {tab}</translation>
        </message>
        <message>
            <source>Field: {field}, {row} {number} on the {tab} tab</source>
            <translation>Champ : {field}, {row} {number} dans l'onglet {tab}</translation>
        </message>
        <message>
            <source>Fill the new pump's internal path and the catheter before therapy starts: a priming bolus at the pump's maximum rate. The catheter comes from the saved record; confirm it is the one implanted, or correct it and say why.</source>
            <translation>Remplissez le circuit interne de la nouvelle pompe et le cathéter avant le début du traitement : un bolus d'amorçage au débit maximal de la pompe. Le cathéter provient du dossier enregistré ; confirmez que c'est celui qui est implanté, ou corrigez-le et indiquez pourquoi.</translation>
        </message>
        <message>
            <source>Fill volume</source>
            <translation>Volume de remplissage</translation>
        </message>
        <message>
            <source>Fill volume:</source>
            <translation>Volume de remplissage :</translation>
        </message>
        <message>
            <source>Fill {volume} of {drug} {concentration}; low-reservoir alarm at {alarm}.</source>
            <translation>Remplir {volume} de {drug} {concentration} ; alarme de réservoir bas à {alarm}.</translation>
        </message>
        <message>
            <source>Filled</source>
            <translation>Rempli</translation>
        </message>
        <message>
            <source>Filled (mL)</source>
            <translation>Rempli (mL)</translation>
        </message>
        <message>
            <source>Find the cause of the stall (Alarms, Ctrl+L, says what to do), clear the motor stall alarm, then try again.</source>
            <translation>Trouvez la cause du blocage (Alarmes, Ctrl+L, indique quoi faire), effacez l'alarme de blocage du moteur, puis réessayez.</translation>
        </message>
        <message>
            <source>Folder of scenario files</source>
            <translation>Dossier de fichiers de scénario</translation>
        </message>
        <message>
            <source>Found on (local date and time)</source>
            <translation>Trouvée le (date et heure locales)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>À partir de</translation>
        </message>
        <message>
            <source>Full screen, large type, the pump's clock and time control for a workshop</source>
            <translation>Plein écran, grands caractères, l'horloge de la pompe et le contrôle du temps pour un atelier</translation>
        </message>
        <message>
            <source>Give the bridge bolus after the refill</source>
            <translation>Administrer le bolus de relais après le remplissage</translation>
        </message>
        <message>
            <source>Give the first screening bolus: 50 mcg.</source>
            <translation>Administrez le premier bolus test : 50 mcg.</translation>
        </message>
        <message>
            <source>Give the reason for changing the implant record before the bolus.</source>
            <translation>Indiquez le motif de modification du dossier d'implant avant le bolus.</translation>
        </message>
        <message>
            <source>Go back to the program in force</source>
            <translation>Revenir au programme en vigueur</translation>
        </message>
        <message>
            <source>Go to the field</source>
            <translation>Aller au champ</translation>
        </message>
        <message>
            <source>Hard limits come from the pump profile and cannot be changed here. Alarms are always shown on screen.</source>
            <translation>Les limites strictes viennent du profil de la pompe et ne peuvent pas être modifiées ici. Les alarmes sont toujours affichées à l'écran.</translation>
        </message>
        <message>
            <source>Highest active alarm</source>
            <translation>Alarme active la plus élevée</translation>
        </message>
        <message>
            <source>Highest dose (mcg/day)</source>
            <translation>Dose la plus haute (mcg/jour)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>History of the selected trainee</source>
            <translation>Historique du stagiaire sélectionné</translation>
        </message>
        <message>
            <source>How long the effect lasted, in hours</source>
            <translation>Durée de l'effet, en heures</translation>
        </message>
        <message>
            <source>How many alarms are active</source>
            <translation>Nombre d’alarmes actives</translation>
        </message>
        <message>
            <source>How the pump restarts after the scan</source>
            <translation>Comment la pompe redémarre après l'examen</translation>
        </message>
        <message>
            <source>I have noted the discrepancy and will act on it</source>
            <translation>J'ai noté l'écart et j'agirai en conséquence</translation>
        </message>
        <message>
            <source>ITB Programmer Console - training mock, not for clinical use</source>
            <translation>Console de programmation ITB – maquette de formation, pas pour un usage clinique</translation>
        </message>
        <message>
            <source>ITB cohort results</source>
            <translation>Résultats de cohorte ITB</translation>
        </message>
        <message>
            <source>ITB pump programming session report</source>
            <translation>Rapport de séance de programmation de pompe ITB</translation>
        </message>
        <message>
            <source>ITB scenario debrief</source>
            <translation>Débriefing de scénario ITB</translation>
        </message>
        <message>
            <source>ITB session report</source>
            <translation>Rapport de session ITB</translation>
        </message>
        <message>
            <source>ITB training scenario debrief</source>
            <translation>Débriefing du scénario de formation ITB</translation>
        </message>
        <message>
            <source>ITB training: cohort results</source>
            <translation>Formation ITB : résultats de cohorte</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <source>Implant record</source>
            <translation>Dossier d'implant</translation>
        </message>
        <message>
            <source>Implant record change</source>
            <translation>Modification du dossier d'implant</translation>
        </message>
        <message>
            <source>Implant record changed</source>
            <translation>Dossier d'implant modifié</translation>
        </message>
        <message>
            <source>Implanted</source>
            <translation>Implantée</translation>
        </message>
        <message>
            <source>Implanted on</source>
            <translation>Implantée le</translation>
        </message>
        <message>
            <source>Inadequate response: give {dose} mcg after 24 h.</source>
            <translation>Réponse insuffisante : administrez {dose} mcg après 24 h.</translation>
        </message>
        <message>
            <source>Indicator (ERI)</source>
            <translation>Indicateur (ERI)</translation>
        </message>
        <message>
            <source>Inject:</source>
            <translation>Injecter :</translation>
        </message>
        <message>
            <source>Instructor - {training_mark}</source>
            <translation>Formateur – {training_mark}</translation>
        </message>
        <message>
            <source>Instructor messages</source>
            <translation>Messages du formateur</translation>
        </message>
        <message>
            <source>Instructor panel...</source>
            <translation>Panneau formateur...</translation>
        </message>
        <message>
            <source>Instructor panel: scenario stations, time, faults, scores</source>
            <translation>Panneau formateur : postes de scénario, temps, pannes, scores</translation>
        </message>
        <message>
            <source>Internal volume:</source>
            <translation>Volume interne :</translation>
        </message>
        <message>
            <source>Interrogate</source>
            <translation>Interroger</translation>
        </message>
        <message>
            <source>Interrogate (F5) to see the alarms now active.</source>
            <translation>Interrogez (F5) pour voir les alarmes actuellement actives.</translation>
        </message>
        <message>
            <source>Interrogate (place the programmer again)</source>
            <translation>Interroger (replacer le programmateur)</translation>
        </message>
        <message>
            <source>Interrogate and save needs the old pump connected (Ctrl+K); or open a file saved earlier.</source>
            <translation>Interroger et enregistrer nécessite l'ancienne pompe connectée (Ctrl+K) ; ou ouvrez un fichier enregistré auparavant.</translation>
        </message>
        <message>
            <source>Interrogate and save...</source>
            <translation>Interroger et enregistrer...</translation>
        </message>
        <message>
            <source>Interrogate the pump again</source>
            <translation>Interroger de nouveau la pompe</translation>
        </message>
        <message>
            <source>Interrogate the pump first: its implant record has not been read.</source>
            <translation>Interrogez d'abord la pompe : son dossier d'implant n'a pas été lu.</translation>
        </message>
        <message>
            <source>Interrogate, check the log, image the pump; watch for withdrawal. Clear only after the cause is dealt with.</source>
            <translation>Interrogez, vérifiez le journal, faites une imagerie de la pompe ; surveillez un sevrage. N'effacez qu'après avoir traité la cause.</translation>
        </message>
        <message>
            <source>Interrogate, re-program and verify, and plan replacement.</source>
            <translation>Interrogez, reprogrammez et vérifiez, et planifiez le remplacement.</translation>
        </message>
        <message>
            <source>Interrogated</source>
            <translation>Interrogée</translation>
        </message>
        <message>
            <source>Interrogated (programming session opened)</source>
            <translation>Interrogée (session de programmation ouverte)</translation>
        </message>
        <message>
            <source>Interrogating...</source>
            <translation>Interrogation...</translation>
        </message>
        <message>
            <source>It reads {time}, within {minutes} min of local time.</source>
            <translation>Elle indique {time}, à {minutes} min près de l'heure locale.</translation>
        </message>
        <message>
            <source>Jump pump time {text} ahead; events on the way fire</source>
            <translation>Avancer le temps de la pompe de {text} ; les événements en chemin se déclenchent</translation>
        </message>
        <message>
            <source>Jump:</source>
            <translation>Saut :</translation>
        </message>
        <message>
            <source>Keep these trainees</source>
            <translation>Garder ces stagiaires</translation>
        </message>
        <message>
            <source>Key file for the stations</source>
            <translation>Fichier de clé pour les postes</translation>
        </message>
        <message>
            <source>Key file of a keyed pump</source>
            <translation>Fichier de clé d'une pompe à clé</translation>
        </message>
        <message>
            <source>Key file:</source>
            <translation>Fichier de clé :</translation>
        </message>
        <message>
            <source>Key files (*.key);;All files (*)</source>
            <translation>Fichiers de clé (*.key);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Key the stations opened next: their pumps answer only a console holding this file (give trainees a copy)</source>
            <translation>Mettre une clé sur les postes ouverts ensuite : leurs pompes ne répondent qu'à une console ayant ce fichier (donnez-en une copie aux stagiaires)</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Keyed: a console connects with the key file {path}.</source>
            <translation>À clé : une console se connecte avec le fichier de clé {path}.</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Type :</translation>
        </message>
        <message>
            <source>Language (at next start):</source>
            <translation>Langue (au prochain démarrage) :</translation>
        </message>
        <message>
            <source>Language of the console</source>
            <translation>Langue de la console</translation>
        </message>
        <message>
            <source>Language: {language} is not one of {choices}</source>
            <translation>Langue : {language} n'est pas l'une de {choices}</translation>
        </message>
        <message>
            <source>Largest bolus (mL)</source>
            <translation>Plus grand bolus (mL)</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>30 derniers jours</translation>
        </message>
        <message>
            <source>Last action</source>
            <translation>Dernière action</translation>
        </message>
        <message>
            <source>Last change {day}; it does not explain the difference (the pump was set after it, or it is out for another reason).</source>
            <translation>Dernier changement le {day} ; il n'explique pas l'écart (la pompe a été réglée après, ou elle est décalée pour une autre raison).</translation>
        </message>
        <message>
            <source>Last read {time}, not connected</source>
            <translation>Dernière lecture à {time}, non connectée</translation>
        </message>
        <message>
            <source>Last read {time}, not connected (link lost)</source>
            <translation>Dernière lecture à {time}, non connectée (liaison perdue)</translation>
        </message>
        <message>
            <source>Last refill</source>
            <translation>Dernier remplissage</translation>
        </message>
        <message>
            <source>Last run</source>
            <translation>Dernier passage</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Dernière année</translation>
        </message>
        <message>
            <source>Leave presentation mode</source>
            <translation>Quitter le mode présentation</translation>
        </message>
        <message>
            <source>Leave the replacement?</source>
            <translation>Quitter le remplacement ?</translation>
        </message>
        <message>
            <source>Leave the wizard anyway?</source>
            <translation>Quitter quand même l'assistant ?</translation>
        </message>
        <message>
            <source>Left / Right</source>
            <translation>Gauche / Droite</translation>
        </message>
        <message>
            <source>Left and Right select a step; Up and Down change its dose; Ctrl with Left or Right moves its start; S splits, M merges with the next step, Delete removes it; Enter types an exact dose. Hold Shift for finer steps.</source>
            <translation>Gauche et Droite sélectionnent une étape ; Haut et Bas changent sa dose ; Ctrl avec Gauche ou Droite déplace son début ; S scinde, M fusionne avec l'étape suivante, Suppr la supprime ; Entrée saisit une dose exacte. Maintenez Maj pour des pas plus fins.</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>List the keyboard shortcuts</source>
            <translation>Lister les raccourcis clavier</translation>
        </message>
        <message>
            <source>Loads as written: </source>
            <translation>Se charge tel quel : </translation>
        </message>
        <message>
            <source>Local time</source>
            <translation>Heure locale</translation>
        </message>
        <message>
            <source>Local time in {key}</source>
            <translation>Heure locale à {key}</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Log folder</source>
            <translation>Dossier du journal</translation>
        </message>
        <message>
            <source>Looking for running emulators...</source>
            <translation>Recherche des émulateurs en cours...</translation>
        </message>
        <message>
            <source>Looking for serial ports...</source>
            <translation>Recherche des ports série...</translation>
        </message>
        <message>
            <source>Low alarm</source>
            <translation>Alarme basse</translation>
        </message>
        <message>
            <source>Low battery reset</source>
            <translation>Réinitialisation pour batterie faible</translation>
        </message>
        <message>
            <source>Low reservoir</source>
            <translation>Réservoir bas</translation>
        </message>
        <message>
            <source>Low-reservoir alarm</source>
            <translation>Alarme de réservoir bas</translation>
        </message>
        <message>
            <source>Low-reservoir alarm at</source>
            <translation>Alarme de réservoir bas à</translation>
        </message>
        <message>
            <source>Low-reservoir alarm at (mL)</source>
            <translation>Alarme de réservoir bas à (mL)</translation>
        </message>
        <message>
            <source>Low-reservoir alarm volume</source>
            <translation>Volume de l'alarme de réservoir bas</translation>
        </message>
        <message>
            <source>Low-reservoir alarm:</source>
            <translation>Alarme de réservoir bas :</translation>
        </message>
        <message>
            <source>Low-reservoir alarm: {volume} is outside this pump's {span}</source>
            <translation>Alarme de réservoir bas : {volume} est hors de la plage {span} de cette pompe</translation>
        </message>
        <message>
            <source>Low-reservoir alarm in</source>
            <translation>Alarme de réservoir bas dans</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>Plus bas</translation>
        </message>
        <message>
            <source>Lowest dose (mcg/day)</source>
            <translation>Dose la plus basse (mcg/jour)</translation>
        </message>
        <message>
            <source>MRI scan</source>
            <translation>Examen IRM</translation>
        </message>
        <message>
            <source>MRI scan length</source>
            <translation>Durée de l'examen IRM</translation>
        </message>
        <message>
            <source>MRI scan started at {names}: the rotor has stopped and the motor-stall alarm sounds; {mri}.</source>
            <translation>Examen IRM commencé à {names} : le rotor s'est arrêté et l'alarme de blocage du moteur retentit ; {mri}.</translation>
        </message>
        <message>
            <source>MRI:</source>
            <translation>IRM :</translation>
        </message>
        <message>
            <source>Made by {software}</source>
            <translation>Créé par {software}</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <source>Mean score</source>
            <translation>Score moyen</translation>
        </message>
        <message>
            <source>Median score</source>
            <translation>Score médian</translation>
        </message>
        <message>
            <source>Merge step {step} with the next</source>
            <translation>Fusionner l'étape {step} avec la suivante</translation>
        </message>
        <message>
            <source>Merge the selected step with the next</source>
            <translation>Fusionner l'étape sélectionnée avec la suivante</translation>
        </message>
        <message>
            <source>Merge with next step (M)</source>
            <translation>Fusionner avec l'étape suivante (M)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Mode change</source>
            <translation>Changement de mode</translation>
        </message>
        <message>
            <source>Mode:</source>
            <translation>Mode :</translation>
        </message>
        <message>
            <source>Mode: &lt;b&gt;{mode}&lt;/b&gt; &amp;nbsp; Drug: {drug} {concentration}</source>
            <translation>Mode : &lt;b&gt;{mode}&lt;/b&gt; &amp;nbsp; Médicament : {drug} {concentration}</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>Motor stall</source>
            <translation>Blocage du moteur</translation>
        </message>
        <message>
            <source>Motor stall alarm cleared ({by})</source>
            <translation>Alarme de blocage du moteur effacée ({by})</translation>
        </message>
        <message>
            <source>Motor stall logged at {time}, no recovery yet. The log may show the recovery only at a second interrogation: interrogate again before concluding.</source>
            <translation>Blocage du moteur enregistré à {time}, pas encore de reprise. Le journal peut ne montrer la reprise qu'à une deuxième interrogation : interrogez de nouveau avant de conclure.</translation>
        </message>
        <message>
            <source>Motor stall, recovery and interrogations in the log</source>
            <translation>Blocage du moteur, reprise et interrogations dans le journal</translation>
        </message>
        <message>
            <source>Motor stall: rotor stopped, two-tone critical alarm</source>
            <translation>Blocage du moteur : rotor arrêté, alarme critique à deux tons</translation>
        </message>
        <message>
            <source>Move a boundary (by the snap) or a level; hold Shift for 1 min / finer</source>
            <translation>Déplacer une limite (selon le magnétisme) ou un niveau ; maintenir Maj pour 1 min / plus fin</translation>
        </message>
        <message>
            <source>Move start of step {step} to {time}</source>
            <translation>Déplacer le début de l'étape {step} à {time}</translation>
        </message>
        <message>
            <source>Move the selected step's start by the snap (15 min unless set in Preferences; Shift: 1 min)</source>
            <translation>Déplacer le début de l'étape sélectionnée du pas de magnétisme (15 min sauf réglage dans les Préférences ; Maj : 1 min)</translation>
        </message>
        <message>
            <source>Mute alarm tones</source>
            <translation>Couper les tonalités d'alarme</translation>
        </message>
        <message>
            <source>NOT DELIVERING ({reason})</source>
            <translation>N'ADMINISTRE PAS ({reason})</translation>
        </message>
        <message>
            <source>NOT KNOWN: the last send failed part-way</source>
            <translation>INCONNU : le dernier envoi a échoué en cours de route</translation>
        </message>
        <message>
            <source>NOT YET: nothing read from the pump</source>
            <translation>PAS ENCORE : rien lu sur la pompe</translation>
        </message>
        <message>
            <source>NOW</source>
            <translation>MAINTENANT</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <source>New
(mL/day)</source>
            <translation>Nouveau
(mL/jour)</translation>
        </message>
        <message>
            <source>New
(mcg/day)</source>
            <translation>Nouveau
(mcg/jour)</translation>
        </message>
        <message>
            <source>New
(mcg/h)</source>
            <translation>Nouveau
(mcg/h)</translation>
        </message>
        <message>
            <source>New concentration (mcg/mL)</source>
            <translation>Nouvelle concentration (mcg/mL)</translation>
        </message>
        <message>
            <source>New pump
{concentration}
(mL/day)</source>
            <translation>Nouvelle pompe
{concentration}
(mL/jour)</translation>
        </message>
        <message>
            <source>New scenario</source>
            <translation>Nouveau scénario</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>Suivante &gt;</translation>
        </message>
        <message>
            <source>Next bolus</source>
            <translation>Bolus suivant</translation>
        </message>
        <message>
            <source>Next display unit (mcg/day, mcg/h, mL/day)</source>
            <translation>Unité d'affichage suivante (mcg/jour, mcg/h, mL/jour)</translation>
        </message>
        <message>
            <source>Next low-reservoir alarm: {time} ({when})</source>
            <translation>Prochaine alarme de réservoir bas : {time} ({when})</translation>
        </message>
        <message>
            <source>Next refill</source>
            <translation>Prochain remplissage</translation>
        </message>
        <message>
            <source>Next refill (booked)</source>
            <translation>Prochain remplissage (programmé)</translation>
        </message>
        <message>
            <source>Next refill booked for</source>
            <translation>Prochain remplissage prévu le</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Prochaines étapes</translation>
        </message>
        <message>
            <source>Next unit</source>
            <translation>Unité suivante</translation>
        </message>
        <message>
            <source>Night, 19:00 to 07:00 (pump clock)</source>
            <translation>Nuit, de 19:00 à 07:00 (horloge de la pompe)</translation>
        </message>
        <message>
            <source>No actions</source>
            <translation>Aucune action</translation>
        </message>
        <message>
            <source>No actions were recorded in this debrief.</source>
            <translation>Aucune action n'a été enregistrée dans ce débriefing.</translation>
        </message>
        <message>
            <source>No actions were recorded.</source>
            <translation>Aucune action n'a été enregistrée.</translation>
        </message>
        <message>
            <source>No active alarms</source>
            <translation>Aucune alarme active</translation>
        </message>
        <message>
            <source>No active alarms.</source>
            <translation>Aucune alarme active.</translation>
        </message>
        <message>
            <source>No adequate response</source>
            <translation>Pas de réponse suffisante</translation>
        </message>
        <message>
            <source>No bolus running.</source>
            <translation>Aucun bolus en cours.</translation>
        </message>
        <message>
            <source>No change in the last 6 months in this time zone.</source>
            <translation>Aucun changement depuis 6 mois dans ce fuseau horaire.</translation>
        </message>
        <message>
            <source>No crashed station is selected; only a crashed station restarts.</source>
            <translation>Aucun poste planté n'est sélectionné ; seul un poste planté redémarre.</translation>
        </message>
        <message>
            <source>No dose change in the pump's event log.</source>
            <translation>Aucun changement de dose dans le journal de la pompe.</translation>
        </message>
        <message>
            <source>No emulator is running (start one: itb-emulator --pty)</source>
            <translation>Aucun émulateur ne tourne (en lancer un : itb-emulator --pty)</translation>
        </message>
        <message>
            <source>No ended or crashed station to close; end and score it first.</source>
            <translation>Aucun poste terminé ou planté à fermer ; terminez-le et notez-le d'abord.</translation>
        </message>
        <message>
            <source>No key</source>
            <translation>Pas de clé</translation>
        </message>
        <message>
            <source>No log file could be written; the details went to the terminal.</source>
            <translation>Aucun fichier journal n'a pu être écrit ; les détails sont partis vers le terminal.</translation>
        </message>
        <message>
            <source>No longer there: {device}</source>
            <translation>N'est plus là : {device}</translation>
        </message>
        <message>
            <source>No motor stall in the pump's log.</source>
            <translation>Aucun blocage du moteur dans le journal de la pompe.</translation>
        </message>
        <message>
            <source>No motor stall is logged: the rotor was not stopped. Confirm the program in force is the one prescribed.</source>
            <translation>Aucun blocage du moteur enregistré : le rotor n'a pas été arrêté. Confirmez que le programme en vigueur est celui prescrit.</translation>
        </message>
        <message>
            <source>No motor stall logged</source>
            <translation>Aucun blocage du moteur enregistré</translation>
        </message>
        <message>
            <source>No printer is available on this computer: the print system lists none (no printer is set up, or no print service such as CUPS is running).</source>
            <translation>Aucune imprimante n'est disponible sur cet ordinateur : le système d'impression n'en liste aucune (aucune imprimante configurée, ou aucun service d'impression comme CUPS en marche).</translation>
        </message>
        <message>
            <source>No pump read</source>
            <translation>Aucune pompe lue</translation>
        </message>
        <message>
            <source>No pump read yet</source>
            <translation>Aucune pompe lue</translation>
        </message>
        <message>
            <source>No pump read yet.

Connect to a pump (File &gt; Connect..., Ctrl+K): its program in force appears here and editing starts from it.</source>
            <translation>Aucune pompe lue.

Connectez une pompe (Fichier &gt; Connecter..., Ctrl+K) : son programme en vigueur apparaît ici et la modification part de lui.</translation>
        </message>
        <message>
            <source>No pump read yet: connect to a pump (Ctrl+K).</source>
            <translation>Aucune pompe lue : connectez une pompe (Ctrl+K).</translation>
        </message>
        <message>
            <source>No pump was chosen: nothing changed.</source>
            <translation>Aucune pompe choisie : rien n'a changé.</translation>
        </message>
        <message>
            <source>No refill forecast: the pump is not delivering.</source>
            <translation>Pas de prévision de remplissage : la pompe n'administre pas.</translation>
        </message>
        <message>
            <source>No response to 100 mcg: not a candidate for ITB therapy.</source>
            <translation>Pas de réponse à 100 mcg : pas candidat au traitement ITB.</translation>
        </message>
        <message>
            <source>No runs are recorded yet: runs are recorded when the instructor panel ends and scores a station with a trainee id.</source>
            <translation>Aucun passage n'est encore enregistré : les passages sont enregistrés quand le panneau formateur termine et note un poste avec un identifiant de stagiaire.</translation>
        </message>
        <message>
            <source>No runs of this scenario are recorded.</source>
            <translation>Aucun passage de ce scénario n'est enregistré.</translation>
        </message>
        <message>
            <source>No serial ports found</source>
            <translation>Aucun port série trouvé</translation>
        </message>
        <message>
            <source>No sound was played: the tones are muted or this computer has no sound.</source>
            <translation>Aucun son n'a été joué : les tonalités sont coupées ou cet ordinateur n'a pas de son.</translation>
        </message>
        <message>
            <source>No trainee matches.</source>
            <translation>Aucun stagiaire ne correspond.</translation>
        </message>
        <message>
            <source>No trainee noted: the selected stations' runs are scored without being recorded.</source>
            <translation>Aucun stagiaire noté : les passages des postes sélectionnés sont notés sans être enregistrés.</translation>
        </message>
        <message>
            <source>Not added: {error}. {allowed}</source>
            <translation>Non ajouté : {error}. {allowed}</translation>
        </message>
        <message>
            <source>Not added: {refused}</source>
            <translation>Non ajouté : {refused}</translation>
        </message>
        <message>
            <source>Not applied: the pending program is stopped. Set the mode to Running first.</source>
            <translation>Non appliqué : le programme en attente est à l'arrêt. Passez d'abord le mode sur En marche.</translation>
        </message>
        <message>
            <source>Not applied: {error}.</source>
            <translation>Non appliqué : {error}.</translation>
        </message>
        <message>
            <source>Not applied: {reason}</source>
            <translation>Non appliqué : {reason}</translation>
        </message>
        <message>
            <source>Not attempted: no console connected to this station, so nothing the objective asks was done</source>
            <translation>Non tenté : aucune console ne s'est connectée à ce poste, donc rien de ce que demande l'objectif n'a été fait</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Non connectée</translation>
        </message>
        <message>
            <source>Not connected ({age_text})</source>
            <translation>Non connectée ({age_text})</translation>
        </message>
        <message>
            <source>Not connected to {station}: the session with {device} stays open.</source>
            <translation>Non connecté à {station} : la session avec {device} reste ouverte.</translation>
        </message>
        <message>
            <source>Not connected: see the line at the top.</source>
            <translation>Non connectée : voir la ligne en haut.</translation>
        </message>
        <message>
            <source>Not connected: {problem}</source>
            <translation>Non connectée : {problem}</translation>
        </message>
        <message>
            <source>Not interrogated from this window yet.</source>
            <translation>Pas encore interrogée depuis cette fenêtre.</translation>
        </message>
        <message>
            <source>Not listed: {problem}</source>
            <translation>Non listé : {problem}</translation>
        </message>
        <message>
            <source>Not loaded:</source>
            <translation>Non chargés :</translation>
        </message>
        <message>
            <source>Not opened: {problem}.</source>
            <translation>Non ouvert : {problem}.</translation>
        </message>
        <message>
            <source>Not put in the draft: {error}. Refill at a lower concentration first (the refill wizard), then use it again.</source>
            <translation>Non mis dans le brouillon : {error}. Remplissez d'abord à une concentration plus faible (l'assistant de remplissage), puis réutilisez-le.</translation>
        </message>
        <message>
            <source>Not ready: </source>
            <translation>Pas prêt : </translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>Not saved: {problems}</source>
            <translation>Non enregistré : {problems}</translation>
        </message>
        <message>
            <source>Not saved: {problem}.</source>
            <translation>Non enregistré : {problem}.</translation>
        </message>
        <message>
            <source>Not tried</source>
            <translation>Non essayé</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Nothing has been sent yet: Send to pump refills it, reads it back and shows the result.</source>
            <translation>Rien n'a encore été envoyé : Envoyer à la pompe la remplit, la relit et affiche le résultat.</translation>
        </message>
        <message>
            <source>Nothing is sent yet: Review &amp;amp; send (Ctrl+Return) programs the pump.</source>
            <translation>Rien n'est encore envoyé : Vérifier &amp;amp; envoyer (Ctrl+Entrée) programme la pompe.</translation>
        </message>
        <message>
            <source>Nothing is sent yet: Review &amp;amp; send (Ctrl+Return) programs the pump; Undo takes it back.</source>
            <translation>Rien n'est encore envoyé : Vérifier &amp;amp; envoyer (Ctrl+Entrée) programme la pompe ; Annuler revient en arrière.</translation>
        </message>
        <message>
            <source>Nothing to cancel: interrogate (F5) to see the pump as it is.</source>
            <translation>Rien à annuler : interrogez (F5) pour voir la pompe telle qu'elle est.</translation>
        </message>
        <message>
            <source>Nothing was changed on it; connect to a pump with a supported profile, or update the console</source>
            <translation>Rien n'y a été modifié ; connectez une pompe ayant un profil pris en charge, ou mettez la console à jour</translation>
        </message>
        <message>
            <source>Nothing was ended: the trainees were not confirmed.</source>
            <translation>Rien n'a été terminé : les stagiaires n'ont pas été confirmés.</translation>
        </message>
        <message>
            <source>Nothing was saved: no file was chosen.</source>
            <translation>Rien n'a été enregistré : aucun fichier choisi.</translation>
        </message>
        <message>
            <source>Nothing was sent: the pump is busy with another command.</source>
            <translation>Rien n'a été envoyé : la pompe est occupée par une autre commande.</translation>
        </message>
        <message>
            <source>Nothing was sent: the pump is not connected ({age}).</source>
            <translation>Rien n'a été envoyé : la pompe n'est pas connectée ({age}).</translation>
        </message>
        <message>
            <source>Number of stations</source>
            <translation>Nombre de postes</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <source>Objectives and feedback</source>
            <translation>Objectifs et retour</translation>
        </message>
        <message>
            <source>Objectives missed</source>
            <translation>Objectifs manqués</translation>
        </message>
        <message>
            <source>Objectives with points and feedback</source>
            <translation>Objectifs avec points et retour</translation>
        </message>
        <message>
            <source>Old
(mcg/day)</source>
            <translation>Ancien
(mcg/jour)</translation>
        </message>
        <message>
            <source>Old and new values side by side</source>
            <translation>Anciennes et nouvelles valeurs côte à côte</translation>
        </message>
        <message>
            <source>Old pump
{concentration}
(mL/day)</source>
            <translation>Ancienne pompe
{concentration}
(mL/jour)</translation>
        </message>
        <message>
            <source>Old pump saved for its replacement</source>
            <translation>Ancienne pompe enregistrée pour son remplacement</translation>
        </message>
        <message>
            <source>Old: the program saved from {model} {serial} ({drug} {concentration}). New: the same doses for this pump's {new_drug} {new_concentration}.</source>
            <translation>Ancien : le programme enregistré de {model} {serial} ({drug} {concentration}). Nouveau : les mêmes doses pour {new_drug} {new_concentration} de cette pompe.</translation>
        </message>
        <message>
            <source>Once per {hours} h:</source>
            <translation>Une fois par {hours} h :</translation>
        </message>
        <message>
            <source>Only digits and “{point}” can be typed here.</source>
            <translation>Seuls des chiffres et « {point} » peuvent être saisis ici.</translation>
        </message>
        <message>
            <source>Only for a pump started with a shared key (itb-emulator --key-file, or a keyed classroom station): the trainer gives the file. Only its path is remembered.</source>
            <translation>Uniquement pour une pompe démarrée avec une clé partagée (itb-emulator --key-file, ou un poste de formation à clé) : le formateur fournit le fichier. Seul son chemin est mémorisé.</translation>
        </message>
        <message>
            <source>Only {millilitres} in the reservoir: lower the dose or refill first.</source>
            <translation>Seulement {millilitres} dans le réservoir : baissez la dose ou remplissez d'abord.</translation>
        </message>
        <message>
            <source>Only {volume} in the new pump's reservoir: fill it first.</source>
            <translation>Seulement {volume} dans le réservoir de la nouvelle pompe : remplissez-la d'abord.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Open a debrief</source>
            <translation>Ouvrir un débriefing</translation>
        </message>
        <message>
            <source>Open a file saved by Pump &gt; Replace pump.</source>
            <translation>Ouvrez un fichier enregistré par Pompe &gt; Remplacer la pompe.</translation>
        </message>
        <message>
            <source>Open a saved file...</source>
            <translation>Ouvrir un fichier enregistré...</translation>
        </message>
        <message>
            <source>Open a saved pump</source>
            <translation>Ouvrir une pompe enregistrée</translation>
        </message>
        <message>
            <source>Open a saved scenario debrief: score, objectives, replay of the actions, PDF</source>
            <translation>Ouvrir un débriefing de scénario enregistré : score, objectifs, relecture des actions, PDF</translation>
        </message>
        <message>
            <source>Open a saved scenario debrief: score, objectives, replay, PDF</source>
            <translation>Ouvrir un débriefing de scénario enregistré : score, objectifs, relecture, PDF</translation>
        </message>
        <message>
            <source>Open a scenario</source>
            <translation>Ouvrir un scénario</translation>
        </message>
        <message>
            <source>Open a scenario file (.toml)</source>
            <translation>Ouvrir un fichier de scénario (.toml)</translation>
        </message>
        <message>
            <source>Open another debrief...</source>
            <translation>Ouvrir un autre débriefing...</translation>
        </message>
        <message>
            <source>Open debrief</source>
            <translation>Ouvrir le débriefing</translation>
        </message>
        <message>
            <source>Open debrief...</source>
            <translation>Ouvrir un débriefing...</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Ouvrir le dossier du journal</translation>
        </message>
        <message>
            <source>Open one classroom station with this scenario and connect this console to it</source>
            <translation>Ouvrir un poste de formation avec ce scénario et y connecter cette console</translation>
        </message>
        <message>
            <source>Open stations</source>
            <translation>Ouvrir des postes</translation>
        </message>
        <message>
            <source>Open stations first.</source>
            <translation>Ouvrez d'abord des postes.</translation>
        </message>
        <message>
            <source>Open the folder of the console's log file (to send it when something went wrong)</source>
            <translation>Ouvrir le dossier du fichier journal de la console (pour l'envoyer en cas de problème)</translation>
        </message>
        <message>
            <source>Open to the classroom network</source>
            <translation>Ouvrir au réseau de la salle</translation>
        </message>
        <message>
            <source>Open...</source>
            <translation>Ouvrir...</translation>
        </message>
        <message>
            <source>Opened the pump saved on {moment}. Check it is this patient's before going on.</source>
            <translation>Pompe enregistrée le {moment} ouverte. Vérifiez qu'elle est bien celle de ce patient avant de continuer.</translation>
        </message>
        <message>
            <source>Opened {name}, a shipped scenario: to make one of your own from it, give it a short name of its own and save it in your folder (Save asks where).</source>
            <translation>{name} ouvert, un scénario fourni : pour en faire le vôtre, donnez-lui un nom court propre et enregistrez-le dans votre dossier (Enregistrer demande où).</translation>
        </message>
        <message>
            <source>Opened {name}.</source>
            <translation>{name} ouvert.</translation>
        </message>
        <message>
            <source>Opened {name}; it does not load yet: see the check.</source>
            <translation>{name} ouvert ; il ne se charge pas encore : voir le contrôle.</translation>
        </message>
        <message>
            <source>Opened {path}</source>
            <translation>{path} ouvert</translation>
        </message>
        <message>
            <source>Opened {stations}{keyed}. Trainees connect their console to the address in 'Connect to'; press Start when ready.</source>
            <translation>{stations} ouvert(s){keyed}. Les stagiaires connectent leur console à l'adresse de « Se connecter à » ; appuyez sur Démarrer quand tout est prêt.</translation>
        </message>
        <message>
            <source>Opening {path}...</source>
            <translation>Ouverture de {path}...</translation>
        </message>
        <message>
            <source>Opening {stations} for '{title}'...</source>
            <translation>Ouverture de {stations} pour « {title} »...</translation>
        </message>
        <message>
            <source>Origin of the spasticity</source>
            <translation>Origine de la spasticité</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Over-infuse</source>
            <translation>Surdébit</translation>
        </message>
        <message>
            <source>Over-infusion (%)</source>
            <translation>Surdébit (%)</translation>
        </message>
        <message>
            <source>Override confirmed.</source>
            <translation>Dérogation confirmée.</translation>
        </message>
        <message>
            <source>Override: apply this dose outside the titration rules</source>
            <translation>Dérogation : appliquer cette dose hors des règles de titration</translation>
        </message>
        <message>
            <source>PAUSED</source>
            <translation>EN PAUSE</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Réussi</translation>
        </message>
        <message>
            <source>Past the replace-by date {day}: the pump may have reached end of service. Replace now; watch for withdrawal.</source>
            <translation>Date de remplacement {day} dépassée : la pompe a peut-être atteint sa fin de service. Remplacez-la maintenant ; surveillez un sevrage.</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Patient ID</source>
            <translation>ID patient</translation>
        </message>
        <message>
            <source>Patient and dose in force</source>
            <translation>Patient et dose en vigueur</translation>
        </message>
        <message>
            <source>Patient and implant record</source>
            <translation>Patient et dossier d'implant</translation>
        </message>
        <message>
            <source>Patient and implant record (at the end of the run)</source>
            <translation>Patient et dossier d'implant (à la fin du passage)</translation>
        </message>
        <message>
            <source>Patient id on the pump</source>
            <translation>Identifiant patient dans la pompe</translation>
        </message>
        <message>
            <source>Patient story</source>
            <translation>Histoire du patient</translation>
        </message>
        <message>
            <source>Patient, pump and implant</source>
            <translation>Patient, pompe et implant</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Pause or resume pump time</source>
            <translation>Mettre en pause ou reprendre le temps de la pompe</translation>
        </message>
        <message>
            <source>Pending pump mode</source>
            <translation>Mode de pompe en attente</translation>
        </message>
        <message>
            <source>PgDown or -</source>
            <translation>Pg suiv ou -</translation>
        </message>
        <message>
            <source>PgUp or +</source>
            <translation>Pg préc ou +</translation>
        </message>
        <message>
            <source>Plan from</source>
            <translation>Planifier à partir de</translation>
        </message>
        <message>
            <source>Plan the replacement surgery before end of service (EOS). At EOS the pump stops delivering baclofen and can no longer be programmed: abrupt withdrawal is dangerous.</source>
            <translation>Planifiez l'intervention de remplacement avant la fin de service (EOS). À l'EOS, la pompe cesse d'administrer le baclofène et ne peut plus être programmée : un sevrage brutal est dangereux.</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Lire</translation>
        </message>
        <message>
            <source>Play both alarm tones</source>
            <translation>Jouer les deux tonalités d'alarme</translation>
        </message>
        <message>
            <source>Play the pump's alarm tones</source>
            <translation>Jouer les tonalités d'alarme de la pompe</translation>
        </message>
        <message>
            <source>Played the critical two-tone, then the non-critical single tone.</source>
            <translation>Tonalité critique à deux tons jouée, puis la tonalité non critique simple.</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Points (weight)</source>
            <translation>Points (poids)</translation>
        </message>
        <message>
            <source>Post-MRI check recorded</source>
            <translation>Contrôle post-IRM enregistré</translation>
        </message>
        <message>
            <source>Post-MRI check: stall, recovery, delayed restart</source>
            <translation>Contrôle post-IRM : blocage, reprise, redémarrage retardé</translation>
        </message>
        <message>
            <source>Preferences - training mock</source>
            <translation>Préférences – maquette de formation</translation>
        </message>
        <message>
            <source>Preferences...</source>
            <translation>Préférences...</translation>
        </message>
        <message>
            <source>Preferences: soft limits, units, editor snap, refill alarm, alarm sound</source>
            <translation>Préférences : limites souples, unités, magnétisme de l'éditeur, alarme de remplissage, son</translation>
        </message>
        <message>
            <source>Presentation header</source>
            <translation>En-tête de présentation</translation>
        </message>
        <message>
            <source>Presentation mode</source>
            <translation>Mode présentation</translation>
        </message>
        <message>
            <source>Presentation mode on or off: full screen, large type, pump clock, time control</source>
            <translation>Mode présentation activé ou non : plein écran, grands caractères, horloge de la pompe, contrôle du temps</translation>
        </message>
        <message>
            <source>Presenting: pause or resume pump time (simulated pump only)</source>
            <translation>Présentation : mettre en pause ou reprendre le temps de la pompe (pompe simulée uniquement)</translation>
        </message>
        <message>
            <source>Presenting: pump time faster (x1, x60, x3600, x86400, x1,000,000)</source>
            <translation>Présentation : temps de la pompe plus rapide (x1, x60, x3600, x86400, x1 000 000)</translation>
        </message>
        <message>
            <source>Presenting: pump time slower</source>
            <translation>Présentation : temps de la pompe plus lent</translation>
        </message>
        <message>
            <source>Preview the session report and print it</source>
            <translation>Prévisualiser le rapport de session et l'imprimer</translation>
        </message>
        <message>
            <source>Prime the new pump</source>
            <translation>Amorcer la nouvelle pompe</translation>
        </message>
        <message>
            <source>Priming bolus</source>
            <translation>Bolus d'amorçage</translation>
        </message>
        <message>
            <source>Priming bolus (new catheter or pump)</source>
            <translation>Bolus d'amorçage (nouveau cathéter ou nouvelle pompe)</translation>
        </message>
        <message>
            <source>Priming volume, worked</source>
            <translation>Volume d'amorçage, calculé</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Aperçu avant impression</translation>
        </message>
        <message>
            <source>Print preview of the session report (or the PDF if no printer)</source>
            <translation>Aperçu avant impression du rapport de session (ou le PDF s'il n'y a pas d'imprimante)</translation>
        </message>
        <message>
            <source>Print preview...</source>
            <translation>Aperçu avant impression...</translation>
        </message>
        <message>
            <source>Program (from, mcg/day)</source>
            <translation>Programme (à partir de, mcg/jour)</translation>
        </message>
        <message>
            <source>Program after the session ({change})</source>
            <translation>Programme après la session ({change})</translation>
        </message>
        <message>
            <source>Program before the session</source>
            <translation>Programme avant la session</translation>
        </message>
        <message>
            <source>Program changed</source>
            <translation>Programme modifié</translation>
        </message>
        <message>
            <source>Program for the drug in the reservoir, or refill with the new concentration first.</source>
            <translation>Programmez pour le médicament du réservoir, ou remplissez d'abord avec la nouvelle concentration.</translation>
        </message>
        <message>
            <source>Program in force</source>
            <translation>Programme en vigueur</translation>
        </message>
        <message>
            <source>Program send failed</source>
            <translation>Échec de l'envoi du programme</translation>
        </message>
        <message>
            <source>Program sent</source>
            <translation>Programme envoyé</translation>
        </message>
        <message>
            <source>Program steps</source>
            <translation>Étapes du programme</translation>
        </message>
        <message>
            <source>Program the new pump</source>
            <translation>Programmer la nouvelle pompe</translation>
        </message>
        <message>
            <source>Program unchanged in dose, rewritten for the new concentration.</source>
            <translation>Programme inchangé en dose, réécrit pour la nouvelle concentration.</translation>
        </message>
        <message>
            <source>Program unchanged in dose.</source>
            <translation>Programme inchangé en dose.</translation>
        </message>
        <message>
            <source>Programming session closed</source>
            <translation>Session de programmation fermée</translation>
        </message>
        <message>
            <source>Programming session opened</source>
            <translation>Session de programmation ouverte</translation>
        </message>
        <message>
            <source>Proposed daily dose in micrograms per day</source>
            <translation>Dose journalière proposée en microgrammes par jour</translation>
        </message>
        <message>
            <source>Proposed next-day dose</source>
            <translation>Dose proposée pour le lendemain</translation>
        </message>
        <message>
            <source>Pump</source>
            <translation>Pompe</translation>
        </message>
        <message>
            <source>Pump afterwards</source>
            <translation>Pompe ensuite</translation>
        </message>
        <message>
            <source>Pump alarms</source>
            <translation>Alarmes de la pompe</translation>
        </message>
        <message>
            <source>Pump and patient</source>
            <translation>Pompe et patient</translation>
        </message>
        <message>
            <source>Pump as found</source>
            <translation>Pompe telle que trouvée</translation>
        </message>
        <message>
            <source>Pump clock</source>
            <translation>Horloge de la pompe</translation>
        </message>
        <message>
            <source>Pump clock ahead by (min)</source>
            <translation>Horloge de la pompe en avance de (min)</translation>
        </message>
        <message>
            <source>Pump clock correct (within {span}).</source>
            <translation>Horloge de la pompe correcte (à {span} près).</translation>
        </message>
        <message>
            <source>Pump clock drift (ppm)</source>
            <translation>Dérive de l'horloge de la pompe (ppm)</translation>
        </message>
        <message>
            <source>Pump clock is {span} ahead of local time.</source>
            <translation>L'horloge de la pompe avance de {span} sur l'heure locale.</translation>
        </message>
        <message>
            <source>Pump clock is {span} behind local time.</source>
            <translation>L'horloge de la pompe retarde de {span} sur l'heure locale.</translation>
        </message>
        <message>
            <source>Pump clock set</source>
            <translation>Horloge de la pompe réglée</translation>
        </message>
        <message>
            <source>Pump event log</source>
            <translation>Journal des événements de la pompe</translation>
        </message>
        <message>
            <source>Pump event log - training mock</source>
            <translation>Journal des événements de la pompe – maquette de formation</translation>
        </message>
        <message>
            <source>Pump implanted</source>
            <translation>Pompe implantée</translation>
        </message>
        <message>
            <source>Pump interrogated</source>
            <translation>Pompe interrogée</translation>
        </message>
        <message>
            <source>Pump model</source>
            <translation>Modèle de pompe</translation>
        </message>
        <message>
            <source>Pump replace-by</source>
            <translation>Remplacement de la pompe avant</translation>
        </message>
        <message>
            <source>Pump serial</source>
            <translation>Numéro de série de la pompe</translation>
        </message>
        <message>
            <source>Pump side after this action</source>
            <translation>Côté pompe après cette action</translation>
        </message>
        <message>
            <source>Pump status</source>
            <translation>État de la pompe</translation>
        </message>
        <message>
            <source>Pump time</source>
            <translation>Heure de la pompe</translation>
        </message>
        <message>
            <source>Pump time can be sped up on the simulated pump (sim://) only; an emulator runs at its own --speed.</source>
            <translation>Le temps de la pompe ne peut être accéléré que sur la pompe simulée (sim://) ; un émulateur tourne à sa propre vitesse --speed.</translation>
        </message>
        <message>
            <source>Pump time faster</source>
            <translation>Temps de la pompe plus rapide</translation>
        </message>
        <message>
            <source>Pump time runs at</source>
            <translation>Le temps de la pompe tourne à</translation>
        </message>
        <message>
            <source>Pump time slower</source>
            <translation>Temps de la pompe plus lent</translation>
        </message>
        <message>
            <source>Pump time speed</source>
            <translation>Vitesse du temps de la pompe</translation>
        </message>
        <message>
            <source>Pump time: {message}</source>
            <translation>Temps de la pompe : {message}</translation>
        </message>
        <message>
            <source>Pump values as last read at {time}, {age} before this report was made; then {since}: they were not read again, so nothing here was verified when the report was made.</source>
            <translation>Valeurs de la pompe telles que lues à {time}, {age} avant la création de ce rapport ; puis {since} : elles n'ont pas été relues, rien ici n'a donc été vérifié lors de la création du rapport.</translation>
        </message>
        <message>
            <source>Pump values read at {time}, connected.</source>
            <translation>Valeurs de la pompe lues à {time}, connectée.</translation>
        </message>
        <message>
            <source>Qt and PySide6 are used under the GNU LGPL version 3; their source is at download.qt.io and code.qt.io/pyside.</source>
            <translation>Qt et PySide6 sont utilisés sous la GNU LGPL version 3 ; leur source est sur download.qt.io et code.qt.io/pyside.</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Quit the console (asks first if edits are unsent or the pump is stopped)</source>
            <translation>Quitter la console (demande d'abord si des modifications n'ont pas été envoyées ou si la pompe est à l'arrêt)</translation>
        </message>
        <message>
            <source>REACHED</source>
            <translation>ATTEINTE</translation>
        </message>
        <message>
            <source>Raise / lower the selected step's dose by one unit (Shift: x10)</source>
            <translation>Augmenter / baisser la dose de l'étape sélectionnée d'une unité (Maj : x10)</translation>
        </message>
        <message>
            <source>Raise alarm</source>
            <translation>Déclencher l'alarme</translation>
        </message>
        <message>
            <source>Raw record</source>
            <translation>Enregistrement brut</translation>
        </message>
        <message>
            <source>Read again</source>
            <translation>Relire</translation>
        </message>
        <message>
            <source>Read back from the pump (pump clock {moment}): reservoir {volume} of {drug} {concentration}; low-reservoir alarm at {alarm}; program {dose} ({rate}) at {program_concentration}, {mode}.</source>
            <translation>Relu sur la pompe (horloge de la pompe {moment}) : réservoir {volume} de {drug} {concentration} ; alarme de réservoir bas à {alarm} ; programme {dose} ({rate}) à {program_concentration}, {mode}.</translation>
        </message>
        <message>
            <source>Read the event log again</source>
            <translation>Relire le journal des événements</translation>
        </message>
        <message>
            <source>Read the log and the pump again</source>
            <translation>Relire le journal et la pompe</translation>
        </message>
        <message>
            <source>Read the old pump and keep its program, drug and implant record in a file: the new pump is programmed from it. A file saved earlier can be opened instead.</source>
            <translation>Interrogez l'ancienne pompe et conservez son programme, son médicament et son dossier d'implant dans un fichier : la nouvelle pompe est programmée à partir de celui-ci. Un fichier enregistré auparavant peut être ouvert à la place.</translation>
        </message>
        <message>
            <source>Read the pump again</source>
            <translation>Relire la pompe</translation>
        </message>
        <message>
            <source>Read {time}, connected</source>
            <translation>Lue à {time}, connectée</translation>
        </message>
        <message>
            <source>Reading the log from the pump...</source>
            <translation>Lecture du journal de la pompe...</translation>
        </message>
        <message>
            <source>Reading the pump (status and implant record)...</source>
            <translation>Lecture de la pompe (état et dossier d'implant)...</translation>
        </message>
        <message>
            <source>Reading the pump's event log for the last dose change...</source>
            <translation>Lecture du journal de la pompe pour le dernier changement de dose...</translation>
        </message>
        <message>
            <source>Reading the pump's event log...</source>
            <translation>Lecture du journal des événements de la pompe...</translation>
        </message>
        <message>
            <source>Reading the pump's implant record (the catheter)...</source>
            <translation>Lecture du dossier d'implant de la pompe (le cathéter)...</translation>
        </message>
        <message>
            <source>Reading the scenario files in {folder}...</source>
            <translation>Lecture des fichiers de scénario dans {folder}...</translation>
        </message>
        <message>
            <source>Reading {path}...</source>
            <translation>Lecture de {path}...</translation>
        </message>
        <message>
            <source>Reason for a catheter other than the saved one</source>
            <translation>Motif d'un cathéter différent de celui enregistré</translation>
        </message>
        <message>
            <source>Reason for a change:</source>
            <translation>Motif de la modification :</translation>
        </message>
        <message>
            <source>Reason for changing the implant record</source>
            <translation>Motif de modification du dossier d'implant</translation>
        </message>
        <message>
            <source>Reason for the change:</source>
            <translation>Motif de la modification :</translation>
        </message>
        <message>
            <source>Reason for the override</source>
            <translation>Motif de la dérogation</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Motif :</translation>
        </message>
        <message>
            <source>Reattached to the classroom this console left running when it last closed unexpectedly: its {stations} kept serving their trainees. Who sat where was not kept; it is asked again at End and score.</source>
            <translation>Rattaché à la salle que cette console a laissée en marche lors de sa dernière fermeture inattendue : ses {stations} ont continué à servir leurs stagiaires. Qui était où n'a pas été conservé ; c'est redemandé à Terminer et noter.</translation>
        </message>
        <message>
            <source>Reconnect (Ctrl+K), interrogate (F5) and save the report again before relying on it.</source>
            <translation>Reconnectez (Ctrl+K), interrogez (F5) et enregistrez de nouveau le rapport avant de vous y fier.</translation>
        </message>
        <message>
            <source>Reconnect if needed and interrogate (F5): check {what} before anything else.</source>
            <translation>Reconnectez-vous si besoin et interrogez (F5) : vérifiez {what} avant toute autre chose.</translation>
        </message>
        <message>
            <source>Reconnect to the old pump and try again.</source>
            <translation>Reconnectez-vous à l'ancienne pompe et réessayez.</translation>
        </message>
        <message>
            <source>Record read</source>
            <translation>Dossier lu</translation>
        </message>
        <message>
            <source>Record result</source>
            <translation>Enregistrer le résultat</translation>
        </message>
        <message>
            <source>Record the check</source>
            <translation>Enregistrer le contrôle</translation>
        </message>
        <message>
            <source>Record the screening result in the session log</source>
            <translation>Enregistrer le résultat du dépistage dans le journal de session</translation>
        </message>
        <message>
            <source>Recorded in the trainee records: {runs}.</source>
            <translation>Enregistré dans les dossiers des stagiaires : {runs}.</translation>
        </message>
        <message>
            <source>Records database problem</source>
            <translation>Problème de base de données des dossiers</translation>
        </message>
        <message>
            <source>Records messages</source>
            <translation>Messages des dossiers</translation>
        </message>
        <message>
            <source>Recovery not yet logged: interrogate again</source>
            <translation>Reprise pas encore enregistrée : interrogez de nouveau</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Refaire</translation>
        </message>
        <message>
            <source>Redo the edit undone</source>
            <translation>Refaire la modification annulée</translation>
        </message>
        <message>
            <source>Redo: {edit}</source>
            <translation>Refaire : {edit}</translation>
        </message>
        <message>
            <source>Refill</source>
            <translation>Remplissage</translation>
        </message>
        <message>
            <source>Refill - training mock</source>
            <translation>Remplissage – maquette de formation</translation>
        </message>
        <message>
            <source>Refill by (alarm date)</source>
            <translation>Remplir avant (date d'alarme)</translation>
        </message>
        <message>
            <source>Refill immediately and watch the patient for withdrawal.</source>
            <translation>Remplissez immédiatement et surveillez un sevrage chez le patient.</translation>
        </message>
        <message>
            <source>Refill in this run</source>
            <translation>Remplissage dans ce passage</translation>
        </message>
        <message>
            <source>Refill the pump now or plan a refill within days. Check the refill date.</source>
            <translation>Remplissez la pompe maintenant ou planifiez un remplissage dans les jours qui viennent. Vérifiez la date de remplissage.</translation>
        </message>
        <message>
            <source>Refill the pump: withdraw, compare, fill, verify</source>
            <translation>Remplir la pompe : retirer, comparer, remplir, vérifier</translation>
        </message>
        <message>
            <source>Refill...</source>
            <translation>Remplissage...</translation>
        </message>
        <message>
            <source>Refill: withdraw and compare, fill by double entry, send and verify</source>
            <translation>Remplissage : retirer et comparer, remplir par double saisie, envoyer et vérifier</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Refresh the lists of emulators and serial ports</source>
            <translation>Actualiser les listes d'émulateurs et de ports série</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove last bolus</source>
            <translation>Retirer le dernier bolus</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Retirer l'étape</translation>
        </message>
        <message>
            <source>Replace by</source>
            <translation>Remplacer avant</translation>
        </message>
        <message>
            <source>Replace pump - training mock</source>
            <translation>Remplacer la pompe – maquette de formation</translation>
        </message>
        <message>
            <source>Replace pump...</source>
            <translation>Remplacer la pompe...</translation>
        </message>
        <message>
            <source>Replace pump: save the old pump, connect, prime, record and program the new one</source>
            <translation>Remplacer la pompe : enregistrer l'ancienne, connecter, amorcer, enregistrer le dossier et programmer la nouvelle</translation>
        </message>
        <message>
            <source>Replace the pump now. Treat as an interrupted infusion: watch for withdrawal.</source>
            <translation>Remplacez la pompe maintenant. Traitez comme une perfusion interrompue : surveillez un sevrage.</translation>
        </message>
        <message>
            <source>Replace the pump by</source>
            <translation>Remplacer la pompe avant le</translation>
        </message>
        <message>
            <source>Replacement dates; check and set the pump clock</source>
            <translation>Dates de remplacement ; contrôler et régler l'horloge de la pompe</translation>
        </message>
        <message>
            <source>Replacement done: {serial} runs the saved doses. Print the session report (Ctrl+P) and plan the next refill from the new reservoir.</source>
            <translation>Remplacement terminé : {serial} administre les doses enregistrées. Imprimez le rapport de session (Ctrl+P) et planifiez le prochain remplissage d'après le nouveau réservoir.</translation>
        </message>
        <message>
            <source>Replacement indicator</source>
            <translation>Indicateur de remplacement</translation>
        </message>
        <message>
            <source>Reservoir</source>
            <translation>Réservoir</translation>
        </message>
        <message>
            <source>Reservoir (mL)</source>
            <translation>Réservoir (mL)</translation>
        </message>
        <message>
            <source>Reservoir empty</source>
            <translation>Réservoir vide</translation>
        </message>
        <message>
            <source>Reservoir empty: {time} ({when})</source>
            <translation>Réservoir vide : {time} ({when})</translation>
        </message>
        <message>
            <source>Reservoir gauge</source>
            <translation>Jauge du réservoir</translation>
        </message>
        <message>
            <source>Reservoir now</source>
            <translation>Réservoir actuel</translation>
        </message>
        <message>
            <source>Reservoir now {volume} (calculated), low-reservoir alarm at {alarm}.</source>
            <translation>Réservoir actuel {volume} (calculé), alarme de réservoir bas à {alarm}.</translation>
        </message>
        <message>
            <source>Reservoir outlook</source>
            <translation>Perspectives du réservoir</translation>
        </message>
        <message>
            <source>Reservoir, pump's figure (mL)</source>
            <translation>Réservoir, valeur de la pompe (mL)</translation>
        </message>
        <message>
            <source>Reservoir, truly left (mL)</source>
            <translation>Réservoir, réellement restant (mL)</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Response to the bolus</source>
            <translation>Réponse au bolus</translation>
        </message>
        <message>
            <source>Response:</source>
            <translation>Réponse :</translation>
        </message>
        <message>
            <source>Restart crashed</source>
            <translation>Redémarrer les postes plantés</translation>
        </message>
        <message>
            <source>Restart delayed by (hours)</source>
            <translation>Redémarrage retardé de (heures)</translation>
        </message>
        <message>
            <source>Restarted {names} from the scenario's start; trainees reconnect to the same address.</source>
            <translation>{names} redémarré(s) depuis le début du scénario ; les stagiaires se reconnectent à la même adresse.</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Result of applying the dose to the draft</source>
            <translation>Résultat de l'application de la dose au brouillon</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Revenir</translation>
        </message>
        <message>
            <source>Revert to the program in force</source>
            <translation>Revenir au programme en vigueur</translation>
        </message>
        <message>
            <source>Review &amp;&amp; send...</source>
            <translation>Vérifier &amp;&amp; envoyer...</translation>
        </message>
        <message>
            <source>Review (soft limits)</source>
            <translation>Vérification (limites souples)</translation>
        </message>
        <message>
            <source>Review and send - training mock</source>
            <translation>Vérifier et envoyer – maquette de formation</translation>
        </message>
        <message>
            <source>Review and send again.</source>
            <translation>Vérifiez et envoyez à nouveau.</translation>
        </message>
        <message>
            <source>Review and send the new program</source>
            <translation>Vérifier et envoyer le nouveau programme</translation>
        </message>
        <message>
            <source>Review and send the pending program</source>
            <translation>Vérifier et envoyer le programme en attente</translation>
        </message>
        <message>
            <source>Review and send...</source>
            <translation>Vérifier et envoyer...</translation>
        </message>
        <message>
            <source>Review the changes and send them to the pump</source>
            <translation>Vérifier les modifications et les envoyer à la pompe</translation>
        </message>
        <message>
            <source>Review the program, then Send to pump.</source>
            <translation>Vérifiez le programme, puis Envoyer à la pompe.</translation>
        </message>
        <message>
            <source>Right-click</source>
            <translation>Clic droit</translation>
        </message>
        <message>
            <source>Rules (label)</source>
            <translation>Règles (notice)</translation>
        </message>
        <message>
            <source>Run scenarios on trainee stations: time, faults, watching, scoring</source>
            <translation>Lancer des scénarios sur les postes des stagiaires : temps, pannes, suivi, notation</translation>
        </message>
        <message>
            <source>Run the simulated pump's clock faster: x1, x60, x3600, x86400, x1,000,000</source>
            <translation>Faire tourner l'horloge de la pompe simulée plus vite : x1, x60, x3600, x86400, x1 000 000</translation>
        </message>
        <message>
            <source>Run the simulated pump's clock slower</source>
            <translation>Faire tourner l'horloge de la pompe simulée moins vite</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>En marche</translation>
        </message>
        <message>
            <source>Running emulator</source>
            <translation>Émulateur en cours</translation>
        </message>
        <message>
            <source>Running emulators</source>
            <translation>Émulateurs en cours</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Passages</translation>
        </message>
        <message>
            <source>Runs (points won of the maximum, per objective)</source>
            <translation>Passages (points obtenus sur le maximum, par objectif)</translation>
        </message>
        <message>
            <source>Runs of the scenario</source>
            <translation>Passages du scénario</translation>
        </message>
        <message>
            <source>STOPPED</source>
            <translation>À L'ARRÊT</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Save as...</source>
            <translation>Enregistrer sous...</translation>
        </message>
        <message>
            <source>Save debrief PDF...</source>
            <translation>Enregistrer le débriefing en PDF...</translation>
        </message>
        <message>
            <source>Save debrief...</source>
            <translation>Enregistrer le débriefing...</translation>
        </message>
        <message>
            <source>Save the debrief</source>
            <translation>Enregistrer le débriefing</translation>
        </message>
        <message>
            <source>Save the debrief as PDF</source>
            <translation>Enregistrer le débriefing en PDF</translation>
        </message>
        <message>
            <source>Save the old pump</source>
            <translation>Enregistrer l'ancienne pompe</translation>
        </message>
        <message>
            <source>Save the old pump, connect the new one, prime, write the record, program</source>
            <translation>Enregistrer l'ancienne pompe, connecter la nouvelle, amorcer, écrire le dossier, programmer</translation>
        </message>
        <message>
            <source>Save the scenario as</source>
            <translation>Enregistrer le scénario sous</translation>
        </message>
        <message>
            <source>Save the session report</source>
            <translation>Enregistrer le rapport de session</translation>
        </message>
        <message>
            <source>Save the session report (PDF and JSON)</source>
            <translation>Enregistrer le rapport de session (PDF et JSON)</translation>
        </message>
        <message>
            <source>Save the session report as PDF and JSON</source>
            <translation>Enregistrer le rapport de session en PDF et JSON</translation>
        </message>
        <message>
            <source>Save to a new file</source>
            <translation>Enregistrer dans un nouveau fichier</translation>
        </message>
        <message>
            <source>Save to this scenario's file</source>
            <translation>Enregistrer dans le fichier de ce scénario</translation>
        </message>
        <message>
            <source>Saved pumps ({pattern})</source>
            <translation>Pompes enregistrées ({pattern})</translation>
        </message>
        <message>
            <source>Saved to {path} and read back: the file holds exactly what the pump reported.</source>
            <translation>Enregistré dans {path} et relu : le fichier contient exactement ce que la pompe a indiqué.</translation>
        </message>
        <message>
            <source>Saved {name} in {parent}; the instructor panel lists it.</source>
            <translation>{name} enregistré dans {parent} ; le panneau formateur le liste.</translation>
        </message>
        <message>
            <source>Saved {path} (and {json}).</source>
            <translation>{path} enregistré (et {json}).</translation>
        </message>
        <message>
            <source>Saved {path} and {name}.</source>
            <translation>{path} et {name} enregistrés.</translation>
        </message>
        <message>
            <source>Saved {path}.</source>
            <translation>{path} enregistré.</translation>
        </message>
        <message>
            <source>Saving the debrief of {name}...</source>
            <translation>Enregistrement du débriefing de {name}...</translation>
        </message>
        <message>
            <source>Saving to {path}, then reading it back...</source>
            <translation>Enregistrement dans {path}, puis relecture...</translation>
        </message>
        <message>
            <source>Saving {path}...</source>
            <translation>Enregistrement de {path}...</translation>
        </message>
        <message>
            <source>Scale the pending program to the proposed dose</source>
            <translation>Mettre le programme en attente à l'échelle de la dose proposée</translation>
        </message>
        <message>
            <source>Scan lasts (minutes)</source>
            <translation>Durée de l'examen (minutes)</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scénario</translation>
        </message>
        <message>
            <source>Scenario &lt;b&gt;{title}&lt;/b&gt; ({scenario_id}), printed {moment} UTC from the trainee records.</source>
            <translation>Scénario &lt;b&gt;{title}&lt;/b&gt; ({scenario_id}), imprimé le {moment} UTC depuis les dossiers des stagiaires.</translation>
        </message>
        <message>
            <source>Scenario editor - {name}{mark} - {training_mark}</source>
            <translation>Éditeur de scénarios – {name}{mark} – {training_mark}</translation>
        </message>
        <message>
            <source>Scenario editor...</source>
            <translation>Éditeur de scénarios...</translation>
        </message>
        <message>
            <source>Scenario editor: write a scenario in a form, check it, Try it</source>
            <translation>Éditeur de scénarios : écrire un scénario dans un formulaire, le vérifier, l'essayer</translation>
        </message>
        <message>
            <source>Scenario of the cohort</source>
            <translation>Scénario de la cohorte</translation>
        </message>
        <message>
            <source>Scenario, trainee, session, score, patient and implant</source>
            <translation>Scénario, stagiaire, session, score, patient et implant</translation>
        </message>
        <message>
            <source>Scenario:</source>
            <translation>Scénario :</translation>
        </message>
        <message>
            <source>Scenarios (*.toml)</source>
            <translation>Scénarios (*.toml)</translation>
        </message>
        <message>
            <source>Schedule pump replacement now; note the replace-by date.</source>
            <translation>Planifiez le remplacement de la pompe maintenant ; notez la date limite de remplacement.</translation>
        </message>
        <message>
            <source>Schedule steps table</source>
            <translation>Tableau des étapes du programme</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Score (%)</source>
            <translation>Score (%)</translation>
        </message>
        <message>
            <source>Score and record</source>
            <translation>Noter et enregistrer</translation>
        </message>
        <message>
            <source>Score over time</source>
            <translation>Score dans le temps</translation>
        </message>
        <message>
            <source>Score {score}</source>
            <translation>Score {score}</translation>
        </message>
        <message>
            <source>Scored by</source>
            <translation>Noté par</translation>
        </message>
        <message>
            <source>Screening bolus dose in micrograms</source>
            <translation>Dose du bolus test en microgrammes</translation>
        </message>
        <message>
            <source>Screening boluses given</source>
            <translation>Bolus test administrés</translation>
        </message>
        <message>
            <source>Screening boluses, candidacy and the starting dose</source>
            <translation>Bolus test, candidature et dose initiale</translation>
        </message>
        <message>
            <source>Screening is finished: remove the last bolus to change it.</source>
            <translation>Le dépistage est terminé : retirez le dernier bolus pour le modifier.</translation>
        </message>
        <message>
            <source>Screening outcome</source>
            <translation>Résultat du dépistage</translation>
        </message>
        <message>
            <source>Screening trial - training mock</source>
            <translation>Test de dépistage – maquette de formation</translation>
        </message>
        <message>
            <source>Search the event log</source>
            <translation>Rechercher dans le journal des événements</translation>
        </message>
        <message>
            <source>Search the log</source>
            <translation>Rechercher dans le journal</translation>
        </message>
        <message>
            <source>Search trainee id or name</source>
            <translation>Rechercher un identifiant ou un nom de stagiaire</translation>
        </message>
        <message>
            <source>Search trainees</source>
            <translation>Rechercher des stagiaires</translation>
        </message>
        <message>
            <source>Select an event to see its record as the pump stored it.</source>
            <translation>Sélectionnez un événement pour voir son enregistrement tel que la pompe l'a stocké.</translation>
        </message>
        <message>
            <source>Select the previous / next step (timeline focused)</source>
            <translation>Sélectionner l'étape précédente / suivante (chronologie active)</translation>
        </message>
        <message>
            <source>Selected event, in words and as stored in the pump:</source>
            <translation>Événement sélectionné, en mots et tel que stocké dans la pompe :</translation>
        </message>
        <message>
            <source>Send program</source>
            <translation>Envoi du programme</translation>
        </message>
        <message>
            <source>Send result</source>
            <translation>Résultat de l'envoi</translation>
        </message>
        <message>
            <source>Send the new program to the pump</source>
            <translation>Envoyer le nouveau programme à la pompe</translation>
        </message>
        <message>
            <source>Send the program again.</source>
            <translation>Envoyez de nouveau le programme.</translation>
        </message>
        <message>
            <source>Send the program again; if it happens again, check the link.</source>
            <translation>Envoyez de nouveau le programme ; si cela se reproduit, vérifiez la liaison.</translation>
        </message>
        <message>
            <source>Send to pump</source>
            <translation>Envoyer à la pompe</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Envoi</translation>
        </message>
        <message>
            <source>Sending program</source>
            <translation>Envoi du programme</translation>
        </message>
        <message>
            <source>Sending the refill, then reading the pump back...</source>
            <translation>Envoi du remplissage, puis relecture de la pompe...</translation>
        </message>
        <message>
            <source>Sending, then reading the program back to verify...</source>
            <translation>Envoi, puis relecture du programme pour vérification...</translation>
        </message>
        <message>
            <source>Sent to the pump: what it answered and what was read back is below.</source>
            <translation>Envoyé à la pompe : sa réponse et ce qui a été relu figurent ci-dessous.</translation>
        </message>
        <message>
            <source>Sent; waiting for the pump's answer and the read-back...</source>
            <translation>Envoyé ; en attente de la réponse de la pompe et de la relecture...</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>Numéro de série</translation>
        </message>
        <message>
            <source>Serial port</source>
            <translation>Port série</translation>
        </message>
        <message>
            <source>Serial ports</source>
            <translation>Ports série</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Session (world time)</source>
            <translation>Session (heure réelle)</translation>
        </message>
        <message>
            <source>Session (world time): {span}</source>
            <translation>Session (heure réelle) : {span}</translation>
        </message>
        <message>
            <source>Session closed</source>
            <translation>Session fermée</translation>
        </message>
        <message>
            <source>Session closed before the pump was read.</source>
            <translation>Session fermée avant la lecture de la pompe.</translation>
        </message>
        <message>
            <source>Session report</source>
            <translation>Rapport de session</translation>
        </message>
        <message>
            <source>Session report - print preview (training mock)</source>
            <translation>Rapport de session – aperçu avant impression (maquette de formation)</translation>
        </message>
        <message>
            <source>Session report saved</source>
            <translation>Rapport de session enregistré</translation>
        </message>
        <message>
            <source>Session report...</source>
            <translation>Rapport de session...</translation>
        </message>
        <message>
            <source>Session {time}</source>
            <translation>Session {time}</translation>
        </message>
        <message>
            <source>Set by the next step's start</source>
            <translation>Fixé par le début de l'étape suivante</translation>
        </message>
        <message>
            <source>Set clock</source>
            <translation>Réglage de l'horloge</translation>
        </message>
        <message>
            <source>Set it to {time}.</source>
            <translation>Réglez-la sur {time}.</translation>
        </message>
        <message>
            <source>Set mode to {mode}</source>
            <translation>Passer au mode {mode}</translation>
        </message>
        <message>
            <source>Set pump clock to local time</source>
            <translation>Régler l'horloge de la pompe sur l'heure locale</translation>
        </message>
        <message>
            <source>Set step {step} to {dose}</source>
            <translation>Régler l'étape {step} à {dose}</translation>
        </message>
        <message>
            <source>Set the pump clock to local time</source>
            <translation>Régler l'horloge de la pompe sur l'heure locale</translation>
        </message>
        <message>
            <source>Setting the pump clock, then reading it back...</source>
            <translation>Réglage de l'horloge de la pompe, puis relecture...</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Nom court</translation>
        </message>
        <message>
            <source>Show doses in the next unit (mcg/day, mcg/h, mL/day)</source>
            <translation>Afficher les doses dans l'unité suivante (mcg/jour, mcg/h, mL/jour)</translation>
        </message>
        <message>
            <source>Show doses in:</source>
            <translation>Afficher les doses en :</translation>
        </message>
        <message>
            <source>Show events of kind</source>
            <translation>Afficher les événements du type</translation>
        </message>
        <message>
            <source>Show what the alarm means and what to do</source>
            <translation>Afficher ce que signifie l'alarme et que faire</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Afficher :</translation>
        </message>
        <message>
            <source>Signature:</source>
            <translation>Signature :</translation>
        </message>
        <message>
            <source>Simulated pump (in this program)</source>
            <translation>Pompe simulée (dans ce programme)</translation>
        </message>
        <message>
            <source>Simulated pump profile</source>
            <translation>Profil de la pompe simulée</translation>
        </message>
        <message>
            <source>Since start
(h:min:s)</source>
            <translation>Depuis le début
(h:min:s)</translation>
        </message>
        <message>
            <source>Since start (h:min:s)</source>
            <translation>Depuis le début (h:min:s)</translation>
        </message>
        <message>
            <source>Smallest bolus (mL)</source>
            <translation>Plus petit bolus (mL)</translation>
        </message>
        <message>
            <source>Soft limit: daily dose change in percent</source>
            <translation>Limite souple : changement de la dose journalière en pourcentage</translation>
        </message>
        <message>
            <source>Soft limit: step dose ceiling in mcg per day</source>
            <translation>Limite souple : plafond de dose d'une étape en mcg par jour</translation>
        </message>
        <message>
            <source>Soft limits, units, editor snap, refill alarm default, alarm sound</source>
            <translation>Limites souples, unités, magnétisme de l'éditeur, alarme de remplissage par défaut, son</translation>
        </message>
        <message>
            <source>Soft-limit warning overridden</source>
            <translation>Avertissement de limite souple outrepassé</translation>
        </message>
        <message>
            <source>Soft-limit warnings</source>
            <translation>Avertissements de limites souples</translation>
        </message>
        <message>
            <source>Something went wrong inside the console: {error}
Where: {where}.

{kept}

If a pump command was under way, interrogate the pump (F5) to see it as it is before going on.</source>
            <translation>Une erreur s'est produite dans la console : {error}
Où : {where}.

{kept}

Si une commande de pompe était en cours, interrogez la pompe (F5) pour la voir telle qu'elle est avant de continuer.</translation>
        </message>
        <message>
            <source>Source commit</source>
            <translation>Commit source</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Espace</translation>
        </message>
        <message>
            <source>Space resumes at {speed}</source>
            <translation>Espace reprend à {speed}</translation>
        </message>
        <message>
            <source>Spasticity origin</source>
            <translation>Origine de la spasticité</translation>
        </message>
        <message>
            <source>Spasticity:</source>
            <translation>Spasticité :</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Vitesse</translation>
        </message>
        <message>
            <source>Speed:</source>
            <translation>Vitesse :</translation>
        </message>
        <message>
            <source>Spinal cord origin</source>
            <translation>Origine médullaire</translation>
        </message>
        <message>
            <source>Split a step at the pointer</source>
            <translation>Scinder une étape au pointeur</translation>
        </message>
        <message>
            <source>Split at {time}</source>
            <translation>Scinder à {time}</translation>
        </message>
        <message>
            <source>Split step here (S)</source>
            <translation>Scinder l'étape ici (S)</translation>
        </message>
        <message>
            <source>Split the selected step in the middle</source>
            <translation>Scinder l'étape sélectionnée en son milieu</translation>
        </message>
        <message>
            <source>Split, merge or delete the step under the pointer</source>
            <translation>Scinder, fusionner ou supprimer l'étape sous le pointeur</translation>
        </message>
        <message>
            <source>Stall recovery logged: rotor turned again at {time}</source>
            <translation>Reprise après blocage enregistrée : le rotor a retourné à {time}</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Start a crashed station again from the scenario's start, on the same address; the other stations are not touched</source>
            <translation>Relancer un poste planté depuis le début du scénario, à la même adresse ; les autres postes ne sont pas touchés</translation>
        </message>
        <message>
            <source>Start a new scenario from the defaults</source>
            <translation>Commencer un nouveau scénario avec les valeurs par défaut</translation>
        </message>
        <message>
            <source>Start at {dose}</source>
            <translation>Débuter à {dose}</translation>
        </message>
        <message>
            <source>Start bolus</source>
            <translation>Démarrer le bolus</translation>
        </message>
        <message>
            <source>Start the emulator (itb-emulator --pty) and connect to the port it prints, or check the port name</source>
            <translation>Lancez l'émulateur (itb-emulator --pty) et connectez-vous au port qu'il affiche, ou vérifiez le nom du port</translation>
        </message>
        <message>
            <source>Start the emulator first (itb-emulator --tcp PORT) or check host and port</source>
            <translation>Lancez d'abord l'émulateur (itb-emulator --tcp PORT) ou vérifiez l'hôte et le port</translation>
        </message>
        <message>
            <source>Start the priming bolus</source>
            <translation>Démarrer le bolus d'amorçage</translation>
        </message>
        <message>
            <source>Start, pause, time and faults reach the selected stations, or every station when none is selected</source>
            <translation>Démarrage, pause, temps et pannes s'appliquent aux postes sélectionnés, ou à tous quand aucun n'est sélectionné</translation>
        </message>
        <message>
            <source>Starting daily dose: &lt;b&gt;{dose}&lt;/b&gt;</source>
            <translation>Dose journalière initiale : &lt;b&gt;{dose}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Starting program result</source>
            <translation>Résultat du programme initial</translation>
        </message>
        <message>
            <source>Starting the bolus</source>
            <translation>Démarrage du bolus</translation>
        </message>
        <message>
            <source>Starting the priming bolus, then reading the pump back...</source>
            <translation>Démarrage du bolus d'amorçage, puis relecture de la pompe...</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>Postes</translation>
        </message>
        <message>
            <source>Stations:</source>
            <translation>Postes :</translation>
        </message>
        <message>
            <source>Stations: all (none selected)</source>
            <translation>Postes : tous (aucun sélectionné)</translation>
        </message>
        <message numerus="yes">
            <source>Stations: the %n selected</source>
            <translation>
                <numerusform>Postes : le %n sélectionné</numerusform>
                <numerusform>Postes : les %n sélectionnés</numerusform>
            </translation>
        </message>
        <message>
            <source>Stations: {names}</source>
            <translation>Postes : {names}</translation>
        </message>
        <message>
            <source>Step starts snap to:</source>
            <translation>Les débuts d'étape s'alignent sur :</translation>
        </message>
        <message>
            <source>Step through the actions, one every {seconds} s</source>
            <translation>Parcourir les actions, une toutes les {seconds} s</translation>
        </message>
        <message>
            <source>Stop or restart the simulated pump's clock</source>
            <translation>Arrêter ou relancer l'horloge de la pompe simulée</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>À l'arrêt</translation>
        </message>
        <message>
            <source>Stopped: the pump delivers nothing. Kept for a restart: {text}</source>
            <translation>À l'arrêt : la pompe n'administre rien. Conservé pour un redémarrage : {text}</translation>
        </message>
        <message>
            <source>Stopping the pump stops all baclofen delivery</source>
            <translation>Arrêter la pompe arrête toute administration de baclofène</translation>
        </message>
        <message>
            <source>Story</source>
            <translation>Histoire</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Summary (one line)</source>
            <translation>Résumé (une ligne)</translation>
        </message>
        <message>
            <source>Takes effect the next time the console starts; itb-console --lang overrides it</source>
            <translation>Prend effet au prochain démarrage de la console ; itb-console --lang a priorité</translation>
        </message>
        <message>
            <source>Tester fault</source>
            <translation>Défaut de test</translation>
        </message>
        <message>
            <source>The battery is exhausted: the pump has stopped delivering.</source>
            <translation>La batterie est épuisée : la pompe a cessé d'administrer.</translation>
        </message>
        <message>
            <source>The battery is near its end. The pump reaches end of service within 90 days.</source>
            <translation>La batterie arrive à son terme. La pompe atteint sa fin de service dans les 90 jours.</translation>
        </message>
        <message>
            <source>The calculated reservoir volume has reached the low-reservoir alarm volume. It is calculated from the programmed rate, not measured: a pump that over-infuses may be emptier.</source>
            <translation>Le volume calculé du réservoir a atteint le volume de l'alarme de réservoir bas. Il est calculé à partir du débit programmé, pas mesuré : une pompe qui délivre trop peut être plus vide.</translation>
        </message>
        <message>
            <source>The calculated reservoir volume is used up. Baclofen delivery has stopped: risk of withdrawal (fever, altered mental status, rebound spasticity).</source>
            <translation>Le volume calculé du réservoir est épuisé. L'administration de baclofène s'est arrêtée : risque de sevrage (fièvre, altération de l'état mental, spasticité de rebond).</translation>
        </message>
        <message>
            <source>The clocks went back on {day}</source>
            <translation>Les horloges ont reculé le {day}</translation>
        </message>
        <message>
            <source>The clocks went forward on {day}</source>
            <translation>Les horloges ont avancé le {day}</translation>
        </message>
        <message>
            <source>The daily dose goes {change}, beyond the soft limit of {limit} (titration: spinal up 10 to 30 %, cerebral up 5 to 15 % per 24 h).</source>
            <translation>La dose journalière change de {change}, au-delà de la limite souple de {limit} (titration : spinale plus 10 à 30 %, cérébrale plus 5 à 15 % par 24 h).</translation>
        </message>
        <message>
            <source>The daily doses in mcg stay; the volumes follow the drug in the new pump. Review the program side by side and send it; the pump is read back to verify.</source>
            <translation>Les doses journalières en mcg restent ; les volumes suivent le médicament de la nouvelle pompe. Vérifiez le programme côte à côte et envoyez-le ; la pompe est relue pour vérification.</translation>
        </message>
        <message>
            <source>The details are in the log: {path}</source>
            <translation>Les détails sont dans le journal : {path}</translation>
        </message>
        <message>
            <source>The dose was changed less than {hours} h ago; the next change is due from {time}.</source>
            <translation>La dose a été changée il y a moins de {hours} h ; le prochain changement est possible à partir de {time}.</translation>
        </message>
        <message>
            <source>The draft now gives {mcg_per_day}.</source>
            <translation>Le brouillon donne maintenant {mcg_per_day}.</translation>
        </message>
        <message>
            <source>The draft now runs {dose} all day.</source>
            <translation>Le brouillon administre maintenant {dose} toute la journée.</translation>
        </message>
        <message>
            <source>The first step always starts at 00:00</source>
            <translation>La première étape commence toujours à 00:00</translation>
        </message>
        <message>
            <source>The link failed and the read-back shows the pump unchanged.</source>
            <translation>La liaison a échoué et la relecture montre la pompe inchangée.</translation>
        </message>
        <message>
            <source>The link failed during the command and the read-back cannot show whether the pump acted.</source>
            <translation>La liaison a échoué pendant la commande et la relecture ne peut pas montrer si la pompe a agi.</translation>
        </message>
        <message>
            <source>The link failed during the command, but the read-back shows it done.</source>
            <translation>La liaison a échoué pendant la commande, mais la relecture la montre effectuée.</translation>
        </message>
        <message>
            <source>The link failed during the send and the pump could not be read back: reconnect and check which program runs.</source>
            <translation>La liaison a échoué pendant l'envoi et la pompe n'a pas pu être relue : reconnectez-vous et vérifiez quel programme s'exécute.</translation>
        </message>
        <message>
            <source>The link failed during the send, after the pump had taken the program; nothing more to do.</source>
            <translation>La liaison a échoué pendant l'envoi, après que la pompe a pris le programme ; rien de plus à faire.</translation>
        </message>
        <message>
            <source>The link failed during the send; send again when the link is steady.</source>
            <translation>La liaison a échoué pendant l'envoi ; renvoyez quand la liaison sera stable.</translation>
        </message>
        <message>
            <source>The link to the pump at {url} was lost: {reason}. The values shown are the last ones read. Reconnect (Ctrl+K) and interrogate.</source>
            <translation>La liaison avec la pompe à {url} a été perdue : {reason}. Les valeurs affichées sont les dernières lues. Reconnectez-vous (Ctrl+K) et interrogez.</translation>
        </message>
        <message>
            <source>The link to the pump failed, so it is not known whether it acted.</source>
            <translation>La liaison avec la pompe a échoué, on ne sait donc pas si elle a agi.</translation>
        </message>
        <message>
            <source>The link was lost before the pump was read.</source>
            <translation>La liaison a été perdue avant la lecture de la pompe.</translation>
        </message>
        <message>
            <source>The log is kept in {folder}</source>
            <translation>Le journal est conservé dans {folder}</translation>
        </message>
        <message>
            <source>The low-reservoir alarm day {day} has come: refill now.</source>
            <translation>Le jour de l'alarme de réservoir bas ({day}) est arrivé : remplissez maintenant.</translation>
        </message>
        <message>
            <source>The motor is stalled: the pump refuses a bolus until that alarm is cleared.</source>
            <translation>Le moteur est bloqué : la pompe refuse un bolus tant que cette alarme n'est pas effacée.</translation>
        </message>
        <message>
            <source>The new pump holds {drug}; the saved program is for {saved_drug}. Fill the new pump with {saved_drug} first.</source>
            <translation>La nouvelle pompe contient {drug} ; le programme enregistré est pour {saved_drug}. Remplissez d'abord la nouvelle pompe avec {saved_drug}.</translation>
        </message>
        <message>
            <source>The new pump is stopped: it gives no baclofen until this program is sent.</source>
            <translation>La nouvelle pompe est à l'arrêt : elle n'administre pas de baclofène tant que ce programme n'est pas envoyé.</translation>
        </message>
        <message>
            <source>The new pump is stopped: it gives no baclofen.</source>
            <translation>La nouvelle pompe est à l'arrêt : elle n'administre pas de baclofène.</translation>
        </message>
        <message>
            <source>The patient is without baclofen until the pump restarts: abrupt withdrawal can be life-threatening (high fever, altered mental status, rebound spasticity, muscle breakdown). Tell the physician now so a plan covers the gap, keep the patient under observation, and interrogate again at intervals until the log shows the stall recovery (a return to infusion can take 2 to 24 hours).</source>
            <translation>Le patient est sans baclofène jusqu'au redémarrage de la pompe : un sevrage brutal peut mettre la vie en danger (forte fièvre, altération de l'état mental, spasticité de rebond, rhabdomyolyse). Prévenez le médecin maintenant pour qu'un plan couvre l'interruption, gardez le patient en observation et interrogez de nouveau à intervalles jusqu'à ce que le journal montre la reprise après blocage (le retour de la perfusion peut prendre 2 à 24 heures).</translation>
        </message>
        <message>
            <source>The pending program has NOT been sent to the pump.</source>
            <translation>Le programme en attente n'a PAS été envoyé à la pompe.</translation>
        </message>
        <message>
            <source>The priming volume cannot be worked out.</source>
            <translation>Le volume d'amorçage ne peut pas être calculé.</translation>
        </message>
        <message>
            <source>The program is set to STOPPED: programming stopped around an MRI is not recommended (it can lengthen the delay in detecting an extended stall); restart the prescribed program.</source>
            <translation>Le programme est ARRÊTÉ : arrêter la pompe autour d'une IRM n'est pas recommandé (cela peut retarder la détection d'un blocage prolongé) ; relancez le programme prescrit.</translation>
        </message>
        <message>
            <source>The program read back does not match what was sent.</source>
            <translation>Le programme relu ne correspond pas à ce qui a été envoyé.</translation>
        </message>
        <message>
            <source>The programming session had ended: interrogate (F5) and try again.</source>
            <translation>La session de programmation était terminée : interrogez (F5) et réessayez.</translation>
        </message>
        <message>
            <source>The pump accepted it but could not be read back to verify it.</source>
            <translation>La pompe l'a accepté mais n'a pas pu être relue pour le vérifier.</translation>
        </message>
        <message>
            <source>The pump accepted it, but the read-back does not show it.</source>
            <translation>La pompe l'a accepté, mais la relecture ne le montre pas.</translation>
        </message>
        <message>
            <source>The pump at {url} closed the link: the instructor has ended or closed this training station (or another console connected to it). The values shown are the last ones read. If your station was ended, your run is over: wait for the instructor's debrief. Otherwise connect again (Ctrl+K) and interrogate.</source>
            <translation>La pompe sur {url} a fermé la liaison : le formateur a terminé ou fermé ce poste de formation (ou une autre console s'y est connectée). Les valeurs affichées sont les dernières lues. Si votre poste a été terminé, votre passage est fini : attendez le débriefing du formateur. Sinon, reconnectez-vous (Ctrl+K) et interrogez.</translation>
        </message>
        <message>
            <source>The pump can no longer be programmed: plan its replacement now.</source>
            <translation>La pompe ne peut plus être programmée : planifiez son remplacement maintenant.</translation>
        </message>
        <message>
            <source>The pump could not be read back: what it holds now is not known.</source>
            <translation>La pompe n'a pas pu être relue : on ne sait pas ce qu'elle contient maintenant.</translation>
        </message>
        <message>
            <source>The pump could not be read: {problem}. Nothing was saved.</source>
            <translation>La pompe n'a pas pu être lue : {problem}. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>The pump did not answer in time, so it is not known whether it acted.</source>
            <translation>La pompe n'a pas répondu à temps, on ne sait donc pas si elle a agi.</translation>
        </message>
        <message>
            <source>The pump did not take this console's signature, so nothing changed; the session ends: connect again with this pump's key file.</source>
            <translation>La pompe n'a pas accepté la signature de cette console, rien n'a donc changé ; la session se termine : reconnectez-vous avec le fichier de clé de cette pompe.</translation>
        </message>
        <message>
            <source>The pump is NOT delivering: {reason}</source>
            <translation>La pompe n'administre PAS : {reason}</translation>
        </message>
        <message>
            <source>The pump is STOPPED: it delivers no baclofen.</source>
            <translation>La pompe est À L'ARRÊT : elle n'administre pas de baclofène.</translation>
        </message>
        <message>
            <source>The pump is busy with another command: interrogate again when it has finished.</source>
            <translation>La pompe est occupée par une autre commande : interrogez de nouveau quand elle sera terminée.</translation>
        </message>
        <message>
            <source>The pump is not delivering: no alarm date.</source>
            <translation>La pompe n'administre pas : pas de date d'alarme.</translation>
        </message>
        <message>
            <source>The pump is still busy with an earlier action: wait for it to end, then try again.</source>
            <translation>La pompe est encore occupée par une action précédente : attendez qu'elle se termine, puis réessayez.</translation>
        </message>
        <message>
            <source>The pump is {state}: no projection.</source>
            <translation>La pompe est {state} : pas de projection.</translation>
        </message>
        <message>
            <source>The pump motor stopped; delivery has stopped or is uncertain.</source>
            <translation>Le moteur de la pompe s'est arrêté ; l'administration est arrêtée ou incertaine.</translation>
        </message>
        <message>
            <source>The pump must be connected and interrogated before programming.</source>
            <translation>La pompe doit être connectée et interrogée avant la programmation.</translation>
        </message>
        <message>
            <source>The pump predicts end of service on {day}, sooner than ERI + {days} days at this rate.</source>
            <translation>La pompe prévoit sa fin de service le {day}, plus tôt que ERI + {days} jours à ce débit.</translation>
        </message>
        <message>
            <source>The pump reads back exactly the new program.</source>
            <translation>La pompe relit exactement le nouveau programme.</translation>
        </message>
        <message>
            <source>The pump reads back the new program. {why}</source>
            <translation>La pompe relit le nouveau programme. {why}</translation>
        </message>
        <message>
            <source>The pump refused it: {reason} {advice}</source>
            <translation>La pompe l'a refusé : {reason} {advice}</translation>
        </message>
        <message>
            <source>The pump refused the command as not signed with its key (it said: {reason}). Nothing changed on the pump. Another program may have talked to the pump since: connect again; if it is refused again, the key file is not this pump's. {step}.</source>
            <translation>La pompe a refusé la commande comme non signée avec sa clé (message : {reason}). Rien n'a changé sur la pompe. Un autre programme a pu communiquer avec la pompe entre-temps : reconnectez-vous ; en cas de nouveau refus, le fichier de clé n'est pas celui de cette pompe. {step}.</translation>
        </message>
        <message>
            <source>The pump refuses a bolus above {most} ({asked} asked): lower the dose.</source>
            <translation>La pompe refuse un bolus au-delà de {most} ({asked} demandé) : réduisez la dose.</translation>
        </message>
        <message>
            <source>The pump refuses rates outside {rates}: change the duration.</source>
            <translation>La pompe refuse les débits hors de {rates} : modifiez la durée.</translation>
        </message>
        <message>
            <source>The pump reset after a battery dip; the program in force may be lost and the pump stopped.</source>
            <translation>La pompe s'est réinitialisée après une baisse de la batterie ; le programme en vigueur peut être perdu et la pompe à l'arrêt.</translation>
        </message>
        <message>
            <source>The pump said: {reason}</source>
            <translation>La pompe a répondu : {reason}</translation>
        </message>
        <message>
            <source>The pump side at the chosen action</source>
            <translation>Le côté pompe à l'action choisie</translation>
        </message>
        <message>
            <source>The pump this step works on</source>
            <translation>La pompe sur laquelle porte cette étape</translation>
        </message>
        <message>
            <source>The pump took the program but could not be read back to verify it.</source>
            <translation>La pompe a pris le programme mais n'a pas pu être relue pour le vérifier.</translation>
        </message>
        <message>
            <source>The pump was replaced too (fill its internal path)</source>
            <translation>La pompe a aussi été remplacée (remplir son circuit interne)</translation>
        </message>
        <message>
            <source>The pump will STOP delivering. Abrupt withdrawal of intrathecal baclofen is dangerous: stop only with an explicit clinical decision.</source>
            <translation>La pompe va ARRÊTER l'administration. Le sevrage brutal du baclofène intrathécal est dangereux : n'arrêtez que sur décision clinique explicite.</translation>
        </message>
        <message>
            <source>The pump's event log: filter, search, export CSV</source>
            <translation>Journal des événements de la pompe : filtrer, rechercher, exporter en CSV</translation>
        </message>
        <message>
            <source>The read-back confirms it.</source>
            <translation>La relecture le confirme.</translation>
        </message>
        <message>
            <source>The read-back does not show it.</source>
            <translation>La relecture ne le montre pas.</translation>
        </message>
        <message>
            <source>The record follows the patient: the same patient ID and catheter on the new pump, implanted today.</source>
            <translation>Le dossier suit le patient : le même ID patient et le même cathéter sur la nouvelle pompe, implantée aujourd'hui.</translation>
        </message>
        <message>
            <source>The record to write</source>
            <translation>Le dossier à écrire</translation>
        </message>
        <message>
            <source>The refill goes to the pump; its answer and what is read back appear below.</source>
            <translation>Le remplissage est envoyé à la pompe ; sa réponse et ce qui est relu apparaissent ci-dessous.</translation>
        </message>
        <message>
            <source>The refill stands without it: the {volume} of the old drug in the pump path now goes at the new rate, about {given} instead of {intended} for {duration}: watch the patient for signs of overdose.</source>
            <translation>Le remplissage est conservé sans lui : les {volume} de l'ancien médicament dans le circuit de la pompe passent maintenant au nouveau débit, environ {given} au lieu de {intended} pendant {duration} : surveillez des signes de surdosage.</translation>
        </message>
        <message>
            <source>The refill stands without it: the {volume} of the old drug in the pump path now goes at the new rate, about {given} instead of {intended} for {duration}: watch the patient for signs of withdrawal.</source>
            <translation>Le remplissage est conservé sans lui : les {volume} de l'ancien médicament dans le circuit de la pompe passent maintenant au nouveau débit, environ {given} au lieu de {intended} pendant {duration} : surveillez des signes de sevrage.</translation>
        </message>
        <message>
            <source>The reservoir is already below its alarm volume: refill now.</source>
            <translation>Le réservoir est déjà sous son volume d'alarme : remplissez maintenant.</translation>
        </message>
        <message>
            <source>The review was closed without sending: the new pump runs what it ran before.</source>
            <translation>La vérification a été fermée sans envoi : la nouvelle pompe exécute ce qu'elle exécutait avant.</translation>
        </message>
        <message>
            <source>The saved program</source>
            <translation>Le programme enregistré</translation>
        </message>
        <message>
            <source>The scanner's magnet stops the pump's rotor and suspends infusion for the whole scan. Interrogate the pump, read the motor stall and its recovery in the log, and confirm delivery resumed.</source>
            <translation>L'aimant de l'appareil arrête le rotor de la pompe et suspend la perfusion pendant tout l'examen. Interrogez la pompe, lisez le blocage du moteur et sa reprise dans le journal, et confirmez que l'administration a repris.</translation>
        </message>
        <message>
            <source>The selected event in words and as the pump recorded it</source>
            <translation>L'événement sélectionné en mots et tel que la pompe l'a enregistré</translation>
        </message>
        <message>
            <source>The selected station's details and score</source>
            <translation>Détails et score du poste sélectionné</translation>
        </message>
        <message>
            <source>The selected trainee's actions</source>
            <translation>Les actions du stagiaire sélectionné</translation>
        </message>
        <message>
            <source>The send did not complete ({reason}).</source>
            <translation>L'envoi n'a pas abouti ({reason}).</translation>
        </message>
        <message>
            <source>The trainee records are kept in this file (SQLite)</source>
            <translation>Les dossiers des stagiaires sont conservés dans ce fichier (SQLite)</translation>
        </message>
        <message>
            <source>The trainee records database could not be used: {damage}. It was kept aside, unchanged, as {name} in {folder}, and a new empty database was started. The earlier records are in the kept file (ask your IT support to recover them).</source>
            <translation>La base des dossiers des stagiaires n'a pas pu être utilisée : {damage}. Elle a été mise de côté, inchangée, sous le nom {name} dans {folder}, et une nouvelle base vide a été créée. Les dossiers antérieurs sont dans le fichier conservé (demandez à votre support informatique de les récupérer).</translation>
        </message>
        <message>
            <source>The trainee's actions in order</source>
            <translation>Les actions du stagiaire dans l'ordre</translation>
        </message>
        <message>
            <source>The trainee's runs</source>
            <translation>Les passages du stagiaire</translation>
        </message>
        <message>
            <source>Then: {bridge}</source>
            <translation>Ensuite : {bridge}</translation>
        </message>
        <message>
            <source>This console is busy with the pump at {device} ({state}): nothing was closed. Connect to the station when it has finished.</source>
            <translation>Cette console est occupée avec la pompe sur {device} ({state}) : rien n'a été fermé. Connectez-vous au poste quand elle a terminé.</translation>
        </message>
        <message>
            <source>This is the new pump.</source>
            <translation>C'est la nouvelle pompe.</translation>
        </message>
        <message>
            <source>This is the pump that was saved (serial {serial}), not a new one: close this session and connect the new pump.</source>
            <translation>C'est la pompe qui a été enregistrée (n° de série {serial}), pas une nouvelle : fermez cette session et connectez la nouvelle pompe.</translation>
        </message>
        <message>
            <source>This list</source>
            <translation>Cette liste</translation>
        </message>
        <message>
            <source>This pump does not offer that: nothing was changed.</source>
            <translation>Cette pompe ne propose pas cela : rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This run's debrief file {path} is not there any more.</source>
            <translation>Le fichier de débriefing {path} de ce passage n'existe plus.</translation>
        </message>
        <message>
            <source>This scenario has changes that are not saved. Save them?</source>
            <translation>Ce scénario a des modifications non enregistrées. Les enregistrer ?</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Time jumps by (hours)</source>
            <translation>Saut de temps de (heures)</translation>
        </message>
        <message>
            <source>Time of day (pump clock)</source>
            <translation>Heure du jour (horloge de la pompe)</translation>
        </message>
        <message>
            <source>Time range shown</source>
            <translation>Période affichée</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <source>Timeline editor snap in minutes</source>
            <translation>Magnétisme de l'éditeur de chronologie en minutes</translation>
        </message>
        <message>
            <source>Tip level</source>
            <translation>Niveau de l'extrémité</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Titrate to {dose}</source>
            <translation>Titrer à {dose}</translation>
        </message>
        <message>
            <source>Titration</source>
            <translation>Titration</translation>
        </message>
        <message>
            <source>Titration - training mock</source>
            <translation>Titration – maquette de formation</translation>
        </message>
        <message>
            <source>Titration...</source>
            <translation>Titration...</translation>
        </message>
        <message>
            <source>Titration: allowed next-day dose, override with a reason, apply to the draft</source>
            <translation>Titration : dose autorisée du lendemain, dérogation motivée, appliquer au brouillon</translation>
        </message>
        <message>
            <source>To alarm</source>
            <translation>Avant l'alarme</translation>
        </message>
        <message>
            <source>To empty</source>
            <translation>Avant vide</translation>
        </message>
        <message>
            <source>To send anyway, type the word “{word}” (any case):</source>
            <translation>Pour envoyer quand même, saisissez le mot « {word} » (majuscules ou minuscules) :</translation>
        </message>
        <message>
            <source>Total: {points}</source>
            <translation>Total : {points}</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Stagiaire</translation>
        </message>
        <message>
            <source>Trainee id</source>
            <translation>Identifiant du stagiaire</translation>
        </message>
        <message>
            <source>Trainee id {twice} is given for two stations; each station is a different trainee</source>
            <translation>L'identifiant {twice} est donné pour deux postes ; chaque poste est un stagiaire différent</translation>
        </message>
        <message>
            <source>Trainee records - {training_mark}</source>
            <translation>Dossiers des stagiaires – {training_mark}</translation>
        </message>
        <message>
            <source>Trainee records...</source>
            <translation>Dossiers des stagiaires...</translation>
        </message>
        <message>
            <source>Trainee records: search, history and score plot, cohort, CSV and PDF</source>
            <translation>Dossiers des stagiaires : recherche, historique et graphique des scores, cohorte, CSV et PDF</translation>
        </message>
        <message>
            <source>Trainee's actions</source>
            <translation>Actions du stagiaire</translation>
        </message>
        <message>
            <source>Trainee's name:</source>
            <translation>Nom du stagiaire :</translation>
        </message>
        <message>
            <source>Trainee: &lt;b&gt;{trainee}&lt;/b&gt;</source>
            <translation>Stagiaire : &lt;b&gt;{trainee}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Stagiaires</translation>
        </message>
        <message>
            <source>Trainees found</source>
            <translation>Stagiaires trouvés</translation>
        </message>
        <message>
            <source>Trainees noted for {stations}: their runs are recorded at End and score.</source>
            <translation>Stagiaires notés pour {stations} : leurs passages sont enregistrés à Terminer et noter.</translation>
        </message>
        <message>
            <source>Trainees on other computers can connect. The link has no password: use only on a closed training network.</source>
            <translation>Les stagiaires sur d'autres ordinateurs peuvent se connecter. La liaison n'a pas de mot de passe : à utiliser uniquement sur un réseau de formation fermé.</translation>
        </message>
        <message>
            <source>Trainees to record - {training_mark}</source>
            <translation>Stagiaires à enregistrer – {training_mark}</translation>
        </message>
        <message>
            <source>Trainees...</source>
            <translation>Stagiaires...</translation>
        </message>
        <message>
            <source>Training mock banner</source>
            <translation>Bandeau maquette de formation</translation>
        </message>
        <message>
            <source>Training mock, not for clinical use</source>
            <translation>Maquette de formation, pas pour un usage clinique</translation>
        </message>
        <message>
            <source>Trial screening</source>
            <translation>Test de dépistage</translation>
        </message>
        <message>
            <source>Trial screening recorded</source>
            <translation>Test de dépistage enregistré</translation>
        </message>
        <message>
            <source>Trial screening...</source>
            <translation>Test de dépistage...</translation>
        </message>
        <message>
            <source>Trial screening: boluses, candidacy, starting dose into the draft</source>
            <translation>Test de dépistage : bolus, candidature, dose initiale dans le brouillon</translation>
        </message>
        <message>
            <source>Try again when it has finished.</source>
            <translation>Réessayez quand elle sera terminée.</translation>
        </message>
        <message>
            <source>Try again when the link is steady.</source>
            <translation>Réessayez quand la liaison sera stable.</translation>
        </message>
        <message>
            <source>Try it</source>
            <translation>Essayer</translation>
        </message>
        <message>
            <source>Try it: checking and opening a station...</source>
            <translation>Essayer : contrôle et ouverture d'un poste...</translation>
        </message>
        <message>
            <source>Try it: opening a station for '{title}'...</source>
            <translation>Essayer : ouverture d'un poste pour « {title} »...</translation>
        </message>
        <message>
            <source>Try it: the station did not open: {why}</source>
            <translation>Essayer : le poste ne s'est pas ouvert : {why}</translation>
        </message>
        <message>
            <source>Try it: {name} runs this scenario at {url}; this console connects to it. The instructor panel shows the station.</source>
            <translation>Essayer : {name} exécute ce scénario à {url} ; cette console s'y connecte. Le panneau formateur affiche le poste.</translation>
        </message>
        <message>
            <source>Type a number.</source>
            <translation>Saisissez un nombre.</translation>
        </message>
        <message>
            <source>Type an exact dose for the selected step (in the table)</source>
            <translation>Saisir une dose exacte pour l'étape sélectionnée (dans le tableau)</translation>
        </message>
        <message>
            <source>Type the confirmation word to override the warnings</source>
            <translation>Saisissez le mot de confirmation pour passer outre les avertissements</translation>
        </message>
        <message>
            <source>Type the decimals after “{point}”, or remove it.</source>
            <translation>Saisissez les décimales après « {point} » ou supprimez ce séparateur.</translation>
        </message>
        <message>
            <source>Type the reason for the override.</source>
            <translation>Saisissez le motif de la dérogation.</translation>
        </message>
        <message>
            <source>Type the volume you withdrew, as read on the syringe.</source>
            <translation>Saisissez le volume retiré, tel que lu sur la seringue.</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Undo the last edit</source>
            <translation>Annuler la dernière modification</translation>
        </message>
        <message>
            <source>Undo: {edit}</source>
            <translation>Annuler : {edit}</translation>
        </message>
        <message>
            <source>Unit doses are shown in</source>
            <translation>Unité d'affichage des doses</translation>
        </message>
        <message>
            <source>Unmute, or rely on the alarm bar and this panel.</source>
            <translation>Réactivez le son, ou fiez-vous à la barre d'alarme et à ce panneau.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>Up / Down</source>
            <translation>Haut / Bas</translation>
        </message>
        <message>
            <source>Use as starting program</source>
            <translation>Utiliser comme programme initial</translation>
        </message>
        <message>
            <source>Usual maintenance:</source>
            <translation>Entretien habituel :</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Version, source commit, Qt and PySide6, licences</source>
            <translation>Version, commit source, Qt et PySide6, licences</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <source>Volume
(mL/day)</source>
            <translation>Volume
(mL/jour)</translation>
        </message>
        <message>
            <source>Volume (mL/day)</source>
            <translation>Volume (mL/jour)</translation>
        </message>
        <message>
            <source>Volume withdrawn (measured):</source>
            <translation>Volume retiré (mesuré) :</translation>
        </message>
        <message>
            <source>Volume withdrawn in mL, as measured</source>
            <translation>Volume retiré en mL, tel que mesuré</translation>
        </message>
        <message>
            <source>Wait for the running bolus to end, or cancel it, then try again.</source>
            <translation>Attendez la fin du bolus en cours ou annulez-le, puis réessayez.</translation>
        </message>
        <message>
            <source>Waiting for the pump's answer...</source>
            <translation>En attente de la réponse de la pompe...</translation>
        </message>
        <message>
            <source>Warn when a step runs above:</source>
            <translation>Avertir quand une étape dépasse :</translation>
        </message>
        <message>
            <source>Warn when the daily dose changes by more than:</source>
            <translation>Avertir quand la dose journalière change de plus de :</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ce qui s'est passé</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Ce qui se passe</translation>
        </message>
        <message>
            <source>What is allowed, or why the bolus was refused</source>
            <translation>Ce qui est autorisé, ou pourquoi le bolus a été refusé</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>Ce qui ne va pas</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>What the alarm means and what to do</source>
            <translation>Ce que signifie l'alarme et que faire</translation>
        </message>
        <message>
            <source>What the old and new columns are</source>
            <translation>Ce que montrent les colonnes ancien et nouveau</translation>
        </message>
        <message>
            <source>What the pump answered</source>
            <translation>Ce que la pompe a répondu</translation>
        </message>
        <message>
            <source>What the pump holds about the implant: the priming calculator and the report read it. Empty fields take the default written in them.</source>
            <translation>Ce que la pompe conserve sur l'implant : le calcul d'amorçage et le rapport le lisent. Les champs vides prennent la valeur par défaut qui y est affichée.</translation>
        </message>
        <message>
            <source>What the pump holds, read back</source>
            <translation>Ce que contient la pompe, relu</translation>
        </message>
        <message>
            <source>What the selected station's pump saw the trainee do, in order</source>
            <translation>Ce que la pompe du poste sélectionné a vu faire le stagiaire, dans l'ordre</translation>
        </message>
        <message>
            <source>What the trainee did</source>
            <translation>Ce que le stagiaire a fait</translation>
        </message>
        <message>
            <source>What this step is for</source>
            <translation>À quoi sert cette étape</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Que faire</translation>
        </message>
        <message>
            <source>What to do about the battery</source>
            <translation>Que faire pour la batterie</translation>
        </message>
        <message>
            <source>What was sent</source>
            <translation>Ce qui a été envoyé</translation>
        </message>
        <message>
            <source>When it was read: {what}</source>
            <translation>Heure de lecture : {what}</translation>
        </message>
        <message>
            <source>When the pump was read</source>
            <translation>Quand la pompe a été lue</translation>
        </message>
        <message>
            <source>Where a dragged step start lands; Shift always gives 1 min</source>
            <translation>Où se pose le début d'une étape déplacée ; Maj donne toujours 1 min</translation>
        </message>
        <message>
            <source>Whether the proposed dose is within the rules</source>
            <translation>Si la dose proposée respecte les règles</translation>
        </message>
        <message>
            <source>Whether the scenario loads, in the words the console uses when it loads a scenario file, as you type</source>
            <translation>Si le scénario se charge, dans les termes qu'emploie la console quand elle charge un fichier de scénario, pendant la saisie</translation>
        </message>
        <message>
            <source>Why Start bolus is not available</source>
            <translation>Pourquoi « Démarrer le bolus » n'est pas disponible</translation>
        </message>
        <message>
            <source>Why the last edit was refused</source>
            <translation>Pourquoi la dernière modification a été refusée</translation>
        </message>
        <message>
            <source>Why the preferences were not saved</source>
            <translation>Pourquoi les préférences n'ont pas été enregistrées</translation>
        </message>
        <message>
            <source>Why the pump would refuse the refill now</source>
            <translation>Pourquoi la pompe refuserait le remplissage maintenant</translation>
        </message>
        <message>
            <source>Why the pump's values may be old</source>
            <translation>Pourquoi les valeurs de la pompe peuvent être anciennes</translation>
        </message>
        <message>
            <source>Why the step waits</source>
            <translation>Pourquoi l'étape attend</translation>
        </message>
        <message>
            <source>Why this number is not taken</source>
            <translation>Pourquoi ce nombre n'est pas pris</translation>
        </message>
        <message>
            <source>Withdraw the reservoir completely, read the syringe, and type what you measured.</source>
            <translation>Videz complètement le réservoir, lisez la seringue et saisissez ce que vous avez mesuré.</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retiré</translation>
        </message>
        <message>
            <source>Withdrawn {withdrawn}; expected {expected}: {difference} (FLAGGED).</source>
            <translation>Retiré {withdrawn} ; attendu {expected} : {difference} (SIGNALÉ).</translation>
        </message>
        <message>
            <source>Withdrawn {withdrawn}; expected {expected}: {difference}.</source>
            <translation>Retiré {withdrawn} ; attendu {expected} : {difference}.</translation>
        </message>
        <message>
            <source>Within (minutes)</source>
            <translation>Dans un délai de (minutes)</translation>
        </message>
        <message>
            <source>Within {threshold} mL of the expected residual: consistent with the programmed delivery.</source>
            <translation>À moins de {threshold} mL du résidu attendu : conforme à l'administration programmée.</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Write and change training scenarios in a form; Try it on a station</source>
            <translation>Écrire et modifier des scénarios de formation dans un formulaire ; l'essayer sur un poste</translation>
        </message>
        <message>
            <source>Write the implant record</source>
            <translation>Écrire le dossier d'implant</translation>
        </message>
        <message>
            <source>Write the record</source>
            <translation>Écrire le dossier</translation>
        </message>
        <message>
            <source>Writing the catheter to the pump's implant record</source>
            <translation>Écriture du cathéter dans le dossier d'implant de la pompe</translation>
        </message>
        <message>
            <source>Writing the record, then reading it back...</source>
            <translation>Écriture du dossier, puis relecture...</translation>
        </message>
        <message>
            <source>Writing {path}...</source>
            <translation>Écriture de {path}...</translation>
        </message>
        <message>
            <source>Yes: the clocks went back on {day}, after the pump clock was last set.</source>
            <translation>Oui : les horloges ont reculé le {day}, après le dernier réglage de l'horloge de la pompe.</translation>
        </message>
        <message>
            <source>Yes: the clocks went forward on {day}, after the pump clock was last set.</source>
            <translation>Oui : les horloges ont avancé le {day}, après le dernier réglage de l'horloge de la pompe.</translation>
        </message>
        <message>
            <source>a new change is allowed</source>
            <translation>un nouveau changement est autorisé</translation>
        </message>
        <message>
            <source>a record of a training scenario, not of a patient</source>
            <translation>l'enregistrement d'un scénario de formation, pas d'un patient</translation>
        </message>
        <message>
            <source>a {minutes} min scan; {restart}</source>
            <translation>un examen de {minutes} min ; {restart}</translation>
        </message>
        <message numerus="yes">
            <source>about %n months ago</source>
            <translation>
                <numerusform>il y a environ %n mois</numerusform>
                <numerusform>il y a environ %n mois</numerusform>
            </translation>
        </message>
        <message>
            <source>about {years} years ago</source>
            <translation>il y a environ {years} ans</translation>
        </message>
        <message>
            <source>above threshold: investigate</source>
            <translation>au-dessus du seuil : à investiguer</translation>
        </message>
        <message>
            <source>alarm</source>
            <translation>alarme</translation>
        </message>
        <message>
            <source>alarm / empty date</source>
            <translation>date d'alarme / de vide</translation>
        </message>
        <message>
            <source>alarm on {alarm_at} (in {alarm_in}), empty on {empty_at} (in {empty_in}).</source>
            <translation>alarme le {alarm_at} (dans {alarm_in}), vide le {empty_at} (dans {empty_in}).</translation>
        </message>
        <message>
            <source>alarm test</source>
            <translation>test des alarmes</translation>
        </message>
        <message>
            <source>alarm volume</source>
            <translation>volume d'alarme</translation>
        </message>
        <message>
            <source>all</source>
            <translation>tous</translation>
        </message>
        <message>
            <source>already at or below the alarm volume, empty on {empty_at} (in {empty_in}).</source>
            <translation>déjà au volume d'alarme ou en dessous, vide le {empty_at} (dans {empty_in}).</translation>
        </message>
        <message>
            <source>an unknown place</source>
            <translation>un endroit inconnu</translation>
        </message>
        <message>
            <source>as found: no program sent yet</source>
            <translation>tel que trouvé : aucun programme encore envoyé</translation>
        </message>
        <message>
            <source>as the trainee reads it in the debrief</source>
            <translation>tel que le stagiaire le lit dans le débriefing</translation>
        </message>
        <message>
            <source>as trainers know them</source>
            <translation>tel que les formateurs le connaissent</translation>
        </message>
        <message>
            <source>below the alarm volume</source>
            <translation>sous le volume d'alarme</translation>
        </message>
        <message>
            <source>bolus</source>
            <translation>bolus</translation>
        </message>
        <message>
            <source>bolus (hover: dose)</source>
            <translation>bolus (survol : dose)</translation>
        </message>
        <message>
            <source>bridge bolus</source>
            <translation>bolus de relais</translation>
        </message>
        <message>
            <source>by the clinician</source>
            <translation>par le clinicien</translation>
        </message>
        <message>
            <source>by the pump (condition over)</source>
            <translation>par la pompe (condition terminée)</translation>
        </message>
        <message>
            <source>by {who}</source>
            <translation>par {who}</translation>
        </message>
        <message>
            <source>calculated reservoir</source>
            <translation>réservoir calculé</translation>
        </message>
        <message>
            <source>cancel bolus</source>
            <translation>annulation du bolus</translation>
        </message>
        <message>
            <source>cancelled: volume given not recorded</source>
            <translation>annulé : volume administré non enregistré</translation>
        </message>
        <message>
            <source>cancelled: {given} given</source>
            <translation>annulé : {given} administré</translation>
        </message>
        <message>
            <source>cannot write {path}</source>
            <translation>impossible d'écrire {path}</translation>
        </message>
        <message>
            <source>cerebral origin</source>
            <translation>d'origine cérébrale</translation>
        </message>
        <message>
            <source>change: {percent} % would stop delivery; a change must be above -100 %</source>
            <translation>variation : {percent} % arrêterait l'administration ; une variation doit être supérieure à -100 %</translation>
        </message>
        <message>
            <source>children under 12</source>
            <translation>enfants de moins de 12 ans</translation>
        </message>
        <message>
            <source>choose...</source>
            <translation>choisir...</translation>
        </message>
        <message>
            <source>clear alarm</source>
            <translation>effacement de l’alarme</translation>
        </message>
        <message>
            <source>clears when its
cause is gone</source>
            <translation>s'efface quand sa
cause a disparu</translation>
        </message>
        <message>
            <source>clinician bolus</source>
            <translation>bolus clinicien</translation>
        </message>
        <message>
            <source>concentration: both are {concentration}; a bridge is for a change</source>
            <translation>concentration : les deux sont à {concentration} ; un relais sert à un changement</translation>
        </message>
        <message>
            <source>concentration: entered {first}, then {second}; the two entries must match</source>
            <translation>concentration : saisie {first}, puis {second} ; les deux saisies doivent concorder</translation>
        </message>
        <message>
            <source>connect the new pump</source>
            <translation>connexion de la nouvelle pompe</translation>
        </message>
        <message>
            <source>continuous</source>
            <translation>continu</translation>
        </message>
        <message>
            <source>crashed</source>
            <translation>planté</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>critique</translation>
        </message>
        <message>
            <source>critical, two-tone</source>
            <translation>critique, deux tons</translation>
        </message>
        <message>
            <source>current dose: 0 mcg/day; titration starts from a running dose</source>
            <translation>dose actuelle : 0 mcg/jour ; la titration part d'une dose en cours</translation>
        </message>
        <message>
            <source>daily dose (program)</source>
            <translation>dose journalière (programme)</translation>
        </message>
        <message>
            <source>daily dose now {dose}; {shape}</source>
            <translation>dose journalière désormais {dose} ; {shape}</translation>
        </message>
        <message>
            <source>daily dose {change}</source>
            <translation>dose journalière {change}</translation>
        </message>
        <message>
            <source>daily dose {old} {arrow} {new} ({change}); {shape}</source>
            <translation>dose journalière {old} {arrow} {new} ({change}) ; {shape}</translation>
        </message>
        <message>
            <source>daily dose: 0 mcg/day needs no bridge</source>
            <translation>dose journalière : 0 mcg/jour ne nécessite pas de relais</translation>
        </message>
        <message>
            <source>days</source>
            <translation>jours</translation>
        </message>
        <message>
            <source>dead volume</source>
            <translation>volume mort</translation>
        </message>
        <message>
            <source>delete: a schedule needs at least one step</source>
            <translation>suppression : un programme doit avoir au moins une étape</translation>
        </message>
        <message>
            <source>delivery has NOT resumed (delayed restart)</source>
            <translation>l'administration n'a PAS repris (redémarrage retardé)</translation>
        </message>
        <message>
            <source>delivery has not resumed</source>
            <translation>l'administration n'a pas repris</translation>
        </message>
        <message>
            <source>delivery restarts {hours} h after the scan</source>
            <translation>l'administration redémarre {hours} h après l'examen</translation>
        </message>
        <message>
            <source>delivery resumed</source>
            <translation>administration reprise</translation>
        </message>
        <message>
            <source>delivery resumed after the stall</source>
            <translation>administration reprise après le blocage</translation>
        </message>
        <message>
            <source>delivery resumes when the scan ends</source>
            <translation>l'administration reprend à la fin de l'examen</translation>
        </message>
        <message>
            <source>delivery stays stopped until the pump is interrogated after the scan</source>
            <translation>l'administration reste arrêtée jusqu'à ce que la pompe soit interrogée après l'examen</translation>
        </message>
        <message>
            <source>discrepancy FLAGGED</source>
            <translation>écart SIGNALÉ</translation>
        </message>
        <message>
            <source>discrepancy of {volume}</source>
            <translation>écart de {volume}</translation>
        </message>
        <message>
            <source>done</source>
            <translation>fait</translation>
        </message>
        <message>
            <source>done and verified</source>
            <translation>effectué et vérifié</translation>
        </message>
        <message>
            <source>dose rate: {dose} is outside {low} to {high}</source>
            <translation>débit de dose : {dose} est hors de {low} à {high}</translation>
        </message>
        <message>
            <source>down {percent}</source>
            <translation>en baisse de {percent}</translation>
        </message>
        <message>
            <source>drug already in the catheter</source>
            <translation>médicament déjà dans le cathéter</translation>
        </message>
        <message>
            <source>drug: the new pump holds {drug}; the saved program is for {saved_drug}</source>
            <translation>médicament : la nouvelle pompe contient {drug} ; le programme enregistré est pour {saved_drug}</translation>
        </message>
        <message>
            <source>duration: 0 min; give the bolus over some time</source>
            <translation>durée : 0 min ; administrez le bolus sur une certaine durée</translation>
        </message>
        <message>
            <source>e.g. 2000</source>
            <translation>p. ex. 2000</translation>
        </message>
        <message>
            <source>e.g. 2023-05-09; empty: start day</source>
            <translation>p. ex. 2023-05-09 ; vide : jour de départ</translation>
        </message>
        <message>
            <source>e.g. 2026-09-30; empty: none</source>
            <translation>p. ex. 2026-09-30 ; vide : aucun</translation>
        </message>
        <message>
            <source>e.g. 2026-12-23; empty: none</source>
            <translation>p. ex. 2026-12-23 ; vide : aucun</translation>
        </message>
        <message>
            <source>e.g. 24</source>
            <translation>p. ex. 24</translation>
        </message>
        <message>
            <source>e.g. Delayed restart after an MRI</source>
            <translation>p. ex. Redémarrage retardé après une IRM</translation>
        </message>
        <message>
            <source>e.g. TR-2026-07</source>
            <translation>p. ex. TR-2026-07</translation>
        </message>
        <message>
            <source>e.g. catheter revised, measured in theatre</source>
            <translation>p. ex. cathéter révisé, mesuré au bloc</translation>
        </message>
        <message>
            <source>e.g. catheter shortened in theatre</source>
            <translation>p. ex. cathéter raccourci au bloc</translation>
        </message>
        <message>
            <source>effect duration: {hours} h is outside 0 to 48 h</source>
            <translation>durée d'effet : {hours} h est hors de 0 à 48 h</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>vide</translation>
        </message>
        <message>
            <source>empty: 0.0022</source>
            <translation>vide : 0,0022</translation>
        </message>
        <message>
            <source>empty: 45</source>
            <translation>vide : 45</translation>
        </message>
        <message>
            <source>empty: Europe/London</source>
            <translation>vide : Europe/London</translation>
        </message>
        <message>
            <source>empty: SIM-CATH-1</source>
            <translation>vide : SIM-CATH-1</translation>
        </message>
        <message>
            <source>empty: a new battery</source>
            <translation>vide : une batterie neuve</translation>
        </message>
        <message>
            <source>empty: any</source>
            <translation>vide : n'importe laquelle</translation>
        </message>
        <message>
            <source>empty: as the pump calculates</source>
            <translation>vide : comme la pompe le calcule</translation>
        </message>
        <message>
            <source>empty: delivers as programmed</source>
            <translation>vide : délivre comme programmé</translation>
        </message>
        <message>
            <source>empty: none</source>
            <translation>vide : aucune</translation>
        </message>
        <message>
            <source>empty: the pump model's default</source>
            <translation>vide : valeur par défaut du modèle de pompe</translation>
        </message>
        <message>
            <source>end of service</source>
            <translation>fin de service</translation>
        </message>
        <message>
            <source>end of service {day}: not delivering</source>
            <translation>fin de service le {day} : n'administre pas</translation>
        </message>
        <message>
            <source>end-of-service date</source>
            <translation>date de fin de service</translation>
        </message>
        <message>
            <source>ended</source>
            <translation>terminé</translation>
        </message>
        <message>
            <source>ended by the pump</source>
            <translation>terminé par la pompe</translation>
        </message>
        <message>
            <source>ended by the pump: {given} given</source>
            <translation>terminé par la pompe : {given} administré</translation>
        </message>
        <message>
            <source>event</source>
            <translation>événement</translation>
        </message>
        <message>
            <source>exactly the expected volume came back</source>
            <translation>exactement le volume attendu a été retiré</translation>
        </message>
        <message>
            <source>expected residual</source>
            <translation>résidu attendu</translation>
        </message>
        <message>
            <source>expected {date}</source>
            <translation>prévu le {date}</translation>
        </message>
        <message>
            <source>fill volume: 0 mL; enter the volume injected into the reservoir, more than 0 and at most {most} mL</source>
            <translation>volume de remplissage : 0 mL ; saisissez le volume injecté dans le réservoir, plus de 0 et au plus {most} mL</translation>
        </message>
        <message>
            <source>fill volume: {volume} mL is more than this pump's {reservoir} mL reservoir holds</source>
            <translation>volume de remplissage : {volume} mL dépasse ce que contient le réservoir de {reservoir} mL de cette pompe</translation>
        </message>
        <message>
            <source>fill volume: {volume} mL is not above the low-reservoir alarm volume ({alarm} mL): the alarm would sound at once; fill more, or lower the alarm volume</source>
            <translation>volume de remplissage : {volume} mL n'est pas supérieur au volume d'alarme de réservoir bas ({alarm} mL) : l'alarme sonnerait aussitôt ; remplissez davantage ou abaissez le volume d'alarme</translation>
        </message>
        <message>
            <source>filled {volume}</source>
            <translation>{volume} rempli(s)</translation>
        </message>
        <message>
            <source>filled {volume} at {concentration} mcg/mL</source>
            <translation>{volume} rempli(s) à {concentration} mcg/mL</translation>
        </message>
        <message>
            <source>flexible</source>
            <translation>flexible</translation>
        </message>
        <message>
            <source>from stopped</source>
            <translation>depuis l'arrêt</translation>
        </message>
        <message>
            <source>from {old} to {new} ({shift})</source>
            <translation>de {old} à {new} ({shift})</translation>
        </message>
        <message>
            <source>h later</source>
            <translation>h plus tard</translation>
        </message>
        <message>
            <source>h:mm after Start</source>
            <translation>h:mm après le début</translation>
        </message>
        <message>
            <source>higher</source>
            <translation>plus haut</translation>
        </message>
        <message>
            <source>implant record change</source>
            <translation>modification du dossier d’implantation</translation>
        </message>
        <message numerus="yes">
            <source>in %n days</source>
            <translation>
                <numerusform>dans %n jour</numerusform>
                <numerusform>dans %n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in about %n months</source>
            <translation>
                <numerusform>dans environ %n mois</numerusform>
                <numerusform>dans environ %n mois</numerusform>
            </translation>
        </message>
        <message>
            <source>in about {years} years</source>
            <translation>dans environ {years} ans</translation>
        </message>
        <message>
            <source>in force on the pump</source>
            <translation>en vigueur sur la pompe</translation>
        </message>
        <message>
            <source>in force when last read ({time}), not connected</source>
            <translation>en vigueur à la dernière lecture ({time}), non connecté</translation>
        </message>
        <message>
            <source>increase to &lt;b&gt;{lowest} to {highest}&lt;/b&gt; (up {low} to {high} %); for side effects reduce to {reduced_low} to {reduced_high} (down {less} to {most} %)</source>
            <translation>augmenter à &lt;b&gt;{lowest} à {highest}&lt;/b&gt; (hausse de {low} à {high} %) ; en cas d'effets indésirables, réduire à {reduced_low} à {reduced_high} (baisse de {less} à {most} %)</translation>
        </message>
        <message>
            <source>increase {low} to {high}, or reduce to {lowest} to {highest}</source>
            <translation>augmenter à {low} à {high}, ou réduire à {lowest} à {highest}</translation>
        </message>
        <message>
            <source>instructor's panel</source>
            <translation>panneau du formateur</translation>
        </message>
        <message>
            <source>keys: PgUp PgDn Space</source>
            <translation>touches : Pg préc, Pg suiv, Espace</translation>
        </message>
        <message>
            <source>last dose change {time} (pump clock): {state}</source>
            <translation>dernier changement de dose {time} (horloge de la pompe) : {state}</translation>
        </message>
        <message>
            <source>last dose change: {then} is after now ({now}); it must be in the past</source>
            <translation>dernier changement de dose : {then} est après maintenant ({now}) ; il doit être passé</translation>
        </message>
        <message>
            <source>last: {bolus}</source>
            <translation>dernier : {bolus}</translation>
        </message>
        <message>
            <source>link drop at the next send</source>
            <translation>coupure de liaison au prochain envoi</translation>
        </message>
        <message>
            <source>local</source>
            <translation>locale</translation>
        </message>
        <message>
            <source>low-reservoir alarm</source>
            <translation>alarme de réservoir bas</translation>
        </message>
        <message>
            <source>low-reservoir alarm at {volume}</source>
            <translation>alarme de réservoir bas à {volume}</translation>
        </message>
        <message>
            <source>low-reservoir alarm set at</source>
            <translation>alarme de réservoir bas réglée à</translation>
        </message>
        <message>
            <source>low-reservoir alarm: {volume} mL is outside {low} to {high} mL</source>
            <translation>alarme de réservoir bas : {volume} mL est hors de {low} à {high} mL</translation>
        </message>
        <message>
            <source>lower</source>
            <translation>plus bas</translation>
        </message>
        <message>
            <source>mL</source>
            <translation>mL</translation>
        </message>
        <message>
            <source>mL/day</source>
            <translation>mL/jour</translation>
        </message>
        <message>
            <source>mcg/day</source>
            <translation>mcg/jour</translation>
        </message>
        <message>
            <source>measure, then type, e.g. {number}</source>
            <translation>mesurez, puis saisissez, p. ex. {number}</translation>
        </message>
        <message>
            <source>merge: step {step} is the last step; nothing follows it</source>
            <translation>fusion : l'étape {step} est la dernière ; rien ne la suit</translation>
        </message>
        <message>
            <source>mode change</source>
            <translation>changement de mode</translation>
        </message>
        <message>
            <source>motor stall</source>
            <translation>blocage du moteur</translation>
        </message>
        <message>
            <source>motor stalled</source>
            <translation>moteur bloqué</translation>
        </message>
        <message>
            <source>move: step {step} can start between {low} and {high} (each step lasts at least {least} min); {time} is outside that</source>
            <translation>déplacement : l'étape {step} peut commencer entre {low} et {high} (chaque étape dure au moins {least} min) ; {time} est en dehors</translation>
        </message>
        <message>
            <source>move: the first step always starts at 00:00</source>
            <translation>déplacement : la première étape commence toujours à 00:00</translation>
        </message>
        <message>
            <source>negative: behind; empty: right</source>
            <translation>négatif : en retard ; vide : à l'heure</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>never (stopped)</source>
            <translation>jamais (à l'arrêt)</translation>
        </message>
        <message>
            <source>next change from {time}</source>
            <translation>prochain changement à partir de {time}</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>no change</source>
            <translation>aucun changement</translation>
        </message>
        <message>
            <source>no difference</source>
            <translation>aucune différence</translation>
        </message>
        <message>
            <source>no forecast: not delivering ({why})</source>
            <translation>pas de prévision : aucune administration ({why})</translation>
        </message>
        <message>
            <source>no forecast: the pump is not delivering</source>
            <translation>pas de prévision : la pompe n'administre pas</translation>
        </message>
        <message>
            <source>no motor stall logged</source>
            <translation>aucun blocage du moteur consigné</translation>
        </message>
        <message>
            <source>no pump connected</source>
            <translation>aucune pompe connectée</translation>
        </message>
        <message>
            <source>no real pump is ever programmed by this program</source>
            <translation>aucune vraie pompe n'est jamais programmée par ce programme</translation>
        </message>
        <message>
            <source>no recovery logged yet (interrogate again)</source>
            <translation>aucune reprise consignée pour l'instant (interrogez à nouveau)</translation>
        </message>
        <message>
            <source>no soft limit overridden</source>
            <translation>aucune limite souple outrepassée</translation>
        </message>
        <message>
            <source>no station opened</source>
            <translation>aucun poste ouvert</translation>
        </message>
        <message>
            <source>no such port</source>
            <translation>port inexistant</translation>
        </message>
        <message>
            <source>non-critical</source>
            <translation>non critique</translation>
        </message>
        <message>
            <source>non-critical, single tone</source>
            <translation>non critique, tonalité simple</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>none (the pump takes no key)</source>
            <translation>aucun (la pompe ne prend pas de clé)</translation>
        </message>
        <message>
            <source>none (within a minute)</source>
            <translation>aucun (à une minute près)</translation>
        </message>
        <message>
            <source>none while not delivering ({why})</source>
            <translation>aucune tant qu’il n’y a pas d’administration ({why})</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>aucun pour l'instant</translation>
        </message>
        <message>
            <source>none: the stations take no key (a trainee needs only the address)</source>
            <translation>aucune : les postes ne demandent pas de clé (un stagiaire n'a besoin que de l'adresse)</translation>
        </message>
        <message>
            <source>not booked</source>
            <translation>non programmé</translation>
        </message>
        <message>
            <source>not booked: plan it from the new reservoir</source>
            <translation>non programmé : planifiez-le d'après le nouveau réservoir</translation>
        </message>
        <message>
            <source>not connected to a pump</source>
            <translation>non connecté à une pompe</translation>
        </message>
        <message>
            <source>not connected yet</source>
            <translation>pas encore connecté</translation>
        </message>
        <message>
            <source>not delivering (stopped)</source>
            <translation>n'administre pas (arrêtée)</translation>
        </message>
        <message>
            <source>not delivering ({alarms})</source>
            <translation>n'administre pas ({alarms})</translation>
        </message>
        <message>
            <source>not done</source>
            <translation>non effectué</translation>
        </message>
        <message>
            <source>not expected</source>
            <translation>non prévu</translation>
        </message>
        <message>
            <source>not installed</source>
            <translation>non installé</translation>
        </message>
        <message>
            <source>not named</source>
            <translation>non nommé</translation>
        </message>
        <message>
            <source>not read</source>
            <translation>non lu</translation>
        </message>
        <message>
            <source>not read yet</source>
            <translation>pas encore lu</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>non enregistré</translation>
        </message>
        <message>
            <source>not recorded in this file</source>
            <translation>non enregistré dans ce fichier</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>pas encore enregistré</translation>
        </message>
        <message>
            <source>not sent, the pump runs the old program</source>
            <translation>non envoyé, la pompe exécute l'ancien programme</translation>
        </message>
        <message>
            <source>nothing is listening there</source>
            <translation>rien n'écoute à cette adresse</translation>
        </message>
        <message>
            <source>nothing yet</source>
            <translation>rien encore</translation>
        </message>
        <message>
            <source>now</source>
            <translation>maintenant</translation>
        </message>
        <message>
            <source>now {time}</source>
            <translation>maintenant {time}</translation>
        </message>
        <message>
            <source>objective</source>
            <translation>objectif</translation>
        </message>
        <message>
            <source>of {reservoir}; alarm at {alarm}</source>
            <translation>sur {reservoir} ; alarme à {alarm}</translation>
        </message>
        <message>
            <source>on {time}</source>
            <translation>le {time}</translation>
        </message>
        <message>
            <source>over-infusion</source>
            <translation>surdébit</translation>
        </message>
        <message>
            <source>own speed</source>
            <translation>vitesse propre</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>en pause</translation>
        </message>
        <message>
            <source>pending (being edited)</source>
            <translation>en attente (en cours de modification)</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>permission refusée</translation>
        </message>
        <message>
            <source>post-MRI check recorded</source>
            <translation>contrôle post-IRM enregistré</translation>
        </message>
        <message>
            <source>predicted {day} (by the pump, at the current rate)</source>
            <translation>prévue le {day} (par la pompe, au débit actuel)</translation>
        </message>
        <message>
            <source>primed</source>
            <translation>amorcée</translation>
        </message>
        <message>
            <source>priming</source>
            <translation>amorçage</translation>
        </message>
        <message>
            <source>priming bolus</source>
            <translation>bolus d'amorçage</translation>
        </message>
        <message>
            <source>program ahead</source>
            <translation>programme à venir</translation>
        </message>
        <message>
            <source>program {text}</source>
            <translation>programme {text}</translation>
        </message>
        <message>
            <source>programmed</source>
            <translation>programmée</translation>
        </message>
        <message>
            <source>projected reservoir</source>
            <translation>réservoir projeté</translation>
        </message>
        <message>
            <source>pseudonymous; empty: TRAINING-01</source>
            <translation>pseudonyme ; vide : TRAINING-01</translation>
        </message>
        <message>
            <source>pump clock</source>
            <translation>horloge de la pompe</translation>
        </message>
        <message>
            <source>pump clock within</source>
            <translation>horloge de la pompe à moins de</translation>
        </message>
        <message>
            <source>pump maximum</source>
            <translation>maximum de la pompe</translation>
        </message>
        <message>
            <source>pump minimum</source>
            <translation>minimum de la pompe</translation>
        </message>
        <message>
            <source>rate: {dose} is outside this pump's range {low} to {high} at this concentration</source>
            <translation>débit : {dose} est hors de la plage de cette pompe, de {low} à {high} à cette concentration</translation>
        </message>
        <message>
            <source>reached</source>
            <translation>atteinte</translation>
        </message>
        <message>
            <source>reached {date}</source>
            <translation>atteint le {date}</translation>
        </message>
        <message>
            <source>reached {day}</source>
            <translation>atteinte le {day}</translation>
        </message>
        <message>
            <source>reading the pump's speed</source>
            <translation>lecture de la vitesse de la pompe</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>prêt</translation>
        </message>
        <message>
            <source>real time</source>
            <translation>temps réel</translation>
        </message>
        <message>
            <source>reason: the catheter differs from the saved record; say why (e.g. catheter shortened in theatre)</source>
            <translation>motif : le cathéter diffère du dossier enregistré ; indiquez pourquoi (p. ex. cathéter raccourci au bloc)</translation>
        </message>
        <message>
            <source>record written</source>
            <translation>dossier écrit</translation>
        </message>
        <message>
            <source>refill</source>
            <translation>remplissage</translation>
        </message>
        <message>
            <source>refill done</source>
            <translation>remplissage effectué</translation>
        </message>
        <message>
            <source>refill margin: {days} days is outside 0 to {most} whole days</source>
            <translation>marge de remplissage : {days} jours est hors de 0 à {most} jours entiers</translation>
        </message>
        <message>
            <source>refused by the pump</source>
            <translation>refusé par la pompe</translation>
        </message>
        <message>
            <source>reservoir empty</source>
            <translation>réservoir vide</translation>
        </message>
        <message>
            <source>restarts at once</source>
            <translation>redémarre aussitôt</translation>
        </message>
        <message>
            <source>restarts late</source>
            <translation>redémarre en retard</translation>
        </message>
        <message>
            <source>restarts when the scan ends</source>
            <translation>redémarre à la fin de l'examen</translation>
        </message>
        <message>
            <source>restarts {hours} h late</source>
            <translation>redémarre avec {hours} h de retard</translation>
        </message>
        <message>
            <source>running</source>
            <translation>en cours</translation>
        </message>
        <message>
            <source>running: volume given not recorded</source>
            <translation>en cours : volume administré non enregistré</translation>
        </message>
        <message>
            <source>running: {given} of {volume} given so far</source>
            <translation>en cours : {given} sur {volume} administré jusqu'ici</translation>
        </message>
        <message>
            <source>save the old pump</source>
            <translation>sauvegarde de l’ancienne pompe</translation>
        </message>
        <message>
            <source>saved with values not verified now</source>
            <translation>enregistré avec des valeurs non vérifiées maintenant</translation>
        </message>
        <message>
            <source>scenario editor</source>
            <translation>éditeur de scénarios</translation>
        </message>
        <message>
            <source>scenario time from Start</source>
            <translation>temps du scénario depuis Début</translation>
        </message>
        <message>
            <source>schedule: {count} steps; this pump allows at most {most}</source>
            <translation>programme : {count} étapes ; cette pompe en permet au plus {most}</translation>
        </message>
        <message>
            <source>screening bolus {number}: {dose} mcg; the sequence is {sequence} mcg, 24 h apart</source>
            <translation>bolus test {number} : {dose} mcg ; la séquence est {sequence} mcg, à 24 h d'intervalle</translation>
        </message>
        <message>
            <source>see the licence files of {package}</source>
            <translation>voir les fichiers de licence de {package}</translation>
        </message>
        <message>
            <source>send program</source>
            <translation>envoi du programme</translation>
        </message>
        <message>
            <source>sent and running</source>
            <translation>envoyé et en cours</translation>
        </message>
        <message>
            <source>sent and verified</source>
            <translation>envoyé et vérifié</translation>
        </message>
        <message>
            <source>serial {serial}</source>
            <translation>numéro de série {serial}</translation>
        </message>
        <message>
            <source>session report</source>
            <translation>rapport de séance</translation>
        </message>
        <message>
            <source>set clock</source>
            <translation>réglage de l’horloge</translation>
        </message>
        <message>
            <source>severity not recorded</source>
            <translation>gravité non enregistrée</translation>
        </message>
        <message>
            <source>single tone</source>
            <translation>tonalité simple</translation>
        </message>
        <message>
            <source>spinal origin</source>
            <translation>d'origine spinale</translation>
        </message>
        <message>
            <source>split at {time}: would leave a step of {left} min; each step must last at least {least} min</source>
            <translation>division à {time} : laisserait une étape de {left} min ; chaque étape doit durer au moins {least} min</translation>
        </message>
        <message>
            <source>split: a step already starts at {time}</source>
            <translation>division : une étape commence déjà à {time}</translation>
        </message>
        <message>
            <source>split: this pump allows at most {count} steps</source>
            <translation>division : cette pompe permet au plus {count} étapes</translation>
        </message>
        <message>
            <source>split: {time} is not inside the day; split between 00:01 and 23:59</source>
            <translation>division : {time} n'est pas dans la journée ; divisez entre 00:01 et 23:59</translation>
        </message>
        <message>
            <source>started from stopped</source>
            <translation>démarrée depuis l'arrêt</translation>
        </message>
        <message>
            <source>starts a stopped pump</source>
            <translation>démarre une pompe à l'arrêt</translation>
        </message>
        <message>
            <source>step {step}: lasts {minutes} min; each step must last at least {least} min</source>
            <translation>étape {step} : dure {minutes} min ; chaque étape doit durer au moins {least} min</translation>
        </message>
        <message>
            <source>step {step}: {dose} is outside this pump's range {low} to {high} at this concentration</source>
            <translation>étape {step} : {dose} est hors de la plage de cette pompe, de {low} à {high} à cette concentration</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>à l'arrêt</translation>
        </message>
        <message>
            <source>stuck until interrogated</source>
            <translation>bloquée jusqu'à l'interrogation</translation>
        </message>
        <message>
            <source>the active alarms</source>
            <translation>les alarmes actives</translation>
        </message>
        <message>
            <source>the alarm day has come</source>
            <translation>le jour de l'alarme est arrivé</translation>
        </message>
        <message>
            <source>the alarm tones</source>
            <translation>les tonalités d'alarme</translation>
        </message>
        <message>
            <source>the concentration changes, so every volume changes.</source>
            <translation>la concentration change, donc chaque volume change.</translation>
        </message>
        <message>
            <source>the first step always starts at 00:00; select a later step to move its start.</source>
            <translation>le premier palier commence toujours à 00:00 ; sélectionnez un palier suivant pour déplacer son début.</translation>
        </message>
        <message>
            <source>the implant record</source>
            <translation>le dossier d'implant</translation>
        </message>
        <message>
            <source>the link was lost</source>
            <translation>la liaison a été perdue</translation>
        </message>
        <message>
            <source>the network connection failed</source>
            <translation>la connexion réseau a échoué</translation>
        </message>
        <message>
            <source>the port is in use</source>
            <translation>le port est utilisé</translation>
        </message>
        <message>
            <source>the program</source>
            <translation>le programme</translation>
        </message>
        <message>
            <source>the pump clock</source>
            <translation>l'horloge de la pompe</translation>
        </message>
        <message>
            <source>the pump did not answer</source>
            <translation>la pompe n'a pas répondu</translation>
        </message>
        <message>
            <source>the pump is stopped</source>
            <translation>la pompe est à l'arrêt</translation>
        </message>
        <message>
            <source>the pump runs the NEW program, not verified</source>
            <translation>la pompe exécute le NOUVEAU programme, non vérifié</translation>
        </message>
        <message>
            <source>the pump runs the OLD program</source>
            <translation>la pompe exécute l'ANCIEN programme</translation>
        </message>
        <message>
            <source>the pump {serial} reports profile {profile}, which this console does not know (it knows {known})</source>
            <translation>la pompe {serial} indique le profil {profile}, que cette console ne connaît pas (elle connaît {known})</translation>
        </message>
        <message>
            <source>the pump's end of service</source>
            <translation>la fin de service de la pompe</translation>
        </message>
        <message>
            <source>the report file</source>
            <translation>le fichier du rapport</translation>
        </message>
        <message>
            <source>the reservoir volume, concentration and program</source>
            <translation>le volume du réservoir, la concentration et le programme</translation>
        </message>
        <message>
            <source>the same concentration.</source>
            <translation>la même concentration.</translation>
        </message>
        <message>
            <source>the saved file</source>
            <translation>le fichier enregistré</translation>
        </message>
        <message>
            <source>the session was closed</source>
            <translation>la session a été fermée</translation>
        </message>
        <message>
            <source>time control: simulated pump (sim://) only</source>
            <translation>contrôle du temps : pompe simulée (sim://) uniquement</translation>
        </message>
        <message>
            <source>time jumps ahead</source>
            <translation>saut de temps en avant</translation>
        </message>
        <message>
            <source>timed out</source>
            <translation>délai dépassé</translation>
        </message>
        <message>
            <source>to {time}</source>
            <translation>à {time}</translation>
        </message>
        <message>
            <source>to {url}</source>
            <translation>à {url}</translation>
        </message>
        <message>
            <source>today</source>
            <translation>aujourd'hui</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>demain</translation>
        </message>
        <message>
            <source>trainee records</source>
            <translation>dossiers des stagiaires</translation>
        </message>
        <message>
            <source>trainees' scenario results, filed by pseudonymous id</source>
            <translation>résultats des stagiaires aux scénarios, classés par identifiant pseudonyme</translation>
        </message>
        <message>
            <source>tried {program}</source>
            <translation>tenté : {program}</translation>
        </message>
        <message>
            <source>two-tone</source>
            <translation>deux tons</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>inchangé</translation>
        </message>
        <message>
            <source>unique, e.g. interrogate-first</source>
            <translation>unique, p. ex. interrogate-first</translation>
        </message>
        <message>
            <source>unique, no spaces, e.g. mri-delayed-restart</source>
            <translation>unique, sans espaces, p. ex. mri-delayed-restart</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>unknown: interrogate before anything else</source>
            <translation>inconnu : interrogez avant toute autre chose</translation>
        </message>
        <message>
            <source>until interrogated</source>
            <translation>jusqu'à l'interrogation</translation>
        </message>
        <message>
            <source>up {percent}</source>
            <translation>en hausse de {percent}</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>vérifié</translation>
        </message>
        <message>
            <source>volume withdrawn: type it on the first page</source>
            <translation>volume retiré : saisissez-le à la première page</translation>
        </message>
        <message>
            <source>what the pump calculates, e.g. 3.2</source>
            <translation>ce que la pompe calcule, p. ex. 3,2</translation>
        </message>
        <message>
            <source>what the trainee is asked to do</source>
            <translation>ce qu'on demande au stagiaire</translation>
        </message>
        <message>
            <source>what the trainee must notice and do</source>
            <translation>ce que le stagiaire doit remarquer et faire</translation>
        </message>
        <message>
            <source>whether a bolus is running</source>
            <translation>si un bolus est en cours</translation>
        </message>
        <message>
            <source>whether the bolus is still running</source>
            <translation>si le bolus est toujours en cours</translation>
        </message>
        <message>
            <source>whether the bridge bolus is running</source>
            <translation>si le bolus de relais est en cours</translation>
        </message>
        <message>
            <source>which mode and program the pump runs</source>
            <translation>quel mode et quel programme la pompe exécute</translation>
        </message>
        <message>
            <source>which program runs is NOT known: interrogate</source>
            <translation>on ne sait PAS quel programme s'exécute : interrogez</translation>
        </message>
        <message>
            <source>which program the pump runs</source>
            <translation>quel programme la pompe exécute</translation>
        </message>
        <message>
            <source>which pump is connected</source>
            <translation>quelle pompe est connectée</translation>
        </message>
        <message>
            <source>while not delivering ({why})</source>
            <translation>tant qu’il n’y a pas d’administration ({why})</translation>
        </message>
        <message>
            <source>who the patient is and what brings them in today</source>
            <translation>qui est le patient et ce qui l'amène aujourd'hui</translation>
        </message>
        <message>
            <source>withdrawn volume</source>
            <translation>volume retiré</translation>
        </message>
        <message>
            <source>withdrawn volume: {volume} mL is more than the {reservoir} mL reservoir</source>
            <translation>volume retiré : {volume} mL dépasse le réservoir de {reservoir} mL</translation>
        </message>
        <message>
            <source>withdrew {volume}</source>
            <translation>{volume} retiré(s)</translation>
        </message>
        <message>
            <source>withdrew {volume} (expected {expected}: {difference})</source>
            <translation>{volume} retiré(s) (attendu {expected} : {difference})</translation>
        </message>
        <message>
            <source>within threshold</source>
            <translation>dans le seuil</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>yes {duration}</source>
            <translation>oui {duration}</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>hier</translation>
        </message>
        <message>
            <source>{address} (keyed)</source>
            <translation>{address} (avec clé)</translation>
        </message>
        <message>
            <source>{age_text} The report states what was read from a pump.</source>
            <translation>{age_text} Le rapport indique ce qui a été lu sur une pompe.</translation>
        </message>
        <message>
            <source>{age}: reconnect (Ctrl+K) and interrogate (F5) first.</source>
            <translation>{age} : reconnectez (Ctrl+K) et interrogez (F5) d'abord.</translation>
        </message>
        <message>
            <source>{alarm} (critical)</source>
            <translation>{alarm} (critique)</translation>
        </message>
        <message>
            <source>{alarm} (non-critical)</source>
            <translation>{alarm} (non critique)</translation>
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
            <translation>{amount} jours par seconde</translation>
        </message>
        <message>
            <source>{amount} less</source>
            <translation>{amount} de moins</translation>
        </message>
        <message>
            <source>{amount} less came back than expected</source>
            <translation>{amount} de moins retiré(s) que prévu</translation>
        </message>
        <message>
            <source>{amount} more</source>
            <translation>{amount} de plus</translation>
        </message>
        <message>
            <source>{amount} more came back than expected</source>
            <translation>{amount} de plus retiré(s) que prévu</translation>
        </message>
        <message>
            <source>{amount} s per second</source>
            <translation>{amount} s par seconde</translation>
        </message>
        <message>
            <source>{amount} {unit} per second</source>
            <translation>{amount} {unit} par seconde</translation>
        </message>
        <message>
            <source>{bolus} over {duration}</source>
            <translation>{bolus} sur {duration}</translation>
        </message>
        <message>
            <source>{bolus} {time}: {dose} ({volume})</source>
            <translation>{bolus} {time} : {dose} ({volume})</translation>
        </message>
        <message>
            <source>{bolus}, {volume}</source>
            <translation>{bolus}, {volume}</translation>
        </message>
        <message>
            <source>{bolus}, {volume} delivered</source>
            <translation>{bolus}, {volume} administré(s)</translation>
        </message>
        <message>
            <source>{bolus}, {volume} delivered before it was stopped</source>
            <translation>{bolus}, {volume} administré(s) avant son arrêt</translation>
        </message>
        <message>
            <source>{bolus}, {volume} over {duration}</source>
            <translation>{bolus}, {volume} sur {duration}</translation>
        </message>
        <message>
            <source>{bolus}; back to {mode} mode</source>
            <translation>{bolus} ; retour au mode {mode}</translation>
        </message>
        <message>
            <source>{command}: {state}</source>
            <translation>{command} : {state}</translation>
        </message>
        <message numerus="yes">
            <source>{day} (about %n months before ERI)</source>
            <translation>
                <numerusform>{day} (environ %n mois avant l'ERI)</numerusform>
                <numerusform>{day} (environ %n mois avant l'ERI)</numerusform>
            </translation>
        </message>
        <message>
            <source>{day} (filled in theatre)</source>
            <translation>{day} (rempli au bloc)</translation>
        </message>
        <message>
            <source>{day} (today)</source>
            <translation>{day} (aujourd'hui)</translation>
        </message>
        <message>
            <source>{difference}: possible under-infusion (catheter occlusion, pump stall) with withdrawal risk, or drug outside the reservoir at the last refill (pocket fill).</source>
            <translation>{difference} : sous-perfusion possible (occlusion du cathéter, blocage de la pompe) avec risque de sevrage, ou médicament hors du réservoir lors du dernier remplissage (injection dans la poche).</translation>
        </message>
        <message>
            <source>{difference}: the pump may over-infuse (overdose risk), or not all was withdrawn. Check the patient and the pump; consider a rate check.</source>
            <translation>{difference} : la pompe délivre peut-être trop (risque de surdosage), ou tout n'a pas été retiré. Vérifiez le patient et la pompe ; envisagez un contrôle du débit.</translation>
        </message>
        <message>
            <source>{doing}, then reading the pump back...</source>
            <translation>{doing}, puis relecture de la pompe...</translation>
        </message>
        <message>
            <source>{dose} ({volume} at {concentration}), {mode}, {steps}</source>
            <translation>{dose} ({volume} à {concentration}), {mode}, {steps}</translation>
        </message>
        <message>
            <source>{dose} is outside the cerebral titration range from {current} ({range}).</source>
            <translation>{dose} est hors de la plage de titration cérébrale à partir de {current} ({range}).</translation>
        </message>
        <message>
            <source>{dose} is outside the spinal titration range from {current} ({range}).</source>
            <translation>{dose} est hors de la plage de titration spinale à partir de {current} ({range}).</translation>
        </message>
        <message>
            <source>{dose} is outside the usual maintenance range for {who} ({low} to {high} mcg/day). Check the prescription.</source>
            <translation>{dose} est hors de la plage d'entretien habituelle pour {who} ({low} à {high} mcg/jour). Vérifiez la prescription.</translation>
        </message>
        <message>
            <source>{dose} is outside this pump's range {span} at this concentration</source>
            <translation>{dose} est hors de la plage {span} de cette pompe à cette concentration</translation>
        </message>
        <message>
            <source>{dose} is within the titration rules.</source>
            <translation>{dose} respecte les règles de titration.</translation>
        </message>
        <message>
            <source>{dose}, {mode} mode</source>
            <translation>{dose}, mode {mode}</translation>
        </message>
        <message>
            <source>{error}

Nothing was opened.</source>
            <translation>{error}

Rien n'a été ouvert.</translation>
        </message>
        <message>
            <source>{event} {hours} h</source>
            <translation>{event} {hours} h</translation>
        </message>
        <message>
            <source>{event}, {minutes} min; {after}</source>
            <translation>{event}, {minutes} min ; {after}</translation>
        </message>
        <message>
            <source>{event}: {alarm}</source>
            <translation>{event} : {alarm}</translation>
        </message>
        <message>
            <source>{event}: {percent} %</source>
            <translation>{event} : {percent} %</translation>
        </message>
        <message>
            <source>{fewest_delay_hours} to {most_delay_hours}</source>
            <translation>{fewest_delay_hours} à {most_delay_hours}</translation>
        </message>
        <message>
            <source>{field}: {value} is not a date</source>
            <translation>{field} : {value} n'est pas une date</translation>
        </message>
        <message>
            <source>{field}: {volume} mL is negative</source>
            <translation>{field} : {volume} mL est négatif</translation>
        </message>
        <message>
            <source>{found}, after {interrogations}</source>
            <translation>{found}, après {interrogations}</translation>
        </message>
        <message>
            <source>{function} ({file}, line {line})</source>
            <translation>{function} ({file}, ligne {line})</translation>
        </message>
        <message>
            <source>{kind} bolus</source>
            <translation>bolus {kind}</translation>
        </message>
        <message>
            <source>{label} (increase {low} to {high} % a day)</source>
            <translation>{label} (augmentation de {low} à {high} % par jour)</translation>
        </message>
        <message>
            <source>{label}:</source>
            <translation>{label} :</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>{low} à {high}</translation>
        </message>
        <message>
            <source>{low} to {high} mcg/day: the proposed dose is within it</source>
            <translation>{low} à {high} mcg/jour : la dose proposée s'y trouve</translation>
        </message>
        <message>
            <source>{low} to {high} on this pump ({name}); the manufacturer's default is {default}</source>
            <translation>{low} à {high} sur cette pompe ({name}) ; la valeur par défaut du fabricant est {default}</translation>
        </message>
        <message>
            <source>{millilitres} (calculated)</source>
            <translation>{millilitres} (calculé)</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{model} {serial}, new; replaces {old_model} {old_serial}</source>
            <translation>{model} {serial}, nouvelle ; remplace {old_model} {old_serial}</translation>
        </message>
        <message>
            <source>{model} {serial}, patient {patient}; {drug} {concentration}, {volume} in the reservoir; {mode}, {dose}.</source>
            <translation>{model} {serial}, patient {patient} ; {drug} {concentration}, {volume} dans le réservoir ; {mode}, {dose}.</translation>
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
            <translation>{mode}, {steps} à {concentration}</translation>
        </message>
        <message>
            <source>{name}: {score}</source>
            <translation>{name} : {score}</translation>
        </message>
        <message>
            <source>{none_text}: no key file</source>
            <translation>{none_text} : pas de fichier de clé</translation>
        </message>
        <message>
            <source>{number}. {title}</source>
            <translation>{number}. {title}</translation>
        </message>
        <message>
            <source>{package} licence</source>
            <translation>licence de {package}</translation>
        </message>
        <message>
            <source>{part} of {whole}</source>
            <translation>{part} sur {whole}</translation>
        </message>
        <message>
            <source>{path} (pump path, {profile}) + {length} x {per_cm} (catheter: {catheter}) = {volume} at the pump's maximum {rate} for {duration}</source>
            <translation>{path} (circuit de la pompe, {profile}) + {length} x {per_cm} (cathéter : {catheter}) = {volume} au débit maximal de la pompe de {rate} pendant {duration}</translation>
        </message>
        <message>
            <source>{per_hour}; {volume} at {concentration}</source>
            <translation>{per_hour} ; {volume} à {concentration}</translation>
        </message>
        <message>
            <source>{percent} full</source>
            <translation>{percent} plein</translation>
        </message>
        <message>
            <source>{problem} (on the priming page).</source>
            <translation>{problem} (sur la page d'amorçage).</translation>
        </message>
        <message>
            <source>{program} (sent and verified)</source>
            <translation>{program} (envoyé et vérifié)</translation>
        </message>
        <message>
            <source>{program} (sent, NOT verified)</source>
            <translation>{program} (envoyé, NON vérifié)</translation>
        </message>
        <message>
            <source>{program}, verified</source>
            <translation>{program}, vérifié</translation>
        </message>
        <message>
            <source>{pump} on {device}</source>
            <translation>{pump} sur {device}</translation>
        </message>
        <message>
            <source>{pump} serving the serial port {port}: connect to the port at the other end of its cable</source>
            <translation>{pump} servant le port série {port} : connectez-vous au port à l'autre bout de son câble</translation>
        </message>
        <message>
            <source>{reason}

Save the report as a PDF instead?</source>
            <translation>{reason}

Enregistrer plutôt le rapport en PDF ?</translation>
        </message>
        <message>
            <source>{runs} by {trainees}; mean {mean}, median {median}, lowest {lowest}, best {best}</source>
            <translation>{runs} par {trainees} ; moyenne {mean}, médiane {median}, plus bas {lowest}, meilleur {best}</translation>
        </message>
        <message>
            <source>{saved} It states the pump as last read at {time}, {age} before it was saved; then {since}, so none of it was read again.</source>
            <translation>{saved} Il décrit la pompe telle que lue à {time}, {age} avant l'enregistrement ; puis {since}, rien n'a donc été relu.</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n events shown</source>
            <translation>
                <numerusform>{shown} sur %n événement affiché(s)</numerusform>
                <numerusform>{shown} sur %n événements affiché(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>{small_volume} ({micrograms}) over {duration} = {ml_per_day} at {reservoir_concentration}</source>
            <translation>{small_volume} ({micrograms}) sur {duration} = {ml_per_day} à {reservoir_concentration}</translation>
        </message>
        <message>
            <source>{span} back</source>
            <translation>{span} en arrière</translation>
        </message>
        <message>
            <source>{span} forward</source>
            <translation>{span} en avant</translation>
        </message>
        <message>
            <source>{span} pump ahead of local time</source>
            <translation>{span} : la pompe avance sur l'heure locale</translation>
        </message>
        <message>
            <source>{span} pump behind local time</source>
            <translation>{span} : la pompe retarde sur l'heure locale</translation>
        </message>
        <message>
            <source>{start} to {end} ({span} h:min:s)</source>
            <translation>de {start} à {end} ({span} h:min:s)</translation>
        </message>
        <message>
            <source>{state} - link down</source>
            <translation>{state} - liaison coupée</translation>
        </message>
        <message>
            <source>{state} - not answering</source>
            <translation>{state} - ne répond pas</translation>
        </message>
        <message>
            <source>{station} display name</source>
            <translation>{station} : nom affiché</translation>
        </message>
        <message>
            <source>{station} trainee id</source>
            <translation>{station} : identifiant du stagiaire</translation>
        </message>
        <message>
            <source>{station} was scored but NOT recorded: {error}</source>
            <translation>{station} a été noté mais PAS enregistré : {error}</translation>
        </message>
        <message numerus="yes">
            <source>{station}: %n scripted events to come; a syringe would withdraw {volume} now.</source>
            <translation>
                <numerusform>{station} : %n événement scénarisé à venir ; une seringue retirerait maintenant {volume}.</numerusform>
                <numerusform>{station} : %n événements scénarisés à venir ; une seringue retirerait maintenant {volume}.</numerusform>
            </translation>
        </message>
        <message>
            <source>{station}: give the display name of trainee {trainee}, or clear the id to score without recording</source>
            <translation>{station} : indiquez le nom affiché du stagiaire {trainee}, ou effacez l'identifiant pour noter sans enregistrer</translation>
        </message>
        <message>
            <source>{station}: the run of {who} was scored but NOT recorded: {error}</source>
            <translation>{station} : le passage de {who} a été noté mais PAS enregistré : {error}</translation>
        </message>
        <message>
            <source>{tip}. Not now: {reason}</source>
            <translation>{tip}. Pas maintenant : {reason}</translation>
        </message>
        <message>
            <source>{title} (training mock)</source>
            <translation>{title} (maquette de formation)</translation>
        </message>
        <message>
            <source>{trainee} at {station}</source>
            <translation>{trainee} au {station}</translation>
        </message>
        <message>
            <source>{typed} has decimals; this field takes whole numbers.</source>
            <translation>{typed} comporte des décimales ; ce champ n'accepte que des nombres entiers.</translation>
        </message>
        <message>
            <source>{typed} has more decimals than this field takes (steps of {step}).</source>
            <translation>{typed} a plus de décimales que ce champ n'en accepte (pas de {step}).</translation>
        </message>
        <message>
            <source>{typed} is not a number.</source>
            <translation>{typed} n'est pas un nombre.</translation>
        </message>
        <message>
            <source>{typed} would be read as {grouped}; type {decimal} or {grouped} without separators.</source>
            <translation>{typed} serait lu comme {grouped} ; saisissez {decimal} ou {grouped} sans séparateur.</translation>
        </message>
        <message>
            <source>{typed} would be read as {grouped}; type {grouped} without separators.</source>
            <translation>{typed} serait lu comme {grouped} ; saisissez {grouped} sans séparateur.</translation>
        </message>
        <message>
            <source>{typed} would be read as {value}; type {value}: a number here is digits and “{point}” only, without an exponent (e).</source>
            <translation>{typed} serait lu comme {value} ; saisissez {value} : un nombre ne comporte ici que des chiffres et « {point} », sans exposant (e).</translation>
        </message>
        <message>
            <source>{typed}: a number here is digits and “{point}” only, without an exponent (e).</source>
            <translation>{typed} : un nombre ne comporte ici que des chiffres et « {point} », sans exposant (e).</translation>
        </message>
        <message>
            <source>{typed}: the decimal separator here is “{point}”.</source>
            <translation>{typed} : le séparateur décimal est ici « {point} ».</translation>
        </message>
        <message>
            <source>{typed}: the decimal separator here is “{point}”; type {decimal}.</source>
            <translation>{typed} : le séparateur décimal est ici « {point} » ; saisissez {decimal}.</translation>
        </message>
        <message>
            <source>{typed}{unit} is outside {low} to {high}{unit}.</source>
            <translation>{typed}{unit} est en dehors de la plage de {low} à {high}{unit}.</translation>
        </message>
        <message>
            <source>{url} (no key)</source>
            <translation>{url} (sans clé)</translation>
        </message>
        <message>
            <source>{url} with the key file {key_file}</source>
            <translation>{url} avec le fichier de clé {key_file}</translation>
        </message>
        <message>
            <source>{verb}: done.</source>
            <translation>{verb} : fait.</translation>
        </message>
        <message>
            <source>{volume} at {concentration}</source>
            <translation>{volume} à {concentration}</translation>
        </message>
        <message>
            <source>{volume} mL ({profile_id})</source>
            <translation>{volume} mL ({profile_id})</translation>
        </message>
        <message>
            <source>{went}; the pump does not follow daylight saving, so its daily steps run at the wrong local time.</source>
            <translation>{went} ; la pompe ne suit pas l'heure d'été, ses étapes journalières tombent donc à la mauvaise heure locale.</translation>
        </message>
        <message>
            <source>{what} (its path; blank for none)</source>
            <translation>{what} (son chemin ; vide pour aucun)</translation>
        </message>
        <message>
            <source>{what} read {time}</source>
            <translation>{what} lu à {time}</translation>
        </message>
        <message>
            <source>{when}, before the {command}: interrogate (F5) to read it again</source>
            <translation>{when}, avant : {command} ; interrogez (F5) pour le relire</translation>
        </message>
        <message>
            <source>{when}; alarm due {day}</source>
            <translation>{when} ; alarme prévue le {day}</translation>
        </message>
        <message>
            <source>{who} at {station}</source>
            <translation>{who} à {station}</translation>
        </message>
    </context>
</TS>
