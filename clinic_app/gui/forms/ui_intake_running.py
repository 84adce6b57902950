# Generated from ui/intake_running.ui by `make ui`: do not edit; edit the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_running.ui'
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

class Ui_IntakeRunningStep(object):
    def setupUi(self, IntakeRunningStep):
        if not IntakeRunningStep.objectName():
            IntakeRunningStep.setObjectName(u"IntakeRunningStep")
        self.fields = QFormLayout(IntakeRunningStep)
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = QLabel(IntakeRunningStep)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"pageTitle")

        self.fields.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.title)

        self.label_running__distance_unit = QLabel(IntakeRunningStep)
        self.label_running__distance_unit.setObjectName(u"label_running__distance_unit")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_running__distance_unit)

        self.running__distance_unit = QComboBox(IntakeRunningStep)
        self.running__distance_unit.setObjectName(u"running__distance_unit")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.running__distance_unit)

        self.label_running__weekly_distance = QLabel(IntakeRunningStep)
        self.label_running__weekly_distance.setObjectName(u"label_running__weekly_distance")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_running__weekly_distance)

        self.running__weekly_distance = QLineEdit(IntakeRunningStep)
        self.running__weekly_distance.setObjectName(u"running__weekly_distance")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.running__weekly_distance)

        self.label_running__previous_weekly_distance = QLabel(IntakeRunningStep)
        self.label_running__previous_weekly_distance.setObjectName(u"label_running__previous_weekly_distance")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_running__previous_weekly_distance)

        self.running__previous_weekly_distance = QLineEdit(IntakeRunningStep)
        self.running__previous_weekly_distance.setObjectName(u"running__previous_weekly_distance")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.running__previous_weekly_distance)

        self.label_running__years_running = QLabel(IntakeRunningStep)
        self.label_running__years_running.setObjectName(u"label_running__years_running")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_running__years_running)

        self.running__years_running = QLineEdit(IntakeRunningStep)
        self.running__years_running.setObjectName(u"running__years_running")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.running__years_running)

        self.label_running__recent_changes = QLabel(IntakeRunningStep)
        self.label_running__recent_changes.setObjectName(u"label_running__recent_changes")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_running__recent_changes)

        self.running__recent_changes = QGroupBox(IntakeRunningStep)
        self.running__recent_changes.setObjectName(u"running__recent_changes")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.running__recent_changes)

        self.label_running__surfaces = QLabel(IntakeRunningStep)
        self.label_running__surfaces.setObjectName(u"label_running__surfaces")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_running__surfaces)

        self.running__surfaces = QGroupBox(IntakeRunningStep)
        self.running__surfaces.setObjectName(u"running__surfaces")

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.running__surfaces)

        self.label_running__shoe_distance = QLabel(IntakeRunningStep)
        self.label_running__shoe_distance.setObjectName(u"label_running__shoe_distance")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_running__shoe_distance)

        self.running__shoe_distance = QLineEdit(IntakeRunningStep)
        self.running__shoe_distance.setObjectName(u"running__shoe_distance")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.running__shoe_distance)

        self.label_running__shoe_pairs_in_rotation = QLabel(IntakeRunningStep)
        self.label_running__shoe_pairs_in_rotation.setObjectName(u"label_running__shoe_pairs_in_rotation")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_running__shoe_pairs_in_rotation)

        self.running__shoe_pairs_in_rotation = QLineEdit(IntakeRunningStep)
        self.running__shoe_pairs_in_rotation.setObjectName(u"running__shoe_pairs_in_rotation")

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.running__shoe_pairs_in_rotation)

        self.running__shoe_fit_problems = QCheckBox(IntakeRunningStep)
        self.running__shoe_fit_problems.setObjectName(u"running__shoe_fit_problems")

        self.fields.setWidget(9, QFormLayout.ItemRole.FieldRole, self.running__shoe_fit_problems)

        self.running__shoe_cushioning_worn = QCheckBox(IntakeRunningStep)
        self.running__shoe_cushioning_worn.setObjectName(u"running__shoe_cushioning_worn")

        self.fields.setWidget(10, QFormLayout.ItemRole.FieldRole, self.running__shoe_cushioning_worn)

        self.running__uses_orthotics = QCheckBox(IntakeRunningStep)
        self.running__uses_orthotics.setObjectName(u"running__uses_orthotics")

        self.fields.setWidget(11, QFormLayout.ItemRole.FieldRole, self.running__uses_orthotics)

        self.running__cross_training = QCheckBox(IntakeRunningStep)
        self.running__cross_training.setObjectName(u"running__cross_training")

        self.fields.setWidget(12, QFormLayout.ItemRole.FieldRole, self.running__cross_training)

        self.label_running__stretches_after_running = QLabel(IntakeRunningStep)
        self.label_running__stretches_after_running.setObjectName(u"label_running__stretches_after_running")

        self.fields.setWidget(13, QFormLayout.ItemRole.LabelRole, self.label_running__stretches_after_running)

        self.running__stretches_after_running = QComboBox(IntakeRunningStep)
        self.running__stretches_after_running.setObjectName(u"running__stretches_after_running")

        self.fields.setWidget(13, QFormLayout.ItemRole.FieldRole, self.running__stretches_after_running)

#if QT_CONFIG(shortcut)
        self.label_running__distance_unit.setBuddy(self.running__distance_unit)
        self.label_running__weekly_distance.setBuddy(self.running__weekly_distance)
        self.label_running__previous_weekly_distance.setBuddy(self.running__previous_weekly_distance)
        self.label_running__years_running.setBuddy(self.running__years_running)
        self.label_running__recent_changes.setBuddy(self.running__recent_changes)
        self.label_running__surfaces.setBuddy(self.running__surfaces)
        self.label_running__shoe_distance.setBuddy(self.running__shoe_distance)
        self.label_running__shoe_pairs_in_rotation.setBuddy(self.running__shoe_pairs_in_rotation)
        self.label_running__stretches_after_running.setBuddy(self.running__stretches_after_running)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IntakeRunningStep)

        QMetaObject.connectSlotsByName(IntakeRunningStep)
    # setupUi

    def retranslateUi(self, IntakeRunningStep):
        self.title.setText(QCoreApplication.translate("IntakeRunningStep", u"Running", None))
        self.label_running__distance_unit.setText(QCoreApplication.translate("IntakeRunningStep", u"&Distances in", None))
        self.label_running__weekly_distance.setText(QCoreApplication.translate("IntakeRunningStep", u"Distance in the last &7 days", None))
        self.label_running__previous_weekly_distance.setText(QCoreApplication.translate("IntakeRunningStep", u"The &week before", None))
        self.label_running__years_running.setText(QCoreApplication.translate("IntakeRunningStep", u"&Years running", None))
        self.label_running__recent_changes.setText(QCoreApplication.translate("IntakeRunningStep", u"&Changes in the last 4 weeks", None))
        self.label_running__surfaces.setText(QCoreApplication.translate("IntakeRunningStep", u"Sur&faces", None))
        self.label_running__shoe_distance.setText(QCoreApplication.translate("IntakeRunningStep", u"Distance on the main &pair", None))
        self.label_running__shoe_pairs_in_rotation.setText(QCoreApplication.translate("IntakeRunningStep", u"Pairs in &rotation", None))
        self.running__shoe_fit_problems.setText(QCoreApplication.translate("IntakeRunningStep", u"Shoes do not fit well", None))
        self.running__shoe_cushioning_worn.setText(QCoreApplication.translate("IntakeRunningStep", u"Cushioning is worn", None))
        self.running__uses_orthotics.setText(QCoreApplication.translate("IntakeRunningStep", u"Uses orthotics or insoles", None))
        self.running__cross_training.setText(QCoreApplication.translate("IntakeRunningStep", u"Cross-trains (cycling, swimming, elliptical\u2026)", None))
        self.label_running__stretches_after_running.setText(QCoreApplication.translate("IntakeRunningStep", u"S&tretches after running", None))
        pass
    # retranslateUi

