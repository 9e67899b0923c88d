<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source> % more</source>
            <translation> % más</translation>
        </message>
        <message>
            <source> (not saved)</source>
            <translation> (sin guardar)</translation>
        </message>
        <message>
            <source> Units: </source>
            <translation> Unidades: </translation>
        </message>
        <message>
            <source> or </source>
            <translation> o </translation>
        </message>
        <message numerus="yes">
            <source>%n active alarms, critical first:</source>
            <translation>
                <numerusform>%n alarma activa, críticas primero:</numerusform>
                <numerusform>%n alarmas activas, críticas primero:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>hace %n día</numerusform>
                <numerusform>hace %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days left</source>
            <translation>
                <numerusform>queda %n día</numerusform>
                <numerusform>quedan %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n events</source>
            <translation>
                <numerusform>%n evento</numerusform>
                <numerusform>%n eventos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n interrogations</source>
            <translation>
                <numerusform>%n interrogación</numerusform>
                <numerusform>%n interrogaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n objectives</source>
            <translation>
                <numerusform>%n objetivo</numerusform>
                <numerusform>%n objetivos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n points</source>
            <translation>
                <numerusform>%n punto</numerusform>
                <numerusform>%n puntos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n runs</source>
            <translation>
                <numerusform>%n intento</numerusform>
                <numerusform>%n intentos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n scenarios</source>
            <translation>
                <numerusform>%n escenario</numerusform>
                <numerusform>%n escenarios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stations</source>
            <translation>
                <numerusform>%n puesto</numerusform>
                <numerusform>%n puestos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n steps</source>
            <translation>
                <numerusform>%n paso</numerusform>
                <numerusform>%n pasos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n trainees</source>
            <translation>
                <numerusform>%n alumno</numerusform>
                <numerusform>%n alumnos</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;Pump</source>
            <translation>&amp;Bomba</translation>
        </message>
        <message>
            <source>&amp;Training</source>
            <translation>&amp;Formación</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>'{title}' from {file} is listed and chosen: set the number of stations and press Open.</source>
            <translation>«{title}» de {file} está en la lista y elegido: indique el número de puestos y pulse Abrir.</translation>
        </message>
        <message>
            <source>'{title}', {events}, {objectives}, {points}.</source>
            <translation>«{title}», {events}, {objectives}, {points}.</translation>
        </message>
        <message>
            <source>(The threshold on this pump is {threshold} mL.)</source>
            <translation>(El umbral de esta bomba es {threshold} mL.)</translation>
        </message>
        <message>
            <source>(as saved)</source>
            <translation>(tal como se guardó)</translation>
        </message>
        <message>
            <source>(changed: {reason})</source>
            <translation>(cambiado: {reason})</translation>
        </message>
        <message>
            <source>(critical, {time})</source>
            <translation>(crítica, {time})</translation>
        </message>
        <message>
            <source>(keyed: choose its key file below)</source>
            <translation>(con clave: elija su archivo de clave abajo)</translation>
        </message>
        <message>
            <source>(non-critical, {time})</source>
            <translation>(no crítica, {time})</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(no indicado)</translation>
        </message>
        <message>
            <source>(this pump holds {patient})</source>
            <translation>(esta bomba contiene {patient})</translation>
        </message>
        <message>
            <source>({count} cancelled)</source>
            <translation>({count} cancelados)</translation>
        </message>
        <message>
            <source>({kind}; since {time})&lt;br&gt;{meaning}&lt;br&gt;&lt;i&gt;What to do:&lt;/i&gt; {action}</source>
            <translation>({kind}; desde {time})&lt;br&gt;{meaning}&lt;br&gt;&lt;i&gt;Qué hacer:&lt;/i&gt; {action}</translation>
        </message>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n más</numerusform>
                <numerusform>+%n más</numerusform>
            </translation>
        </message>
        <message>
            <source>+1 day</source>
            <translation>+1 día</translation>
        </message>
        <message>
            <source>+1 h</source>
            <translation>+1 h</translation>
        </message>
        <message>
            <source>+1 week</source>
            <translation>+1 semana</translation>
        </message>
        <message>
            <source>+30 days</source>
            <translation>+30 días</translation>
        </message>
        <message>
            <source>, keyed with {path} (give trainees a copy)</source>
            <translation>, con la clave {path} (dé una copia a los alumnos)</translation>
        </message>
        <message>
            <source>, not connected</source>
            <translation>, sin conexión</translation>
        </message>
        <message>
            <source>, then </source>
            <translation>, luego </translation>
        </message>
        <message>
            <source>0 (stopped)</source>
            <translation>0 (parada)</translation>
        </message>
        <message>
            <source>1 day per second</source>
            <translation>1 día por segundo</translation>
        </message>
        <message>
            <source>1 to 100</source>
            <translation>1 a 100</translation>
        </message>
        <message>
            <source>1 to 200</source>
            <translation>1 a 200</translation>
        </message>
        <message>
            <source>1 to {max_scan_minutes}</source>
            <translation>1 a {max_scan_minutes}</translation>
        </message>
        <message>
            <source>1. Withdraw the residual</source>
            <translation>1. Extraer el residuo</translation>
        </message>
        <message>
            <source>2. Fill</source>
            <translation>2. Llenar</translation>
        </message>
        <message>
            <source>24-hour schedule timeline</source>
            <translation>Línea de tiempo del programa de 24 horas</translation>
        </message>
        <message>
            <source>3. Review and send</source>
            <translation>3. Revisar y enviar</translation>
        </message>
        <message>
            <source>4. Result</source>
            <translation>4. Resultado</translation>
        </message>
        <message>
            <source>&lt; Previous</source>
            <translation>&lt; Anterior</translation>
        </message>
        <message>
            <source>&lt;b&gt;Catheter&amp;nbsp;tip:&lt;/b&gt; {tip} &amp;nbsp;&amp;nbsp; &lt;b&gt;Next&amp;nbsp;refill:&lt;/b&gt; {next}</source>
            <translation>&lt;b&gt;Punta&amp;nbsp;del&amp;nbsp;catéter:&lt;/b&gt; {tip} &amp;nbsp;&amp;nbsp; &lt;b&gt;Próximo&amp;nbsp;rellenado:&lt;/b&gt; {next}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Catheter:&lt;/b&gt; {model}, {length} x {per_cm}, tip {tip}; implanted {day}</source>
            <translation>&lt;b&gt;Catéter:&lt;/b&gt; {model}, {length} x {per_cm}, punta {tip}; implantado el {day}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Connected now:&lt;/b&gt; {pump}</source>
            <translation>&lt;b&gt;Conectada ahora:&lt;/b&gt; {pump}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Daily total:&lt;/b&gt; {dose}, the same on the new pump; {old_volume} at {old_concentration} &amp;rarr; &lt;b&gt;{new_volume}&lt;/b&gt; at {new_concentration}</source>
            <translation>&lt;b&gt;Total diario:&lt;/b&gt; {dose}, igual en la bomba nueva; {old_volume} a {old_concentration} &amp;rarr; &lt;b&gt;{new_volume}&lt;/b&gt; a {new_concentration}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Daily total:&lt;/b&gt; {old} &amp;rarr; &lt;b&gt;{new}&lt;/b&gt; ({change}); {old_volume} &amp;rarr; {new_volume}</source>
            <translation>&lt;b&gt;Total diario:&lt;/b&gt; {old} &amp;rarr; &lt;b&gt;{new}&lt;/b&gt; ({change}); {old_volume} &amp;rarr; {new_volume}</translation>
        </message>
        <message>
            <source>&lt;b&gt;END OF SERVICE&lt;/b&gt;: not delivering</source>
            <translation>&lt;b&gt;FIN DE SERVICIO&lt;/b&gt;: sin infusión</translation>
        </message>
        <message>
            <source>&lt;b&gt;Mode:&lt;/b&gt; {old} &amp;rarr; {new} &amp;nbsp;&amp;nbsp; &lt;b&gt;Drug:&lt;/b&gt; {drug} {concentration}</source>
            <translation>&lt;b&gt;Modo:&lt;/b&gt; {old} &amp;rarr; {new} &amp;nbsp;&amp;nbsp; &lt;b&gt;Fármaco:&lt;/b&gt; {drug} {concentration}</translation>
        </message>
        <message>
            <source>&lt;b&gt;No program in force:&lt;/b&gt; {age_text}</source>
            <translation>&lt;b&gt;Ningún programa vigente:&lt;/b&gt; {age_text}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Patient:&lt;/b&gt; {patient} &amp;nbsp;&amp;nbsp; &lt;b&gt;Pump:&lt;/b&gt; {model} {serial}</source>
            <translation>&lt;b&gt;Paciente:&lt;/b&gt; {patient} &amp;nbsp;&amp;nbsp; &lt;b&gt;Bomba:&lt;/b&gt; {model} {serial}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Priming volume:&lt;/b&gt; {plan}</source>
            <translation>&lt;b&gt;Volumen de cebado:&lt;/b&gt; {plan}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Program:&lt;/b&gt; {mode}, {dose} in {steps}, {drug} {concentration}</source>
            <translation>&lt;b&gt;Programa:&lt;/b&gt; {mode}, {dose} en {steps}, {drug} {concentration}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recorded details&lt;/b&gt; (at {time})</source>
            <translation>&lt;b&gt;Detalles registrados&lt;/b&gt; (a las {time})</translation>
        </message>
        <message>
            <source>&lt;b&gt;Replacement indicator (ERI) reached&lt;/b&gt;</source>
            <translation>&lt;b&gt;Indicador de reemplazo (ERI) alcanzado&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Saved program:&lt;/b&gt; {mode}, {drug}; {change}</source>
            <translation>&lt;b&gt;Programa guardado:&lt;/b&gt; {mode}, {drug}; {change}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Saved:&lt;/b&gt; {model} {serial}, patient &lt;b&gt;{patient}&lt;/b&gt;, read {moment}</source>
            <translation>&lt;b&gt;Guardada:&lt;/b&gt; {model} {serial}, paciente &lt;b&gt;{patient}&lt;/b&gt;, leída el {moment}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sent:&lt;/b&gt;&lt;br&gt;{summary}</source>
            <translation>&lt;b&gt;Enviado:&lt;/b&gt;&lt;br&gt;{summary}</translation>
        </message>
        <message>
            <source>&lt;b&gt;The pump is NOT delivering ({reason}).&lt;/b&gt;</source>
            <translation>&lt;b&gt;La bomba NO está infundiendo ({reason}).&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;What it means:&lt;/b&gt; {meaning}&lt;br&gt;&lt;b&gt;What to do:&lt;/b&gt; {action}</source>
            <translation>&lt;b&gt;Qué significa:&lt;/b&gt; {meaning}&lt;br&gt;&lt;b&gt;Qué hacer:&lt;/b&gt; {action}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{alarm}&lt;/b&gt; - critical alarm since {time}</source>
            <translation>&lt;b&gt;{alarm}&lt;/b&gt; – alarma crítica desde {time}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{alarm}&lt;/b&gt; - non-critical alarm since {time}</source>
            <translation>&lt;b&gt;{alarm}&lt;/b&gt; – alarma no crítica desde {time}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{bolus} running&lt;/b&gt;: {given} ({dose}) given; &lt;b&gt;{left}&lt;/b&gt; left, then back to {mode} mode</source>
            <translation>&lt;b&gt;{bolus} en curso&lt;/b&gt;: {given} ({dose}) administrados; quedan &lt;b&gt;{left}&lt;/b&gt;, luego vuelta al modo {mode}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{millilitres}&lt;/b&gt; (calculated by the pump)</source>
            <translation>&lt;b&gt;{millilitres}&lt;/b&gt; (calculado por la bomba)</translation>
        </message>
        <message>
            <source>&lt;i&gt;(last read {time})&lt;/i&gt;</source>
            <translation>&lt;i&gt;(última lectura {time})&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;nobr&gt;Pending: &lt;b&gt;{pending}&lt;/b&gt;&lt;/nobr&gt; ({volume}){stopped} &amp;nbsp; In force{when}: &lt;nobr&gt;{in_force}&lt;/nobr&gt; &amp;nbsp; &lt;nobr&gt;Change: {change}&lt;/nobr&gt;{pump_line}</source>
            <translation>&lt;nobr&gt;Pendiente: &lt;b&gt;{pending}&lt;/b&gt;&lt;/nobr&gt; ({volume}){stopped} &amp;nbsp; Vigente{when}: &lt;nobr&gt;{in_force}&lt;/nobr&gt; &amp;nbsp; &lt;nobr&gt;Cambio: {change}&lt;/nobr&gt;{pump_line}</translation>
        </message>
        <message>
            <source>A bolus is running: the pump takes one at a time.</source>
            <translation>Hay un bolo en curso: la bomba admite uno cada vez.</translation>
        </message>
        <message>
            <source>A clinician or priming bolus; progress and cancel</source>
            <translation>Un bolo clínico o de cebado; progreso y cancelación</translation>
        </message>
        <message>
            <source>A late restart comes {low} to {high} h after the scan</source>
            <translation>Un reinicio retrasado llega {low} a {high} h después de la exploración</translation>
        </message>
        <message>
            <source>A new scenario: fill in the story, the pump and the objectives.</source>
            <translation>Un escenario nuevo: rellene la historia, la bomba y los objetivos.</translation>
        </message>
        <message>
            <source>A scan starts now at the selected stations: the magnet stops the rotor and the motor-stall alarm sounds</source>
            <translation>Una exploración empieza ahora en los puestos seleccionados: el imán detiene el rotor y suena la alarma de bloqueo del motor</translation>
        </message>
        <message>
            <source>A step runs at {dose}, above the soft ceiling of {ceiling}. Check the unit: per day, not per hour.</source>
            <translation>Un tramo va a {dose}, por encima del techo blando de {ceiling}. Compruebe la unidad: por día, no por hora.</translation>
        </message>
        <message>
            <source>A training replica of the clinician programmer for implanted intrathecal baclofen pumps. It never talks to a real pump, and nothing it shows is medical advice.</source>
            <translation>Una réplica de formación del programador clínico para bombas implantadas de baclofeno intratecal. Nunca se comunica con una bomba real, y nada de lo que muestra es consejo médico.</translation>
        </message>
        <message>
            <source>A {bolus} is running ({left} left): the pump refuses a refill until it has ended or been cancelled (Cancel bolus..., in the main window).</source>
            <translation>Hay un {bolus} en curso (quedan {left}): la bomba rechaza un rellenado hasta que termine o se cancele (Cancelar bolo... en la ventana principal).</translation>
        </message>
        <message>
            <source>About {product_name}</source>
            <translation>Acerca de {product_name}</translation>
        </message>
        <message>
            <source>About...</source>
            <translation>Acerca de...</translation>
        </message>
        <message>
            <source>Acknowledge the refill discrepancy</source>
            <translation>Reconocer la discrepancia del rellenado</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Action in the replay</source>
            <translation>Acción en la reproducción</translation>
        </message>
        <message>
            <source>Action {number} of {count}</source>
            <translation>Acción {number} de {count}</translation>
        </message>
        <message>
            <source>Active alarms</source>
            <translation>Alarmas activas</translation>
        </message>
        <message>
            <source>Active alarms, tones, clearing and alarm test</source>
            <translation>Alarmas activas, tonos, borrado y prueba</translation>
        </message>
        <message>
            <source>Active at the end of the session: {active}&lt;br&gt;Cleared during the session: {cleared}</source>
            <translation>Activas al final de la sesión: {active}&lt;br&gt;Borradas durante la sesión: {cleared}</translation>
        </message>
        <message>
            <source>Add bolus</source>
            <translation>Añadir bolo</translation>
        </message>
        <message>
            <source>Add event</source>
            <translation>Añadir evento</translation>
        </message>
        <message>
            <source>Add folder...</source>
            <translation>Añadir carpeta...</translation>
        </message>
        <message>
            <source>Add objective</source>
            <translation>Añadir objetivo</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Añadir paso</translation>
        </message>
        <message>
            <source>Add the scenario files (.toml) of a folder</source>
            <translation>Añadir los archivos de escenario (.toml) de una carpeta</translation>
        </message>
        <message>
            <source>Added {scenarios} from {folder}.</source>
            <translation>Añadidos {scenarios} de {folder}.</translation>
        </message>
        <message>
            <source>Adequate response (less spasticity)</source>
            <translation>Respuesta adecuada (menos espasticidad)</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Tras</translation>
        </message>
        <message>
            <source>After (minutes)</source>
            <translation>Tras (minutos)</translation>
        </message>
        <message>
            <source>After an MRI</source>
            <translation>Después de una RM</translation>
        </message>
        <message>
            <source>After an MRI - training mock</source>
            <translation>Después de una RM – simulador de formación</translation>
        </message>
        <message>
            <source>After an MRI...</source>
            <translation>Después de una RM...</translation>
        </message>
        <message>
            <source>After an MRI: motor stall and recovery, delayed restart, record the check</source>
            <translation>Después de una RM: bloqueo y recuperación del motor, reinicio retrasado, registrar el control</translation>
        </message>
        <message>
            <source>Alarm</source>
            <translation>Alarma</translation>
        </message>
        <message>
            <source>Alarm at (mL)</source>
            <translation>Alarma a (mL)</translation>
        </message>
        <message>
            <source>Alarm cleared</source>
            <translation>Alarma borrada</translation>
        </message>
        <message>
            <source>Alarm sound</source>
            <translation>Sonido de alarma</translation>
        </message>
        <message>
            <source>Alarm sounds are off: the audio library could not load ({error}). Alarms are still shown on screen.</source>
            <translation>Los sonidos de alarma están apagados: no se pudo cargar la biblioteca de audio ({error}). Las alarmas se siguen mostrando en pantalla.</translation>
        </message>
        <message>
            <source>Alarm sounds are off: this computer has no audio output. Alarms are still shown on screen.</source>
            <translation>Los sonidos de alarma están apagados: este ordenador no tiene salida de audio. Las alarmas se siguen mostrando en pantalla.</translation>
        </message>
        <message>
            <source>Alarm test</source>
            <translation>Prueba de alarmas</translation>
        </message>
        <message>
            <source>Alarm volume in percent</source>
            <translation>Volumen de alarma en porcentaje</translation>
        </message>
        <message>
            <source>Alarm volume:</source>
            <translation>Volumen de alarma:</translation>
        </message>
        <message>
            <source>Alarm volume: {percent} % is outside 0 to 100 %</source>
            <translation>Volumen de alarma: {percent} % está fuera de 0 a 100 %</translation>
        </message>
        <message>
            <source>Alarms</source>
            <translation>Alarmas</translation>
        </message>
        <message>
            <source>Alarms - training mock</source>
            <translation>Alarmas – simulador de formación</translation>
        </message>
        <message>
            <source>Alarms cleared</source>
            <translation>Alarmas borradas</translation>
        </message>
        <message>
            <source>Alarms panel...</source>
            <translation>Panel de alarmas...</translation>
        </message>
        <message>
            <source>Alarms sounding when found</source>
            <translation>Alarmas que suenan al encontrarla</translation>
        </message>
        <message>
            <source>Alarms...</source>
            <translation>Alarmas...</translation>
        </message>
        <message>
            <source>Alarms: meaning, what to do, tones, clearing, alarm test</source>
            <translation>Alarmas: significado, qué hacer, tonos, borrado, prueba</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todo</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Allowed next day:</source>
            <translation>Permitido al día siguiente:</translation>
        </message>
        <message>
            <source>Allowed next-day dose; apply it to the draft</source>
            <translation>Dosis permitida para el día siguiente; aplicarla al borrador</translation>
        </message>
        <message>
            <source>Allowed: {doses} mcg, one bolus per 24 h; effect 0 to {hours} h.</source>
            <translation>Permitido: {doses} mcg, un bolo cada 24 h; efecto de 0 a {hours} h.</translation>
        </message>
        <message>
            <source>Already connected: close the session first.</source>
            <translation>Ya está conectada: cierre primero la sesión.</translation>
        </message>
        <message>
            <source>Another programmer holds the pump: end that session first.</source>
            <translation>Otro programador tiene la bomba: termine primero esa sesión.</translation>
        </message>
        <message>
            <source>Apply to draft</source>
            <translation>Aplicar al borrador</translation>
        </message>
        <message>
            <source>As the computer ({native_name})</source>
            <translation>Como el ordenador ({native_name})</translation>
        </message>
        <message>
            <source>At this action</source>
            <translation>En esta acción</translation>
        </message>
        <message>
            <source>At {concentration} the current doses are not possible: {reason}</source>
            <translation>A {concentration} las dosis actuales no son posibles: {reason}</translation>
        </message>
        <message>
            <source>At {concentration} this pump cannot give the saved doses: {problem}. Fill the new pump with a concentration at which it can, or change the program with the prescriber.</source>
            <translation>A {concentration} esta bomba no puede administrar las dosis guardadas: {problem}. Llene la bomba nueva con una concentración que lo permita, o cambie el programa con el prescriptor.</translation>
        </message>
        <message>
            <source>At {dose} ({volume}):</source>
            <translation>A {dose} ({volume}):</translation>
        </message>
        <message>
            <source>Back to the normal window</source>
            <translation>Volver a la ventana normal</translation>
        </message>
        <message>
            <source>Battery</source>
            <translation>Batería</translation>
        </message>
        <message>
            <source>Battery &amp;&amp; clock...</source>
            <translation>Batería &amp;&amp; reloj...</translation>
        </message>
        <message>
            <source>Battery and clock</source>
            <translation>Batería y reloj</translation>
        </message>
        <message>
            <source>Battery and clock - training mock</source>
            <translation>Batería y reloj – simulador de formación</translation>
        </message>
        <message>
            <source>Battery and clock: replace-by date, pump clock check and setting</source>
            <translation>Batería y reloj: fecha de reemplazo, comprobación y ajuste del reloj</translation>
        </message>
        <message>
            <source>Battery days left</source>
            <translation>Días de batería restantes</translation>
        </message>
        <message>
            <source>Best</source>
            <translation>Mejor</translation>
        </message>
        <message>
            <source>Bolus</source>
            <translation>Bolo</translation>
        </message>
        <message>
            <source>Bolus - training mock</source>
            <translation>Bolo – simulador de formación</translation>
        </message>
        <message>
            <source>Bolus cancelled</source>
            <translation>Bolo cancelado</translation>
        </message>
        <message>
            <source>Bolus dose in micrograms</source>
            <translation>Dosis del bolo en microgramos</translation>
        </message>
        <message>
            <source>Bolus dose:</source>
            <translation>Dosis del bolo:</translation>
        </message>
        <message>
            <source>Bolus finished</source>
            <translation>Bolo finalizado</translation>
        </message>
        <message>
            <source>Bolus in progress</source>
            <translation>Bolo en curso</translation>
        </message>
        <message>
            <source>Bolus kind</source>
            <translation>Tipo de bolo</translation>
        </message>
        <message>
            <source>Bolus progress</source>
            <translation>Progreso del bolo</translation>
        </message>
        <message>
            <source>Bolus started</source>
            <translation>Bolo iniciado</translation>
        </message>
        <message>
            <source>Bolus...</source>
            <translation>Bolo...</translation>
        </message>
        <message>
            <source>Bolus: clinician or priming; progress and cancel</source>
            <translation>Bolo: clínico o de cebado; progreso y cancelación</translation>
        </message>
        <message>
            <source>Boluses</source>
            <translation>Bolos</translation>
        </message>
        <message>
            <source>Boluses started</source>
            <translation>Bolos iniciados</translation>
        </message>
        <message>
            <source>Book the refill for {book_on}; the low-reservoir alarm is due {alarm}.</source>
            <translation>Programe el rellenado para el {book_on}; la alarma de reservorio bajo está prevista el {alarm}.</translation>
        </message>
        <message>
            <source>Book the refill for</source>
            <translation>Programar el rellenado para</translation>
        </message>
        <message>
            <source>Bridge bolus</source>
            <translation>Bolo puente</translation>
        </message>
        <message>
            <source>Bridge bolus: {volume} ({dose} at {old}) at {rate} for {duration}, then {new_rate}.</source>
            <translation>Bolo puente: {volume} ({dose} a {old}) a {rate} durante {duration}, luego {new_rate}.</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Calculated from the programs in force, as the pump calculates its own reservoir: a pump that over-infuses runs dry before this curve reaches zero, and without an alarm.</source>
            <translation>Calculado a partir de los programas vigentes, como la bomba calcula su propio reservorio: una bomba que infunde de más se vacía antes de que esta curva llegue a cero, y sin alarma.</translation>
        </message>
        <message>
            <source>Cancel bolus</source>
            <translation>Cancelar bolo</translation>
        </message>
        <message>
            <source>Cancel bolus...</source>
            <translation>Cancelar bolo...</translation>
        </message>
        <message>
            <source>Cancel running bolus</source>
            <translation>Cancelar el bolo en curso</translation>
        </message>
        <message>
            <source>Cancel the bolus?</source>
            <translation>¿Cancelar el bolo?</translation>
        </message>
        <message>
            <source>Cancel the running bolus</source>
            <translation>Cancelar el bolo en curso</translation>
        </message>
        <message>
            <source>Cancel the running bolus? The pump goes back to its program; the rest of the bolus is not given.</source>
            <translation>¿Cancelar el bolo en curso? La bomba vuelve a su programa; el resto del bolo no se administra.</translation>
        </message>
        <message>
            <source>Cancelling the bolus</source>
            <translation>Cancelando el bolo</translation>
        </message>
        <message>
            <source>Cancelling the bolus, then reading the pump back...</source>
            <translation>Cancelando el bolo y releyendo la bomba...</translation>
        </message>
        <message>
            <source>Candidate. Start at {dose} mcg/day; no increase in the first 24 h.</source>
            <translation>Candidato. Empezar con {dose} mcg/día; sin aumento en las primeras 24 h.</translation>
        </message>
        <message>
            <source>Catheter</source>
            <translation>Catéter</translation>
        </message>
        <message>
            <source>Catheter fill</source>
            <translation>Llenado del catéter</translation>
        </message>
        <message>
            <source>Catheter from the pump's implant record: confirm it is the one implanted.</source>
            <translation>Catéter según el registro de implante de la bomba: confirme que es el implantado.</translation>
        </message>
        <message>
            <source>Catheter internal volume per centimetre</source>
            <translation>Volumen interno del catéter por centímetro</translation>
        </message>
        <message>
            <source>Catheter length (cm)</source>
            <translation>Longitud del catéter (cm)</translation>
        </message>
        <message>
            <source>Catheter length in centimetres</source>
            <translation>Longitud del catéter en centímetros</translation>
        </message>
        <message>
            <source>Catheter length in centimetres, from the pump's record</source>
            <translation>Longitud del catéter en centímetros, según el registro de la bomba</translation>
        </message>
        <message>
            <source>Catheter length:</source>
            <translation>Longitud del catéter:</translation>
        </message>
        <message>
            <source>Catheter model</source>
            <translation>Modelo de catéter</translation>
        </message>
        <message>
            <source>Catheter tip</source>
            <translation>Punta del catéter</translation>
        </message>
        <message>
            <source>Catheter tip level</source>
            <translation>Nivel de la punta del catéter</translation>
        </message>
        <message>
            <source>Catheter volume (mL per cm)</source>
            <translation>Volumen del catéter (mL por cm)</translation>
        </message>
        <message>
            <source>Catheter {length}, tip {tip}.</source>
            <translation>Catéter {length}, punta {tip}.</translation>
        </message>
        <message>
            <source>Cerebral origin</source>
            <translation>Origen cerebral</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>Change the program to within the pump's limits and try again.</source>
            <translation>Ajuste el programa a los límites de la bomba y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Change the value to within the pump's limits and try again.</source>
            <translation>Ajuste el valor a los límites de la bomba y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Comprobación</translation>
        </message>
        <message>
            <source>Check recorded as</source>
            <translation>Control registrado como</translation>
        </message>
        <message>
            <source>Check recorded in the session.</source>
            <translation>Control registrado en la sesión.</translation>
        </message>
        <message>
            <source>Check that an emulator serves this port and nothing else uses it; start the emulator (itb-emulator --pty) and connect to the port it prints</source>
            <translation>Compruebe que un emulador atiende este puerto y que nada más lo usa; inicie el emulador (itb-emulator --pty) y conecte al puerto que muestra</translation>
        </message>
        <message>
            <source>Check that your account may use serial ports (the dialout group)</source>
            <translation>Compruebe que su cuenta puede usar puertos serie (grupo dialout)</translation>
        </message>
        <message>
            <source>Check the device address</source>
            <translation>Revise la dirección del dispositivo</translation>
        </message>
        <message>
            <source>Check the device and try again.</source>
            <translation>Compruebe el dispositivo e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>Check the host, the port and the network</source>
            <translation>Revise el host, el puerto y la red</translation>
        </message>
        <message>
            <source>Check the port and that the emulator is running</source>
            <translation>Revise el puerto y que el emulador esté en marcha</translation>
        </message>
        <message>
            <source>Check the reservoir volume; refill first if it is low.</source>
            <translation>Revise el volumen del reservorio; rellene primero si está bajo.</translation>
        </message>
        <message>
            <source>Check the sim:// options (see the user guide)</source>
            <translation>Revise las opciones de sim:// (vea la guía del usuario)</translation>
        </message>
        <message>
            <source>Check the values entered and try again.</source>
            <translation>Revise los valores introducidos y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Comprobado por</translation>
        </message>
        <message>
            <source>Child under 12 (usual {low} to {high} mcg/day)</source>
            <translation>Niño menor de 12 años (habitual {low} a {high} mcg/día)</translation>
        </message>
        <message>
            <source>Choose a file to keep the old pump in.</source>
            <translation>Elija un archivo donde guardar la bomba antigua.</translation>
        </message>
        <message>
            <source>Choose a running emulator (start one: itb-emulator --pty).</source>
            <translation>Elija un emulador en marcha (inicie uno: itb-emulator --pty).</translation>
        </message>
        <message>
            <source>Choose a serial port or type a URL such as socket://127.0.0.1:7001.</source>
            <translation>Elija un puerto serie o escriba una URL como socket://127.0.0.1:7001.</translation>
        </message>
        <message>
            <source>Choose another folder and save again.</source>
            <translation>Elija otra carpeta y guarde de nuevo.</translation>
        </message>
        <message>
            <source>Choose the concentration in both fields.</source>
            <translation>Elija la concentración en ambos campos.</translation>
        </message>
        <message>
            <source>Choose the key file the trainer gave under File &gt; Connect..., Key file (or itb-console --key-file FILE)</source>
            <translation>Elija el archivo de clave que dio el formador en Archivo &gt; Conectar..., Archivo de clave (o itb-console --key-file ARCHIVO)</translation>
        </message>
        <message>
            <source>Choose the new pump in the device picker.</source>
            <translation>Elija la bomba nueva en el selector de dispositivos.</translation>
        </message>
        <message>
            <source>Choose...</source>
            <translation>Elegir...</translation>
        </message>
        <message>
            <source>Choose: {what}</source>
            <translation>Elegir: {what}</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Clear alarm</source>
            <translation>Borrar alarma</translation>
        </message>
        <message>
            <source>Clear the alarm?</source>
            <translation>¿Borrar la alarma?</translation>
        </message>
        <message>
            <source>Clear the {title} alarm</source>
            <translation>Borrar la alarma «{title}»</translation>
        </message>
        <message>
            <source>Clear the {title} alarm?

Clearing silences it; it does not deal with its cause.</source>
            <translation>¿Borrar la alarma «{title}»?

Borrarla la silencia; no resuelve su causa.</translation>
        </message>
        <message>
            <source>Clearing, then reading the pump back...</source>
            <translation>Borrando y releyendo la bomba...</translation>
        </message>
        <message>
            <source>Clinical reason for the override (required)</source>
            <translation>Motivo clínico de la anulación (obligatorio)</translation>
        </message>
        <message>
            <source>Clinician bolus</source>
            <translation>Bolo clínico</translation>
        </message>
        <message>
            <source>Clinician single bolus</source>
            <translation>Bolo clínico único</translation>
        </message>
        <message>
            <source>Clinician's order</source>
            <translation>Orden del clínico</translation>
        </message>
        <message>
            <source>Clinician:</source>
            <translation>Clínico:</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>Reloj</translation>
        </message>
        <message>
            <source>Clock check</source>
            <translation>Comprobación del reloj</translation>
        </message>
        <message>
            <source>Clock setting result</source>
            <translation>Resultado del ajuste del reloj</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close anyway?</source>
            <translation>¿Cerrar de todos modos?</translation>
        </message>
        <message>
            <source>Close ended</source>
            <translation>Cerrar los terminados</translation>
        </message>
        <message>
            <source>Close ended (or crashed) stations, freeing their seats for the next scenario</source>
            <translation>Cerrar los puestos terminados (o caídos), liberando sus plazas para el siguiente escenario</translation>
        </message>
        <message>
            <source>Close session</source>
            <translation>Cerrar sesión</translation>
        </message>
        <message>
            <source>Close the console</source>
            <translation>Cerrar la consola</translation>
        </message>
        <message>
            <source>Close the console?</source>
            <translation>¿Cerrar la consola?</translation>
        </message>
        <message>
            <source>Close the other program that holds it</source>
            <translation>Cierre el otro programa que lo ocupa</translation>
        </message>
        <message>
            <source>Close the programming session</source>
            <translation>Cerrar la sesión de programación</translation>
        </message>
        <message>
            <source>Close the session with the old pump (it runs its program until it is explanted), then connect the new pump from the device picker: sim://, an emulator or a station.</source>
            <translation>Cierre la sesión con la bomba antigua (sigue con su programa hasta que se explante) y conecte la bomba nueva desde el selector de dispositivos: sim://, un emulador o un puesto.</translation>
        </message>
        <message>
            <source>Close the session with the pump at {device} without sending it, and connect to the station at {station}?</source>
            <translation>¿Cerrar la sesión con la bomba en {device} sin enviarlo y conectar con el puesto en {station}?</translation>
        </message>
        <message>
            <source>Close this session and connect the new pump...</source>
            <translation>Cerrar esta sesión y conectar la bomba nueva...</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>Cerrando</translation>
        </message>
        <message>
            <source>Closing the session with the old pump...</source>
            <translation>Cerrando la sesión con la bomba antigua...</translation>
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
            <translation>Cohorte por escenario</translation>
        </message>
        <message>
            <source>Cohort summary</source>
            <translation>Resumen de la cohorte</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <source>Command not verified</source>
            <translation>Orden no verificada</translation>
        </message>
        <message>
            <source>Computed bolus volume and rate</source>
            <translation>Volumen y caudal calculados del bolo</translation>
        </message>
        <message>
            <source>Concentration</source>
            <translation>Concentración</translation>
        </message>
        <message>
            <source>Concentration (mcg/mL)</source>
            <translation>Concentración (mcg/mL)</translation>
        </message>
        <message>
            <source>Concentration again</source>
            <translation>Concentración de nuevo</translation>
        </message>
        <message>
            <source>Concentration again:</source>
            <translation>Concentración de nuevo:</translation>
        </message>
        <message>
            <source>Concentration change: the pump path still holds {concentration}. {bridge_words}</source>
            <translation>Cambio de concentración: el circuito de la bomba aún contiene {concentration}. {bridge_words}</translation>
        </message>
        <message>
            <source>Concentration:</source>
            <translation>Concentración:</translation>
        </message>
        <message>
            <source>Conclusion of the post-MRI check</source>
            <translation>Conclusión del control post-RM</translation>
        </message>
        <message>
            <source>Confirm an override to apply it.</source>
            <translation>Confirme una anulación para aplicarla.</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Conectar</translation>
        </message>
        <message>
            <source>Connect and interrogate, then try again.</source>
            <translation>Conecte e interrogue, y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Connect the console on this computer to the selected station</source>
            <translation>Conectar la consola de este ordenador al puesto seleccionado</translation>
        </message>
        <message>
            <source>Connect the new pump</source>
            <translation>Conectar la bomba nueva</translation>
        </message>
        <message>
            <source>Connect the new pump first (step 2).</source>
            <translation>Conecte primero la bomba nueva (paso 2).</translation>
        </message>
        <message>
            <source>Connect the new pump...</source>
            <translation>Conectar la bomba nueva...</translation>
        </message>
        <message>
            <source>Connect this console</source>
            <translation>Conectar esta consola</translation>
        </message>
        <message>
            <source>Connect to</source>
            <translation>Conectar a</translation>
        </message>
        <message>
            <source>Connect to a pump</source>
            <translation>Conectar a una bomba</translation>
        </message>
        <message>
            <source>Connect to a pump - training mock</source>
            <translation>Conectar a una bomba – simulador de formación</translation>
        </message>
        <message>
            <source>Connect to a pump first (and let any command finish).</source>
            <translation>Conecte primero una bomba (y deje terminar cualquier orden).</translation>
        </message>
        <message>
            <source>Connect to a pump first.</source>
            <translation>Conecte primero una bomba.</translation>
        </message>
        <message>
            <source>Connect to the station</source>
            <translation>Conectar con el puesto</translation>
        </message>
        <message>
            <source>Connect...</source>
            <translation>Conectar...</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Conectada</translation>
        </message>
        <message>
            <source>Connected to the new pump {model} {serial} and read it: {drug} {concentration}, {volume} in the reservoir, {mode}.</source>
            <translation>Conectada a la bomba nueva {model} {serial} y leída: {drug} {concentration}, {volume} en el reservorio, {mode}.</translation>
        </message>
        <message>
            <source>Connected to {model} {serial}, which cannot be the new pump.</source>
            <translation>Conectada a {model} {serial}, que no puede ser la bomba nueva.</translation>
        </message>
        <message>
            <source>Connected; reading the pump...</source>
            <translation>Conectada; leyendo la bomba...</translation>
        </message>
        <message>
            <source>Connecting</source>
            <translation>Conectando</translation>
        </message>
        <message>
            <source>Connecting to {device}...</source>
            <translation>Conectando con {device}...</translation>
        </message>
        <message>
            <source>Console fault</source>
            <translation>Fallo de la consola</translation>
        </message>
        <message>
            <source>Could not connect to {url}: {cause}. {next_step}.</source>
            <translation>No se pudo conectar a {url}: {cause}. {next_step}.</translation>
        </message>
        <message>
            <source>Could not export to {target}: {error}</source>
            <translation>No se pudo exportar a {target}: {error}</translation>
        </message>
        <message>
            <source>Could not open the scenario</source>
            <translation>No se pudo abrir el escenario</translation>
        </message>
        <message>
            <source>Could not read the event log: {message}. The {hours}-hour rule cannot be checked until it is read.</source>
            <translation>No se pudo leer el registro de eventos: {message}. La regla de {hours} horas no se puede comprobar hasta leerlo.</translation>
        </message>
        <message>
            <source>Could not read the log: {reason}. The events listed are from the last reading.</source>
            <translation>No se pudo leer el registro: {reason}. Los eventos mostrados son de la última lectura.</translation>
        </message>
        <message>
            <source>Could not read the pump: {message}</source>
            <translation>No se pudo leer la bomba: {message}</translation>
        </message>
        <message>
            <source>Could not read the scenario folder: {problem}</source>
            <translation>No se pudo leer la carpeta de escenarios: {problem}</translation>
        </message>
        <message>
            <source>Could not read the trainee records: {error}</source>
            <translation>No se pudieron leer los registros de alumnos: {error}</translation>
        </message>
        <message>
            <source>Could not save the PDF: {error}</source>
            <translation>No se pudo guardar el PDF: {error}</translation>
        </message>
        <message>
            <source>Could not save the debrief: {error}</source>
            <translation>No se pudo guardar el informe: {error}</translation>
        </message>
        <message>
            <source>Could not save {path}: {error}</source>
            <translation>No se pudo guardar {path}: {error}</translation>
        </message>
        <message>
            <source>Could not save {path}: {reason}.</source>
            <translation>No se pudo guardar {path}: {reason}.</translation>
        </message>
        <message>
            <source>Could not show the history: {message}</source>
            <translation>No se pudo mostrar el historial: {message}</translation>
        </message>
        <message>
            <source>Ctrl+Left / Ctrl+Right</source>
            <translation>Ctrl+Izquierda / Ctrl+Derecha</translation>
        </message>
        <message>
            <source>Daily dose</source>
            <translation>Dosis diaria</translation>
        </message>
        <message>
            <source>Daily dose (mcg/day)</source>
            <translation>Dosis diaria (mcg/día)</translation>
        </message>
        <message>
            <source>Daily dose and reservoir over time, and the outlook</source>
            <translation>Dosis diaria y reservorio en el tiempo, y la previsión</translation>
        </message>
        <message>
            <source>Daily dose in force</source>
            <translation>Dosis diaria vigente</translation>
        </message>
        <message>
            <source>Daily dose in force:</source>
            <translation>Dosis diaria vigente:</translation>
        </message>
        <message>
            <source>Daily dose:</source>
            <translation>Dosis diaria:</translation>
        </message>
        <message>
            <source>Daily total</source>
            <translation>Total diario</translation>
        </message>
        <message>
            <source>Daily total on the old and the new pump</source>
            <translation>Total diario en la bomba antigua y en la nueva</translation>
        </message>
        <message>
            <source>Daily totals and change</source>
            <translation>Totales diarios y cambio</translation>
        </message>
        <message>
            <source>Daily totals and change against the program in force</source>
            <translation>Totales diarios y cambio respecto al programa vigente</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>Base de datos: {path}</translation>
        </message>
        <message>
            <source>Date (UTC)</source>
            <translation>Fecha (UTC)</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Fecha:</translation>
        </message>
        <message>
            <source>Daylight saving</source>
            <translation>Horario de verano</translation>
        </message>
        <message>
            <source>Deal with the cause (see What to do in the alarms panel); the alarm then clears by itself.</source>
            <translation>Resuelva la causa (vea Qué hacer en el panel de alarmas); la alarma se borra entonces sola.</translation>
        </message>
        <message>
            <source>Debrief</source>
            <translation>Informe</translation>
        </message>
        <message>
            <source>Debrief (*.json)</source>
            <translation>Informe (*.json)</translation>
        </message>
        <message>
            <source>Debrief (*.json);;All files (*)</source>
            <translation>Informe (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Debrief PDF saved: {path}</source>
            <translation>PDF del informe guardado: {path}</translation>
        </message>
        <message>
            <source>Debrief: {scenario_title} - training mock</source>
            <translation>Informe: {scenario_title} – simulador de formación</translation>
        </message>
        <message>
            <source>Default low-reservoir alarm volume in mL</source>
            <translation>Volumen predeterminado de la alarma de reservorio bajo en mL</translation>
        </message>
        <message>
            <source>Default low-reservoir alarm:</source>
            <translation>Alarma de reservorio bajo predeterminada:</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supr</translation>
        </message>
        <message>
            <source>Delete step (Del)</source>
            <translation>Eliminar paso (Supr)</translation>
        </message>
        <message>
            <source>Delete step {step}</source>
            <translation>Eliminar el paso {step}</translation>
        </message>
        <message>
            <source>Delete the selected step</source>
            <translation>Eliminar el paso seleccionado</translation>
        </message>
        <message>
            <source>Delivery has NOT resumed</source>
            <translation>La infusión NO se ha reanudado</translation>
        </message>
        <message>
            <source>Delivery has NOT resumed: motor stall at {time}, no recovery after {sessions}. {withdrawal}</source>
            <translation>La infusión NO se ha reanudado: bloqueo del motor a las {time}, sin recuperación tras {sessions}. {withdrawal}</translation>
        </message>
        <message>
            <source>Delivery history</source>
            <translation>Historial de infusión</translation>
        </message>
        <message>
            <source>Delivery history - training mock</source>
            <translation>Historial de infusión – simulador de formación</translation>
        </message>
        <message>
            <source>Delivery history plot</source>
            <translation>Gráfico del historial de infusión</translation>
        </message>
        <message>
            <source>Delivery history...</source>
            <translation>Historial de infusión...</translation>
        </message>
        <message>
            <source>Delivery history: daily dose and reservoir over time, refills, outlook</source>
            <translation>Historial de infusión: dosis diaria y reservorio en el tiempo, rellenados, previsión</translation>
        </message>
        <message>
            <source>Delivery resumed</source>
            <translation>Infusión reanudada</translation>
        </message>
        <message>
            <source>Delivery resumed at {moment}, after {duration} stopped. Check the program in force is the prescribed one and clear the motor stall alarm if it still sounds.</source>
            <translation>Infusión reanudada el {moment}, tras {duration} detenida. Compruebe que el programa vigente es el prescrito y borre la alarma de bloqueo del motor si sigue sonando.</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detalle</translation>
        </message>
        <message>
            <source>Device URL (socket://, rfc2217:// or a recent device)</source>
            <translation>URL del dispositivo (socket://, rfc2217:// o un dispositivo reciente)</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Diferencia</translation>
        </message>
        <message>
            <source>Difficulty</source>
            <translation>Dificultad</translation>
        </message>
        <message>
            <source>Discrepancy</source>
            <translation>Discrepancia</translation>
        </message>
        <message>
            <source>Discrepancy acknowledged</source>
            <translation>Discrepancia reconocida</translation>
        </message>
        <message>
            <source>Display and editing</source>
            <translation>Visualización y edición</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Nombre visible</translation>
        </message>
        <message>
            <source>Display unit</source>
            <translation>Unidad de visualización</translation>
        </message>
        <message>
            <source>Done on the new pump: {done}. Not done: {missing}.</source>
            <translation>Hecho en la bomba nueva: {done}. Sin hacer: {missing}.</translation>
        </message>
        <message>
            <source>Dose
(mcg/day)</source>
            <translation>Dosis
(mcg/día)</translation>
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
            <translation>Dosis (mcg/día)</translation>
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
            <translation>Doble clic</translation>
        </message>
        <message>
            <source>Double-click a run to open its debrief.</source>
            <translation>Haga doble clic en un intento para abrir su informe.</translation>
        </message>
        <message>
            <source>Drag a line</source>
            <translation>Arrastrar una línea</translation>
        </message>
        <message>
            <source>Drag to change this step's dose (Shift: finer)</source>
            <translation>Arrastre para cambiar la dosis de este paso (Mayús: más fino)</translation>
        </message>
        <message>
            <source>Drag to move this step's start (Shift: 1 min)</source>
            <translation>Arrastre para mover el inicio de este paso (Mayús: 1 min)</translation>
        </message>
        <message>
            <source>Drop link at next send</source>
            <translation>Cortar la conexión en el próximo envío</translation>
        </message>
        <message>
            <source>Drug</source>
            <translation>Fármaco</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Duration, hours</source>
            <translation>Duración, horas</translation>
        </message>
        <message>
            <source>Duration, minutes</source>
            <translation>Duración, minutos</translation>
        </message>
        <message>
            <source>Duration:</source>
            <translation>Duración:</translation>
        </message>
        <message>
            <source>END OF SERVICE</source>
            <translation>FIN DE SERVICIO</translation>
        </message>
        <message>
            <source>ERI + {days} days</source>
            <translation>ERI + {days} días</translation>
        </message>
        <message>
            <source>ERI date</source>
            <translation>fecha del ERI</translation>
        </message>
        <message>
            <source>ERI expected {eri}: plan the replacement from {plan_from}.</source>
            <translation>ERI previsto el {eri}: planifique el reemplazo a partir del {plan_from}.</translation>
        </message>
        <message>
            <source>ERI expected {eri}: plan the replacement now (replace by {replace_by} at the latest).</source>
            <translation>ERI previsto el {eri}: planifique el reemplazo ahora (a más tardar el {replace_by}).</translation>
        </message>
        <message>
            <source>ERI reached on {eri}: replace by {replace_by} ({left}).</source>
            <translation>ERI alcanzado el {eri}: reemplazar antes del {replace_by} ({left}).</translation>
        </message>
        <message>
            <source>ERI reached {day}; {when}</source>
            <translation>ERI alcanzado el {day}; {when}</translation>
        </message>
        <message>
            <source>Each scored run is filed in the trainee records under the trainee's pseudonymous id (not their real name or staff number). Leave a line empty to score that station without recording it.</source>
            <translation>Cada intento puntuado se archiva en los registros con el id seudónimo del alumno (no su nombre real ni su número de personal). Deje una línea vacía para puntuar ese puesto sin registrarlo.</translation>
        </message>
        <message>
            <source>Each step's dose and its volume on the old and the new pump</source>
            <translation>Dosis de cada tramo y su volumen en la bomba antigua y en la nueva</translation>
        </message>
        <message>
            <source>Edited: the pump's implant record will be changed to these values before the bolus.</source>
            <translation>Editado: el registro de implante de la bomba se cambiará a estos valores antes del bolo.</translation>
        </message>
        <message>
            <source>Editor snap: {minutes} min is not one of {choices} min</source>
            <translation>Ajuste del editor: {minutes} min no es uno de {choices} min</translation>
        </message>
        <message>
            <source>Effect</source>
            <translation>Efecto</translation>
        </message>
        <message>
            <source>Effect lasted:</source>
            <translation>El efecto duró:</translation>
        </message>
        <message>
            <source>Elective replacement indicator</source>
            <translation>Indicador de reemplazo electivo</translation>
        </message>
        <message>
            <source>Emulator: {profile}, {volume} mL, serial {serial}</source>
            <translation>Emulador: {profile}, {volume} mL, número de serie {serial}</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>End and score</source>
            <translation>Terminar y puntuar</translation>
        </message>
        <message>
            <source>End and score a station first; its debrief is saved from here.</source>
            <translation>Termine y puntúe primero un puesto; su informe se guarda desde aquí.</translation>
        </message>
        <message>
            <source>End of service</source>
            <translation>Fin de servicio</translation>
        </message>
        <message>
            <source>End of service reached on {day}: the pump no longer delivers. Replace it now; watch for withdrawal.</source>
            <translation>Fin de servicio alcanzado el {day}: la bomba ya no infunde. Reemplácela ahora; vigile la abstinencia.</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Intro</translation>
        </message>
        <message>
            <source>Enter a dose and a duration the pump can give.</source>
            <translation>Introduzca una dosis y una duración que la bomba pueda administrar.</translation>
        </message>
        <message>
            <source>Enter the concentration twice, from the vial each time.</source>
            <translation>Introduzca la concentración dos veces, leyéndola del vial cada vez.</translation>
        </message>
        <message>
            <source>Enter the pseudonymous id and name of the trainee at each selected station; their scored runs are recorded under it</source>
            <translation>Introducir el id seudónimo y el nombre del alumno de cada puesto seleccionado; sus intentos puntuados se registran con él</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <source>Event log</source>
            <translation>Registro de eventos</translation>
        </message>
        <message>
            <source>Event log...</source>
            <translation>Registro de eventos...</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <source>Events timeline</source>
            <translation>Línea de tiempo de eventos</translation>
        </message>
        <message>
            <source>Every run of this scenario, objective by objective, for competency files</source>
            <translation>Cada intento de este escenario, objetivo por objetivo, para los expedientes de competencia</translation>
        </message>
        <message>
            <source>Every scored run by trainee and scenario: history, cohort, CSV and PDF</source>
            <translation>Cada intento puntuado por alumno y escenario: historial, cohorte, CSV y PDF</translation>
        </message>
        <message>
            <source>Expected residual</source>
            <translation>Residuo esperado</translation>
        </message>
        <message>
            <source>Expected residual (pump):</source>
            <translation>Residuo esperado (bomba):</translation>
        </message>
        <message>
            <source>Export CSV...</source>
            <translation>Exportar CSV...</translation>
        </message>
        <message>
            <source>Export history CSV...</source>
            <translation>Exportar historial CSV...</translation>
        </message>
        <message>
            <source>Export the event log</source>
            <translation>Exportar el registro de eventos</translation>
        </message>
        <message>
            <source>Export trainee records</source>
            <translation>Exportar registros de alumnos</translation>
        </message>
        <message>
            <source>Exported {rows} to {target}</source>
            <translation>Exportados {rows} a {target}</translation>
        </message>
        <message>
            <source>Exporting {rows} to {path}...</source>
            <translation>Exportando {rows} a {path}...</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>No superado</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>Feedback when done</source>
            <translation>Comentario si se cumple</translation>
        </message>
        <message>
            <source>Feedback when missed</source>
            <translation>Comentario si no se cumple</translation>
        </message>
        <message>
            <source>Field: {field}, on the {tab} tab</source>
            <translation>Campo: {field}, en la pestaña {tab}</translation>
        </message>
        <message>
            <source>Field: {field}, {row} {number} on the {tab} tab</source>
            <translation>Campo: {field}, {row} {number} en la pestaña {tab}</translation>
        </message>
        <message>
            <source>Fill the new pump's internal path and the catheter before therapy starts: a priming bolus at the pump's maximum rate. The catheter comes from the saved record; confirm it is the one implanted, or correct it and say why.</source>
            <translation>Llene el circuito interno de la bomba nueva y el catéter antes de iniciar la terapia: un bolo de cebado al caudal máximo de la bomba. El catéter procede del registro guardado; confirme que es el implantado, o corríjalo e indique el motivo.</translation>
        </message>
        <message>
            <source>Fill volume</source>
            <translation>Volumen de llenado</translation>
        </message>
        <message>
            <source>Fill volume:</source>
            <translation>Volumen de llenado:</translation>
        </message>
        <message>
            <source>Fill {volume} of {drug} {concentration}; low-reservoir alarm at {alarm}.</source>
            <translation>Llenar {volume} de {drug} {concentration}; alarma de reservorio bajo en {alarm}.</translation>
        </message>
        <message>
            <source>Filled</source>
            <translation>Llenado</translation>
        </message>
        <message>
            <source>Filled (mL)</source>
            <translation>Llenado (mL)</translation>
        </message>
        <message>
            <source>Find the cause of the stall (Alarms, Ctrl+L, says what to do), clear the motor stall alarm, then try again.</source>
            <translation>Busque la causa del bloqueo (Alarmas, Ctrl+L, indica qué hacer), borre la alarma de bloqueo del motor y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Folder of scenario files</source>
            <translation>Carpeta de archivos de escenario</translation>
        </message>
        <message>
            <source>Found on (local date and time)</source>
            <translation>Encontrada el (fecha y hora locales)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Full screen, large type, the pump's clock and time control for a workshop</source>
            <translation>Pantalla completa, letra grande, el reloj de la bomba y el control del tiempo para un taller</translation>
        </message>
        <message>
            <source>Give the bridge bolus after the refill</source>
            <translation>Administrar el bolo puente tras el rellenado</translation>
        </message>
        <message>
            <source>Give the first screening bolus: 50 mcg.</source>
            <translation>Administre el primer bolo de prueba: 50 mcg.</translation>
        </message>
        <message>
            <source>Give the reason for changing the implant record before the bolus.</source>
            <translation>Indique el motivo del cambio del registro de implante antes del bolo.</translation>
        </message>
        <message>
            <source>Go back to the program in force</source>
            <translation>Volver al programa vigente</translation>
        </message>
        <message>
            <source>Go to the field</source>
            <translation>Ir al campo</translation>
        </message>
        <message>
            <source>Hard limits come from the pump profile and cannot be changed here. Alarms are always shown on screen.</source>
            <translation>Los límites estrictos proceden del perfil de la bomba y no se pueden cambiar aquí. Las alarmas siempre se muestran en pantalla.</translation>
        </message>
        <message>
            <source>Highest active alarm</source>
            <translation>Alarma activa más alta</translation>
        </message>
        <message>
            <source>Highest dose (mcg/day)</source>
            <translation>Dosis más alta (mcg/día)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>History of the selected trainee</source>
            <translation>Historial del alumno seleccionado</translation>
        </message>
        <message>
            <source>How long the effect lasted, in hours</source>
            <translation>Cuánto duró el efecto, en horas</translation>
        </message>
        <message>
            <source>How many alarms are active</source>
            <translation>Cuántas alarmas están activas</translation>
        </message>
        <message>
            <source>How the pump restarts after the scan</source>
            <translation>Cómo se reinicia la bomba tras la exploración</translation>
        </message>
        <message>
            <source>I have noted the discrepancy and will act on it</source>
            <translation>He anotado la discrepancia y actuaré en consecuencia</translation>
        </message>
        <message>
            <source>ITB Programmer Console - training mock, not for clinical use</source>
            <translation>Consola de programación ITB – simulador de formación, no apto para uso clínico</translation>
        </message>
        <message>
            <source>ITB cohort results</source>
            <translation>Resultados de la cohorte ITB</translation>
        </message>
        <message>
            <source>ITB pump programming session report</source>
            <translation>Informe de sesión de programación de bomba ITB</translation>
        </message>
        <message>
            <source>ITB scenario debrief</source>
            <translation>Informe de escenario ITB</translation>
        </message>
        <message>
            <source>ITB session report</source>
            <translation>Informe de sesión ITB</translation>
        </message>
        <message>
            <source>ITB training scenario debrief</source>
            <translation>Análisis del escenario de formación ITB</translation>
        </message>
        <message>
            <source>ITB training: cohort results</source>
            <translation>Formación ITB: resultados de la cohorte</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Implant record</source>
            <translation>Registro de implante</translation>
        </message>
        <message>
            <source>Implant record change</source>
            <translation>Cambio del registro de implante</translation>
        </message>
        <message>
            <source>Implant record changed</source>
            <translation>Registro de implante cambiado</translation>
        </message>
        <message>
            <source>Implanted</source>
            <translation>Implantada</translation>
        </message>
        <message>
            <source>Implanted on</source>
            <translation>Implantada el</translation>
        </message>
        <message>
            <source>Inadequate response: give {dose} mcg after 24 h.</source>
            <translation>Respuesta insuficiente: administre {dose} mcg tras 24 h.</translation>
        </message>
        <message>
            <source>Indicator (ERI)</source>
            <translation>Indicador (ERI)</translation>
        </message>
        <message>
            <source>Inject:</source>
            <translation>Inyectar:</translation>
        </message>
        <message>
            <source>Instructor - {training_mark}</source>
            <translation>Instructor – {training_mark}</translation>
        </message>
        <message>
            <source>Instructor messages</source>
            <translation>Mensajes del instructor</translation>
        </message>
        <message>
            <source>Instructor panel...</source>
            <translation>Panel del instructor...</translation>
        </message>
        <message>
            <source>Instructor panel: scenario stations, time, faults, scores</source>
            <translation>Panel del instructor: puestos de escenario, tiempo, fallos, puntuaciones</translation>
        </message>
        <message>
            <source>Internal volume:</source>
            <translation>Volumen interno:</translation>
        </message>
        <message>
            <source>Interrogate</source>
            <translation>Interrogar</translation>
        </message>
        <message>
            <source>Interrogate (F5) to see the alarms now active.</source>
            <translation>Interrogue (F5) para ver las alarmas activas ahora.</translation>
        </message>
        <message>
            <source>Interrogate (place the programmer again)</source>
            <translation>Interrogar (volver a colocar el programador)</translation>
        </message>
        <message>
            <source>Interrogate and save needs the old pump connected (Ctrl+K); or open a file saved earlier.</source>
            <translation>Interrogar y guardar necesita la bomba antigua conectada (Ctrl+K); o abra un archivo guardado antes.</translation>
        </message>
        <message>
            <source>Interrogate and save...</source>
            <translation>Interrogar y guardar...</translation>
        </message>
        <message>
            <source>Interrogate the pump again</source>
            <translation>Interrogar de nuevo la bomba</translation>
        </message>
        <message>
            <source>Interrogate the pump first: its implant record has not been read.</source>
            <translation>Interrogue primero la bomba: su registro de implante no se ha leído.</translation>
        </message>
        <message>
            <source>Interrogate, check the log, image the pump; watch for withdrawal. Clear only after the cause is dealt with.</source>
            <translation>Interrogue, revise el registro, haga una imagen de la bomba; vigile la abstinencia. Borre solo tras resolver la causa.</translation>
        </message>
        <message>
            <source>Interrogate, re-program and verify, and plan replacement.</source>
            <translation>Interrogue, reprograme y verifique, y planifique el reemplazo.</translation>
        </message>
        <message>
            <source>Interrogated</source>
            <translation>Interrogada</translation>
        </message>
        <message>
            <source>Interrogated (programming session opened)</source>
            <translation>Interrogada (sesión de programación abierta)</translation>
        </message>
        <message>
            <source>Interrogating...</source>
            <translation>Interrogando...</translation>
        </message>
        <message>
            <source>It reads {time}, within {minutes} min of local time.</source>
            <translation>Marca {time}, dentro de {minutes} min de la hora local.</translation>
        </message>
        <message>
            <source>Jump pump time {text} ahead; events on the way fire</source>
            <translation>Adelantar el tiempo de la bomba {text}; los eventos del camino se disparan</translation>
        </message>
        <message>
            <source>Jump:</source>
            <translation>Salto:</translation>
        </message>
        <message>
            <source>Keep these trainees</source>
            <translation>Conservar estos alumnos</translation>
        </message>
        <message>
            <source>Key file for the stations</source>
            <translation>Archivo de clave para los puestos</translation>
        </message>
        <message>
            <source>Key file of a keyed pump</source>
            <translation>Archivo de clave de una bomba con clave</translation>
        </message>
        <message>
            <source>Key file:</source>
            <translation>Archivo de clave:</translation>
        </message>
        <message>
            <source>Key files (*.key);;All files (*)</source>
            <translation>Archivos de clave (*.key);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Key the stations opened next: their pumps answer only a console holding this file (give trainees a copy)</source>
            <translation>Poner clave a los puestos que se abran a continuación: sus bombas solo responden a una consola con este archivo (dé una copia a los alumnos)</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Keyed: a console connects with the key file {path}.</source>
            <translation>Con clave: una consola se conecta con el archivo de clave {path}.</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Tipo:</translation>
        </message>
        <message>
            <source>Language (at next start):</source>
            <translation>Idioma (en el próximo inicio):</translation>
        </message>
        <message>
            <source>Language of the console</source>
            <translation>Idioma de la consola</translation>
        </message>
        <message>
            <source>Language: {language} is not one of {choices}</source>
            <translation>Idioma: {language} no es uno de {choices}</translation>
        </message>
        <message>
            <source>Largest bolus (mL)</source>
            <translation>Bolo más grande (mL)</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Últimos 30 días</translation>
        </message>
        <message>
            <source>Last action</source>
            <translation>Última acción</translation>
        </message>
        <message>
            <source>Last change {day}; it does not explain the difference (the pump was set after it, or it is out for another reason).</source>
            <translation>Último cambio el {day}; no explica la diferencia (la bomba se ajustó después, o está desfasada por otro motivo).</translation>
        </message>
        <message>
            <source>Last read {time}, not connected</source>
            <translation>Última lectura a las {time}, sin conexión</translation>
        </message>
        <message>
            <source>Last read {time}, not connected (link lost)</source>
            <translation>Última lectura a las {time}, sin conexión (conexión perdida)</translation>
        </message>
        <message>
            <source>Last refill</source>
            <translation>Último rellenado</translation>
        </message>
        <message>
            <source>Last run</source>
            <translation>Último intento</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Último año</translation>
        </message>
        <message>
            <source>Leave presentation mode</source>
            <translation>Salir del modo presentación</translation>
        </message>
        <message>
            <source>Leave the replacement?</source>
            <translation>¿Abandonar la sustitución?</translation>
        </message>
        <message>
            <source>Leave the wizard anyway?</source>
            <translation>¿Salir del asistente de todos modos?</translation>
        </message>
        <message>
            <source>Left / Right</source>
            <translation>Izquierda / Derecha</translation>
        </message>
        <message>
            <source>Left and Right select a step; Up and Down change its dose; Ctrl with Left or Right moves its start; S splits, M merges with the next step, Delete removes it; Enter types an exact dose. Hold Shift for finer steps.</source>
            <translation>Izquierda y Derecha seleccionan un paso; Arriba y Abajo cambian su dosis; Ctrl con Izquierda o Derecha mueve su inicio; S divide, M une con el paso siguiente, Supr lo elimina; Intro escribe una dosis exacta. Mantenga Mayús para pasos más finos.</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licencia</translation>
        </message>
        <message>
            <source>List the keyboard shortcuts</source>
            <translation>Mostrar los atajos de teclado</translation>
        </message>
        <message>
            <source>Loads as written: </source>
            <translation>Se carga tal como está: </translation>
        </message>
        <message>
            <source>Local time</source>
            <translation>Hora local</translation>
        </message>
        <message>
            <source>Local time in {key}</source>
            <translation>Hora local en {key}</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Log folder</source>
            <translation>Carpeta del registro</translation>
        </message>
        <message>
            <source>Looking for running emulators...</source>
            <translation>Buscando emuladores en marcha...</translation>
        </message>
        <message>
            <source>Looking for serial ports...</source>
            <translation>Buscando puertos serie...</translation>
        </message>
        <message>
            <source>Low alarm</source>
            <translation>Alarma baja</translation>
        </message>
        <message>
            <source>Low battery reset</source>
            <translation>Reinicio por batería baja</translation>
        </message>
        <message>
            <source>Low reservoir</source>
            <translation>Reservorio bajo</translation>
        </message>
        <message>
            <source>Low-reservoir alarm</source>
            <translation>Alarma de reservorio bajo</translation>
        </message>
        <message>
            <source>Low-reservoir alarm at</source>
            <translation>Alarma de reservorio bajo en</translation>
        </message>
        <message>
            <source>Low-reservoir alarm at (mL)</source>
            <translation>Alarma de reservorio bajo a (mL)</translation>
        </message>
        <message>
            <source>Low-reservoir alarm volume</source>
            <translation>Volumen de la alarma de reservorio bajo</translation>
        </message>
        <message>
            <source>Low-reservoir alarm:</source>
            <translation>Alarma de reservorio bajo:</translation>
        </message>
        <message>
            <source>Low-reservoir alarm: {volume} is outside this pump's {span}</source>
            <translation>Alarma de reservorio bajo: {volume} está fuera del rango {span} de esta bomba</translation>
        </message>
        <message>
            <source>Low-reservoir alarm in</source>
            <translation>Alarma de reservorio bajo en</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>Más bajo</translation>
        </message>
        <message>
            <source>Lowest dose (mcg/day)</source>
            <translation>Dosis más baja (mcg/día)</translation>
        </message>
        <message>
            <source>MRI scan</source>
            <translation>Exploración de RM</translation>
        </message>
        <message>
            <source>MRI scan length</source>
            <translation>Duración de la exploración de RM</translation>
        </message>
        <message>
            <source>MRI scan started at {names}: the rotor has stopped and the motor-stall alarm sounds; {mri}.</source>
            <translation>Exploración de RM iniciada en {names}: el rotor se ha detenido y suena la alarma de bloqueo del motor; {mri}.</translation>
        </message>
        <message>
            <source>MRI:</source>
            <translation>RM:</translation>
        </message>
        <message>
            <source>Made by {software}</source>
            <translation>Creado por {software}</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Media</translation>
        </message>
        <message>
            <source>Mean score</source>
            <translation>Puntuación media</translation>
        </message>
        <message>
            <source>Median score</source>
            <translation>Puntuación mediana</translation>
        </message>
        <message>
            <source>Merge step {step} with the next</source>
            <translation>Unir el paso {step} con el siguiente</translation>
        </message>
        <message>
            <source>Merge the selected step with the next</source>
            <translation>Unir el paso seleccionado con el siguiente</translation>
        </message>
        <message>
            <source>Merge with next step (M)</source>
            <translation>Unir con el paso siguiente (M)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modo</translation>
        </message>
        <message>
            <source>Mode change</source>
            <translation>Cambio de modo</translation>
        </message>
        <message>
            <source>Mode:</source>
            <translation>Modo:</translation>
        </message>
        <message>
            <source>Mode: &lt;b&gt;{mode}&lt;/b&gt; &amp;nbsp; Drug: {drug} {concentration}</source>
            <translation>Modo: &lt;b&gt;{mode}&lt;/b&gt; &amp;nbsp; Fármaco: {drug} {concentration}</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>Motor stall</source>
            <translation>Bloqueo del motor</translation>
        </message>
        <message>
            <source>Motor stall alarm cleared ({by})</source>
            <translation>Alarma de bloqueo del motor borrada ({by})</translation>
        </message>
        <message>
            <source>Motor stall logged at {time}, no recovery yet. The log may show the recovery only at a second interrogation: interrogate again before concluding.</source>
            <translation>Bloqueo del motor registrado a las {time}, aún sin recuperación. El registro puede mostrar la recuperación solo en una segunda interrogación: interrogue de nuevo antes de concluir.</translation>
        </message>
        <message>
            <source>Motor stall, recovery and interrogations in the log</source>
            <translation>Bloqueo del motor, recuperación e interrogaciones en el registro</translation>
        </message>
        <message>
            <source>Motor stall: rotor stopped, two-tone critical alarm</source>
            <translation>Bloqueo del motor: rotor detenido, alarma crítica de tono doble</translation>
        </message>
        <message>
            <source>Move a boundary (by the snap) or a level; hold Shift for 1 min / finer</source>
            <translation>Mover un límite (según el ajuste) o un nivel; mantener Mayús para 1 min / más fino</translation>
        </message>
        <message>
            <source>Move start of step {step} to {time}</source>
            <translation>Mover el inicio del paso {step} a {time}</translation>
        </message>
        <message>
            <source>Move the selected step's start by the snap (15 min unless set in Preferences; Shift: 1 min)</source>
            <translation>Mover el inicio del paso seleccionado según el ajuste (15 min salvo que se cambie en Preferencias; Mayús: 1 min)</translation>
        </message>
        <message>
            <source>Mute alarm tones</source>
            <translation>Silenciar tonos de alarma</translation>
        </message>
        <message>
            <source>NOT DELIVERING ({reason})</source>
            <translation>SIN INFUSIÓN ({reason})</translation>
        </message>
        <message>
            <source>NOT KNOWN: the last send failed part-way</source>
            <translation>DESCONOCIDO: el último envío falló a medias</translation>
        </message>
        <message>
            <source>NOT YET: nothing read from the pump</source>
            <translation>AÚN NO: no se ha leído nada de la bomba</translation>
        </message>
        <message>
            <source>NOW</source>
            <translation>AHORA</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nuevo</translation>
        </message>
        <message>
            <source>New
(mL/day)</source>
            <translation>Nuevo
(mL/día)</translation>
        </message>
        <message>
            <source>New
(mcg/day)</source>
            <translation>Nuevo
(mcg/día)</translation>
        </message>
        <message>
            <source>New
(mcg/h)</source>
            <translation>Nuevo
(mcg/h)</translation>
        </message>
        <message>
            <source>New concentration (mcg/mL)</source>
            <translation>Nueva concentración (mcg/mL)</translation>
        </message>
        <message>
            <source>New pump
{concentration}
(mL/day)</source>
            <translation>Bomba nueva
{concentration}
(mL/día)</translation>
        </message>
        <message>
            <source>New scenario</source>
            <translation>Nuevo escenario</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>Siguiente &gt;</translation>
        </message>
        <message>
            <source>Next bolus</source>
            <translation>Siguiente bolo</translation>
        </message>
        <message>
            <source>Next display unit (mcg/day, mcg/h, mL/day)</source>
            <translation>Siguiente unidad de visualización (mcg/día, mcg/h, mL/día)</translation>
        </message>
        <message>
            <source>Next low-reservoir alarm: {time} ({when})</source>
            <translation>Próxima alarma de reservorio bajo: {time} ({when})</translation>
        </message>
        <message>
            <source>Next refill</source>
            <translation>Próximo rellenado</translation>
        </message>
        <message>
            <source>Next refill (booked)</source>
            <translation>Próximo rellenado (programado)</translation>
        </message>
        <message>
            <source>Next refill booked for</source>
            <translation>Próximo rellenado previsto el</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Próximos pasos</translation>
        </message>
        <message>
            <source>Next unit</source>
            <translation>Siguiente unidad</translation>
        </message>
        <message>
            <source>Night, 19:00 to 07:00 (pump clock)</source>
            <translation>Noche, de 19:00 a 07:00 (reloj de la bomba)</translation>
        </message>
        <message>
            <source>No actions</source>
            <translation>Sin acciones</translation>
        </message>
        <message>
            <source>No actions were recorded in this debrief.</source>
            <translation>No se registraron acciones en este informe.</translation>
        </message>
        <message>
            <source>No actions were recorded.</source>
            <translation>No se registró ninguna acción.</translation>
        </message>
        <message>
            <source>No active alarms</source>
            <translation>No hay alarmas activas</translation>
        </message>
        <message>
            <source>No active alarms.</source>
            <translation>No hay alarmas activas.</translation>
        </message>
        <message>
            <source>No adequate response</source>
            <translation>Sin respuesta adecuada</translation>
        </message>
        <message>
            <source>No bolus running.</source>
            <translation>No hay ningún bolo en curso.</translation>
        </message>
        <message>
            <source>No change in the last 6 months in this time zone.</source>
            <translation>Ningún cambio en los últimos 6 meses en esta zona horaria.</translation>
        </message>
        <message>
            <source>No crashed station is selected; only a crashed station restarts.</source>
            <translation>No hay ningún puesto caído seleccionado; solo se reinicia un puesto caído.</translation>
        </message>
        <message>
            <source>No dose change in the pump's event log.</source>
            <translation>No hay cambios de dosis en el registro de la bomba.</translation>
        </message>
        <message>
            <source>No emulator is running (start one: itb-emulator --pty)</source>
            <translation>No hay ningún emulador en marcha (inicie uno: itb-emulator --pty)</translation>
        </message>
        <message>
            <source>No ended or crashed station to close; end and score it first.</source>
            <translation>No hay ningún puesto terminado o caído que cerrar; termínelo y puntúelo primero.</translation>
        </message>
        <message>
            <source>No key</source>
            <translation>Sin clave</translation>
        </message>
        <message>
            <source>No log file could be written; the details went to the terminal.</source>
            <translation>No se pudo escribir ningún archivo de registro; los detalles se enviaron al terminal.</translation>
        </message>
        <message>
            <source>No longer there: {device}</source>
            <translation>Ya no está: {device}</translation>
        </message>
        <message>
            <source>No motor stall in the pump's log.</source>
            <translation>No hay bloqueo del motor en el registro de la bomba.</translation>
        </message>
        <message>
            <source>No motor stall is logged: the rotor was not stopped. Confirm the program in force is the one prescribed.</source>
            <translation>No hay bloqueo del motor registrado: el rotor no se detuvo. Confirme que el programa vigente es el prescrito.</translation>
        </message>
        <message>
            <source>No motor stall logged</source>
            <translation>No hay bloqueo del motor registrado</translation>
        </message>
        <message>
            <source>No printer is available on this computer: the print system lists none (no printer is set up, or no print service such as CUPS is running).</source>
            <translation>No hay ninguna impresora disponible en este ordenador: el sistema de impresión no muestra ninguna (no hay impresora configurada o no hay ningún servicio de impresión como CUPS en marcha).</translation>
        </message>
        <message>
            <source>No pump read</source>
            <translation>Ninguna bomba leída</translation>
        </message>
        <message>
            <source>No pump read yet</source>
            <translation>Aún no se ha leído ninguna bomba</translation>
        </message>
        <message>
            <source>No pump read yet.

Connect to a pump (File &gt; Connect..., Ctrl+K): its program in force appears here and editing starts from it.</source>
            <translation>Aún no se ha leído ninguna bomba.

Conecte una bomba (Archivo &gt; Conectar..., Ctrl+K): su programa vigente aparece aquí y la edición parte de él.</translation>
        </message>
        <message>
            <source>No pump read yet: connect to a pump (Ctrl+K).</source>
            <translation>Aún no se ha leído ninguna bomba: conecte una bomba (Ctrl+K).</translation>
        </message>
        <message>
            <source>No pump was chosen: nothing changed.</source>
            <translation>No se eligió ninguna bomba: nada cambió.</translation>
        </message>
        <message>
            <source>No refill forecast: the pump is not delivering.</source>
            <translation>Sin previsión de rellenado: la bomba no está infundiendo.</translation>
        </message>
        <message>
            <source>No response to 100 mcg: not a candidate for ITB therapy.</source>
            <translation>Sin respuesta a 100 mcg: no es candidato a terapia ITB.</translation>
        </message>
        <message>
            <source>No runs are recorded yet: runs are recorded when the instructor panel ends and scores a station with a trainee id.</source>
            <translation>Aún no hay intentos registrados: se registran cuando el panel del instructor termina y puntúa un puesto con un id de alumno.</translation>
        </message>
        <message>
            <source>No runs of this scenario are recorded.</source>
            <translation>No hay intentos registrados de este escenario.</translation>
        </message>
        <message>
            <source>No serial ports found</source>
            <translation>No se encontraron puertos serie</translation>
        </message>
        <message>
            <source>No sound was played: the tones are muted or this computer has no sound.</source>
            <translation>No se reprodujo ningún sonido: los tonos están silenciados o este ordenador no tiene sonido.</translation>
        </message>
        <message>
            <source>No trainee matches.</source>
            <translation>Ningún alumno coincide.</translation>
        </message>
        <message>
            <source>No trainee noted: the selected stations' runs are scored without being recorded.</source>
            <translation>Ningún alumno anotado: los intentos de los puestos seleccionados se puntúan sin registrarse.</translation>
        </message>
        <message>
            <source>Not added: {error}. {allowed}</source>
            <translation>No añadido: {error}. {allowed}</translation>
        </message>
        <message>
            <source>Not added: {refused}</source>
            <translation>No añadido: {refused}</translation>
        </message>
        <message>
            <source>Not applied: the pending program is stopped. Set the mode to Running first.</source>
            <translation>No aplicado: el programa pendiente está parado. Ponga primero el modo En marcha.</translation>
        </message>
        <message>
            <source>Not applied: {error}.</source>
            <translation>No aplicado: {error}.</translation>
        </message>
        <message>
            <source>Not applied: {reason}</source>
            <translation>No aplicado: {reason}</translation>
        </message>
        <message>
            <source>Not attempted: no console connected to this station, so nothing the objective asks was done</source>
            <translation>No intentado: ninguna consola se conectó a este puesto, así que no se hizo nada de lo que pide el objetivo</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Sin conexión</translation>
        </message>
        <message>
            <source>Not connected ({age_text})</source>
            <translation>Sin conexión ({age_text})</translation>
        </message>
        <message>
            <source>Not connected to {station}: the session with {device} stays open.</source>
            <translation>Sin conexión con {station}: la sesión con {device} sigue abierta.</translation>
        </message>
        <message>
            <source>Not connected: see the line at the top.</source>
            <translation>Sin conexión: vea la línea de arriba.</translation>
        </message>
        <message>
            <source>Not connected: {problem}</source>
            <translation>Sin conexión: {problem}</translation>
        </message>
        <message>
            <source>Not interrogated from this window yet.</source>
            <translation>Aún no interrogada desde esta ventana.</translation>
        </message>
        <message>
            <source>Not listed: {problem}</source>
            <translation>No listado: {problem}</translation>
        </message>
        <message>
            <source>Not loaded:</source>
            <translation>No cargados:</translation>
        </message>
        <message>
            <source>Not opened: {problem}.</source>
            <translation>No abierto: {problem}.</translation>
        </message>
        <message>
            <source>Not put in the draft: {error}. Refill at a lower concentration first (the refill wizard), then use it again.</source>
            <translation>No se puso en el borrador: {error}. Rellene primero con una concentración menor (el asistente de rellenado) y vuelva a usarlo.</translation>
        </message>
        <message>
            <source>Not ready: </source>
            <translation>No listo: </translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No guardado</translation>
        </message>
        <message>
            <source>Not saved: {problems}</source>
            <translation>No guardado: {problems}</translation>
        </message>
        <message>
            <source>Not saved: {problem}.</source>
            <translation>No guardado: {problem}.</translation>
        </message>
        <message>
            <source>Not tried</source>
            <translation>No probado</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Nothing has been sent yet: Send to pump refills it, reads it back and shows the result.</source>
            <translation>Aún no se ha enviado nada: Enviar a la bomba la rellena, la relee y muestra el resultado.</translation>
        </message>
        <message>
            <source>Nothing is sent yet: Review &amp;amp; send (Ctrl+Return) programs the pump.</source>
            <translation>Aún no se ha enviado nada: Revisar &amp;amp; enviar (Ctrl+Intro) programa la bomba.</translation>
        </message>
        <message>
            <source>Nothing is sent yet: Review &amp;amp; send (Ctrl+Return) programs the pump; Undo takes it back.</source>
            <translation>Aún no se ha enviado nada: Revisar &amp;amp; enviar (Ctrl+Intro) programa la bomba; Deshacer lo revierte.</translation>
        </message>
        <message>
            <source>Nothing to cancel: interrogate (F5) to see the pump as it is.</source>
            <translation>Nada que cancelar: interrogue (F5) para ver la bomba tal como está.</translation>
        </message>
        <message>
            <source>Nothing was changed on it; connect to a pump with a supported profile, or update the console</source>
            <translation>No se cambió nada en ella; conecte una bomba con un perfil compatible, o actualice la consola</translation>
        </message>
        <message>
            <source>Nothing was ended: the trainees were not confirmed.</source>
            <translation>No se terminó nada: los alumnos no se confirmaron.</translation>
        </message>
        <message>
            <source>Nothing was saved: no file was chosen.</source>
            <translation>No se guardó nada: no se eligió ningún archivo.</translation>
        </message>
        <message>
            <source>Nothing was sent: the pump is busy with another command.</source>
            <translation>No se envió nada: la bomba está ocupada con otra orden.</translation>
        </message>
        <message>
            <source>Nothing was sent: the pump is not connected ({age}).</source>
            <translation>No se envió nada: la bomba no está conectada ({age}).</translation>
        </message>
        <message>
            <source>Number of stations</source>
            <translation>Número de puestos</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Objetivos</translation>
        </message>
        <message>
            <source>Objectives and feedback</source>
            <translation>Objetivos y comentarios</translation>
        </message>
        <message>
            <source>Objectives missed</source>
            <translation>Objetivos no alcanzados</translation>
        </message>
        <message>
            <source>Objectives with points and feedback</source>
            <translation>Objetivos con puntos y comentarios</translation>
        </message>
        <message>
            <source>Old
(mcg/day)</source>
            <translation>Anterior
(mcg/día)</translation>
        </message>
        <message>
            <source>Old and new values side by side</source>
            <translation>Valores anteriores y nuevos lado a lado</translation>
        </message>
        <message>
            <source>Old pump
{concentration}
(mL/day)</source>
            <translation>Bomba antigua
{concentration}
(mL/día)</translation>
        </message>
        <message>
            <source>Old pump saved for its replacement</source>
            <translation>Bomba antigua guardada para su sustitución</translation>
        </message>
        <message>
            <source>Old: the program saved from {model} {serial} ({drug} {concentration}). New: the same doses for this pump's {new_drug} {new_concentration}.</source>
            <translation>Antiguo: el programa guardado de {model} {serial} ({drug} {concentration}). Nuevo: las mismas dosis para {new_drug} {new_concentration} de esta bomba.</translation>
        </message>
        <message>
            <source>Once per {hours} h:</source>
            <translation>Una vez cada {hours} h:</translation>
        </message>
        <message>
            <source>Only digits and “{point}” can be typed here.</source>
            <translation>Aquí solo se pueden escribir dígitos y «{point}».</translation>
        </message>
        <message>
            <source>Only for a pump started with a shared key (itb-emulator --key-file, or a keyed classroom station): the trainer gives the file. Only its path is remembered.</source>
            <translation>Solo para una bomba iniciada con una clave compartida (itb-emulator --key-file, o un puesto de aula con clave): el formador da el archivo. Solo se recuerda su ruta.</translation>
        </message>
        <message>
            <source>Only {millilitres} in the reservoir: lower the dose or refill first.</source>
            <translation>Solo {millilitres} en el reservorio: baje la dosis o rellene primero.</translation>
        </message>
        <message>
            <source>Only {volume} in the new pump's reservoir: fill it first.</source>
            <translation>Solo {volume} en el reservorio de la bomba nueva: llénela primero.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Open a debrief</source>
            <translation>Abrir un informe</translation>
        </message>
        <message>
            <source>Open a file saved by Pump &gt; Replace pump.</source>
            <translation>Abra un archivo guardado con Bomba &gt; Sustituir la bomba.</translation>
        </message>
        <message>
            <source>Open a saved file...</source>
            <translation>Abrir un archivo guardado...</translation>
        </message>
        <message>
            <source>Open a saved pump</source>
            <translation>Abrir una bomba guardada</translation>
        </message>
        <message>
            <source>Open a saved scenario debrief: score, objectives, replay of the actions, PDF</source>
            <translation>Abrir un informe de escenario guardado: puntuación, objetivos, reproducción de las acciones, PDF</translation>
        </message>
        <message>
            <source>Open a saved scenario debrief: score, objectives, replay, PDF</source>
            <translation>Abrir un informe de escenario guardado: puntuación, objetivos, reproducción, PDF</translation>
        </message>
        <message>
            <source>Open a scenario</source>
            <translation>Abrir un escenario</translation>
        </message>
        <message>
            <source>Open a scenario file (.toml)</source>
            <translation>Abrir un archivo de escenario (.toml)</translation>
        </message>
        <message>
            <source>Open another debrief...</source>
            <translation>Abrir otro informe...</translation>
        </message>
        <message>
            <source>Open debrief</source>
            <translation>Abrir informe</translation>
        </message>
        <message>
            <source>Open debrief...</source>
            <translation>Abrir informe...</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Abrir la carpeta del registro</translation>
        </message>
        <message>
            <source>Open one classroom station with this scenario and connect this console to it</source>
            <translation>Abrir un puesto de aula con este escenario y conectar esta consola a él</translation>
        </message>
        <message>
            <source>Open stations</source>
            <translation>Abrir puestos</translation>
        </message>
        <message>
            <source>Open stations first.</source>
            <translation>Abra primero puestos.</translation>
        </message>
        <message>
            <source>Open the folder of the console's log file (to send it when something went wrong)</source>
            <translation>Abrir la carpeta del archivo de registro de la consola (para enviarlo si algo salió mal)</translation>
        </message>
        <message>
            <source>Open to the classroom network</source>
            <translation>Abrir a la red del aula</translation>
        </message>
        <message>
            <source>Open...</source>
            <translation>Abrir...</translation>
        </message>
        <message>
            <source>Opened the pump saved on {moment}. Check it is this patient's before going on.</source>
            <translation>Abierta la bomba guardada el {moment}. Compruebe que es la de este paciente antes de seguir.</translation>
        </message>
        <message>
            <source>Opened {name}, a shipped scenario: to make one of your own from it, give it a short name of its own and save it in your folder (Save asks where).</source>
            <translation>{name} abierto, un escenario incluido: para crear uno propio a partir de él, dele un nombre corto propio y guárdelo en su carpeta (Guardar pregunta dónde).</translation>
        </message>
        <message>
            <source>Opened {name}.</source>
            <translation>Abierto {name}.</translation>
        </message>
        <message>
            <source>Opened {name}; it does not load yet: see the check.</source>
            <translation>Abierto {name}; aún no se carga: vea la comprobación.</translation>
        </message>
        <message>
            <source>Opened {path}</source>
            <translation>Abierto {path}</translation>
        </message>
        <message>
            <source>Opened {stations}{keyed}. Trainees connect their console to the address in 'Connect to'; press Start when ready.</source>
            <translation>Abiertos {stations}{keyed}. Los alumnos conectan su consola a la dirección de «Conectar a»; pulse Iniciar cuando estén listos.</translation>
        </message>
        <message>
            <source>Opening {path}...</source>
            <translation>Abriendo {path}...</translation>
        </message>
        <message>
            <source>Opening {stations} for '{title}'...</source>
            <translation>Abriendo {stations} para «{title}»...</translation>
        </message>
        <message>
            <source>Origin of the spasticity</source>
            <translation>Origen de la espasticidad</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Over-infuse</source>
            <translation>Sobreinfusión</translation>
        </message>
        <message>
            <source>Over-infusion (%)</source>
            <translation>Sobreinfusión (%)</translation>
        </message>
        <message>
            <source>Override confirmed.</source>
            <translation>Anulación confirmada.</translation>
        </message>
        <message>
            <source>Override: apply this dose outside the titration rules</source>
            <translation>Anulación: aplicar esta dosis fuera de las reglas de titulación</translation>
        </message>
        <message>
            <source>PAUSED</source>
            <translation>EN PAUSA</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Página {page} de {pages}</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Superado</translation>
        </message>
        <message>
            <source>Past the replace-by date {day}: the pump may have reached end of service. Replace now; watch for withdrawal.</source>
            <translation>Fecha límite de reemplazo {day} superada: la bomba puede haber llegado al fin de servicio. Reemplácela ahora; vigile la abstinencia.</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <source>Patient ID</source>
            <translation>ID del paciente</translation>
        </message>
        <message>
            <source>Patient and dose in force</source>
            <translation>Paciente y dosis vigente</translation>
        </message>
        <message>
            <source>Patient and implant record</source>
            <translation>Paciente y registro de implante</translation>
        </message>
        <message>
            <source>Patient and implant record (at the end of the run)</source>
            <translation>Paciente y registro de implante (al final del intento)</translation>
        </message>
        <message>
            <source>Patient id on the pump</source>
            <translation>Id. del paciente en la bomba</translation>
        </message>
        <message>
            <source>Patient story</source>
            <translation>Historia del paciente</translation>
        </message>
        <message>
            <source>Patient, pump and implant</source>
            <translation>Paciente, bomba e implante</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Pause or resume pump time</source>
            <translation>Pausar o reanudar el tiempo de la bomba</translation>
        </message>
        <message>
            <source>Pending pump mode</source>
            <translation>Modo de bomba pendiente</translation>
        </message>
        <message>
            <source>PgDown or -</source>
            <translation>Av Pág o -</translation>
        </message>
        <message>
            <source>PgUp or +</source>
            <translation>Re Pág o +</translation>
        </message>
        <message>
            <source>Plan from</source>
            <translation>Planificar desde</translation>
        </message>
        <message>
            <source>Plan the replacement surgery before end of service (EOS). At EOS the pump stops delivering baclofen and can no longer be programmed: abrupt withdrawal is dangerous.</source>
            <translation>Planifique la cirugía de reemplazo antes del fin de servicio (EOS). En el EOS la bomba deja de infundir baclofeno y ya no se puede programar: la abstinencia brusca es peligrosa.</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Reproducir</translation>
        </message>
        <message>
            <source>Play both alarm tones</source>
            <translation>Reproducir ambos tonos de alarma</translation>
        </message>
        <message>
            <source>Play the pump's alarm tones</source>
            <translation>Reproducir los tonos de alarma de la bomba</translation>
        </message>
        <message>
            <source>Played the critical two-tone, then the non-critical single tone.</source>
            <translation>Se reprodujo el tono doble crítico y luego el tono simple no crítico.</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Puntos</translation>
        </message>
        <message>
            <source>Points (weight)</source>
            <translation>Puntos (peso)</translation>
        </message>
        <message>
            <source>Post-MRI check recorded</source>
            <translation>Control post-RM registrado</translation>
        </message>
        <message>
            <source>Post-MRI check: stall, recovery, delayed restart</source>
            <translation>Control post-RM: bloqueo, recuperación, reinicio retrasado</translation>
        </message>
        <message>
            <source>Preferences - training mock</source>
            <translation>Preferencias – simulador de formación</translation>
        </message>
        <message>
            <source>Preferences...</source>
            <translation>Preferencias...</translation>
        </message>
        <message>
            <source>Preferences: soft limits, units, editor snap, refill alarm, alarm sound</source>
            <translation>Preferencias: límites blandos, unidades, ajuste del editor, alarma de rellenado, sonido</translation>
        </message>
        <message>
            <source>Presentation header</source>
            <translation>Encabezado de presentación</translation>
        </message>
        <message>
            <source>Presentation mode</source>
            <translation>Modo presentación</translation>
        </message>
        <message>
            <source>Presentation mode on or off: full screen, large type, pump clock, time control</source>
            <translation>Modo presentación sí o no: pantalla completa, letra grande, reloj de la bomba, control del tiempo</translation>
        </message>
        <message>
            <source>Presenting: pause or resume pump time (simulated pump only)</source>
            <translation>Presentación: pausar o reanudar el tiempo de la bomba (solo bomba simulada)</translation>
        </message>
        <message>
            <source>Presenting: pump time faster (x1, x60, x3600, x86400, x1,000,000)</source>
            <translation>Presentación: tiempo de la bomba más rápido (x1, x60, x3600, x86400, x1.000.000)</translation>
        </message>
        <message>
            <source>Presenting: pump time slower</source>
            <translation>Presentación: tiempo de la bomba más lento</translation>
        </message>
        <message>
            <source>Preview the session report and print it</source>
            <translation>Previsualizar el informe de sesión e imprimirlo</translation>
        </message>
        <message>
            <source>Prime the new pump</source>
            <translation>Cebar la bomba nueva</translation>
        </message>
        <message>
            <source>Priming bolus</source>
            <translation>Bolo de cebado</translation>
        </message>
        <message>
            <source>Priming bolus (new catheter or pump)</source>
            <translation>Bolo de cebado (catéter o bomba nuevos)</translation>
        </message>
        <message>
            <source>Priming volume, worked</source>
            <translation>Volumen de cebado, calculado</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Vista previa de impresión</translation>
        </message>
        <message>
            <source>Print preview of the session report (or the PDF if no printer)</source>
            <translation>Vista previa de impresión del informe de sesión (o el PDF si no hay impresora)</translation>
        </message>
        <message>
            <source>Print preview...</source>
            <translation>Vista previa de impresión...</translation>
        </message>
        <message>
            <source>Program (from, mcg/day)</source>
            <translation>Programa (desde, mcg/día)</translation>
        </message>
        <message>
            <source>Program after the session ({change})</source>
            <translation>Programa después de la sesión ({change})</translation>
        </message>
        <message>
            <source>Program before the session</source>
            <translation>Programa antes de la sesión</translation>
        </message>
        <message>
            <source>Program changed</source>
            <translation>Programa cambiado</translation>
        </message>
        <message>
            <source>Program for the drug in the reservoir, or refill with the new concentration first.</source>
            <translation>Programe para el fármaco del reservorio, o rellene primero con la nueva concentración.</translation>
        </message>
        <message>
            <source>Program in force</source>
            <translation>Programa vigente</translation>
        </message>
        <message>
            <source>Program send failed</source>
            <translation>Falló el envío del programa</translation>
        </message>
        <message>
            <source>Program sent</source>
            <translation>Programa enviado</translation>
        </message>
        <message>
            <source>Program steps</source>
            <translation>Pasos del programa</translation>
        </message>
        <message>
            <source>Program the new pump</source>
            <translation>Programar la bomba nueva</translation>
        </message>
        <message>
            <source>Program unchanged in dose, rewritten for the new concentration.</source>
            <translation>Programa sin cambios en la dosis, reescrito para la nueva concentración.</translation>
        </message>
        <message>
            <source>Program unchanged in dose.</source>
            <translation>Programa sin cambios en la dosis.</translation>
        </message>
        <message>
            <source>Programming session closed</source>
            <translation>Sesión de programación cerrada</translation>
        </message>
        <message>
            <source>Programming session opened</source>
            <translation>Sesión de programación abierta</translation>
        </message>
        <message>
            <source>Proposed daily dose in micrograms per day</source>
            <translation>Dosis diaria propuesta en microgramos por día</translation>
        </message>
        <message>
            <source>Proposed next-day dose</source>
            <translation>Dosis propuesta para el día siguiente</translation>
        </message>
        <message>
            <source>Pump</source>
            <translation>Bomba</translation>
        </message>
        <message>
            <source>Pump afterwards</source>
            <translation>Bomba después</translation>
        </message>
        <message>
            <source>Pump alarms</source>
            <translation>Alarmas de la bomba</translation>
        </message>
        <message>
            <source>Pump and patient</source>
            <translation>Bomba y paciente</translation>
        </message>
        <message>
            <source>Pump as found</source>
            <translation>Bomba tal como se encontró</translation>
        </message>
        <message>
            <source>Pump clock</source>
            <translation>Reloj de la bomba</translation>
        </message>
        <message>
            <source>Pump clock ahead by (min)</source>
            <translation>Reloj de la bomba adelantado (min)</translation>
        </message>
        <message>
            <source>Pump clock correct (within {span}).</source>
            <translation>Reloj de la bomba correcto (dentro de {span}).</translation>
        </message>
        <message>
            <source>Pump clock drift (ppm)</source>
            <translation>Deriva del reloj de la bomba (ppm)</translation>
        </message>
        <message>
            <source>Pump clock is {span} ahead of local time.</source>
            <translation>El reloj de la bomba va {span} adelantado respecto a la hora local.</translation>
        </message>
        <message>
            <source>Pump clock is {span} behind local time.</source>
            <translation>El reloj de la bomba va {span} atrasado respecto a la hora local.</translation>
        </message>
        <message>
            <source>Pump clock set</source>
            <translation>Reloj de la bomba ajustado</translation>
        </message>
        <message>
            <source>Pump event log</source>
            <translation>Registro de eventos de la bomba</translation>
        </message>
        <message>
            <source>Pump event log - training mock</source>
            <translation>Registro de eventos de la bomba – simulador de formación</translation>
        </message>
        <message>
            <source>Pump implanted</source>
            <translation>Bomba implantada</translation>
        </message>
        <message>
            <source>Pump interrogated</source>
            <translation>Bomba interrogada</translation>
        </message>
        <message>
            <source>Pump model</source>
            <translation>Modelo de bomba</translation>
        </message>
        <message>
            <source>Pump replace-by</source>
            <translation>Reemplazo de la bomba antes de</translation>
        </message>
        <message>
            <source>Pump serial</source>
            <translation>Número de serie de la bomba</translation>
        </message>
        <message>
            <source>Pump side after this action</source>
            <translation>Lado de la bomba tras esta acción</translation>
        </message>
        <message>
            <source>Pump status</source>
            <translation>Estado de la bomba</translation>
        </message>
        <message>
            <source>Pump time</source>
            <translation>Hora de la bomba</translation>
        </message>
        <message>
            <source>Pump time can be sped up on the simulated pump (sim://) only; an emulator runs at its own --speed.</source>
            <translation>El tiempo de la bomba solo se puede acelerar en la bomba simulada (sim://); un emulador va a su propio --speed.</translation>
        </message>
        <message>
            <source>Pump time faster</source>
            <translation>Tiempo de la bomba más rápido</translation>
        </message>
        <message>
            <source>Pump time runs at</source>
            <translation>El tiempo de la bomba va a</translation>
        </message>
        <message>
            <source>Pump time slower</source>
            <translation>Tiempo de la bomba más lento</translation>
        </message>
        <message>
            <source>Pump time speed</source>
            <translation>Velocidad del tiempo de la bomba</translation>
        </message>
        <message>
            <source>Pump time: {message}</source>
            <translation>Tiempo de la bomba: {message}</translation>
        </message>
        <message>
            <source>Pump values as last read at {time}, {age} before this report was made; then {since}: they were not read again, so nothing here was verified when the report was made.</source>
            <translation>Valores de la bomba según la última lectura a las {time}, {age} antes de crear este informe; después {since}: no se volvieron a leer, así que nada aquí se verificó al crear el informe.</translation>
        </message>
        <message>
            <source>Pump values read at {time}, connected.</source>
            <translation>Valores de la bomba leídos a las {time}, conectada.</translation>
        </message>
        <message>
            <source>Qt and PySide6 are used under the GNU LGPL version 3; their source is at download.qt.io and code.qt.io/pyside.</source>
            <translation>Qt y PySide6 se usan bajo la GNU LGPL versión 3; su código fuente está en download.qt.io y code.qt.io/pyside.</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Quit the console (asks first if edits are unsent or the pump is stopped)</source>
            <translation>Salir de la consola (pregunta antes si hay cambios sin enviar o la bomba está parada)</translation>
        </message>
        <message>
            <source>REACHED</source>
            <translation>ALCANZADA</translation>
        </message>
        <message>
            <source>Raise / lower the selected step's dose by one unit (Shift: x10)</source>
            <translation>Subir / bajar la dosis del paso seleccionado una unidad (Mayús: x10)</translation>
        </message>
        <message>
            <source>Raise alarm</source>
            <translation>Provocar alarma</translation>
        </message>
        <message>
            <source>Raw record</source>
            <translation>Registro en bruto</translation>
        </message>
        <message>
            <source>Read again</source>
            <translation>Leer de nuevo</translation>
        </message>
        <message>
            <source>Read back from the pump (pump clock {moment}): reservoir {volume} of {drug} {concentration}; low-reservoir alarm at {alarm}; program {dose} ({rate}) at {program_concentration}, {mode}.</source>
            <translation>Releído de la bomba (reloj de la bomba {moment}): reservorio {volume} de {drug} {concentration}; alarma de reservorio bajo en {alarm}; programa {dose} ({rate}) a {program_concentration}, {mode}.</translation>
        </message>
        <message>
            <source>Read the event log again</source>
            <translation>Leer de nuevo el registro de eventos</translation>
        </message>
        <message>
            <source>Read the log and the pump again</source>
            <translation>Leer de nuevo el registro y la bomba</translation>
        </message>
        <message>
            <source>Read the old pump and keep its program, drug and implant record in a file: the new pump is programmed from it. A file saved earlier can be opened instead.</source>
            <translation>Interrogue la bomba antigua y guarde su programa, fármaco y registro de implante en un archivo: la bomba nueva se programa a partir de él. En su lugar puede abrirse un archivo guardado antes.</translation>
        </message>
        <message>
            <source>Read the pump again</source>
            <translation>Leer de nuevo la bomba</translation>
        </message>
        <message>
            <source>Read {time}, connected</source>
            <translation>Leída a las {time}, conectada</translation>
        </message>
        <message>
            <source>Reading the log from the pump...</source>
            <translation>Leyendo el registro de la bomba...</translation>
        </message>
        <message>
            <source>Reading the pump (status and implant record)...</source>
            <translation>Leyendo la bomba (estado y registro de implante)...</translation>
        </message>
        <message>
            <source>Reading the pump's event log for the last dose change...</source>
            <translation>Leyendo el registro de la bomba para el último cambio de dosis...</translation>
        </message>
        <message>
            <source>Reading the pump's event log...</source>
            <translation>Leyendo el registro de eventos de la bomba...</translation>
        </message>
        <message>
            <source>Reading the pump's implant record (the catheter)...</source>
            <translation>Leyendo el registro de implante de la bomba (el catéter)...</translation>
        </message>
        <message>
            <source>Reading the scenario files in {folder}...</source>
            <translation>Leyendo los archivos de escenario de {folder}...</translation>
        </message>
        <message>
            <source>Reading {path}...</source>
            <translation>Leyendo {path}...</translation>
        </message>
        <message>
            <source>Reason for a catheter other than the saved one</source>
            <translation>Motivo de un catéter distinto del guardado</translation>
        </message>
        <message>
            <source>Reason for a change:</source>
            <translation>Motivo del cambio:</translation>
        </message>
        <message>
            <source>Reason for changing the implant record</source>
            <translation>Motivo del cambio del registro de implante</translation>
        </message>
        <message>
            <source>Reason for the change:</source>
            <translation>Motivo del cambio:</translation>
        </message>
        <message>
            <source>Reason for the override</source>
            <translation>Motivo de la anulación</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Motivo:</translation>
        </message>
        <message>
            <source>Reattached to the classroom this console left running when it last closed unexpectedly: its {stations} kept serving their trainees. Who sat where was not kept; it is asked again at End and score.</source>
            <translation>Reconectado al aula que esta consola dejó en marcha al cerrarse inesperadamente: sus {stations} siguieron atendiendo a sus alumnos. No se guardó quién estaba dónde; se vuelve a preguntar en Terminar y puntuar.</translation>
        </message>
        <message>
            <source>Reconnect (Ctrl+K), interrogate (F5) and save the report again before relying on it.</source>
            <translation>Vuelva a conectar (Ctrl+K), interrogue (F5) y guarde de nuevo el informe antes de fiarse de él.</translation>
        </message>
        <message>
            <source>Reconnect if needed and interrogate (F5): check {what} before anything else.</source>
            <translation>Vuelva a conectar si hace falta e interrogue (F5): compruebe {what} antes que nada.</translation>
        </message>
        <message>
            <source>Reconnect to the old pump and try again.</source>
            <translation>Vuelva a conectar con la bomba antigua e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>Record read</source>
            <translation>Registro leído</translation>
        </message>
        <message>
            <source>Record result</source>
            <translation>Registrar resultado</translation>
        </message>
        <message>
            <source>Record the check</source>
            <translation>Registrar el control</translation>
        </message>
        <message>
            <source>Record the screening result in the session log</source>
            <translation>Registrar el resultado del cribado en el registro de la sesión</translation>
        </message>
        <message>
            <source>Recorded in the trainee records: {runs}.</source>
            <translation>Registrado en los expedientes de los alumnos: {runs}.</translation>
        </message>
        <message>
            <source>Records database problem</source>
            <translation>Problema de la base de datos de registros</translation>
        </message>
        <message>
            <source>Records messages</source>
            <translation>Mensajes de los registros</translation>
        </message>
        <message>
            <source>Recovery not yet logged: interrogate again</source>
            <translation>Recuperación aún no registrada: interrogue de nuevo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>Redo the edit undone</source>
            <translation>Rehacer la edición deshecha</translation>
        </message>
        <message>
            <source>Redo: {edit}</source>
            <translation>Rehacer: {edit}</translation>
        </message>
        <message>
            <source>Refill</source>
            <translation>Rellenado</translation>
        </message>
        <message>
            <source>Refill - training mock</source>
            <translation>Rellenado – simulador de formación</translation>
        </message>
        <message>
            <source>Refill by (alarm date)</source>
            <translation>Rellenar antes de (fecha de alarma)</translation>
        </message>
        <message>
            <source>Refill immediately and watch the patient for withdrawal.</source>
            <translation>Rellene de inmediato y vigile la abstinencia en el paciente.</translation>
        </message>
        <message>
            <source>Refill in this run</source>
            <translation>Rellenado en este intento</translation>
        </message>
        <message>
            <source>Refill the pump now or plan a refill within days. Check the refill date.</source>
            <translation>Rellene la bomba ahora o planifique un rellenado en pocos días. Revise la fecha de rellenado.</translation>
        </message>
        <message>
            <source>Refill the pump: withdraw, compare, fill, verify</source>
            <translation>Rellenar la bomba: extraer, comparar, llenar, verificar</translation>
        </message>
        <message>
            <source>Refill...</source>
            <translation>Rellenado...</translation>
        </message>
        <message>
            <source>Refill: withdraw and compare, fill by double entry, send and verify</source>
            <translation>Rellenado: extraer y comparar, llenar con doble entrada, enviar y verificar</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Refresh the lists of emulators and serial ports</source>
            <translation>Actualizar las listas de emuladores y puertos serie</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove last bolus</source>
            <translation>Quitar el último bolo</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Quitar paso</translation>
        </message>
        <message>
            <source>Replace by</source>
            <translation>Reemplazar antes de</translation>
        </message>
        <message>
            <source>Replace pump - training mock</source>
            <translation>Sustituir la bomba – simulador de formación</translation>
        </message>
        <message>
            <source>Replace pump...</source>
            <translation>Sustituir la bomba...</translation>
        </message>
        <message>
            <source>Replace pump: save the old pump, connect, prime, record and program the new one</source>
            <translation>Sustituir la bomba: guardar la antigua, conectar, cebar, registrar y programar la nueva</translation>
        </message>
        <message>
            <source>Replace the pump now. Treat as an interrupted infusion: watch for withdrawal.</source>
            <translation>Reemplace la bomba ahora. Trátelo como una infusión interrumpida: vigile la abstinencia.</translation>
        </message>
        <message>
            <source>Replace the pump by</source>
            <translation>Reemplazar la bomba antes del</translation>
        </message>
        <message>
            <source>Replacement dates; check and set the pump clock</source>
            <translation>Fechas de reemplazo; comprobar y ajustar el reloj de la bomba</translation>
        </message>
        <message>
            <source>Replacement done: {serial} runs the saved doses. Print the session report (Ctrl+P) and plan the next refill from the new reservoir.</source>
            <translation>Sustitución hecha: {serial} administra las dosis guardadas. Imprima el informe de sesión (Ctrl+P) y planifique el próximo rellenado según el nuevo reservorio.</translation>
        </message>
        <message>
            <source>Replacement indicator</source>
            <translation>Indicador de reemplazo</translation>
        </message>
        <message>
            <source>Reservoir</source>
            <translation>Reservorio</translation>
        </message>
        <message>
            <source>Reservoir (mL)</source>
            <translation>Reservorio (mL)</translation>
        </message>
        <message>
            <source>Reservoir empty</source>
            <translation>Reservorio vacío</translation>
        </message>
        <message>
            <source>Reservoir empty: {time} ({when})</source>
            <translation>Reservorio vacío: {time} ({when})</translation>
        </message>
        <message>
            <source>Reservoir gauge</source>
            <translation>Indicador del reservorio</translation>
        </message>
        <message>
            <source>Reservoir now</source>
            <translation>Reservorio ahora</translation>
        </message>
        <message>
            <source>Reservoir now {volume} (calculated), low-reservoir alarm at {alarm}.</source>
            <translation>Reservorio ahora {volume} (calculado), alarma de reservorio bajo en {alarm}.</translation>
        </message>
        <message>
            <source>Reservoir outlook</source>
            <translation>Previsión del reservorio</translation>
        </message>
        <message>
            <source>Reservoir, pump's figure (mL)</source>
            <translation>Reservorio, valor de la bomba (mL)</translation>
        </message>
        <message>
            <source>Reservoir, truly left (mL)</source>
            <translation>Reservorio, realmente restante (mL)</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Response to the bolus</source>
            <translation>Respuesta al bolo</translation>
        </message>
        <message>
            <source>Response:</source>
            <translation>Respuesta:</translation>
        </message>
        <message>
            <source>Restart crashed</source>
            <translation>Reiniciar los caídos</translation>
        </message>
        <message>
            <source>Restart delayed by (hours)</source>
            <translation>Reinicio retrasado (horas)</translation>
        </message>
        <message>
            <source>Restarted {names} from the scenario's start; trainees reconnect to the same address.</source>
            <translation>{names} reiniciado(s) desde el inicio del escenario; los alumnos vuelven a conectar a la misma dirección.</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Result of applying the dose to the draft</source>
            <translation>Resultado de aplicar la dosis al borrador</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Revertir</translation>
        </message>
        <message>
            <source>Revert to the program in force</source>
            <translation>Volver al programa vigente</translation>
        </message>
        <message>
            <source>Review &amp;&amp; send...</source>
            <translation>Revisar &amp;&amp; enviar...</translation>
        </message>
        <message>
            <source>Review (soft limits)</source>
            <translation>Revisión (límites blandos)</translation>
        </message>
        <message>
            <source>Review and send - training mock</source>
            <translation>Revisar y enviar – simulador de formación</translation>
        </message>
        <message>
            <source>Review and send again.</source>
            <translation>Revise y envíe de nuevo.</translation>
        </message>
        <message>
            <source>Review and send the new program</source>
            <translation>Revisar y enviar el nuevo programa</translation>
        </message>
        <message>
            <source>Review and send the pending program</source>
            <translation>Revisar y enviar el programa pendiente</translation>
        </message>
        <message>
            <source>Review and send...</source>
            <translation>Revisar y enviar...</translation>
        </message>
        <message>
            <source>Review the changes and send them to the pump</source>
            <translation>Revisar los cambios y enviarlos a la bomba</translation>
        </message>
        <message>
            <source>Review the program, then Send to pump.</source>
            <translation>Revise el programa y luego Enviar a la bomba.</translation>
        </message>
        <message>
            <source>Right-click</source>
            <translation>Clic derecho</translation>
        </message>
        <message>
            <source>Rules (label)</source>
            <translation>Reglas (ficha técnica)</translation>
        </message>
        <message>
            <source>Run scenarios on trainee stations: time, faults, watching, scoring</source>
            <translation>Ejecutar escenarios en los puestos de los alumnos: tiempo, fallos, seguimiento, puntuación</translation>
        </message>
        <message>
            <source>Run the simulated pump's clock faster: x1, x60, x3600, x86400, x1,000,000</source>
            <translation>Hacer ir más rápido el reloj de la bomba simulada: x1, x60, x3600, x86400, x1.000.000</translation>
        </message>
        <message>
            <source>Run the simulated pump's clock slower</source>
            <translation>Hacer ir más lento el reloj de la bomba simulada</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>En marcha</translation>
        </message>
        <message>
            <source>Running emulator</source>
            <translation>Emulador en marcha</translation>
        </message>
        <message>
            <source>Running emulators</source>
            <translation>Emuladores en marcha</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Intentos</translation>
        </message>
        <message>
            <source>Runs (points won of the maximum, per objective)</source>
            <translation>Intentos (puntos obtenidos sobre el máximo, por objetivo)</translation>
        </message>
        <message>
            <source>Runs of the scenario</source>
            <translation>Intentos del escenario</translation>
        </message>
        <message>
            <source>STOPPED</source>
            <translation>PARADA</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Save as...</source>
            <translation>Guardar como...</translation>
        </message>
        <message>
            <source>Save debrief PDF...</source>
            <translation>Guardar informe en PDF...</translation>
        </message>
        <message>
            <source>Save debrief...</source>
            <translation>Guardar informe...</translation>
        </message>
        <message>
            <source>Save the debrief</source>
            <translation>Guardar el informe</translation>
        </message>
        <message>
            <source>Save the debrief as PDF</source>
            <translation>Guardar el informe en PDF</translation>
        </message>
        <message>
            <source>Save the old pump</source>
            <translation>Guardar la bomba antigua</translation>
        </message>
        <message>
            <source>Save the old pump, connect the new one, prime, write the record, program</source>
            <translation>Guardar la bomba antigua, conectar la nueva, cebar, escribir el registro, programar</translation>
        </message>
        <message>
            <source>Save the scenario as</source>
            <translation>Guardar el escenario como</translation>
        </message>
        <message>
            <source>Save the session report</source>
            <translation>Guardar el informe de sesión</translation>
        </message>
        <message>
            <source>Save the session report (PDF and JSON)</source>
            <translation>Guardar el informe de sesión (PDF y JSON)</translation>
        </message>
        <message>
            <source>Save the session report as PDF and JSON</source>
            <translation>Guardar el informe de sesión como PDF y JSON</translation>
        </message>
        <message>
            <source>Save to a new file</source>
            <translation>Guardar en un archivo nuevo</translation>
        </message>
        <message>
            <source>Save to this scenario's file</source>
            <translation>Guardar en el archivo de este escenario</translation>
        </message>
        <message>
            <source>Saved pumps ({pattern})</source>
            <translation>Bombas guardadas ({pattern})</translation>
        </message>
        <message>
            <source>Saved to {path} and read back: the file holds exactly what the pump reported.</source>
            <translation>Guardado en {path} y releído: el archivo contiene exactamente lo que indicó la bomba.</translation>
        </message>
        <message>
            <source>Saved {name} in {parent}; the instructor panel lists it.</source>
            <translation>{name} guardado en {parent}; el panel del instructor lo muestra.</translation>
        </message>
        <message>
            <source>Saved {path} (and {json}).</source>
            <translation>Guardado {path} (y {json}).</translation>
        </message>
        <message>
            <source>Saved {path} and {name}.</source>
            <translation>Guardados {path} y {name}.</translation>
        </message>
        <message>
            <source>Saved {path}.</source>
            <translation>Guardado {path}.</translation>
        </message>
        <message>
            <source>Saving the debrief of {name}...</source>
            <translation>Guardando el informe de {name}...</translation>
        </message>
        <message>
            <source>Saving to {path}, then reading it back...</source>
            <translation>Guardando en {path} y releyendo...</translation>
        </message>
        <message>
            <source>Saving {path}...</source>
            <translation>Guardando {path}...</translation>
        </message>
        <message>
            <source>Scale the pending program to the proposed dose</source>
            <translation>Escalar el programa pendiente a la dosis propuesta</translation>
        </message>
        <message>
            <source>Scan lasts (minutes)</source>
            <translation>Duración del estudio (minutos)</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Escenario</translation>
        </message>
        <message>
            <source>Scenario &lt;b&gt;{title}&lt;/b&gt; ({scenario_id}), printed {moment} UTC from the trainee records.</source>
            <translation>Escenario &lt;b&gt;{title}&lt;/b&gt; ({scenario_id}), impreso el {moment} UTC a partir de los registros de alumnos.</translation>
        </message>
        <message>
            <source>Scenario editor - {name}{mark} - {training_mark}</source>
            <translation>Editor de escenarios – {name}{mark} – {training_mark}</translation>
        </message>
        <message>
            <source>Scenario editor...</source>
            <translation>Editor de escenarios...</translation>
        </message>
        <message>
            <source>Scenario editor: write a scenario in a form, check it, Try it</source>
            <translation>Editor de escenarios: escribir un escenario en un formulario, comprobarlo, probarlo</translation>
        </message>
        <message>
            <source>Scenario of the cohort</source>
            <translation>Escenario de la cohorte</translation>
        </message>
        <message>
            <source>Scenario, trainee, session, score, patient and implant</source>
            <translation>Escenario, alumno, sesión, puntuación, paciente e implante</translation>
        </message>
        <message>
            <source>Scenario:</source>
            <translation>Escenario:</translation>
        </message>
        <message>
            <source>Scenarios (*.toml)</source>
            <translation>Escenarios (*.toml)</translation>
        </message>
        <message>
            <source>Schedule pump replacement now; note the replace-by date.</source>
            <translation>Programe ahora el reemplazo de la bomba; anote la fecha límite de reemplazo.</translation>
        </message>
        <message>
            <source>Schedule steps table</source>
            <translation>Tabla de pasos del programa</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Score (%)</source>
            <translation>Puntuación (%)</translation>
        </message>
        <message>
            <source>Score and record</source>
            <translation>Puntuar y registrar</translation>
        </message>
        <message>
            <source>Score over time</source>
            <translation>Puntuación en el tiempo</translation>
        </message>
        <message>
            <source>Score {score}</source>
            <translation>Puntuación {score}</translation>
        </message>
        <message>
            <source>Scored by</source>
            <translation>Puntuado por</translation>
        </message>
        <message>
            <source>Screening bolus dose in micrograms</source>
            <translation>Dosis del bolo de prueba en microgramos</translation>
        </message>
        <message>
            <source>Screening boluses given</source>
            <translation>Bolos de prueba administrados</translation>
        </message>
        <message>
            <source>Screening boluses, candidacy and the starting dose</source>
            <translation>Bolos de prueba, candidatura y dosis inicial</translation>
        </message>
        <message>
            <source>Screening is finished: remove the last bolus to change it.</source>
            <translation>El cribado ha terminado: quite el último bolo para cambiarlo.</translation>
        </message>
        <message>
            <source>Screening outcome</source>
            <translation>Resultado del cribado</translation>
        </message>
        <message>
            <source>Screening trial - training mock</source>
            <translation>Prueba de cribado – simulador de formación</translation>
        </message>
        <message>
            <source>Search the event log</source>
            <translation>Buscar en el registro de eventos</translation>
        </message>
        <message>
            <source>Search the log</source>
            <translation>Buscar en el registro</translation>
        </message>
        <message>
            <source>Search trainee id or name</source>
            <translation>Buscar id o nombre del alumno</translation>
        </message>
        <message>
            <source>Search trainees</source>
            <translation>Buscar alumnos</translation>
        </message>
        <message>
            <source>Select an event to see its record as the pump stored it.</source>
            <translation>Seleccione un evento para ver su registro tal como lo guardó la bomba.</translation>
        </message>
        <message>
            <source>Select the previous / next step (timeline focused)</source>
            <translation>Seleccionar el paso anterior / siguiente (línea de tiempo con foco)</translation>
        </message>
        <message>
            <source>Selected event, in words and as stored in the pump:</source>
            <translation>Evento seleccionado, en palabras y tal como está en la bomba:</translation>
        </message>
        <message>
            <source>Send program</source>
            <translation>Enviar programa</translation>
        </message>
        <message>
            <source>Send result</source>
            <translation>Resultado del envío</translation>
        </message>
        <message>
            <source>Send the new program to the pump</source>
            <translation>Enviar el nuevo programa a la bomba</translation>
        </message>
        <message>
            <source>Send the program again.</source>
            <translation>Envíe de nuevo el programa.</translation>
        </message>
        <message>
            <source>Send the program again; if it happens again, check the link.</source>
            <translation>Envíe de nuevo el programa; si vuelve a ocurrir, revise la conexión.</translation>
        </message>
        <message>
            <source>Send to pump</source>
            <translation>Enviar a la bomba</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Enviando</translation>
        </message>
        <message>
            <source>Sending program</source>
            <translation>Enviando programa</translation>
        </message>
        <message>
            <source>Sending the refill, then reading the pump back...</source>
            <translation>Enviando el rellenado y releyendo la bomba...</translation>
        </message>
        <message>
            <source>Sending, then reading the program back to verify...</source>
            <translation>Enviando y releyendo el programa para verificarlo...</translation>
        </message>
        <message>
            <source>Sent to the pump: what it answered and what was read back is below.</source>
            <translation>Enviado a la bomba: su respuesta y lo releído aparecen abajo.</translation>
        </message>
        <message>
            <source>Sent; waiting for the pump's answer and the read-back...</source>
            <translation>Enviado; esperando la respuesta de la bomba y la relectura...</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>Número de serie</translation>
        </message>
        <message>
            <source>Serial port</source>
            <translation>Puerto serie</translation>
        </message>
        <message>
            <source>Serial ports</source>
            <translation>Puertos serie</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Session (world time)</source>
            <translation>Sesión (hora real)</translation>
        </message>
        <message>
            <source>Session (world time): {span}</source>
            <translation>Sesión (hora real): {span}</translation>
        </message>
        <message>
            <source>Session closed</source>
            <translation>Sesión cerrada</translation>
        </message>
        <message>
            <source>Session closed before the pump was read.</source>
            <translation>Sesión cerrada antes de leer la bomba.</translation>
        </message>
        <message>
            <source>Session report</source>
            <translation>Informe de sesión</translation>
        </message>
        <message>
            <source>Session report - print preview (training mock)</source>
            <translation>Informe de sesión – vista previa (simulador de formación)</translation>
        </message>
        <message>
            <source>Session report saved</source>
            <translation>Informe de sesión guardado</translation>
        </message>
        <message>
            <source>Session report...</source>
            <translation>Informe de sesión...</translation>
        </message>
        <message>
            <source>Session {time}</source>
            <translation>Sesión {time}</translation>
        </message>
        <message>
            <source>Set by the next step's start</source>
            <translation>Fijado por el inicio del paso siguiente</translation>
        </message>
        <message>
            <source>Set clock</source>
            <translation>Ajustar reloj</translation>
        </message>
        <message>
            <source>Set it to {time}.</source>
            <translation>Ajústelo a {time}.</translation>
        </message>
        <message>
            <source>Set mode to {mode}</source>
            <translation>Poner el modo en {mode}</translation>
        </message>
        <message>
            <source>Set pump clock to local time</source>
            <translation>Ajustar el reloj de la bomba a la hora local</translation>
        </message>
        <message>
            <source>Set step {step} to {dose}</source>
            <translation>Poner el paso {step} en {dose}</translation>
        </message>
        <message>
            <source>Set the pump clock to local time</source>
            <translation>Ajustar el reloj de la bomba a la hora local</translation>
        </message>
        <message>
            <source>Setting the pump clock, then reading it back...</source>
            <translation>Ajustando el reloj de la bomba y releyéndolo...</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Nombre corto</translation>
        </message>
        <message>
            <source>Show doses in the next unit (mcg/day, mcg/h, mL/day)</source>
            <translation>Mostrar las dosis en la siguiente unidad (mcg/día, mcg/h, mL/día)</translation>
        </message>
        <message>
            <source>Show doses in:</source>
            <translation>Mostrar las dosis en:</translation>
        </message>
        <message>
            <source>Show events of kind</source>
            <translation>Mostrar eventos del tipo</translation>
        </message>
        <message>
            <source>Show what the alarm means and what to do</source>
            <translation>Mostrar qué significa la alarma y qué hacer</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <source>Signature:</source>
            <translation>Firma:</translation>
        </message>
        <message>
            <source>Simulated pump (in this program)</source>
            <translation>Bomba simulada (en este programa)</translation>
        </message>
        <message>
            <source>Simulated pump profile</source>
            <translation>Perfil de la bomba simulada</translation>
        </message>
        <message>
            <source>Since start
(h:min:s)</source>
            <translation>Desde el inicio
(h:min:s)</translation>
        </message>
        <message>
            <source>Since start (h:min:s)</source>
            <translation>Desde el inicio (h:min:s)</translation>
        </message>
        <message>
            <source>Smallest bolus (mL)</source>
            <translation>Bolo más pequeño (mL)</translation>
        </message>
        <message>
            <source>Soft limit: daily dose change in percent</source>
            <translation>Límite blando: cambio de la dosis diaria en porcentaje</translation>
        </message>
        <message>
            <source>Soft limit: step dose ceiling in mcg per day</source>
            <translation>Límite blando: techo de dosis de un paso en mcg por día</translation>
        </message>
        <message>
            <source>Soft limits, units, editor snap, refill alarm default, alarm sound</source>
            <translation>Límites blandos, unidades, ajuste del editor, alarma de rellenado predeterminada, sonido</translation>
        </message>
        <message>
            <source>Soft-limit warning overridden</source>
            <translation>Aviso de límite blando anulado</translation>
        </message>
        <message>
            <source>Soft-limit warnings</source>
            <translation>Avisos de límites blandos</translation>
        </message>
        <message>
            <source>Something went wrong inside the console: {error}
Where: {where}.

{kept}

If a pump command was under way, interrogate the pump (F5) to see it as it is before going on.</source>
            <translation>Algo salió mal dentro de la consola: {error}
Dónde: {where}.

{kept}

Si había una orden de bomba en curso, interrogue la bomba (F5) para verla tal como está antes de seguir.</translation>
        </message>
        <message>
            <source>Source commit</source>
            <translation>Commit de origen</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Espacio</translation>
        </message>
        <message>
            <source>Space resumes at {speed}</source>
            <translation>Espacio reanuda a {speed}</translation>
        </message>
        <message>
            <source>Spasticity origin</source>
            <translation>Origen de la espasticidad</translation>
        </message>
        <message>
            <source>Spasticity:</source>
            <translation>Espasticidad:</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Velocidad</translation>
        </message>
        <message>
            <source>Speed:</source>
            <translation>Velocidad:</translation>
        </message>
        <message>
            <source>Spinal cord origin</source>
            <translation>Origen medular</translation>
        </message>
        <message>
            <source>Split a step at the pointer</source>
            <translation>Dividir un paso en el puntero</translation>
        </message>
        <message>
            <source>Split at {time}</source>
            <translation>Dividir a las {time}</translation>
        </message>
        <message>
            <source>Split step here (S)</source>
            <translation>Dividir el paso aquí (S)</translation>
        </message>
        <message>
            <source>Split the selected step in the middle</source>
            <translation>Dividir el paso seleccionado por la mitad</translation>
        </message>
        <message>
            <source>Split, merge or delete the step under the pointer</source>
            <translation>Dividir, unir o eliminar el paso bajo el puntero</translation>
        </message>
        <message>
            <source>Stall recovery logged: rotor turned again at {time}</source>
            <translation>Recuperación del bloqueo registrada: el rotor volvió a girar a las {time}</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Start a crashed station again from the scenario's start, on the same address; the other stations are not touched</source>
            <translation>Reiniciar un puesto caído desde el inicio del escenario, en la misma dirección; los demás puestos no se tocan</translation>
        </message>
        <message>
            <source>Start a new scenario from the defaults</source>
            <translation>Empezar un escenario nuevo con los valores predeterminados</translation>
        </message>
        <message>
            <source>Start at {dose}</source>
            <translation>Empezar con {dose}</translation>
        </message>
        <message>
            <source>Start bolus</source>
            <translation>Iniciar bolo</translation>
        </message>
        <message>
            <source>Start the emulator (itb-emulator --pty) and connect to the port it prints, or check the port name</source>
            <translation>Inicie el emulador (itb-emulator --pty) y conecte al puerto que muestra, o revise el nombre del puerto</translation>
        </message>
        <message>
            <source>Start the emulator first (itb-emulator --tcp PORT) or check host and port</source>
            <translation>Inicie primero el emulador (itb-emulator --tcp PORT) o revise el host y el puerto</translation>
        </message>
        <message>
            <source>Start the priming bolus</source>
            <translation>Iniciar el bolo de cebado</translation>
        </message>
        <message>
            <source>Start, pause, time and faults reach the selected stations, or every station when none is selected</source>
            <translation>Inicio, pausa, tiempo y fallos llegan a los puestos seleccionados, o a todos cuando no hay ninguno seleccionado</translation>
        </message>
        <message>
            <source>Starting daily dose: &lt;b&gt;{dose}&lt;/b&gt;</source>
            <translation>Dosis diaria inicial: &lt;b&gt;{dose}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Starting program result</source>
            <translation>Resultado del programa inicial</translation>
        </message>
        <message>
            <source>Starting the bolus</source>
            <translation>Iniciando el bolo</translation>
        </message>
        <message>
            <source>Starting the priming bolus, then reading the pump back...</source>
            <translation>Iniciando el bolo de cebado y releyendo la bomba...</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>Puestos</translation>
        </message>
        <message>
            <source>Stations:</source>
            <translation>Puestos:</translation>
        </message>
        <message>
            <source>Stations: all (none selected)</source>
            <translation>Puestos: todos (ninguno seleccionado)</translation>
        </message>
        <message numerus="yes">
            <source>Stations: the %n selected</source>
            <translation>
                <numerusform>Puestos: el %n seleccionado</numerusform>
                <numerusform>Puestos: los %n seleccionados</numerusform>
            </translation>
        </message>
        <message>
            <source>Stations: {names}</source>
            <translation>Puestos: {names}</translation>
        </message>
        <message>
            <source>Step starts snap to:</source>
            <translation>Los inicios de paso se ajustan a:</translation>
        </message>
        <message>
            <source>Step through the actions, one every {seconds} s</source>
            <translation>Recorrer las acciones, una cada {seconds} s</translation>
        </message>
        <message>
            <source>Stop or restart the simulated pump's clock</source>
            <translation>Detener o reanudar el reloj de la bomba simulada</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Parada</translation>
        </message>
        <message>
            <source>Stopped: the pump delivers nothing. Kept for a restart: {text}</source>
            <translation>Parada: la bomba no infunde nada. Guardado para un reinicio: {text}</translation>
        </message>
        <message>
            <source>Stopping the pump stops all baclofen delivery</source>
            <translation>Detener la bomba detiene toda infusión de baclofeno</translation>
        </message>
        <message>
            <source>Story</source>
            <translation>Historia</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Summary (one line)</source>
            <translation>Resumen (una línea)</translation>
        </message>
        <message>
            <source>Takes effect the next time the console starts; itb-console --lang overrides it</source>
            <translation>Se aplica la próxima vez que se inicie la consola; itb-console --lang tiene prioridad</translation>
        </message>
        <message>
            <source>Tester fault</source>
            <translation>Fallo de prueba</translation>
        </message>
        <message>
            <source>The battery is exhausted: the pump has stopped delivering.</source>
            <translation>La batería está agotada: la bomba ha dejado de infundir.</translation>
        </message>
        <message>
            <source>The battery is near its end. The pump reaches end of service within 90 days.</source>
            <translation>La batería está cerca de su fin. La bomba llega al fin de servicio en 90 días.</translation>
        </message>
        <message>
            <source>The calculated reservoir volume has reached the low-reservoir alarm volume. It is calculated from the programmed rate, not measured: a pump that over-infuses may be emptier.</source>
            <translation>El volumen calculado del reservorio ha llegado al volumen de alarma de reservorio bajo. Se calcula a partir del caudal programado, no se mide: una bomba que infunde de más puede estar más vacía.</translation>
        </message>
        <message>
            <source>The calculated reservoir volume is used up. Baclofen delivery has stopped: risk of withdrawal (fever, altered mental status, rebound spasticity).</source>
            <translation>El volumen calculado del reservorio se ha agotado. La infusión de baclofeno se ha detenido: riesgo de abstinencia (fiebre, alteración del estado mental, espasticidad de rebote).</translation>
        </message>
        <message>
            <source>The clocks went back on {day}</source>
            <translation>Los relojes se atrasaron el {day}</translation>
        </message>
        <message>
            <source>The clocks went forward on {day}</source>
            <translation>Los relojes se adelantaron el {day}</translation>
        </message>
        <message>
            <source>The daily dose goes {change}, beyond the soft limit of {limit} (titration: spinal up 10 to 30 %, cerebral up 5 to 15 % per 24 h).</source>
            <translation>La dosis diaria cambia {change}, más allá del límite blando de {limit} (titulación: espinal más 10 a 30 %, cerebral más 5 a 15 % por 24 h).</translation>
        </message>
        <message>
            <source>The daily doses in mcg stay; the volumes follow the drug in the new pump. Review the program side by side and send it; the pump is read back to verify.</source>
            <translation>Las dosis diarias en mcg se mantienen; los volúmenes siguen al fármaco de la bomba nueva. Revise el programa lado a lado y envíelo; la bomba se relee para verificar.</translation>
        </message>
        <message>
            <source>The details are in the log: {path}</source>
            <translation>Los detalles están en el registro: {path}</translation>
        </message>
        <message>
            <source>The dose was changed less than {hours} h ago; the next change is due from {time}.</source>
            <translation>La dosis se cambió hace menos de {hours} h; el próximo cambio es posible a partir de {time}.</translation>
        </message>
        <message>
            <source>The draft now gives {mcg_per_day}.</source>
            <translation>El borrador da ahora {mcg_per_day}.</translation>
        </message>
        <message>
            <source>The draft now runs {dose} all day.</source>
            <translation>El borrador infunde ahora {dose} todo el día.</translation>
        </message>
        <message>
            <source>The first step always starts at 00:00</source>
            <translation>El primer paso empieza siempre a las 00:00</translation>
        </message>
        <message>
            <source>The link failed and the read-back shows the pump unchanged.</source>
            <translation>La conexión falló y la relectura muestra la bomba sin cambios.</translation>
        </message>
        <message>
            <source>The link failed during the command and the read-back cannot show whether the pump acted.</source>
            <translation>La conexión falló durante la orden y la relectura no puede mostrar si la bomba actuó.</translation>
        </message>
        <message>
            <source>The link failed during the command, but the read-back shows it done.</source>
            <translation>La conexión falló durante la orden, pero la relectura la muestra realizada.</translation>
        </message>
        <message>
            <source>The link failed during the send and the pump could not be read back: reconnect and check which program runs.</source>
            <translation>La conexión falló durante el envío y no se pudo releer la bomba: vuelva a conectar y compruebe qué programa está en marcha.</translation>
        </message>
        <message>
            <source>The link failed during the send, after the pump had taken the program; nothing more to do.</source>
            <translation>La conexión falló durante el envío, después de que la bomba aceptara el programa; no hay nada más que hacer.</translation>
        </message>
        <message>
            <source>The link failed during the send; send again when the link is steady.</source>
            <translation>La conexión falló durante el envío; envíe de nuevo cuando la conexión sea estable.</translation>
        </message>
        <message>
            <source>The link to the pump at {url} was lost: {reason}. The values shown are the last ones read. Reconnect (Ctrl+K) and interrogate.</source>
            <translation>Se perdió la conexión con la bomba en {url}: {reason}. Los valores mostrados son los últimos leídos. Vuelva a conectar (Ctrl+K) e interrogue.</translation>
        </message>
        <message>
            <source>The link to the pump failed, so it is not known whether it acted.</source>
            <translation>La conexión con la bomba falló, así que no se sabe si actuó.</translation>
        </message>
        <message>
            <source>The link was lost before the pump was read.</source>
            <translation>Se perdió la conexión antes de leer la bomba.</translation>
        </message>
        <message>
            <source>The log is kept in {folder}</source>
            <translation>El registro se guarda en {folder}</translation>
        </message>
        <message>
            <source>The low-reservoir alarm day {day} has come: refill now.</source>
            <translation>Ha llegado el día de la alarma de reservorio bajo ({day}): rellene ahora.</translation>
        </message>
        <message>
            <source>The motor is stalled: the pump refuses a bolus until that alarm is cleared.</source>
            <translation>El motor está bloqueado: la bomba rechaza un bolo hasta que se borre esa alarma.</translation>
        </message>
        <message>
            <source>The new pump holds {drug}; the saved program is for {saved_drug}. Fill the new pump with {saved_drug} first.</source>
            <translation>La bomba nueva contiene {drug}; el programa guardado es para {saved_drug}. Llene primero la bomba nueva con {saved_drug}.</translation>
        </message>
        <message>
            <source>The new pump is stopped: it gives no baclofen until this program is sent.</source>
            <translation>La bomba nueva está parada: no administra baclofeno hasta que se envíe este programa.</translation>
        </message>
        <message>
            <source>The new pump is stopped: it gives no baclofen.</source>
            <translation>La bomba nueva está parada: no administra baclofeno.</translation>
        </message>
        <message>
            <source>The patient is without baclofen until the pump restarts: abrupt withdrawal can be life-threatening (high fever, altered mental status, rebound spasticity, muscle breakdown). Tell the physician now so a plan covers the gap, keep the patient under observation, and interrogate again at intervals until the log shows the stall recovery (a return to infusion can take 2 to 24 hours).</source>
            <translation>El paciente está sin baclofeno hasta que la bomba se reanude: la abstinencia brusca puede ser mortal (fiebre alta, alteración del estado mental, espasticidad de rebote, rabdomiólisis). Avise ahora al médico para que un plan cubra el intervalo, mantenga al paciente en observación e interrogue de nuevo a intervalos hasta que el registro muestre la recuperación del bloqueo (la vuelta a la infusión puede tardar de 2 a 24 horas).</translation>
        </message>
        <message>
            <source>The pending program has NOT been sent to the pump.</source>
            <translation>El programa pendiente NO se ha enviado a la bomba.</translation>
        </message>
        <message>
            <source>The priming volume cannot be worked out.</source>
            <translation>No se puede calcular el volumen de cebado.</translation>
        </message>
        <message>
            <source>The program is set to STOPPED: programming stopped around an MRI is not recommended (it can lengthen the delay in detecting an extended stall); restart the prescribed program.</source>
            <translation>El programa está DETENIDO: no se recomienda detener la bomba alrededor de una RM (puede retrasar la detección de un bloqueo prolongado); reinicie el programa prescrito.</translation>
        </message>
        <message>
            <source>The program read back does not match what was sent.</source>
            <translation>El programa releído no coincide con lo enviado.</translation>
        </message>
        <message>
            <source>The programming session had ended: interrogate (F5) and try again.</source>
            <translation>La sesión de programación había terminado: interrogue (F5) y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The pump accepted it but could not be read back to verify it.</source>
            <translation>La bomba lo aceptó pero no se pudo releer para verificarlo.</translation>
        </message>
        <message>
            <source>The pump accepted it, but the read-back does not show it.</source>
            <translation>La bomba lo aceptó, pero la relectura no lo muestra.</translation>
        </message>
        <message>
            <source>The pump at {url} closed the link: the instructor has ended or closed this training station (or another console connected to it). The values shown are the last ones read. If your station was ended, your run is over: wait for the instructor's debrief. Otherwise connect again (Ctrl+K) and interrogate.</source>
            <translation>La bomba en {url} cerró la conexión: el instructor ha terminado o cerrado este puesto de formación (u otra consola se conectó a él). Los valores mostrados son los últimos leídos. Si su puesto terminó, su intento ha acabado: espere el informe del instructor. Si no, vuelva a conectar (Ctrl+K) e interrogue.</translation>
        </message>
        <message>
            <source>The pump can no longer be programmed: plan its replacement now.</source>
            <translation>La bomba ya no se puede programar: planifique su reemplazo ahora.</translation>
        </message>
        <message>
            <source>The pump could not be read back: what it holds now is not known.</source>
            <translation>No se pudo releer la bomba: no se sabe qué contiene ahora.</translation>
        </message>
        <message>
            <source>The pump could not be read: {problem}. Nothing was saved.</source>
            <translation>No se pudo leer la bomba: {problem}. No se guardó nada.</translation>
        </message>
        <message>
            <source>The pump did not answer in time, so it is not known whether it acted.</source>
            <translation>La bomba no respondió a tiempo, así que no se sabe si actuó.</translation>
        </message>
        <message>
            <source>The pump did not take this console's signature, so nothing changed; the session ends: connect again with this pump's key file.</source>
            <translation>La bomba no aceptó la firma de esta consola, así que nada cambió; la sesión termina: vuelva a conectar con el archivo de clave de esta bomba.</translation>
        </message>
        <message>
            <source>The pump is NOT delivering: {reason}</source>
            <translation>La bomba NO está infundiendo: {reason}</translation>
        </message>
        <message>
            <source>The pump is STOPPED: it delivers no baclofen.</source>
            <translation>La bomba está PARADA: no infunde baclofeno.</translation>
        </message>
        <message>
            <source>The pump is busy with another command: interrogate again when it has finished.</source>
            <translation>La bomba está ocupada con otra orden: interrogue de nuevo cuando haya terminado.</translation>
        </message>
        <message>
            <source>The pump is not delivering: no alarm date.</source>
            <translation>La bomba no está infundiendo: sin fecha de alarma.</translation>
        </message>
        <message>
            <source>The pump is still busy with an earlier action: wait for it to end, then try again.</source>
            <translation>La bomba sigue ocupada con una acción anterior: espere a que termine e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The pump is {state}: no projection.</source>
            <translation>La bomba está {state}: sin proyección.</translation>
        </message>
        <message>
            <source>The pump motor stopped; delivery has stopped or is uncertain.</source>
            <translation>El motor de la bomba se detuvo; la infusión se ha detenido o es incierta.</translation>
        </message>
        <message>
            <source>The pump must be connected and interrogated before programming.</source>
            <translation>La bomba debe estar conectada e interrogada antes de programar.</translation>
        </message>
        <message>
            <source>The pump predicts end of service on {day}, sooner than ERI + {days} days at this rate.</source>
            <translation>La bomba prevé el fin de servicio el {day}, antes que ERI + {days} días a este caudal.</translation>
        </message>
        <message>
            <source>The pump reads back exactly the new program.</source>
            <translation>La bomba devuelve exactamente el nuevo programa.</translation>
        </message>
        <message>
            <source>The pump reads back the new program. {why}</source>
            <translation>La bomba devuelve el nuevo programa. {why}</translation>
        </message>
        <message>
            <source>The pump refused it: {reason} {advice}</source>
            <translation>La bomba lo rechazó: {reason} {advice}</translation>
        </message>
        <message>
            <source>The pump refused the command as not signed with its key (it said: {reason}). Nothing changed on the pump. Another program may have talked to the pump since: connect again; if it is refused again, the key file is not this pump's. {step}.</source>
            <translation>La bomba rechazó la orden por no estar firmada con su clave (dijo: {reason}). No cambió nada en la bomba. Otro programa puede haber hablado con la bomba desde entonces: vuelva a conectar; si se rechaza de nuevo, el archivo de clave no es de esta bomba. {step}.</translation>
        </message>
        <message>
            <source>The pump refuses a bolus above {most} ({asked} asked): lower the dose.</source>
            <translation>La bomba rechaza un bolo por encima de {most} ({asked} pedido): reduzca la dosis.</translation>
        </message>
        <message>
            <source>The pump refuses rates outside {rates}: change the duration.</source>
            <translation>La bomba rechaza caudales fuera de {rates}: cambie la duración.</translation>
        </message>
        <message>
            <source>The pump reset after a battery dip; the program in force may be lost and the pump stopped.</source>
            <translation>La bomba se reinició tras una caída de la batería; el programa vigente puede haberse perdido y la bomba estar parada.</translation>
        </message>
        <message>
            <source>The pump said: {reason}</source>
            <translation>La bomba respondió: {reason}</translation>
        </message>
        <message>
            <source>The pump side at the chosen action</source>
            <translation>El lado de la bomba en la acción elegida</translation>
        </message>
        <message>
            <source>The pump this step works on</source>
            <translation>La bomba con la que trabaja este paso</translation>
        </message>
        <message>
            <source>The pump took the program but could not be read back to verify it.</source>
            <translation>La bomba aceptó el programa pero no se pudo releer para verificarlo.</translation>
        </message>
        <message>
            <source>The pump was replaced too (fill its internal path)</source>
            <translation>También se reemplazó la bomba (llenar su circuito interno)</translation>
        </message>
        <message>
            <source>The pump will STOP delivering. Abrupt withdrawal of intrathecal baclofen is dangerous: stop only with an explicit clinical decision.</source>
            <translation>La bomba va a DETENER la infusión. La retirada brusca de baclofeno intratecal es peligrosa: detenga solo con una decisión clínica explícita.</translation>
        </message>
        <message>
            <source>The pump's event log: filter, search, export CSV</source>
            <translation>Registro de eventos de la bomba: filtrar, buscar, exportar CSV</translation>
        </message>
        <message>
            <source>The read-back confirms it.</source>
            <translation>La relectura lo confirma.</translation>
        </message>
        <message>
            <source>The read-back does not show it.</source>
            <translation>La relectura no lo muestra.</translation>
        </message>
        <message>
            <source>The record follows the patient: the same patient ID and catheter on the new pump, implanted today.</source>
            <translation>El registro sigue al paciente: el mismo ID del paciente y el mismo catéter en la bomba nueva, implantada hoy.</translation>
        </message>
        <message>
            <source>The record to write</source>
            <translation>El registro que se escribirá</translation>
        </message>
        <message>
            <source>The refill goes to the pump; its answer and what is read back appear below.</source>
            <translation>El rellenado va a la bomba; su respuesta y lo releído aparecen abajo.</translation>
        </message>
        <message>
            <source>The refill stands without it: the {volume} of the old drug in the pump path now goes at the new rate, about {given} instead of {intended} for {duration}: watch the patient for signs of overdose.</source>
            <translation>El rellenado se mantiene sin él: los {volume} del fármaco anterior en el circuito de la bomba pasan ahora al nuevo caudal, unos {given} en vez de {intended} durante {duration}: vigile signos de sobredosis.</translation>
        </message>
        <message>
            <source>The refill stands without it: the {volume} of the old drug in the pump path now goes at the new rate, about {given} instead of {intended} for {duration}: watch the patient for signs of withdrawal.</source>
            <translation>El rellenado se mantiene sin él: los {volume} del fármaco anterior en el circuito de la bomba pasan ahora al nuevo caudal, unos {given} en vez de {intended} durante {duration}: vigile signos de abstinencia.</translation>
        </message>
        <message>
            <source>The reservoir is already below its alarm volume: refill now.</source>
            <translation>El reservorio ya está por debajo de su volumen de alarma: rellene ahora.</translation>
        </message>
        <message>
            <source>The review was closed without sending: the new pump runs what it ran before.</source>
            <translation>La revisión se cerró sin enviar: la bomba nueva sigue con lo que tenía antes.</translation>
        </message>
        <message>
            <source>The saved program</source>
            <translation>El programa guardado</translation>
        </message>
        <message>
            <source>The scanner's magnet stops the pump's rotor and suspends infusion for the whole scan. Interrogate the pump, read the motor stall and its recovery in the log, and confirm delivery resumed.</source>
            <translation>El imán del escáner detiene el rotor de la bomba y suspende la infusión durante toda la exploración. Interrogue la bomba, lea el bloqueo del motor y su recuperación en el registro, y confirme que la infusión se reanudó.</translation>
        </message>
        <message>
            <source>The selected event in words and as the pump recorded it</source>
            <translation>El evento seleccionado en palabras y tal como lo registró la bomba</translation>
        </message>
        <message>
            <source>The selected station's details and score</source>
            <translation>Detalles y puntuación del puesto seleccionado</translation>
        </message>
        <message>
            <source>The selected trainee's actions</source>
            <translation>Las acciones del alumno seleccionado</translation>
        </message>
        <message>
            <source>The send did not complete ({reason}).</source>
            <translation>El envío no se completó ({reason}).</translation>
        </message>
        <message>
            <source>The trainee records are kept in this file (SQLite)</source>
            <translation>Los registros de alumnos se guardan en este archivo (SQLite)</translation>
        </message>
        <message>
            <source>The trainee records database could not be used: {damage}. It was kept aside, unchanged, as {name} in {folder}, and a new empty database was started. The earlier records are in the kept file (ask your IT support to recover them).</source>
            <translation>No se pudo usar la base de datos de registros de alumnos: {damage}. Se apartó, sin cambios, como {name} en {folder}, y se creó una nueva base vacía. Los registros anteriores están en el archivo apartado (pida a su soporte informático que los recupere).</translation>
        </message>
        <message>
            <source>The trainee's actions in order</source>
            <translation>Las acciones del alumno en orden</translation>
        </message>
        <message>
            <source>The trainee's runs</source>
            <translation>Los intentos del alumno</translation>
        </message>
        <message>
            <source>Then: {bridge}</source>
            <translation>Después: {bridge}</translation>
        </message>
        <message>
            <source>This console is busy with the pump at {device} ({state}): nothing was closed. Connect to the station when it has finished.</source>
            <translation>Esta consola está ocupada con la bomba en {device} ({state}): no se cerró nada. Conecte con el puesto cuando haya terminado.</translation>
        </message>
        <message>
            <source>This is the new pump.</source>
            <translation>Esta es la bomba nueva.</translation>
        </message>
        <message>
            <source>This is the pump that was saved (serial {serial}), not a new one: close this session and connect the new pump.</source>
            <translation>Esta es la bomba que se guardó (n.º de serie {serial}), no una nueva: cierre esta sesión y conecte la bomba nueva.</translation>
        </message>
        <message>
            <source>This list</source>
            <translation>Esta lista</translation>
        </message>
        <message>
            <source>This pump does not offer that: nothing was changed.</source>
            <translation>Esta bomba no ofrece eso: no se cambió nada.</translation>
        </message>
        <message>
            <source>This run's debrief file {path} is not there any more.</source>
            <translation>El archivo de informe {path} de este intento ya no está.</translation>
        </message>
        <message>
            <source>This scenario has changes that are not saved. Save them?</source>
            <translation>Este escenario tiene cambios sin guardar. ¿Guardarlos?</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Time jumps by (hours)</source>
            <translation>Salto de tiempo (horas)</translation>
        </message>
        <message>
            <source>Time of day (pump clock)</source>
            <translation>Hora del día (reloj de la bomba)</translation>
        </message>
        <message>
            <source>Time range shown</source>
            <translation>Intervalo de tiempo mostrado</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <source>Timeline editor snap in minutes</source>
            <translation>Ajuste del editor de la línea de tiempo en minutos</translation>
        </message>
        <message>
            <source>Tip level</source>
            <translation>Nivel de la punta</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Titrate to {dose}</source>
            <translation>Titular a {dose}</translation>
        </message>
        <message>
            <source>Titration</source>
            <translation>Titulación</translation>
        </message>
        <message>
            <source>Titration - training mock</source>
            <translation>Titulación – simulador de formación</translation>
        </message>
        <message>
            <source>Titration...</source>
            <translation>Titulación...</translation>
        </message>
        <message>
            <source>Titration: allowed next-day dose, override with a reason, apply to the draft</source>
            <translation>Titulación: dosis permitida para el día siguiente, anulación con motivo, aplicar al borrador</translation>
        </message>
        <message>
            <source>To alarm</source>
            <translation>Hasta la alarma</translation>
        </message>
        <message>
            <source>To empty</source>
            <translation>Hasta vacío</translation>
        </message>
        <message>
            <source>To send anyway, type the word “{word}” (any case):</source>
            <translation>Para enviar de todos modos, escriba la palabra «{word}» (mayúsculas o minúsculas):</translation>
        </message>
        <message>
            <source>Total: {points}</source>
            <translation>Total: {points}</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Alumno</translation>
        </message>
        <message>
            <source>Trainee id</source>
            <translation>Id del alumno</translation>
        </message>
        <message>
            <source>Trainee id {twice} is given for two stations; each station is a different trainee</source>
            <translation>El id de alumno {twice} se ha dado para dos puestos; cada puesto es un alumno distinto</translation>
        </message>
        <message>
            <source>Trainee records - {training_mark}</source>
            <translation>Registros de alumnos – {training_mark}</translation>
        </message>
        <message>
            <source>Trainee records...</source>
            <translation>Registros de alumnos...</translation>
        </message>
        <message>
            <source>Trainee records: search, history and score plot, cohort, CSV and PDF</source>
            <translation>Registros de alumnos: búsqueda, historial y gráfico de puntuaciones, cohorte, CSV y PDF</translation>
        </message>
        <message>
            <source>Trainee's actions</source>
            <translation>Acciones del alumno</translation>
        </message>
        <message>
            <source>Trainee's name:</source>
            <translation>Nombre del alumno:</translation>
        </message>
        <message>
            <source>Trainee: &lt;b&gt;{trainee}&lt;/b&gt;</source>
            <translation>Alumno: &lt;b&gt;{trainee}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Alumnos</translation>
        </message>
        <message>
            <source>Trainees found</source>
            <translation>Alumnos encontrados</translation>
        </message>
        <message>
            <source>Trainees noted for {stations}: their runs are recorded at End and score.</source>
            <translation>Alumnos anotados para {stations}: sus intentos se registran al Terminar y puntuar.</translation>
        </message>
        <message>
            <source>Trainees on other computers can connect. The link has no password: use only on a closed training network.</source>
            <translation>Los alumnos en otros ordenadores pueden conectarse. La conexión no tiene contraseña: úsela solo en una red de formación cerrada.</translation>
        </message>
        <message>
            <source>Trainees to record - {training_mark}</source>
            <translation>Alumnos a registrar – {training_mark}</translation>
        </message>
        <message>
            <source>Trainees...</source>
            <translation>Alumnos...</translation>
        </message>
        <message>
            <source>Training mock banner</source>
            <translation>Banda de simulador de formación</translation>
        </message>
        <message>
            <source>Training mock, not for clinical use</source>
            <translation>Simulador de formación, no apto para uso clínico</translation>
        </message>
        <message>
            <source>Trial screening</source>
            <translation>Prueba de cribado</translation>
        </message>
        <message>
            <source>Trial screening recorded</source>
            <translation>Prueba de cribado registrada</translation>
        </message>
        <message>
            <source>Trial screening...</source>
            <translation>Prueba de cribado...</translation>
        </message>
        <message>
            <source>Trial screening: boluses, candidacy, starting dose into the draft</source>
            <translation>Prueba de cribado: bolos, candidatura, dosis inicial en el borrador</translation>
        </message>
        <message>
            <source>Try again when it has finished.</source>
            <translation>Vuelva a intentarlo cuando haya terminado.</translation>
        </message>
        <message>
            <source>Try again when the link is steady.</source>
            <translation>Vuelva a intentarlo cuando la conexión sea estable.</translation>
        </message>
        <message>
            <source>Try it</source>
            <translation>Probar</translation>
        </message>
        <message>
            <source>Try it: checking and opening a station...</source>
            <translation>Probar: comprobando y abriendo un puesto...</translation>
        </message>
        <message>
            <source>Try it: opening a station for '{title}'...</source>
            <translation>Probar: abriendo un puesto para «{title}»...</translation>
        </message>
        <message>
            <source>Try it: the station did not open: {why}</source>
            <translation>Probar: el puesto no se abrió: {why}</translation>
        </message>
        <message>
            <source>Try it: {name} runs this scenario at {url}; this console connects to it. The instructor panel shows the station.</source>
            <translation>Probar: {name} ejecuta este escenario en {url}; esta consola se conecta a él. El panel del instructor muestra el puesto.</translation>
        </message>
        <message>
            <source>Type a number.</source>
            <translation>Escriba un número.</translation>
        </message>
        <message>
            <source>Type an exact dose for the selected step (in the table)</source>
            <translation>Escribir una dosis exacta para el paso seleccionado (en la tabla)</translation>
        </message>
        <message>
            <source>Type the confirmation word to override the warnings</source>
            <translation>Escriba la palabra de confirmación para anular los avisos</translation>
        </message>
        <message>
            <source>Type the decimals after “{point}”, or remove it.</source>
            <translation>Escriba los decimales después de «{point}» o quite el separador.</translation>
        </message>
        <message>
            <source>Type the reason for the override.</source>
            <translation>Escriba el motivo de la anulación.</translation>
        </message>
        <message>
            <source>Type the volume you withdrew, as read on the syringe.</source>
            <translation>Escriba el volumen extraído, tal como se lee en la jeringa.</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo the last edit</source>
            <translation>Deshacer la última edición</translation>
        </message>
        <message>
            <source>Undo: {edit}</source>
            <translation>Deshacer: {edit}</translation>
        </message>
        <message>
            <source>Unit doses are shown in</source>
            <translation>Unidad en que se muestran las dosis</translation>
        </message>
        <message>
            <source>Unmute, or rely on the alarm bar and this panel.</source>
            <translation>Active el sonido, o fíese de la barra de alarmas y de este panel.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>Up / Down</source>
            <translation>Arriba / Abajo</translation>
        </message>
        <message>
            <source>Use as starting program</source>
            <translation>Usar como programa inicial</translation>
        </message>
        <message>
            <source>Usual maintenance:</source>
            <translation>Mantenimiento habitual:</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Version, source commit, Qt and PySide6, licences</source>
            <translation>Versión, commit de origen, Qt y PySide6, licencias</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <source>Volume
(mL/day)</source>
            <translation>Volumen
(mL/día)</translation>
        </message>
        <message>
            <source>Volume (mL/day)</source>
            <translation>Volumen (mL/día)</translation>
        </message>
        <message>
            <source>Volume withdrawn (measured):</source>
            <translation>Volumen extraído (medido):</translation>
        </message>
        <message>
            <source>Volume withdrawn in mL, as measured</source>
            <translation>Volumen extraído en mL, tal como se midió</translation>
        </message>
        <message>
            <source>Wait for the running bolus to end, or cancel it, then try again.</source>
            <translation>Espere a que termine el bolo en curso o cancélelo, y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Waiting for the pump's answer...</source>
            <translation>Esperando la respuesta de la bomba...</translation>
        </message>
        <message>
            <source>Warn when a step runs above:</source>
            <translation>Avisar cuando un paso supere:</translation>
        </message>
        <message>
            <source>Warn when the daily dose changes by more than:</source>
            <translation>Avisar cuando la dosis diaria cambie más de:</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué pasó</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Qué ocurre</translation>
        </message>
        <message>
            <source>What is allowed, or why the bolus was refused</source>
            <translation>Qué está permitido, o por qué se rechazó el bolo</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>Qué está mal</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Qué hace</translation>
        </message>
        <message>
            <source>What the alarm means and what to do</source>
            <translation>Qué significa la alarma y qué hacer</translation>
        </message>
        <message>
            <source>What the old and new columns are</source>
            <translation>Qué muestran las columnas antiguo y nuevo</translation>
        </message>
        <message>
            <source>What the pump answered</source>
            <translation>Lo que respondió la bomba</translation>
        </message>
        <message>
            <source>What the pump holds about the implant: the priming calculator and the report read it. Empty fields take the default written in them.</source>
            <translation>Lo que la bomba guarda sobre el implante: el cálculo de cebado y el informe lo leen. Los campos vacíos toman el valor predeterminado que muestran.</translation>
        </message>
        <message>
            <source>What the pump holds, read back</source>
            <translation>Lo que contiene la bomba, releído</translation>
        </message>
        <message>
            <source>What the selected station's pump saw the trainee do, in order</source>
            <translation>Lo que la bomba del puesto seleccionado vio hacer al alumno, en orden</translation>
        </message>
        <message>
            <source>What the trainee did</source>
            <translation>Lo que hizo el alumno</translation>
        </message>
        <message>
            <source>What this step is for</source>
            <translation>Para qué sirve este paso</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Qué hacer</translation>
        </message>
        <message>
            <source>What to do about the battery</source>
            <translation>Qué hacer con la batería</translation>
        </message>
        <message>
            <source>What was sent</source>
            <translation>Lo que se envió</translation>
        </message>
        <message>
            <source>When it was read: {what}</source>
            <translation>Cuándo se leyó: {what}</translation>
        </message>
        <message>
            <source>When the pump was read</source>
            <translation>Cuándo se leyó la bomba</translation>
        </message>
        <message>
            <source>Where a dragged step start lands; Shift always gives 1 min</source>
            <translation>Dónde cae el inicio de un paso arrastrado; Mayús da siempre 1 min</translation>
        </message>
        <message>
            <source>Whether the proposed dose is within the rules</source>
            <translation>Si la dosis propuesta está dentro de las reglas</translation>
        </message>
        <message>
            <source>Whether the scenario loads, in the words the console uses when it loads a scenario file, as you type</source>
            <translation>Si el escenario se carga, con las palabras que usa la consola al cargar un archivo de escenario, mientras escribe</translation>
        </message>
        <message>
            <source>Why Start bolus is not available</source>
            <translation>Por qué «Iniciar bolo» no está disponible</translation>
        </message>
        <message>
            <source>Why the last edit was refused</source>
            <translation>Por qué se rechazó la última edición</translation>
        </message>
        <message>
            <source>Why the preferences were not saved</source>
            <translation>Por qué no se guardaron las preferencias</translation>
        </message>
        <message>
            <source>Why the pump would refuse the refill now</source>
            <translation>Por qué la bomba rechazaría ahora el rellenado</translation>
        </message>
        <message>
            <source>Why the pump's values may be old</source>
            <translation>Por qué los valores de la bomba pueden ser antiguos</translation>
        </message>
        <message>
            <source>Why the step waits</source>
            <translation>Por qué espera el paso</translation>
        </message>
        <message>
            <source>Why this number is not taken</source>
            <translation>Por qué no se acepta este número</translation>
        </message>
        <message>
            <source>Withdraw the reservoir completely, read the syringe, and type what you measured.</source>
            <translation>Vacíe por completo el reservorio, lea la jeringa y escriba lo que midió.</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Extraído</translation>
        </message>
        <message>
            <source>Withdrawn {withdrawn}; expected {expected}: {difference} (FLAGGED).</source>
            <translation>Extraído {withdrawn}; esperado {expected}: {difference} (MARCADO).</translation>
        </message>
        <message>
            <source>Withdrawn {withdrawn}; expected {expected}: {difference}.</source>
            <translation>Extraído {withdrawn}; esperado {expected}: {difference}.</translation>
        </message>
        <message>
            <source>Within (minutes)</source>
            <translation>En un plazo de (minutos)</translation>
        </message>
        <message>
            <source>Within {threshold} mL of the expected residual: consistent with the programmed delivery.</source>
            <translation>Dentro de {threshold} mL del residuo esperado: coherente con la infusión programada.</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Trabajando</translation>
        </message>
        <message>
            <source>Write and change training scenarios in a form; Try it on a station</source>
            <translation>Escribir y cambiar escenarios de formación en un formulario; probarlo en un puesto</translation>
        </message>
        <message>
            <source>Write the implant record</source>
            <translation>Escribir el registro de implante</translation>
        </message>
        <message>
            <source>Write the record</source>
            <translation>Escribir el registro</translation>
        </message>
        <message>
            <source>Writing the catheter to the pump's implant record</source>
            <translation>Escribiendo el catéter en el registro de implante de la bomba</translation>
        </message>
        <message>
            <source>Writing the record, then reading it back...</source>
            <translation>Escribiendo el registro y releyéndolo...</translation>
        </message>
        <message>
            <source>Writing {path}...</source>
            <translation>Escribiendo {path}...</translation>
        </message>
        <message>
            <source>Yes: the clocks went back on {day}, after the pump clock was last set.</source>
            <translation>Sí: los relojes se atrasaron el {day}, después del último ajuste del reloj de la bomba.</translation>
        </message>
        <message>
            <source>Yes: the clocks went forward on {day}, after the pump clock was last set.</source>
            <translation>Sí: los relojes se adelantaron el {day}, después del último ajuste del reloj de la bomba.</translation>
        </message>
        <message>
            <source>a new change is allowed</source>
            <translation>se permite un nuevo cambio</translation>
        </message>
        <message>
            <source>a record of a training scenario, not of a patient</source>
            <translation>el registro de un escenario de formación, no de un paciente</translation>
        </message>
        <message>
            <source>a {minutes} min scan; {restart}</source>
            <translation>una exploración de {minutes} min; {restart}</translation>
        </message>
        <message numerus="yes">
            <source>about %n months ago</source>
            <translation>
                <numerusform>hace unos %n mes</numerusform>
                <numerusform>hace unos %n meses</numerusform>
            </translation>
        </message>
        <message>
            <source>about {years} years ago</source>
            <translation>hace unos {years} años</translation>
        </message>
        <message>
            <source>above threshold: investigate</source>
            <translation>por encima del umbral: investigar</translation>
        </message>
        <message>
            <source>alarm</source>
            <translation>alarma</translation>
        </message>
        <message>
            <source>alarm / empty date</source>
            <translation>fecha de alarma / vacío</translation>
        </message>
        <message>
            <source>alarm on {alarm_at} (in {alarm_in}), empty on {empty_at} (in {empty_in}).</source>
            <translation>alarma el {alarm_at} (en {alarm_in}), vacío el {empty_at} (en {empty_in}).</translation>
        </message>
        <message>
            <source>alarm test</source>
            <translation>prueba de alarmas</translation>
        </message>
        <message>
            <source>alarm volume</source>
            <translation>volumen de alarma</translation>
        </message>
        <message>
            <source>all</source>
            <translation>todos</translation>
        </message>
        <message>
            <source>already at or below the alarm volume, empty on {empty_at} (in {empty_in}).</source>
            <translation>ya en el volumen de alarma o por debajo, vacío el {empty_at} (en {empty_in}).</translation>
        </message>
        <message>
            <source>an unknown place</source>
            <translation>un lugar desconocido</translation>
        </message>
        <message>
            <source>as found: no program sent yet</source>
            <translation>tal como se encontró: aún no se ha enviado ningún programa</translation>
        </message>
        <message>
            <source>as the trainee reads it in the debrief</source>
            <translation>tal como lo lee el alumno en el análisis</translation>
        </message>
        <message>
            <source>as trainers know them</source>
            <translation>como lo conocen los formadores</translation>
        </message>
        <message>
            <source>below the alarm volume</source>
            <translation>por debajo del volumen de alarma</translation>
        </message>
        <message>
            <source>bolus</source>
            <translation>bolo</translation>
        </message>
        <message>
            <source>bolus (hover: dose)</source>
            <translation>bolo (al pasar: dosis)</translation>
        </message>
        <message>
            <source>bridge bolus</source>
            <translation>bolo puente</translation>
        </message>
        <message>
            <source>by the clinician</source>
            <translation>por el clínico</translation>
        </message>
        <message>
            <source>by the pump (condition over)</source>
            <translation>por la bomba (condición terminada)</translation>
        </message>
        <message>
            <source>by {who}</source>
            <translation>por {who}</translation>
        </message>
        <message>
            <source>calculated reservoir</source>
            <translation>reservorio calculado</translation>
        </message>
        <message>
            <source>cancel bolus</source>
            <translation>cancelación del bolo</translation>
        </message>
        <message>
            <source>cancelled: volume given not recorded</source>
            <translation>cancelado: volumen administrado no registrado</translation>
        </message>
        <message>
            <source>cancelled: {given} given</source>
            <translation>cancelado: {given} administrado</translation>
        </message>
        <message>
            <source>cannot write {path}</source>
            <translation>no se puede escribir {path}</translation>
        </message>
        <message>
            <source>cerebral origin</source>
            <translation>de origen cerebral</translation>
        </message>
        <message>
            <source>change: {percent} % would stop delivery; a change must be above -100 %</source>
            <translation>cambio: {percent} % detendría la administración; un cambio debe ser mayor que -100 %</translation>
        </message>
        <message>
            <source>children under 12</source>
            <translation>niños menores de 12 años</translation>
        </message>
        <message>
            <source>choose...</source>
            <translation>elegir...</translation>
        </message>
        <message>
            <source>clear alarm</source>
            <translation>borrado de la alarma</translation>
        </message>
        <message>
            <source>clears when its
cause is gone</source>
            <translation>se borra cuando su
causa desaparece</translation>
        </message>
        <message>
            <source>clinician bolus</source>
            <translation>bolo clínico</translation>
        </message>
        <message>
            <source>concentration: both are {concentration}; a bridge is for a change</source>
            <translation>concentración: ambas son {concentration}; un puente es para un cambio</translation>
        </message>
        <message>
            <source>concentration: entered {first}, then {second}; the two entries must match</source>
            <translation>concentración: se introdujo {first} y luego {second}; ambas entradas deben coincidir</translation>
        </message>
        <message>
            <source>connect the new pump</source>
            <translation>conexión de la bomba nueva</translation>
        </message>
        <message>
            <source>continuous</source>
            <translation>continuo</translation>
        </message>
        <message>
            <source>crashed</source>
            <translation>caído</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>crítica</translation>
        </message>
        <message>
            <source>critical, two-tone</source>
            <translation>crítica, tono doble</translation>
        </message>
        <message>
            <source>current dose: 0 mcg/day; titration starts from a running dose</source>
            <translation>dosis actual: 0 mcg/día; la titulación parte de una dosis en curso</translation>
        </message>
        <message>
            <source>daily dose (program)</source>
            <translation>dosis diaria (programa)</translation>
        </message>
        <message>
            <source>daily dose now {dose}; {shape}</source>
            <translation>dosis diaria ahora {dose}; {shape}</translation>
        </message>
        <message>
            <source>daily dose {change}</source>
            <translation>dosis diaria {change}</translation>
        </message>
        <message>
            <source>daily dose {old} {arrow} {new} ({change}); {shape}</source>
            <translation>dosis diaria {old} {arrow} {new} ({change}); {shape}</translation>
        </message>
        <message>
            <source>daily dose: 0 mcg/day needs no bridge</source>
            <translation>dosis diaria: 0 mcg/día no necesita puente</translation>
        </message>
        <message>
            <source>days</source>
            <translation>días</translation>
        </message>
        <message>
            <source>dead volume</source>
            <translation>volumen muerto</translation>
        </message>
        <message>
            <source>delete: a schedule needs at least one step</source>
            <translation>eliminar: un programa necesita al menos un paso</translation>
        </message>
        <message>
            <source>delivery has NOT resumed (delayed restart)</source>
            <translation>la infusión NO se ha reanudado (reinicio retrasado)</translation>
        </message>
        <message>
            <source>delivery has not resumed</source>
            <translation>la infusión no se ha reanudado</translation>
        </message>
        <message>
            <source>delivery restarts {hours} h after the scan</source>
            <translation>la infusión se reinicia {hours} h después de la exploración</translation>
        </message>
        <message>
            <source>delivery resumed</source>
            <translation>infusión reanudada</translation>
        </message>
        <message>
            <source>delivery resumed after the stall</source>
            <translation>infusión reanudada tras el bloqueo</translation>
        </message>
        <message>
            <source>delivery resumes when the scan ends</source>
            <translation>la infusión se reanuda al terminar la exploración</translation>
        </message>
        <message>
            <source>delivery stays stopped until the pump is interrogated after the scan</source>
            <translation>la infusión sigue detenida hasta que se interrogue la bomba tras la exploración</translation>
        </message>
        <message>
            <source>discrepancy FLAGGED</source>
            <translation>discrepancia MARCADA</translation>
        </message>
        <message>
            <source>discrepancy of {volume}</source>
            <translation>discrepancia de {volume}</translation>
        </message>
        <message>
            <source>done</source>
            <translation>hecho</translation>
        </message>
        <message>
            <source>done and verified</source>
            <translation>hecho y verificado</translation>
        </message>
        <message>
            <source>dose rate: {dose} is outside {low} to {high}</source>
            <translation>tasa de dosis: {dose} está fuera de {low} a {high}</translation>
        </message>
        <message>
            <source>down {percent}</source>
            <translation>baja un {percent}</translation>
        </message>
        <message>
            <source>drug already in the catheter</source>
            <translation>fármaco ya en el catéter</translation>
        </message>
        <message>
            <source>drug: the new pump holds {drug}; the saved program is for {saved_drug}</source>
            <translation>fármaco: la bomba nueva contiene {drug}; el programa guardado es para {saved_drug}</translation>
        </message>
        <message>
            <source>duration: 0 min; give the bolus over some time</source>
            <translation>duración: 0 min; administre el bolo durante un tiempo</translation>
        </message>
        <message>
            <source>e.g. 2000</source>
            <translation>p. ej., 2000</translation>
        </message>
        <message>
            <source>e.g. 2023-05-09; empty: start day</source>
            <translation>p. ej. 2023-05-09; vacío: día de inicio</translation>
        </message>
        <message>
            <source>e.g. 2026-09-30; empty: none</source>
            <translation>p. ej. 2026-09-30; vacío: ninguno</translation>
        </message>
        <message>
            <source>e.g. 2026-12-23; empty: none</source>
            <translation>p. ej. 2026-12-23; vacío: ninguno</translation>
        </message>
        <message>
            <source>e.g. 24</source>
            <translation>p. ej., 24</translation>
        </message>
        <message>
            <source>e.g. Delayed restart after an MRI</source>
            <translation>p. ej., Reinicio retrasado tras una RM</translation>
        </message>
        <message>
            <source>e.g. TR-2026-07</source>
            <translation>p. ej. TR-2026-07</translation>
        </message>
        <message>
            <source>e.g. catheter revised, measured in theatre</source>
            <translation>p. ej. catéter revisado, medido en quirófano</translation>
        </message>
        <message>
            <source>e.g. catheter shortened in theatre</source>
            <translation>p. ej. catéter acortado en quirófano</translation>
        </message>
        <message>
            <source>effect duration: {hours} h is outside 0 to 48 h</source>
            <translation>duración del efecto: {hours} h está fuera de 0 a 48 h</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>vacío</translation>
        </message>
        <message>
            <source>empty: 0.0022</source>
            <translation>vacío: 0,0022</translation>
        </message>
        <message>
            <source>empty: 45</source>
            <translation>vacío: 45</translation>
        </message>
        <message>
            <source>empty: Europe/London</source>
            <translation>vacío: Europe/London</translation>
        </message>
        <message>
            <source>empty: SIM-CATH-1</source>
            <translation>vacío: SIM-CATH-1</translation>
        </message>
        <message>
            <source>empty: a new battery</source>
            <translation>vacío: una batería nueva</translation>
        </message>
        <message>
            <source>empty: any</source>
            <translation>vacío: cualquiera</translation>
        </message>
        <message>
            <source>empty: as the pump calculates</source>
            <translation>vacío: como calcula la bomba</translation>
        </message>
        <message>
            <source>empty: delivers as programmed</source>
            <translation>vacío: administra según lo programado</translation>
        </message>
        <message>
            <source>empty: none</source>
            <translation>vacío: ninguna</translation>
        </message>
        <message>
            <source>empty: the pump model's default</source>
            <translation>vacío: valor por defecto del modelo de bomba</translation>
        </message>
        <message>
            <source>end of service</source>
            <translation>fin de servicio</translation>
        </message>
        <message>
            <source>end of service {day}: not delivering</source>
            <translation>fin de servicio el {day}: sin infusión</translation>
        </message>
        <message>
            <source>end-of-service date</source>
            <translation>fecha de fin de servicio</translation>
        </message>
        <message>
            <source>ended</source>
            <translation>finalizado</translation>
        </message>
        <message>
            <source>ended by the pump</source>
            <translation>terminado por la bomba</translation>
        </message>
        <message>
            <source>ended by the pump: {given} given</source>
            <translation>terminado por la bomba: {given} administrado</translation>
        </message>
        <message>
            <source>event</source>
            <translation>evento</translation>
        </message>
        <message>
            <source>exactly the expected volume came back</source>
            <translation>se recuperó exactamente el volumen esperado</translation>
        </message>
        <message>
            <source>expected residual</source>
            <translation>residuo esperado</translation>
        </message>
        <message>
            <source>expected {date}</source>
            <translation>previsto el {date}</translation>
        </message>
        <message>
            <source>fill volume: 0 mL; enter the volume injected into the reservoir, more than 0 and at most {most} mL</source>
            <translation>volumen de llenado: 0 mL; introduzca el volumen inyectado en el reservorio, más de 0 y como máximo {most} mL</translation>
        </message>
        <message>
            <source>fill volume: {volume} mL is more than this pump's {reservoir} mL reservoir holds</source>
            <translation>volumen de llenado: {volume} mL supera lo que cabe en el reservorio de {reservoir} mL de esta bomba</translation>
        </message>
        <message>
            <source>fill volume: {volume} mL is not above the low-reservoir alarm volume ({alarm} mL): the alarm would sound at once; fill more, or lower the alarm volume</source>
            <translation>volumen de llenado: {volume} mL no supera el volumen de alarma de reservorio bajo ({alarm} mL): la alarma sonaría de inmediato; llene más o baje el volumen de alarma</translation>
        </message>
        <message>
            <source>filled {volume}</source>
            <translation>llenados {volume}</translation>
        </message>
        <message>
            <source>filled {volume} at {concentration} mcg/mL</source>
            <translation>llenados {volume} a {concentration} mcg/mL</translation>
        </message>
        <message>
            <source>flexible</source>
            <translation>flexible</translation>
        </message>
        <message>
            <source>from stopped</source>
            <translation>desde parada</translation>
        </message>
        <message>
            <source>from {old} to {new} ({shift})</source>
            <translation>de {old} a {new} ({shift})</translation>
        </message>
        <message>
            <source>h later</source>
            <translation>h después</translation>
        </message>
        <message>
            <source>h:mm after Start</source>
            <translation>h:mm después del inicio</translation>
        </message>
        <message>
            <source>higher</source>
            <translation>más alto</translation>
        </message>
        <message>
            <source>implant record change</source>
            <translation>modificación del registro del implante</translation>
        </message>
        <message numerus="yes">
            <source>in %n days</source>
            <translation>
                <numerusform>en %n día</numerusform>
                <numerusform>en %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in about %n months</source>
            <translation>
                <numerusform>en unos %n mes</numerusform>
                <numerusform>en unos %n meses</numerusform>
            </translation>
        </message>
        <message>
            <source>in about {years} years</source>
            <translation>en unos {years} años</translation>
        </message>
        <message>
            <source>in force on the pump</source>
            <translation>vigente en la bomba</translation>
        </message>
        <message>
            <source>in force when last read ({time}), not connected</source>
            <translation>vigente en la última lectura ({time}), sin conexión</translation>
        </message>
        <message>
            <source>increase to &lt;b&gt;{lowest} to {highest}&lt;/b&gt; (up {low} to {high} %); for side effects reduce to {reduced_low} to {reduced_high} (down {less} to {most} %)</source>
            <translation>aumentar a &lt;b&gt;{lowest} a {highest}&lt;/b&gt; (sube {low} a {high} %); por efectos adversos, reducir a {reduced_low} a {reduced_high} (baja {less} a {most} %)</translation>
        </message>
        <message>
            <source>increase {low} to {high}, or reduce to {lowest} to {highest}</source>
            <translation>aumentar a {low} a {high}, o reducir a {lowest} a {highest}</translation>
        </message>
        <message>
            <source>instructor's panel</source>
            <translation>panel del instructor</translation>
        </message>
        <message>
            <source>keys: PgUp PgDn Space</source>
            <translation>teclas: Re Pág, Av Pág, Espacio</translation>
        </message>
        <message>
            <source>last dose change {time} (pump clock): {state}</source>
            <translation>último cambio de dosis {time} (reloj de la bomba): {state}</translation>
        </message>
        <message>
            <source>last dose change: {then} is after now ({now}); it must be in the past</source>
            <translation>último cambio de dosis: {then} es posterior a ahora ({now}); debe estar en el pasado</translation>
        </message>
        <message>
            <source>last: {bolus}</source>
            <translation>último: {bolus}</translation>
        </message>
        <message>
            <source>link drop at the next send</source>
            <translation>corte de conexión en el próximo envío</translation>
        </message>
        <message>
            <source>local</source>
            <translation>local</translation>
        </message>
        <message>
            <source>low-reservoir alarm</source>
            <translation>alarma de reservorio bajo</translation>
        </message>
        <message>
            <source>low-reservoir alarm at {volume}</source>
            <translation>alarma de reservorio bajo en {volume}</translation>
        </message>
        <message>
            <source>low-reservoir alarm set at</source>
            <translation>alarma de reservorio bajo fijada en</translation>
        </message>
        <message>
            <source>low-reservoir alarm: {volume} mL is outside {low} to {high} mL</source>
            <translation>alarma de reservorio bajo: {volume} mL está fuera de {low} a {high} mL</translation>
        </message>
        <message>
            <source>lower</source>
            <translation>más bajo</translation>
        </message>
        <message>
            <source>mL</source>
            <translation>mL</translation>
        </message>
        <message>
            <source>mL/day</source>
            <translation>mL/día</translation>
        </message>
        <message>
            <source>mcg/day</source>
            <translation>mcg/día</translation>
        </message>
        <message>
            <source>measure, then type, e.g. {number}</source>
            <translation>mida y luego escriba, p. ej. {number}</translation>
        </message>
        <message>
            <source>merge: step {step} is the last step; nothing follows it</source>
            <translation>unir: el paso {step} es el último; no le sigue ninguno</translation>
        </message>
        <message>
            <source>mode change</source>
            <translation>cambio de modo</translation>
        </message>
        <message>
            <source>motor stall</source>
            <translation>bloqueo del motor</translation>
        </message>
        <message>
            <source>motor stalled</source>
            <translation>motor bloqueado</translation>
        </message>
        <message>
            <source>move: step {step} can start between {low} and {high} (each step lasts at least {least} min); {time} is outside that</source>
            <translation>mover: el paso {step} puede empezar entre {low} y {high} (cada paso dura al menos {least} min); {time} queda fuera</translation>
        </message>
        <message>
            <source>move: the first step always starts at 00:00</source>
            <translation>mover: el primer paso siempre empieza a las 00:00</translation>
        </message>
        <message>
            <source>negative: behind; empty: right</source>
            <translation>negativo: atrasado; vacío: en hora</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>never (stopped)</source>
            <translation>nunca (parada)</translation>
        </message>
        <message>
            <source>next change from {time}</source>
            <translation>próximo cambio a partir de {time}</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>no change</source>
            <translation>sin cambios</translation>
        </message>
        <message>
            <source>no difference</source>
            <translation>sin diferencia</translation>
        </message>
        <message>
            <source>no forecast: not delivering ({why})</source>
            <translation>sin previsión: no administra ({why})</translation>
        </message>
        <message>
            <source>no forecast: the pump is not delivering</source>
            <translation>sin previsión: la bomba no está infundiendo</translation>
        </message>
        <message>
            <source>no motor stall logged</source>
            <translation>ningún bloqueo del motor registrado</translation>
        </message>
        <message>
            <source>no pump connected</source>
            <translation>ninguna bomba conectada</translation>
        </message>
        <message>
            <source>no real pump is ever programmed by this program</source>
            <translation>este programa nunca programa una bomba real</translation>
        </message>
        <message>
            <source>no recovery logged yet (interrogate again)</source>
            <translation>aún no hay recuperación registrada (interrogue de nuevo)</translation>
        </message>
        <message>
            <source>no soft limit overridden</source>
            <translation>ningún límite blando anulado</translation>
        </message>
        <message>
            <source>no station opened</source>
            <translation>ningún puesto abierto</translation>
        </message>
        <message>
            <source>no such port</source>
            <translation>no existe ese puerto</translation>
        </message>
        <message>
            <source>non-critical</source>
            <translation>no crítica</translation>
        </message>
        <message>
            <source>non-critical, single tone</source>
            <translation>no crítica, tono simple</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>none (the pump takes no key)</source>
            <translation>ninguno (la bomba no usa clave)</translation>
        </message>
        <message>
            <source>none (within a minute)</source>
            <translation>ninguna (dentro de un minuto)</translation>
        </message>
        <message>
            <source>none while not delivering ({why})</source>
            <translation>ninguna mientras no administra ({why})</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>ninguno aún</translation>
        </message>
        <message>
            <source>none: the stations take no key (a trainee needs only the address)</source>
            <translation>ninguna: los puestos no piden clave (el alumno solo necesita la dirección)</translation>
        </message>
        <message>
            <source>not booked</source>
            <translation>no programado</translation>
        </message>
        <message>
            <source>not booked: plan it from the new reservoir</source>
            <translation>sin programar: planifíquelo según el nuevo reservorio</translation>
        </message>
        <message>
            <source>not connected to a pump</source>
            <translation>sin conexión con una bomba</translation>
        </message>
        <message>
            <source>not connected yet</source>
            <translation>aún sin conexión</translation>
        </message>
        <message>
            <source>not delivering (stopped)</source>
            <translation>sin infusión (detenida)</translation>
        </message>
        <message>
            <source>not delivering ({alarms})</source>
            <translation>sin infusión ({alarms})</translation>
        </message>
        <message>
            <source>not done</source>
            <translation>no realizado</translation>
        </message>
        <message>
            <source>not expected</source>
            <translation>no previsto</translation>
        </message>
        <message>
            <source>not installed</source>
            <translation>no instalado</translation>
        </message>
        <message>
            <source>not named</source>
            <translation>sin nombre</translation>
        </message>
        <message>
            <source>not read</source>
            <translation>no leído</translation>
        </message>
        <message>
            <source>not read yet</source>
            <translation>aún no leído</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>no registrado</translation>
        </message>
        <message>
            <source>not recorded in this file</source>
            <translation>no registrado en este archivo</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>aún sin guardar</translation>
        </message>
        <message>
            <source>not sent, the pump runs the old program</source>
            <translation>no enviado, la bomba ejecuta el programa anterior</translation>
        </message>
        <message>
            <source>nothing is listening there</source>
            <translation>no hay nada escuchando ahí</translation>
        </message>
        <message>
            <source>nothing yet</source>
            <translation>nada todavía</translation>
        </message>
        <message>
            <source>now</source>
            <translation>ahora</translation>
        </message>
        <message>
            <source>now {time}</source>
            <translation>ahora {time}</translation>
        </message>
        <message>
            <source>objective</source>
            <translation>objetivo</translation>
        </message>
        <message>
            <source>of {reservoir}; alarm at {alarm}</source>
            <translation>de {reservoir}; alarma en {alarm}</translation>
        </message>
        <message>
            <source>on {time}</source>
            <translation>el {time}</translation>
        </message>
        <message>
            <source>over-infusion</source>
            <translation>sobreinfusión</translation>
        </message>
        <message>
            <source>own speed</source>
            <translation>velocidad propia</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>en pausa</translation>
        </message>
        <message>
            <source>pending (being edited)</source>
            <translation>pendiente (en edición)</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>permiso denegado</translation>
        </message>
        <message>
            <source>post-MRI check recorded</source>
            <translation>control post-RM registrado</translation>
        </message>
        <message>
            <source>predicted {day} (by the pump, at the current rate)</source>
            <translation>previsto el {day} (por la bomba, al caudal actual)</translation>
        </message>
        <message>
            <source>primed</source>
            <translation>cebada</translation>
        </message>
        <message>
            <source>priming</source>
            <translation>cebado</translation>
        </message>
        <message>
            <source>priming bolus</source>
            <translation>bolo de cebado</translation>
        </message>
        <message>
            <source>program ahead</source>
            <translation>programa por delante</translation>
        </message>
        <message>
            <source>program {text}</source>
            <translation>programa {text}</translation>
        </message>
        <message>
            <source>programmed</source>
            <translation>programada</translation>
        </message>
        <message>
            <source>projected reservoir</source>
            <translation>reservorio previsto</translation>
        </message>
        <message>
            <source>pseudonymous; empty: TRAINING-01</source>
            <translation>seudónimo; vacío: TRAINING-01</translation>
        </message>
        <message>
            <source>pump clock</source>
            <translation>reloj de la bomba</translation>
        </message>
        <message>
            <source>pump clock within</source>
            <translation>reloj de la bomba dentro de</translation>
        </message>
        <message>
            <source>pump maximum</source>
            <translation>máximo de la bomba</translation>
        </message>
        <message>
            <source>pump minimum</source>
            <translation>mínimo de la bomba</translation>
        </message>
        <message>
            <source>rate: {dose} is outside this pump's range {low} to {high} at this concentration</source>
            <translation>tasa: {dose} está fuera del rango de esta bomba, de {low} a {high} a esta concentración</translation>
        </message>
        <message>
            <source>reached</source>
            <translation>alcanzada</translation>
        </message>
        <message>
            <source>reached {date}</source>
            <translation>alcanzado el {date}</translation>
        </message>
        <message>
            <source>reached {day}</source>
            <translation>alcanzado el {day}</translation>
        </message>
        <message>
            <source>reading the pump's speed</source>
            <translation>leyendo la velocidad de la bomba</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>listo</translation>
        </message>
        <message>
            <source>real time</source>
            <translation>tiempo real</translation>
        </message>
        <message>
            <source>reason: the catheter differs from the saved record; say why (e.g. catheter shortened in theatre)</source>
            <translation>motivo: el catéter difiere del registro guardado; indique por qué (p. ej. catéter acortado en quirófano)</translation>
        </message>
        <message>
            <source>record written</source>
            <translation>registro escrito</translation>
        </message>
        <message>
            <source>refill</source>
            <translation>rellenado</translation>
        </message>
        <message>
            <source>refill done</source>
            <translation>rellenado hecho</translation>
        </message>
        <message>
            <source>refill margin: {days} days is outside 0 to {most} whole days</source>
            <translation>margen de rellenado: {days} días está fuera de 0 a {most} días enteros</translation>
        </message>
        <message>
            <source>refused by the pump</source>
            <translation>rechazado por la bomba</translation>
        </message>
        <message>
            <source>reservoir empty</source>
            <translation>reservorio vacío</translation>
        </message>
        <message>
            <source>restarts at once</source>
            <translation>se reinicia enseguida</translation>
        </message>
        <message>
            <source>restarts late</source>
            <translation>se reinicia con retraso</translation>
        </message>
        <message>
            <source>restarts when the scan ends</source>
            <translation>se reinicia al terminar la exploración</translation>
        </message>
        <message>
            <source>restarts {hours} h late</source>
            <translation>se reinicia con {hours} h de retraso</translation>
        </message>
        <message>
            <source>running</source>
            <translation>en marcha</translation>
        </message>
        <message>
            <source>running: volume given not recorded</source>
            <translation>en curso: volumen administrado no registrado</translation>
        </message>
        <message>
            <source>running: {given} of {volume} given so far</source>
            <translation>en curso: {given} de {volume} administrado hasta ahora</translation>
        </message>
        <message>
            <source>save the old pump</source>
            <translation>guardado de la bomba antigua</translation>
        </message>
        <message>
            <source>saved with values not verified now</source>
            <translation>guardado con valores no verificados ahora</translation>
        </message>
        <message>
            <source>scenario editor</source>
            <translation>editor de escenarios</translation>
        </message>
        <message>
            <source>scenario time from Start</source>
            <translation>tiempo del escenario desde Inicio</translation>
        </message>
        <message>
            <source>schedule: {count} steps; this pump allows at most {most}</source>
            <translation>programa: {count} pasos; esta bomba permite como máximo {most}</translation>
        </message>
        <message>
            <source>screening bolus {number}: {dose} mcg; the sequence is {sequence} mcg, 24 h apart</source>
            <translation>bolo de prueba {number}: {dose} mcg; la secuencia es {sequence} mcg, con 24 h de intervalo</translation>
        </message>
        <message>
            <source>see the licence files of {package}</source>
            <translation>vea los archivos de licencia de {package}</translation>
        </message>
        <message>
            <source>send program</source>
            <translation>envío del programa</translation>
        </message>
        <message>
            <source>sent and running</source>
            <translation>enviado y en marcha</translation>
        </message>
        <message>
            <source>sent and verified</source>
            <translation>enviado y verificado</translation>
        </message>
        <message>
            <source>serial {serial}</source>
            <translation>número de serie {serial}</translation>
        </message>
        <message>
            <source>session report</source>
            <translation>informe de la sesión</translation>
        </message>
        <message>
            <source>set clock</source>
            <translation>ajuste del reloj</translation>
        </message>
        <message>
            <source>severity not recorded</source>
            <translation>gravedad no registrada</translation>
        </message>
        <message>
            <source>single tone</source>
            <translation>tono simple</translation>
        </message>
        <message>
            <source>spinal origin</source>
            <translation>de origen espinal</translation>
        </message>
        <message>
            <source>split at {time}: would leave a step of {left} min; each step must last at least {least} min</source>
            <translation>dividir a las {time}: dejaría un paso de {left} min; cada paso debe durar al menos {least} min</translation>
        </message>
        <message>
            <source>split: a step already starts at {time}</source>
            <translation>dividir: ya empieza un paso a las {time}</translation>
        </message>
        <message>
            <source>split: this pump allows at most {count} steps</source>
            <translation>dividir: esta bomba permite como máximo {count} pasos</translation>
        </message>
        <message>
            <source>split: {time} is not inside the day; split between 00:01 and 23:59</source>
            <translation>dividir: {time} no está dentro del día; divida entre las 00:01 y las 23:59</translation>
        </message>
        <message>
            <source>started from stopped</source>
            <translation>arrancada desde parada</translation>
        </message>
        <message>
            <source>starts a stopped pump</source>
            <translation>arranca una bomba parada</translation>
        </message>
        <message>
            <source>step {step}: lasts {minutes} min; each step must last at least {least} min</source>
            <translation>paso {step}: dura {minutes} min; cada paso debe durar al menos {least} min</translation>
        </message>
        <message>
            <source>step {step}: {dose} is outside this pump's range {low} to {high} at this concentration</source>
            <translation>paso {step}: {dose} está fuera del rango de esta bomba, de {low} a {high} a esta concentración</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>parada</translation>
        </message>
        <message>
            <source>stuck until interrogated</source>
            <translation>bloqueada hasta que se interrogue</translation>
        </message>
        <message>
            <source>the active alarms</source>
            <translation>las alarmas activas</translation>
        </message>
        <message>
            <source>the alarm day has come</source>
            <translation>ha llegado el día de la alarma</translation>
        </message>
        <message>
            <source>the alarm tones</source>
            <translation>los tonos de alarma</translation>
        </message>
        <message>
            <source>the concentration changes, so every volume changes.</source>
            <translation>la concentración cambia, así que cambia cada volumen.</translation>
        </message>
        <message>
            <source>the first step always starts at 00:00; select a later step to move its start.</source>
            <translation>el primer tramo siempre empieza a las 00:00; seleccione un tramo posterior para mover su inicio.</translation>
        </message>
        <message>
            <source>the implant record</source>
            <translation>el registro de implante</translation>
        </message>
        <message>
            <source>the link was lost</source>
            <translation>se perdió la conexión</translation>
        </message>
        <message>
            <source>the network connection failed</source>
            <translation>la conexión de red falló</translation>
        </message>
        <message>
            <source>the port is in use</source>
            <translation>el puerto está en uso</translation>
        </message>
        <message>
            <source>the program</source>
            <translation>el programa</translation>
        </message>
        <message>
            <source>the pump clock</source>
            <translation>el reloj de la bomba</translation>
        </message>
        <message>
            <source>the pump did not answer</source>
            <translation>la bomba no respondió</translation>
        </message>
        <message>
            <source>the pump is stopped</source>
            <translation>la bomba está parada</translation>
        </message>
        <message>
            <source>the pump runs the NEW program, not verified</source>
            <translation>la bomba ejecuta el programa NUEVO, no verificado</translation>
        </message>
        <message>
            <source>the pump runs the OLD program</source>
            <translation>la bomba ejecuta el programa ANTERIOR</translation>
        </message>
        <message>
            <source>the pump {serial} reports profile {profile}, which this console does not know (it knows {known})</source>
            <translation>la bomba {serial} indica el perfil {profile}, que esta consola no conoce (conoce {known})</translation>
        </message>
        <message>
            <source>the pump's end of service</source>
            <translation>el fin de servicio de la bomba</translation>
        </message>
        <message>
            <source>the report file</source>
            <translation>el archivo del informe</translation>
        </message>
        <message>
            <source>the reservoir volume, concentration and program</source>
            <translation>el volumen del reservorio, la concentración y el programa</translation>
        </message>
        <message>
            <source>the same concentration.</source>
            <translation>la misma concentración.</translation>
        </message>
        <message>
            <source>the saved file</source>
            <translation>el archivo guardado</translation>
        </message>
        <message>
            <source>the session was closed</source>
            <translation>se cerró la sesión</translation>
        </message>
        <message>
            <source>time control: simulated pump (sim://) only</source>
            <translation>control del tiempo: solo bomba simulada (sim://)</translation>
        </message>
        <message>
            <source>time jumps ahead</source>
            <translation>salto de tiempo hacia delante</translation>
        </message>
        <message>
            <source>timed out</source>
            <translation>tiempo agotado</translation>
        </message>
        <message>
            <source>to {time}</source>
            <translation>a {time}</translation>
        </message>
        <message>
            <source>to {url}</source>
            <translation>a {url}</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>mañana</translation>
        </message>
        <message>
            <source>trainee records</source>
            <translation>registros de alumnos</translation>
        </message>
        <message>
            <source>trainees' scenario results, filed by pseudonymous id</source>
            <translation>resultados de los alumnos en los escenarios, archivados por id seudónimo</translation>
        </message>
        <message>
            <source>tried {program}</source>
            <translation>intentado: {program}</translation>
        </message>
        <message>
            <source>two-tone</source>
            <translation>tono doble</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>sin cambios</translation>
        </message>
        <message>
            <source>unique, e.g. interrogate-first</source>
            <translation>único, p. ej., interrogate-first</translation>
        </message>
        <message>
            <source>unique, no spaces, e.g. mri-delayed-restart</source>
            <translation>único, sin espacios, p. ej., mri-delayed-restart</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>unknown: interrogate before anything else</source>
            <translation>desconocido: interrogue antes que nada</translation>
        </message>
        <message>
            <source>until interrogated</source>
            <translation>hasta interrogar</translation>
        </message>
        <message>
            <source>up {percent}</source>
            <translation>sube un {percent}</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>verificado</translation>
        </message>
        <message>
            <source>volume withdrawn: type it on the first page</source>
            <translation>volumen extraído: escríbalo en la primera página</translation>
        </message>
        <message>
            <source>what the pump calculates, e.g. 3.2</source>
            <translation>lo que calcula la bomba, p. ej., 3,2</translation>
        </message>
        <message>
            <source>what the trainee is asked to do</source>
            <translation>lo que se pide al alumno</translation>
        </message>
        <message>
            <source>what the trainee must notice and do</source>
            <translation>lo que el alumno debe notar y hacer</translation>
        </message>
        <message>
            <source>whether a bolus is running</source>
            <translation>si hay un bolo en curso</translation>
        </message>
        <message>
            <source>whether the bolus is still running</source>
            <translation>si el bolo sigue en curso</translation>
        </message>
        <message>
            <source>whether the bridge bolus is running</source>
            <translation>si el bolo puente está en curso</translation>
        </message>
        <message>
            <source>which mode and program the pump runs</source>
            <translation>qué modo y qué programa ejecuta la bomba</translation>
        </message>
        <message>
            <source>which program runs is NOT known: interrogate</source>
            <translation>NO se sabe qué programa está en marcha: interrogue</translation>
        </message>
        <message>
            <source>which program the pump runs</source>
            <translation>qué programa ejecuta la bomba</translation>
        </message>
        <message>
            <source>which pump is connected</source>
            <translation>qué bomba está conectada</translation>
        </message>
        <message>
            <source>while not delivering ({why})</source>
            <translation>mientras no administra ({why})</translation>
        </message>
        <message>
            <source>who the patient is and what brings them in today</source>
            <translation>quién es el paciente y qué le trae hoy</translation>
        </message>
        <message>
            <source>withdrawn volume</source>
            <translation>volumen extraído</translation>
        </message>
        <message>
            <source>withdrawn volume: {volume} mL is more than the {reservoir} mL reservoir</source>
            <translation>volumen extraído: {volume} mL supera el reservorio de {reservoir} mL</translation>
        </message>
        <message>
            <source>withdrew {volume}</source>
            <translation>extraídos {volume}</translation>
        </message>
        <message>
            <source>withdrew {volume} (expected {expected}: {difference})</source>
            <translation>extraídos {volume} (esperado {expected}: {difference})</translation>
        </message>
        <message>
            <source>within threshold</source>
            <translation>dentro del umbral</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>yes {duration}</source>
            <translation>sí {duration}</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>ayer</translation>
        </message>
        <message>
            <source>{address} (keyed)</source>
            <translation>{address} (con clave)</translation>
        </message>
        <message>
            <source>{age_text} The report states what was read from a pump.</source>
            <translation>{age_text} El informe recoge lo que se leyó de una bomba.</translation>
        </message>
        <message>
            <source>{age}: reconnect (Ctrl+K) and interrogate (F5) first.</source>
            <translation>{age}: vuelva a conectar (Ctrl+K) e interrogue (F5) primero.</translation>
        </message>
        <message>
            <source>{alarm} (critical)</source>
            <translation>{alarm} (crítica)</translation>
        </message>
        <message>
            <source>{alarm} (non-critical)</source>
            <translation>{alarm} (no crítica)</translation>
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
            <translation>{amount} días por segundo</translation>
        </message>
        <message>
            <source>{amount} less</source>
            <translation>{amount} menos</translation>
        </message>
        <message>
            <source>{amount} less came back than expected</source>
            <translation>{amount} menos recuperado de lo esperado</translation>
        </message>
        <message>
            <source>{amount} more</source>
            <translation>{amount} más</translation>
        </message>
        <message>
            <source>{amount} more came back than expected</source>
            <translation>{amount} más recuperado de lo esperado</translation>
        </message>
        <message>
            <source>{amount} s per second</source>
            <translation>{amount} s por segundo</translation>
        </message>
        <message>
            <source>{amount} {unit} per second</source>
            <translation>{amount} {unit} por segundo</translation>
        </message>
        <message>
            <source>{bolus} over {duration}</source>
            <translation>{bolus} durante {duration}</translation>
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
            <translation>{bolus}, {volume} administrados</translation>
        </message>
        <message>
            <source>{bolus}, {volume} delivered before it was stopped</source>
            <translation>{bolus}, {volume} administrados antes de detenerlo</translation>
        </message>
        <message>
            <source>{bolus}, {volume} over {duration}</source>
            <translation>{bolus}, {volume} durante {duration}</translation>
        </message>
        <message>
            <source>{bolus}; back to {mode} mode</source>
            <translation>{bolus}; vuelta al modo {mode}</translation>
        </message>
        <message>
            <source>{command}: {state}</source>
            <translation>{command}: {state}</translation>
        </message>
        <message numerus="yes">
            <source>{day} (about %n months before ERI)</source>
            <translation>
                <numerusform>{day} (unos %n mes antes del ERI)</numerusform>
                <numerusform>{day} (unos %n meses antes del ERI)</numerusform>
            </translation>
        </message>
        <message>
            <source>{day} (filled in theatre)</source>
            <translation>{day} (llenado en quirófano)</translation>
        </message>
        <message>
            <source>{day} (today)</source>
            <translation>{day} (hoy)</translation>
        </message>
        <message>
            <source>{difference}: possible under-infusion (catheter occlusion, pump stall) with withdrawal risk, or drug outside the reservoir at the last refill (pocket fill).</source>
            <translation>{difference}: posible infusión insuficiente (oclusión del catéter, bloqueo de la bomba) con riesgo de abstinencia, o fármaco fuera del reservorio en el último rellenado (inyección en el bolsillo).</translation>
        </message>
        <message>
            <source>{difference}: the pump may over-infuse (overdose risk), or not all was withdrawn. Check the patient and the pump; consider a rate check.</source>
            <translation>{difference}: la bomba puede infundir de más (riesgo de sobredosis), o no se extrajo todo. Revise al paciente y la bomba; considere un control del caudal.</translation>
        </message>
        <message>
            <source>{doing}, then reading the pump back...</source>
            <translation>{doing} y releyendo la bomba...</translation>
        </message>
        <message>
            <source>{dose} ({volume} at {concentration}), {mode}, {steps}</source>
            <translation>{dose} ({volume} a {concentration}), {mode}, {steps}</translation>
        </message>
        <message>
            <source>{dose} is outside the cerebral titration range from {current} ({range}).</source>
            <translation>{dose} está fuera del intervalo de titulación cerebral desde {current} ({range}).</translation>
        </message>
        <message>
            <source>{dose} is outside the spinal titration range from {current} ({range}).</source>
            <translation>{dose} está fuera del intervalo de titulación espinal desde {current} ({range}).</translation>
        </message>
        <message>
            <source>{dose} is outside the usual maintenance range for {who} ({low} to {high} mcg/day). Check the prescription.</source>
            <translation>{dose} está fuera del intervalo de mantenimiento habitual para {who} ({low} a {high} mcg/día). Revise la prescripción.</translation>
        </message>
        <message>
            <source>{dose} is outside this pump's range {span} at this concentration</source>
            <translation>{dose} está fuera del rango {span} de esta bomba a esta concentración</translation>
        </message>
        <message>
            <source>{dose} is within the titration rules.</source>
            <translation>{dose} está dentro de las reglas de titulación.</translation>
        </message>
        <message>
            <source>{dose}, {mode} mode</source>
            <translation>{dose}, modo {mode}</translation>
        </message>
        <message>
            <source>{error}

Nothing was opened.</source>
            <translation>{error}

No se abrió nada.</translation>
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
            <translation>{fewest_delay_hours} a {most_delay_hours}</translation>
        </message>
        <message>
            <source>{field}: {value} is not a date</source>
            <translation>{field}: {value} no es una fecha</translation>
        </message>
        <message>
            <source>{field}: {volume} mL is negative</source>
            <translation>{field}: {volume} mL es negativo</translation>
        </message>
        <message>
            <source>{found}, after {interrogations}</source>
            <translation>{found}, tras {interrogations}</translation>
        </message>
        <message>
            <source>{function} ({file}, line {line})</source>
            <translation>{function} ({file}, línea {line})</translation>
        </message>
        <message>
            <source>{kind} bolus</source>
            <translation>bolo {kind}</translation>
        </message>
        <message>
            <source>{label} (increase {low} to {high} % a day)</source>
            <translation>{label} (aumento de {low} a {high} % al día)</translation>
        </message>
        <message>
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>{low} a {high}</translation>
        </message>
        <message>
            <source>{low} to {high} mcg/day: the proposed dose is within it</source>
            <translation>{low} a {high} mcg/día: la dosis propuesta está dentro</translation>
        </message>
        <message>
            <source>{low} to {high} on this pump ({name}); the manufacturer's default is {default}</source>
            <translation>{low} a {high} en esta bomba ({name}); el valor predeterminado del fabricante es {default}</translation>
        </message>
        <message>
            <source>{millilitres} (calculated)</source>
            <translation>{millilitres} (calculado)</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{model} {serial}, new; replaces {old_model} {old_serial}</source>
            <translation>{model} {serial}, nueva; sustituye a {old_model} {old_serial}</translation>
        </message>
        <message>
            <source>{model} {serial}, patient {patient}; {drug} {concentration}, {volume} in the reservoir; {mode}, {dose}.</source>
            <translation>{model} {serial}, paciente {patient}; {drug} {concentration}, {volume} en el reservorio; {mode}, {dose}.</translation>
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
            <translation>{mode}, {steps} a {concentration}</translation>
        </message>
        <message>
            <source>{name}: {score}</source>
            <translation>{name}: {score}</translation>
        </message>
        <message>
            <source>{none_text}: no key file</source>
            <translation>{none_text}: sin archivo de clave</translation>
        </message>
        <message>
            <source>{number}. {title}</source>
            <translation>{number}. {title}</translation>
        </message>
        <message>
            <source>{package} licence</source>
            <translation>licencia de {package}</translation>
        </message>
        <message>
            <source>{part} of {whole}</source>
            <translation>{part} de {whole}</translation>
        </message>
        <message>
            <source>{path} (pump path, {profile}) + {length} x {per_cm} (catheter: {catheter}) = {volume} at the pump's maximum {rate} for {duration}</source>
            <translation>{path} (circuito de la bomba, {profile}) + {length} x {per_cm} (catéter: {catheter}) = {volume} al caudal máximo de la bomba de {rate} durante {duration}</translation>
        </message>
        <message>
            <source>{per_hour}; {volume} at {concentration}</source>
            <translation>{per_hour}; {volume} a {concentration}</translation>
        </message>
        <message>
            <source>{percent} full</source>
            <translation>{percent} lleno</translation>
        </message>
        <message>
            <source>{problem} (on the priming page).</source>
            <translation>{problem} (en la página de cebado).</translation>
        </message>
        <message>
            <source>{program} (sent and verified)</source>
            <translation>{program} (enviado y verificado)</translation>
        </message>
        <message>
            <source>{program} (sent, NOT verified)</source>
            <translation>{program} (enviado, NO verificado)</translation>
        </message>
        <message>
            <source>{program}, verified</source>
            <translation>{program}, verificado</translation>
        </message>
        <message>
            <source>{pump} on {device}</source>
            <translation>{pump} en {device}</translation>
        </message>
        <message>
            <source>{pump} serving the serial port {port}: connect to the port at the other end of its cable</source>
            <translation>{pump} atendiendo el puerto serie {port}: conecte al puerto del otro extremo de su cable</translation>
        </message>
        <message>
            <source>{reason}

Save the report as a PDF instead?</source>
            <translation>{reason}

¿Guardar el informe como PDF en su lugar?</translation>
        </message>
        <message>
            <source>{runs} by {trainees}; mean {mean}, median {median}, lowest {lowest}, best {best}</source>
            <translation>{runs} de {trainees}; media {mean}, mediana {median}, más baja {lowest}, mejor {best}</translation>
        </message>
        <message>
            <source>{saved} It states the pump as last read at {time}, {age} before it was saved; then {since}, so none of it was read again.</source>
            <translation>{saved} Muestra la bomba según la última lectura a las {time}, {age} antes de guardarlo; después {since}, así que nada se volvió a leer.</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n events shown</source>
            <translation>
                <numerusform>{shown} de %n evento mostrados</numerusform>
                <numerusform>{shown} de %n eventos mostrados</numerusform>
            </translation>
        </message>
        <message>
            <source>{small_volume} ({micrograms}) over {duration} = {ml_per_day} at {reservoir_concentration}</source>
            <translation>{small_volume} ({micrograms}) durante {duration} = {ml_per_day} a {reservoir_concentration}</translation>
        </message>
        <message>
            <source>{span} back</source>
            <translation>{span} atrás</translation>
        </message>
        <message>
            <source>{span} forward</source>
            <translation>{span} adelante</translation>
        </message>
        <message>
            <source>{span} pump ahead of local time</source>
            <translation>{span}: la bomba va adelantada respecto a la hora local</translation>
        </message>
        <message>
            <source>{span} pump behind local time</source>
            <translation>{span}: la bomba va atrasada respecto a la hora local</translation>
        </message>
        <message>
            <source>{start} to {end} ({span} h:min:s)</source>
            <translation>de {start} a {end} ({span} h:min:s)</translation>
        </message>
        <message>
            <source>{state} - link down</source>
            <translation>{state} - enlace caído</translation>
        </message>
        <message>
            <source>{state} - not answering</source>
            <translation>{state} - no responde</translation>
        </message>
        <message>
            <source>{station} display name</source>
            <translation>{station}: nombre visible</translation>
        </message>
        <message>
            <source>{station} trainee id</source>
            <translation>{station}: id del alumno</translation>
        </message>
        <message>
            <source>{station} was scored but NOT recorded: {error}</source>
            <translation>{station} se puntuó pero NO se registró: {error}</translation>
        </message>
        <message numerus="yes">
            <source>{station}: %n scripted events to come; a syringe would withdraw {volume} now.</source>
            <translation>
                <numerusform>{station}: queda %n evento programado; una jeringa extraería ahora {volume}.</numerusform>
                <numerusform>{station}: quedan %n eventos programados; una jeringa extraería ahora {volume}.</numerusform>
            </translation>
        </message>
        <message>
            <source>{station}: give the display name of trainee {trainee}, or clear the id to score without recording</source>
            <translation>{station}: indique el nombre visible del alumno {trainee}, o borre el id para puntuar sin registrar</translation>
        </message>
        <message>
            <source>{station}: the run of {who} was scored but NOT recorded: {error}</source>
            <translation>{station}: el intento de {who} se puntuó pero NO se registró: {error}</translation>
        </message>
        <message>
            <source>{tip}. Not now: {reason}</source>
            <translation>{tip}. Ahora no: {reason}</translation>
        </message>
        <message>
            <source>{title} (training mock)</source>
            <translation>{title} (simulador de formación)</translation>
        </message>
        <message>
            <source>{trainee} at {station}</source>
            <translation>{trainee} en {station}</translation>
        </message>
        <message>
            <source>{typed} has decimals; this field takes whole numbers.</source>
            <translation>{typed} tiene decimales; este campo solo admite números enteros.</translation>
        </message>
        <message>
            <source>{typed} has more decimals than this field takes (steps of {step}).</source>
            <translation>{typed} tiene más decimales de los que admite este campo (pasos de {step}).</translation>
        </message>
        <message>
            <source>{typed} is not a number.</source>
            <translation>{typed} no es un número.</translation>
        </message>
        <message>
            <source>{typed} would be read as {grouped}; type {decimal} or {grouped} without separators.</source>
            <translation>{typed} se leería como {grouped}; escriba {decimal} o {grouped} sin separadores.</translation>
        </message>
        <message>
            <source>{typed} would be read as {grouped}; type {grouped} without separators.</source>
            <translation>{typed} se leería como {grouped}; escriba {grouped} sin separadores.</translation>
        </message>
        <message>
            <source>{typed} would be read as {value}; type {value}: a number here is digits and “{point}” only, without an exponent (e).</source>
            <translation>{typed} se leería como {value}; escriba {value}: aquí un número solo lleva cifras y «{point}», sin exponente (e).</translation>
        </message>
        <message>
            <source>{typed}: a number here is digits and “{point}” only, without an exponent (e).</source>
            <translation>{typed}: aquí un número solo lleva cifras y «{point}», sin exponente (e).</translation>
        </message>
        <message>
            <source>{typed}: the decimal separator here is “{point}”.</source>
            <translation>{typed}: aquí el separador decimal es «{point}».</translation>
        </message>
        <message>
            <source>{typed}: the decimal separator here is “{point}”; type {decimal}.</source>
            <translation>{typed}: aquí el separador decimal es «{point}»; escriba {decimal}.</translation>
        </message>
        <message>
            <source>{typed}{unit} is outside {low} to {high}{unit}.</source>
            <translation>{typed}{unit} está fuera del intervalo de {low} a {high}{unit}.</translation>
        </message>
        <message>
            <source>{url} (no key)</source>
            <translation>{url} (sin clave)</translation>
        </message>
        <message>
            <source>{url} with the key file {key_file}</source>
            <translation>{url} con el archivo de clave {key_file}</translation>
        </message>
        <message>
            <source>{verb}: done.</source>
            <translation>{verb}: hecho.</translation>
        </message>
        <message>
            <source>{volume} at {concentration}</source>
            <translation>{volume} a {concentration}</translation>
        </message>
        <message>
            <source>{volume} mL ({profile_id})</source>
            <translation>{volume} mL ({profile_id})</translation>
        </message>
        <message>
            <source>{went}; the pump does not follow daylight saving, so its daily steps run at the wrong local time.</source>
            <translation>{went}; la bomba no sigue el horario de verano, así que sus pasos diarios ocurren a la hora local equivocada.</translation>
        </message>
        <message>
            <source>{what} (its path; blank for none)</source>
            <translation>{what} (su ruta; en blanco para ninguno)</translation>
        </message>
        <message>
            <source>{what} read {time}</source>
            <translation>{what} leído a las {time}</translation>
        </message>
        <message>
            <source>{when}, before the {command}: interrogate (F5) to read it again</source>
            <translation>{when}, antes de: {command}; interrogue (F5) para volver a leerlo</translation>
        </message>
        <message>
            <source>{when}; alarm due {day}</source>
            <translation>{when}; alarma prevista el {day}</translation>
        </message>
        <message>
            <source>{who} at {station}</source>
            <translation>{who} en {station}</translation>
        </message>
    </context>
</TS>
