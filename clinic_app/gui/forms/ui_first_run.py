# Generated from ui/first_run.ui by `make ui`: do not edit; edit the .ui file instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        self.layout = QVBoxLayout(FirstRunDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(FirstRunDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.usernameLabel = QLabel(FirstRunDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.firstRun__username = QLineEdit(FirstRunDialog)
        self.firstRun__username.setObjectName(u"firstRun__username")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstRun__username)

        self.displayNameLabel = QLabel(FirstRunDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.firstRun__displayName = QLineEdit(FirstRunDialog)
        self.firstRun__displayName.setObjectName(u"firstRun__displayName")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.firstRun__displayName)

        self.passwordLabel = QLabel(FirstRunDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.firstRun__password = QLineEdit(FirstRunDialog)
        self.firstRun__password.setObjectName(u"firstRun__password")
        self.firstRun__password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.firstRun__password)

        self.repeatLabel = QLabel(FirstRunDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.firstRun__repeat = QLineEdit(FirstRunDialog)
        self.firstRun__repeat.setObjectName(u"firstRun__repeat")
        self.firstRun__repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.firstRun__repeat)


        self.layout.addLayout(self.fields)

        self.firstRun__message = QLabel(FirstRunDialog)
        self.firstRun__message.setObjectName(u"firstRun__message")
        self.firstRun__message.setWordWrap(True)
        self.firstRun__message.setProperty(u"role", u"fieldMessage")

        self.layout.addWidget(self.firstRun__message)

        self.buttons = QDialogButtonBox(FirstRunDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.firstRun__username)
        self.displayNameLabel.setBuddy(self.firstRun__displayName)
        self.passwordLabel.setBuddy(self.firstRun__password)
        self.repeatLabel.setBuddy(self.firstRun__repeat)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunDialog)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Set up the administrator account", None))
        self.intro.setText(QCoreApplication.translate("FirstRunDialog", u"This database has no accounts yet. Create the administrator's account first. The administrator adds the accounts for the front desk and the clinicians.", None))
        self.usernameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Username", None))
        self.firstRun__username.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"lower-case letters and digits, e.g. admin", None))
        self.displayNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Your &name", None))
        self.firstRun__displayName.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"as it should appear on records and letters", None))
        self.passwordLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Password", None))
        self.repeatLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Password &again", None))
    # retranslateUi

