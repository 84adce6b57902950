# Generated from ui/intake_history.ui by `make ui`: do not edit; edit the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_history.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QWidget)

class Ui_IntakeHistoryStep(object):
    def setupUi(self, IntakeHistoryStep):
        if not IntakeHistoryStep.objectName():
            IntakeHistoryStep.setObjectName(u"IntakeHistoryStep")
        self.fields = QFormLayout(IntakeHistoryStep)
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = QLabel(IntakeHistoryStep)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"pageTitle")

        self.fields.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.title)

        self.history__previous_stress_fracture = QCheckBox(IntakeHistoryStep)
        self.history__previous_stress_fracture.setObjectName(u"history__previous_stress_fracture")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.history__previous_stress_fracture)

        self.history__diabetes = QCheckBox(IntakeHistoryStep)
        self.history__diabetes.setObjectName(u"history__diabetes")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.history__diabetes)

        self.history__peripheral_neuropathy = QCheckBox(IntakeHistoryStep)
        self.history__peripheral_neuropathy.setObjectName(u"history__peripheral_neuropathy")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.history__peripheral_neuropathy)

        self.history__low_bone_density = QCheckBox(IntakeHistoryStep)
        self.history__low_bone_density.setObjectName(u"history__low_bone_density")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.history__low_bone_density)

        self.history__irregular_periods = QCheckBox(IntakeHistoryStep)
        self.history__irregular_periods.setObjectName(u"history__irregular_periods")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.history__irregular_periods)

        self.history__restricted_eating = QCheckBox(IntakeHistoryStep)
        self.history__restricted_eating.setObjectName(u"history__restricted_eating")

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.history__restricted_eating)

        self.history__other_joints_affected = QCheckBox(IntakeHistoryStep)
        self.history__other_joints_affected.setObjectName(u"history__other_joints_affected")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.history__other_joints_affected)

        self.history__fluoroquinolone_recent = QCheckBox(IntakeHistoryStep)
        self.history__fluoroquinolone_recent.setObjectName(u"history__fluoroquinolone_recent")

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.history__fluoroquinolone_recent)

        self.history__unexplained_weight_loss = QCheckBox(IntakeHistoryStep)
        self.history__unexplained_weight_loss.setObjectName(u"history__unexplained_weight_loss")

        self.fields.setWidget(9, QFormLayout.ItemRole.FieldRole, self.history__unexplained_weight_loss)

        self.history__cancer_history = QCheckBox(IntakeHistoryStep)
        self.history__cancer_history.setObjectName(u"history__cancer_history")

        self.fields.setWidget(10, QFormLayout.ItemRole.FieldRole, self.history__cancer_history)

        self.label_history__medications = QLabel(IntakeHistoryStep)
        self.label_history__medications.setObjectName(u"label_history__medications")

        self.fields.setWidget(11, QFormLayout.ItemRole.LabelRole, self.label_history__medications)

        self.history__medications = QPlainTextEdit(IntakeHistoryStep)
        self.history__medications.setObjectName(u"history__medications")
        self.history__medications.setTabChangesFocus(True)

        self.fields.setWidget(11, QFormLayout.ItemRole.FieldRole, self.history__medications)

        self.label_history__allergies = QLabel(IntakeHistoryStep)
        self.label_history__allergies.setObjectName(u"label_history__allergies")

        self.fields.setWidget(12, QFormLayout.ItemRole.LabelRole, self.label_history__allergies)

        self.history__allergies = QPlainTextEdit(IntakeHistoryStep)
        self.history__allergies.setObjectName(u"history__allergies")
        self.history__allergies.setTabChangesFocus(True)

        self.fields.setWidget(12, QFormLayout.ItemRole.FieldRole, self.history__allergies)

        self.label_history__other_conditions = QLabel(IntakeHistoryStep)
        self.label_history__other_conditions.setObjectName(u"label_history__other_conditions")

        self.fields.setWidget(13, QFormLayout.ItemRole.LabelRole, self.label_history__other_conditions)

        self.history__other_conditions = QPlainTextEdit(IntakeHistoryStep)
        self.history__other_conditions.setObjectName(u"history__other_conditions")
        self.history__other_conditions.setTabChangesFocus(True)

        self.fields.setWidget(13, QFormLayout.ItemRole.FieldRole, self.history__other_conditions)

        self.label_notes = QLabel(IntakeHistoryStep)
        self.label_notes.setObjectName(u"label_notes")

        self.fields.setWidget(14, QFormLayout.ItemRole.LabelRole, self.label_notes)

        self.notes = QPlainTextEdit(IntakeHistoryStep)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.fields.setWidget(14, QFormLayout.ItemRole.FieldRole, self.notes)

#if QT_CONFIG(shortcut)
        self.label_history__medications.setBuddy(self.history__medications)
        self.label_history__allergies.setBuddy(self.history__allergies)
        self.label_history__other_conditions.setBuddy(self.history__other_conditions)
        self.label_notes.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IntakeHistoryStep)

        QMetaObject.connectSlotsByName(IntakeHistoryStep)
    # setupUi

    def retranslateUi(self, IntakeHistoryStep):
        self.title.setText(QCoreApplication.translate("IntakeHistoryStep", u"History and notes", None))
        self.history__previous_stress_fracture.setText(QCoreApplication.translate("IntakeHistoryStep", u"Has had a stress fracture", None))
        self.history__diabetes.setText(QCoreApplication.translate("IntakeHistoryStep", u"Diabetes", None))
        self.history__peripheral_neuropathy.setText(QCoreApplication.translate("IntakeHistoryStep", u"Reduced feeling in the feet (neuropathy)", None))
        self.history__low_bone_density.setText(QCoreApplication.translate("IntakeHistoryStep", u"Low bone density (osteopenia or osteoporosis)", None))
        self.history__irregular_periods.setText(QCoreApplication.translate("IntakeHistoryStep", u"Periods absent or irregular", None))
        self.history__restricted_eating.setText(QCoreApplication.translate("IntakeHistoryStep", u"Restricts food, or low energy for training", None))
        self.history__other_joints_affected.setText(QCoreApplication.translate("IntakeHistoryStep", u"Other joints are swollen or painful too", None))
        self.history__fluoroquinolone_recent.setText(QCoreApplication.translate("IntakeHistoryStep", u"An antibiotic such as ciprofloxacin or levofloxacin in the last 3 months", None))
        self.history__unexplained_weight_loss.setText(QCoreApplication.translate("IntakeHistoryStep", u"Weight loss they cannot explain", None))
        self.history__cancer_history.setText(QCoreApplication.translate("IntakeHistoryStep", u"Cancer now or in the past", None))
        self.label_history__medications.setText(QCoreApplication.translate("IntakeHistoryStep", u"&Medications", None))
        self.label_history__allergies.setText(QCoreApplication.translate("IntakeHistoryStep", u"&Allergies", None))
        self.label_history__other_conditions.setText(QCoreApplication.translate("IntakeHistoryStep", u"&Other conditions", None))
        self.label_notes.setText(QCoreApplication.translate("IntakeHistoryStep", u"&Notes", None))
        pass
    # retranslateUi

