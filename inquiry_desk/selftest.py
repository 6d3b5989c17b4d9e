"""`inquiry-desk selftest`: is this installation able to work?

Each check prints one line; the exit code is the number of failed checks (0 = all good).
It runs as the system actor and reveals no personal data.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from inquiry_desk.domain.errors import UserError
from inquiry_desk.services.actors import SYSTEM
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.register import RegisterFilter
from inquiry_desk.store import schema
from inquiry_desk.store.masterkey import MasterKeyStore

PACKAGE = Path(__file__).resolve().parent


def _check_resources() -> str:
    from inquiry_desk.documents import list_documents
    from inquiry_desk.documents.fonts import missing_glyphs

    fonts = sorted((PACKAGE / "resources" / "fonts").glob("*.ttf"))
    if len(fonts) < 2:
        raise UserError("the Japanese fonts are missing from resources/fonts")
    docs = list_documents()
    if missing_glyphs("保有個人データ開示等請求書 髙橋"):
        raise UserError("the bundled font cannot print Japanese")
    return f"{len(fonts)} fonts, {len(docs)} document templates"


def _check_database(app: App) -> str:
    if not schema.is_current(app.db):
        raise UserError(
            f"schema {schema.current_revision(app.db)} is not the current {schema.head_revision()}"
        )
    count = app.register.count(RegisterFilter())
    where = app.db.url if not app.db.is_sqlite else str(app.db.path)
    return f"{where} at schema {schema.head_revision()}, {count} cases"


def _check_window(app: App) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from inquiry_desk.ui.main_controller import MainController

    qapp = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "selftest.ini"), QSettings.Format.IniFormat)
        controller = MainController(app, SYSTEM, settings=settings)
        controller.window.show()
        qapp.processEvents()
        title = controller.window.windowTitle()
        controller.window.close()
        controller.window.deleteLater()
        qapp.processEvents()
    return f"main window constructed offscreen ({title})"


def run_selftest(data_dir: Path, url: str | None, key_store: MasterKeyStore | None) -> int:
    failures = 0

    def report(name: str, check: Callable[[], str]) -> None:
        nonlocal failures
        try:
            print(f"ok    {name}: {check()}")
        except UserError as exc:
            failures += 1
            print(f"FAIL  {name}: {exc.message}")
        except Exception as exc:  # selftest reports, whatever went wrong
            failures += 1
            print(f"FAIL  {name}: {type(exc).__name__}: {exc}")

    report("resources", _check_resources)
    try:
        app = App.open(data_dir, url, key_store)
    except UserError as exc:
        print(f"FAIL  database: {exc.message}")
        return failures + 1
    try:
        report("database", lambda: _check_database(app))
        report("keyring", lambda: f"master key found ({app.key_store.describe()})")
        report("window", lambda: _check_window(app))
        app.audit_event(SYSTEM, "selftest", None, {"failures": failures})
    finally:
        app.close()
    print("selftest passed" if failures == 0 else f"selftest: {failures} check(s) failed")
    return failures
