<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en_GB">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>2 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; no spaces</source>
        <translation>de 2 a 64 minúsculas, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;; sin espacios</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>e.g. maria.lopez</source>
        <translation>p. ej., maria.lopez</translation>
    </message>
    <message>
        <source>What they sign in with: {hint}</source>
        <translation>Con lo que inicia sesión: {hint}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Shown on records and on referral letters</source>
        <translation>Aparece en los registros y en las cartas de derivación</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Añadir usuario</translation>
    </message>
    <message>
        <source>Type a username: what they will sign in with.</source>
        <translation>Escriba un usuario: con él iniciará sesión.</translation>
    </message>
    <message>
        <source>A username is {hint}.</source>
        <translation>Un usuario tiene {hint}.</translation>
    </message>
    <message>
        <source>Type their name, as it should appear on records and letters.</source>
        <translation>Escriba su nombre tal como debe aparecer en registros y cartas.</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Añadiendo…</translation>
    </message>
    <message>
        <source>The user was not added: {problem}</source>
        <translation>No se añadió el usuario: {problem}</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>Nothing answered.</source>
        <translation>Sin respuestas.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of an answer</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>its content no longer matches its hash</source>
        <translation>su contenido ya no coincide con su hash</translation>
    </message>
    <message>
        <source>it does not follow the event before it (an event was removed or moved)</source>
        <translation>no sigue al evento anterior (se eliminó o se movió un evento)</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Cualquier día</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Any user (or part of a username)</source>
        <translation>Cualquier usuario (o parte del nombre)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Número de registro</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Apli&amp;car</translation>
    </message>
    <message>
        <source>Show the events these filters let through (Enter)</source>
        <translation>Mostrar los eventos que dejan pasar estos filtros (Intro)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Show every event again</source>
        <translation>Volver a mostrar todos los eventos</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read the trail again for events since it was shown (F5)</source>
        <translation>Volver a leer el registro para ver eventos nuevos (F5)</translation>
    </message>
    <message>
        <source>Audit events, newest first</source>
        <translation>Eventos de auditoría, los más recientes primero</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Write every event these filters show to a CSV file</source>
        <translation>Guardar en un archivo CSV todos los eventos que muestran estos filtros</translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation>Usuari&amp;o:</translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation>Acci&amp;ón:</translation>
    </message>
    <message>
        <source>Recor&amp;d:</source>
        <translation>Regis&amp;tro:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Cannot read the audit trail: {problem}. Try again in a moment</source>
        <translation>No se puede leer el registro de auditoría: {problem}. Inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <source>The From day is after the To day; choose a From day on or before the To day</source>
        <translation>El día Desde es posterior al día Hasta; elija un día Desde igual o anterior al día Hasta</translation>
    </message>
    <message>
        <source>Exporting the audit trail to {path}…</source>
        <translation>Exportando el registro de auditoría a {path}…</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Sin eventos</translation>
    </message>
    <message>
        <source>Checking that no event was changed…</source>
        <translation>Comprobando que ningún evento se haya modificado…</translation>
    </message>
    <message>
        <source>Trail intact: {events} checked; none was changed, removed or moved.</source>
        <translation>Registro intacto: {events} comprobados; ninguno se modificó, eliminó ni movió.</translation>
    </message>
    <message>
        <source>Trail altered at event {number} ({time}, {action}): {problem}. Keep this database as it is and compare it with a backup; `clinic-intake audit verify` gives the same answer.</source>
        <translation>Registro alterado en el evento {number} ({time}, {action}): {problem}. Deje esta base de datos tal como está y compárela con una copia de seguridad; `clinic-intake audit verify` da la misma respuesta.</translation>
    </message>
    <message>
        <source>Cannot check the audit trail: {problem}. Try again in a moment.</source>
        <translation>No se puede comprobar el registro de auditoría: {problem}. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Cannot read the audit trail: {problem}</source>
        <translation>No se puede leer el registro de auditoría: {problem}</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Cualquier registro</translation>
    </message>
    <message>
        <source>Exported {events} to {path}.</source>
        <translation>Exportado a {path}: {events}.</translation>
    </message>
    <message>
        <source>Cannot export the audit trail: {problem}</source>
        <translation>No se puede exportar el registro de auditoría: {problem}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Cannot read more of the audit trail: {problem}</source>
        <translation>No se puede leer más del registro de auditoría: {problem}</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>{what} failed unexpectedly; the details are in the log. Try again, and if it happens again, tell your administrator</source>
        <translation>Falló de forma inesperada: {what}. Los detalles están en el registro. Inténtelo de nuevo y, si vuelve a ocurrir, avise al administrador</translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message>
        <source>The backup folder {folder} cannot be written ({reason}).</source>
        <translation>No se puede escribir en la carpeta de copias {folder} ({reason}).</translation>
    </message>
    <message>
        <source>The backup failed: {reason}.</source>
        <translation>La copia de seguridad falló: {reason}.</translation>
    </message>
    <message>
        <source>No backup has been made on this computer yet.</source>
        <translation>Todavía no se ha hecho ninguna copia de seguridad en este ordenador.</translation>
    </message>
    <message>
        <source>No backup in the last {days} days (the newest is from {when}).</source>
        <translation>Ninguna copia de seguridad en los últimos {days} días (la más reciente es de {when}).</translation>
    </message>
    <message>
        <source>An administrator can look at Settings, Backups.</source>
        <translation>Un administrador puede revisarlo en Ajustes, Copias de seguridad.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>the day&apos;s first start</source>
        <translation>el primer inicio del día</translation>
    </message>
    <message>
        <source>at exit</source>
        <translation>al salir</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Elegir la carpeta de copias</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>This computer backs up its database on the day&apos;s first start and at every exit, and checks each backup. It keeps 7 daily, 4 weekly and 12 monthly backups. Choose a folder on another disk or a share, so a failed disk does not take the backups with it.</source>
        <translation>Este ordenador hace una copia de seguridad de su base de datos en el primer inicio del día y cada vez que se sale, y comprueba cada copia. Guarda 7 copias diarias, 4 semanales y 12 mensuales. Elija una carpeta en otro disco o en una carpeta compartida, para que un disco averiado no se lleve también las copias.</translation>
    </message>
    <message>
        <source>Choose fol&amp;der…</source>
        <translation>Eleg&amp;ir carpeta…</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Copias guardadas</translation>
    </message>
    <message>
        <source>Back up n&amp;ow</source>
        <translation>Hacer copia a&amp;hora</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Carpeta de copias:</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Última copia:</translation>
    </message>
    <message>
        <source>Looking at the backups…</source>
        <translation>Revisando las copias…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <source>Trying the folder…</source>
        <translation>Probando la carpeta…</translation>
    </message>
    <message>
        <source>Backups now go to {folder}.</source>
        <translation>Las copias se guardan ahora en {folder}.</translation>
    </message>
    <message>
        <source>Backed up and checked: {file}.</source>
        <translation>Copia hecha y comprobada: {file}.</translation>
    </message>
    <message>
        <source>A PostgreSQL database is backed up on the server (pg_dump), not by this computer: see the README, Backups.</source>
        <translation>Una base de datos PostgreSQL se copia en el servidor (pg_dump), no en este ordenador: vea el README, Backups.</translation>
    </message>
    <message>
        <source>{when} ({why})</source>
        <translation>{when} ({why})</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguna todavía</translation>
    </message>
    <message>
        <source>{when} ({why}): {file}</source>
        <translation>{when} ({why}): {file}</translation>
    </message>
</context>
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
    <name>ConsentPage</name>
    <message>
        <source>Loading the consent text…</source>
        <translation>Cargando el texto de consentimiento…</translation>
    </message>
    <message>
        <source>I have read this and I agree</source>
        <translation>Lo he leído y estoy de acuerdo</translation>
    </message>
    <message>
        <source>Please sign here with your finger:</source>
        <translation>Firme aquí con el dedo:</translation>
    </message>
    <message>
        <source>Clear my signature</source>
        <translation>Borrar mi firma</translation>
    </message>
    <message>
        <source>This kiosk has no consent text in your language yet. Please ask the front desk.</source>
        <translation>Este quiosco aún no tiene el texto de consentimiento en su idioma. Pregunte en recepción.</translation>
    </message>
    <message>
        <source>The consent text could not be loaded. Please ask the front desk for help.</source>
        <translation>No se pudo cargar el texto de consentimiento. Pida ayuda en recepción.</translation>
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
        <translation>Emergencia: atención ya</translation>
    </message>
    <message>
        <source>Urgent — same day</source>
        <translation>Urgente: el mismo día</translation>
    </message>
    <message>
        <source>Soon — within days</source>
        <translation>Pronto: en unos días</translation>
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
    <name>DeskAlertBar</name>
    <message>
        <source>⚠ Emergency alert at the desk. Unlock to see who and why.</source>
        <translation>⚠ Alerta de urgencia vital en recepción. Desbloquee para ver quién y por qué.</translation>
    </message>
    <message>
        <source>Urgent alert at the desk. Unlock to see it.</source>
        <translation>Alerta urgente en recepción. Desbloquee para verla.</translation>
    </message>
    <message>
        <source>Needs emergency care now (the emergency department or emergency number).</source>
        <translation>Necesita atención de emergencia ya (urgencias o número de emergencias).</translation>
    </message>
    <message>
        <source>Needs seeing by a clinician today.</source>
        <translation>Necesita que lo vea un clínico hoy.</translation>
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
        <source>Emergency alert</source>
        <translation>Alerta de emergencia</translation>
    </message>
    <message>
        <source>Urgent alert</source>
        <translation>Alerta urgente</translation>
    </message>
    <message>
        <source>Emergency alert for {patient}</source>
        <translation>Alerta de emergencia de {patient}</translation>
    </message>
    <message>
        <source>Urgent alert for {patient}</source>
        <translation>Alerta urgente de {patient}</translation>
    </message>
    <message>
        <source>Acknowledge emergency alert (unlock first)</source>
        <translation>Confirmar alerta de emergencia (desbloquee antes)</translation>
    </message>
    <message>
        <source>Acknowledge urgent alert (unlock first)</source>
        <translation>Confirmar alerta urgente (desbloquee antes)</translation>
    </message>
    <message>
        <source>Acknowledge the emergency alert for {patient}</source>
        <translation>Confirmar la alerta de emergencia de {patient}</translation>
    </message>
    <message>
        <source>Acknowledge the urgent alert for {patient}</source>
        <translation>Confirmar la alerta urgente de {patient}</translation>
    </message>
    <message>
        <source>Desk alerts</source>
        <translation>Alertas de recepción</translation>
    </message>
    <message>
        <source>That alert was already acknowledged by {who} at {time}.</source>
        <translation>{who} ya confirmó esa alerta a las {time}.</translation>
    </message>
    <message>
        <source>The alert was not acknowledged: {problem}. Try again in a moment.</source>
        <translation>La alerta no se confirmó: {problem}. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Unlock the window to see and acknowledge the alert</source>
        <translation>Desbloquee la ventana para ver y confirmar la alerta</translation>
    </message>
    <message>
        <source>Raised at {time} by {who} ({record})</source>
        <translation>Creada a las {time} por {who} ({record})</translation>
    </message>
    <message>
        <source>{patient} (own entry at {kiosk})</source>
        <translation>{patient} (datos propios en {kiosk})</translation>
    </message>
    <message>
        <source>{patient} (follow-up visit)</source>
        <translation>{patient} (visita de seguimiento)</translation>
    </message>
    <message>
        <source>patient entry {number} from {kiosk}</source>
        <translation>datos del paciente {number} desde {kiosk}</translation>
    </message>
    <message>
        <source>intake {number}</source>
        <translation>admisión {number}</translation>
    </message>
    <message>
        <source>follow-up {followup} of intake {number}</source>
        <translation>seguimiento {followup} de la admisión {number}</translation>
    </message>
    <message>
        <source>Seen and acted on: take this alert off every workstation ({keys} comes here)</source>
        <translation>Vista y atendida: quitar esta alerta de todos los puestos ({keys} trae aquí)</translation>
    </message>
</context>
<context>
    <name>DiscardDialog</name>
    <message>
        <source>Discard a patient entry</source>
        <translation>Descartar una entrada de paciente</translation>
    </message>
    <message>
        <source>Why is the entry of {patient} set aside? The reason is kept with the entry.</source>
        <translation>¿Por qué se aparta la entrada de {patient}? El motivo se guarda con la entrada.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>For example: a test entry, or entered twice</source>
        <translation>Por ejemplo: una entrada de prueba, o entrada dos veces</translation>
    </message>
    <message>
        <source>&amp;Discard the entry</source>
        <translation>&amp;Descartar la entrada</translation>
    </message>
    <message>
        <source>Say why the entry is discarded; nothing was changed.</source>
        <translation>Diga por qué se descarta la entrada; no se ha cambiado nada.</translation>
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
    <name>EncryptionPage</name>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Consultando…</translation>
    </message>
    <message>
        <source>The records are on a PostgreSQL server: encryption at rest is the server&apos;s disk (ask whoever looks after the server).</source>
        <translation>Los registros están en un servidor PostgreSQL: el cifrado en reposo corresponde al disco del servidor (pregunte a quien se ocupa del servidor).</translation>
    </message>
    <message>
        <source>This database is not encrypted: anyone who copies its file can read every record. Close the app and run `clinic-intake db encrypt` to encrypt it.</source>
        <translation>Esta base de datos no está cifrada: quien copie su archivo puede leer todos los registros. Cierre la aplicación y ejecute `clinic-intake db encrypt` para cifrarla.</translation>
    </message>
    <message>
        <source>This database is encrypted (SQLCipher, 256-bit key).</source>
        <translation>Esta base de datos está cifrada (SQLCipher, clave de 256 bits).</translation>
    </message>
    <message>
        <source>Its key is kept in this computer&apos;s keyring.</source>
        <translation>Su clave se guarda en el llavero de este ordenador.</translation>
    </message>
    <message>
        <source>Its key is kept in a file on this computer (no keyring was found).</source>
        <translation>Su clave se guarda en un archivo de este ordenador (no se encontró ningún llavero).</translation>
    </message>
    <message>
        <source>Warning: {warning}.</source>
        <translation>Aviso: {warning}.</translation>
    </message>
    <message>
        <source>If this computer&apos;s keyring or key file is lost, the records open again with the recovery key written down when the database was made: on the computer that has the database, run `clinic-intake db recover` and type it.</source>
        <translation>Si se pierde el llavero o el archivo de clave de este ordenador, los registros se vuelven a abrir con la clave de recuperación que se anotó al crear la base de datos: en el ordenador que tiene la base de datos, ejecute `clinic-intake db recover` y escríbala.</translation>
    </message>
</context>
<context>
    <name>EntriesPage</name>
    <message>
        <source>a FHIR form</source>
        <translation>un formulario FHIR</translation>
    </message>
    <message>
        <source>Patient entries waiting for the desk</source>
        <translation>Entradas de pacientes pendientes de recepción</translation>
    </message>
    <message>
        <source>Answers patients gave themselves, waiting for the desk</source>
        <translation>Respuestas que dieron los propios pacientes, pendientes de recepción</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Check the selected entry in the intake form (Enter)</source>
        <translation>Revisar la entrada elegida en el formulario de admisión (Intro)</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>Set the selected entry aside, saying why</source>
        <translation>Apartar la entrada elegida, diciendo por qué</translation>
    </message>
    <message>
        <source>No entries are waiting.</source>
        <translation>No hay entradas pendientes.</translation>
    </message>
    <message>
        <source>The entries could not be read ({message}); trying again shortly.</source>
        <translation>No se pudieron leer las entradas ({message}); se volverá a intentar en breve.</translation>
    </message>
    <message>
        <source>Discarding…</source>
        <translation>Descartando…</translation>
    </message>
    <message>
        <source>The entry was discarded; the reason is on record.</source>
        <translation>La entrada se descartó; el motivo queda registrado.</translation>
    </message>
    <message>
        <source>The entry was not discarded: {message}</source>
        <translation>La entrada no se descartó: {message}</translation>
    </message>
</context>
<context>
    <name>EntryCorrections</name>
    <message>
        <source>Entered by the patient on a FHIR form</source>
        <translation>Introducida por el paciente en un formulario FHIR</translation>
    </message>
    <message>
        <source>Entered by the patient at {source}</source>
        <translation>Introducida por el paciente en {source}</translation>
    </message>
    <message>
        <source>{field}: the patient said {said}; the desk recorded {recorded}</source>
        <translation>{field}: el paciente dijo {said}; recepción registró {recorded}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>The desk&apos;s check changed these answers:</source>
        <translation>La revisión de recepción cambió estas respuestas:</translation>
    </message>
    <message>
        <source>The desk&apos;s check changed none of the patient&apos;s answers.</source>
        <translation>La revisión de recepción no cambió ninguna respuesta del paciente.</translation>
    </message>
    <message>
        <source>Checked in by {who}.</source>
        <translation>Revisada por {who}.</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <source>Whose answers these are</source>
        <translation>De quién son estas respuestas</translation>
    </message>
    <message>
        <source>Ma&amp;tch to:</source>
        <translation>Pacien&amp;te:</translation>
    </message>
    <message>
        <source>Answers from the patient on a FHIR form, {time} — check each step</source>
        <translation>Respuestas del paciente en un formulario FHIR, {time}: revise cada paso</translation>
    </message>
    <message>
        <source>Answers from the patient at {source}, {time} — check each step</source>
        <translation>Respuestas del paciente en {source}, {time}: revise cada paso</translation>
    </message>
    <message>
        <source>(unfinished: the patient left before the end)</source>
        <translation>(sin terminar: el paciente se fue antes del final)</translation>
    </message>
    <message>
        <source>Fields the patient answered are outlined with dashes, those the desk changed with dots.</source>
        <translation>Los campos que respondió el paciente llevan un borde discontinuo; los que cambió recepción, uno de puntos.</translation>
    </message>
    <message>
        <source>A new patient (registered from these answers)</source>
        <translation>Un paciente nuevo (se registra con estas respuestas)</translation>
    </message>
    <message>
        <source>The name or date of birth as typed cannot be matched to a patient; correct them on the first step.</source>
        <translation>El nombre o la fecha de nacimiento escritos no permiten buscar al paciente; corríjalos en el primer paso.</translation>
    </message>
    <message>
        <source>{patient} — already registered with these details</source>
        <translation>{patient}: ya registrado con estos datos</translation>
    </message>
    <message>
        <source>{patient} — a likely duplicate</source>
        <translation>{patient}: un probable duplicado</translation>
    </message>
    <message>
        <source>The details match a registered patient.</source>
        <translation>Los datos coinciden con un paciente registrado.</translation>
    </message>
    <message numerus="yes">
        <source>%n registered patient(s) look like this one: choose them if it is the same person.</source>
        <translation>
            <numerusform>%n paciente registrado se parece a este: elíjalo si es la misma persona.</numerusform>
            <numerusform>%n pacientes registrados se parecen a este: elija uno si es la misma persona.</numerusform>
        </translation>
    </message>
    <message>
        <source>No registered patient matches these details.</source>
        <translation>Ningún paciente registrado coincide con estos datos.</translation>
    </message>
    <message>
        <source>Answered by the patient</source>
        <translation>Respondido por el paciente</translation>
    </message>
    <message>
        <source>Changed by the desk (the patient&apos;s answer is kept)</source>
        <translation>Cambiado en recepción (se guarda la respuesta del paciente)</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Name as typed</source>
        <translation>Nombre escrito</translation>
    </message>
    <message>
        <source>Date of birth as typed</source>
        <translation>Fecha de nacimiento escrita</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(no indicada)</translation>
    </message>
    <message>
        <source>Unfinished (left idle)</source>
        <translation>Sin terminar (abandonada)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <source>Exercises for this patient</source>
        <translation>Ejercicios para este paciente</translation>
    </message>
    <message>
        <source>Print the e&amp;xercise sheet with the care sheet</source>
        <translation>Imprimir la hoja de e&amp;jercicios con la hoja de cuidados</translation>
    </message>
    <message>
        <source>Choosing the exercises…</source>
        <translation>Eligiendo los ejercicios…</translation>
    </message>
    <message>
        <source>No home exercises: an emergency flag fired, and emergency care comes first. The sheet says so.</source>
        <translation>Sin ejercicios en casa: hay un aviso de emergencia y primero va la atención urgente. La hoja lo dice.</translation>
    </message>
    <message>
        <source>No home exercises until a clinician has checked the foot: a referral flag says it should be kept still.</source>
        <translation>Sin ejercicios en casa hasta que un clínico revise el pie: un aviso de derivación pide mantenerlo quieto.</translation>
    </message>
    <message>
        <source>Only gentle exercises until a clinician has seen the patient: a referral flag is open. No strength work.</source>
        <translation>Solo ejercicios suaves hasta que un clínico vea al paciente: hay un aviso de derivación abierto. Nada de fuerza.</translation>
    </message>
    <message>
        <source>Chosen from the patient&apos;s answers and flags.</source>
        <translation>Elegidos según las respuestas y los avisos del paciente.</translation>
    </message>
    <message>
        <source>Tick or untick an exercise to add or remove it.</source>
        <translation>Marque o desmarque un ejercicio para añadirlo o quitarlo.</translation>
    </message>
    <message>
        <source>The exercises could not be chosen. {problem}</source>
        <translation>No se pudieron elegir los ejercicios. {problem}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Creating the account…</source>
        <translation>Creando la cuenta…</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>al menos {count} caracteres</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same one twice.</source>
        <translation>Las dos contraseñas no coinciden. Escriba la misma dos veces.</translation>
    </message>
    <message>
        <source>Set up the administrator account</source>
        <translation>Configurar la cuenta de administrador</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator&apos;s account first. The administrator adds the accounts for the front desk and the clinicians.</source>
        <translation>Esta base de datos aún no tiene cuentas. Cree primero la cuenta de administrador. El administrador añade las cuentas de recepción y de los clínicos.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>lower-case letters and digits, e.g. admin</source>
        <translation>minúsculas y dígitos, p. ej., admin</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Su &amp;nombre</translation>
    </message>
    <message>
        <source>as it should appear on records and letters</source>
        <translation>tal como debe aparecer en registros y cartas</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Repita la contr&amp;aseña</translation>
    </message>
</context>
<context>
    <name>FlagCard</name>
    <message>
        <source>Decide on this flag…</source>
        <translation>Decidir sobre esta alerta…</translation>
    </message>
    <message>
        <source>Decide on: {title}</source>
        <translation>Decidir sobre: {title}</translation>
    </message>
</context>
<context>
    <name>FlagWords</name>
    <message>
        <source>Emergency — care now</source>
        <translation>Emergencia: atención ya</translation>
    </message>
    <message>
        <source>Urgent — same day</source>
        <translation>Urgente: el mismo día</translation>
    </message>
    <message>
        <source>Soon — within days</source>
        <translation>Pronto: en unos días</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>For the clinician only — not printed on the sheet</source>
        <translation>Solo para el clínico; no se imprime en la hoja</translation>
    </message>
    <message>
        <source>a document format this version reads</source>
        <translation>un formato de documento que esta versión lea</translation>
    </message>
    <message>
        <source>the visit date</source>
        <translation>la fecha de la visita</translation>
    </message>
    <message>
        <source>the distance in the last 7 days</source>
        <translation>la distancia de los últimos 7 días</translation>
    </message>
    <message>
        <source>which foot</source>
        <translation>qué pie</translation>
    </message>
    <message>
        <source>where it hurts</source>
        <translation>dónde duele</translation>
    </message>
    <message>
        <source>the pain now (0–10)</source>
        <translation>el dolor ahora (0–10)</translation>
    </message>
    <message>
        <source>the distance unit</source>
        <translation>la unidad de distancia</translation>
    </message>
    <message>
        <source>the distance the week before</source>
        <translation>la distancia de la semana anterior</translation>
    </message>
    <message>
        <source>the changes in the last 4 weeks</source>
        <translation>los cambios de las últimas 4 semanas</translation>
    </message>
    <message>
        <source>the surfaces</source>
        <translation>las superficies</translation>
    </message>
    <message>
        <source>the distance on the main pair</source>
        <translation>la distancia con el par principal</translation>
    </message>
    <message>
        <source>the pairs in rotation</source>
        <translation>los pares que alterna</translation>
    </message>
    <message>
        <source>whether the shoes fit</source>
        <translation>si las zapatillas le quedan bien</translation>
    </message>
    <message>
        <source>whether the cushioning is worn</source>
        <translation>si la amortiguación está gastada</translation>
    </message>
    <message>
        <source>cross-training</source>
        <translation>entrenamiento cruzado</translation>
    </message>
    <message>
        <source>when the pain started</source>
        <translation>cuándo empezó el dolor</translation>
    </message>
    <message>
        <source>how it feels</source>
        <translation>cómo se siente</translation>
    </message>
    <message>
        <source>whether they can point to one spot</source>
        <translation>si puede señalar un punto</translation>
    </message>
    <message>
        <source>whether pressing a bone hurts</source>
        <translation>si duele al presionar un hueso</translation>
    </message>
    <message>
        <source>numbness or tingling</source>
        <translation>entumecimiento u hormigueo</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>hinchazón</translation>
    </message>
    <message>
        <source>redness</source>
        <translation>enrojecimiento</translation>
    </message>
    <message>
        <source>whether the area feels hot</source>
        <translation>si la zona está caliente</translation>
    </message>
    <message>
        <source>fever</source>
        <translation>fiebre</translation>
    </message>
    <message>
        <source>weight bearing</source>
        <translation>apoyo del pie</translation>
    </message>
    <message>
        <source>worse with activity</source>
        <translation>empeora con la actividad</translation>
    </message>
    <message>
        <source>pain at night</source>
        <translation>dolor nocturno</translation>
    </message>
    <message>
        <source>pain with the first steps in the morning</source>
        <translation>dolor en los primeros pasos de la mañana</translation>
    </message>
    <message>
        <source>the days of self-care tried</source>
        <translation>los días de autocuidado</translation>
    </message>
    <message>
        <source>whether it is getting better</source>
        <translation>si está mejorando</translation>
    </message>
    <message>
        <source>what started it</source>
        <translation>qué lo provocó</translation>
    </message>
    <message>
        <source>the colour of the foot</source>
        <translation>el color del pie</translation>
    </message>
    <message>
        <source>whether the foot feels cold</source>
        <translation>si el pie está frío</translation>
    </message>
    <message>
        <source>pain far worse than the injury</source>
        <translation>dolor mucho mayor que la lesión</translation>
    </message>
    <message>
        <source>whether the redness is spreading</source>
        <translation>si el enrojecimiento se extiende</translation>
    </message>
    <message>
        <source>whether they feel very unwell</source>
        <translation>si se siente muy mal</translation>
    </message>
    <message>
        <source>a wound on the foot</source>
        <translation>una herida en el pie</translation>
    </message>
    <message>
        <source>the minutes of morning stiffness</source>
        <translation>los minutos de rigidez matutina</translation>
    </message>
    <message>
        <source>the history</source>
        <translation>los antecedentes</translation>
    </message>
    <message>
        <source>a past stress fracture</source>
        <translation>una fractura por estrés previa</translation>
    </message>
    <message>
        <source>diabetes</source>
        <translation>diabetes</translation>
    </message>
    <message>
        <source>reduced feeling in the feet</source>
        <translation>menos sensibilidad en los pies</translation>
    </message>
    <message>
        <source>low bone density</source>
        <translation>baja densidad ósea</translation>
    </message>
    <message>
        <source>absent or irregular periods</source>
        <translation>reglas ausentes o irregulares</translation>
    </message>
    <message>
        <source>restricted eating</source>
        <translation>restricción de la comida</translation>
    </message>
    <message>
        <source>other joints affected</source>
        <translation>otras articulaciones afectadas</translation>
    </message>
    <message>
        <source>a recent fluoroquinolone antibiotic</source>
        <translation>un antibiótico fluoroquinolona reciente</translation>
    </message>
    <message>
        <source>unexplained weight loss</source>
        <translation>pérdida de peso sin explicación</translation>
    </message>
    <message>
        <source>cancer now or in the past</source>
        <translation>cáncer actual o pasado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>sin dato</translation>
    </message>
    <message>
        <source>Why: {why}</source>
        <translation>Por qué: {why}</translation>
    </message>
    <message>
        <source>Rests on: {source}</source>
        <translation>Se basa en: {source}</translation>
    </message>
    <message>
        <source>Rule set: {version}</source>
        <translation>Reglas: {version}</translation>
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
    <message>
        <source>Flags for this intake</source>
        <translation>Alertas de esta admisión</translation>
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
        <source>With the e&amp;xercises for this week&apos;s plan</source>
        <translation>Con los e&amp;jercicios del plan de esta semana</translation>
    </message>
    <message>
        <source>The exercise sheet of this stage of the plan, on the pages after the sheet</source>
        <translation>La hoja de ejercicios de esta etapa del plan, en las páginas después de la hoja</translation>
    </message>
    <message>
        <source>&amp;Back to the patient</source>
        <translation>&amp;Volver al paciente</translation>
    </message>
    <message>
        <source>The follow-up sheet is kept with the visit.</source>
        <translation>La hoja de seguimiento queda guardada con la visita.</translation>
    </message>
    <message>
        <source>The follow-up sheet was handed over but could not be put on record. {problem} Once that is solved, save it again so a copy is kept.</source>
        <translation>La hoja de seguimiento se entregó, pero no se pudo registrar. {problem} Cuando se resuelva, guárdela de nuevo para conservar una copia.</translation>
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
    <name>FootMap</name>
    <message>
        <source>Point at the drawing to name a region.</source>
        <translation>Señale el dibujo para ver el nombre de una zona.</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Pie izquierdo</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Pie derecho</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>Ambos pies</translation>
    </message>
    <message>
        <source>Foot (side not chosen yet)</source>
        <translation>Pie (lado aún sin elegir)</translation>
    </message>
    <message>
        <source>Heel</source>
        <translation>Talón</translation>
    </message>
    <message>
        <source>underside and back of the heel</source>
        <translation>planta y parte posterior del talón</translation>
    </message>
    <message>
        <source>Arch</source>
        <translation>Arco</translation>
    </message>
    <message>
        <source>the arch, underside of the midfoot</source>
        <translation>el arco, planta del mediopié</translation>
    </message>
    <message>
        <source>Ball of the foot</source>
        <translation>Parte anterior de la planta</translation>
    </message>
    <message>
        <source>under the heads of the metatarsals</source>
        <translation>bajo las cabezas de los metatarsianos</translation>
    </message>
    <message>
        <source>Smaller toes</source>
        <translation>Dedos menores</translation>
    </message>
    <message>
        <source>the lesser toes</source>
        <translation>los dedos segundo a quinto</translation>
    </message>
    <message>
        <source>Big toe joint</source>
        <translation>Articulación del dedo gordo</translation>
    </message>
    <message>
        <source>the big toe joint and the sesamoids beneath it</source>
        <translation>la articulación del dedo gordo y los sesamoideos debajo</translation>
    </message>
    <message>
        <source>Top of the foot</source>
        <translation>Dorso del pie</translation>
    </message>
    <message>
        <source>the top (dorsum) of the midfoot and forefoot</source>
        <translation>el dorso del mediopié y del antepié</translation>
    </message>
    <message>
        <source>Outer edge of the foot</source>
        <translation>Borde externo del pie</translation>
    </message>
    <message>
        <source>outer edge of the midfoot: base of the 5th metatarsal</source>
        <translation>borde externo del mediopié: base del 5.º metatarsiano</translation>
    </message>
    <message>
        <source>Inner edge of the foot</source>
        <translation>Borde interno del pie</translation>
    </message>
    <message>
        <source>inner edge of the midfoot: the navicular</source>
        <translation>borde interno del mediopié: el navicular</translation>
    </message>
    <message>
        <source>Achilles tendon</source>
        <translation>Tendón de Aquiles</translation>
    </message>
    <message>
        <source>the Achilles tendon above the heel</source>
        <translation>el tendón de Aquiles sobre el talón</translation>
    </message>
    <message>
        <source>Ankle</source>
        <translation>Tobillo</translation>
    </message>
    <message>
        <source>around the ankle bones (malleoli)</source>
        <translation>alrededor de los huesos del tobillo (maléolos)</translation>
    </message>
    <message>
        <source>Underside</source>
        <translation>Planta</translation>
    </message>
    <message>
        <source>Inner side</source>
        <translation>Lado interno</translation>
    </message>
    <message>
        <source>Outer side</source>
        <translation>Lado externo</translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation>Dónde duele</translation>
    </message>
    <message>
        <source>Drawing of the foot from underneath, the inner side and the outer side. Mark each painful region with the checkboxes that follow.</source>
        <translation>Dibujo del pie visto desde abajo, por el lado interno y por el externo. Marque cada zona dolorosa con las casillas siguientes.</translation>
    </message>
    <message>
        <source>Marked: {regions}</source>
        <translation>Marcado: {regions}</translation>
    </message>
    <message>
        <source>Nothing marked yet</source>
        <translation>Nada marcado aún</translation>
    </message>
</context>
<context>
    <name>HandoutPrinting</name>
    <message>
        <source>care sheet</source>
        <translation>hoja de cuidados</translation>
    </message>
    <message>
        <source>referral letter</source>
        <translation>carta de derivación</translation>
    </message>
    <message>
        <source>Care sheet: print preview</source>
        <translation>Hoja de cuidados: vista previa</translation>
    </message>
    <message>
        <source>Care sheet (large print): print preview</source>
        <translation>Hoja de cuidados (letra grande): vista previa</translation>
    </message>
    <message>
        <source>Care sheet and exercises (large print): print preview</source>
        <translation>Hoja de cuidados y ejercicios (letra grande): vista previa</translation>
    </message>
    <message>
        <source>Care sheet and exercises: print preview</source>
        <translation>Hoja de cuidados y ejercicios: vista previa</translation>
    </message>
    <message>
        <source>The {document} could not be made. {problem}</source>
        <translation>No se pudo crear el documento ({document}). {problem}</translation>
    </message>
    <message>
        <source>The {document} was printed but could not be put on record. {problem} Once that is solved, save it again so a copy is kept.</source>
        <translation>El documento ({document}) se imprimió, pero no quedó registrado. {problem} Cuando se resuelva, guárdelo de nuevo para conservar una copia.</translation>
    </message>
    <message>
        <source>The {document} was saved but could not be put on record. {problem} Once that is solved, save it again so a copy is kept.</source>
        <translation>El documento ({document}) se guardó, pero no quedó registrado. {problem} Cuando se resuelva, guárdelo de nuevo para conservar una copia.</translation>
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
    <name>IntakeFields</name>
    <message>
        <source>Not asked</source>
        <translation>No preguntado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin dato</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Kilometres (km)</source>
        <translation>Kilómetros (km)</translation>
    </message>
    <message>
        <source>Miles (mi)</source>
        <translation>Millas (mi)</translation>
    </message>
    <message>
        <source>Clinic default</source>
        <translation>El de la clínica</translation>
    </message>
    <message>
        <source>Choose a foot…</source>
        <translation>Elija un pie…</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Pie izquierdo</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Pie derecho</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>Ambos pies</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>A lot</source>
        <translation>Mucha</translation>
    </message>
    <message>
        <source>Walks normally, no pain</source>
        <translation>Camina con normalidad, sin dolor</translation>
    </message>
    <message>
        <source>Walks normally, but it hurts</source>
        <translation>Camina con normalidad, pero duele</translation>
    </message>
    <message>
        <source>Cannot walk normally (limps)</source>
        <translation>No puede caminar con normalidad (cojea)</translation>
    </message>
    <message>
        <source>Cannot take four steps on it</source>
        <translation>No puede dar cuatro pasos apoyándolo</translation>
    </message>
    <message>
        <source>Yes, it is getting better</source>
        <translation>Sí, está mejorando</translation>
    </message>
    <message>
        <source>No, it is not getting better</source>
        <translation>No, no está mejorando</translation>
    </message>
    <message>
        <source>Nothing: it came on by itself</source>
        <translation>Nada: apareció solo</translation>
    </message>
    <message>
        <source>A twist</source>
        <translation>Una torcedura</translation>
    </message>
    <message>
        <source>A fall</source>
        <translation>Una caída</translation>
    </message>
    <message>
        <source>A blow or a knock</source>
        <translation>Un golpe</translation>
    </message>
    <message>
        <source>A sudden snap or pop</source>
        <translation>Un chasquido repentino</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Pale or white</source>
        <translation>Pálido o blanco</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azulado</translation>
    </message>
    <message>
        <source>Blotchy (mottled)</source>
        <translation>Con manchas (moteado)</translation>
    </message>
    <message>
        <source>More distance</source>
        <translation>Más distancia</translation>
    </message>
    <message>
        <source>Faster or harder sessions</source>
        <translation>Sesiones más rápidas o duras</translation>
    </message>
    <message>
        <source>More hills</source>
        <translation>Más cuestas</translation>
    </message>
    <message>
        <source>A new surface</source>
        <translation>Una superficie nueva</translation>
    </message>
    <message>
        <source>New shoes</source>
        <translation>Zapatillas nuevas</translation>
    </message>
    <message>
        <source>A race</source>
        <translation>Una carrera</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Asfalto</translation>
    </message>
    <message>
        <source>Concrete</source>
        <translation>Cemento</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>Montaña</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Treadmill</source>
        <translation>Cinta</translation>
    </message>
    <message>
        <source>Grass</source>
        <translation>Hierba</translation>
    </message>
    <message>
        <source>Sand</source>
        <translation>Arena</translation>
    </message>
    <message>
        <source>Aching</source>
        <translation>Molestia sorda</translation>
    </message>
    <message>
        <source>Sore</source>
        <translation>Dolorido</translation>
    </message>
    <message>
        <source>Sharp</source>
        <translation>Agudo</translation>
    </message>
    <message>
        <source>Stabbing</source>
        <translation>Punzante</translation>
    </message>
    <message>
        <source>Burning</source>
        <translation>Ardor</translation>
    </message>
    <message>
        <source>Throbbing</source>
        <translation>Pulsátil</translation>
    </message>
    <message>
        <source>Shooting</source>
        <translation>Lancinante</translation>
    </message>
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
</context>
<context>
    <name>IntakeForm</name>
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
    <message>
        <source>Opening the patient&apos;s entry…</source>
        <translation>Abriendo la entrada del paciente…</translation>
    </message>
    <message>
        <source>Your corrections to the open patient&apos;s entry are not submitted and will be lost (the entry stays in the list). Open the other entry?</source>
        <translation>Sus correcciones a la entrada abierta no se han enviado y se perderán (la entrada sigue en la lista). ¿Abrir la otra entrada?</translation>
    </message>
    <message>
        <source>The intake on the form is not submitted. It is kept as a draft, offered at your next sign-in. Open the patient&apos;s entry?</source>
        <translation>La admisión del formulario no se ha enviado. Se guarda como borrador y se le ofrecerá al volver a iniciar sesión. ¿Abrir la entrada del paciente?</translation>
    </message>
    <message>
        <source>Open a patient&apos;s entry</source>
        <translation>Abrir la entrada de un paciente</translation>
    </message>
    <message>
        <source>Not a draft: the entry waits in the list until it is submitted</source>
        <translation>No es un borrador: la entrada espera en la lista hasta que se envíe</translation>
    </message>
    <message>
        <source>Your corrections from {time}, kept on this computer, are back; the entry waits in the list until it is submitted</source>
        <translation>Sus correcciones de las {time}, guardadas en este ordenador, han vuelto; la entrada espera en la lista hasta que se envíe</translation>
    </message>
    <message>
        <source>The patient&apos;s entry could not be opened: {message}</source>
        <translation>No se pudo abrir la entrada del paciente: {message}</translation>
    </message>
    <message>
        <source>Not submitted: another desk has dealt with this entry ({message}). The form is empty again.</source>
        <translation>No enviada: otro puesto ya se ocupó de esta entrada ({message}). El formulario vuelve a estar vacío.</translation>
    </message>
    <message>
        <source>The entry was not checked in: {message}. Your corrections are still on the form; submit again when the database answers.</source>
        <translation>La entrada no se registró: {message}. Sus correcciones siguen en el formulario; envíela de nuevo cuando la base de datos responda.</translation>
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
    <name>IntakeHistoryStep</name>
    <message>
        <source>History and notes</source>
        <translation>Antecedentes y notas</translation>
    </message>
    <message>
        <source>Has had a stress fracture</source>
        <translation>Ha tenido una fractura por estrés</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>Diabetes mellitus</translation>
    </message>
    <message>
        <source>Reduced feeling in the feet (neuropathy)</source>
        <translation>Menos sensibilidad en los pies (neuropatía)</translation>
    </message>
    <message>
        <source>Low bone density (osteopenia or osteoporosis)</source>
        <translation>Baja densidad ósea (osteopenia u osteoporosis)</translation>
    </message>
    <message>
        <source>Periods absent or irregular</source>
        <translation>Reglas ausentes o irregulares</translation>
    </message>
    <message>
        <source>Restricts food, or low energy for training</source>
        <translation>Restringe la comida o tiene poca energía para entrenar</translation>
    </message>
    <message>
        <source>Other joints are swollen or painful too</source>
        <translation>Otras articulaciones también están hinchadas o duelen</translation>
    </message>
    <message>
        <source>An antibiotic such as ciprofloxacin or levofloxacin in the last 3 months</source>
        <translation>Un antibiótico como ciprofloxacino o levofloxacino en los últimos 3 meses</translation>
    </message>
    <message>
        <source>Weight loss they cannot explain</source>
        <translation>Pérdida de peso que no sabe explicar</translation>
    </message>
    <message>
        <source>Cancer now or in the past</source>
        <translation>Cáncer actual o pasado</translation>
    </message>
    <message>
        <source>&amp;Medications</source>
        <translation>&amp;Medicamentos</translation>
    </message>
    <message>
        <source>&amp;Allergies</source>
        <translation>&amp;Alergias</translation>
    </message>
    <message>
        <source>&amp;Other conditions</source>
        <translation>&amp;Otras afecciones</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
</context>
<context>
    <name>IntakePatientStep</name>
    <message>
        <source>Patient and visit</source>
        <translation>Paciente y visita</translation>
    </message>
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
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
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
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <source>Clinic &amp;number</source>
        <translation>Nº de &amp;clínica</translation>
    </message>
    <message>
        <source>Lan&amp;guage for the patient&apos;s sheet</source>
        <translation>&amp;Idioma de la hoja del paciente</translation>
    </message>
    <message>
        <source>The language the patient reads best. Their care sheet and follow-up sheets are printed in it. Clinic default: the clinic&apos;s usual language for patients&apos; sheets.</source>
        <translation>El idioma que el paciente lee mejor. Su hoja de cuidados y sus hojas de seguimiento se imprimen en él. El de la clínica: el idioma habitual de la clínica para las hojas.</translation>
    </message>
    <message>
        <source>&amp;Visit date</source>
        <translation>Fecha de la &amp;visita</translation>
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
        <source>Preview the care sheet and the exercise sheet, then print or save them (Ctrl+P)</source>
        <translation>Ver la hoja de cuidados y la de ejercicios, y luego imprimirlas o guardarlas (Ctrl+P)</translation>
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
    <name>IntakeRunningStep</name>
    <message>
        <source>Running</source>
        <translation>Carrera</translation>
    </message>
    <message>
        <source>&amp;Distances in</source>
        <translation>&amp;Distancias en</translation>
    </message>
    <message>
        <source>Distance in the last &amp;7 days</source>
        <translation>Distancia en los últimos &amp;7 días</translation>
    </message>
    <message>
        <source>The &amp;week before</source>
        <translation>La &amp;semana anterior</translation>
    </message>
    <message>
        <source>&amp;Years running</source>
        <translation>&amp;Años corriendo</translation>
    </message>
    <message>
        <source>&amp;Changes in the last 4 weeks</source>
        <translation>&amp;Cambios en las últimas 4 semanas</translation>
    </message>
    <message>
        <source>Sur&amp;faces</source>
        <translation>Super&amp;ficies</translation>
    </message>
    <message>
        <source>Distance on the main &amp;pair</source>
        <translation>Distancia con el &amp;par principal</translation>
    </message>
    <message>
        <source>Pairs in &amp;rotation</source>
        <translation>Pares que &amp;alterna</translation>
    </message>
    <message>
        <source>Shoes do not fit well</source>
        <translation>Las zapatillas no le quedan bien</translation>
    </message>
    <message>
        <source>Cushioning is worn</source>
        <translation>La amortiguación está gastada</translation>
    </message>
    <message>
        <source>Uses orthotics or insoles</source>
        <translation>Usa ortesis o plantillas</translation>
    </message>
    <message>
        <source>Cross-trains (cycling, swimming, elliptical…)</source>
        <translation>Hace entrenamiento cruzado (bici, natación, elíptica…)</translation>
    </message>
    <message>
        <source>S&amp;tretches after running</source>
        <translation>Es&amp;tira después de correr</translation>
    </message>
</context>
<context>
    <name>IntakeSymptomsStep</name>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>&amp;Which foot</source>
        <translation>¿&amp;Qué pie?</translation>
    </message>
    <message>
        <source>W&amp;here it hurts</source>
        <translation>&amp;Dónde duele</translation>
    </message>
    <message>
        <source>Pain &amp;now (0–10)</source>
        <translation>Dolor a&amp;hora (0–10)</translation>
    </message>
    <message>
        <source>Pain at its w&amp;orst (0–10)</source>
        <translation>Dolor &amp;máximo (0–10)</translation>
    </message>
    <message>
        <source>How it &amp;feels</source>
        <translation>&amp;Cómo se siente</translation>
    </message>
    <message>
        <source>Pain &amp;started on</source>
        <translation>El dolor &amp;empezó el</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>What st&amp;arted it</source>
        <translation>Qué lo pro&amp;vocó</translation>
    </message>
    <message>
        <source>Wei&amp;ght bearing</source>
        <translation>A&amp;poyo del pie</translation>
    </message>
    <message>
        <source>Swe&amp;lling</source>
        <translation>&amp;Hinchazón</translation>
    </message>
    <message>
        <source>Can point to one spot</source>
        <translation>Puede señalar un punto</translation>
    </message>
    <message>
        <source>Pressing one spot on a bone hurts</source>
        <translation>Duele al presionar un punto de un hueso</translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation>Entumecimiento u hormigueo</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>Enrojecimiento</translation>
    </message>
    <message>
        <source>The painful area feels hot</source>
        <translation>La zona dolorosa está caliente</translation>
    </message>
    <message>
        <source>Feels feverish, or has a fever</source>
        <translation>Se siente con fiebre o la tiene</translation>
    </message>
    <message>
        <source>Foot or toes changed co&amp;lour</source>
        <translation>El pie o los dedos cambiaron de co&amp;lor</translation>
    </message>
    <message>
        <source>The painful foot feels cold next to the other</source>
        <translation>El pie doloroso está más frío que el otro</translation>
    </message>
    <message>
        <source>Pain far worse than the injury, not eased by rest or painkillers</source>
        <translation>Dolor mucho mayor que la lesión, no cede con reposo ni analgésicos</translation>
    </message>
    <message>
        <source>The red area is getting bigger</source>
        <translation>La zona roja se está agrandando</translation>
    </message>
    <message>
        <source>A wound, blister, crack or ulcer on the foot</source>
        <translation>Una herida, ampolla, grieta o úlcera en el pie</translation>
    </message>
    <message>
        <source>Shivering, confused, faint or very unwell</source>
        <translation>Escalofríos, confusión, mareo o muy mal estado</translation>
    </message>
    <message>
        <source>Worse with activity</source>
        <translation>Empeora con la actividad</translation>
    </message>
    <message>
        <source>Pain wakes them at night</source>
        <translation>El dolor le despierta por la noche</translation>
    </message>
    <message>
        <source>Pain with the first steps in the morning</source>
        <translation>Dolor en los primeros pasos de la mañana</translation>
    </message>
    <message>
        <source>Morning stiffness (&amp;minutes)</source>
        <translation>Rigidez matutina (&amp;minutos)</translation>
    </message>
    <message>
        <source>&amp;Days of self-care tried</source>
        <translation>&amp;Días de autocuidado</translation>
    </message>
    <message>
        <source>Getting &amp;better</source>
        <translation>&amp;Mejorando</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <source>Publish the consent text</source>
        <translation>Publicar el texto de consentimiento</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Texto de consentimiento</translation>
    </message>
    <message>
        <source>What the patient reads and signs at the kiosk, in their language. Publishing adds a new version; entries already signed keep the words they agreed to.</source>
        <translation>Lo que el paciente lee y firma en el quiosco, en su idioma. Publicar añade una versión nueva; las entradas ya firmadas conservan las palabras que aceptaron.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Pu&amp;blish as a new version…</source>
        <translation>Publicar co&amp;mo versión nueva…</translation>
    </message>
    <message>
        <source>Kiosk PIN</source>
        <translation>PIN del quiosco</translation>
    </message>
    <message>
        <source>New kiosk PIN</source>
        <translation>PIN nuevo del quiosco</translation>
    </message>
    <message>
        <source>New kiosk PIN again</source>
        <translation>PIN nuevo del quiosco otra vez</translation>
    </message>
    <message>
        <source>New PIN (4 to 12 &amp;digits):</source>
        <translation>PIN nuev&amp;o (de 4 a 12 cifras):</translation>
    </message>
    <message>
        <source>The PIN a&amp;gain:</source>
        <translation>El PIN otra ve&amp;z:</translation>
    </message>
    <message>
        <source>Se&amp;t PIN</source>
        <translation>&amp;Guardar PIN</translation>
    </message>
    <message>
        <source>Cl&amp;ear PIN</source>
        <translation>Quitar &amp;el PIN</translation>
    </message>
    <message>
        <source>Duplicate patients</source>
        <translation>Pacientes duplicados</translation>
    </message>
    <message>
        <source>A patient who types their name a little differently at the kiosk gets a second record. Merge the two into one.</source>
        <translation>Un paciente que escribe su nombre de otra forma en el quiosco recibe un segundo registro. Una los dos en uno.</translation>
    </message>
    <message>
        <source>&amp;Merge two patient records…</source>
        <translation>Unir &amp;dos registros de paciente…</translation>
    </message>
    <message>
        <source>Loading the kiosk settings…</source>
        <translation>Cargando los ajustes del quiosco…</translation>
    </message>
    <message>
        <source>The consent text is empty. Write what the patient agrees to first.</source>
        <translation>El texto de consentimiento está vacío. Escriba primero lo que el paciente acepta.</translation>
    </message>
    <message>
        <source>Publish this text as version {version} of the {language} consent?

The kiosk shows it to the next patient; entries already signed keep theirs.</source>
        <translation>¿Publicar este texto como versión {version} del consentimiento en {language}?

El quiosco lo mostrará al próximo paciente; las entradas ya firmadas conservan el suyo.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publicando…</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Los dos PIN no coinciden. Escriba el mismo PIN dos veces.</translation>
    </message>
    <message>
        <source>The kiosk PIN must be 4 to 12 digits (0-9), nothing else.</source>
        <translation>El PIN del quiosco debe tener de 4 a 12 cifras (0-9), nada más.</translation>
    </message>
    <message>
        <source>The kiosk PIN is set.</source>
        <translation>El PIN del quiosco está establecido.</translation>
    </message>
    <message>
        <source>The kiosk PIN is cleared: leaving the kiosk needs a staff sign-in.</source>
        <translation>Se quitó el PIN del quiosco: para salir del quiosco hace falta que inicie sesión alguien del personal.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Cambiando…</translation>
    </message>
    <message>
        <source>Version {version} of the {language} consent is published.</source>
        <translation>La versión {version} del consentimiento en {language} está publicada.</translation>
    </message>
    <message>
        <source>A kiosk PIN is set.</source>
        <translation>Hay un PIN del quiosco establecido.</translation>
    </message>
    <message>
        <source>No kiosk PIN is set: leaving the kiosk needs a staff sign-in.</source>
        <translation>No hay PIN del quiosco: para salir del quiosco hace falta que inicie sesión alguien del personal.</translation>
    </message>
    <message>
        <source>No consent text yet.</source>
        <translation>Todavía no hay texto de consentimiento.</translation>
    </message>
    <message>
        <source>Version {version}: the app&apos;s own text; the clinic has not written one.</source>
        <translation>Versión {version}: el texto propio de la aplicación; la clínica todavía no ha escrito el suyo.</translation>
    </message>
    <message>
        <source>Version {version}, published by {who} on {when}.</source>
        <translation>Versión {version}, publicada por {who} el {when}.</translation>
    </message>
</context>
<context>
    <name>KioskQuestions</name>
    <message>
        <source>About you</source>
        <translation>Sobre usted</translation>
    </message>
    <message>
        <source>Your running</source>
        <translation>Cómo corre</translation>
    </message>
    <message>
        <source>Your pain</source>
        <translation>Su dolor</translation>
    </message>
    <message>
        <source>Your health</source>
        <translation>Su salud</translation>
    </message>
    <message>
        <source>Your consent</source>
        <translation>Su consentimiento</translation>
    </message>
    <message>
        <source>Please type your first name.</source>
        <translation>Escriba su nombre.</translation>
    </message>
    <message>
        <source>Please type your last name.</source>
        <translation>Escriba sus apellidos.</translation>
    </message>
    <message>
        <source>Please type your date of birth as year-month-day, for example 1990-03-14.</source>
        <translation>Escriba su fecha de nacimiento como año-mes-día, por ejemplo 1990-03-14.</translation>
    </message>
    <message>
        <source>Please type how far you ran in the last 7 days, as a number (0 if you did not run).</source>
        <translation>Escriba cuánto corrió en los últimos 7 días, con un número (0 si no corrió).</translation>
    </message>
    <message>
        <source>Please type the week before as a number, or leave it empty.</source>
        <translation>Escriba la semana anterior con un número, o déjelo vacío.</translation>
    </message>
    <message>
        <source>Please type the years as a number, or leave it empty.</source>
        <translation>Escriba los años con un número, o déjelo vacío.</translation>
    </message>
    <message>
        <source>Please choose which foot hurts.</source>
        <translation>Elija qué pie le duele.</translation>
    </message>
    <message>
        <source>Please touch the drawing to show where it hurts.</source>
        <translation>Toque el dibujo para mostrar dónde le duele.</translation>
    </message>
    <message>
        <source>Please choose how much it hurts now, from 0 (no pain) to 10.</source>
        <translation>Elija cuánto le duele ahora, de 0 (nada) a 10.</translation>
    </message>
    <message>
        <source>Please check your answers on this page.</source>
        <translation>Revise sus respuestas en esta página.</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your last name</source>
        <translation>Sus apellidos</translation>
    </message>
    <message>
        <source>Your date of birth</source>
        <translation>Su fecha de nacimiento</translation>
    </message>
    <message>
        <source>Year-month-day, for example 1990-03-14</source>
        <translation>Año-mes-día, por ejemplo 1990-03-14</translation>
    </message>
    <message>
        <source>Do you count your running in kilometres or miles?</source>
        <translation>¿Cuenta lo que corre en kilómetros o en millas?</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilómetros</translation>
    </message>
    <message>
        <source>Miles</source>
        <translation>Millas</translation>
    </message>
    <message>
        <source>How far did you run in the last 7 days?</source>
        <translation>¿Cuánto corrió en los últimos 7 días?</translation>
    </message>
    <message>
        <source>And in the 7 days before that?</source>
        <translation>¿Y en los 7 días anteriores?</translation>
    </message>
    <message>
        <source>You can leave this empty.</source>
        <translation>Puede dejarlo vacío.</translation>
    </message>
    <message>
        <source>How many years have you been running?</source>
        <translation>¿Cuántos años lleva corriendo?</translation>
    </message>
    <message>
        <source>Which foot hurts?</source>
        <translation>¿Qué pie le duele?</translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation>Elija uno</translation>
    </message>
    <message>
        <source>My left foot</source>
        <translation>El pie izquierdo</translation>
    </message>
    <message>
        <source>My right foot</source>
        <translation>El pie derecho</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>Los dos pies</translation>
    </message>
    <message>
        <source>Where does it hurt? Touch each painful place on the drawing.</source>
        <translation>¿Dónde le duele? Toque en el dibujo cada sitio que le duele.</translation>
    </message>
    <message>
        <source>How much does it hurt now? 0 is no pain, 10 is the worst pain.</source>
        <translation>¿Cuánto le duele ahora? 0 es nada, 10 es el peor dolor.</translation>
    </message>
    <message>
        <source>How do you walk on it?</source>
        <translation>¿Cómo camina con ese pie?</translation>
    </message>
    <message>
        <source>I walk normally and it does not hurt</source>
        <translation>Camino bien y no me duele</translation>
    </message>
    <message>
        <source>I walk normally, but it hurts</source>
        <translation>Camino bien, pero me duele</translation>
    </message>
    <message>
        <source>I limp: I cannot walk normally</source>
        <translation>Cojeo: no puedo caminar bien</translation>
    </message>
    <message>
        <source>I cannot take four steps on it</source>
        <translation>No puedo dar cuatro pasos</translation>
    </message>
    <message>
        <source>Is your foot swollen?</source>
        <translation>¿Tiene el pie hinchado?</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>Un poco</translation>
    </message>
    <message>
        <source>A lot</source>
        <translation>Mucho</translation>
    </message>
    <message>
        <source>Tick each one that is true for you:</source>
        <translation>Marque lo que le pase:</translation>
    </message>
    <message>
        <source>The pain wakes me up at night</source>
        <translation>El dolor me despierta por la noche</translation>
    </message>
    <message>
        <source>My first steps in the morning hurt</source>
        <translation>Me duelen los primeros pasos de la mañana</translation>
    </message>
    <message>
        <source>My foot feels numb or tingles</source>
        <translation>Noto el pie dormido o con hormigueo</translation>
    </message>
    <message>
        <source>The painful place is red</source>
        <translation>La zona que duele está roja</translation>
    </message>
    <message>
        <source>The painful place feels hot</source>
        <translation>La zona que duele está caliente</translation>
    </message>
    <message>
        <source>I have a fever, or I feel feverish</source>
        <translation>Tengo fiebre, o me siento con fiebre</translation>
    </message>
    <message>
        <source>I feel very unwell</source>
        <translation>Me siento muy mal</translation>
    </message>
    <message>
        <source>I have had a stress fracture</source>
        <translation>He tenido una fractura por estrés</translation>
    </message>
    <message>
        <source>I have diabetes</source>
        <translation>Tengo diabetes</translation>
    </message>
    <message>
        <source>I have been told my bones are thin (osteopenia or osteoporosis)</source>
        <translation>Me han dicho que tengo los huesos débiles (osteopenia u osteoporosis)</translation>
    </message>
    <message>
        <source>Which medicines do you take?</source>
        <translation>¿Qué medicinas toma?</translation>
    </message>
    <message>
        <source>Are you allergic to anything? Which?</source>
        <translation>¿Tiene alguna alergia? ¿Cuál?</translation>
    </message>
</context>
<context>
    <name>KioskSession</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>Enviar mis respuestas</translation>
    </message>
    <message>
        <source>Please ask the front desk: the consent text is missing.</source>
        <translation>Pregunte en recepción: falta el texto de consentimiento.</translation>
    </message>
    <message>
        <source>Please tick the box to say that you agree.</source>
        <translation>Marque la casilla para decir que está de acuerdo.</translation>
    </message>
    <message>
        <source>Please sign in the box with your finger.</source>
        <translation>Firme en el recuadro con el dedo.</translation>
    </message>
    <message>
        <source>Sending your answers…</source>
        <translation>Enviando sus respuestas…</translation>
    </message>
    <message>
        <source>Your answers could not be sent. They are still here. Please ask the front desk for help.</source>
        <translation>No se pudieron enviar sus respuestas. Siguen aquí. Pida ayuda en recepción.</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Paso {number} de {count}</translation>
    </message>
</context>
<context>
    <name>KioskStart</name>
    <message>
        <source>Welcome. Please choose your language to begin.</source>
        <translation>Bienvenido. Elija su idioma para empezar.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>{app} kiosk</source>
        <translation>Quiosco de {app}</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Staff: leave the kiosk</source>
        <translation>Personal: salir del quiosco</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Window language</source>
        <translation>Idioma de las ventanas</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Your choice applies the next time you sign in.</source>
        <translation>Su elección se aplica la próxima vez que inicie sesión.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language could not be saved on this computer ({error}). Check that your settings folder can be written to.</source>
        <translation>No se pudo guardar el idioma en este equipo ({error}). Compruebe que se puede escribir en su carpeta de configuración.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>{app}: no database</source>
        <translation>{app}: sin base de datos</translation>
    </message>
    <message>
        <source> The details are in {path}.</source>
        <translation> Los detalles están en {path}.</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}).{where} What was typed is kept in the draft; if this happens again, tell whoever supports the app.</source>
        <translation>Algo salió mal ({kind}).{where} Lo escrito se conserva en el borrador; si vuelve a ocurrir, avise a quien da soporte a la aplicación.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>That password is not right. Try again, or sign in as someone else.</source>
        <translation>Esa contraseña no es correcta. Inténtelo de nuevo o inicie sesión como otra persona.</translation>
    </message>
    <message>
        <source>That username and password do not match an active account. Check them, or unlock with your own password.</source>
        <translation>Ese usuario y esa contraseña no coinciden con una cuenta activa. Revíselos o desbloquee con su propia contraseña.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Comprobando la contraseña…</translation>
    </message>
    <message>
        <source>Locked — {name}’s session</source>
        <translation>Bloqueado: sesión de {name}</translation>
    </message>
    <message>
        <source>Patient details are hidden while nobody is at the desk. Type your password to carry on where you were, or sign in as someone else; what was typed is kept.</source>
        <translation>Los datos de pacientes se ocultan mientras no hay nadie. Escriba su contraseña para seguir donde estaba, o inicie sesión como otra persona; lo escrito se conserva.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Type your password (and your username, if it is not yours).</source>
        <translation>Escriba su contraseña (y su usuario, si no es el suyo).</translation>
    </message>
    <message>
        <source>Cannot check the password: {problem}. Try again in a moment.</source>
        <translation>No se puede comprobar la contraseña: {problem}. Inténtelo de nuevo en un momento.</translation>
    </message>
</context>
<context>
    <name>LockoutWords</name>
    <message>
        <source>Too many failed sign-ins. Try again after {time}.</source>
        <translation>Demasiados inicios de sesión fallidos. Inténtelo de nuevo después de las {time}.</translation>
    </message>
</context>
<context>
    <name>LookDialog</name>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>Como el sistema (claro u oscuro)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Text size and theme</source>
        <translation>Tamaño del texto y tema</translation>
    </message>
    <message>
        <source>Your windows change at once, and stay so when you sign in.</source>
        <translation>Sus ventanas cambian ahora y siguen así cuando vuelva a entrar.</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>The text size and theme could not be saved on this computer. Check that your settings folder can be written to.</source>
        <translation>No se pudieron guardar el tamaño del texto y el tema en este ordenador. Compruebe que se puede escribir en su carpeta de ajustes.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New intake</source>
        <translation>&amp;Nueva admisión</translation>
    </message>
    <message>
        <source>Patient &amp;entries</source>
        <translation>&amp;Entradas de pacientes</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Pacientes</translation>
    </message>
    <message>
        <source>Follo&amp;w-up visit</source>
        <translation>&amp;Visita de seguimiento</translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation>Cola de &amp;revisión</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Aju&amp;stes</translation>
    </message>
    <message>
        <source>Signed in as {name} ({role})</source>
        <translation>Sesión de {name} ({role})</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Base de datos: {where}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Find a patient</source>
        <translation>&amp;Buscar un paciente</translation>
    </message>
    <message>
        <source>&amp;Import patient answers…</source>
        <translation>&amp;Importar respuestas de pacientes…</translation>
    </message>
    <message numerus="yes">
        <source>Entries with answers to correct before they can be submitted: %n. Open them in Patient entries.</source>
        <translation>
            <numerusform>Entradas con respuestas que corregir antes de poder enviarlas: %n. Ábralas en Entradas de pacientes.</numerusform>
            <numerusform>Entradas con respuestas que corregir antes de poder enviarlas: %n. Ábralas en Entradas de pacientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start &amp;kiosk on this screen</source>
        <translation>Iniciar el &amp;quiosco en esta pantalla</translation>
    </message>
    <message>
        <source>Desk pages</source>
        <translation>Páginas del mostrador</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>B&amp;loquear ahora</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Window lan&amp;guage…</source>
        <translation>Idioma de las &amp;ventanas…</translation>
    </message>
    <message>
        <source>Text si&amp;ze and theme…</source>
        <translation>&amp;Tamaño del texto y tema…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>Import patient answers</source>
        <translation>Importar respuestas de pacientes</translation>
    </message>
    <message>
        <source>FHIR QuestionnaireResponse files (*.json)</source>
        <translation>Archivos FHIR QuestionnaireResponse (*.json)</translation>
    </message>
    <message>
        <source>Importing patient answers…</source>
        <translation>Importando respuestas de pacientes…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n patient entries. They wait for the desk&apos;s check.</source>
        <translation>
            <numerusform>Se importó %n entrada de paciente. Espera la revisión de recepción.</numerusform>
            <numerusform>Se importaron %n entradas de pacientes. Esperan la revisión de recepción.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. Correct these files, then import them again:</source>
        <translation>No se importó nada. Corrija estos archivos y vuelva a importarlos:</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Intake, red-flag review and home-care handouts for runners with foot pain. The flags are for a clinician to check; they are not a diagnosis.</source>
        <translation>Admisión, revisión de señales de alarma y hojas de cuidados en casa para corredores con dolor de pie. Las alertas necesitan revisión de un clínico; no son un diagnóstico.</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation>&amp;Clínica</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>Registro de audi&amp;toría</translation>
    </message>
    <message>
        <source>K&amp;iosk</source>
        <translation>&amp;Quiosco</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>Copias de se&amp;guridad</translation>
    </message>
    <message>
        <source>Encr&amp;yption</source>
        <translation>Cifrad&amp;o</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge patient records</source>
        <translation>Unir registros de paciente</translation>
    </message>
    <message>
        <source>Find the two records of one person. The record you keep keeps its number; every intake, course, handout and decision of the other moves to it.</source>
        <translation>Busque los dos registros de una misma persona. El registro que conserve mantiene su número; cada ingreso, tratamiento, hoja y decisión del otro pasa a él.</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>Primer registro</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>Segundo registro</translation>
    </message>
    <message>
        <source>Search for the first record</source>
        <translation>Buscar el primer registro</translation>
    </message>
    <message>
        <source>Search for the second record</source>
        <translation>Buscar el segundo registro</translation>
    </message>
    <message>
        <source>&amp;Keep this one</source>
        <translation>&amp;Conservar este</translation>
    </message>
    <message>
        <source>K&amp;eep this one</source>
        <translation>Cons&amp;ervar este</translation>
    </message>
    <message>
        <source>Name, number or birth date (YYYY-MM-DD)</source>
        <translation>Nombre, número o fecha de nacimiento (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Unir…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Merge {merged} ({merged_number}) into {survivor} ({survivor_number})?

{survivor} keeps the number {survivor_number}; every record of {merged} moves to it. This cannot be undone.</source>
        <translation>¿Unir {merged} ({merged_number}) a {survivor} ({survivor_number})?

{survivor} conserva el número {survivor_number}; todos los registros de {merged} pasan a él. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Uniendo…</translation>
    </message>
    <message>
        <source>No patient found.</source>
        <translation>No se encontró ningún paciente.</translation>
    </message>
    <message>
        <source>{name}, born {born}, number {number}</source>
        <translation>{name}, nacido el {born}, número {number}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Likely duplicates of the first record are listed on the right.</source>
        <translation>A la derecha aparecen los posibles duplicados del primer registro.</translation>
    </message>
    <message>
        <source>No likely duplicate found; search for the second record.</source>
        <translation>No se encontró ningún posible duplicado; busque el segundo registro.</translation>
    </message>
    <message>
        <source>Choose the record to keep, then Merge.</source>
        <translation>Elija el registro que conservará y pulse Unir.</translation>
    </message>
    <message>
        <source>That is one record twice: choose two different records.</source>
        <translation>Es el mismo registro dos veces: elija dos registros distintos.</translation>
    </message>
    <message>
        <source>Patient {patient} was already merged into patient {survivor}; choose the record that survived instead.</source>
        <translation>El paciente {patient} ya se unió al paciente {survivor}; elija en su lugar el registro que se conservó.</translation>
    </message>
    <message>
        <source>These two cannot be merged yet: {name} (patient {patient}) has drafts open ({drafts}), an intake or follow-up being typed. Finish or discard them first.</source>
        <translation>Estos dos todavía no se pueden unir: {name} (paciente {patient}) tiene borradores abiertos ({drafts}), un ingreso o un seguimiento que se está escribiendo. Termínelos o descártelos primero.</translation>
    </message>
    <message>
        <source>{name}
Number: {number}
Born: {born}
Phone: {phone}
Email: {email}
Intakes: {intakes} · Courses: {courses} · Follow-ups: {follow_ups}
Handouts: {handouts} · Decisions: {decisions}
Drafts open: {drafts}</source>
        <translation>{name}
Número: {number}
Nacimiento: {born}
Teléfono: {phone}
Correo: {email}
Ingresos: {intakes} · Tratamientos: {courses} · Seguimientos: {follow_ups}
Hojas: {handouts} · Decisiones: {decisions}
Borradores abiertos: {drafts}</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>sin número</translation>
    </message>
    <message>
        <source>Merged: the records of patient {merged} are now under patient {survivor}.</source>
        <translation>Unidos: los registros del paciente {merged} están ahora en el paciente {survivor}.</translation>
    </message>
</context>
<context>
    <name>NewPassword</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>al menos {count} caracteres</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>&amp;Repita la contraseña:</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>Las dos contraseñas no coinciden: escriba la misma dos veces.</translation>
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
    <name>OfflineBanner</name>
    <message>
        <source>The clinic&apos;s database is not answering. You can go on typing: the intake is kept on this computer and saved as soon as the database answers again. Finding patients, the review queue and submitting wait until then.</source>
        <translation>La base de datos de la clínica no responde. Puede seguir escribiendo: la admisión se guarda en este equipo y se envía en cuanto la base de datos responda. Buscar pacientes, la cola de revisión y el envío esperan hasta entonces.</translation>
    </message>
    <message>
        <source>Database not answering</source>
        <translation>La base de datos no responde</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Take the rating away (not asked)</source>
        <translation>Quitar la valoración (no preguntado)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>{value} out of {most}</source>
        <translation>{value} de {most}</translation>
    </message>
    <message>
        <source>Pain rating: {words}</source>
        <translation>Valoración del dolor: {words}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Reset password: {username}</source>
        <translation>Restablecer contraseña: {username}</translation>
    </message>
    <message>
        <source>A new password for {name} ({username}). Tell them in person, not by e-mail.</source>
        <translation>Una contraseña nueva para {name} ({username}). Dígasela en persona, no por correo electrónico.</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;Establecer contraseña</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The password was not changed: {problem}</source>
        <translation>No se cambió la contraseña: {problem}</translation>
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
    <name>PrintPreviewDialog</name>
    <message>
        <source>Page %v of %m</source>
        <translation>Página %v de %m</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Página completa</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Ampliación</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Ampliación:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Imprimir (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save as a PDF file (Ctrl+S)</source>
        <translation>Guardar como archivo PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>This PDF cannot be shown. Close this window and make it again; if it happens again, tell your administrator.</source>
        <translation>Este PDF no se puede mostrar. Cierre esta ventana y vuelva a crearlo; si ocurre de nuevo, avise al administrador.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>No se imprimió.</translation>
    </message>
    <message>
        <source>Sending to {queue}…</source>
        <translation>Enviando a {queue}…</translation>
    </message>
    <message>
        <source>Not printed: {problem}.</source>
        <translation>No se imprimió: {problem}.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>Guardando {file}…</translation>
    </message>
    <message>
        <source>Not saved: {problem}. Choose a folder that exists and that you may write to, then save again.</source>
        <translation>No se guardó: {problem}. Elija una carpeta que exista y en la que pueda escribir, y guarde de nuevo.</translation>
    </message>
    <message>
        <source>Sent {pages} to the printer.</source>
        <translation>Enviado a la impresora: {pages}.</translation>
    </message>
    <message>
        <source>Sent to {queue}; whether it has printed cannot be told now: {problem}.</source>
        <translation>Enviado a {queue}; ahora no se puede saber si se imprimió: {problem}.</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Guardado como {path}.</translation>
    </message>
    <message>
        <source>Wait until this has finished, then close the preview.</source>
        <translation>Espere a que termine y luego cierre la vista previa.</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>FAAM daily living</source>
        <translation>FAAM vida diaria</translation>
    </message>
    <message>
        <source>FAAM sports</source>
        <translation>FAAM deporte</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}: progress chart</source>
        <translation>{title}: gráfico de evolución</translation>
    </message>
    <message>
        <source>{low}–{high}, higher is better</source>
        <translation>{low}–{high}, más alto es mejor</translation>
    </message>
    <message>
        <source>Dashed line: the change that counts (MIC), {points} up from the first visit</source>
        <translation>Línea discontinua: el cambio que cuenta (MIC), {points} por encima de la primera visita</translation>
    </message>
    <message>
        <source>{low}–{high}, lower is better</source>
        <translation>{low}–{high}, más bajo es mejor</translation>
    </message>
    <message>
        <source>Dashed line: the change that counts (MIC), {points} down from the first visit</source>
        <translation>Línea discontinua: el cambio que cuenta (MIC), {points} por debajo de la primera visita</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>first visit</source>
        <translation>primera visita</translation>
    </message>
    <message>
        <source>visit {number}</source>
        <translation>visita {number}</translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message>
        <source>Progress charts</source>
        <translation>Gráficos de evolución</translation>
    </message>
    <message>
        <source>No measures recorded yet.</source>
        <translation>Aún no hay medidas registradas.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Write down the recovery key</source>
        <translation>Anote la clave de recuperación</translation>
    </message>
    <message>
        <source>The records on this computer are encrypted. Their key is kept on this computer (in its keyring). If that is ever lost (a new computer, a reinstalled system), this recovery key is the only way back to the records. Write it down now, on paper, and keep it away from this computer, for example in the clinic&apos;s safe. It is shown only this once.</source>
        <translation>Los registros de este ordenador están cifrados. Su clave se guarda en este ordenador (en su llavero). Si alguna vez se pierde (un ordenador nuevo, un sistema reinstalado), esta clave de recuperación es la única forma de volver a los registros. Anótela ahora, en papel, y guárdela lejos de este ordenador, por ejemplo en la caja fuerte de la clínica. Solo se muestra esta vez.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>To show that you wrote it down, type its &amp;last group of four:</source>
        <translation>Para mostrar que la ha anotado, escriba su ú&amp;ltimo grupo de cuatro:</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Ya la he anotado</translation>
    </message>
    <message>
        <source>That is not the last group of the key. Look at what you wrote down and type its last four letters and digits.</source>
        <translation>Ese no es el último grupo de la clave. Mire lo que anotó y escriba sus cuatro últimas letras y cifras.</translation>
    </message>
    <message>
        <source>Write the recovery key down and type its last group before going on.</source>
        <translation>Anote la clave de recuperación y escriba su último grupo antes de continuar.</translation>
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
        <translation>Emergencia: una alerta de derivación que puede necesitar atención de emergencia ya</translation>
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
        <source>Follow-up sheet</source>
        <translation>Hoja de seguimiento</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de evolución</translation>
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
<context>
    <name>RuleWords</name>
    <message>
        <source>Cannot take weight on the foot</source>
        <translation>No puede apoyar peso en el pie</translation>
    </message>
    <message>
        <source>Needs checking by a clinician today. Not being able to take four steps on the foot may mean a fracture or another serious injury.</source>
        <translation>Necesita revisión por un profesional clínico hoy. No poder dar cuatro pasos apoyando el pie puede indicar una fractura u otra lesión grave.</translation>
    </message>
    <message>
        <source>Cannot walk normally</source>
        <translation>No puede caminar con normalidad</translation>
    </message>
    <message>
        <source>Needs a clinician&apos;s assessment within a few days: a limp may mean an injury.</source>
        <translation>Necesita una valoración clínica en unos días: la cojera puede indicar una lesión.</translation>
    </message>
    <message>
        <source>Fever with redness, warmth or swelling</source>
        <translation>Fiebre con enrojecimiento, calor o hinchazón</translation>
    </message>
    <message>
        <source>Needs checking by a clinician today: this may be an infection such as cellulitis. No massage or heat on the area until seen.</source>
        <translation>Necesita revisión por un profesional clínico hoy: puede ser una infección, como una celulitis. Nada de masaje ni calor en la zona hasta la valoración.</translation>
    </message>
    <message>
        <source>Red, warm or swollen foot with diabetes or neuropathy</source>
        <translation>Pie rojo, caliente o hinchado con diabetes o neuropatía</translation>
    </message>
    <message>
        <source>Needs same-day assessment: with diabetes or reduced feeling, this may be active Charcot foot or an infection.</source>
        <translation>Necesita valoración el mismo día: con diabetes o sensibilidad reducida, puede ser un pie de Charcot activo o una infección.</translation>
    </message>
    <message>
        <source>Marked swelling or redness</source>
        <translation>Hinchazón o enrojecimiento marcados</translation>
    </message>
    <message>
        <source>Needs a clinician&apos;s assessment within a few days.</source>
        <translation>Necesita una valoración clínica en unos días.</translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation>Entumecimiento u hormigueo</translation>
    </message>
    <message>
        <source>May mean a nerve is pressed or irritated; needs a clinician&apos;s assessment.</source>
        <translation>Puede indicar un nervio comprimido o irritado; necesita una valoración clínica.</translation>
    </message>
    <message>
        <source>Sharp or stabbing pain</source>
        <translation>Dolor agudo o punzante</translation>
    </message>
    <message>
        <source>Sharp pain, above all in one spot, may mean more than simple soreness; needs checking by a clinician.</source>
        <translation>El dolor agudo, sobre todo en un punto concreto, puede ser algo más que una simple molestia; necesita revisión por un profesional clínico.</translation>
    </message>
    <message>
        <source>Pain that builds with activity or wakes the patient</source>
        <translation>Dolor que aumenta con la actividad o despierta al paciente</translation>
    </message>
    <message>
        <source>Needs a clinician&apos;s assessment: this pattern may point to a stress injury.</source>
        <translation>Necesita una valoración clínica: este patrón puede indicar una lesión por estrés.</translation>
    </message>
    <message>
        <source>Pain that is not settling</source>
        <translation>Dolor que no remite</translation>
    </message>
    <message>
        <source>Has lasted more than a few days without getting better; needs a clinician&apos;s assessment.</source>
        <translation>Dura más de unos días sin mejorar; necesita una valoración clínica.</translation>
    </message>
    <message>
        <source>A bone is tender to press: possible stress fracture</source>
        <translation>Duele al presionar un hueso: posible fractura por estrés</translation>
    </message>
    <message>
        <source>Needs examination, and imaging if the clinician agrees: a stress fracture may be present. At a high-risk site (navicular, base of the 5th metatarsal, sesamoids) it needs same-day assessment, as it may heal poorly without prompt care. No running until seen.</source>
        <translation>Necesita exploración, y pruebas de imagen si el profesional clínico lo considera: puede haber una fractura por estrés. En una zona de alto riesgo (navicular, base del 5.º metatarsiano, sesamoideos) necesita valoración el mismo día, ya que puede consolidar mal sin atención rápida. No correr hasta la valoración.</translation>
    </message>
    <message>
        <source>Ottawa foot rule met after an injury</source>
        <translation>Se cumple la regla de Ottawa del pie tras una lesión</translation>
    </message>
    <message>
        <source>A foot X-ray may be needed; the clinician confirms by examining the midfoot (navicular, base of the 5th metatarsal) before ordering it.</source>
        <translation>Puede ser necesaria una radiografía del pie; el profesional clínico lo confirma explorando el mediopié (navicular, base del 5.º metatarsiano) antes de pedirla.</translation>
    </message>
    <message>
        <source>Ottawa ankle rule met after an injury</source>
        <translation>Se cumple la regla de Ottawa del tobillo tras una lesión</translation>
    </message>
    <message>
        <source>An ankle X-ray may be needed; the clinician confirms by examining the ankle bones before ordering it.</source>
        <translation>Puede ser necesaria una radiografía del tobillo; el profesional clínico lo confirma explorando los huesos del tobillo antes de pedirla.</translation>
    </message>
    <message>
        <source>Sudden snap at the back of the heel: possible Achilles rupture</source>
        <translation>Chasquido repentino en la parte posterior del talón: posible rotura del tendón de Aquiles</translation>
    </message>
    <message>
        <source>Needs same-day assessment: the Achilles tendon may be torn, even though many people can still walk.</source>
        <translation>Necesita valoración el mismo día: el tendón de Aquiles puede estar roto, aunque muchas personas aún pueden caminar.</translation>
    </message>
    <message>
        <source>Weekly distance rose quickly</source>
        <translation>La distancia semanal aumentó rápidamente</translation>
    </message>
    <message>
        <source>Ease back and build up gradually: the handout gives next week&apos;s ceiling in the patient&apos;s own numbers. The 10 % rule is a rule of thumb; Nielsen et al. (JOSPT 2014) linked injuries to rises of more than 30 % over two weeks.</source>
        <translation>Reducir y aumentar poco a poco: la hoja informativa da el máximo de la próxima semana con las cifras del propio paciente. La regla del 10 % es orientativa; Nielsen et al. (JOSPT 2014) relacionaron las lesiones con aumentos de más del 30 % en dos semanas.</translation>
    </message>
    <message>
        <source>Running shoes may be worn out</source>
        <translation>Las zapatillas de correr pueden estar gastadas</translation>
    </message>
    <message>
        <source>Check the shoes: replace them now from 500 miles (804.7 km) or when the cushioning is worn, and plan to replace them soon from 300 miles (482.8 km). 300-500 miles is a common guide, not a hard limit.</source>
        <translation>Revisar las zapatillas: cambiarlas ya a partir de 500 millas (804,7 km) o si la amortiguación está gastada, y prever cambiarlas pronto a partir de 300 millas (482,8 km). Las 300-500 millas son una guía habitual, no un límite estricto.</translation>
    </message>
    <message>
        <source>Runs in one pair of shoes</source>
        <translation>Corre con un solo par de zapatillas</translation>
    </message>
    <message>
        <source>Rotate two or three pairs so each pair&apos;s cushioning can recover.</source>
        <translation>Alternar dos o tres pares para que la amortiguación de cada par pueda recuperarse.</translation>
    </message>
    <message>
        <source>Shoes do not fit well</source>
        <translation>Las zapatillas no le quedan bien</translation>
    </message>
    <message>
        <source>Get a professional fitting: room for the toes, a heel that does not slip, and support that suits the foot.</source>
        <translation>Buscar un ajuste profesional: espacio para los dedos, un talón que no se deslice y un soporte adecuado al pie.</translation>
    </message>
    <message>
        <source>Runs only on hard surfaces</source>
        <translation>Corre solo sobre superficies duras</translation>
    </message>
    <message>
        <source>Mix in softer surfaces such as trail, grass or a track.</source>
        <translation>Combinar con superficies más blandas, como senderos, césped o pista.</translation>
    </message>
    <message>
        <source>No low-impact cross-training</source>
        <translation>Sin entrenamiento cruzado de bajo impacto</translation>
    </message>
    <message>
        <source>Add cycling, swimming or an elliptical trainer to stay fit with less impact.</source>
        <translation>Añadir bicicleta, natación o elíptica para mantener la forma con menos impacto.</translation>
    </message>
    <message>
        <source>Heel or arch pain with the first steps of the day</source>
        <translation>Dolor en el talón o el arco con los primeros pasos del día</translation>
    </message>
    <message>
        <source>May suggest a strained plantar fascia: stretch the calf and arch before the first steps of the day, and roll the arch over a ball.</source>
        <translation>Puede indicar una sobrecarga de la fascia plantar: estirar la pantorrilla y el arco antes de los primeros pasos del día y rodar el arco sobre una pelota.</translation>
    </message>
    <message>
        <source>Energy availability needs discussing (clinician only)</source>
        <translation>Hay que hablar de la disponibilidad energética (solo profesional clínico)</translation>
    </message>
    <message>
        <source>Discuss energy availability (RED-S) with the patient. For clinicians only: never printed on the patient&apos;s handout.</source>
        <translation>Hablar con el paciente de la disponibilidad energética (RED-S). Solo para profesionales clínicos: nunca se imprime en la hoja del paciente.</translation>
    </message>
    <message>
        <source>The foot has turned pale, blue or blotchy</source>
        <translation>El pie se ha puesto pálido, azulado o con manchas</translation>
    </message>
    <message>
        <source>Emergency care now: the blood supply to the foot may be blocked. Send the patient to the emergency department; do not wait for an appointment.</source>
        <translation>Atención urgente ya: el riego sanguíneo del pie puede estar bloqueado. Envíe al paciente a urgencias; no espere a una cita.</translation>
    </message>
    <message>
        <source>Pain far worse than the injury explains</source>
        <translation>Dolor mucho mayor de lo que explica la lesión</translation>
    </message>
    <message>
        <source>Emergency care now: pressure may be building inside the foot (compartment syndrome), which can harm muscle and nerves within hours. Send the patient to the emergency department.</source>
        <translation>Atención urgente ya: puede estar aumentando la presión dentro del pie (síndrome compartimental), que puede dañar músculos y nervios en pocas horas. Envíe al paciente a urgencias.</translation>
    </message>
    <message>
        <source>Very unwell with signs of infection</source>
        <translation>Muy mal estado general con signos de infección</translation>
    </message>
    <message>
        <source>Emergency care now: this may be sepsis. Call the emergency number or send the patient to the emergency department.</source>
        <translation>Atención urgente ya: puede ser una sepsis. Llame al número de emergencias o envíe al paciente a urgencias.</translation>
    </message>
    <message>
        <source>Redness that is spreading</source>
        <translation>Enrojecimiento que se extiende</translation>
    </message>
    <message>
        <source>Needs checking by a clinician today: spreading redness may be an infection of the skin (cellulitis).</source>
        <translation>Necesita revisión por un profesional clínico hoy: un enrojecimiento que se extiende puede ser una infección de la piel (celulitis).</translation>
    </message>
    <message>
        <source>A wound on the foot with diabetes or reduced feeling</source>
        <translation>Herida en el pie con diabetes o sensibilidad reducida</translation>
    </message>
    <message>
        <source>Needs checking within one working day: with diabetes or reduced feeling, a wound may become an ulcer that heals poorly. Refer to the diabetic foot service.</source>
        <translation>Necesita revisión en un día laborable como máximo: con diabetes o sensibilidad reducida, una herida puede convertirse en una úlcera que cicatriza mal. Derivar a la unidad de pie diabético.</translation>
    </message>
    <message>
        <source>Achilles pain after a recent fluoroquinolone antibiotic</source>
        <translation>Dolor en el tendón de Aquiles tras un antibiótico fluoroquinolona reciente</translation>
    </message>
    <message>
        <source>Needs checking by a clinician today: these antibiotics may weaken tendons, and the Achilles may tear. No running, jumping or calf stretching until seen.</source>
        <translation>Necesita revisión por un profesional clínico hoy: estos antibióticos pueden debilitar los tendones y el de Aquiles puede romperse. No correr, saltar ni estirar la pantorrilla hasta la valoración.</translation>
    </message>
    <message>
        <source>Night pain with weight loss or a history of cancer</source>
        <translation>Dolor nocturno con pérdida de peso o antecedentes de cáncer</translation>
    </message>
    <message>
        <source>Needs checking by a clinician today: bone pain at night with these may have a serious cause that needs tests.</source>
        <translation>Necesita revisión por un profesional clínico hoy: el dolor óseo nocturno con estos signos puede tener una causa grave que requiere pruebas.</translation>
    </message>
    <message>
        <source>Long morning stiffness with swelling or other joints</source>
        <translation>Rigidez matutina prolongada con hinchazón u otras articulaciones afectadas</translation>
    </message>
    <message>
        <source>Needs a clinician&apos;s assessment within a few days: this pattern may be an inflammatory arthritis, which needs blood tests or a rheumatology referral.</source>
        <translation>Necesita una valoración clínica en unos días: este patrón puede ser una artritis inflamatoria, que requiere análisis de sangre o derivación a reumatología.</translation>
    </message>
    <message>
        <source>Heel pain in a growing runner</source>
        <translation>Dolor de talón en un corredor en crecimiento</translation>
    </message>
    <message>
        <source>Heel pain in a growing runner is often irritation where the heel bone grows: less jumping and hard running for a while, cushioned heels, and a clinician&apos;s check if it lasts.</source>
        <translation>El dolor de talón en un corredor en crecimiento suele ser una irritación de la zona de crecimiento del hueso del talón: menos saltos y carrera intensa durante un tiempo, talones amortiguados y revisión clínica si persiste.</translation>
    </message>
    <message>
        <source>Pain is worse than at the last visit</source>
        <translation>El dolor es mayor que en la última visita</translation>
    </message>
    <message>
        <source>Needs a clinician&apos;s review within a few days: pain has risen by 2 points or more since the last visit, the smallest change that matters to patients. Ask what changed (load, shoes, a new knock) and review the plan.</source>
        <translation>Necesita revisión clínica en unos días: el dolor ha subido 2 puntos o más desde la última visita, el menor cambio que importa a los pacientes. Pregunte qué ha cambiado (carga, calzado, un golpe nuevo) y revise el plan.</translation>
    </message>
    <message>
        <source>No meaningful improvement after six weeks</source>
        <translation>Sin mejoría significativa tras seis semanas</translation>
    </message>
    <message>
        <source>Needs a clinician&apos;s review within a few days: six weeks or more into the course, no measure has improved by its minimal important change. Reconsider the diagnosis and the plan; imaging or a referral may be needed.</source>
        <translation>Necesita revisión clínica en unos días: tras seis semanas o más de tratamiento, ninguna medida ha mejorado en su cambio mínimo importante. Replantee el diagnóstico y el plan; pueden ser necesarias pruebas de imagen o una derivación.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Loading the settings…</source>
        <translation>Cargando los ajustes…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>No logo: the printouts carry the clinic&apos;s name, address and phone only.</source>
        <translation>Sin logotipo: los impresos llevan solo el nombre, la dirección y el teléfono de la clínica.</translation>
    </message>
    <message>
        <source>The thresholds change which intakes get flagged from now on. Intakes already assessed keep the flags they were given, under the thresholds of that day.</source>
        <translation>Los umbrales cambian qué admisiones reciben alertas a partir de ahora. Las ya evaluadas conservan sus alertas, con los umbrales de ese día.</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s logo</source>
        <translation>Elegir el logotipo de la clínica</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Settings changed elsewhere</source>
        <translation>Ajustes cambiados en otro puesto</translation>
    </message>
    <message>
        <source>{message}

Load their settings now? What you typed here will be replaced.</source>
        <translation>{message}

¿Cargar ahora sus ajustes? Lo que escribió aquí se reemplazará.</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Des&amp;hacer</translation>
    </message>
    <message>
        <source>Read the settings from the database again, dropping changes</source>
        <translation>Volver a leer los ajustes de la base de datos y descartar los cambios</translation>
    </message>
    <message>
        <source>Sav&amp;e</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Store these settings for every workstation (Ctrl+S)</source>
        <translation>Guardar estos ajustes para todos los puestos (Ctrl+S)</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>Ajustes de la clínica</translation>
    </message>
    <message>
        <source>Lock after: type a whole number of minutes from {low} to {high}.</source>
        <translation>Bloquear tras: escriba un número entero de minutos de {low} a {high}.</translation>
    </message>
    <message>
        <source>Pain not improving: type a whole number of days from 0 to {high}.</source>
        <translation>Dolor sin mejoría: escriba un número entero de días de 0 a {high}.</translation>
    </message>
    <message>
        <source>Largest weekly rise: type a percentage from 0 to {high}.</source>
        <translation>Mayor aumento semanal: escriba un porcentaje de 0 a {high}.</translation>
    </message>
    <message>
        <source>On every printout</source>
        <translation>En todos los impresos</translation>
    </message>
    <message>
        <source>Clinic na&amp;me:</source>
        <translation>&amp;Nombre de la clínica:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Ph&amp;one:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <source>Empty: “your local emergency number”</source>
        <translation>Vacío: «su número local de emergencias»</translation>
    </message>
    <message>
        <source>Printed in the “Get emergency care now” box of a care sheet, after “Call”: digits, spaces and + ( ) - only, such as 999, 112 or 911</source>
        <translation>Se imprime en el recuadro «Busque atención de emergencia ya» de la hoja de cuidados, tras «Llame al»: solo dígitos, espacios y + ( ) -, como 999, 112 o 911</translation>
    </message>
    <message>
        <source>Emergency num&amp;ber:</source>
        <translation>Número de &amp;emergencias:</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Elegir &amp;logotipo…</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture, at most 512 KB</source>
        <translation>Una imagen PNG o JPEG de 512 KB como máximo</translation>
    </message>
    <message>
        <source>Remove lo&amp;go</source>
        <translation>&amp;Quitar logotipo</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>Tama&amp;ño del papel:</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Care sheets and follow-up sheets are printed in the patient&apos;s language. When the intake does not say which language they read, they are printed in this one.</source>
        <translation>Las hojas de cuidados y de seguimiento se imprimen en el idioma del paciente. Si la admisión no lo indica, se imprimen en este.</translation>
    </message>
    <message>
        <source>Patients&apos; sheets, b&amp;y default:</source>
        <translation>Hojas de pacientes, &amp;por defecto:</translation>
    </message>
    <message>
        <source>Referral letters and the clinician&apos;s part of the progress report are printed in this language, whatever the patient reads.</source>
        <translation>Las cartas de derivación y la parte del clínico del informe de evolución se imprimen en este idioma, sea cual sea el del paciente.</translation>
    </message>
    <message>
        <source>Letters for clinicians:</source>
        <translation>Cartas para clínicos:</translation>
    </message>
    <message>
        <source>A clinician has reviewed the patient text in every language.</source>
        <translation>Un clínico ha revisado el texto para pacientes en todos los idiomas.</translation>
    </message>
    <message>
        <source>Not yet reviewed by a clinician: %1</source>
        <translation>Aún sin revisar por un clínico: %1</translation>
    </message>
    <message>
        <source>Session lock</source>
        <translation>Bloqueo de sesión</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>After this long without use, a workstation hides patient data until the password is typed again</source>
        <translation>Tras este tiempo sin uso, el puesto oculta los datos de pacientes hasta que se vuelva a escribir la contraseña</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>&amp;Bloquear tras:</translation>
    </message>
    <message>
        <source>Flag thresholds</source>
        <translation>Umbrales de las alertas</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Pain that has lasted longer than this without getting better may need a clinician (flag: pain that is not settling)</source>
        <translation>Un dolor que dura más que esto sin mejorar puede necesitar un clínico (alerta: dolor que no cede)</translation>
    </message>
    <message>
        <source>Pain not &amp;improving, flag after more than:</source>
        <translation>Dolor sin &amp;mejoría, alertar tras más de:</translation>
    </message>
    <message>
        <source>A larger rise in weekly distance than this brings advice to ease back, and counts towards the stress-fracture flag</source>
        <translation>Un aumento semanal mayor que este genera el consejo de bajar la carga y cuenta para la alerta de fractura por estrés</translation>
    </message>
    <message>
        <source>Largest &amp;weekly rise in distance:</source>
        <translation>Mayor aumento &amp;semanal de distancia:</translation>
    </message>
    <message>
        <source>Restore defaul&amp;ts</source>
        <translation>Restaurar &amp;valores</translation>
    </message>
    <message>
        <source>Put back {days} days and {percent} % (then Save)</source>
        <translation>Volver a {days} días y {percent} % (luego Guardar)</translation>
    </message>
    <message>
        <source>The clinic&apos;s logo</source>
        <translation>El logotipo de la clínica</translation>
    </message>
    <message>
        <source>A logo this screen cannot show.</source>
        <translation>Un logotipo que esta pantalla no puede mostrar.</translation>
    </message>
    <message>
        <source>Cannot read the settings: {problem}</source>
        <translation>No se pueden leer los ajustes: {problem}</translation>
    </message>
    <message>
        <source>Not saved. {problem}</source>
        <translation>No se guardó. {problem}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>No se guardó: {problem}</translation>
    </message>
    <message>
        <source>{problem} The logo was not changed.</source>
        <translation>{problem} El logotipo no se cambió.</translation>
    </message>
    <message>
        <source>The logo is in the form; Save to print it on every handout.</source>
        <translation>El logotipo está en el formulario; Guarde para imprimirlo en cada hoja.</translation>
    </message>
    <message>
        <source>The logo is out of the form; Save to print without it.</source>
        <translation>El logotipo se quitó del formulario; Guarde para imprimir sin él.</translation>
    </message>
    <message>
        <source>The default thresholds are in the form; Save to use them.</source>
        <translation>Los umbrales predeterminados están en el formulario; Guarde para usarlos.</translation>
    </message>
    <message>
        <source>Not saved: {who} saved other settings at {when}, after this page read them. Your changes are still in the form. Use Revert to see theirs, then make yours again.</source>
        <translation>No se guardó: {who} guardó otros ajustes el {when}, después de que esta página los leyera. Sus cambios siguen en el formulario. Use Deshacer para ver los suyos y vuelva a hacer los cambios.</translation>
    </message>
    <message>
        <source>These are the settings {who} saved. Make your changes again and Save.</source>
        <translation>Estos son los ajustes que guardó {who}. Vuelva a hacer sus cambios y Guarde.</translation>
    </message>
    <message>
        <source>{problem} It was put back to its last value.</source>
        <translation>{problem} Se volvió a su último valor.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>That username and password do not match an active account. Check them and try again, or ask the administrator.</source>
        <translation>Ese usuario y esa contraseña no coinciden con una cuenta activa. Revíselos e inténtelo de nuevo, o pregunte al administrador.</translation>
    </message>
    <message>
        <source>Sign in — {where}</source>
        <translation>Iniciar sesión: {where}</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Type your username and your password.</source>
        <translation>Escriba su usuario y su contraseña.</translation>
    </message>
    <message>
        <source>Cannot sign in: {problem}</source>
        <translation>No se puede iniciar sesión: {problem}</translation>
    </message>
    <message>
        <source>Sign in with your own account. What you do is recorded under your name.</source>
        <translation>Inicie sesión con su propia cuenta. Lo que haga queda registrado a su nombre.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Sign here with your finger.</source>
        <translation>Firme aquí con el dedo.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Leave the kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <source>Staff only: type the kiosk PIN, or sign in.</source>
        <translation>Solo personal: escriba el PIN del quiosco o inicie sesión.</translation>
    </message>
    <message>
        <source>Leave with the PIN</source>
        <translation>Salir con el PIN</translation>
    </message>
    <message>
        <source>Sign in and leave</source>
        <translation>Iniciar sesión y salir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Kiosk PIN</source>
        <translation>PIN del quiosco</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
    <message>
        <source>This kiosk has no PIN. Please sign in as staff.</source>
        <translation>Este quiosco no tiene PIN. Inicie sesión como personal.</translation>
    </message>
    <message>
        <source>This kiosk cannot check staff passwords on its database login. Please use the kiosk PIN.</source>
        <translation>Este quiosco no puede comprobar contraseñas con su acceso a la base de datos. Use el PIN del quiosco.</translation>
    </message>
    <message>
        <source>The username or password is not right.</source>
        <translation>El usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>The PIN is locked after 5 wrong tries. Try again after {time}, or sign in as staff.</source>
        <translation>El PIN está bloqueado tras 5 intentos fallidos. Vuelva a intentarlo después de las {time}, o inicie sesión como personal.</translation>
    </message>
</context>
<context>
    <name>StillTherePage</name>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>Touch the screen to go on with your answers.</source>
        <translation>Toque la pantalla para seguir con sus respuestas.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Sigo aquí</translation>
    </message>
</context>
<context>
    <name>ThanksPage</name>
    <message>
        <source>Thank you. Please let the front desk know you have finished.</source>
        <translation>Gracias. Avise en recepción de que ha terminado.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>{status}, locked out until {time}</source>
        <translation>{status}, bloqueada hasta las {time}</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Loading the users…</source>
        <translation>Cargando los usuarios…</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Cambiando…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Everyone who signs in. A switched-off account cannot sign in; its name stays on every record it made.</source>
        <translation>Todas las personas que inician sesión. Una cuenta desactivada no puede iniciar sesión; su nombre queda en cada registro que hizo.</translation>
    </message>
    <message>
        <source>A&amp;dd user…</source>
        <translation>&amp;Añadir usuario…</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Añadir una cuenta</translation>
    </message>
    <message>
        <source>R&amp;eset password…</source>
        <translation>R&amp;establecer contraseña…</translation>
    </message>
    <message>
        <source>Give the selected user a new password</source>
        <translation>Dar una contraseña nueva al usuario seleccionado</translation>
    </message>
    <message>
        <source>Role of the selected user</source>
        <translation>Rol del usuario seleccionado</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ol:</translation>
    </message>
    <message>
        <source>Change ro&amp;le</source>
        <translation>Cam&amp;biar rol</translation>
    </message>
    <message>
        <source>Give the selected user the role chosen beside</source>
        <translation>Dar al usuario seleccionado el rol elegido al lado</translation>
    </message>
    <message>
        <source>S&amp;witch off</source>
        <translation>Desac&amp;tivar</translation>
    </message>
    <message>
        <source>Lift loc&amp;kout</source>
        <translation>Levantar blo&amp;queo</translation>
    </message>
    <message>
        <source>Let the selected user sign in again at once after too many failed sign-ins</source>
        <translation>Permitir que el usuario seleccionado vuelva a iniciar sesión ahora mismo tras demasiados intentos fallidos</translation>
    </message>
    <message>
        <source>Cannot read the users: {problem} Try again in a moment.</source>
        <translation>No se pueden leer los usuarios: {problem} Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>{name} ({username}) has a new password. Tell them in person.</source>
        <translation>{name} ({username}) tiene una contraseña nueva. Dígasela en persona.</translation>
    </message>
    <message>
        <source>{name} ({username}) is now {role}; it takes effect when they next sign in.</source>
        <translation>{name} ({username}) ahora es {role}; se aplica la próxima vez que inicie sesión.</translation>
    </message>
    <message>
        <source>{name} ({username}) is switched off and can no longer sign in.</source>
        <translation>{name} ({username}) está desactivado y ya no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>{name} ({username}) is switched on again and can sign in with their old password.</source>
        <translation>{name} ({username}) está activado de nuevo y puede iniciar sesión con su contraseña anterior.</translation>
    </message>
    <message>
        <source>{name} ({username}) can sign in again: the lockout is lifted.</source>
        <translation>{name} ({username}) puede volver a iniciar sesión: se ha levantado el bloqueo.</translation>
    </message>
    <message>
        <source>{name} ({username}) was not locked out.</source>
        <translation>{name} ({username}) no estaba bloqueado.</translation>
    </message>
    <message>
        <source>Not changed: {problem}</source>
        <translation>No se cambió: {problem}</translation>
    </message>
    <message>
        <source>Added {name} ({username}) as {role}. They can sign in now.</source>
        <translation>Se añadió a {name} ({username}) como {role}. Ya puede iniciar sesión.</translation>
    </message>
    <message>
        <source>S&amp;witch on</source>
        <translation>Ac&amp;tivar</translation>
    </message>
    <message>
        <source>Let the selected user sign in again</source>
        <translation>Permitir que el usuario seleccionado vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>Stop the selected user from signing in</source>
        <translation>Impedir que el usuario seleccionado inicie sesión</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>front desk</source>
        <translation>recepción</translation>
    </message>
    <message>
        <source>clinician</source>
        <translation>clínico</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>a front desk</source>
        <translation>personal de recepción</translation>
    </message>
    <message>
        <source>a clinician</source>
        <translation>clínico</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list but the last two</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
    <message>
        <source>en_GB</source>
        <comment>Qt locale name of this translation</comment>
        <translation>es</translation>
    </message>
    <message>
        <source>HH:mm &apos;on&apos; d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy &apos;a las&apos; HH:mm</translation>
    </message>
</context>
</TS>
