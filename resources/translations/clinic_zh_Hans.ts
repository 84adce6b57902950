<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_GB">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>2 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; no spaces</source>
        <translation>2 到 64 个小写字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;；不含空格</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U):</translation>
    </message>
    <message>
        <source>e.g. maria.lopez</source>
        <translation>例如 maria.lopez</translation>
    </message>
    <message>
        <source>What they sign in with: {hint}</source>
        <translation>用于登录：{hint}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N):</translation>
    </message>
    <message>
        <source>Shown on records and on referral letters</source>
        <translation>显示在记录和转诊信上</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>添加用户(&amp;A)</translation>
    </message>
    <message>
        <source>Type a username: what they will sign in with.</source>
        <translation>请输入用户名：用于登录。</translation>
    </message>
    <message>
        <source>A username is {hint}.</source>
        <translation>用户名须为{hint}。</translation>
    </message>
    <message>
        <source>Type their name, as it should appear on records and letters.</source>
        <translation>请输入姓名，按记录和信件上的写法。</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>正在添加…</translation>
    </message>
    <message>
        <source>The user was not added: {problem}</source>
        <translation>未添加用户：{problem}</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>Nothing answered.</source>
        <translation>没有回答。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of an answer</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>its content no longer matches its hash</source>
        <translation>其内容与其哈希值不再一致</translation>
    </message>
    <message>
        <source>it does not follow the event before it (an event was removed or moved)</source>
        <translation>它没有接在前一个事件之后（有事件被删除或移动）</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Any user (or part of a username)</source>
        <translation>任意用户（或用户名的一部分）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>应用(&amp;Y)</translation>
    </message>
    <message>
        <source>Show the events these filters let through (Enter)</source>
        <translation>显示符合这些筛选条件的事件（Enter）</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Show every event again</source>
        <translation>重新显示所有事件</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the trail again for events since it was shown (F5)</source>
        <translation>重新读取记录，查看之后的新事件（F5）</translation>
    </message>
    <message>
        <source>Audit events, newest first</source>
        <translation>审计事件，最新的在前</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Write every event these filters show to a CSV file</source>
        <translation>把这些筛选条件显示的所有事件写入 CSV 文件</translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation>用户(&amp;E):</translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation>操作(&amp;O):</translation>
    </message>
    <message>
        <source>Recor&amp;d:</source>
        <translation>记录(&amp;D):</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>从(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T):</translation>
    </message>
    <message>
        <source>Cannot read the audit trail: {problem}. Try again in a moment</source>
        <translation>无法读取审计记录：{problem}。请稍后再试</translation>
    </message>
    <message>
        <source>The From day is after the To day; choose a From day on or before the To day</source>
        <translation>“从”的日期晚于“到”的日期；请选择不晚于“到”的日期</translation>
    </message>
    <message>
        <source>Exporting the audit trail to {path}…</source>
        <translation>正在把审计记录导出到 {path}…</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>没有事件</translation>
    </message>
    <message>
        <source>Checking that no event was changed…</source>
        <translation>正在检查是否有事件被更改…</translation>
    </message>
    <message>
        <source>Trail intact: {events} checked; none was changed, removed or moved.</source>
        <translation>审计记录完好：已检查 {events}；没有事件被更改、删除或移动。</translation>
    </message>
    <message>
        <source>Trail altered at event {number} ({time}, {action}): {problem}. Keep this database as it is and compare it with a backup; `clinic-intake audit verify` gives the same answer.</source>
        <translation>审计记录在事件 {number}（{time}，{action}）处被改动：{problem}。请保持此数据库原样，并与备份进行比较；`clinic-intake audit verify` 会给出相同的结果。</translation>
    </message>
    <message>
        <source>Cannot check the audit trail: {problem}. Try again in a moment.</source>
        <translation>无法检查审计记录：{problem}。请稍后再试。</translation>
    </message>
    <message>
        <source>Cannot read the audit trail: {problem}</source>
        <translation>无法读取审计记录：{problem}</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>任意操作</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>任意记录</translation>
    </message>
    <message>
        <source>Exported {events} to {path}.</source>
        <translation>已将 {events}导出到 {path}。</translation>
    </message>
    <message>
        <source>Cannot export the audit trail: {problem}</source>
        <translation>无法导出审计记录：{problem}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Cannot read more of the audit trail: {problem}</source>
        <translation>无法继续读取审计记录：{problem}</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>{what} failed unexpectedly; the details are in the log. Try again, and if it happens again, tell your administrator</source>
        <translation>意外失败：{what}。详情见日志。请重试；如果再次发生，请告知管理员</translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message>
        <source>The backup folder {folder} cannot be written ({reason}).</source>
        <translation>无法写入备份文件夹 {folder}（{reason}）。</translation>
    </message>
    <message>
        <source>The backup failed: {reason}.</source>
        <translation>备份失败：{reason}。</translation>
    </message>
    <message>
        <source>No backup has been made on this computer yet.</source>
        <translation>这台电脑还没有做过备份。</translation>
    </message>
    <message>
        <source>No backup in the last {days} days (the newest is from {when}).</source>
        <translation>最近 {days} 天没有备份（最新的一份是 {when}）。</translation>
    </message>
    <message>
        <source>An administrator can look at Settings, Backups.</source>
        <translation>管理员可以在“设置 &gt; 备份”中查看。</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>the day&apos;s first start</source>
        <translation>当天第一次启动</translation>
    </message>
    <message>
        <source>at exit</source>
        <translation>退出时</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>This computer backs up its database on the day&apos;s first start and at every exit, and checks each backup. It keeps 7 daily, 4 weekly and 12 monthly backups. Choose a folder on another disk or a share, so a failed disk does not take the backups with it.</source>
        <translation>这台电脑在每天第一次启动时和每次退出时备份数据库，并检查每一份备份。保留 7 份每日、4 份每周和 12 份每月备份。请选择另一块磁盘或共享文件夹，这样磁盘坏了也不会连备份一起丢失。</translation>
    </message>
    <message>
        <source>Choose fol&amp;der…</source>
        <translation>选择文件夹(&amp;D)…</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>保留的备份</translation>
    </message>
    <message>
        <source>Back up n&amp;ow</source>
        <translation>立即备份(&amp;O)</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>最近一次备份：</translation>
    </message>
    <message>
        <source>Looking at the backups…</source>
        <translation>正在查看备份…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Trying the folder…</source>
        <translation>正在测试文件夹…</translation>
    </message>
    <message>
        <source>Backups now go to {folder}.</source>
        <translation>备份现在保存到 {folder}。</translation>
    </message>
    <message>
        <source>Backed up and checked: {file}.</source>
        <translation>已备份并检查：{file}。</translation>
    </message>
    <message>
        <source>A PostgreSQL database is backed up on the server (pg_dump), not by this computer: see the README, Backups.</source>
        <translation>PostgreSQL 数据库在服务器上备份（pg_dump），不由这台电脑备份：见 README 的 Backups 一节。</translation>
    </message>
    <message>
        <source>{when} ({why})</source>
        <translation>{when}（{why}）</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>还没有</translation>
    </message>
    <message>
        <source>{when} ({why}): {file}</source>
        <translation>{when}（{why}）：{file}</translation>
    </message>
</context>
<context>
    <name>CloseCourseDialog</name>
    <message>
        <source>Close the course of care</source>
        <translation>结束疗程</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
    <message>
        <source>Closing the course that started {started} ends it: a closed course takes no new follow-up visit. Its visits and charts stay on record. Say why it is closed, for the record.</source>
        <translation>结束始于 {started} 的疗程后，该疗程不再接受新的复诊。其就诊记录和图表会保留。请写明结束原因，以备记录。</translation>
    </message>
    <message>
        <source>For example: discharged, back to full training</source>
        <translation>例如：已出院，恢复正常训练</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>原因（必填）(&amp;R)：</translation>
    </message>
    <message>
        <source>Reason for closing the course</source>
        <translation>结束疗程的原因</translation>
    </message>
    <message>
        <source>&amp;Close course</source>
        <translation>结束疗程(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A reason is needed to close the course: say why in a few words (discharged, referred on, stopped coming).</source>
        <translation>结束疗程需要填写原因：请简要说明（已出院、已转诊、不再就诊）。</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>正在结束…</translation>
    </message>
    <message>
        <source>not closed: {problem}</source>
        <translation>未能结束：{problem}</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Loading the consent text…</source>
        <translation>正在载入同意书…</translation>
    </message>
    <message>
        <source>I have read this and I agree</source>
        <translation>我已阅读并同意</translation>
    </message>
    <message>
        <source>Please sign here with your finger:</source>
        <translation>请用手指在这里签名：</translation>
    </message>
    <message>
        <source>Clear my signature</source>
        <translation>清除我的签名</translation>
    </message>
    <message>
        <source>This kiosk has no consent text in your language yet. Please ask the front desk.</source>
        <translation>本机还没有您的语言的同意书。请问前台。</translation>
    </message>
    <message>
        <source>The consent text could not be loaded. Please ask the front desk for help.</source>
        <translation>同意书无法载入。请找前台帮忙。</translation>
    </message>
</context>
<context>
    <name>CoursesPanel</name>
    <message>
        <source>Started</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>就诊次数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Newest visit</source>
        <translation>最近就诊</translation>
    </message>
    <message>
        <source>Reading the patient&apos;s courses…</source>
        <translation>正在读取患者的疗程…</translation>
    </message>
    <message>
        <source>Choose a patient to see their courses of care.</source>
        <translation>请选择一位患者以查看其疗程。</translation>
    </message>
    <message>
        <source>No course of care yet: a course starts with a submitted intake.</source>
        <translation>尚无疗程：提交登记后即开始一个疗程。</translation>
    </message>
    <message>
        <source>Closed ({reason})</source>
        <translation>已结束（{reason}）</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Courses of care</source>
        <translation>疗程</translation>
    </message>
    <message>
        <source>F&amp;ollow-up visit</source>
        <translation>复诊(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Close course…</source>
        <translation>结束疗程(&amp;C)…</translation>
    </message>
    <message>
        <source>The course is closed: {reason}. It takes no new follow-up visit.</source>
        <translation>该疗程已结束：{reason}。不再接受新的复诊。</translation>
    </message>
    <message>
        <source>Cannot show the courses: {message}. Try again in a moment.</source>
        <translation>无法显示疗程：{message}。请稍后再试。</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>第 {stage} 阶段</translation>
    </message>
    <message>
        <source>Start a follow-up visit of the selected course (Alt+O)</source>
        <translation>为所选疗程开始一次复诊 (Alt+O)</translation>
    </message>
    <message>
        <source>This course is closed: a follow-up belongs to an open course.</source>
        <translation>该疗程已结束：复诊只能属于进行中的疗程。</translation>
    </message>
    <message>
        <source>Close the selected course, with the reason (Alt+C)</source>
        <translation>结束所选疗程并填写原因 (Alt+C)</translation>
    </message>
    <message>
        <source>This course is closed already.</source>
        <translation>该疗程已经结束。</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Refer</source>
        <translation>转诊</translation>
    </message>
    <message>
        <source>Manage in clinic</source>
        <translation>在本诊所处理</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>无需处理</translation>
    </message>
    <message>
        <source>Emergency — care now</source>
        <translation>紧急——立即就医</translation>
    </message>
    <message>
        <source>Urgent — same day</source>
        <translation>加急——当天</translation>
    </message>
    <message>
        <source>Soon — within days</source>
        <translation>尽快——几天内</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Choose Refer, Manage in clinic or Not needed.</source>
        <translation>请选择“转诊”、“在本诊所处理”或“无需处理”。</translation>
    </message>
    <message>
        <source>Choose where to refer the patient.</source>
        <translation>请选择将患者转诊至何处。</translation>
    </message>
    <message>
        <source>A reason is needed for this decision: say why, in a few words.</source>
        <translation>此决定需要填写原因：请简要说明。</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>正在记录…</translation>
    </message>
    <message>
        <source>Refer to {destination}</source>
        <translation>转诊至{destination}</translation>
    </message>
    <message>
        <source>Refer to {destination} ({urgency})</source>
        <translation>转诊至{destination}（{urgency}）</translation>
    </message>
    <message>
        <source>Decide on a flag</source>
        <translation>对标记作出决定</translation>
    </message>
    <message>
        <source>Decide for the whole intake</source>
        <translation>对整份登记作出决定</translation>
    </message>
    <message>
        <source>Decide for the whole follow-up visit</source>
        <translation>对整次复诊作出决定</translation>
    </message>
    <message>
        <source>Your decision on “{flag}”, from what the rules found:</source>
        <translation>您对“{flag}”的决定，依据规则的发现：</translation>
    </message>
    <message>
        <source>For the whole intake: this decision covers every referral flag still open.</source>
        <translation>针对整份登记：此决定涵盖所有尚未处理的转诊标记。</translation>
    </message>
    <message>
        <source>For the whole follow-up visit: this decision covers every referral and follow-up flag of the visit still open.</source>
        <translation>针对整次复诊：此决定涵盖本次复诊所有尚未处理的转诊标记和复诊标记。</translation>
    </message>
    <message>
        <source>&amp;Refer</source>
        <translation>转诊(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Manage in clinic</source>
        <translation>在本诊所处理(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Not needed</source>
        <translation>无需处理(&amp;N)</translation>
    </message>
    <message>
        <source>Choose where…</source>
        <translation>请选择去向…</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>去向(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>紧急程度(&amp;U)：</translation>
    </message>
    <message>
        <source>Re&amp;cord decision</source>
        <translation>记录决定(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Not&amp;e for the letter (optional):</source>
        <translation>信中备注（可选）(&amp;E)：</translation>
    </message>
    <message>
        <source>R&amp;eason (required):</source>
        <translation>原因（必填）(&amp;E)：</translation>
    </message>
    <message>
        <source>Put this decision on record (Enter)</source>
        <translation>记录此决定 (Enter)</translation>
    </message>
    <message>
        <source>not recorded: {message}</source>
        <translation>未记录：{message}</translation>
    </message>
</context>
<context>
    <name>DeskAlertBar</name>
    <message>
        <source>⚠ Emergency alert at the desk. Unlock to see who and why.</source>
        <translation>⚠ 前台有紧急警报。解锁后可查看是谁、为什么。</translation>
    </message>
    <message>
        <source>Urgent alert at the desk. Unlock to see it.</source>
        <translation>前台有加急警报。解锁后可查看。</translation>
    </message>
    <message>
        <source>Needs emergency care now (the emergency department or emergency number).</source>
        <translation>需要立即急救（急诊科或急救电话）。</translation>
    </message>
    <message>
        <source>Needs seeing by a clinician today.</source>
        <translation>需要今天由临床医生查看。</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>加急</translation>
    </message>
    <message>
        <source>Emergency alert</source>
        <translation>紧急警报</translation>
    </message>
    <message>
        <source>Urgent alert</source>
        <translation>加急警报</translation>
    </message>
    <message>
        <source>Emergency alert for {patient}</source>
        <translation>{patient}的紧急警报</translation>
    </message>
    <message>
        <source>Urgent alert for {patient}</source>
        <translation>{patient}的加急警报</translation>
    </message>
    <message>
        <source>Acknowledge emergency alert (unlock first)</source>
        <translation>确认紧急警报（请先解锁）</translation>
    </message>
    <message>
        <source>Acknowledge urgent alert (unlock first)</source>
        <translation>确认加急警报（请先解锁）</translation>
    </message>
    <message>
        <source>Acknowledge the emergency alert for {patient}</source>
        <translation>确认{patient}的紧急警报</translation>
    </message>
    <message>
        <source>Acknowledge the urgent alert for {patient}</source>
        <translation>确认{patient}的加急警报</translation>
    </message>
    <message>
        <source>Desk alerts</source>
        <translation>前台警报</translation>
    </message>
    <message>
        <source>That alert was already acknowledged by {who} at {time}.</source>
        <translation>该警报已由{who}于 {time} 确认。</translation>
    </message>
    <message>
        <source>The alert was not acknowledged: {problem}. Try again in a moment.</source>
        <translation>警报未确认：{problem}。请稍后再试。</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Unlock the window to see and acknowledge the alert</source>
        <translation>解锁窗口后才能查看并确认警报</translation>
    </message>
    <message>
        <source>Raised at {time} by {who} ({record})</source>
        <translation>{who} 于 {time} 发出（{record}）</translation>
    </message>
    <message>
        <source>{patient} (own entry at {kiosk})</source>
        <translation>{patient}（在 {kiosk} 自行填写）</translation>
    </message>
    <message>
        <source>{patient} (follow-up visit)</source>
        <translation>{patient}（复诊）</translation>
    </message>
    <message>
        <source>patient entry {number} from {kiosk}</source>
        <translation>来自 {kiosk} 的患者自填 {number}</translation>
    </message>
    <message>
        <source>intake {number}</source>
        <translation>登记 {number}</translation>
    </message>
    <message>
        <source>follow-up {followup} of intake {number}</source>
        <translation>登记 {number} 的复诊 {followup}</translation>
    </message>
    <message>
        <source>Seen and acted on: take this alert off every workstation ({keys} comes here)</source>
        <translation>已查看并处理：从所有工作站移除此警报（{keys} 跳到这里）</translation>
    </message>
</context>
<context>
    <name>DiscardDialog</name>
    <message>
        <source>Discard a patient entry</source>
        <translation>舍弃一份患者自填记录</translation>
    </message>
    <message>
        <source>Why is the entry of {patient} set aside? The reason is kept with the entry.</source>
        <translation>为什么要搁置 {patient} 的自填记录？原因会与记录一起保存。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>For example: a test entry, or entered twice</source>
        <translation>例如：测试记录，或填写了两次</translation>
    </message>
    <message>
        <source>&amp;Discard the entry</source>
        <translation>舍弃此记录(&amp;D)</translation>
    </message>
    <message>
        <source>Say why the entry is discarded; nothing was changed.</source>
        <translation>请说明舍弃的原因；没有做任何更改。</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>kept on this computer while the database was unreachable</source>
        <translation>在数据库无法连接时保存在本机</translation>
    </message>
    <message>
        <source>{name} — follow-up visit, last saved {when} by {who}</source>
        <translation>{name} — 复诊，{who} 于 {when} 最后保存</translation>
    </message>
    <message>
        <source>{name} — {kept_here} (typed {when} by {who})</source>
        <translation>{name} — {kept_here}（{who} 于 {when} 录入）</translation>
    </message>
    <message>
        <source>{name} — last saved {when} by {who}</source>
        <translation>{name} — {who} 于 {when} 最后保存</translation>
    </message>
    <message>
        <source>No name yet</source>
        <translation>尚无姓名</translation>
    </message>
    <message>
        <source>Unfinished intakes</source>
        <translation>未完成的登记</translation>
    </message>
    <message>
        <source>Unfinished intakes and follow-up visits</source>
        <translation>未完成的登记和复诊</translation>
    </message>
    <message>
        <source>These intakes were started but not submitted. Carry on with one, or discard one that is not needed.</source>
        <translation>这些登记已开始但尚未提交。请继续其中一份，或舍弃不需要的。</translation>
    </message>
    <message>
        <source>These intakes and follow-up visits were started but not submitted. Carry on with one, or discard one that is not needed.</source>
        <translation>这些登记和复诊已开始但尚未提交。请继续其中一份，或舍弃不需要的。</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>舍弃(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>Press Discard again to drop this draft for good.</source>
        <translation>再次点击“舍弃”将永久删除此草稿。</translation>
    </message>
    <message>
        <source>Discarding…</source>
        <translation>正在舍弃…</translation>
    </message>
    <message>
        <source>Not discarded: {error}</source>
        <translation>未舍弃：{error}</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>草稿已舍弃。</translation>
    </message>
</context>
<context>
    <name>EncryptionPage</name>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>正在查看…</translation>
    </message>
    <message>
        <source>The records are on a PostgreSQL server: encryption at rest is the server&apos;s disk (ask whoever looks after the server).</source>
        <translation>记录保存在 PostgreSQL 服务器上：静态加密由服务器的磁盘负责（请询问负责该服务器的人）。</translation>
    </message>
    <message>
        <source>This database is not encrypted: anyone who copies its file can read every record. Close the app and run `clinic-intake db encrypt` to encrypt it.</source>
        <translation>此数据库未加密：任何复制其文件的人都能读取所有记录。请关闭本程序，然后运行 `clinic-intake db encrypt` 进行加密。</translation>
    </message>
    <message>
        <source>This database is encrypted (SQLCipher, 256-bit key).</source>
        <translation>此数据库已加密（SQLCipher，256 位密钥）。</translation>
    </message>
    <message>
        <source>Its key is kept in this computer&apos;s keyring.</source>
        <translation>其密钥保存在本电脑的密钥环中。</translation>
    </message>
    <message>
        <source>Its key is kept in a file on this computer (no keyring was found).</source>
        <translation>其密钥保存在本电脑上的一个文件中（未找到密钥环）。</translation>
    </message>
    <message>
        <source>Warning: {warning}.</source>
        <translation>警告：{warning}。</translation>
    </message>
    <message>
        <source>If this computer&apos;s keyring or key file is lost, the records open again with the recovery key written down when the database was made: on the computer that has the database, run `clinic-intake db recover` and type it.</source>
        <translation>如果本电脑的密钥环或密钥文件丢失，可以用创建数据库时记下的恢复密钥重新打开记录：在存放数据库的电脑上运行 `clinic-intake db recover` 并输入它。</translation>
    </message>
</context>
<context>
    <name>EntriesPage</name>
    <message>
        <source>a FHIR form</source>
        <translation>FHIR 表单</translation>
    </message>
    <message>
        <source>Patient entries waiting for the desk</source>
        <translation>等待前台核对的患者自填记录</translation>
    </message>
    <message>
        <source>Answers patients gave themselves, waiting for the desk</source>
        <translation>患者自己填写的回答，等待前台核对</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Check the selected entry in the intake form (Enter)</source>
        <translation>在登记表中核对所选记录（回车）</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>舍弃(&amp;D)…</translation>
    </message>
    <message>
        <source>Set the selected entry aside, saying why</source>
        <translation>搁置所选记录，并说明原因</translation>
    </message>
    <message>
        <source>No entries are waiting.</source>
        <translation>没有等待中的记录。</translation>
    </message>
    <message>
        <source>The entries could not be read ({message}); trying again shortly.</source>
        <translation>无法读取记录（{message}）；稍后会再试。</translation>
    </message>
    <message>
        <source>Discarding…</source>
        <translation>正在舍弃…</translation>
    </message>
    <message>
        <source>The entry was discarded; the reason is on record.</source>
        <translation>记录已舍弃；原因已保存。</translation>
    </message>
    <message>
        <source>The entry was not discarded: {message}</source>
        <translation>记录未舍弃：{message}</translation>
    </message>
</context>
<context>
    <name>EntryCorrections</name>
    <message>
        <source>Entered by the patient on a FHIR form</source>
        <translation>由患者在 FHIR 表单上填写</translation>
    </message>
    <message>
        <source>Entered by the patient at {source}</source>
        <translation>由患者在{source}填写</translation>
    </message>
    <message>
        <source>{field}: the patient said {said}; the desk recorded {recorded}</source>
        <translation>{field}：患者填写的是 {said}；前台记录为 {recorded}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The desk&apos;s check changed these answers:</source>
        <translation>前台核对时更改了以下回答：</translation>
    </message>
    <message>
        <source>The desk&apos;s check changed none of the patient&apos;s answers.</source>
        <translation>前台核对时没有更改患者的任何回答。</translation>
    </message>
    <message>
        <source>Checked in by {who}.</source>
        <translation>由 {who} 核对登记。</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <source>Whose answers these are</source>
        <translation>这些回答属于谁</translation>
    </message>
    <message>
        <source>Ma&amp;tch to:</source>
        <translation>对应患者(&amp;T)：</translation>
    </message>
    <message>
        <source>Answers from the patient on a FHIR form, {time} — check each step</source>
        <translation>患者在 FHIR 表单上的回答，{time}——请逐步核对</translation>
    </message>
    <message>
        <source>Answers from the patient at {source}, {time} — check each step</source>
        <translation>患者在{source}的回答，{time}——请逐步核对</translation>
    </message>
    <message>
        <source>(unfinished: the patient left before the end)</source>
        <translation>（未完成：患者未填完就离开了）</translation>
    </message>
    <message>
        <source>Fields the patient answered are outlined with dashes, those the desk changed with dots.</source>
        <translation>患者回答过的字段带有虚线边框，前台更改过的带有点线边框。</translation>
    </message>
    <message>
        <source>A new patient (registered from these answers)</source>
        <translation>新患者（按这些回答登记）</translation>
    </message>
    <message>
        <source>The name or date of birth as typed cannot be matched to a patient; correct them on the first step.</source>
        <translation>所填的姓名或出生日期无法用来查找患者；请在第一步中更正。</translation>
    </message>
    <message>
        <source>{patient} — already registered with these details</source>
        <translation>{patient}——已按这些信息登记</translation>
    </message>
    <message>
        <source>{patient} — a likely duplicate</source>
        <translation>{patient}——可能是重复记录</translation>
    </message>
    <message>
        <source>The details match a registered patient.</source>
        <translation>这些信息与一位已登记的患者相符。</translation>
    </message>
    <message numerus="yes">
        <source>%n registered patient(s) look like this one: choose them if it is the same person.</source>
        <translation>
            <numerusform>%n 位已登记的患者与此相似：如果是同一个人，请选择。</numerusform>
        </translation>
    </message>
    <message>
        <source>No registered patient matches these details.</source>
        <translation>没有已登记的患者与这些信息相符。</translation>
    </message>
    <message>
        <source>Answered by the patient</source>
        <translation>由患者回答</translation>
    </message>
    <message>
        <source>Changed by the desk (the patient&apos;s answer is kept)</source>
        <translation>已由前台更改（患者的回答会保留）</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Name as typed</source>
        <translation>所填姓名</translation>
    </message>
    <message>
        <source>Date of birth as typed</source>
        <translation>所填出生日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <source>Unfinished (left idle)</source>
        <translation>未完成（闲置后保存）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <source>Exercises for this patient</source>
        <translation>该患者的练习</translation>
    </message>
    <message>
        <source>Print the e&amp;xercise sheet with the care sheet</source>
        <translation>与护理单一起打印练习单(&amp;X)</translation>
    </message>
    <message>
        <source>Choosing the exercises…</source>
        <translation>正在选择练习…</translation>
    </message>
    <message>
        <source>No home exercises: an emergency flag fired, and emergency care comes first. The sheet says so.</source>
        <translation>不做居家练习：出现了紧急标记，应先接受急诊。护理单上有说明。</translation>
    </message>
    <message>
        <source>No home exercises until a clinician has checked the foot: a referral flag says it should be kept still.</source>
        <translation>在临床医生检查脚之前不做居家练习：转诊标记提示脚应保持不动。</translation>
    </message>
    <message>
        <source>Only gentle exercises until a clinician has seen the patient: a referral flag is open. No strength work.</source>
        <translation>在临床医生看过患者之前只做轻柔练习：有未处理的转诊标记。不做力量练习。</translation>
    </message>
    <message>
        <source>Chosen from the patient&apos;s answers and flags.</source>
        <translation>根据患者的回答和标记选择。</translation>
    </message>
    <message>
        <source>Tick or untick an exercise to add or remove it.</source>
        <translation>勾选或取消勾选练习即可添加或移除。</translation>
    </message>
    <message>
        <source>The exercises could not be chosen. {problem}</source>
        <translation>无法选择练习。{problem}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Creating the account…</source>
        <translation>正在创建账户…</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>至少 {count} 个字符</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same one twice.</source>
        <translation>两次输入的密码不同。请输入同一个密码两次。</translation>
    </message>
    <message>
        <source>Set up the administrator account</source>
        <translation>设置管理员账户</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator&apos;s account first. The administrator adds the accounts for the front desk and the clinicians.</source>
        <translation>此数据库还没有账户。请先创建管理员账户。管理员再为前台和临床医生添加账户。</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>lower-case letters and digits, e.g. admin</source>
        <translation>小写字母和数字，例如 admin</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>您的姓名(&amp;N)</translation>
    </message>
    <message>
        <source>as it should appear on records and letters</source>
        <translation>按记录和信件上的写法</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>再次输入密码(&amp;A)</translation>
    </message>
</context>
<context>
    <name>FlagCard</name>
    <message>
        <source>Decide on this flag…</source>
        <translation>对此标记作出决定…</translation>
    </message>
    <message>
        <source>Decide on: {title}</source>
        <translation>作出决定：{title}</translation>
    </message>
</context>
<context>
    <name>FlagWords</name>
    <message>
        <source>Emergency — care now</source>
        <translation>紧急——立即就医</translation>
    </message>
    <message>
        <source>Urgent — same day</source>
        <translation>加急——当天</translation>
    </message>
    <message>
        <source>Soon — within days</source>
        <translation>尽快——几天内</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>For the clinician only — not printed on the sheet</source>
        <translation>仅供临床医生——不打印在护理单上</translation>
    </message>
    <message>
        <source>a document format this version reads</source>
        <translation>此版本可读取的文档格式</translation>
    </message>
    <message>
        <source>the visit date</source>
        <translation>就诊日期</translation>
    </message>
    <message>
        <source>the distance in the last 7 days</source>
        <translation>最近 7 天的距离</translation>
    </message>
    <message>
        <source>which foot</source>
        <translation>哪只脚</translation>
    </message>
    <message>
        <source>where it hurts</source>
        <translation>疼痛部位</translation>
    </message>
    <message>
        <source>the pain now (0–10)</source>
        <translation>现在的疼痛（0–10）</translation>
    </message>
    <message>
        <source>the distance unit</source>
        <translation>距离单位</translation>
    </message>
    <message>
        <source>the distance the week before</source>
        <translation>前一周的距离</translation>
    </message>
    <message>
        <source>the changes in the last 4 weeks</source>
        <translation>最近 4 周的变化</translation>
    </message>
    <message>
        <source>the surfaces</source>
        <translation>跑步路面</translation>
    </message>
    <message>
        <source>the distance on the main pair</source>
        <translation>主力跑鞋的里程</translation>
    </message>
    <message>
        <source>the pairs in rotation</source>
        <translation>轮换的跑鞋双数</translation>
    </message>
    <message>
        <source>whether the shoes fit</source>
        <translation>鞋是否合脚</translation>
    </message>
    <message>
        <source>whether the cushioning is worn</source>
        <translation>缓震是否磨损</translation>
    </message>
    <message>
        <source>cross-training</source>
        <translation>交叉训练</translation>
    </message>
    <message>
        <source>when the pain started</source>
        <translation>疼痛开始的时间</translation>
    </message>
    <message>
        <source>how it feels</source>
        <translation>疼痛感觉</translation>
    </message>
    <message>
        <source>whether they can point to one spot</source>
        <translation>能否指出一个痛点</translation>
    </message>
    <message>
        <source>whether pressing a bone hurts</source>
        <translation>按压骨头是否疼痛</translation>
    </message>
    <message>
        <source>numbness or tingling</source>
        <translation>麻木或刺痛</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>肿胀</translation>
    </message>
    <message>
        <source>redness</source>
        <translation>发红</translation>
    </message>
    <message>
        <source>whether the area feels hot</source>
        <translation>该部位是否发热</translation>
    </message>
    <message>
        <source>fever</source>
        <translation>发烧</translation>
    </message>
    <message>
        <source>weight bearing</source>
        <translation>负重</translation>
    </message>
    <message>
        <source>worse with activity</source>
        <translation>活动后加重</translation>
    </message>
    <message>
        <source>pain at night</source>
        <translation>夜间疼痛</translation>
    </message>
    <message>
        <source>pain with the first steps in the morning</source>
        <translation>早晨起步时疼痛</translation>
    </message>
    <message>
        <source>the days of self-care tried</source>
        <translation>已自我护理的天数</translation>
    </message>
    <message>
        <source>whether it is getting better</source>
        <translation>是否在好转</translation>
    </message>
    <message>
        <source>what started it</source>
        <translation>起因</translation>
    </message>
    <message>
        <source>the colour of the foot</source>
        <translation>脚的颜色</translation>
    </message>
    <message>
        <source>whether the foot feels cold</source>
        <translation>脚是否发凉</translation>
    </message>
    <message>
        <source>pain far worse than the injury</source>
        <translation>疼痛远超损伤程度</translation>
    </message>
    <message>
        <source>whether the redness is spreading</source>
        <translation>发红是否在扩散</translation>
    </message>
    <message>
        <source>whether they feel very unwell</source>
        <translation>是否感觉很不舒服</translation>
    </message>
    <message>
        <source>a wound on the foot</source>
        <translation>脚上有伤口</translation>
    </message>
    <message>
        <source>the minutes of morning stiffness</source>
        <translation>晨僵的分钟数</translation>
    </message>
    <message>
        <source>the history</source>
        <translation>病史</translation>
    </message>
    <message>
        <source>a past stress fracture</source>
        <translation>既往应力性骨折</translation>
    </message>
    <message>
        <source>diabetes</source>
        <translation>糖尿病</translation>
    </message>
    <message>
        <source>reduced feeling in the feet</source>
        <translation>足部感觉减退</translation>
    </message>
    <message>
        <source>low bone density</source>
        <translation>骨密度低</translation>
    </message>
    <message>
        <source>absent or irregular periods</source>
        <translation>月经缺失或不规律</translation>
    </message>
    <message>
        <source>restricted eating</source>
        <translation>限制饮食</translation>
    </message>
    <message>
        <source>other joints affected</source>
        <translation>其他关节受累</translation>
    </message>
    <message>
        <source>a recent fluoroquinolone antibiotic</source>
        <translation>近期用过氟喹诺酮类抗生素</translation>
    </message>
    <message>
        <source>unexplained weight loss</source>
        <translation>不明原因体重减轻</translation>
    </message>
    <message>
        <source>cancer now or in the past</source>
        <translation>现患或既往癌症</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Why: {why}</source>
        <translation>原因：{why}</translation>
    </message>
    <message>
        <source>Rests on: {source}</source>
        <translation>依据：{source}</translation>
    </message>
    <message>
        <source>Rule set: {version}</source>
        <translation>规则集：{version}</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <source>Flags appear here as the intake is filled in.</source>
        <translation>填写登记时，标记会显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>%n emergency</source>
        <translation>
            <numerusform>紧急 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urgent</source>
        <translation>
            <numerusform>加急 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n soon</source>
        <translation>
            <numerusform>尽快 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>No flags yet</source>
        <translation>暂无标记</translation>
    </message>
    <message>
        <source>No referral flags so far</source>
        <translation>目前没有转诊标记</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the counts</comment>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n referral flag: {counts}</source>
        <translation>
            <numerusform>%n 项转诊标记：{counts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral flags: {counts}</source>
        <translation>
            <numerusform>%n 项转诊标记：{counts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advice flag</source>
        <translation>
            <numerusform>%n 项建议提示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advice flags</source>
        <translation>
            <numerusform>%n 项建议提示</numerusform>
        </translation>
    </message>
    <message>
        <source>Flags appear once these answers are filled in: {answers}.</source>
        <translation>填写以下答案后将显示标记：{answers}。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the answers</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Provisional: some answers are not valid yet ({answers}) and were left out; the flags may change once they are corrected.</source>
        <translation>暂定：部分答案尚不有效（{answers}），已被略过；更正后标记可能会变化。</translation>
    </message>
    <message>
        <source>Flags so far</source>
        <translation>目前的标记</translation>
    </message>
    <message>
        <source>Flags for this intake</source>
        <translation>本次登记的标记</translation>
    </message>
</context>
<context>
    <name>FollowUpFields</name>
    <message>
        <source>How it is &amp;now</source>
        <translation>当前状况(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Running</source>
        <translation>跑步(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation>评估指标(&amp;M)</translation>
    </message>
    <message>
        <source>Rea&amp;diness</source>
        <translation>准备情况(&amp;D)</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>未跑步</translation>
    </message>
    <message>
        <source>Walk-run sessions</source>
        <translation>走跑交替</translation>
    </message>
    <message>
        <source>Easy running</source>
        <translation>轻松跑</translation>
    </message>
    <message>
        <source>Full training</source>
        <translation>完整训练</translation>
    </message>
    <message>
        <source>&amp;Walks 30 minutes without pain</source>
        <translation>无痛步行 30 分钟(&amp;W)</translation>
    </message>
    <message>
        <source>Ten single-leg &amp;hops on the painful side without pain</source>
        <translation>患侧单腿跳 10 次无痛(&amp;H)</translation>
    </message>
    <message>
        <source>Twenty single-leg &amp;calf raises on that side</source>
        <translation>该侧单腿提踵 20 次(&amp;C)</translation>
    </message>
    <message>
        <source>No pain the ne&amp;xt morning</source>
        <translation>次日早晨无痛(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Visit date (YYYY-MM-DD)</source>
        <translation>就诊日期（年-月-日）(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>侧别(&amp;S)</translation>
    </message>
    <message>
        <source>Where it &amp;hurts</source>
        <translation>疼痛部位(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Pain now (0–10)</source>
        <translation>当前疼痛（0–10）(&amp;P)</translation>
    </message>
    <message>
        <source>Running &amp;now</source>
        <translation>目前跑步情况(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Weekly distance</source>
        <translation>每周距离(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Longest run (minutes)</source>
        <translation>最长一次跑步（分钟）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;LEFS total (0–80)</source>
        <translation>LEFS 总分（0–80）(&amp;L)</translation>
    </message>
    <message>
        <source>FAAM &amp;daily living (%)</source>
        <translation>FAAM 日常生活（%）(&amp;D)</translation>
    </message>
    <message>
        <source>FAAM s&amp;ports (%)</source>
        <translation>FAAM 运动（%）(&amp;P)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <source>Open a follow-up visit from a patient&apos;s course on the Patients page.</source>
        <translation>请在“患者”页面从患者的疗程中打开复诊。</translation>
    </message>
    <message>
        <source>Reading the course of care…</source>
        <translation>正在读取疗程…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>No flags so far.</source>
        <translation>目前没有标记。</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>复诊</translation>
    </message>
    <message>
        <source>Steps of the follow-up visit</source>
        <translation>复诊步骤</translation>
    </message>
    <message>
        <source>Flags so far</source>
        <translation>目前的标记</translation>
    </message>
    <message>
        <source>Su&amp;bmit follow-up</source>
        <translation>提交复诊(&amp;B)</translation>
    </message>
    <message>
        <source>Save this visit for the course (Ctrl+Enter)</source>
        <translation>将此次就诊保存到疗程 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Back to the patient</source>
        <translation>返回患者(&amp;B)</translation>
    </message>
    <message>
        <source>The clinician&apos;s return-to-run checks: leave a check not done as it is.</source>
        <translation>临床医生的恢复跑步检查：未做的检查请保持原样。</translation>
    </message>
    <message>
        <source>Patient-Specific Functional Scale: each activity rated 0 (cannot do it) to 10 (as before). The course&apos;s earlier activities are listed to rate again; leave a score empty to skip one, or add new ones below.</source>
        <translation>患者特定功能量表：每项活动评 0 分（无法完成）到 10 分（与以前一样）。列出的是本疗程以前的活动，请重新评分；分数留空即跳过，也可在下方添加新活动。</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Score (0–10)</source>
        <translation>评分（0–10）</translation>
    </message>
    <message>
        <source>PSFS activity {number}</source>
        <translation>PSFS 活动 {number}</translation>
    </message>
    <message>
        <source>PSFS score {number}, 0 to 10</source>
        <translation>PSFS 评分 {number}，0 至 10</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up visit: {name}, course started {started} (%n visits so far)</source>
        <translation>
            <numerusform>复诊：{name}，疗程始于 {started}（目前已就诊 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Carrying on with the follow-up kept as a draft.</source>
        <translation>继续填写保存为草稿的复诊。</translation>
    </message>
    <message>
        <source>Cannot open the follow-up: {message}. Try again in a moment.</source>
        <translation>无法打开复诊：{message}。请稍后再试。</translation>
    </message>
    <message>
        <source>Flags appear once these answers are filled in and valid: {answers}.</source>
        <translation>以下答案填写完整且有效后将显示标记：{answers}。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the answers</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Draft kept.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <source>Draft not kept: {message}. It is tried again as you type.</source>
        <translation>草稿未保存：{message}。您继续输入时会再次尝试。</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between problems</comment>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>Not submitted. {problems} (and %n more).</source>
        <translation>
            <numerusform>未提交。{problems}（另有 %n 项）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not submitted. {problems}.</source>
        <translation>未提交。{problems}。</translation>
    </message>
    <message>
        <source>Not submitted: {message}. Nothing was lost; try again.</source>
        <translation>未提交：{message}。没有丢失任何内容；请再试一次。</translation>
    </message>
    <message numerus="yes">
        <source>%n flag for a clinician</source>
        <translation>
            <numerusform>%n 项需临床医生查看的标记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flags for a clinician</source>
        <translation>
            <numerusform>%n 项需临床医生查看的标记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advice flag</source>
        <translation>
            <numerusform>%n 项建议提示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advice flags</source>
        <translation>
            <numerusform>%n 项建议提示</numerusform>
        </translation>
    </message>
    <message>
        <source>{flags}, {advice}.</source>
        <translation>{flags}，{advice}。</translation>
    </message>
    <message>
        <source>the visit</source>
        <translation>本次就诊</translation>
    </message>
</context>
<context>
    <name>FollowUpResult</name>
    <message>
        <source>Follow-up sheet</source>
        <translation>复诊单</translation>
    </message>
    <message>
        <source>Making the follow-up sheet…</source>
        <translation>正在生成复诊单…</translation>
    </message>
    <message>
        <source>This week: stage {stage}, {session}.</source>
        <translation>本周：第 {stage} 阶段，{session}。</translation>
    </message>
    <message>
        <source>No running yet: strength work instead (not yet: {checks}).</source>
        <translation>暂不跑步：改做力量训练（尚未达到：{checks}）。</translation>
    </message>
    <message>
        <source>Do not run until a clinician has checked the foot.</source>
        <translation>在临床医生检查足部之前不要跑步。</translation>
    </message>
    <message>
        <source>Full training: keep within the clinic&apos;s weekly limit.</source>
        <translation>完整训练：不超过诊所规定的每周上限。</translation>
    </message>
    <message>
        <source>No referral or follow-up flags.</source>
        <translation>没有转诊或复诊标记。</translation>
    </message>
    <message>
        <source>Flags for a clinician: {flags}.</source>
        <translation>需临床医生查看的标记：{flags}。</translation>
    </message>
    <message>
        <source>Follow-up submitted</source>
        <translation>复诊已提交</translation>
    </message>
    <message>
        <source>Progress charts of the course</source>
        <translation>疗程进展图</translation>
    </message>
    <message>
        <source>&amp;Print follow-up sheet…</source>
        <translation>打印复诊单(&amp;P)…</translation>
    </message>
    <message>
        <source>With the e&amp;xercises for this week&apos;s plan</source>
        <translation>附上本周计划的练习(&amp;X)</translation>
    </message>
    <message>
        <source>The exercise sheet of this stage of the plan, on the pages after the sheet</source>
        <translation>本阶段计划的练习单，印在护理单之后的页面上</translation>
    </message>
    <message>
        <source>&amp;Back to the patient</source>
        <translation>返回患者(&amp;B)</translation>
    </message>
    <message>
        <source>The follow-up sheet is kept with the visit.</source>
        <translation>复诊单已随本次就诊保存。</translation>
    </message>
    <message>
        <source>The follow-up sheet was handed over but could not be put on record. {problem} Once that is solved, save it again so a copy is kept.</source>
        <translation>复诊单已交出，但未能存档。{problem} 问题解决后，请再保存一次，以便留存副本。</translation>
    </message>
    <message>
        <source>Cannot make the follow-up sheet: {message}. Try again.</source>
        <translation>无法生成复诊单：{message}。请再试一次。</translation>
    </message>
</context>
<context>
    <name>FollowUpReview</name>
    <message>
        <source>The rules raised no flag for this visit.</source>
        <translation>规则未对此次就诊发出标记。</translation>
    </message>
    <message>
        <source>Progress charts of the course</source>
        <translation>疗程进展图</translation>
    </message>
    <message>
        <source>Flags of this visit</source>
        <translation>此次就诊的标记</translation>
    </message>
    <message>
        <source>Progress over the course</source>
        <translation>整个疗程的进展</translation>
    </message>
    <message>
        <source>&amp;Decide for the whole visit…</source>
        <translation>对整次就诊作决定(&amp;D)…</translation>
    </message>
    <message>
        <source>this follow-up cannot be shown: {problem}</source>
        <translation>无法显示此复诊：{problem}</translation>
    </message>
    <message>
        <source>return-to-run stage {stage} of 8</source>
        <translation>恢复跑步第 {stage} 阶段（共 8 阶段）</translation>
    </message>
    <message>
        <source>no return-to-run stage given</source>
        <translation>未给出恢复跑步阶段</translation>
    </message>
    <message>
        <source>Clinic number {number}</source>
        <translation>病历号 {number}</translation>
    </message>
    <message>
        <source>No clinic number</source>
        <translation>无病历号</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{name}&lt;/h2&gt;&lt;p&gt;Follow-up visit of {visit}: visit {index} of the course that started {started}. Born {born}. {number}. This visit gave {stage}.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{name}&lt;/h2&gt;&lt;p&gt;{visit} 复诊：始于 {started} 的疗程中的第 {index} 次就诊。出生日期：{born}。{number}。此次就诊结果：{stage}。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Advice for the patient&apos;s follow-up sheet: no decision needed.</source>
        <translation>用于患者复诊单的建议：无需作出决定。</translation>
    </message>
    <message>
        <source>Open: waiting for a clinician&apos;s decision.</source>
        <translation>待处理：等待临床医生决定。</translation>
    </message>
    <message>
        <source>Decided.</source>
        <translation>已决定。</translation>
    </message>
    <message>
        <source>Decided: {what} — {who}, {when}.</source>
        <translation>已决定：{what} — {who}，{when}。</translation>
    </message>
</context>
<context>
    <name>FootMap</name>
    <message>
        <source>Point at the drawing to name a region.</source>
        <translation>指向图中某处可显示部位名称。</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>左脚</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>右脚</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>双脚</translation>
    </message>
    <message>
        <source>Foot (side not chosen yet)</source>
        <translation>脚（尚未选择哪一侧）</translation>
    </message>
    <message>
        <source>Heel</source>
        <translation>脚跟</translation>
    </message>
    <message>
        <source>underside and back of the heel</source>
        <translation>脚跟底部和后部</translation>
    </message>
    <message>
        <source>Arch</source>
        <translation>足弓</translation>
    </message>
    <message>
        <source>the arch, underside of the midfoot</source>
        <translation>足弓，中足底部</translation>
    </message>
    <message>
        <source>Ball of the foot</source>
        <translation>前脚掌</translation>
    </message>
    <message>
        <source>under the heads of the metatarsals</source>
        <translation>跖骨头下方</translation>
    </message>
    <message>
        <source>Smaller toes</source>
        <translation>其余脚趾</translation>
    </message>
    <message>
        <source>the lesser toes</source>
        <translation>第二至第五趾</translation>
    </message>
    <message>
        <source>Big toe joint</source>
        <translation>大脚趾关节</translation>
    </message>
    <message>
        <source>the big toe joint and the sesamoids beneath it</source>
        <translation>大脚趾关节及其下方的籽骨</translation>
    </message>
    <message>
        <source>Top of the foot</source>
        <translation>脚背</translation>
    </message>
    <message>
        <source>the top (dorsum) of the midfoot and forefoot</source>
        <translation>中足和前足的背面</translation>
    </message>
    <message>
        <source>Outer edge of the foot</source>
        <translation>脚外侧缘</translation>
    </message>
    <message>
        <source>outer edge of the midfoot: base of the 5th metatarsal</source>
        <translation>中足外侧缘：第五跖骨基底</translation>
    </message>
    <message>
        <source>Inner edge of the foot</source>
        <translation>脚内侧缘</translation>
    </message>
    <message>
        <source>inner edge of the midfoot: the navicular</source>
        <translation>中足内侧缘：足舟骨</translation>
    </message>
    <message>
        <source>Achilles tendon</source>
        <translation>跟腱</translation>
    </message>
    <message>
        <source>the Achilles tendon above the heel</source>
        <translation>脚跟上方的跟腱</translation>
    </message>
    <message>
        <source>Ankle</source>
        <translation>踝部</translation>
    </message>
    <message>
        <source>around the ankle bones (malleoli)</source>
        <translation>踝骨（踝）周围</translation>
    </message>
    <message>
        <source>Underside</source>
        <translation>足底</translation>
    </message>
    <message>
        <source>Inner side</source>
        <translation>内侧</translation>
    </message>
    <message>
        <source>Outer side</source>
        <translation>外侧</translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation>疼痛部位</translation>
    </message>
    <message>
        <source>Drawing of the foot from underneath, the inner side and the outer side. Mark each painful region with the checkboxes that follow.</source>
        <translation>脚的示意图：足底、内侧和外侧。请用下面的复选框标出每个疼痛部位。</translation>
    </message>
    <message>
        <source>Marked: {regions}</source>
        <translation>已标记：{regions}</translation>
    </message>
    <message>
        <source>Nothing marked yet</source>
        <translation>尚未标记</translation>
    </message>
</context>
<context>
    <name>HandoutPrinting</name>
    <message>
        <source>care sheet</source>
        <translation>护理单</translation>
    </message>
    <message>
        <source>referral letter</source>
        <translation>转诊信</translation>
    </message>
    <message>
        <source>Care sheet: print preview</source>
        <translation>护理单：打印预览</translation>
    </message>
    <message>
        <source>Care sheet (large print): print preview</source>
        <translation>护理单（大字版）：打印预览</translation>
    </message>
    <message>
        <source>Care sheet and exercises (large print): print preview</source>
        <translation>护理单和练习（大字）：打印预览</translation>
    </message>
    <message>
        <source>Care sheet and exercises: print preview</source>
        <translation>护理单和练习：打印预览</translation>
    </message>
    <message>
        <source>The {document} could not be made. {problem}</source>
        <translation>无法生成{document}。{problem}</translation>
    </message>
    <message>
        <source>The {document} was printed but could not be put on record. {problem} Once that is solved, save it again so a copy is kept.</source>
        <translation>{document}已打印，但未能存档。{problem} 问题解决后请再保存一次，以留存副本。</translation>
    </message>
    <message>
        <source>The {document} was saved but could not be put on record. {problem} Once that is solved, save it again so a copy is kept.</source>
        <translation>{document}已保存，但未能存档。{problem} 问题解决后请再保存一次，以留存副本。</translation>
    </message>
</context>
<context>
    <name>IntakeBinding</name>
    <message>
        <source>in km</source>
        <translation>单位：公里</translation>
    </message>
    <message>
        <source>in miles</source>
        <translation>单位：英里</translation>
    </message>
</context>
<context>
    <name>IntakeFields</name>
    <message>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Kilometres (km)</source>
        <translation>公里 (km)</translation>
    </message>
    <message>
        <source>Miles (mi)</source>
        <translation>英里 (mi)</translation>
    </message>
    <message>
        <source>Clinic default</source>
        <translation>诊所默认</translation>
    </message>
    <message>
        <source>Choose a foot…</source>
        <translation>请选择哪只脚…</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>左脚</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>右脚</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>双脚</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>A lot</source>
        <translation>明显</translation>
    </message>
    <message>
        <source>Walks normally, no pain</source>
        <translation>行走正常，不痛</translation>
    </message>
    <message>
        <source>Walks normally, but it hurts</source>
        <translation>行走正常，但会痛</translation>
    </message>
    <message>
        <source>Cannot walk normally (limps)</source>
        <translation>无法正常行走（跛行）</translation>
    </message>
    <message>
        <source>Cannot take four steps on it</source>
        <translation>患脚无法走四步</translation>
    </message>
    <message>
        <source>Yes, it is getting better</source>
        <translation>是，正在好转</translation>
    </message>
    <message>
        <source>No, it is not getting better</source>
        <translation>否，没有好转</translation>
    </message>
    <message>
        <source>Nothing: it came on by itself</source>
        <translation>无：自行出现</translation>
    </message>
    <message>
        <source>A twist</source>
        <translation>扭伤</translation>
    </message>
    <message>
        <source>A fall</source>
        <translation>摔倒</translation>
    </message>
    <message>
        <source>A blow or a knock</source>
        <translation>撞击或碰撞</translation>
    </message>
    <message>
        <source>A sudden snap or pop</source>
        <translation>突然的断裂感或“啪”声</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Pale or white</source>
        <translation>苍白或发白</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>发青</translation>
    </message>
    <message>
        <source>Blotchy (mottled)</source>
        <translation>斑驳（花斑）</translation>
    </message>
    <message>
        <source>More distance</source>
        <translation>跑量增加</translation>
    </message>
    <message>
        <source>Faster or harder sessions</source>
        <translation>训练更快或更累</translation>
    </message>
    <message>
        <source>More hills</source>
        <translation>坡道增加</translation>
    </message>
    <message>
        <source>A new surface</source>
        <translation>换了新路面</translation>
    </message>
    <message>
        <source>New shoes</source>
        <translation>换了新鞋</translation>
    </message>
    <message>
        <source>A race</source>
        <translation>参加比赛</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>公路</translation>
    </message>
    <message>
        <source>Concrete</source>
        <translation>水泥地</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>越野路</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>跑道</translation>
    </message>
    <message>
        <source>Treadmill</source>
        <translation>跑步机</translation>
    </message>
    <message>
        <source>Grass</source>
        <translation>草地</translation>
    </message>
    <message>
        <source>Sand</source>
        <translation>沙地</translation>
    </message>
    <message>
        <source>Aching</source>
        <translation>酸痛</translation>
    </message>
    <message>
        <source>Sore</source>
        <translation>疼痛</translation>
    </message>
    <message>
        <source>Sharp</source>
        <translation>锐痛</translation>
    </message>
    <message>
        <source>Stabbing</source>
        <translation>刺痛</translation>
    </message>
    <message>
        <source>Burning</source>
        <translation>灼痛</translation>
    </message>
    <message>
        <source>Throbbing</source>
        <translation>跳痛</translation>
    </message>
    <message>
        <source>Shooting</source>
        <translation>放射痛</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>跑步</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>History and notes</source>
        <translation>病史和备注</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>核对</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Go to {step} (Alt+{number})</source>
        <translation>前往{step} (Alt+{number})</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>◂ Back</source>
        <translation>◂ 上一步</translation>
    </message>
    <message>
        <source>The step before (Ctrl+Page Up)</source>
        <translation>上一步 (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Next ▸</source>
        <translation>下一步 ▸</translation>
    </message>
    <message>
        <source>The next step (Ctrl+Page Down)</source>
        <translation>下一步 (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Submit intake</source>
        <translation>提交登记</translation>
    </message>
    <message>
        <source>Save the intake and its flags (Ctrl+Enter)</source>
        <translation>保存登记及其标记 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Resumed from this computer (typed {when}); saving it…</source>
        <translation>已从本机恢复（录入于 {when}）；正在保存…</translation>
    </message>
    <message>
        <source>Draft resumed (saved {when})</source>
        <translation>已恢复草稿（保存于 {when}）</translation>
    </message>
    <message>
        <source>The clinic&apos;s thresholds could not be read ({message}); the live flags use the standard ones until they can. Submitting uses the clinic&apos;s own.</source>
        <translation>无法读取诊所的阈值（{message}）；在读取之前，实时标记使用标准阈值。提交时使用诊所自己的阈值。</translation>
    </message>
    <message>
        <source>Nothing to fix here</source>
        <translation>此处无需修改</translation>
    </message>
    <message>
        <source>Next is not available yet: {problem}</source>
        <translation>暂不能进入下一步：{problem}</translation>
    </message>
    <message>
        <source>Submit is not available yet: {count}, first {problem}</source>
        <translation>暂不能提交：{count}，首先是{problem}</translation>
    </message>
    <message>
        <source>To fix: {problem}</source>
        <translation>需修改：{problem}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Draft saved at {time}</source>
        <translation>草稿已于 {time} 保存</translation>
    </message>
    <message>
        <source>Not saved to the database ({message}). Your typing is kept on this computer and is saved when the database answers.</source>
        <translation>未保存到数据库（{message}）。您输入的内容保留在本机，数据库恢复响应后会自动保存。</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>The intake was not submitted: {message}. It stays a draft, kept on this computer; submit it again when the database answers.</source>
        <translation>登记未提交：{message}。它仍作为草稿保存在本机；数据库恢复响应后请再次提交。</translation>
    </message>
    <message>
        <source>Not submitted: kept as a draft on this computer</source>
        <translation>未提交：已作为草稿保存在本机</translation>
    </message>
    <message>
        <source>Opening the patient&apos;s entry…</source>
        <translation>正在打开患者的自填记录…</translation>
    </message>
    <message>
        <source>Your corrections to the open patient&apos;s entry are not submitted and will be lost (the entry stays in the list). Open the other entry?</source>
        <translation>您对当前患者自填记录的更正尚未提交，将会丢失（记录仍在列表中）。要打开另一份记录吗？</translation>
    </message>
    <message>
        <source>The intake on the form is not submitted. It is kept as a draft, offered at your next sign-in. Open the patient&apos;s entry?</source>
        <translation>表单上的登记尚未提交。它会保存为草稿，下次登录时提供。要打开患者的自填记录吗？</translation>
    </message>
    <message>
        <source>Open a patient&apos;s entry</source>
        <translation>打开患者的自填记录</translation>
    </message>
    <message>
        <source>Not a draft: the entry waits in the list until it is submitted</source>
        <translation>不是草稿：此条目会留在列表中，直到提交</translation>
    </message>
    <message>
        <source>Your corrections from {time}, kept on this computer, are back; the entry waits in the list until it is submitted</source>
        <translation>您在 {time} 所做的更正已保存在这台电脑上，现已恢复；此条目会留在列表中，直到提交</translation>
    </message>
    <message>
        <source>The patient&apos;s entry could not be opened: {message}</source>
        <translation>无法打开患者的自填记录：{message}</translation>
    </message>
    <message>
        <source>Not submitted: another desk has dealt with this entry ({message}). The form is empty again.</source>
        <translation>未提交：另一个工作站已处理此记录（{message}）。表单已清空。</translation>
    </message>
    <message>
        <source>The entry was not checked in: {message}. Your corrections are still on the form; submit again when the database answers.</source>
        <translation>记录未登记：{message}。您的更正仍在表单上；数据库恢复响应后请再次提交。</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) to fix</source>
        <translation>
            <numerusform>%n 个答案需修改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeHistoryStep</name>
    <message>
        <source>History and notes</source>
        <translation>病史和备注</translation>
    </message>
    <message>
        <source>Has had a stress fracture</source>
        <translation>曾有应力性骨折</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>糖尿病</translation>
    </message>
    <message>
        <source>Reduced feeling in the feet (neuropathy)</source>
        <translation>足部感觉减退（神经病变）</translation>
    </message>
    <message>
        <source>Low bone density (osteopenia or osteoporosis)</source>
        <translation>骨密度低（骨量减少或骨质疏松）</translation>
    </message>
    <message>
        <source>Periods absent or irregular</source>
        <translation>月经缺失或不规律</translation>
    </message>
    <message>
        <source>Restricts food, or low energy for training</source>
        <translation>限制饮食，或训练能量不足</translation>
    </message>
    <message>
        <source>Other joints are swollen or painful too</source>
        <translation>其他关节也肿胀或疼痛</translation>
    </message>
    <message>
        <source>An antibiotic such as ciprofloxacin or levofloxacin in the last 3 months</source>
        <translation>最近 3 个月用过环丙沙星或左氧氟沙星等抗生素</translation>
    </message>
    <message>
        <source>Weight loss they cannot explain</source>
        <translation>无法解释的体重减轻</translation>
    </message>
    <message>
        <source>Cancer now or in the past</source>
        <translation>现患或既往癌症</translation>
    </message>
    <message>
        <source>&amp;Medications</source>
        <translation>用药(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Allergies</source>
        <translation>过敏(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Other conditions</source>
        <translation>其他疾病(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>IntakePatientStep</name>
    <message>
        <source>Patient and visit</source>
        <translation>患者和就诊</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>名(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>姓(&amp;L)</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>例如 2026-01-31</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>性别(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <source>Clinic &amp;number</source>
        <translation>门诊号(&amp;N)</translation>
    </message>
    <message>
        <source>Lan&amp;guage for the patient&apos;s sheet</source>
        <translation>患者资料的语言(&amp;G)</translation>
    </message>
    <message>
        <source>The language the patient reads best. Their care sheet and follow-up sheets are printed in it. Clinic default: the clinic&apos;s usual language for patients&apos; sheets.</source>
        <translation>患者最能读懂的语言。其护理单和复诊单用此语言打印。诊所默认：诊所为患者资料通常使用的语言。</translation>
    </message>
    <message>
        <source>&amp;Visit date</source>
        <translation>就诊日期(&amp;V)</translation>
    </message>
</context>
<context>
    <name>IntakeResult</name>
    <message>
        <source>&amp;Large print (14 pt)</source>
        <translation>大字版（14 磅）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>打印资料(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview the care sheet and the exercise sheet, then print or save them (Ctrl+P)</source>
        <translation>预览护理单和练习单，然后打印或保存 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Start a &amp;new intake</source>
        <translation>开始新的登记(&amp;N)</translation>
    </message>
    <message>
        <source>The handout is on record with this intake.</source>
        <translation>该资料已随此登记存档。</translation>
    </message>
    <message>
        <source>No referral flags: no clinician check is needed for this intake.</source>
        <translation>没有转诊标记：此登记无需临床医生检查。</translation>
    </message>
    <message>
        <source>For &lt;b&gt;{name}&lt;/b&gt;, on a new patient record (intake {intake}).</source>
        <translation>患者 &lt;b&gt;{name}&lt;/b&gt;，已建立新的患者档案（登记 {intake}）。</translation>
    </message>
    <message>
        <source>For &lt;b&gt;{name}&lt;/b&gt;, on their existing record (intake {intake}).</source>
        <translation>患者 &lt;b&gt;{name}&lt;/b&gt;，记入其现有档案（登记 {intake}）。</translation>
    </message>
    <message>
        <source>This may be the same person as: {people}. Ask the administrator to check the records.</source>
        <translation>此人可能与以下人员相同：{people}。请让管理员检查档案。</translation>
    </message>
    <message>
        <source>{name}, born {born}, number {number}</source>
        <translation>{name}，出生于 {born}，编号 {number}</translation>
    </message>
    <message>
        <source>{name}, born {born}</source>
        <translation>{name}，出生于 {born}</translation>
    </message>
    <message>
        <source>Making the care sheet…</source>
        <translation>正在生成护理单…</translation>
    </message>
    <message numerus="yes">
        <source>%n referral flag: a clinician needs to check this intake.</source>
        <translation>
            <numerusform>%n 项转诊标记：此登记需要临床医生检查。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral flags: a clinician needs to check this intake.</source>
        <translation>
            <numerusform>%n 项转诊标记：此登记需要临床医生检查。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeRunningStep</name>
    <message>
        <source>Running</source>
        <translation>跑步</translation>
    </message>
    <message>
        <source>&amp;Distances in</source>
        <translation>距离单位(&amp;D)</translation>
    </message>
    <message>
        <source>Distance in the last &amp;7 days</source>
        <translation>最近 7 天的距离(&amp;7)</translation>
    </message>
    <message>
        <source>The &amp;week before</source>
        <translation>前一周(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Years running</source>
        <translation>跑龄（年）(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Changes in the last 4 weeks</source>
        <translation>最近 4 周的变化(&amp;C)</translation>
    </message>
    <message>
        <source>Sur&amp;faces</source>
        <translation>路面(&amp;F)</translation>
    </message>
    <message>
        <source>Distance on the main &amp;pair</source>
        <translation>主力跑鞋里程(&amp;P)</translation>
    </message>
    <message>
        <source>Pairs in &amp;rotation</source>
        <translation>轮换双数(&amp;R)</translation>
    </message>
    <message>
        <source>Shoes do not fit well</source>
        <translation>鞋不太合脚</translation>
    </message>
    <message>
        <source>Cushioning is worn</source>
        <translation>缓震已磨损</translation>
    </message>
    <message>
        <source>Uses orthotics or insoles</source>
        <translation>使用矫形器或鞋垫</translation>
    </message>
    <message>
        <source>Cross-trains (cycling, swimming, elliptical…)</source>
        <translation>做交叉训练（骑车、游泳、椭圆机…）</translation>
    </message>
    <message>
        <source>S&amp;tretches after running</source>
        <translation>跑后拉伸(&amp;T)</translation>
    </message>
</context>
<context>
    <name>IntakeSymptomsStep</name>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>&amp;Which foot</source>
        <translation>哪只脚(&amp;W)</translation>
    </message>
    <message>
        <source>W&amp;here it hurts</source>
        <translation>疼痛部位(&amp;H)</translation>
    </message>
    <message>
        <source>Pain &amp;now (0–10)</source>
        <translation>现在疼痛(&amp;N)（0–10）</translation>
    </message>
    <message>
        <source>Pain at its w&amp;orst (0–10)</source>
        <translation>最痛时(&amp;O)（0–10）</translation>
    </message>
    <message>
        <source>How it &amp;feels</source>
        <translation>疼痛感觉(&amp;F)</translation>
    </message>
    <message>
        <source>Pain &amp;started on</source>
        <translation>疼痛开始于(&amp;S)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>例如 2026-01-31</translation>
    </message>
    <message>
        <source>What st&amp;arted it</source>
        <translation>起因(&amp;A)</translation>
    </message>
    <message>
        <source>Wei&amp;ght bearing</source>
        <translation>负重(&amp;G)</translation>
    </message>
    <message>
        <source>Swe&amp;lling</source>
        <translation>肿胀(&amp;L)</translation>
    </message>
    <message>
        <source>Can point to one spot</source>
        <translation>能指出一个痛点</translation>
    </message>
    <message>
        <source>Pressing one spot on a bone hurts</source>
        <translation>按压骨头某一点会痛</translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation>麻木或刺痛</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>发红</translation>
    </message>
    <message>
        <source>The painful area feels hot</source>
        <translation>疼痛部位发热</translation>
    </message>
    <message>
        <source>Feels feverish, or has a fever</source>
        <translation>感觉发烧或确有发烧</translation>
    </message>
    <message>
        <source>Foot or toes changed co&amp;lour</source>
        <translation>脚或脚趾颜色改变(&amp;L)</translation>
    </message>
    <message>
        <source>The painful foot feels cold next to the other</source>
        <translation>患脚比另一只脚凉</translation>
    </message>
    <message>
        <source>Pain far worse than the injury, not eased by rest or painkillers</source>
        <translation>疼痛远超损伤程度，休息或止痛药都不缓解</translation>
    </message>
    <message>
        <source>The red area is getting bigger</source>
        <translation>发红范围在扩大</translation>
    </message>
    <message>
        <source>A wound, blister, crack or ulcer on the foot</source>
        <translation>脚上有伤口、水疱、裂口或溃疡</translation>
    </message>
    <message>
        <source>Shivering, confused, faint or very unwell</source>
        <translation>寒战、意识模糊、头晕或很不舒服</translation>
    </message>
    <message>
        <source>Worse with activity</source>
        <translation>活动后加重</translation>
    </message>
    <message>
        <source>Pain wakes them at night</source>
        <translation>夜里痛醒</translation>
    </message>
    <message>
        <source>Pain with the first steps in the morning</source>
        <translation>早晨起步时疼痛</translation>
    </message>
    <message>
        <source>Morning stiffness (&amp;minutes)</source>
        <translation>晨僵（分钟）(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Days of self-care tried</source>
        <translation>自我护理天数(&amp;D)</translation>
    </message>
    <message>
        <source>Getting &amp;better</source>
        <translation>在好转(&amp;B)</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <source>Publish the consent text</source>
        <translation>发布知情同意书</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>自助终端</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>知情同意书</translation>
    </message>
    <message>
        <source>What the patient reads and signs at the kiosk, in their language. Publishing adds a new version; entries already signed keep the words they agreed to.</source>
        <translation>患者在自助终端上用自己的语言阅读并签署的内容。发布会新增一个版本；已签署的登记保留他们当时同意的文字。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <source>Pu&amp;blish as a new version…</source>
        <translation>发布为新版本(&amp;B)…</translation>
    </message>
    <message>
        <source>Kiosk PIN</source>
        <translation>自助终端 PIN 码</translation>
    </message>
    <message>
        <source>New kiosk PIN</source>
        <translation>新的自助终端 PIN 码</translation>
    </message>
    <message>
        <source>New kiosk PIN again</source>
        <translation>再次输入新的自助终端 PIN 码</translation>
    </message>
    <message>
        <source>New PIN (4 to 12 &amp;digits):</source>
        <translation>新 PIN 码（4 到 12 位数字）(&amp;D):</translation>
    </message>
    <message>
        <source>The PIN a&amp;gain:</source>
        <translation>再次输入 PIN 码(&amp;G):</translation>
    </message>
    <message>
        <source>Se&amp;t PIN</source>
        <translation>设置 PIN 码(&amp;T)</translation>
    </message>
    <message>
        <source>Cl&amp;ear PIN</source>
        <translation>清除 PIN 码(&amp;E)</translation>
    </message>
    <message>
        <source>Duplicate patients</source>
        <translation>重复的患者</translation>
    </message>
    <message>
        <source>A patient who types their name a little differently at the kiosk gets a second record. Merge the two into one.</source>
        <translation>患者在自助终端上把名字写得稍有不同，就会多出一份记录。请把两份记录合并为一份。</translation>
    </message>
    <message>
        <source>&amp;Merge two patient records…</source>
        <translation>合并两份患者记录(&amp;M)…</translation>
    </message>
    <message>
        <source>Loading the kiosk settings…</source>
        <translation>正在读取自助终端设置…</translation>
    </message>
    <message>
        <source>The consent text is empty. Write what the patient agrees to first.</source>
        <translation>知情同意书是空的。请先写下患者同意的内容。</translation>
    </message>
    <message>
        <source>Publish this text as version {version} of the {language} consent?

The kiosk shows it to the next patient; entries already signed keep theirs.</source>
        <translation>将此文字发布为{language}知情同意书的第 {version} 版吗？

自助终端会向下一位患者显示它；已签署的登记保留原来的版本。</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>正在发布…</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>两次输入的 PIN 码不同。请输入两次相同的 PIN 码。</translation>
    </message>
    <message>
        <source>The kiosk PIN must be 4 to 12 digits (0-9), nothing else.</source>
        <translation>自助终端 PIN 码必须是 4 到 12 位数字（0-9），不能有其他字符。</translation>
    </message>
    <message>
        <source>The kiosk PIN is set.</source>
        <translation>自助终端 PIN 码已设置。</translation>
    </message>
    <message>
        <source>The kiosk PIN is cleared: leaving the kiosk needs a staff sign-in.</source>
        <translation>自助终端 PIN 码已清除：退出自助终端需要工作人员登录。</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>正在更改…</translation>
    </message>
    <message>
        <source>Version {version} of the {language} consent is published.</source>
        <translation>{language}知情同意书第 {version} 版已发布。</translation>
    </message>
    <message>
        <source>A kiosk PIN is set.</source>
        <translation>已设置自助终端 PIN 码。</translation>
    </message>
    <message>
        <source>No kiosk PIN is set: leaving the kiosk needs a staff sign-in.</source>
        <translation>未设置自助终端 PIN 码：退出自助终端需要工作人员登录。</translation>
    </message>
    <message>
        <source>No consent text yet.</source>
        <translation>还没有知情同意书。</translation>
    </message>
    <message>
        <source>Version {version}: the app&apos;s own text; the clinic has not written one.</source>
        <translation>第 {version} 版：应用自带的文字；诊所还没有编写自己的版本。</translation>
    </message>
    <message>
        <source>Version {version}, published by {who} on {when}.</source>
        <translation>第 {version} 版，由 {who} 于 {when} 发布。</translation>
    </message>
</context>
<context>
    <name>KioskQuestions</name>
    <message>
        <source>About you</source>
        <translation>关于您</translation>
    </message>
    <message>
        <source>Your running</source>
        <translation>您的跑步</translation>
    </message>
    <message>
        <source>Your pain</source>
        <translation>您的疼痛</translation>
    </message>
    <message>
        <source>Your health</source>
        <translation>您的健康</translation>
    </message>
    <message>
        <source>Your consent</source>
        <translation>您的同意</translation>
    </message>
    <message>
        <source>Please type your first name.</source>
        <translation>请输入您的名字。</translation>
    </message>
    <message>
        <source>Please type your last name.</source>
        <translation>请输入您的姓。</translation>
    </message>
    <message>
        <source>Please type your date of birth as year-month-day, for example 1990-03-14.</source>
        <translation>请按年-月-日输入出生日期，例如 1990-03-14。</translation>
    </message>
    <message>
        <source>Please type how far you ran in the last 7 days, as a number (0 if you did not run).</source>
        <translation>请用数字输入过去 7 天跑了多远（没跑就填 0）。</translation>
    </message>
    <message>
        <source>Please type the week before as a number, or leave it empty.</source>
        <translation>请用数字输入前一周，或留空。</translation>
    </message>
    <message>
        <source>Please type the years as a number, or leave it empty.</source>
        <translation>请用数字输入年数，或留空。</translation>
    </message>
    <message>
        <source>Please choose which foot hurts.</source>
        <translation>请选择哪只脚痛。</translation>
    </message>
    <message>
        <source>Please touch the drawing to show where it hurts.</source>
        <translation>请点图上痛的地方。</translation>
    </message>
    <message>
        <source>Please choose how much it hurts now, from 0 (no pain) to 10.</source>
        <translation>请选择现在有多痛，0（不痛）到 10。</translation>
    </message>
    <message>
        <source>Please check your answers on this page.</source>
        <translation>请检查本页的回答。</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>您的名字</translation>
    </message>
    <message>
        <source>Your last name</source>
        <translation>您的姓</translation>
    </message>
    <message>
        <source>Your date of birth</source>
        <translation>您的出生日期</translation>
    </message>
    <message>
        <source>Year-month-day, for example 1990-03-14</source>
        <translation>年-月-日，例如 1990-03-14</translation>
    </message>
    <message>
        <source>Do you count your running in kilometres or miles?</source>
        <translation>您跑步用公里还是英里计算？</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>公里</translation>
    </message>
    <message>
        <source>Miles</source>
        <translation>英里</translation>
    </message>
    <message>
        <source>How far did you run in the last 7 days?</source>
        <translation>过去 7 天您跑了多远？</translation>
    </message>
    <message>
        <source>And in the 7 days before that?</source>
        <translation>再之前的 7 天呢？</translation>
    </message>
    <message>
        <source>You can leave this empty.</source>
        <translation>可以留空。</translation>
    </message>
    <message>
        <source>How many years have you been running?</source>
        <translation>您跑步多少年了？</translation>
    </message>
    <message>
        <source>Which foot hurts?</source>
        <translation>哪只脚痛？</translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation>请选一项</translation>
    </message>
    <message>
        <source>My left foot</source>
        <translation>左脚</translation>
    </message>
    <message>
        <source>My right foot</source>
        <translation>右脚</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>两只脚</translation>
    </message>
    <message>
        <source>Where does it hurt? Touch each painful place on the drawing.</source>
        <translation>哪里痛？请在图上点每个痛的地方。</translation>
    </message>
    <message>
        <source>How much does it hurt now? 0 is no pain, 10 is the worst pain.</source>
        <translation>现在有多痛？0 是不痛，10 是最痛。</translation>
    </message>
    <message>
        <source>How do you walk on it?</source>
        <translation>您走路怎么样？</translation>
    </message>
    <message>
        <source>I walk normally and it does not hurt</source>
        <translation>走路正常，不痛</translation>
    </message>
    <message>
        <source>I walk normally, but it hurts</source>
        <translation>走路正常，但是痛</translation>
    </message>
    <message>
        <source>I limp: I cannot walk normally</source>
        <translation>我跛行：不能正常走路</translation>
    </message>
    <message>
        <source>I cannot take four steps on it</source>
        <translation>这只脚走不了四步</translation>
    </message>
    <message>
        <source>Is your foot swollen?</source>
        <translation>您的脚肿吗？</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不肿</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>有点肿</translation>
    </message>
    <message>
        <source>A lot</source>
        <translation>很肿</translation>
    </message>
    <message>
        <source>Tick each one that is true for you:</source>
        <translation>符合的请打勾：</translation>
    </message>
    <message>
        <source>The pain wakes me up at night</source>
        <translation>夜里会痛醒</translation>
    </message>
    <message>
        <source>My first steps in the morning hurt</source>
        <translation>早上起床走头几步会痛</translation>
    </message>
    <message>
        <source>My foot feels numb or tingles</source>
        <translation>脚发麻或刺痛</translation>
    </message>
    <message>
        <source>The painful place is red</source>
        <translation>痛的地方发红</translation>
    </message>
    <message>
        <source>The painful place feels hot</source>
        <translation>痛的地方发热</translation>
    </message>
    <message>
        <source>I have a fever, or I feel feverish</source>
        <translation>我发烧，或觉得发烧</translation>
    </message>
    <message>
        <source>I feel very unwell</source>
        <translation>我觉得很不舒服</translation>
    </message>
    <message>
        <source>I have had a stress fracture</source>
        <translation>我得过应力性骨折</translation>
    </message>
    <message>
        <source>I have diabetes</source>
        <translation>我有糖尿病</translation>
    </message>
    <message>
        <source>I have been told my bones are thin (osteopenia or osteoporosis)</source>
        <translation>医生说过我骨质疏松或骨量少</translation>
    </message>
    <message>
        <source>Which medicines do you take?</source>
        <translation>您在吃什么药？</translation>
    </message>
    <message>
        <source>Are you allergic to anything? Which?</source>
        <translation>您对什么过敏吗？是什么？</translation>
    </message>
</context>
<context>
    <name>KioskSession</name>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>提交我的回答</translation>
    </message>
    <message>
        <source>Please ask the front desk: the consent text is missing.</source>
        <translation>请问前台：缺少同意书。</translation>
    </message>
    <message>
        <source>Please tick the box to say that you agree.</source>
        <translation>请打勾表示同意。</translation>
    </message>
    <message>
        <source>Please sign in the box with your finger.</source>
        <translation>请用手指在框里签名。</translation>
    </message>
    <message>
        <source>Sending your answers…</source>
        <translation>正在提交您的回答…</translation>
    </message>
    <message>
        <source>Your answers could not be sent. They are still here. Please ask the front desk for help.</source>
        <translation>回答没有提交成功。回答还在。请找前台帮忙。</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>第 {number} 步，共 {count} 步</translation>
    </message>
</context>
<context>
    <name>KioskStart</name>
    <message>
        <source>Welcome. Please choose your language to begin.</source>
        <translation>欢迎。请选择语言开始。</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>{app} kiosk</source>
        <translation>{app} 自助终端</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Staff: leave the kiosk</source>
        <translation>工作人员：退出自助终端</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Window language</source>
        <translation>窗口语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Your choice applies the next time you sign in.</source>
        <translation>您的选择将在下次登录时生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <source>The language could not be saved on this computer ({error}). Check that your settings folder can be written to.</source>
        <translation>无法在此电脑上保存语言（{error}）。请检查设置文件夹是否可写。</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>{app}: no database</source>
        <translation>{app}：没有数据库</translation>
    </message>
    <message>
        <source> The details are in {path}.</source>
        <translation>详情见 {path}。</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}).{where} What was typed is kept in the draft; if this happens again, tell whoever supports the app.</source>
        <translation>出错了（{kind}）。{where}已输入的内容保存在草稿中；如果再次发生，请告知技术支持人员。</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>That password is not right. Try again, or sign in as someone else.</source>
        <translation>密码不正确。请重试，或以其他人身份登录。</translation>
    </message>
    <message>
        <source>That username and password do not match an active account. Check them, or unlock with your own password.</source>
        <translation>用户名和密码与任何有效账户都不匹配。请检查，或用您自己的密码解锁。</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>正在验证密码…</translation>
    </message>
    <message>
        <source>Locked — {name}’s session</source>
        <translation>已锁定——{name}的会话</translation>
    </message>
    <message>
        <source>Patient details are hidden while nobody is at the desk. Type your password to carry on where you were, or sign in as someone else; what was typed is kept.</source>
        <translation>无人值守时隐藏患者信息。输入密码可从中断处继续，或以其他人身份登录；已输入的内容会保留。</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>用户名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Type your password (and your username, if it is not yours).</source>
        <translation>请输入密码（如果不是您的账户，也请输入用户名）。</translation>
    </message>
    <message>
        <source>Cannot check the password: {problem}. Try again in a moment.</source>
        <translation>无法验证密码：{problem}。请稍后再试。</translation>
    </message>
</context>
<context>
    <name>LockoutWords</name>
    <message>
        <source>Too many failed sign-ins. Try again after {time}.</source>
        <translation>登录失败次数过多。请在 {time} 之后重试。</translation>
    </message>
</context>
<context>
    <name>LookDialog</name>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>跟随系统（浅色或深色）</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Text size and theme</source>
        <translation>文字大小和主题</translation>
    </message>
    <message>
        <source>Your windows change at once, and stay so when you sign in.</source>
        <translation>窗口会马上改变，下次登录也保持这样。</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>文字大小(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T):</translation>
    </message>
    <message>
        <source>The text size and theme could not be saved on this computer. Check that your settings folder can be written to.</source>
        <translation>无法在这台电脑上保存文字大小和主题。请检查设置文件夹是否可以写入。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New intake</source>
        <translation>新登记(&amp;N)</translation>
    </message>
    <message>
        <source>Patient &amp;entries</source>
        <translation>患者自填(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>患者(&amp;P)</translation>
    </message>
    <message>
        <source>Follo&amp;w-up visit</source>
        <translation>复诊(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation>审核队列(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Signed in as {name} ({role})</source>
        <translation>已登录：{name}（{role}）</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>数据库：{where}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Find a patient</source>
        <translation>查找患者(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import patient answers…</source>
        <translation>导入患者答案(&amp;I)…</translation>
    </message>
    <message numerus="yes">
        <source>Entries with answers to correct before they can be submitted: %n. Open them in Patient entries.</source>
        <translation>
            <numerusform>有 %n 个条目的回答需要先更正才能提交。请在“患者自填”中打开它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>Start &amp;kiosk on this screen</source>
        <translation>在此屏幕上启动自助终端(&amp;K)</translation>
    </message>
    <message>
        <source>Desk pages</source>
        <translation>前台页面</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Window lan&amp;guage…</source>
        <translation>窗口语言(&amp;G)…</translation>
    </message>
    <message>
        <source>Text si&amp;ze and theme…</source>
        <translation>文字大小和主题(&amp;Z)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Import patient answers</source>
        <translation>导入患者答案</translation>
    </message>
    <message>
        <source>FHIR QuestionnaireResponse files (*.json)</source>
        <translation>FHIR QuestionnaireResponse 文件 (*.json)</translation>
    </message>
    <message>
        <source>Importing patient answers…</source>
        <translation>正在导入患者答案…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n patient entries. They wait for the desk&apos;s check.</source>
        <translation>
            <numerusform>已导入 %n 条患者记录，等待前台核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. Correct these files, then import them again:</source>
        <translation>未导入任何内容。请更正这些文件，然后重新导入：</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <source>Intake, red-flag review and home-care handouts for runners with foot pain. The flags are for a clinician to check; they are not a diagnosis.</source>
        <translation>为足部疼痛的跑者提供登记、危险信号审核和居家护理单。标记需要临床医生检查；它们不是诊断。</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation>诊所(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>审计记录(&amp;A)</translation>
    </message>
    <message>
        <source>K&amp;iosk</source>
        <translation>自助终端(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <source>Encr&amp;yption</source>
        <translation>加密(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge patient records</source>
        <translation>合并患者记录</translation>
    </message>
    <message>
        <source>Find the two records of one person. The record you keep keeps its number; every intake, course, handout and decision of the other moves to it.</source>
        <translation>找出同一个人的两份记录。保留的记录保留其编号；另一份记录的所有登记、疗程、资料和决定都会移到它名下。</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>第一份记录</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>第二份记录</translation>
    </message>
    <message>
        <source>Search for the first record</source>
        <translation>搜索第一份记录</translation>
    </message>
    <message>
        <source>Search for the second record</source>
        <translation>搜索第二份记录</translation>
    </message>
    <message>
        <source>&amp;Keep this one</source>
        <translation>保留这一份(&amp;K)</translation>
    </message>
    <message>
        <source>K&amp;eep this one</source>
        <translation>保留这一份(&amp;E)</translation>
    </message>
    <message>
        <source>Name, number or birth date (YYYY-MM-DD)</source>
        <translation>姓名、编号或出生日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Merge {merged} ({merged_number}) into {survivor} ({survivor_number})?

{survivor} keeps the number {survivor_number}; every record of {merged} moves to it. This cannot be undone.</source>
        <translation>将 {merged}（{merged_number}）合并到 {survivor}（{survivor_number}）吗？

{survivor} 保留编号 {survivor_number}；{merged} 的所有记录都会移到它名下。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <source>No patient found.</source>
        <translation>没有找到患者。</translation>
    </message>
    <message>
        <source>{name}, born {born}, number {number}</source>
        <translation>{name}，出生于 {born}，编号 {number}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Likely duplicates of the first record are listed on the right.</source>
        <translation>右侧列出了第一份记录可能的重复记录。</translation>
    </message>
    <message>
        <source>No likely duplicate found; search for the second record.</source>
        <translation>没有找到可能的重复记录；请搜索第二份记录。</translation>
    </message>
    <message>
        <source>Choose the record to keep, then Merge.</source>
        <translation>选择要保留的记录，然后点击合并。</translation>
    </message>
    <message>
        <source>That is one record twice: choose two different records.</source>
        <translation>这是同一份记录选了两次：请选择两份不同的记录。</translation>
    </message>
    <message>
        <source>Patient {patient} was already merged into patient {survivor}; choose the record that survived instead.</source>
        <translation>患者 {patient} 已经合并到患者 {survivor}；请改选保留下来的那份记录。</translation>
    </message>
    <message>
        <source>These two cannot be merged yet: {name} (patient {patient}) has drafts open ({drafts}), an intake or follow-up being typed. Finish or discard them first.</source>
        <translation>这两份记录暂时不能合并：{name}（患者 {patient}）有未完成的草稿（{drafts}），正在填写登记或复诊。请先完成或放弃这些草稿。</translation>
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
编号：{number}
出生日期：{born}
电话：{phone}
电子邮件：{email}
登记：{intakes} · 疗程：{courses} · 复诊：{follow_ups}
资料：{handouts} · 决定：{decisions}
未完成的草稿：{drafts}</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>无编号</translation>
    </message>
    <message>
        <source>Merged: the records of patient {merged} are now under patient {survivor}.</source>
        <translation>已合并：患者 {merged} 的记录现在归入患者 {survivor}。</translation>
    </message>
</context>
<context>
    <name>NewPassword</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>至少 {count} 个字符</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W):</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>再次输入密码(&amp;G):</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>两次输入的密码不同：请输入同一个密码两次。</translation>
    </message>
</context>
<context>
    <name>NewPatientDialog</name>
    <message>
        <source>&amp;First name</source>
        <translation>名(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>姓(&amp;L)</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>性别(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>电子邮箱(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Clinic number</source>
        <translation>病历号(&amp;C)</translation>
    </message>
    <message>
        <source>Lan&amp;guage for the patient&apos;s sheet</source>
        <translation>患者资料的语言(&amp;G)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Checking the records…</source>
        <translation>正在核对档案…</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>新患者</translation>
    </message>
    <message>
        <source>{field} (required)</source>
        <translation>{field}（必填）</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* 必填</translation>
    </message>
    <message>
        <source>&amp;Use the selected patient</source>
        <translation>使用所选患者(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Register as a new patient</source>
        <translation>登记为新患者(&amp;R)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between field names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>fill in or correct {fields}</source>
        <translation>请填写或更正{fields}</translation>
    </message>
    <message>
        <source>Cannot save yet: {reasons}.</source>
        <translation>暂不能保存：{reasons}。</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between reasons</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>The details could not be checked; correct them and try again.</source>
        <translation>无法核对这些信息；请更正后再试。</translation>
    </message>
    <message>
        <source>The patient was not saved: {message}. Try again.</source>
        <translation>患者未保存：{message}。请再试一次。</translation>
    </message>
    <message>
        <source>Clinic number {number} already belongs to this patient. Use their record, or correct the details to register someone else.</source>
        <translation>病历号 {number} 已属于此患者。请使用其档案，或更正信息以登记其他人。</translation>
    </message>
    <message>
        <source>A patient with this name and date of birth is already registered. Use their record, or correct the details to register someone else.</source>
        <translation>已有同名且出生日期相同的患者登记。请使用其档案，或更正信息以登记其他人。</translation>
    </message>
    <message>
        <source>This may be someone already registered: a patient with a similar name or the same date of birth. Select one and use it, or register a new patient.</source>
        <translation>此人可能已登记：有一位患者姓名相似或出生日期相同。请选择并使用，或登记为新患者。</translation>
    </message>
    <message numerus="yes">
        <source>This may be someone already registered: %n patients with a similar name or the same date of birth. Select one and use it, or register a new patient.</source>
        <translation>
            <numerusform>此人可能已登记：有 %n 位患者姓名相似或出生日期相同。请选择其一并使用，或登记为新患者。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>The clinic&apos;s database is not answering. You can go on typing: the intake is kept on this computer and saved as soon as the database answers again. Finding patients, the review queue and submitting wait until then.</source>
        <translation>诊所数据库没有响应。您可以继续输入：登记内容保存在此电脑上，数据库恢复后立即保存。查找患者、审核队列和提交需等到那时。</translation>
    </message>
    <message>
        <source>Database not answering</source>
        <translation>数据库无响应</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Take the rating away (not asked)</source>
        <translation>撤销评分（未询问）</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>{value} out of {most}</source>
        <translation>{value}，满分 {most}</translation>
    </message>
    <message>
        <source>Pain rating: {words}</source>
        <translation>疼痛评分：{words}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Reset password: {username}</source>
        <translation>重设密码：{username}</translation>
    </message>
    <message>
        <source>A new password for {name} ({username}). Tell them in person, not by e-mail.</source>
        <translation>为{name}（{username}）设置新密码。请当面告知，不要用电子邮件。</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>设置密码(&amp;S)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The password was not changed: {problem}</source>
        <translation>密码未更改：{problem}</translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Clinic number</source>
        <translation>病历号</translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <source>Name, date of birth (YYYY-MM-DD) or clinic number</source>
        <translation>姓名、出生日期（YYYY-MM-DD）或病历号</translation>
    </message>
    <message>
        <source>Type the start of a first name or surname, a date of birth (YYYY-MM-DD) or a clinic number to find a patient, or use New patient to register one.</source>
        <translation>输入名或姓的开头、出生日期（YYYY-MM-DD）或病历号来查找患者，或使用“新患者”进行登记。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Opening the patient&apos;s record…</source>
        <translation>正在打开患者档案…</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Find a patient</source>
        <translation>查找患者</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>找到的患者</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>新患者(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a patient who is not on record (Ctrl+Shift+N)</source>
        <translation>登记尚无档案的患者 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Start &amp;intake</source>
        <translation>开始登记(&amp;I)</translation>
    </message>
    <message>
        <source>Start an intake for the selected patient (Enter)</source>
        <translation>为所选患者开始登记 (Enter)</translation>
    </message>
    <message>
        <source>Cannot search: {message}. Try again in a moment.</source>
        <translation>无法搜索：{message}。请稍后再试。</translation>
    </message>
    <message>
        <source>{name} is no longer on record; search again, or register them with New patient.</source>
        <translation>{name} 的档案已不存在；请重新搜索，或使用“新患者”进行登记。</translation>
    </message>
    <message>
        <source>Cannot start the intake: {message}. Try again in a moment.</source>
        <translation>无法开始登记：{message}。请稍后再试。</translation>
    </message>
    <message>
        <source>No patient matches “{text}”; use New patient to register them.</source>
        <translation>没有与“{text}”匹配的患者；请使用“新患者”进行登记。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n patients found; type more to narrow the search.</source>
        <translation>
            <numerusform>已显示找到的前 %n 位患者；请输入更多内容以缩小范围。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient found</source>
        <translation>
            <numerusform>找到 %n 位患者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patients found</source>
        <translation>
            <numerusform>找到 %n 位患者</numerusform>
        </translation>
    </message>
    <message>
        <source>Registered {name}.</source>
        <translation>已登记 {name}。</translation>
    </message>
    <message>
        <source>Using the existing record of {name}.</source>
        <translation>使用 {name} 的现有档案。</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Page %v of %m</source>
        <translation>第 %v 页，共 %m 页</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>缩放(&amp;Z):</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>打印（Ctrl+P）</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Save as a PDF file (Ctrl+S)</source>
        <translation>另存为 PDF 文件（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>This PDF cannot be shown. Close this window and make it again; if it happens again, tell your administrator.</source>
        <translation>无法显示此 PDF。请关闭此窗口后重新生成；如果再次发生，请告知管理员。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>未打印。</translation>
    </message>
    <message>
        <source>Sending to {queue}…</source>
        <translation>正在发送到 {queue}…</translation>
    </message>
    <message>
        <source>Not printed: {problem}.</source>
        <translation>未打印：{problem}。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>正在保存 {file}…</translation>
    </message>
    <message>
        <source>Not saved: {problem}. Choose a folder that exists and that you may write to, then save again.</source>
        <translation>未保存：{problem}。请选择一个存在且可写入的文件夹，然后再保存。</translation>
    </message>
    <message>
        <source>Sent {pages} to the printer.</source>
        <translation>已将 {pages}发送到打印机。</translation>
    </message>
    <message>
        <source>Sent to {queue}; whether it has printed cannot be told now: {problem}.</source>
        <translation>已发送到 {queue}；目前无法得知是否已打印：{problem}。</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>已保存为 {path}。</translation>
    </message>
    <message>
        <source>Wait until this has finished, then close the preview.</source>
        <translation>请等待完成后再关闭预览。</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Pain</source>
        <translation>疼痛</translation>
    </message>
    <message>
        <source>FAAM daily living</source>
        <translation>FAAM 日常生活</translation>
    </message>
    <message>
        <source>FAAM sports</source>
        <translation>FAAM 运动</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}: progress chart</source>
        <translation>{title}：进展图</translation>
    </message>
    <message>
        <source>{low}–{high}, higher is better</source>
        <translation>{low}–{high}，越高越好</translation>
    </message>
    <message>
        <source>Dashed line: the change that counts (MIC), {points} up from the first visit</source>
        <translation>虚线：有意义的变化（MIC），比首诊高 {points}</translation>
    </message>
    <message>
        <source>{low}–{high}, lower is better</source>
        <translation>{low}–{high}，越低越好</translation>
    </message>
    <message>
        <source>Dashed line: the change that counts (MIC), {points} down from the first visit</source>
        <translation>虚线：有意义的变化（MIC），比首诊低 {points}</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>first visit</source>
        <translation>首诊</translation>
    </message>
    <message>
        <source>visit {number}</source>
        <translation>第 {number} 次</translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message>
        <source>Progress charts</source>
        <translation>进展图</translation>
    </message>
    <message>
        <source>No measures recorded yet.</source>
        <translation>尚未记录任何量表。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Write down the recovery key</source>
        <translation>记下恢复密钥</translation>
    </message>
    <message>
        <source>The records on this computer are encrypted. Their key is kept on this computer (in its keyring). If that is ever lost (a new computer, a reinstalled system), this recovery key is the only way back to the records. Write it down now, on paper, and keep it away from this computer, for example in the clinic&apos;s safe. It is shown only this once.</source>
        <translation>本电脑上的记录已加密。其密钥保存在本电脑上（在密钥环中）。如果密钥丢失（换了新电脑、重装了系统），这个恢复密钥是找回记录的唯一办法。请现在把它写在纸上，并放在远离本电脑的地方，例如诊所的保险柜里。它只显示这一次。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>To show that you wrote it down, type its &amp;last group of four:</source>
        <translation>为表明您已记下，请输入它的最后一组四个字符(&amp;L)：</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>我已记下</translation>
    </message>
    <message>
        <source>That is not the last group of the key. Look at what you wrote down and type its last four letters and digits.</source>
        <translation>这不是密钥的最后一组。请查看您记下的内容，输入最后四个字母和数字。</translation>
    </message>
    <message>
        <source>Write the recovery key down and type its last group before going on.</source>
        <translation>请先记下恢复密钥并输入它的最后一组，然后才能继续。</translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <source>Choose an intake from the queue to review it.</source>
        <translation>请从队列中选择一份登记进行审核。</translation>
    </message>
    <message>
        <source>Loading the intake…</source>
        <translation>正在载入登记…</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>已发资料</translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation>疼痛部位</translation>
    </message>
    <message>
        <source>&amp;Decide for the whole intake…</source>
        <translation>对整份登记作决定(&amp;D)…</translation>
    </message>
    <message>
        <source>Referral &amp;letter…</source>
        <translation>转诊信(&amp;L)…</translation>
    </message>
    <message>
        <source>Preview the letter of the newest referral, then print or save</source>
        <translation>预览最新转诊的转诊信，然后打印或保存</translation>
    </message>
    <message>
        <source>Loading the follow-up visit…</source>
        <translation>正在载入复诊…</translation>
    </message>
    <message>
        <source>this intake cannot be shown: {message}</source>
        <translation>无法显示此登记：{message}</translation>
    </message>
    <message>
        <source>No decisions yet.</source>
        <translation>尚无决定。</translation>
    </message>
    <message>
        <source>Nothing printed or saved yet.</source>
        <translation>尚未打印或保存任何资料。</translation>
    </message>
    <message>
        <source>The rules raised no flag for this intake.</source>
        <translation>规则未对此登记发出标记。</translation>
    </message>
    <message>
        <source>The decision is on record. Print or save its referral letter with Referral letter…</source>
        <translation>决定已记录。请通过“转诊信…”打印或保存转诊信。</translation>
    </message>
    <message>
        <source>The decision is on record.</source>
        <translation>决定已记录。</translation>
    </message>
    <message>
        <source>Making the referral letter…</source>
        <translation>正在生成转诊信…</translation>
    </message>
    <message>
        <source>referral letter</source>
        <translation>转诊信</translation>
    </message>
    <message>
        <source>Referral letter: print preview</source>
        <translation>转诊信：打印预览</translation>
    </message>
    <message>
        <source>{kind} ({paper}, large print), {when}, by {who}</source>
        <translation>{kind}（{paper}，大字版），{when}，由 {who}</translation>
    </message>
    <message>
        <source>{kind} ({paper}), {when}, by {who}</source>
        <translation>{kind}（{paper}），{when}，由 {who}</translation>
    </message>
    <message>
        <source>The handout is on record with this intake.</source>
        <translation>该资料已随此登记存档。</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Waiting only</source>
        <translation>仅待处理</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>The intake open on the right is no longer in this list.</source>
        <translation>右侧打开的登记已不在此列表中。</translation>
    </message>
    <message>
        <source>The “from” date is after the “to” date: change one of them.</source>
        <translation>“起”日期晚于“止”日期：请修改其中一个。</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>正在读取队列…</translation>
    </message>
    <message>
        <source>{emergency} emergency · {urgent} urgent · {soon} soon</source>
        <translation>紧急 {emergency} · 加急 {urgent} · 尽快 {soon}</translation>
    </message>
    <message>
        <source>{urgent} urgent · {soon} soon</source>
        <translation>加急 {urgent} · 尽快 {soon}</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>审核队列</translation>
    </message>
    <message>
        <source>Only intakes waiting for a decision, or decided ones too</source>
        <translation>仅显示待决定的登记，或同时显示已决定的</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>紧急程度(&amp;U)：</translation>
    </message>
    <message>
        <source>Visit &amp;from</source>
        <translation>就诊起始(&amp;F)</translation>
    </message>
    <message>
        <source>Visits from</source>
        <translation>就诊起始日期</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Visits up to</source>
        <translation>就诊截止日期</translation>
    </message>
    <message>
        <source>Start of a first name or surname</source>
        <translation>名或姓的开头</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Intakes to review</source>
        <translation>待审核的登记</translation>
    </message>
    <message>
        <source>Trying again shortly.</source>
        <translation>稍后将自动重试。</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>请稍后再试。</translation>
    </message>
    <message>
        <source>Cannot read the queue: {message}. {again}</source>
        <translation>无法读取队列：{message}。{again}</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>就诊日期</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>加急</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>尽快</translation>
    </message>
    <message>
        <source>Emergency: a referral flag that may need emergency care now</source>
        <translation>紧急：此转诊标记可能需要立即急救</translation>
    </message>
    <message>
        <source>Urgent: a referral flag that may need checking the same day</source>
        <translation>加急：此转诊标记可能需要当天检查</translation>
    </message>
    <message>
        <source>Soon: a referral flag that may need checking within days</source>
        <translation>尽快：此转诊标记可能需要在几天内检查</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>Waiting for a clinician&apos;s decision</source>
        <translation>等待临床医生决定</translation>
    </message>
    <message>
        <source>Every referral flag has a decision</source>
        <translation>所有转诊标记均已决定</translation>
    </message>
    <message>
        <source>Cannot read more of the queue: {message}</source>
        <translation>无法读取更多队列内容：{message}</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>Waiting for a clinician&apos;s decision</source>
        <translation>等待临床医生决定</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>No referral flags: no review needed</source>
        <translation>没有转诊标记：无需审核</translation>
    </message>
    <message>
        <source>Care sheet</source>
        <translation>护理单</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>转诊信</translation>
    </message>
    <message>
        <source>Follow-up sheet</source>
        <translation>复诊单</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>进展报告</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>{when} — {who}: {decision}, on “{flag}”.</source>
        <translation>{when} — {who}：{decision}，针对“{flag}”。</translation>
    </message>
    <message>
        <source>{when} — {who}: {decision}, for the whole intake.</source>
        <translation>{when} — {who}：{decision}，针对整份登记。</translation>
    </message>
    <message>
        <source>Note: {reason}</source>
        <translation>备注：{reason}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>Advice for the patient&apos;s care sheet: no decision needed.</source>
        <translation>用于患者护理单的建议：无需作出决定。</translation>
    </message>
    <message>
        <source>Open: waiting for a clinician&apos;s decision.</source>
        <translation>待处理：等待临床医生决定。</translation>
    </message>
    <message>
        <source>Decided.</source>
        <translation>已决定。</translation>
    </message>
    <message>
        <source>Decided (for the whole intake): {decision} — {who}, {when}.</source>
        <translation>已决定（针对整份登记）：{decision} — {who}，{when}。</translation>
    </message>
    <message>
        <source>Decided: {decision} — {who}, {when}.</source>
        <translation>已决定：{decision} — {who}，{when}。</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation>出生日期：{date}</translation>
    </message>
    <message>
        <source>Clinic number {number}</source>
        <translation>病历号 {number}</translation>
    </message>
    <message>
        <source>No clinic number</source>
        <translation>无病历号</translation>
    </message>
    <message>
        <source>Phone {phone}</source>
        <translation>电话 {phone}</translation>
    </message>
    <message>
        <source>Email {email}</source>
        <translation>电子邮箱 {email}</translation>
    </message>
    <message>
        <source>Visit {date} · intake {intake} · {status}</source>
        <translation>就诊 {date} · 登记 {intake} · {status}</translation>
    </message>
</context>
<context>
    <name>RuleWords</name>
    <message>
        <source>Cannot take weight on the foot</source>
        <translation>患足无法负重</translation>
    </message>
    <message>
        <source>Needs checking by a clinician today. Not being able to take four steps on the foot may mean a fracture or another serious injury.</source>
        <translation>需要今天由临床医生检查。患足无法负重走四步，可能是骨折或其他严重损伤。</translation>
    </message>
    <message>
        <source>Cannot walk normally</source>
        <translation>无法正常行走</translation>
    </message>
    <message>
        <source>Needs a clinician&apos;s assessment within a few days: a limp may mean an injury.</source>
        <translation>需要在几天内由临床医生评估：跛行可能提示有损伤。</translation>
    </message>
    <message>
        <source>Fever with redness, warmth or swelling</source>
        <translation>发热伴红、热或肿</translation>
    </message>
    <message>
        <source>Needs checking by a clinician today: this may be an infection such as cellulitis. No massage or heat on the area until seen.</source>
        <translation>需要今天由临床医生检查：可能是蜂窝织炎等感染。就诊前不要按摩或热敷该部位。</translation>
    </message>
    <message>
        <source>Red, warm or swollen foot with diabetes or neuropathy</source>
        <translation>糖尿病或神经病变患者足部红、热或肿</translation>
    </message>
    <message>
        <source>Needs same-day assessment: with diabetes or reduced feeling, this may be active Charcot foot or an infection.</source>
        <translation>需要当天评估：糖尿病或感觉减退者出现这种情况，可能是活动期夏科足或感染。</translation>
    </message>
    <message>
        <source>Marked swelling or redness</source>
        <translation>明显肿胀或发红</translation>
    </message>
    <message>
        <source>Needs a clinician&apos;s assessment within a few days.</source>
        <translation>需要在几天内由临床医生评估。</translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation>麻木或刺痛</translation>
    </message>
    <message>
        <source>May mean a nerve is pressed or irritated; needs a clinician&apos;s assessment.</source>
        <translation>可能是神经受压或受刺激；需要临床医生评估。</translation>
    </message>
    <message>
        <source>Sharp or stabbing pain</source>
        <translation>锐痛或刺痛</translation>
    </message>
    <message>
        <source>Sharp pain, above all in one spot, may mean more than simple soreness; needs checking by a clinician.</source>
        <translation>锐痛，尤其是局限于一处的锐痛，可能不只是普通酸痛；需要临床医生检查。</translation>
    </message>
    <message>
        <source>Pain that builds with activity or wakes the patient</source>
        <translation>活动时加重或夜间痛醒的疼痛</translation>
    </message>
    <message>
        <source>Needs a clinician&apos;s assessment: this pattern may point to a stress injury.</source>
        <translation>需要临床医生评估：这种表现可能提示应力性损伤。</translation>
    </message>
    <message>
        <source>Pain that is not settling</source>
        <translation>疼痛未见缓解</translation>
    </message>
    <message>
        <source>Has lasted more than a few days without getting better; needs a clinician&apos;s assessment.</source>
        <translation>已持续数天以上且未见好转；需要临床医生评估。</translation>
    </message>
    <message>
        <source>A bone is tender to press: possible stress fracture</source>
        <translation>骨头按压痛：可能为应力性骨折</translation>
    </message>
    <message>
        <source>Needs examination, and imaging if the clinician agrees: a stress fracture may be present. At a high-risk site (navicular, base of the 5th metatarsal, sesamoids) it needs same-day assessment, as it may heal poorly without prompt care. No running until seen.</source>
        <translation>需要体格检查，临床医生认为必要时做影像学检查：可能存在应力性骨折。若位于高风险部位（舟骨、第5跖骨基底、籽骨），需要当天评估，因为不及时处理可能愈合不良。就诊前不要跑步。</translation>
    </message>
    <message>
        <source>Ottawa foot rule met after an injury</source>
        <translation>受伤后符合渥太华足部规则</translation>
    </message>
    <message>
        <source>A foot X-ray may be needed; the clinician confirms by examining the midfoot (navicular, base of the 5th metatarsal) before ordering it.</source>
        <translation>可能需要足部X线检查；开单前由临床医生检查中足（舟骨、第5跖骨基底）确认。</translation>
    </message>
    <message>
        <source>Ottawa ankle rule met after an injury</source>
        <translation>受伤后符合渥太华踝关节规则</translation>
    </message>
    <message>
        <source>An ankle X-ray may be needed; the clinician confirms by examining the ankle bones before ordering it.</source>
        <translation>可能需要踝关节X线检查；开单前由临床医生检查踝部骨骼确认。</translation>
    </message>
    <message>
        <source>Sudden snap at the back of the heel: possible Achilles rupture</source>
        <translation>足跟后方突然断裂感：可能为跟腱断裂</translation>
    </message>
    <message>
        <source>Needs same-day assessment: the Achilles tendon may be torn, even though many people can still walk.</source>
        <translation>需要当天评估：跟腱可能已断裂，尽管很多人仍能行走。</translation>
    </message>
    <message>
        <source>Weekly distance rose quickly</source>
        <translation>周跑量增加过快</translation>
    </message>
    <message>
        <source>Ease back and build up gradually: the handout gives next week&apos;s ceiling in the patient&apos;s own numbers. The 10 % rule is a rule of thumb; Nielsen et al. (JOSPT 2014) linked injuries to rises of more than 30 % over two weeks.</source>
        <translation>先减量，再逐步增加：宣教单按患者自己的数据给出下周的上限。10 %原则只是经验法则；Nielsen 等（JOSPT 2014）发现两周内增加超过30 %与损伤相关。</translation>
    </message>
    <message>
        <source>Running shoes may be worn out</source>
        <translation>跑鞋可能已磨损</translation>
    </message>
    <message>
        <source>Check the shoes: replace them now from 500 miles (804.7 km) or when the cushioning is worn, and plan to replace them soon from 300 miles (482.8 km). 300-500 miles is a common guide, not a hard limit.</source>
        <translation>检查跑鞋：达到500英里（804.7公里）或缓震已磨损时应立即更换，达到300英里（482.8公里）时应计划尽快更换。300-500英里是常用参考，并非硬性限制。</translation>
    </message>
    <message>
        <source>Runs in one pair of shoes</source>
        <translation>只穿一双跑鞋跑步</translation>
    </message>
    <message>
        <source>Rotate two or three pairs so each pair&apos;s cushioning can recover.</source>
        <translation>轮换两到三双跑鞋，让每双鞋的缓震得以恢复。</translation>
    </message>
    <message>
        <source>Shoes do not fit well</source>
        <translation>鞋不太合脚</translation>
    </message>
    <message>
        <source>Get a professional fitting: room for the toes, a heel that does not slip, and support that suits the foot.</source>
        <translation>请专业人员试鞋：脚趾有空间，鞋跟不打滑，支撑适合脚型。</translation>
    </message>
    <message>
        <source>Runs only on hard surfaces</source>
        <translation>只在硬地面上跑步</translation>
    </message>
    <message>
        <source>Mix in softer surfaces such as trail, grass or a track.</source>
        <translation>穿插在较软的地面上跑，如土路、草地或跑道。</translation>
    </message>
    <message>
        <source>No low-impact cross-training</source>
        <translation>没有低冲击的交叉训练</translation>
    </message>
    <message>
        <source>Add cycling, swimming or an elliptical trainer to stay fit with less impact.</source>
        <translation>增加骑车、游泳或椭圆机训练，以较低冲击保持体能。</translation>
    </message>
    <message>
        <source>Heel or arch pain with the first steps of the day</source>
        <translation>早晨起床头几步足跟或足弓疼痛</translation>
    </message>
    <message>
        <source>May suggest a strained plantar fascia: stretch the calf and arch before the first steps of the day, and roll the arch over a ball.</source>
        <translation>可能提示足底筋膜劳损：早晨下地前先拉伸小腿和足弓，并用球滚压足弓。</translation>
    </message>
    <message>
        <source>Energy availability needs discussing (clinician only)</source>
        <translation>需要讨论能量可用性（仅限临床医生）</translation>
    </message>
    <message>
        <source>Discuss energy availability (RED-S) with the patient. For clinicians only: never printed on the patient&apos;s handout.</source>
        <translation>与患者讨论能量可用性（RED-S）。仅供临床医生：不会打印在患者宣教单上。</translation>
    </message>
    <message>
        <source>The foot has turned pale, blue or blotchy</source>
        <translation>足部变得苍白、发紫或出现斑驳</translation>
    </message>
    <message>
        <source>Emergency care now: the blood supply to the foot may be blocked. Send the patient to the emergency department; do not wait for an appointment.</source>
        <translation>立即急诊处理：足部血供可能受阻。请将患者送往急诊科，不要等待预约。</translation>
    </message>
    <message>
        <source>Pain far worse than the injury explains</source>
        <translation>疼痛程度远超损伤所能解释</translation>
    </message>
    <message>
        <source>Emergency care now: pressure may be building inside the foot (compartment syndrome), which can harm muscle and nerves within hours. Send the patient to the emergency department.</source>
        <translation>立即急诊处理：足内压力可能正在升高（骨筋膜室综合征），数小时内即可损伤肌肉和神经。请将患者送往急诊科。</translation>
    </message>
    <message>
        <source>Very unwell with signs of infection</source>
        <translation>全身情况很差并有感染迹象</translation>
    </message>
    <message>
        <source>Emergency care now: this may be sepsis. Call the emergency number or send the patient to the emergency department.</source>
        <translation>立即急诊处理：可能是脓毒症。请拨打急救电话或将患者送往急诊科。</translation>
    </message>
    <message>
        <source>Redness that is spreading</source>
        <translation>发红范围在扩大</translation>
    </message>
    <message>
        <source>Needs checking by a clinician today: spreading redness may be an infection of the skin (cellulitis).</source>
        <translation>需要今天由临床医生检查：发红扩散可能是皮肤感染（蜂窝织炎）。</translation>
    </message>
    <message>
        <source>A wound on the foot with diabetes or reduced feeling</source>
        <translation>糖尿病或感觉减退者足部有伤口</translation>
    </message>
    <message>
        <source>Needs checking within one working day: with diabetes or reduced feeling, a wound may become an ulcer that heals poorly. Refer to the diabetic foot service.</source>
        <translation>需要在一个工作日内检查：糖尿病或感觉减退者的伤口可能发展为难以愈合的溃疡。请转诊至糖尿病足专科。</translation>
    </message>
    <message>
        <source>Achilles pain after a recent fluoroquinolone antibiotic</source>
        <translation>近期使用氟喹诺酮类抗生素后跟腱疼痛</translation>
    </message>
    <message>
        <source>Needs checking by a clinician today: these antibiotics may weaken tendons, and the Achilles may tear. No running, jumping or calf stretching until seen.</source>
        <translation>需要今天由临床医生检查：这类抗生素可能削弱肌腱，跟腱可能断裂。就诊前不要跑步、跳跃或拉伸小腿。</translation>
    </message>
    <message>
        <source>Night pain with weight loss or a history of cancer</source>
        <translation>夜间痛伴体重下降或有癌症病史</translation>
    </message>
    <message>
        <source>Needs checking by a clinician today: bone pain at night with these may have a serious cause that needs tests.</source>
        <translation>需要今天由临床医生检查：伴有这些情况的夜间骨痛可能有严重病因，需要进一步检查。</translation>
    </message>
    <message>
        <source>Long morning stiffness with swelling or other joints</source>
        <translation>晨僵时间长，伴肿胀或其他关节受累</translation>
    </message>
    <message>
        <source>Needs a clinician&apos;s assessment within a few days: this pattern may be an inflammatory arthritis, which needs blood tests or a rheumatology referral.</source>
        <translation>需要在几天内由临床医生评估：这种表现可能是炎症性关节炎，需要验血或转诊风湿免疫科。</translation>
    </message>
    <message>
        <source>Heel pain in a growing runner</source>
        <translation>生长期跑者足跟疼痛</translation>
    </message>
    <message>
        <source>Heel pain in a growing runner is often irritation where the heel bone grows: less jumping and hard running for a while, cushioned heels, and a clinician&apos;s check if it lasts.</source>
        <translation>生长期跑者的足跟疼痛多为跟骨生长部位受刺激：暂时减少跳跃和高强度跑步，使用有缓震的鞋跟；若持续不缓解，请临床医生检查。</translation>
    </message>
    <message>
        <source>Pain is worse than at the last visit</source>
        <translation>疼痛比上次就诊时加重</translation>
    </message>
    <message>
        <source>Needs a clinician&apos;s review within a few days: pain has risen by 2 points or more since the last visit, the smallest change that matters to patients. Ask what changed (load, shoes, a new knock) and review the plan.</source>
        <translation>需要在几天内由临床医生复核：与上次就诊相比，疼痛上升了2分或以上，这是对患者有意义的最小变化。询问有何变化（训练量、鞋子、新的磕碰），并复核方案。</translation>
    </message>
    <message>
        <source>No meaningful improvement after six weeks</source>
        <translation>六周后无明显改善</translation>
    </message>
    <message>
        <source>Needs a clinician&apos;s review within a few days: six weeks or more into the course, no measure has improved by its minimal important change. Reconsider the diagnosis and the plan; imaging or a referral may be needed.</source>
        <translation>需要在几天内由临床医生复核：疗程已进行六周或以上，没有任何指标的改善达到其最小重要变化。请重新考虑诊断和方案；可能需要影像学检查或转诊。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Loading the settings…</source>
        <translation>正在加载设置…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4（210 × 297 毫米）</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信纸 (Letter)</translation>
    </message>
    <message>
        <source>No logo: the printouts carry the clinic&apos;s name, address and phone only.</source>
        <translation>无标志：打印件只印诊所名称、地址和电话。</translation>
    </message>
    <message>
        <source>The thresholds change which intakes get flagged from now on. Intakes already assessed keep the flags they were given, under the thresholds of that day.</source>
        <translation>阈值决定今后哪些登记会被标记。已评估的登记保留当时按当天阈值给出的标记。</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s logo</source>
        <translation>选择诊所标志</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Settings changed elsewhere</source>
        <translation>设置已在别处更改</translation>
    </message>
    <message>
        <source>{message}

Load their settings now? What you typed here will be replaced.</source>
        <translation>{message}

现在加载对方的设置吗？您在此输入的内容将被替换。</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>诊所</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Read the settings from the database again, dropping changes</source>
        <translation>从数据库重新读取设置，放弃更改</translation>
    </message>
    <message>
        <source>Sav&amp;e</source>
        <translation>保存(&amp;E)</translation>
    </message>
    <message>
        <source>Store these settings for every workstation (Ctrl+S)</source>
        <translation>为所有工作站保存这些设置（Ctrl+S）</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>诊所设置</translation>
    </message>
    <message>
        <source>Lock after: type a whole number of minutes from {low} to {high}.</source>
        <translation>锁定时间：请输入 {low} 到 {high} 之间的整数分钟。</translation>
    </message>
    <message>
        <source>Pain not improving: type a whole number of days from 0 to {high}.</source>
        <translation>疼痛未好转：请输入 0 到 {high} 之间的整数天数。</translation>
    </message>
    <message>
        <source>Largest weekly rise: type a percentage from 0 to {high}.</source>
        <translation>每周最大增幅：请输入 0 到 {high} 之间的百分比。</translation>
    </message>
    <message>
        <source>On every printout</source>
        <translation>每份打印件上</translation>
    </message>
    <message>
        <source>Clinic na&amp;me:</source>
        <translation>诊所名称(&amp;M):</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D):</translation>
    </message>
    <message>
        <source>Ph&amp;one:</source>
        <translation>电话(&amp;O):</translation>
    </message>
    <message>
        <source>Empty: “your local emergency number”</source>
        <translation>留空：“当地急救电话”</translation>
    </message>
    <message>
        <source>Printed in the “Get emergency care now” box of a care sheet, after “Call”: digits, spaces and + ( ) - only, such as 999, 112 or 911</source>
        <translation>打印在护理单“立即急救”框中“拨打”之后：只能用数字、空格和 + ( ) -，如 999、112 或 120</translation>
    </message>
    <message>
        <source>Emergency num&amp;ber:</source>
        <translation>急救电话(&amp;B):</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>选择标志(&amp;L)…</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture, at most 512 KB</source>
        <translation>PNG 或 JPEG 图片，最大 512 KB</translation>
    </message>
    <message>
        <source>Remove lo&amp;go</source>
        <translation>移除标志(&amp;G)</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>纸张尺寸(&amp;Z):</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Care sheets and follow-up sheets are printed in the patient&apos;s language. When the intake does not say which language they read, they are printed in this one.</source>
        <translation>护理单和复诊单用患者的语言打印。登记中未说明患者读哪种语言时，用此语言打印。</translation>
    </message>
    <message>
        <source>Patients&apos; sheets, b&amp;y default:</source>
        <translation>患者资料默认语言(&amp;Y):</translation>
    </message>
    <message>
        <source>Referral letters and the clinician&apos;s part of the progress report are printed in this language, whatever the patient reads.</source>
        <translation>转诊信和进展报告中临床医生的部分用此语言打印，不论患者读哪种语言。</translation>
    </message>
    <message>
        <source>Letters for clinicians:</source>
        <translation>给临床医生的信:</translation>
    </message>
    <message>
        <source>A clinician has reviewed the patient text in every language.</source>
        <translation>临床医生已审核所有语言的患者文本。</translation>
    </message>
    <message>
        <source>Not yet reviewed by a clinician: %1</source>
        <translation>尚未经临床医生审核：%1</translation>
    </message>
    <message>
        <source>Session lock</source>
        <translation>会话锁定</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>After this long without use, a workstation hides patient data until the password is typed again</source>
        <translation>闲置这么久后，工作站会隐藏患者数据，直到再次输入密码</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>锁定时间(&amp;K):</translation>
    </message>
    <message>
        <source>Flag thresholds</source>
        <translation>标记阈值</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Pain that has lasted longer than this without getting better may need a clinician (flag: pain that is not settling)</source>
        <translation>疼痛持续超过此时间仍未好转，可能需要临床医生（标记：疼痛未缓解）</translation>
    </message>
    <message>
        <source>Pain not &amp;improving, flag after more than:</source>
        <translation>疼痛未好转，超过多久标记(&amp;I):</translation>
    </message>
    <message>
        <source>A larger rise in weekly distance than this brings advice to ease back, and counts towards the stress-fracture flag</source>
        <translation>周跑量增幅超过此值会给出减量建议，并计入应力性骨折标记</translation>
    </message>
    <message>
        <source>Largest &amp;weekly rise in distance:</source>
        <translation>每周距离最大增幅(&amp;W):</translation>
    </message>
    <message>
        <source>Restore defaul&amp;ts</source>
        <translation>恢复默认值(&amp;T)</translation>
    </message>
    <message>
        <source>Put back {days} days and {percent} % (then Save)</source>
        <translation>恢复为 {days} 天和 {percent} %（然后保存）</translation>
    </message>
    <message>
        <source>The clinic&apos;s logo</source>
        <translation>诊所标志</translation>
    </message>
    <message>
        <source>A logo this screen cannot show.</source>
        <translation>此屏幕无法显示该标志。</translation>
    </message>
    <message>
        <source>Cannot read the settings: {problem}</source>
        <translation>无法读取设置：{problem}</translation>
    </message>
    <message>
        <source>Not saved. {problem}</source>
        <translation>未保存。{problem}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>未保存：{problem}</translation>
    </message>
    <message>
        <source>{problem} The logo was not changed.</source>
        <translation>{problem} 标志未更改。</translation>
    </message>
    <message>
        <source>The logo is in the form; Save to print it on every handout.</source>
        <translation>标志已放入表单；保存后每份材料都会印上。</translation>
    </message>
    <message>
        <source>The logo is out of the form; Save to print without it.</source>
        <translation>标志已从表单移除；保存后打印将不带标志。</translation>
    </message>
    <message>
        <source>The default thresholds are in the form; Save to use them.</source>
        <translation>默认阈值已放入表单；保存后生效。</translation>
    </message>
    <message>
        <source>Not saved: {who} saved other settings at {when}, after this page read them. Your changes are still in the form. Use Revert to see theirs, then make yours again.</source>
        <translation>未保存：{who}在 {when} 保存了其他设置，晚于此页面读取的时间。您的更改仍在表单中。请用“还原”查看对方的设置，再重新修改。</translation>
    </message>
    <message>
        <source>These are the settings {who} saved. Make your changes again and Save.</source>
        <translation>这是{who}保存的设置。请重新修改并保存。</translation>
    </message>
    <message>
        <source>{problem} It was put back to its last value.</source>
        <translation>{problem} 已恢复为上一个值。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>That username and password do not match an active account. Check them and try again, or ask the administrator.</source>
        <translation>用户名和密码与任何有效账户都不匹配。请检查后重试，或询问管理员。</translation>
    </message>
    <message>
        <source>Sign in — {where}</source>
        <translation>登录——{where}</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Type your username and your password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Cannot sign in: {problem}</source>
        <translation>无法登录：{problem}</translation>
    </message>
    <message>
        <source>Sign in with your own account. What you do is recorded under your name.</source>
        <translation>请用您自己的账户登录。您的操作会记录在您的名下。</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Sign here with your finger.</source>
        <translation>请用手指在这里签名。</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Leave the kiosk</source>
        <translation>退出自助终端</translation>
    </message>
    <message>
        <source>Staff only: type the kiosk PIN, or sign in.</source>
        <translation>仅限工作人员：输入终端 PIN，或登录。</translation>
    </message>
    <message>
        <source>Leave with the PIN</source>
        <translation>用 PIN 退出</translation>
    </message>
    <message>
        <source>Sign in and leave</source>
        <translation>登录并退出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Kiosk PIN</source>
        <translation>终端 PIN</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>PIN 不对。</translation>
    </message>
    <message>
        <source>This kiosk has no PIN. Please sign in as staff.</source>
        <translation>本终端没有 PIN。请用工作人员账号登录。</translation>
    </message>
    <message>
        <source>This kiosk cannot check staff passwords on its database login. Please use the kiosk PIN.</source>
        <translation>本终端的数据库账号不能核对工作人员密码。请用终端 PIN。</translation>
    </message>
    <message>
        <source>The username or password is not right.</source>
        <translation>用户名或密码不对。</translation>
    </message>
    <message>
        <source>The PIN is locked after 5 wrong tries. Try again after {time}, or sign in as staff.</source>
        <translation>PIN 输错 5 次已锁定。请在 {time} 后再试，或用工作人员账号登录。</translation>
    </message>
</context>
<context>
    <name>StillTherePage</name>
    <message>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <source>Touch the screen to go on with your answers.</source>
        <translation>请点屏幕继续回答。</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>我还在</translation>
    </message>
</context>
<context>
    <name>ThanksPage</name>
    <message>
        <source>Thank you. Please let the front desk know you have finished.</source>
        <translation>谢谢。请告诉前台您已填完。</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>{status}, locked out until {time}</source>
        <translation>{status}，锁定至 {time}</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Loading the users…</source>
        <translation>正在加载用户…</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>正在更改…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Everyone who signs in. A switched-off account cannot sign in; its name stays on every record it made.</source>
        <translation>所有登录的人。已停用的账户无法登录；其名字仍保留在它创建的每条记录上。</translation>
    </message>
    <message>
        <source>A&amp;dd user…</source>
        <translation>添加用户(&amp;D)…</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>R&amp;eset password…</source>
        <translation>重设密码(&amp;E)…</translation>
    </message>
    <message>
        <source>Give the selected user a new password</source>
        <translation>为所选用户设置新密码</translation>
    </message>
    <message>
        <source>Role of the selected user</source>
        <translation>所选用户的角色</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O):</translation>
    </message>
    <message>
        <source>Change ro&amp;le</source>
        <translation>更改角色(&amp;L)</translation>
    </message>
    <message>
        <source>Give the selected user the role chosen beside</source>
        <translation>把旁边选择的角色赋予所选用户</translation>
    </message>
    <message>
        <source>S&amp;witch off</source>
        <translation>停用(&amp;W)</translation>
    </message>
    <message>
        <source>Lift loc&amp;kout</source>
        <translation>解除锁定(&amp;K)</translation>
    </message>
    <message>
        <source>Let the selected user sign in again at once after too many failed sign-ins</source>
        <translation>让所选用户在多次登录失败后立即重新登录</translation>
    </message>
    <message>
        <source>Cannot read the users: {problem} Try again in a moment.</source>
        <translation>无法读取用户：{problem} 请稍后再试。</translation>
    </message>
    <message>
        <source>{name} ({username}) has a new password. Tell them in person.</source>
        <translation>{name}（{username}）已有新密码。请当面告知。</translation>
    </message>
    <message>
        <source>{name} ({username}) is now {role}; it takes effect when they next sign in.</source>
        <translation>{name}（{username}）现在是{role}；下次登录时生效。</translation>
    </message>
    <message>
        <source>{name} ({username}) is switched off and can no longer sign in.</source>
        <translation>{name}（{username}）已停用，无法再登录。</translation>
    </message>
    <message>
        <source>{name} ({username}) is switched on again and can sign in with their old password.</source>
        <translation>{name}（{username}）已重新启用，可用原密码登录。</translation>
    </message>
    <message>
        <source>{name} ({username}) can sign in again: the lockout is lifted.</source>
        <translation>{name}（{username}）可以再次登录：锁定已解除。</translation>
    </message>
    <message>
        <source>{name} ({username}) was not locked out.</source>
        <translation>{name}（{username}）未被锁定。</translation>
    </message>
    <message>
        <source>Not changed: {problem}</source>
        <translation>未更改：{problem}</translation>
    </message>
    <message>
        <source>Added {name} ({username}) as {role}. They can sign in now.</source>
        <translation>已添加{name}（{username}），角色为{role}。现在可以登录了。</translation>
    </message>
    <message>
        <source>S&amp;witch on</source>
        <translation>启用(&amp;W)</translation>
    </message>
    <message>
        <source>Let the selected user sign in again</source>
        <translation>允许所选用户重新登录</translation>
    </message>
    <message>
        <source>Stop the selected user from signing in</source>
        <translation>禁止所选用户登录</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>clinician</source>
        <translation>临床医生</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>a front desk</source>
        <translation>前台人员</translation>
    </message>
    <message>
        <source>a clinician</source>
        <translation>临床医生</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list but the last two</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items}和{last}</translation>
    </message>
    <message>
        <source>en_GB</source>
        <comment>Qt locale name of this translation</comment>
        <translation>zh_CN</translation>
    </message>
    <message>
        <source>HH:mm &apos;on&apos; d MMMM yyyy</source>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
</context>
</TS>
