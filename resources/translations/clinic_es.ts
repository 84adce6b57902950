<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en_GB">
<context>
    <name>CloseCourseDialog</name>
    <message>
        <source>Close the course of care</source>
        <translation>Cerrar el proceso de atención</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(sin fecha)</translation>
    </message>
    <message>
        <source>Closing the course that started {started} ends it: a closed course takes no new follow-up visit. Its visits and charts stay on record. Say why it is closed, for the record.</source>
        <translation>Cerrar el proceso iniciado el {started} lo termina: un proceso cerrado no admite nuevas visitas de seguimiento. Sus visitas y gráficos quedan registrados. Indique por qué se cierra.</translation>
    </message>
    <message>
        <source>For example: discharged, back to full training</source>
        <translation>Por ejemplo: alta, vuelve a entrenar con normalidad</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motivo (obligatorio):</translation>
    </message>
    <message>
        <source>Reason for closing the course</source>
        <translation>Motivo para cerrar el proceso</translation>
    </message>
    <message>
        <source>&amp;Close course</source>
        <translation>&amp;Cerrar proceso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>A reason is needed to close the course: say why in a few words (discharged, referred on, stopped coming).</source>
        <translation>Se necesita un motivo para cerrar el proceso: explíquelo en pocas palabras (alta, derivado, dejó de venir).</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>Cerrando…</translation>
    </message>
    <message>
        <source>not closed: {problem}</source>
        <translation>no se cerró: {problem}</translation>
    </message>
</context>
<context>
    <name>CoursesPanel</name>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Newest visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Reading the patient&apos;s courses…</source>
        <translation>Leyendo los procesos del paciente…</translation>
    </message>
    <message>
        <source>Choose a patient to see their courses of care.</source>
        <translation>Elija un paciente para ver sus procesos de atención.</translation>
    </message>
    <message>
        <source>No course of care yet: a course starts with a submitted intake.</source>
        <translation>Aún no hay procesos de atención: un proceso empieza con una admisión enviada.</translation>
    </message>
    <message>
        <source>Closed ({reason})</source>
        <translation>Cerrado ({reason})</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Courses of care</source>
        <translation>Procesos de atención</translation>
    </message>
    <message>
        <source>F&amp;ollow-up visit</source>
        <translation>Visita de &amp;seguimiento</translation>
    </message>
    <message>
        <source>&amp;Close course…</source>
        <translation>&amp;Cerrar proceso…</translation>
    </message>
    <message>
        <source>The course is closed: {reason}. It takes no new follow-up visit.</source>
        <translation>El proceso está cerrado: {reason}. No admite nuevas visitas de seguimiento.</translation>
    </message>
    <message>
        <source>Cannot show the courses: {message}. Try again in a moment.</source>
        <translation>No se pueden mostrar los procesos: {message}. Reinténtelo en un momento.</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Etapa {stage}</translation>
    </message>
    <message>
        <source>Start a follow-up visit of the selected course (Alt+O)</source>
        <translation>Iniciar una visita de seguimiento del proceso elegido (Alt+O)</translation>
    </message>
    <message>
        <source>This course is closed: a follow-up belongs to an open course.</source>
        <translation>Este proceso está cerrado: el seguimiento es para procesos abiertos.</translation>
    </message>
    <message>
        <source>Close the selected course, with the reason (Alt+C)</source>
        <translation>Cerrar el proceso elegido, con el motivo (Alt+C)</translation>
    </message>
    <message>
        <source>This course is closed already.</source>
        <translation>Este proceso ya está cerrado.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Refer</source>
        <translation>Derivar</translation>
    </message>
    <message>
        <source>Manage in clinic</source>
        <translation>Tratar en la clínica</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>No es necesario</translation>
    </message>
    <message>
        <source>Emergency — care now</source>
        <translation>Emergencia — atención ya</translation>
    </message>
    <message>
        <source>Urgent — same day</source>
        <translation>Urgente — el mismo día</translation>
    </message>
    <message>
        <source>Soon — within days</source>
        <translation>Pronto — en unos días</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Choose Refer, Manage in clinic or Not needed.</source>
        <translation>Elija Derivar, Tratar en la clínica o No es necesario.</translation>
    </message>
    <message>
        <source>Choose where to refer the patient.</source>
        <translation>Elija adónde derivar al paciente.</translation>
    </message>
    <message>
        <source>A reason is needed for this decision: say why, in a few words.</source>
        <translation>Esta decisión necesita un motivo: explíquelo en pocas palabras.</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <source>Refer to {destination}</source>
        <translation>Derivar a {destination}</translation>
    </message>
    <message>
        <source>Refer to {destination} ({urgency})</source>
        <translation>Derivar a {destination} ({urgency})</translation>
    </message>
    <message>
        <source>Decide on a flag</source>
        <translation>Decidir una alerta</translation>
    </message>
    <message>
        <source>Decide for the whole intake</source>
        <translation>Decidir para toda la admisión</translation>
    </message>
    <message>
        <source>Decide for the whole follow-up visit</source>
        <translation>Decidir para toda la visita de seguimiento</translation>
    </message>
    <message>
        <source>Your decision on “{flag}”, from what the rules found:</source>
        <translation>Su decisión sobre «{flag}», según lo que hallaron las reglas:</translation>
    </message>
    <message>
        <source>For the whole intake: this decision covers every referral flag still open.</source>
        <translation>Para toda la admisión: esta decisión cubre todas las alertas de derivación abiertas.</translation>
    </message>
    <message>
        <source>For the whole follow-up visit: this decision covers every referral and follow-up flag of the visit still open.</source>
        <translation>Para toda la visita de seguimiento: esta decisión cubre todas las alertas de derivación y de seguimiento abiertas de la visita.</translation>
    </message>
    <message>
        <source>&amp;Refer</source>
        <translation>&amp;Derivar</translation>
    </message>
    <message>
        <source>&amp;Manage in clinic</source>
        <translation>&amp;Tratar en la clínica</translation>
    </message>
    <message>
        <source>&amp;Not needed</source>
        <translation>&amp;No es necesario</translation>
    </message>
    <message>
        <source>Choose where…</source>
        <translation>Elija adónde…</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgencia:</translation>
    </message>
    <message>
        <source>Re&amp;cord decision</source>
        <translation>Re&amp;gistrar decisión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Not&amp;e for the letter (optional):</source>
        <translation>Not&amp;a para la carta (opcional):</translation>
    </message>
    <message>
        <source>R&amp;eason (required):</source>
        <translation>Mo&amp;tivo (obligatorio):</translation>
    </message>
    <message>
        <source>Put this decision on record (Enter)</source>
        <translation>Registrar esta decisión (Intro)</translation>
    </message>
    <message>
        <source>not recorded: {message}</source>
        <translation>no se registró: {message}</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>kept on this computer while the database was unreachable</source>
        <translation>guardada en este equipo mientras la base de datos no respondía</translation>
    </message>
    <message>
        <source>{name} — follow-up visit, last saved {when} by {who}</source>
        <translation>{name} — visita de seguimiento, guardada el {when} por {who}</translation>
    </message>
    <message>
        <source>{name} — {kept_here} (typed {when} by {who})</source>
        <translation>{name} — {kept_here} (escrita el {when} por {who})</translation>
    </message>
    <message>
        <source>{name} — last saved {when} by {who}</source>
        <translation>{name} — guardada el {when} por {who}</translation>
    </message>
    <message>
        <source>No name yet</source>
        <translation>Aún sin nombre</translation>
    </message>
    <message>
        <source>Unfinished intakes</source>
        <translation>Admisiones sin terminar</translation>
    </message>
    <message>
        <source>Unfinished intakes and follow-up visits</source>
        <translation>Admisiones y seguimientos sin terminar</translation>
    </message>
    <message>
        <source>These intakes were started but not submitted. Carry on with one, or discard one that is not needed.</source>
        <translation>Estas admisiones se empezaron pero no se enviaron. Continúe con una o descarte la que no haga falta.</translation>
    </message>
    <message>
        <source>These intakes and follow-up visits were started but not submitted. Carry on with one, or discard one that is not needed.</source>
        <translation>Estas admisiones y visitas de seguimiento se empezaron pero no se enviaron. Continúe con una o descarte la que no haga falta.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>Press Discard again to drop this draft for good.</source>
        <translation>Pulse Descartar otra vez para borrar este borrador del todo.</translation>
    </message>
    <message>
        <source>Discarding…</source>
        <translation>Descartando…</translation>
    </message>
    <message>
        <source>Not discarded: {error}</source>
        <translation>No se descartó: {error}</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Borrador descartado.</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <source>Flags appear here as the intake is filled in.</source>
        <translation>Las alertas aparecen aquí al rellenar la admisión.</translation>
    </message>
    <message numerus="yes">
        <source>%n emergency</source>
        <translation>
            <numerusform>%n de emergencia</numerusform>
            <numerusform>%n de emergencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urgent</source>
        <translation>
            <numerusform>%n urgente</numerusform>
            <numerusform>%n urgentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n soon</source>
        <translation>
            <numerusform>%n para pronto</numerusform>
            <numerusform>%n para pronto</numerusform>
        </translation>
    </message>
    <message>
        <source>No flags yet</source>
        <translation>Sin alertas aún</translation>
    </message>
    <message>
        <source>No referral flags so far</source>
        <translation>Sin alertas de derivación aún</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the counts</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n referral flag: {counts}</source>
        <translation>
            <numerusform>%n alerta de derivación: {counts}</numerusform>
            <numerusform>%n alertas de derivación: {counts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral flags: {counts}</source>
        <translation>
            <numerusform>%n alerta de derivación: {counts}</numerusform>
            <numerusform>%n alertas de derivación: {counts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advice flag</source>
        <translation>
            <numerusform>%n alerta de consejo</numerusform>
            <numerusform>%n alertas de consejo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advice flags</source>
        <translation>
            <numerusform>%n alerta de consejo</numerusform>
            <numerusform>%n alertas de consejo</numerusform>
        </translation>
    </message>
    <message>
        <source>Flags appear once these answers are filled in: {answers}.</source>
        <translation>Las alertas aparecerán al rellenar estas respuestas: {answers}.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the answers</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Provisional: some answers are not valid yet ({answers}) and were left out; the flags may change once they are corrected.</source>
        <translation>Provisional: algunas respuestas aún no son válidas ({answers}) y se omitieron; las alertas pueden cambiar al corregirlas.</translation>
    </message>
    <message>
        <source>Flags so far</source>
        <translation>Alertas actuales</translation>
    </message>
</context>
<context>
    <name>FollowUpFields</name>
    <message>
        <source>How it is &amp;now</source>
        <translation>Cómo está &amp;ahora</translation>
    </message>
    <message>
        <source>&amp;Running</source>
        <translation>&amp;Carrera</translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation>&amp;Mediciones</translation>
    </message>
    <message>
        <source>Rea&amp;diness</source>
        <translation>&amp;Preparación</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>No corre</translation>
    </message>
    <message>
        <source>Walk-run sessions</source>
        <translation>Caminar y correr</translation>
    </message>
    <message>
        <source>Easy running</source>
        <translation>Carrera suave</translation>
    </message>
    <message>
        <source>Full training</source>
        <translation>Entrenamiento completo</translation>
    </message>
    <message>
        <source>&amp;Walks 30 minutes without pain</source>
        <translation>&amp;Camina 30 minutos sin dolor</translation>
    </message>
    <message>
        <source>Ten single-leg &amp;hops on the painful side without pain</source>
        <translation>Diez &amp;saltos a una pierna del lado doloroso sin dolor</translation>
    </message>
    <message>
        <source>Twenty single-leg &amp;calf raises on that side</source>
        <translation>Veinte elevaciones de &amp;talón a una pierna de ese lado</translation>
    </message>
    <message>
        <source>No pain the ne&amp;xt morning</source>
        <translation>Sin dolor a la mañana &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Visit date (YYYY-MM-DD)</source>
        <translation>&amp;Fecha de visita (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>&amp;Lado</translation>
    </message>
    <message>
        <source>Where it &amp;hurts</source>
        <translation>&amp;Dónde duele</translation>
    </message>
    <message>
        <source>&amp;Pain now (0–10)</source>
        <translation>Dolor &amp;ahora (0–10)</translation>
    </message>
    <message>
        <source>Running &amp;now</source>
        <translation>Carrera &amp;actual</translation>
    </message>
    <message>
        <source>&amp;Weekly distance</source>
        <translation>Distancia &amp;semanal</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unidad</translation>
    </message>
    <message>
        <source>&amp;Longest run (minutes)</source>
        <translation>Carrera más &amp;larga (minutos)</translation>
    </message>
    <message>
        <source>&amp;LEFS total (0–80)</source>
        <translation>Total &amp;LEFS (0–80)</translation>
    </message>
    <message>
        <source>FAAM &amp;daily living (%)</source>
        <translation>FAAM vida &amp;diaria (%)</translation>
    </message>
    <message>
        <source>FAAM s&amp;ports (%)</source>
        <translation>FAAM de&amp;portes (%)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <source>Open a follow-up visit from a patient&apos;s course on the Patients page.</source>
        <translation>Abra una visita de seguimiento desde un proceso del paciente en la página Pacientes.</translation>
    </message>
    <message>
        <source>Reading the course of care…</source>
        <translation>Leyendo el proceso de atención…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>No flags so far.</source>
        <translation>Sin alertas aún.</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>Visita de seguimiento</translation>
    </message>
    <message>
        <source>Steps of the follow-up visit</source>
        <translation>Pasos de la visita de seguimiento</translation>
    </message>
    <message>
        <source>Flags so far</source>
        <translation>Alertas actuales</translation>
    </message>
    <message>
        <source>Su&amp;bmit follow-up</source>
        <translation>En&amp;viar seguimiento</translation>
    </message>
    <message>
        <source>Save this visit for the course (Ctrl+Enter)</source>
        <translation>Guardar esta visita en el proceso (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;Back to the patient</source>
        <translation>&amp;Volver al paciente</translation>
    </message>
    <message>
        <source>The clinician&apos;s return-to-run checks: leave a check not done as it is.</source>
        <translation>Pruebas clínicas de vuelta a correr: deje como está la prueba no hecha.</translation>
    </message>
    <message>
        <source>Patient-Specific Functional Scale: each activity rated 0 (cannot do it) to 10 (as before). The course&apos;s earlier activities are listed to rate again; leave a score empty to skip one, or add new ones below.</source>
        <translation>Escala funcional específica del paciente: cada actividad de 0 (no puede hacerla) a 10 (como antes). Se listan las actividades previas del proceso para puntuarlas otra vez; deje la nota vacía para omitir una o añada nuevas abajo.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Score (0–10)</source>
        <translation>Puntuación (0–10)</translation>
    </message>
    <message>
        <source>PSFS activity {number}</source>
        <translation>Actividad PSFS {number}</translation>
    </message>
    <message>
        <source>PSFS score {number}, 0 to 10</source>
        <translation>Puntuación PSFS {number}, de 0 a 10</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up visit: {name}, course started {started} (%n visits so far)</source>
        <translation>
            <numerusform>Visita de seguimiento: {name}, proceso iniciado el {started} (%n visita hasta ahora)</numerusform>
            <numerusform>Visita de seguimiento: {name}, proceso iniciado el {started} (%n visitas hasta ahora)</numerusform>
        </translation>
    </message>
    <message>
        <source>Carrying on with the follow-up kept as a draft.</source>
        <translation>Se continúa con el seguimiento guardado como borrador.</translation>
    </message>
    <message>
        <source>Cannot open the follow-up: {message}. Try again in a moment.</source>
        <translation>No se puede abrir el seguimiento: {message}. Reinténtelo en un momento.</translation>
    </message>
    <message>
        <source>Flags appear once these answers are filled in and valid: {answers}.</source>
        <translation>Las alertas aparecerán cuando estas respuestas estén completas y sean válidas: {answers}.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the answers</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Draft kept.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <source>Draft not kept: {message}. It is tried again as you type.</source>
        <translation>Borrador no guardado: {message}. Se vuelve a intentar mientras escribe.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between problems</comment>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>Not submitted. {problems} (and %n more).</source>
        <translation>
            <numerusform>No se envió. {problems} (y %n más).</numerusform>
            <numerusform>No se envió. {problems} (y %n más).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not submitted. {problems}.</source>
        <translation>No se envió. {problems}.</translation>
    </message>
    <message>
        <source>Not submitted: {message}. Nothing was lost; try again.</source>
        <translation>No se envió: {message}. No se perdió nada; inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n flag for a clinician</source>
        <translation>
            <numerusform>%n alerta para el clínico</numerusform>
            <numerusform>%n alertas para el clínico</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flags for a clinician</source>
        <translation>
            <numerusform>%n alerta para el clínico</numerusform>
            <numerusform>%n alertas para el clínico</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advice flag</source>
        <translation>
            <numerusform>%n alerta de consejo</numerusform>
            <numerusform>%n alertas de consejo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advice flags</source>
        <translation>
            <numerusform>%n alerta de consejo</numerusform>
            <numerusform>%n alertas de consejo</numerusform>
        </translation>
    </message>
    <message>
        <source>{flags}, {advice}.</source>
        <translation>{flags}, {advice}.</translation>
    </message>
    <message>
        <source>the visit</source>
        <translation>la visita</translation>
    </message>
</context>
<context>
    <name>FollowUpResult</name>
    <message>
        <source>Follow-up sheet</source>
        <translation>Hoja de seguimiento</translation>
    </message>
    <message>
        <source>Making the follow-up sheet…</source>
        <translation>Preparando la hoja de seguimiento…</translation>
    </message>
    <message>
        <source>This week: stage {stage}, {session}.</source>
        <translation>Esta semana: etapa {stage}, {session}.</translation>
    </message>
    <message>
        <source>No running yet: strength work instead (not yet: {checks}).</source>
        <translation>Aún sin correr: trabajo de fuerza en su lugar (falta: {checks}).</translation>
    </message>
    <message>
        <source>Do not run until a clinician has checked the foot.</source>
        <translation>No correr hasta que un clínico revise el pie.</translation>
    </message>
    <message>
        <source>Full training: keep within the clinic&apos;s weekly limit.</source>
        <translation>Entrenamiento completo: sin pasar el límite semanal de la clínica.</translation>
    </message>
    <message>
        <source>No referral or follow-up flags.</source>
        <translation>No hay alertas de derivación ni de seguimiento.</translation>
    </message>
    <message>
        <source>Flags for a clinician: {flags}.</source>
        <translation>Alertas para el clínico: {flags}.</translation>
    </message>
    <message>
        <source>Follow-up submitted</source>
        <translation>Seguimiento enviado</translation>
    </message>
    <message>
        <source>Progress charts of the course</source>
        <translation>Gráficos de evolución del proceso</translation>
    </message>
    <message>
        <source>&amp;Print follow-up sheet…</source>
        <translation>&amp;Imprimir hoja de seguimiento…</translation>
    </message>
    <message>
        <source>&amp;Back to the patient</source>
        <translation>&amp;Volver al paciente</translation>
    </message>
    <message>
        <source>Cannot make the follow-up sheet: {message}. Try again.</source>
        <translation>No se pudo crear la hoja de seguimiento: {message}. Reinténtelo.</translation>
    </message>
</context>
<context>
    <name>FollowUpReview</name>
    <message>
        <source>The rules raised no flag for this visit.</source>
        <translation>Las reglas no generaron alertas en esta visita.</translation>
    </message>
    <message>
        <source>Progress charts of the course</source>
        <translation>Gráficos de evolución del proceso</translation>
    </message>
    <message>
        <source>Flags of this visit</source>
        <translation>Alertas de esta visita</translation>
    </message>
    <message>
        <source>Progress over the course</source>
        <translation>Evolución a lo largo del proceso</translation>
    </message>
    <message>
        <source>&amp;Decide for the whole visit…</source>
        <translation>&amp;Decidir para toda la visita…</translation>
    </message>
    <message>
        <source>this follow-up cannot be shown: {problem}</source>
        <translation>no se puede mostrar este seguimiento: {problem}</translation>
    </message>
    <message>
        <source>return-to-run stage {stage} of 8</source>
        <translation>la etapa {stage} de 8 de vuelta a correr</translation>
    </message>
    <message>
        <source>no return-to-run stage given</source>
        <translation>ninguna etapa de vuelta a correr</translation>
    </message>
    <message>
        <source>Clinic number {number}</source>
        <translation>Número de historia {number}</translation>
    </message>
    <message>
        <source>No clinic number</source>
        <translation>Sin número de historia</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{name}&lt;/h2&gt;&lt;p&gt;Follow-up visit of {visit}: visit {index} of the course that started {started}. Born {born}. {number}. This visit gave {stage}.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{name}&lt;/h2&gt;&lt;p&gt;Visita de seguimiento del {visit}: visita {index} del proceso iniciado el {started}. Nacimiento: {born}. {number}. Esta visita dio {stage}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Advice for the patient&apos;s follow-up sheet: no decision needed.</source>
        <translation>Consejo para la hoja de seguimiento del paciente: no requiere decisión.</translation>
    </message>
    <message>
        <source>Open: waiting for a clinician&apos;s decision.</source>
        <translation>Abierta: pendiente de la decisión de un clínico.</translation>
    </message>
    <message>
        <source>Decided.</source>
        <translation>Decidida.</translation>
    </message>
    <message>
        <source>Decided: {what} — {who}, {when}.</source>
        <translation>Decidida: {what} — {who}, {when}.</translation>
    </message>
</context>
<context>
    <name>IntakeBinding</name>
    <message>
        <source>in km</source>
        <translation>en km</translation>
    </message>
    <message>
        <source>in miles</source>
        <translation>en millas</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Carrera</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>History and notes</source>
        <translation>Antecedentes y notas</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Go to {step} (Alt+{number})</source>
        <translation>Ir a {step} (Alt+{number})</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>◂ Back</source>
        <translation>◂ Atrás</translation>
    </message>
    <message>
        <source>The step before (Ctrl+Page Up)</source>
        <translation>El paso anterior (Ctrl+RePág)</translation>
    </message>
    <message>
        <source>Next ▸</source>
        <translation>Siguiente ▸</translation>
    </message>
    <message>
        <source>The next step (Ctrl+Page Down)</source>
        <translation>El paso siguiente (Ctrl+AvPág)</translation>
    </message>
    <message>
        <source>Submit intake</source>
        <translation>Enviar admisión</translation>
    </message>
    <message>
        <source>Save the intake and its flags (Ctrl+Enter)</source>
        <translation>Guardar la admisión y sus alertas (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Resumed from this computer (typed {when}); saving it…</source>
        <translation>Recuperada de este equipo (escrita el {when}); guardando…</translation>
    </message>
    <message>
        <source>Draft resumed (saved {when})</source>
        <translation>Borrador recuperado (guardado el {when})</translation>
    </message>
    <message>
        <source>The clinic&apos;s thresholds could not be read ({message}); the live flags use the standard ones until they can. Submitting uses the clinic&apos;s own.</source>
        <translation>No se pudieron leer los umbrales de la clínica ({message}); las alertas en vivo usan los estándar hasta entonces. Al enviar se usan los de la clínica.</translation>
    </message>
    <message>
        <source>Nothing to fix here</source>
        <translation>Nada que corregir aquí</translation>
    </message>
    <message>
        <source>Next is not available yet: {problem}</source>
        <translation>Siguiente aún no está disponible: {problem}</translation>
    </message>
    <message>
        <source>Submit is not available yet: {count}, first {problem}</source>
        <translation>Enviar aún no está disponible: {count}; primero {problem}</translation>
    </message>
    <message>
        <source>To fix: {problem}</source>
        <translation>Corregir: {problem}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Draft saved at {time}</source>
        <translation>Guardado a las {time}</translation>
    </message>
    <message>
        <source>Not saved to the database ({message}). Your typing is kept on this computer and is saved when the database answers.</source>
        <translation>No se guardó en la base de datos ({message}). Lo escrito se conserva en este equipo y se guardará cuando la base de datos responda.</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>The intake was not submitted: {message}. It stays a draft, kept on this computer; submit it again when the database answers.</source>
        <translation>La admisión no se envió: {message}. Sigue como borrador en este equipo; envíela de nuevo cuando la base de datos responda.</translation>
    </message>
    <message>
        <source>Not submitted: kept as a draft on this computer</source>
        <translation>No enviada: guardada como borrador en este equipo</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) to fix</source>
        <translation>
            <numerusform>%n respuesta por corregir</numerusform>
            <numerusform>%n respuestas por corregir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeResult</name>
    <message>
        <source>&amp;Large print (14 pt)</source>
        <translation>&amp;Letra grande (14 pt)</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>&amp;Imprimir hoja…</translation>
    </message>
    <message>
        <source>Preview the care sheet, then print or save it (Ctrl+P)</source>
        <translation>Ver la hoja de cuidados y luego imprimirla o guardarla (Ctrl+P)</translation>
    </message>
    <message>
        <source>Start a &amp;new intake</source>
        <translation>&amp;Nueva admisión</translation>
    </message>
    <message>
        <source>The handout is on record with this intake.</source>
        <translation>La hoja queda registrada con esta admisión.</translation>
    </message>
    <message>
        <source>No referral flags: no clinician check is needed for this intake.</source>
        <translation>Sin alertas de derivación: esta admisión no necesita revisión clínica.</translation>
    </message>
    <message>
        <source>For &lt;b&gt;{name}&lt;/b&gt;, on a new patient record (intake {intake}).</source>
        <translation>Para &lt;b&gt;{name}&lt;/b&gt;, en una ficha de paciente nueva (admisión {intake}).</translation>
    </message>
    <message>
        <source>For &lt;b&gt;{name}&lt;/b&gt;, on their existing record (intake {intake}).</source>
        <translation>Para &lt;b&gt;{name}&lt;/b&gt;, en su ficha existente (admisión {intake}).</translation>
    </message>
    <message>
        <source>This may be the same person as: {people}. Ask the administrator to check the records.</source>
        <translation>Puede ser la misma persona que: {people}. Pida al administrador que revise las fichas.</translation>
    </message>
    <message>
        <source>{name}, born {born}, number {number}</source>
        <translation>{name}, nacido/a el {born}, número {number}</translation>
    </message>
    <message>
        <source>{name}, born {born}</source>
        <translation>{name}, nacido/a el {born}</translation>
    </message>
    <message>
        <source>Making the care sheet…</source>
        <translation>Preparando la hoja de cuidados…</translation>
    </message>
    <message numerus="yes">
        <source>%n referral flag: a clinician needs to check this intake.</source>
        <translation>
            <numerusform>%n alerta de derivación: un clínico necesita revisar esta admisión.</numerusform>
            <numerusform>%n alertas de derivación: un clínico necesita revisar esta admisión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral flags: a clinician needs to check this intake.</source>
        <translation>
            <numerusform>%n alerta de derivación: un clínico necesita revisar esta admisión.</numerusform>
            <numerusform>%n alertas de derivación: un clínico necesita revisar esta admisión.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPatientDialog</name>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Fecha de &amp;nacimiento</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sexo</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Clinic number</source>
        <translation>Número de &amp;historia</translation>
    </message>
    <message>
        <source>Lan&amp;guage for the patient&apos;s sheet</source>
        <translation>&amp;Idioma de la hoja del paciente</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Checking the records…</source>
        <translation>Comprobando las fichas…</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Paciente nuevo</translation>
    </message>
    <message>
        <source>{field} (required)</source>
        <translation>{field} (obligatorio)</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
    <message>
        <source>&amp;Use the selected patient</source>
        <translation>&amp;Usar el paciente elegido</translation>
    </message>
    <message>
        <source>&amp;Register as a new patient</source>
        <translation>&amp;Registrar como paciente nuevo</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between field names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>fill in or correct {fields}</source>
        <translation>rellene o corrija {fields}</translation>
    </message>
    <message>
        <source>Cannot save yet: {reasons}.</source>
        <translation>Aún no se puede guardar: {reasons}.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between reasons</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>The details could not be checked; correct them and try again.</source>
        <translation>No se pudieron comprobar los datos; corríjalos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The patient was not saved: {message}. Try again.</source>
        <translation>El paciente no se guardó: {message}. Reinténtelo.</translation>
    </message>
    <message>
        <source>Clinic number {number} already belongs to this patient. Use their record, or correct the details to register someone else.</source>
        <translation>El número de historia {number} ya es de este paciente. Use su ficha o corrija los datos para registrar a otra persona.</translation>
    </message>
    <message>
        <source>A patient with this name and date of birth is already registered. Use their record, or correct the details to register someone else.</source>
        <translation>Ya hay un paciente registrado con este nombre y fecha de nacimiento. Use su ficha o corrija los datos para registrar a otra persona.</translation>
    </message>
    <message>
        <source>This may be someone already registered: a patient with a similar name or the same date of birth. Select one and use it, or register a new patient.</source>
        <translation>Puede que ya esté registrado: hay un paciente con un nombre parecido o la misma fecha de nacimiento. Elíjalo y úselo, o registre un paciente nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>This may be someone already registered: %n patients with a similar name or the same date of birth. Select one and use it, or register a new patient.</source>
        <translation>
            <numerusform>Puede que ya esté registrado: hay %n paciente con un nombre parecido o la misma fecha de nacimiento. Elija uno y úselo, o registre un paciente nuevo.</numerusform>
            <numerusform>Puede que ya esté registrado: hay %n pacientes con un nombre parecido o la misma fecha de nacimiento. Elija uno y úselo, o registre un paciente nuevo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Clinic number</source>
        <translation>Número de historia</translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <source>Name, date of birth (YYYY-MM-DD) or clinic number</source>
        <translation>Nombre, fecha de nacimiento (AAAA-MM-DD) o número de historia</translation>
    </message>
    <message>
        <source>Type the start of a first name or surname, a date of birth (YYYY-MM-DD) or a clinic number to find a patient, or use New patient to register one.</source>
        <translation>Escriba el inicio de un nombre o apellido, una fecha de nacimiento (AAAA-MM-DD) o un número de historia para buscar un paciente, o use Paciente nuevo para registrarlo.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Opening the patient&apos;s record…</source>
        <translation>Abriendo la ficha del paciente…</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Find a patient</source>
        <translation>Buscar un paciente</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>Pacientes encontrados</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>Paciente &amp;nuevo…</translation>
    </message>
    <message>
        <source>Register a patient who is not on record (Ctrl+Shift+N)</source>
        <translation>Registrar un paciente que no tiene ficha (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>Start &amp;intake</source>
        <translation>Iniciar &amp;admisión</translation>
    </message>
    <message>
        <source>Start an intake for the selected patient (Enter)</source>
        <translation>Iniciar una admisión para el paciente elegido (Intro)</translation>
    </message>
    <message>
        <source>Cannot search: {message}. Try again in a moment.</source>
        <translation>No se puede buscar: {message}. Reinténtelo en un momento.</translation>
    </message>
    <message>
        <source>{name} is no longer on record; search again, or register them with New patient.</source>
        <translation>{name} ya no tiene ficha; busque otra vez o regístrelo con Paciente nuevo.</translation>
    </message>
    <message>
        <source>Cannot start the intake: {message}. Try again in a moment.</source>
        <translation>No se puede iniciar la admisión: {message}. Reinténtelo en un momento.</translation>
    </message>
    <message>
        <source>No patient matches “{text}”; use New patient to register them.</source>
        <translation>Ningún paciente coincide con «{text}»; use Paciente nuevo para registrarlo.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n patients found; type more to narrow the search.</source>
        <translation>
            <numerusform>Los primeros %n pacientes encontrados; escriba más para afinar la búsqueda.</numerusform>
            <numerusform>Los primeros %n pacientes encontrados; escriba más para afinar la búsqueda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient found</source>
        <translation>
            <numerusform>%n paciente encontrado</numerusform>
            <numerusform>%n pacientes encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patients found</source>
        <translation>
            <numerusform>%n paciente encontrado</numerusform>
            <numerusform>%n pacientes encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Registered {name}.</source>
        <translation>{name} registrado/a.</translation>
    </message>
    <message>
        <source>Using the existing record of {name}.</source>
        <translation>Se usa la ficha existente de {name}.</translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <source>Choose an intake from the queue to review it.</source>
        <translation>Elija una admisión de la cola para revisarla.</translation>
    </message>
    <message>
        <source>Loading the intake…</source>
        <translation>Cargando la admisión…</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>Hojas entregadas</translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation>Dónde duele</translation>
    </message>
    <message>
        <source>&amp;Decide for the whole intake…</source>
        <translation>&amp;Decidir para toda la admisión…</translation>
    </message>
    <message>
        <source>Referral &amp;letter…</source>
        <translation>&amp;Carta de derivación…</translation>
    </message>
    <message>
        <source>Preview the letter of the newest referral, then print or save</source>
        <translation>Ver la carta de la última derivación y luego imprimirla o guardarla</translation>
    </message>
    <message>
        <source>Loading the follow-up visit…</source>
        <translation>Cargando la visita de seguimiento…</translation>
    </message>
    <message>
        <source>this intake cannot be shown: {message}</source>
        <translation>no se puede mostrar esta admisión: {message}</translation>
    </message>
    <message>
        <source>No decisions yet.</source>
        <translation>Aún no hay decisiones.</translation>
    </message>
    <message>
        <source>Nothing printed or saved yet.</source>
        <translation>Aún no se ha impreso ni guardado nada.</translation>
    </message>
    <message>
        <source>The rules raised no flag for this intake.</source>
        <translation>Las reglas no generaron alertas en esta admisión.</translation>
    </message>
    <message>
        <source>The decision is on record. Print or save its referral letter with Referral letter…</source>
        <translation>La decisión está registrada. Imprima o guarde su carta con Carta de derivación…</translation>
    </message>
    <message>
        <source>The decision is on record.</source>
        <translation>La decisión está registrada.</translation>
    </message>
    <message>
        <source>Making the referral letter…</source>
        <translation>Preparando la carta de derivación…</translation>
    </message>
    <message>
        <source>referral letter</source>
        <translation>carta de derivación</translation>
    </message>
    <message>
        <source>Referral letter: print preview</source>
        <translation>Carta de derivación: vista previa</translation>
    </message>
    <message>
        <source>{kind} ({paper}, large print), {when}, by {who}</source>
        <translation>{kind} ({paper}, letra grande), {when}, por {who}</translation>
    </message>
    <message>
        <source>{kind} ({paper}), {when}, by {who}</source>
        <translation>{kind} ({paper}), {when}, por {who}</translation>
    </message>
    <message>
        <source>The handout is on record with this intake.</source>
        <translation>La hoja queda registrada con esta admisión.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Waiting only</source>
        <translation>Solo pendientes</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>The intake open on the right is no longer in this list.</source>
        <translation>La admisión abierta a la derecha ya no está en esta lista.</translation>
    </message>
    <message>
        <source>The “from” date is after the “to” date: change one of them.</source>
        <translation>La fecha «desde» es posterior a la fecha «hasta»: cambie una de ellas.</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Leyendo la cola…</translation>
    </message>
    <message>
        <source>{emergency} emergency · {urgent} urgent · {soon} soon</source>
        <translation>{emergency} emergencia · {urgent} urgentes · {soon} pronto</translation>
    </message>
    <message>
        <source>{urgent} urgent · {soon} soon</source>
        <translation>{urgent} urgentes · {soon} pronto</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Cola de revisión</translation>
    </message>
    <message>
        <source>Only intakes waiting for a decision, or decided ones too</source>
        <translation>Solo las admisiones pendientes de decisión, o también las decididas</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgencia:</translation>
    </message>
    <message>
        <source>Visit &amp;from</source>
        <translation>Visita &amp;desde</translation>
    </message>
    <message>
        <source>Visits from</source>
        <translation>Visitas desde</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>Visits up to</source>
        <translation>Visitas hasta</translation>
    </message>
    <message>
        <source>Start of a first name or surname</source>
        <translation>Inicio de un nombre o apellido</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Intakes to review</source>
        <translation>Admisiones por revisar</translation>
    </message>
    <message>
        <source>Trying again shortly.</source>
        <translation>Se reintentará en breve.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Reinténtelo en un momento.</translation>
    </message>
    <message>
        <source>Cannot read the queue: {message}. {again}</source>
        <translation>No se puede leer la cola: {message}. {again}</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Fecha de visita</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Emergency: a referral flag that may need emergency care now</source>
        <translation>Emergencia: una alerta de derivación que puede necesitar atención urgente ya</translation>
    </message>
    <message>
        <source>Urgent: a referral flag that may need checking the same day</source>
        <translation>Urgente: una alerta de derivación que puede necesitar revisión el mismo día</translation>
    </message>
    <message>
        <source>Soon: a referral flag that may need checking within days</source>
        <translation>Pronto: una alerta de derivación que puede necesitar revisión en unos días</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidida</translation>
    </message>
    <message>
        <source>Waiting for a clinician&apos;s decision</source>
        <translation>Pendiente de la decisión de un clínico</translation>
    </message>
    <message>
        <source>Every referral flag has a decision</source>
        <translation>Todas las alertas de derivación tienen decisión</translation>
    </message>
    <message>
        <source>Cannot read more of the queue: {message}</source>
        <translation>No se puede leer más de la cola: {message}</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>Waiting for a clinician&apos;s decision</source>
        <translation>Pendiente de la decisión de un clínico</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisada</translation>
    </message>
    <message>
        <source>No referral flags: no review needed</source>
        <translation>Sin alertas de derivación: no necesita revisión</translation>
    </message>
    <message>
        <source>Care sheet</source>
        <translation>Hoja de cuidados</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Carta de derivación</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicada</translation>
    </message>
    <message>
        <source>{when} — {who}: {decision}, on “{flag}”.</source>
        <translation>{when} — {who}: {decision}, sobre «{flag}».</translation>
    </message>
    <message>
        <source>{when} — {who}: {decision}, for the whole intake.</source>
        <translation>{when} — {who}: {decision}, para toda la admisión.</translation>
    </message>
    <message>
        <source>Note: {reason}</source>
        <translation>Nota: {reason}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>Advice for the patient&apos;s care sheet: no decision needed.</source>
        <translation>Consejo para la hoja de cuidados del paciente: no requiere decisión.</translation>
    </message>
    <message>
        <source>Open: waiting for a clinician&apos;s decision.</source>
        <translation>Abierta: pendiente de la decisión de un clínico.</translation>
    </message>
    <message>
        <source>Decided.</source>
        <translation>Decidida.</translation>
    </message>
    <message>
        <source>Decided (for the whole intake): {decision} — {who}, {when}.</source>
        <translation>Decidida (para toda la admisión): {decision} — {who}, {when}.</translation>
    </message>
    <message>
        <source>Decided: {decision} — {who}, {when}.</source>
        <translation>Decidida: {decision} — {who}, {when}.</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation>Nacimiento: {date}</translation>
    </message>
    <message>
        <source>Clinic number {number}</source>
        <translation>Número de historia {number}</translation>
    </message>
    <message>
        <source>No clinic number</source>
        <translation>Sin número de historia</translation>
    </message>
    <message>
        <source>Phone {phone}</source>
        <translation>Teléfono {phone}</translation>
    </message>
    <message>
        <source>Email {email}</source>
        <translation>Correo {email}</translation>
    </message>
    <message>
        <source>Visit {date} · intake {intake} · {status}</source>
        <translation>Visita {date} · admisión {intake} · {status}</translation>
    </message>
</context>
</TS>
