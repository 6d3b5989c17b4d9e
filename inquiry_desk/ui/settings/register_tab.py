"""The register of processing in the settings window, edited as tables: the controller, the
purposes of use, the categories of data, the recipients (processors and third parties, with
country, purpose and safeguards) and the texts (retention, source, rights and the rest).

The manager saves it into the office's forms folder; the service checks it whole (every
problem named, the form left as typed), keeps the TOML's comments and writes it atomically,
and refuses a save over a register changed elsewhere since it was shown. The letters print
from what is saved. What it holds is summarised above the tables, so a lost entry shows at once.
"""

from __future__ import annotations

import json
import re
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain import processing
from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from inquiry_desk.domain.processing import PROCESSOR, SECTIONS, THIRD_PARTY, ProcessingRegister
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.settings.processing_register import ProcessingRegisterService
from inquiry_desk.ui.case.lifecycle_common import run_service
from inquiry_desk.ui.settings.register_tables import Column, EntryTable
from inquiry_desk.ui.settings.tab import SettingsTab, hint

# The controller's texts: (key of the Japanese, key of the English, what the row is).
_CONTROLLER = (
    ("ja", "en", QT_TRANSLATE_NOOP("RegisterTab", "Company")),
    ("address_ja", "address_en", QT_TRANSLATE_NOOP("RegisterTab", "Address")),
    ("representative_ja", "representative_en", QT_TRANSLATE_NOOP("RegisterTab", "Representative")),
    ("manager_ja", "manager_en", QT_TRANSLATE_NOOP("RegisterTab", "Protection manager")),
)
_SECTION_TITLES = {
    "retention": QT_TRANSLATE_NOOP("RegisterTab", "Retention"),
    "source": QT_TRANSLATE_NOOP("RegisterTab", "Source of the data"),
    "legal_bases": QT_TRANSLATE_NOOP("RegisterTab", "Legal bases"),
    "rights": QT_TRANSLATE_NOOP("RegisterTab", "Rights"),
    "automated_decisions": QT_TRANSLATE_NOOP("RegisterTab", "Automated decisions"),
    "transfers": QT_TRANSLATE_NOOP("RegisterTab", "Transfers abroad"),
    "security": QT_TRANSLATE_NOOP("RegisterTab", "Security measures"),
    "procedures": QT_TRANSLATE_NOOP("RegisterTab", "How to make a request"),
}


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


def _bilingual_columns() -> list[Column]:
    return [
        Column("ja", translate("RegisterTab", "Japanese")),
        Column("en", translate("RegisterTab", "English")),
    ]


def _recipient_columns() -> list[Column]:
    roles = (
        (PROCESSOR, translate("RegisterTab", "Processor (委託)")),
        (THIRD_PARTY, translate("RegisterTab", "Third party")),
    )
    t = translate
    return [
        Column("name", t("RegisterTab", "Name"), width=180),
        Column("role", t("RegisterTab", "Role"), roles, width=130),
        Column("country", t("RegisterTab", "Country"), width=70),
        Column("purpose_ja", t("RegisterTab", "Purpose (ja)"), width=160),
        Column("purpose_en", t("RegisterTab", "Purpose (en)"), width=160),
        Column("safeguards_ja", t("RegisterTab", "Safeguards (ja)"), width=180),
        Column("safeguards_en", t("RegisterTab", "Safeguards (en)"), width=180),
        Column("items_ja", t("RegisterTab", "Items provided (ja)"), width=160),
        Column("items_en", t("RegisterTab", "Items provided (en)"), width=160),
        Column("since", t("RegisterTab", "Provided since"), width=100),
    ]


_ENTRY = re.compile(r"\[\[(purposes|categories|recipients)\]\] (\d+)")
_TABLE = re.compile(r"\[(controller|" + "|".join(SECTIONS) + r")\]")
_KEY = re.compile(r"“([a-z_]+)”")


def _page_title(name: str) -> str:
    titles = {
        "purposes": translate("RegisterTab", "Purposes of use"),
        "categories": translate("RegisterTab", "Categories of data"),
        "recipients": translate("RegisterTab", "Recipients"),
        "controller": translate("RegisterTab", "Controller"),
    }
    return titles.get(name) or translate("RegisterTab", _SECTION_TITLES.get(name, name))


def in_table_words(message: str) -> str:
    """The service's problems (written for the TOML file: "[[recipients]] 3 … “items_ja”") in
    the words of the tables on screen: "Recipients, row 3 … “Items provided (ja)”"."""
    columns = {c.key: c.title for c in _recipient_columns()} | {c.key: c.title for c in _bilingual_columns()}

    def entry(match: re.Match[str]) -> str:
        return translate("RegisterTab", "{page}, row {row}").format(
            page=_page_title(match.group(1)), row=match.group(2)
        )

    message = _ENTRY.sub(entry, message)
    message = _TABLE.sub(lambda m: _page_title(m.group(1)), message)
    return _KEY.sub(lambda m: "“" + columns.get(m.group(1), m.group(1)) + "”", message)


class RegisterTab(SettingsTab[ProcessingRegister]):
    title = QT_TRANSLATE_NOOP("SettingsDialog", "Register of processin&g")

    def __init__(
        self, service: ProcessingRegisterService, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(actor, translate("RegisterTab", "&Save register"), parent)
        self.service = service
        self._base: str | None = None  # the text the form was filled from (stale-save check)
        layout = QVBoxLayout(self.form)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            hint(
                translate(
                    "RegisterTab",
                    "What the company does with personal data, as the letters print it: the purposes "
                    "of use, the categories of data, the recipients and their countries, retention, "
                    "source, rights and transfers. Each text has a Japanese (ja) and an English (en) "
                    "version. A third party (not a processor) also needs the items provided and the "
                    "first day of the provision (YYYY-MM-DD) for the records of provision.",
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

        self.controller: dict[str, QLineEdit] = {}
        self.purposes = EntryTable("purposes", _bilingual_columns(), self.mnemonic)
        self.categories = EntryTable("categories", _bilingual_columns(), self.mnemonic)
        self.recipients = EntryTable("recipients", _recipient_columns(), self.mnemonic)
        self.texts: dict[tuple[str, str], QPlainTextEdit] = {}
        self.sections = QTabWidget()
        self.sections.setObjectName("registerSections")
        self.sections.addTab(self._controller_page(), translate("RegisterTab", "Controller"))
        self.sections.addTab(self.purposes, translate("RegisterTab", "Purposes of use"))
        self.sections.addTab(self.categories, translate("RegisterTab", "Categories of data"))
        self.sections.addTab(self.recipients, translate("RegisterTab", "Recipients"))
        self.sections.addTab(self._texts_page(), translate("RegisterTab", "Retention, source and rights"))
        layout.addWidget(self.sections, 1)
        for table in (self.purposes, self.categories, self.recipients):
            table.changed.connect(self._edited)
        for edit in self.controller.values():
            edit.textChanged.connect(self._edited)
        for text in self.texts.values():
            text.textChanged.connect(self._edited)

        self.check_button = QPushButton(self.mnemonic(translate("RegisterTab", "Check")))
        self.check_button.setObjectName("checkRegister")
        self.check_button.clicked.connect(self.check)
        self.extra_buttons.append(self.check_button)
        self.finish()

    def _controller_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        for ja, en, title in _CONTROLLER:
            row = QHBoxLayout()
            for key in (ja, en):
                edit = QLineEdit()
                edit.setObjectName(f"controller_{key}")
                edit.setPlaceholderText("日本語" if key == ja else "English")
                self.controller[key] = edit
                row.addWidget(edit, 1)
            form.addRow(translate("RegisterTab", title) + ":", row)
        return page

    def _texts_page(self) -> QWidget:
        inner = QWidget()
        form = QFormLayout(inner)
        for section in SECTIONS:
            row = QHBoxLayout()
            for language in ("ja", "en"):
                edit = QPlainTextEdit()
                edit.setObjectName(f"text_{section}_{language}")
                edit.setTabChangesFocus(True)
                edit.setPlaceholderText("日本語" if language == "ja" else "English")
                edit.setFixedHeight(72)
                self.texts[(section, language)] = edit
                row.addWidget(edit, 1)
            form.addRow(translate("RegisterTab", _SECTION_TITLES[section]) + ":", row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    # --- the editor's values ------------------------------------------------------------------
    def data(self) -> dict[str, Any]:
        """The register as typed, in the TOML file's shape (not yet checked)."""
        return {
            "controller": {key: edit.text().strip() for key, edit in self.controller.items()},
            "purposes": self.purposes.rows(),
            "categories": self.categories.rows(),
            "recipients": self.recipients.rows(),
            **{
                section: {lang: self.texts[(section, lang)].toPlainText().strip() for lang in ("ja", "en")}
                for section in SECTIONS
            },
        }

    def checked(self) -> ProcessingRegister:
        """The register as typed, or refused with every problem named as the tables show it."""
        try:
            return self.service.check_data(self.data())
        except UserError as exc:
            raise UserError(in_table_words(exc.message)) from None

    def check(self) -> None:
        found: list[ProcessingRegister] = []
        if run_service(self.message, lambda: found.append(self.checked())):
            self.message.info(
                translate("RegisterTab", "The register is complete: {summary}").format(
                    summary=summary(found[0])
                )
            )

    # --- the tab's hooks ---------------------------------------------------------------------
    def read(self) -> ProcessingRegister:
        text = self.service.text(self.actor)
        self._base = text  # even when it does not parse: saving over it is how it is mended
        self.location.setText(
            translate("RegisterTab", "Read from {file}").format(file=self.service.location())
        )
        return self.service.check(text)

    def write(self, value: ProcessingRegister) -> str:
        if self._base is None:  # the register could not be read at all
            self._base = self.service.text(self.actor)
        register, self._base = self.service.save_edited(self.actor, value, base=self._base)
        self.location.setText(
            translate("RegisterTab", "Saved to {file}").format(file=self.service.location())
        )
        self.summary.setText(summary(register))
        return translate("RegisterTab", "Register saved; the next letters print from it.")

    def default(self) -> ProcessingRegister:
        return self.service.check(self.service.default_text())

    def load(self, value: ProcessingRegister) -> None:
        data = processing.to_data(value)
        for key, edit in self.controller.items():
            edit.setText(data["controller"].get(key, ""))
            edit.setCursorPosition(0)  # show a long address from its start, not its end
        self.purposes.set_rows(data["purposes"])
        self.categories.set_rows(data["categories"])
        self.recipients.set_rows(data["recipients"])
        for (section, lang), text in self.texts.items():
            text.setPlainText(data[section][lang])
        self.summary.setText(summary(value))

    def collect(self) -> ProcessingRegister:
        return self.checked()  # refused inline, with every problem named

    def state(self) -> object:
        return json.dumps(self.data(), ensure_ascii=False, sort_keys=True)
