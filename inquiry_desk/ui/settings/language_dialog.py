"""Each person's interface language: 日本語, English, or the system's, from the next start.

The dialog's title and the menu entry that opens it name both languages ("言語 / Language"),
so that someone who cannot read the current one still finds the way back. The change needs
a restart: every window, menu and column header is built in the language of the start.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.enums import Language
from inquiry_desk.domain.i18n import current_language, translate
from inquiry_desk.services.language import LanguagePreference

# Each language is named in itself, as every operating system's language list does.
NATIVE_NAMES = {Language.JA: "日本語", Language.EN: "English"}
TITLE = "言語 / Language"


class LanguageDialog(QDialog):
    def __init__(self, preference: LanguagePreference, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageDialog")
        self.setWindowTitle(TITLE)
        self.preference = preference
        intro = QLabel(
            translate("LanguageDialog", "The language of the screens and of the command line's messages:")
        )
        intro.setWordWrap(True)
        system_name = NATIVE_NAMES[preference.system]
        self.follow_system = QRadioButton(
            translate("LanguageDialog", "As the system ({language})").format(language=system_name)
        )
        self.buttons: dict[Language | None, QRadioButton] = {None: self.follow_system}
        group = QButtonGroup(self)
        group.addButton(self.follow_system)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.follow_system)
        for language in (Language.JA, Language.EN):
            button = QRadioButton(NATIVE_NAMES[language])
            button.setObjectName(f"language_{language.value}")
            group.addButton(button)
            self.buttons[language] = button
            layout.addWidget(button)
        self.buttons[preference.chosen].setChecked(True)
        self.restart_note = QLabel()
        self.restart_note.setWordWrap(True)
        self.restart_note.setStyleSheet("color: #8a5a00;")
        layout.addWidget(self.restart_note)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self.save_button = box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("LanguageDialog", "&Save"))
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("LanguageDialog", "Cancel"))
        layout.addWidget(box)
        group.buttonToggled.connect(self._update_note)
        self._update_note()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 52)

    def selected(self) -> Language | None:
        return next(lang for lang, button in self.buttons.items() if button.isChecked())

    def _next_language(self) -> Language:
        chosen = self.selected()
        return chosen if chosen is not None else self.preference.system

    def _update_note(self) -> None:
        # The note about the restart is written in the language being chosen: it is the one
        # the person reads.
        changes = self._next_language() is not current_language()
        if not changes:
            self.restart_note.setText("")
        elif self._next_language() is Language.JA:
            self.restart_note.setText("Inquiry Desk を再起動すると日本語で表示されます。")
        else:
            self.restart_note.setText("Inquiry Desk shows English after a restart.")
        self.restart_note.setVisible(changes)

    def accept(self) -> None:
        self.preference.choose(self.selected())
        super().accept()
