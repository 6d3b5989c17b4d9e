"""The register of processing in the settings window: the manager edits its TOML text, checks
it, and saves it into the office's forms folder (the service checks it whole and writes it
atomically). What it holds is summarised above the editor, so a lost entry shows at once."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from inquiry_desk.domain.processing import ProcessingRegister
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.settings.processing_register import ProcessingRegisterService
from inquiry_desk.ui.case.lifecycle_common import run_service
from inquiry_desk.ui.settings.tab import SettingsTab, hint


def summary(register: ProcessingRegister) -> str:
    return translate(
        "RegisterTab",
        "{purposes} purposes of use, {categories} categories of data, {recipients} recipients "
        "({third} of them third parties whose provision is recorded).",
    ).format(
        purposes=len(register.purposes),
        categories=len(register.categories),
        recipients=len(register.recipients),
        third=len(register.third_parties),
    )


class RegisterTab(SettingsTab[str]):
    title = QT_TRANSLATE_NOOP("SettingsDialog", "Register of processin&g")

    def __init__(
        self, service: ProcessingRegisterService, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(actor, translate("RegisterTab", "&Save register"), parent)
        self.service = service
        layout = QVBoxLayout(self.form)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            hint(
                translate(
                    "RegisterTab",
                    "What the company does with personal data, as the letters print it: the purposes "
                    "of use, the categories of data, the recipients and their countries, retention, "
                    "source, rights and transfers. Each text has a Japanese (ja) and an English (en) "
                    "version.",
                )
            )
        )
        self.location = hint("")
        self.location.setObjectName("registerLocation")
        layout.addWidget(self.location)
        self.summary = QLabel()
        self.summary.setObjectName("registerSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("registerText")
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setTabChangesFocus(True)
        layout.addWidget(self.editor, 1)
        self.check_button = QPushButton(self.mnemonic(translate("RegisterTab", "Check")))
        self.check_button.setObjectName("checkRegister")
        self.check_button.clicked.connect(self.check)
        self.extra_buttons.append(self.check_button)
        self.editor.textChanged.connect(self._edited)
        self.finish()

    def check(self) -> None:
        found: list[ProcessingRegister] = []
        if run_service(self.message, lambda: found.append(self.service.check(self.editor.toPlainText()))):
            self.message.info(
                translate("RegisterTab", "The register is complete: {summary}").format(
                    summary=summary(found[0])
                )
            )

    # --- the tab's hooks ---------------------------------------------------------------------
    def read(self) -> str:
        text = self.service.text(self.actor)
        self.location.setText(
            translate("RegisterTab", "Read from {file}").format(file=self.service.location())
        )
        return text

    def write(self, value: str) -> str:
        register = self.service.save(self.actor, value)
        self.location.setText(
            translate("RegisterTab", "Saved to {file}").format(file=self.service.location())
        )
        self.summary.setText(summary(register))
        return translate("RegisterTab", "Register saved; the next letters print from it.")

    def default(self) -> str:
        return self.service.default_text()

    def load(self, value: str) -> None:
        self.editor.setPlainText(value)
        try:
            self.summary.setText(summary(self.service.check(value)))
        except UserError:  # a broken register is shown as text; Check names the problems
            self.summary.setText(
                translate("RegisterTab", "The register has problems; press Check to see them.")
            )

    def collect(self) -> str:
        text = self.editor.toPlainText()
        self.service.check(text)  # refused inline, with every problem named
        return text
