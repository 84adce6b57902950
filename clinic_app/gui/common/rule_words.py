"""The words of the rules' flags, in the staff's language: each flag's title and action.

The rules (clinic_app/rules/, clinic_app/followups/flags.py) word their flags in English,
below the GUI, and storage keeps a flag exactly as it was assessed. The GUI translates a
flag's title and action only where it shows them, through `rule_words`: one message per
text, in the "RuleWords" context, with the English as it is in the rule. A text that is
not here (a flag stored by a version whose words have since changed) is shown unchanged.

Every title and action of both rule sets (2026.1, 2027.1) and of the follow-up flags is a
fixed text, so each is listed; tests/unit/test_rule_words.py fails when a rule's text is
missing, so a new or reworded rule is not shown in English by mistake. A flag's evidence
and source are not translated: they cite the answers and the literature as recorded.
"""

from PySide6.QtCore import QCoreApplication

from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP

RULE_WORDS: tuple[str, ...] = (
    # Referral rules, set 2026.1 (rules/referral.py): each title, then its action.
    QT_TRANSLATE_NOOP("RuleWords", "Cannot take weight on the foot"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Needs checking by a clinician today. Not being able to take four steps on the foot may "
        "mean a fracture or another serious injury.",
    ),
    QT_TRANSLATE_NOOP("RuleWords", "Cannot walk normally"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Needs a clinician's assessment within a few days: a limp may mean an injury.",
    ),
    QT_TRANSLATE_NOOP("RuleWords", "Fever with redness, warmth or swelling"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Needs checking by a clinician today: this may be an infection such as cellulitis. No "
        "massage or heat on the area until seen.",
    ),
    QT_TRANSLATE_NOOP("RuleWords", "Red, warm or swollen foot with diabetes or neuropathy"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Needs same-day assessment: with diabetes or reduced feeling, this may be active Charcot "
        "foot or an infection.",
    ),
    QT_TRANSLATE_NOOP("RuleWords", "Marked swelling or redness"),
    QT_TRANSLATE_NOOP("RuleWords", "Needs a clinician's assessment within a few days."),
    QT_TRANSLATE_NOOP("RuleWords", "Numbness or tingling"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "May mean a nerve is pressed or irritated; needs a clinician's assessment.",
    ),
    QT_TRANSLATE_NOOP("RuleWords", "Sharp or stabbing pain"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Sharp pain, above all in one spot, may mean more than simple soreness; needs checking by"
        " a clinician.",
    ),
    QT_TRANSLATE_NOOP("RuleWords", "Pain that builds with activity or wakes the patient"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Needs a clinician's assessment: this pattern may point to a stress injury.",
    ),
    QT_TRANSLATE_NOOP("RuleWords", "Pain that is not settling"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Has lasted more than a few days without getting better; needs a clinician's assessment.",
    ),
    QT_TRANSLATE_NOOP("RuleWords", "A bone is tender to press: possible stress fracture"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Needs examination, and imaging if the clinician agrees: a stress fracture may be "
        "present. At a high-risk site (navicular, base of the 5th metatarsal, sesamoids) it needs"
        " same-day assessment, as it may heal poorly without prompt care. No running until seen.",
    ),
    QT_TRANSLATE_NOOP("RuleWords", "Ottawa foot rule met after an injury"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "A foot X-ray may be needed; the clinician confirms by examining the midfoot (navicular, "
        "base of the 5th metatarsal) before ordering it.",
    ),
    QT_TRANSLATE_NOOP("RuleWords", "Ottawa ankle rule met after an injury"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "An ankle X-ray may be needed; the clinician confirms by examining the ankle bones before"
        " ordering it.",
    ),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Sudden snap at the back of the heel: possible Achilles rupture",
    ),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Needs same-day assessment: the Achilles tendon may be torn, even though many people can "
        "still walk.",
    ),
    # Advice rules, set 2026.1 (rules/advice.py): each title, then its action.
    QT_TRANSLATE_NOOP("RuleWords", "Weekly distance rose quickly"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Ease back and build up gradually: the handout gives next week's ceiling in the patient's"
        " own numbers. The 10 % rule is a rule of thumb; Nielsen et al. (JOSPT 2014) linked "
        "injuries to rises of more than 30 % over two weeks.",
    ),
    QT_TRANSLATE_NOOP("RuleWords", "Running shoes may be worn out"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Check the shoes: replace them now from 500 miles (804.7 km) or when the cushioning is "
        "worn, and plan to replace them soon from 300 miles (482.8 km). 300-500 miles is a common"
        " guide, not a hard limit.",
    ),
    QT_TRANSLATE_NOOP("RuleWords", "Runs in one pair of shoes"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Rotate two or three pairs so each pair's cushioning can recover.",
    ),
    QT_TRANSLATE_NOOP("RuleWords", "Shoes do not fit well"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Get a professional fitting: room for the toes, a heel that does not slip, and support "
        "that suits the foot.",
    ),
    QT_TRANSLATE_NOOP("RuleWords", "Runs only on hard surfaces"),
    QT_TRANSLATE_NOOP("RuleWords", "Mix in softer surfaces such as trail, grass or a track."),
    QT_TRANSLATE_NOOP("RuleWords", "No low-impact cross-training"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Add cycling, swimming or an elliptical trainer to stay fit with less impact.",
    ),
    QT_TRANSLATE_NOOP("RuleWords", "Heel or arch pain with the first steps of the day"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "May suggest a strained plantar fascia: stretch the calf and arch before the first steps "
        "of the day, and roll the arch over a ball.",
    ),
    QT_TRANSLATE_NOOP("RuleWords", "Energy availability needs discussing (clinician only)"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Discuss energy availability (RED-S) with the patient. For clinicians only: never printed"
        " on the patient's handout.",
    ),
    # Referral rules added in set 2027.1 (rules/referral_2027.py): each title, then its action.
    QT_TRANSLATE_NOOP("RuleWords", "The foot has turned pale, blue or blotchy"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Emergency care now: the blood supply to the foot may be blocked. Send the patient to the"
        " emergency department; do not wait for an appointment.",
    ),
    QT_TRANSLATE_NOOP("RuleWords", "Pain far worse than the injury explains"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Emergency care now: pressure may be building inside the foot (compartment syndrome), "
        "which can harm muscle and nerves within hours. Send the patient to the emergency "
        "department.",
    ),
    QT_TRANSLATE_NOOP("RuleWords", "Very unwell with signs of infection"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Emergency care now: this may be sepsis. Call the emergency number or send the patient to"
        " the emergency department.",
    ),
    QT_TRANSLATE_NOOP("RuleWords", "Redness that is spreading"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Needs checking by a clinician today: spreading redness may be an infection of the skin "
        "(cellulitis).",
    ),
    QT_TRANSLATE_NOOP("RuleWords", "A wound on the foot with diabetes or reduced feeling"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Needs checking within one working day: with diabetes or reduced feeling, a wound may "
        "become an ulcer that heals poorly. Refer to the diabetic foot service.",
    ),
    QT_TRANSLATE_NOOP("RuleWords", "Achilles pain after a recent fluoroquinolone antibiotic"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Needs checking by a clinician today: these antibiotics may weaken tendons, and the "
        "Achilles may tear. No running, jumping or calf stretching until seen.",
    ),
    QT_TRANSLATE_NOOP("RuleWords", "Night pain with weight loss or a history of cancer"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Needs checking by a clinician today: bone pain at night with these may have a serious "
        "cause that needs tests.",
    ),
    QT_TRANSLATE_NOOP("RuleWords", "Long morning stiffness with swelling or other joints"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Needs a clinician's assessment within a few days: this pattern may be an inflammatory "
        "arthritis, which needs blood tests or a rheumatology referral.",
    ),
    # Advice rule added in set 2027.1 (rules/advice.py): each title, then its action.
    QT_TRANSLATE_NOOP("RuleWords", "Heel pain in a growing runner"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Heel pain in a growing runner is often irritation where the heel bone grows: less "
        "jumping and hard running for a while, cushioned heels, and a clinician's check if it "
        "lasts.",
    ),
    # Follow-up flags, set 2027.1 (followups/flags.py): each title, then its action.
    QT_TRANSLATE_NOOP("RuleWords", "Pain is worse than at the last visit"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Needs a clinician's review within a few days: pain has risen by 2 points or more since "
        "the last visit, the smallest change that matters to patients. Ask what changed (load, "
        "shoes, a new knock) and review the plan.",
    ),
    QT_TRANSLATE_NOOP("RuleWords", "No meaningful improvement after six weeks"),
    QT_TRANSLATE_NOOP(
        "RuleWords",
        "Needs a clinician's review within a few days: six weeks or more into the course, no "
        "measure has improved by its minimal important change. Reconsider the diagnosis and the "
        "plan; imaging or a referral may be needed.",
    ),
)
"""Every title and action the rules can give a flag, in English as the rules word them."""


def rule_words(text: str) -> str:
    """A flag's title or action in the staff's language; an unknown text comes back as is."""
    return QCoreApplication.translate("RuleWords", text)
