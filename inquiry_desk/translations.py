"""Qt's translators behind `domain.i18n.translate`, for the window and the command line alike.

The catalogues are compiled `.qm` files in the package (`resources/translations/`), built by
`pyside6-lrelease` from the `.ts` sources in the project's top-level `resources/translations/`.
Qt's own catalogue (`qtbase_ja.qm`) comes with PySide6 and translates its standard buttons
and dialogs (OK, Cancel, the file and print dialogs).

Kept outside the core, like `printers.py`, because it needs Qt. Qt is imported only when a
catalogue is loaded, so that English (the usual case on a server, and `--help`) costs no Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from inquiry_desk.domain import i18n
from inquiry_desk.domain.enums import Language

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

CATALOGUE_DIR = Path(__file__).resolve().parent / "resources" / "translations"
CATALOGUE = "inquiry_desk"

# Kept alive here: Qt does not own an installed translator, and a collected one stops working.
_installed: list[QTranslator] = []


def activate_for(data_dir: Path) -> Language:
    """At start-up, before any window or message: the user's language (their setting, or the
    system's). English loads no catalogue: its plurals are the fallback's."""
    from inquiry_desk.services.language import interface_language

    language = interface_language(data_dir)
    if language is not Language.EN:
        activate(language)
    return language


def _load(name: str, language: Language, folder: Path) -> QTranslator | None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    return translator if translator.load(f"{name}_{language.value}", str(folder)) else None


def activate(language: Language) -> None:
    """Translate every later `translate` call into `language`. English loads only its
    plural forms ("1 case", "2 cases"). Qt's own dialogs follow once `attach` has run."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale

    if QCoreApplication.instance() is not None:
        for old in _installed:
            QCoreApplication.removeTranslator(old)
    _installed.clear()
    ours = _load(CATALOGUE, language, CATALOGUE_DIR)
    if ours is not None:
        _installed.append(ours)
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if language is not Language.EN and (qt := _load("qtbase", language, qt_dir)) is not None:
        _installed.append(qt)
    japanese = language is Language.JA
    QLocale.setDefault(QLocale(QLocale.Language.Japanese if japanese else QLocale.Language.English))
    i18n.install(_lookup if ours is not None else None, language)
    attach()


def attach() -> None:
    """Hand the catalogues to the application object, once there is one, so that Qt's own
    texts (the OK and Cancel of a message box, the file dialog) are translated too."""
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        for translator in _installed:
            QCoreApplication.installTranslator(translator)


def _lookup(context: str, source: str, disambiguation: str | None, n: int) -> str:
    # Our catalogue is asked directly, so the command line (which has no application object)
    # and the window translate alike; %n is filled in as QCoreApplication.translate does.
    found = _installed[0].translate(context, source, disambiguation, n) if _installed else ""
    if not found:
        return i18n.english_plural(source, n) if n >= 0 else source
    return found.replace("%n", str(n)) if n >= 0 else found
