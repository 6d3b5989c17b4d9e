"""Which language the interface speaks: the user's choice, else the system's, else English.

The choice is the person's, not the office's, and it is needed before anyone signs in (the
sign-in window is already in it), so it lives in a small preferences file in the data folder,
which is per user on a PC, not in the shared database. ``INQUIRY_DESK_LANGUAGE`` overrides
both, for a script or a test.
"""

from __future__ import annotations

import json
import locale
import os
import sys
from pathlib import Path

from inquiry_desk.domain.enums import Language

ENV_LANGUAGE = "INQUIRY_DESK_LANGUAGE"
PREFERENCES_NAME = "preferences.json"


def _parse(value: str | None) -> Language | None:
    """'ja', 'ja_JP.UTF-8', 'Japanese_Japan.932' (Windows) → Japanese; 'en…' → English."""
    if not value:
        return None
    text = value.strip().lower()
    if text.startswith(("ja", "japanese")):
        return Language.JA
    if text.startswith(("en", "english", "c", "posix")):
        return Language.EN
    return None


def _windows_ui_language() -> Language | None:
    if sys.platform != "win32":
        return None
    import ctypes

    # The display language of Windows itself (0x11 is Japanese), not the regional format.
    windll = getattr(ctypes, "windll")  # noqa: B009  (only on Windows; mypy checks as Linux)
    lang_id = int(windll.kernel32.GetUserDefaultUILanguage())
    return Language.JA if lang_id & 0x3FF == 0x11 else Language.EN


def system_language() -> Language:
    # POSIX order of precedence for messages: LANGUAGE, LC_ALL, LC_MESSAGES, LANG.
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            found = _parse(value.split(":", 1)[0])
            if found is not None:
                return found
            break
    found = _windows_ui_language() or _parse(locale.getlocale()[0])
    return found or Language.EN


def _read(data_dir: Path) -> dict[str, object]:
    try:
        loaded = json.loads((data_dir / PREFERENCES_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # absent or damaged: fall back to the system's language, never fail a start
    return loaded if isinstance(loaded, dict) else {}


def chosen_language(data_dir: Path) -> Language | None:
    """What this user picked in the settings, if anything."""
    value = _read(data_dir).get("language")
    return Language(value) if value in {lang.value for lang in Language} else None


def interface_language(data_dir: Path) -> Language:
    forced = _parse(os.environ.get(ENV_LANGUAGE))
    return forced or chosen_language(data_dir) or system_language()


def choose_language(data_dir: Path, language: Language | None) -> None:
    """Keep this user's choice (None: follow the system again). Takes effect at the next start."""
    # Imported here: reading the language is on the start-up path, writing it is not.
    from inquiry_desk.services.reports.files import write_atomic_bytes

    prefs = _read(data_dir)
    if language is None:
        prefs.pop("language", None)
    else:
        prefs["language"] = language.value
    write_atomic_bytes(data_dir / PREFERENCES_NAME, json.dumps(prefs, indent=2).encode("utf-8"))


class LanguagePreference:
    """One user's interface language, as the window's settings change it. The window never
    sees the data folder; it gets this object."""

    def __init__(self, data_dir: Path) -> None:
        self._data_dir = data_dir

    @property
    def chosen(self) -> Language | None:
        """This user's own choice; None when the interface follows the system."""
        return chosen_language(self._data_dir)

    @property
    def system(self) -> Language:
        return system_language()

    @property
    def effective(self) -> Language:
        """What the next start will use."""
        return interface_language(self._data_dir)

    def choose(self, language: Language | None) -> None:
        choose_language(self._data_dir, language)
