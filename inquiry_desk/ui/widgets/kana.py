"""Furigana fields: what the IME commits in hiragana is kept in katakana, as typed."""

from __future__ import annotations

import jaconv
from PySide6.QtWidgets import QLineEdit


def keep_katakana(edit: QLineEdit) -> None:
    """Without an extra conversion keystroke: やまだ becomes ヤマダ as it is committed, and
    the cursor stays where it was (one kana for one)."""

    def convert(text: str) -> None:
        converted = jaconv.hira2kata(text)
        if converted != text:
            cursor = edit.cursorPosition()
            edit.setText(converted)
            edit.setCursorPosition(cursor)

    edit.textEdited.connect(convert)
