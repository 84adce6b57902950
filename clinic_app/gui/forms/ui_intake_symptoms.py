# Generated from ui/intake_symptoms.ui by `make ui`: do not edit; edit the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_symptoms.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QLabel, QLineEdit, QSizePolicy,
    QWidget)

from clinic_app.gui.common.foot_map import FootMap
from clinic_app.gui.common.pain_scale import PainScale

class Ui_IntakeSymptomsStep(object):
    def setupUi(self, IntakeSymptomsStep):
        if not IntakeSymptomsStep.objectName():
            IntakeSymptomsStep.setObjectName(u"IntakeSymptomsStep")
        self.fields = QFormLayout(IntakeSymptomsStep)
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = QLabel(IntakeSymptomsStep)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"pageTitle")

        self.fields.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.title)

        self.label_symptoms__side = QLabel(IntakeSymptomsStep)
        self.label_symptoms__side.setObjectName(u"label_symptoms__side")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_symptoms__side)

        self.symptoms__side = QComboBox(IntakeSymptomsStep)
        self.symptoms__side.setObjectName(u"symptoms__side")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.symptoms__side)

        self.label_symptoms__locations = QLabel(IntakeSymptomsStep)
        self.label_symptoms__locations.setObjectName(u"label_symptoms__locations")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_symptoms__locations)

        self.symptoms__locations = FootMap(IntakeSymptomsStep)
        self.symptoms__locations.setObjectName(u"symptoms__locations")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.symptoms__locations)

        self.label_symptoms__pain_now = QLabel(IntakeSymptomsStep)
        self.label_symptoms__pain_now.setObjectName(u"label_symptoms__pain_now")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_symptoms__pain_now)

        self.symptoms__pain_now = PainScale(IntakeSymptomsStep)
        self.symptoms__pain_now.setObjectName(u"symptoms__pain_now")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.symptoms__pain_now)

        self.label_symptoms__pain_worst = QLabel(IntakeSymptomsStep)
        self.label_symptoms__pain_worst.setObjectName(u"label_symptoms__pain_worst")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_symptoms__pain_worst)

        self.symptoms__pain_worst = PainScale(IntakeSymptomsStep)
        self.symptoms__pain_worst.setObjectName(u"symptoms__pain_worst")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.symptoms__pain_worst)

        self.label_symptoms__pain_character = QLabel(IntakeSymptomsStep)
        self.label_symptoms__pain_character.setObjectName(u"label_symptoms__pain_character")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_symptoms__pain_character)

        self.symptoms__pain_character = QGroupBox(IntakeSymptomsStep)
        self.symptoms__pain_character.setObjectName(u"symptoms__pain_character")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.symptoms__pain_character)

        self.label_symptoms__onset_date = QLabel(IntakeSymptomsStep)
        self.label_symptoms__onset_date.setObjectName(u"label_symptoms__onset_date")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_symptoms__onset_date)

        self.symptoms__onset_date = QLineEdit(IntakeSymptomsStep)
        self.symptoms__onset_date.setObjectName(u"symptoms__onset_date")

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.symptoms__onset_date)

        self.label_symptoms__injury = QLabel(IntakeSymptomsStep)
        self.label_symptoms__injury.setObjectName(u"label_symptoms__injury")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_symptoms__injury)

        self.symptoms__injury = QComboBox(IntakeSymptomsStep)
        self.symptoms__injury.setObjectName(u"symptoms__injury")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.symptoms__injury)

        self.label_symptoms__weight_bearing = QLabel(IntakeSymptomsStep)
        self.label_symptoms__weight_bearing.setObjectName(u"label_symptoms__weight_bearing")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_symptoms__weight_bearing)

        self.symptoms__weight_bearing = QComboBox(IntakeSymptomsStep)
        self.symptoms__weight_bearing.setObjectName(u"symptoms__weight_bearing")

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.symptoms__weight_bearing)

        self.label_symptoms__swelling = QLabel(IntakeSymptomsStep)
        self.label_symptoms__swelling.setObjectName(u"label_symptoms__swelling")

        self.fields.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label_symptoms__swelling)

        self.symptoms__swelling = QComboBox(IntakeSymptomsStep)
        self.symptoms__swelling.setObjectName(u"symptoms__swelling")

        self.fields.setWidget(9, QFormLayout.ItemRole.FieldRole, self.symptoms__swelling)

        self.symptoms__pain_localized = QCheckBox(IntakeSymptomsStep)
        self.symptoms__pain_localized.setObjectName(u"symptoms__pain_localized")

        self.fields.setWidget(10, QFormLayout.ItemRole.FieldRole, self.symptoms__pain_localized)

        self.symptoms__bone_point_tenderness = QCheckBox(IntakeSymptomsStep)
        self.symptoms__bone_point_tenderness.setObjectName(u"symptoms__bone_point_tenderness")

        self.fields.setWidget(11, QFormLayout.ItemRole.FieldRole, self.symptoms__bone_point_tenderness)

        self.symptoms__numbness_or_tingling = QCheckBox(IntakeSymptomsStep)
        self.symptoms__numbness_or_tingling.setObjectName(u"symptoms__numbness_or_tingling")

        self.fields.setWidget(12, QFormLayout.ItemRole.FieldRole, self.symptoms__numbness_or_tingling)

        self.symptoms__redness = QCheckBox(IntakeSymptomsStep)
        self.symptoms__redness.setObjectName(u"symptoms__redness")

        self.fields.setWidget(13, QFormLayout.ItemRole.FieldRole, self.symptoms__redness)

        self.symptoms__warmth = QCheckBox(IntakeSymptomsStep)
        self.symptoms__warmth.setObjectName(u"symptoms__warmth")

        self.fields.setWidget(14, QFormLayout.ItemRole.FieldRole, self.symptoms__warmth)

        self.symptoms__fever = QCheckBox(IntakeSymptomsStep)
        self.symptoms__fever.setObjectName(u"symptoms__fever")

        self.fields.setWidget(15, QFormLayout.ItemRole.FieldRole, self.symptoms__fever)

        self.label_symptoms__foot_colour = QLabel(IntakeSymptomsStep)
        self.label_symptoms__foot_colour.setObjectName(u"label_symptoms__foot_colour")

        self.fields.setWidget(16, QFormLayout.ItemRole.LabelRole, self.label_symptoms__foot_colour)

        self.symptoms__foot_colour = QComboBox(IntakeSymptomsStep)
        self.symptoms__foot_colour.setObjectName(u"symptoms__foot_colour")

        self.fields.setWidget(16, QFormLayout.ItemRole.FieldRole, self.symptoms__foot_colour)

        self.symptoms__foot_cold = QCheckBox(IntakeSymptomsStep)
        self.symptoms__foot_cold.setObjectName(u"symptoms__foot_cold")

        self.fields.setWidget(17, QFormLayout.ItemRole.FieldRole, self.symptoms__foot_cold)

        self.symptoms__pain_out_of_proportion = QCheckBox(IntakeSymptomsStep)
        self.symptoms__pain_out_of_proportion.setObjectName(u"symptoms__pain_out_of_proportion")

        self.fields.setWidget(18, QFormLayout.ItemRole.FieldRole, self.symptoms__pain_out_of_proportion)

        self.symptoms__redness_spreading = QCheckBox(IntakeSymptomsStep)
        self.symptoms__redness_spreading.setObjectName(u"symptoms__redness_spreading")

        self.fields.setWidget(19, QFormLayout.ItemRole.FieldRole, self.symptoms__redness_spreading)

        self.symptoms__open_wound = QCheckBox(IntakeSymptomsStep)
        self.symptoms__open_wound.setObjectName(u"symptoms__open_wound")

        self.fields.setWidget(20, QFormLayout.ItemRole.FieldRole, self.symptoms__open_wound)

        self.symptoms__feels_very_unwell = QCheckBox(IntakeSymptomsStep)
        self.symptoms__feels_very_unwell.setObjectName(u"symptoms__feels_very_unwell")

        self.fields.setWidget(21, QFormLayout.ItemRole.FieldRole, self.symptoms__feels_very_unwell)

        self.symptoms__worse_with_activity = QCheckBox(IntakeSymptomsStep)
        self.symptoms__worse_with_activity.setObjectName(u"symptoms__worse_with_activity")

        self.fields.setWidget(22, QFormLayout.ItemRole.FieldRole, self.symptoms__worse_with_activity)

        self.symptoms__night_pain = QCheckBox(IntakeSymptomsStep)
        self.symptoms__night_pain.setObjectName(u"symptoms__night_pain")

        self.fields.setWidget(23, QFormLayout.ItemRole.FieldRole, self.symptoms__night_pain)

        self.symptoms__first_step_morning_pain = QCheckBox(IntakeSymptomsStep)
        self.symptoms__first_step_morning_pain.setObjectName(u"symptoms__first_step_morning_pain")

        self.fields.setWidget(24, QFormLayout.ItemRole.FieldRole, self.symptoms__first_step_morning_pain)

        self.label_symptoms__morning_stiffness_minutes = QLabel(IntakeSymptomsStep)
        self.label_symptoms__morning_stiffness_minutes.setObjectName(u"label_symptoms__morning_stiffness_minutes")

        self.fields.setWidget(25, QFormLayout.ItemRole.LabelRole, self.label_symptoms__morning_stiffness_minutes)

        self.symptoms__morning_stiffness_minutes = QLineEdit(IntakeSymptomsStep)
        self.symptoms__morning_stiffness_minutes.setObjectName(u"symptoms__morning_stiffness_minutes")

        self.fields.setWidget(25, QFormLayout.ItemRole.FieldRole, self.symptoms__morning_stiffness_minutes)

        self.label_symptoms__self_care_days = QLabel(IntakeSymptomsStep)
        self.label_symptoms__self_care_days.setObjectName(u"label_symptoms__self_care_days")

        self.fields.setWidget(26, QFormLayout.ItemRole.LabelRole, self.label_symptoms__self_care_days)

        self.symptoms__self_care_days = QLineEdit(IntakeSymptomsStep)
        self.symptoms__self_care_days.setObjectName(u"symptoms__self_care_days")

        self.fields.setWidget(26, QFormLayout.ItemRole.FieldRole, self.symptoms__self_care_days)

        self.label_symptoms__improving = QLabel(IntakeSymptomsStep)
        self.label_symptoms__improving.setObjectName(u"label_symptoms__improving")

        self.fields.setWidget(27, QFormLayout.ItemRole.LabelRole, self.label_symptoms__improving)

        self.symptoms__improving = QComboBox(IntakeSymptomsStep)
        self.symptoms__improving.setObjectName(u"symptoms__improving")

        self.fields.setWidget(27, QFormLayout.ItemRole.FieldRole, self.symptoms__improving)

#if QT_CONFIG(shortcut)
        self.label_symptoms__side.setBuddy(self.symptoms__side)
        self.label_symptoms__locations.setBuddy(self.symptoms__locations)
        self.label_symptoms__pain_now.setBuddy(self.symptoms__pain_now)
        self.label_symptoms__pain_worst.setBuddy(self.symptoms__pain_worst)
        self.label_symptoms__pain_character.setBuddy(self.symptoms__pain_character)
        self.label_symptoms__onset_date.setBuddy(self.symptoms__onset_date)
        self.label_symptoms__injury.setBuddy(self.symptoms__injury)
        self.label_symptoms__weight_bearing.setBuddy(self.symptoms__weight_bearing)
        self.label_symptoms__swelling.setBuddy(self.symptoms__swelling)
        self.label_symptoms__foot_colour.setBuddy(self.symptoms__foot_colour)
        self.label_symptoms__morning_stiffness_minutes.setBuddy(self.symptoms__morning_stiffness_minutes)
        self.label_symptoms__self_care_days.setBuddy(self.symptoms__self_care_days)
        self.label_symptoms__improving.setBuddy(self.symptoms__improving)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IntakeSymptomsStep)

        QMetaObject.connectSlotsByName(IntakeSymptomsStep)
    # setupUi

    def retranslateUi(self, IntakeSymptomsStep):
        self.title.setText(QCoreApplication.translate("IntakeSymptomsStep", u"Symptoms", None))
        self.label_symptoms__side.setText(QCoreApplication.translate("IntakeSymptomsStep", u"&Which foot", None))
        self.label_symptoms__locations.setText(QCoreApplication.translate("IntakeSymptomsStep", u"W&here it hurts", None))
        self.label_symptoms__pain_now.setText(QCoreApplication.translate("IntakeSymptomsStep", u"Pain &now (0\u201310)", None))
        self.label_symptoms__pain_worst.setText(QCoreApplication.translate("IntakeSymptomsStep", u"Pain at its w&orst (0\u201310)", None))
        self.label_symptoms__pain_character.setText(QCoreApplication.translate("IntakeSymptomsStep", u"How it &feels", None))
        self.label_symptoms__onset_date.setText(QCoreApplication.translate("IntakeSymptomsStep", u"Pain &started on", None))
        self.symptoms__onset_date.setPlaceholderText(QCoreApplication.translate("IntakeSymptomsStep", u"YYYY-MM-DD", None))
        self.label_symptoms__injury.setText(QCoreApplication.translate("IntakeSymptomsStep", u"What st&arted it", None))
        self.label_symptoms__weight_bearing.setText(QCoreApplication.translate("IntakeSymptomsStep", u"Wei&ght bearing", None))
        self.label_symptoms__swelling.setText(QCoreApplication.translate("IntakeSymptomsStep", u"Swe&lling", None))
        self.symptoms__pain_localized.setText(QCoreApplication.translate("IntakeSymptomsStep", u"Can point to one spot", None))
        self.symptoms__bone_point_tenderness.setText(QCoreApplication.translate("IntakeSymptomsStep", u"Pressing one spot on a bone hurts", None))
        self.symptoms__numbness_or_tingling.setText(QCoreApplication.translate("IntakeSymptomsStep", u"Numbness or tingling", None))
        self.symptoms__redness.setText(QCoreApplication.translate("IntakeSymptomsStep", u"Redness", None))
        self.symptoms__warmth.setText(QCoreApplication.translate("IntakeSymptomsStep", u"The painful area feels hot", None))
        self.symptoms__fever.setText(QCoreApplication.translate("IntakeSymptomsStep", u"Feels feverish, or has a fever", None))
        self.label_symptoms__foot_colour.setText(QCoreApplication.translate("IntakeSymptomsStep", u"Foot or toes changed co&lour", None))
        self.symptoms__foot_cold.setText(QCoreApplication.translate("IntakeSymptomsStep", u"The painful foot feels cold next to the other", None))
        self.symptoms__pain_out_of_proportion.setText(QCoreApplication.translate("IntakeSymptomsStep", u"Pain far worse than the injury, not eased by rest or painkillers", None))
        self.symptoms__redness_spreading.setText(QCoreApplication.translate("IntakeSymptomsStep", u"The red area is getting bigger", None))
        self.symptoms__open_wound.setText(QCoreApplication.translate("IntakeSymptomsStep", u"A wound, blister, crack or ulcer on the foot", None))
        self.symptoms__feels_very_unwell.setText(QCoreApplication.translate("IntakeSymptomsStep", u"Shivering, confused, faint or very unwell", None))
        self.symptoms__worse_with_activity.setText(QCoreApplication.translate("IntakeSymptomsStep", u"Worse with activity", None))
        self.symptoms__night_pain.setText(QCoreApplication.translate("IntakeSymptomsStep", u"Pain wakes them at night", None))
        self.symptoms__first_step_morning_pain.setText(QCoreApplication.translate("IntakeSymptomsStep", u"Pain with the first steps in the morning", None))
        self.label_symptoms__morning_stiffness_minutes.setText(QCoreApplication.translate("IntakeSymptomsStep", u"Morning stiffness (&minutes)", None))
        self.label_symptoms__self_care_days.setText(QCoreApplication.translate("IntakeSymptomsStep", u"&Days of self-care tried", None))
        self.label_symptoms__improving.setText(QCoreApplication.translate("IntakeSymptomsStep", u"Getting &better", None))
        pass
    # retranslateUi

