<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_GB">
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
        <translation>尚无疗程：提交初诊登记后即开始一个疗程。</translation>
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
        <translation>急诊 — 立即就医</translation>
    </message>
    <message>
        <source>Urgent — same day</source>
        <translation>紧急 — 当天</translation>
    </message>
    <message>
        <source>Soon — within days</source>
        <translation>尽快 — 数日内</translation>
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
        <translation>对警示作出决定</translation>
    </message>
    <message>
        <source>Decide for the whole intake</source>
        <translation>对整份初诊登记作出决定</translation>
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
        <translation>针对整份初诊登记：此决定涵盖所有尚未处理的转诊警示。</translation>
    </message>
    <message>
        <source>For the whole follow-up visit: this decision covers every referral and follow-up flag of the visit still open.</source>
        <translation>针对整次复诊：此决定涵盖本次复诊所有尚未处理的转诊警示和复诊警示。</translation>
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
        <translation>未完成的初诊登记</translation>
    </message>
    <message>
        <source>Unfinished intakes and follow-up visits</source>
        <translation>未完成的初诊登记和复诊</translation>
    </message>
    <message>
        <source>These intakes were started but not submitted. Carry on with one, or discard one that is not needed.</source>
        <translation>这些初诊登记已开始但尚未提交。请继续其中一份，或舍弃不需要的。</translation>
    </message>
    <message>
        <source>These intakes and follow-up visits were started but not submitted. Carry on with one, or discard one that is not needed.</source>
        <translation>这些初诊登记和复诊已开始但尚未提交。请继续其中一份，或舍弃不需要的。</translation>
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
    <name>FlagsPanel</name>
    <message>
        <source>Flags appear here as the intake is filled in.</source>
        <translation>填写初诊登记时，警示会显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>%n emergency</source>
        <translation>
            <numerusform>急诊 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urgent</source>
        <translation>
            <numerusform>紧急 %n 项</numerusform>
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
        <translation>暂无警示</translation>
    </message>
    <message>
        <source>No referral flags so far</source>
        <translation>目前没有转诊警示</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the counts</comment>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n referral flag: {counts}</source>
        <translation>
            <numerusform>%n 项转诊警示：{counts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral flags: {counts}</source>
        <translation>
            <numerusform>%n 项转诊警示：{counts}</numerusform>
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
        <translation>填写以下答案后将显示警示：{answers}。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the answers</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Provisional: some answers are not valid yet ({answers}) and were left out; the flags may change once they are corrected.</source>
        <translation>暂定：部分答案尚不有效（{answers}），已被略过；更正后警示可能会变化。</translation>
    </message>
    <message>
        <source>Flags so far</source>
        <translation>目前的警示</translation>
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
        <translation>目前没有警示。</translation>
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
        <translation>目前的警示</translation>
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
        <translation>以下答案填写完整且有效后将显示警示：{answers}。</translation>
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
            <numerusform>%n 项需临床医生查看的警示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flags for a clinician</source>
        <translation>
            <numerusform>%n 项需临床医生查看的警示</numerusform>
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
        <translation>没有转诊或复诊警示。</translation>
    </message>
    <message>
        <source>Flags for a clinician: {flags}.</source>
        <translation>需临床医生查看的警示：{flags}。</translation>
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
        <source>&amp;Back to the patient</source>
        <translation>返回患者(&amp;B)</translation>
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
        <translation>规则未对此次就诊发出警示。</translation>
    </message>
    <message>
        <source>Progress charts of the course</source>
        <translation>疗程进展图</translation>
    </message>
    <message>
        <source>Flags of this visit</source>
        <translation>此次就诊的警示</translation>
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
    <name>IntakeForm</name>
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
        <translation>病史与备注</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>核对</translation>
    </message>
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
        <translation>提交初诊登记</translation>
    </message>
    <message>
        <source>Save the intake and its flags (Ctrl+Enter)</source>
        <translation>保存初诊登记及其警示 (Ctrl+Enter)</translation>
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
        <translation>无法读取诊所的阈值（{message}）；在读取之前，实时警示使用标准阈值。提交时使用诊所自己的阈值。</translation>
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
        <translation>初诊登记未提交：{message}。它仍作为草稿保存在本机；数据库恢复响应后请再次提交。</translation>
    </message>
    <message>
        <source>Not submitted: kept as a draft on this computer</source>
        <translation>未提交：已作为草稿保存在本机</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) to fix</source>
        <translation>
            <numerusform>%n 个答案需修改</numerusform>
        </translation>
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
        <source>Preview the care sheet, then print or save it (Ctrl+P)</source>
        <translation>预览居家护理单，然后打印或保存 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Start a &amp;new intake</source>
        <translation>开始新的初诊登记(&amp;N)</translation>
    </message>
    <message>
        <source>The handout is on record with this intake.</source>
        <translation>该资料已随此初诊登记存档。</translation>
    </message>
    <message>
        <source>No referral flags: no clinician check is needed for this intake.</source>
        <translation>没有转诊警示：此初诊登记无需临床医生检查。</translation>
    </message>
    <message>
        <source>For &lt;b&gt;{name}&lt;/b&gt;, on a new patient record (intake {intake}).</source>
        <translation>患者 &lt;b&gt;{name}&lt;/b&gt;，已建立新的患者档案（初诊登记 {intake}）。</translation>
    </message>
    <message>
        <source>For &lt;b&gt;{name}&lt;/b&gt;, on their existing record (intake {intake}).</source>
        <translation>患者 &lt;b&gt;{name}&lt;/b&gt;，记入其现有档案（初诊登记 {intake}）。</translation>
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
        <translation>正在生成居家护理单…</translation>
    </message>
    <message numerus="yes">
        <source>%n referral flag: a clinician needs to check this intake.</source>
        <translation>
            <numerusform>%n 项转诊警示：此初诊登记需要临床医生检查。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral flags: a clinician needs to check this intake.</source>
        <translation>
            <numerusform>%n 项转诊警示：此初诊登记需要临床医生检查。</numerusform>
        </translation>
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
        <translation>开始初诊登记(&amp;I)</translation>
    </message>
    <message>
        <source>Start an intake for the selected patient (Enter)</source>
        <translation>为所选患者开始初诊登记 (Enter)</translation>
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
        <translation>无法开始初诊登记：{message}。请稍后再试。</translation>
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
    <name>ReviewDetail</name>
    <message>
        <source>Choose an intake from the queue to review it.</source>
        <translation>请从队列中选择一份初诊登记进行审阅。</translation>
    </message>
    <message>
        <source>Loading the intake…</source>
        <translation>正在载入初诊登记…</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>警示</translation>
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
        <translation>无法显示此初诊登记：{message}</translation>
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
        <translation>规则未对此初诊登记发出警示。</translation>
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
        <translation>该资料已随此初诊登记存档。</translation>
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
        <translation>右侧打开的初诊登记已不在此列表中。</translation>
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
        <translation>急诊 {emergency} · 紧急 {urgent} · 尽快 {soon}</translation>
    </message>
    <message>
        <source>{urgent} urgent · {soon} soon</source>
        <translation>紧急 {urgent} · 尽快 {soon}</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>审阅队列</translation>
    </message>
    <message>
        <source>Only intakes waiting for a decision, or decided ones too</source>
        <translation>仅显示待决定的初诊登记，或同时显示已决定的</translation>
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
        <translation>待审阅的初诊登记</translation>
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
        <translation>审阅</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>急诊</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>尽快</translation>
    </message>
    <message>
        <source>Emergency: a referral flag that may need emergency care now</source>
        <translation>急诊：此转诊警示可能需要立即急诊处理</translation>
    </message>
    <message>
        <source>Urgent: a referral flag that may need checking the same day</source>
        <translation>紧急：此转诊警示可能需要当天检查</translation>
    </message>
    <message>
        <source>Soon: a referral flag that may need checking within days</source>
        <translation>尽快：此转诊警示可能需要在数日内检查</translation>
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
        <translation>所有转诊警示均已决定</translation>
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
        <translation>已审阅</translation>
    </message>
    <message>
        <source>No referral flags: no review needed</source>
        <translation>没有转诊警示：无需审阅</translation>
    </message>
    <message>
        <source>Care sheet</source>
        <translation>居家护理单</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>转诊信</translation>
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
        <translation>{when} — {who}：{decision}，针对整份初诊登记。</translation>
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
        <translation>用于患者居家护理单的建议：无需作出决定。</translation>
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
        <translation>已决定（针对整份初诊登记）：{decision} — {who}，{when}。</translation>
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
        <translation>就诊 {date} · 初诊登记 {intake} · {status}</translation>
    </message>
</context>
</TS>
