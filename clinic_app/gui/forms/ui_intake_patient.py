# Generated from ui/intake_patient.ui by `make ui`: do not edit; edit the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_patient.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QWidget)

class Ui_IntakePatientStep(object):
    def setupUi(self, IntakePatientStep):
        if not IntakePatientStep.objectName():
            IntakePatientStep.setObjectName(u"IntakePatientStep")
        self.fields = QFormLayout(IntakePatientStep)
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = QLabel(IntakePatientStep)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"pageTitle")

        self.fields.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.title)

        self.label_patient__first_name = QLabel(IntakePatientStep)
        self.label_patient__first_name.setObjectName(u"label_patient__first_name")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_patient__first_name)

        self.patient__first_name = QLineEdit(IntakePatientStep)
        self.patient__first_name.setObjectName(u"patient__first_name")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.patient__first_name)

        self.label_patient__last_name = QLabel(IntakePatientStep)
        self.label_patient__last_name.setObjectName(u"label_patient__last_name")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_patient__last_name)

        self.patient__last_name = QLineEdit(IntakePatientStep)
        self.patient__last_name.setObjectName(u"patient__last_name")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.patient__last_name)

        self.label_patient__date_of_birth = QLabel(IntakePatientStep)
        self.label_patient__date_of_birth.setObjectName(u"label_patient__date_of_birth")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_patient__date_of_birth)

        self.patient__date_of_birth = QLineEdit(IntakePatientStep)
        self.patient__date_of_birth.setObjectName(u"patient__date_of_birth")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.patient__date_of_birth)

        self.label_patient__sex = QLabel(IntakePatientStep)
        self.label_patient__sex.setObjectName(u"label_patient__sex")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_patient__sex)

        self.patient__sex = QComboBox(IntakePatientStep)
        self.patient__sex.setObjectName(u"patient__sex")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.patient__sex)

        self.label_patient__phone = QLabel(IntakePatientStep)
        self.label_patient__phone.setObjectName(u"label_patient__phone")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_patient__phone)

        self.patient__phone = QLineEdit(IntakePatientStep)
        self.patient__phone.setObjectName(u"patient__phone")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.patient__phone)

        self.label_patient__email = QLabel(IntakePatientStep)
        self.label_patient__email.setObjectName(u"label_patient__email")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_patient__email)

        self.patient__email = QLineEdit(IntakePatientStep)
        self.patient__email.setObjectName(u"patient__email")

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.patient__email)

        self.label_patient__clinic_number = QLabel(IntakePatientStep)
        self.label_patient__clinic_number.setObjectName(u"label_patient__clinic_number")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_patient__clinic_number)

        self.patient__clinic_number = QLineEdit(IntakePatientStep)
        self.patient__clinic_number.setObjectName(u"patient__clinic_number")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.patient__clinic_number)

        self.label_patient__language = QLabel(IntakePatientStep)
        self.label_patient__language.setObjectName(u"label_patient__language")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_patient__language)

        self.patient__language = QComboBox(IntakePatientStep)
        self.patient__language.setObjectName(u"patient__language")

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.patient__language)

        self.label_visit_date = QLabel(IntakePatientStep)
        self.label_visit_date.setObjectName(u"label_visit_date")

        self.fields.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label_visit_date)

        self.visit_date = QLineEdit(IntakePatientStep)
        self.visit_date.setObjectName(u"visit_date")

        self.fields.setWidget(9, QFormLayout.ItemRole.FieldRole, self.visit_date)

#if QT_CONFIG(shortcut)
        self.label_patient__first_name.setBuddy(self.patient__first_name)
        self.label_patient__last_name.setBuddy(self.patient__last_name)
        self.label_patient__date_of_birth.setBuddy(self.patient__date_of_birth)
        self.label_patient__sex.setBuddy(self.patient__sex)
        self.label_patient__phone.setBuddy(self.patient__phone)
        self.label_patient__email.setBuddy(self.patient__email)
        self.label_patient__clinic_number.setBuddy(self.patient__clinic_number)
        self.label_patient__language.setBuddy(self.patient__language)
        self.label_visit_date.setBuddy(self.visit_date)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IntakePatientStep)

        QMetaObject.connectSlotsByName(IntakePatientStep)
    # setupUi

    def retranslateUi(self, IntakePatientStep):
        self.title.setText(QCoreApplication.translate("IntakePatientStep", u"Patient and visit", None))
        self.label_patient__first_name.setText(QCoreApplication.translate("IntakePatientStep", u"&First name", None))
        self.label_patient__last_name.setText(QCoreApplication.translate("IntakePatientStep", u"&Last name", None))
        self.label_patient__date_of_birth.setText(QCoreApplication.translate("IntakePatientStep", u"Date of &birth", None))
        self.patient__date_of_birth.setPlaceholderText(QCoreApplication.translate("IntakePatientStep", u"YYYY-MM-DD", None))
        self.label_patient__sex.setText(QCoreApplication.translate("IntakePatientStep", u"&Sex", None))
        self.label_patient__phone.setText(QCoreApplication.translate("IntakePatientStep", u"&Phone", None))
        self.label_patient__email.setText(QCoreApplication.translate("IntakePatientStep", u"&Email", None))
        self.label_patient__clinic_number.setText(QCoreApplication.translate("IntakePatientStep", u"Clinic &number", None))
        self.label_patient__language.setText(QCoreApplication.translate("IntakePatientStep", u"Lan&guage for the patient's sheet", None))
#if QT_CONFIG(tooltip)
        self.patient__language.setToolTip(QCoreApplication.translate("IntakePatientStep", u"The language the patient reads best. Their care sheet and follow-up sheets are printed in it. Clinic default: the clinic's usual language for patients' sheets.", None))
#endif // QT_CONFIG(tooltip)
        self.label_visit_date.setText(QCoreApplication.translate("IntakePatientStep", u"&Visit date", None))
        self.visit_date.setPlaceholderText(QCoreApplication.translate("IntakePatientStep", u"YYYY-MM-DD", None))
        pass
    # retranslateUi

