<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_GB">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>2 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; no spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. maria.lopez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they sign in with: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on records and on referral letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a username: what they will sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A username is {hint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type their name, as it should appear on records and letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user was not added: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>Nothing answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of an answer</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any user (or part of a username)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the events these filters let through (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every event again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the trail again for events since it was shown (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every event these filters show to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recor&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit trail: {problem}. Try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The From day is after the To day; choose a From day on or before the To day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the audit trail to {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit trail: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {events} to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the audit trail: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read more of the audit trail: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskAlertBar</name>
    <message>
        <source>⚠ Emergency alert at the desk. Unlock to see who and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent alert at the desk. Unlock to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs emergency care now (the emergency department or emergency number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs seeing by a clinician today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency alert for {patient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent alert for {patient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge emergency alert (unlock first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge urgent alert (unlock first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the emergency alert for {patient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the urgent alert for {patient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That alert was already acknowledged by {who} at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert was not acknowledged: {problem}. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the window to see and acknowledge the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised at {time} by {who} (intake {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen and acted on: take this alert off every workstation ({keys} comes here)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Creating the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the administrator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator&apos;s account first. The administrator adds the accounts for the front desk and the clinicians.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case letters and digits, e.g. admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as it should appear on records and letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagCard</name>
    <message>
        <source>Decide on this flag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide on: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagWords</name>
    <message>
        <source>Emergency — care now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent — same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soon — within days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the clinician only — not printed on the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document format this version reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the distance in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pain now (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the distance unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the distance the week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the changes in the last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the surfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the distance on the main pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pairs in rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether the shoes fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether the cushioning is worn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the pain started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how it feels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether they can point to one spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether pressing a bone hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbness or tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether the area feels hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight bearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse with activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain at night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain with the first steps in the morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the days of self-care tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether it is getting better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what started it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the colour of the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether the foot feels cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain far worse than the injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether the redness is spreading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether they feel very unwell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a wound on the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minutes of morning stiffness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a past stress fracture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diabetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reduced feeling in the feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low bone density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent or irregular periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restricted eating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other joints affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recent fluoroquinolone antibiotic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexplained weight loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancer now or in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rests on: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set: {version}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FootMap</name>
    <message>
        <source>Point at the drawing to name a region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot (side not chosen yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>underside and back of the heel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the arch, underside of the midfoot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ball of the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under the heads of the metatarsals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller toes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesser toes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big toe joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the big toe joint and the sesamoids beneath it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top of the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top (dorsum) of the midfoot and forefoot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer edge of the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outer edge of the midfoot: base of the 5th metatarsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner edge of the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inner edge of the midfoot: the navicular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achilles tendon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Achilles tendon above the heel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>around the ankle bones (malleoli)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing of the foot from underneath, the inner side and the outer side. Mark each painful region with the checkboxes that follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked: {regions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing marked yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutPrinting</name>
    <message>
        <source>care sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care sheet: print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care sheet (large print): print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {document} could not be made. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {document} was printed but could not be put on record. {problem} Once that is solved, save it again so a copy is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {document} was saved but could not be put on record. {problem} Once that is solved, save it again so a copy is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeFields</name>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilometres (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miles (mi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a foot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walks normally, no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walks normally, but it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot walk normally (limps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take four steps on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, it is getting better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, it is not getting better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: it came on by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A twist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blow or a knock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sudden snap or pop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pale or white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blotchy (mottled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster or harder sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More hills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concrete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treadmill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stabbing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throbbing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeHistoryStep</name>
    <message>
        <source>History and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has had a stress fracture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced feeling in the feet (neuropathy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low bone density (osteopenia or osteoporosis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods absent or irregular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricts food, or low energy for training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other joints are swollen or painful too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An antibiotic such as ciprofloxacin or levofloxacin in the last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight loss they cannot explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancer now or in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakePatientStep</name>
    <message>
        <source>Patient and visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visit date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeRunningStep</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distances in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance in the last &amp;7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Years running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes in the last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sur&amp;faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance on the main &amp;pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs in &amp;rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoes do not fit well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cushioning is worn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses orthotics or insoles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-trains (cycling, swimming, elliptical…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tretches after running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeSymptomsStep</name>
    <message>
        <source>Symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Which foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;here it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain &amp;now (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain at its w&amp;orst (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it &amp;feels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain &amp;started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What st&amp;arted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wei&amp;ght bearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swe&amp;lling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can point to one spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressing one spot on a bone hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The painful area feels hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feels feverish, or has a fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot or toes changed co&amp;lour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The painful foot feels cold next to the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain far worse than the injury, not eased by rest or painkillers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The red area is getting bigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wound, blister, crack or ulcer on the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shivering, confused, faint or very unwell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse with activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain wakes them at night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain with the first steps in the morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning stiffness (Morning stiffness (minutes)amp;minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days of self-care tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting &amp;better</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Window language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice applies the next time you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language could not be saved on this computer ({error}). Check that your settings folder can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>{app}: no database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The details are in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong ({kind}).{where} What was typed is kept in the draft; if this happens again, tell whoever supports the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>That password is not right. Try again, or sign in as someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That username and password do not match an active account. Check them, or unlock with your own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked — {name}’s session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient details are hidden while nobody is at the desk. Type your password to carry on where you were, or sign in as someone else; what was typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password (and your username, if it is not yours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the password: {problem}. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follo&amp;w-up visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window lan&amp;guage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake, red-flag review and home-care handouts for runners with foot pain. The flags are for a clinician to check; they are not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassword</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>The clinic&apos;s database is not answering. You can go on typing: the intake is kept on this computer and saved as soon as the database answers again. Finding patients, the review queue and submitting wait until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database not answering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the rating away (not asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} out of {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain rating: {words}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Reset password: {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for {name} ({username}). Tell them in person, not by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not changed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Page %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a PDF file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF cannot be shown. Close this window and make it again; if it happens again, tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to {queue}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {problem}. Choose a folder that exists and that you may write to, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {pages} to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to {queue}; whether it has printed cannot be told now: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until this has finished, then close the preview.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAAM daily living</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAAM sports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{title}: progress chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low}–{high}, higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed line: the change that counts (MIC), {points} up from the first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low}–{high}, lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed line: the change that counts (MIC), {points} down from the first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message>
        <source>Progress charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measures recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Loading the settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo: the printouts carry the clinic&apos;s name, address and phone only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thresholds change which intakes get flagged from now on. Intakes already assessed keep the flags they were given, under the thresholds of that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}

Load their settings now? What you typed here will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the settings from the database again, dropping changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sav&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store these settings for every workstation (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after: type a whole number of minutes from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain not improving: type a whole number of days from 0 to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest weekly rise: type a percentage from 0 to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On every printout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ph&amp;one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: “your local emergency number”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed in the “Get emergency care now” box of a care sheet, after “Call”: digits, spaces and + ( ) - only, such as 999, 112 or 911</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency num&amp;ber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG or JPEG picture, at most 512 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove lo&amp;go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this long without use, a workstation hides patient data until the password is typed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain that has lasted longer than this without getting better may need a clinician (flag: pain that is not settling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain not &amp;improving, flag after more than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A larger rise in weekly distance than this brings advice to ease back, and counts towards the stress-fracture flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest &amp;weekly rise in distance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaul&amp;ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back {days} days and {percent} % (then Save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A logo this screen cannot show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the settings: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} The logo was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is in the form; Save to print it on every handout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is out of the form; Save to print without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default thresholds are in the form; Save to use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {who} saved other settings at {when}, after this page read them. Your changes are still in the form. Use Revert to see theirs, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the settings {who} saved. Make your changes again and Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} It was put back to its last value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That username and password do not match an active account. Check them and try again, or ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in — {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your username and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign in: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your own account. What you do is recorded under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Loading the users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who signs in. A switched-off account cannot sign in; its name stays on every record it made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected user a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change ro&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected user the role chosen beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the users: {problem} Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({username}) has a new password. Tell them in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({username}) is now {role}; it takes effect when they next sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({username}) is switched off and can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({username}) is switched on again and can sign in with their old password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name} ({username}) as {role}. They can sign in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the selected user sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected user from signing in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list but the last two</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en_GB</source>
        <comment>Qt locale name of this translation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm &apos;on&apos; d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
