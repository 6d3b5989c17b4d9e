"""Signing in, and creating the first administrator on an empty database.

Both dialogs call an injected function and show a refused attempt inline (the
service's message as it is, e.g. the lock-out notice); they never show a traceback.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk import APP_NAME
from inquiry_desk.domain.errors import UserError, ValidationFailed
from inquiry_desk.domain.i18n import translate
from inquiry_desk.services.actors import Actor
from inquiry_desk.ui.widgets.field_error import ERROR_STYLE, FieldWithError


def _title(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    return label


class SignInDialog(QDialog):
    def __init__(
        self, authenticate: Callable[[str, str], Actor], *, demo: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(translate("SignInDialog", "Sign in — {APP_NAME}").format(APP_NAME=APP_NAME))
        self._authenticate = authenticate
        self.actor: Actor | None = None
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("signInError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        # Buttons set after construction: the constructor taking them makes PySide load the
        # whole Qt namespace (~30 ms) to tell its overloads apart, before the first paint.
        buttons = QDialogButtonBox()
        standard = QDialogButtonBox.StandardButton
        buttons.setStandardButtons(standard.Ok | standard.Cancel)
        self.sign_in_button = buttons.button(standard.Ok)
        self.sign_in_button.setText(translate("SignInDialog", "Sign in"))
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(translate("SignInDialog", "&User name:"), self.username)
        form.addRow(translate("SignInDialog", "&Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(_title(APP_NAME))
        intro = QLabel(
            translate(
                "SignInDialog", "Personal Information Inquiry Department. Sign in with your staff account."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.demo_hint = QLabel(
            translate(
                "SignInDialog",
                "Demo database: sign in as staff, manager or admin with the password “demo”.",
            )
        )
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setStyleSheet("color: #8a5a00;")
        self.demo_hint.setVisible(demo)
        layout.addWidget(self.demo_hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def show_demo_hint(self) -> None:
        """Shown once the database turns out to be the demo one, after the dialog is up. The
        dialog grows by the hint's height: the fields keep theirs (they were squeezed to a
        few pixels when the dialog kept its size)."""
        if self.demo_hint.isVisible():
            return
        self.demo_hint.show()
        width = self.demo_hint.width() or self.width() - 48
        self.demo_hint.setMinimumHeight(self.demo_hint.heightForWidth(width))
        self.adjustSize()

    def try_sign_in(self) -> None:
        try:
            actor = self._authenticate(self.username.text(), self.password.text())
        except UserError as exc:
            self.error.setText(exc.message)
            self.error.show()
            # A wrapped label reports no height for its width until asked: the dialog grows
            # to show every line of the message (three in Japanese).
            width = self.error.width() or self.width() - 48
            self.error.setMinimumHeight(self.error.heightForWidth(width))
            self.adjustSize()
            self.password.clear()
            self.password.setFocus()
            return
        self.actor = actor
        self.accept()


class FirstAdminDialog(QDialog):
    """Shown once, on a database with no accounts: creates the first administrator."""

    def __init__(self, create: Callable[[str, str, str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstAdminDialog")
        self.setWindowTitle(
            translate("FirstAdminDialog", "First start — {APP_NAME}").format(APP_NAME=APP_NAME)
        )
        self._create = create
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.rows = {
            "username": FieldWithError(self.username),
            "display_name": FieldWithError(self.display_name),
            "password": FieldWithError(self.password),
            "repeat": FieldWithError(self.repeat),
        }
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(translate("FirstAdminDialog", "&User name:"), self.rows["username"])
        form.addRow(translate("FirstAdminDialog", "&Full name:"), self.rows["display_name"])
        form.addRow(translate("FirstAdminDialog", "&Password:"), self.rows["password"])
        form.addRow(translate("FirstAdminDialog", "&Repeat password:"), self.rows["repeat"])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("FirstAdminDialog", "Create administrator")
        )
        buttons.accepted.connect(self.try_create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(_title(translate("FirstAdminDialog", "Welcome to Inquiry Desk")))
        intro = QLabel(
            translate(
                "FirstAdminDialog",
                "This database has no accounts yet. Create the first administrator; "
                "they can then add staff and managers.",
            )
        )
        intro.setWordWrap(True)
        from PySide6.QtCore import Qt  # here: the sign-in dialog paints without Qt's namespace

        intro.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def try_create(self) -> None:
        for row in self.rows.values():
            row.set_error(None)
        self.error.hide()
        if self.password.text() != self.repeat.text():
            self.rows["repeat"].set_error(translate("FirstAdminDialog", "The two passwords differ."))
            return
        try:
            self._create(self.username.text(), self.display_name.text(), self.password.text())
        except ValidationFailed as exc:
            for key, message in exc.fields.items():
                if key in self.rows:
                    self.rows[key].set_error(message)
            return
        except UserError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.accept()
