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
from inquiry_desk.domain.i18n import translate
from inquiry_desk.services.actors import SYSTEM
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.register_rows import RegisterFilter
from inquiry_desk.store import schema
from inquiry_desk.store.masterkey import MasterKeyStore

PACKAGE = Path(__file__).resolve().parent


def _check_resources() -> str:
    from inquiry_desk.documents import list_documents
    from inquiry_desk.documents.fonts import missing_glyphs

    fonts = sorted((PACKAGE / "resources" / "fonts").glob("*.ttf"))
    if len(fonts) < 2:
        raise UserError(translate("Selftest", "the Japanese fonts are missing from resources/fonts"))
    docs = list_documents()
    if missing_glyphs("保有個人データ開示等請求書 髙橋"):
        raise UserError(translate("Selftest", "the bundled font cannot print Japanese"))
    return translate("Selftest", "{fonts} fonts, {documents} document templates").format(
        fonts=len(fonts), documents=len(docs)
    )


def _check_database(app: App) -> str:
    if not schema.is_current(app.db):
        raise UserError(
            translate("Selftest", "schema {found} is not the current {current}").format(
                found=schema.current_revision(app.db), current=schema.head_revision()
            )
        )
    count = app.register.count(RegisterFilter())
    where = app.db.url if not app.db.is_sqlite else str(app.db.path)
    return translate("Selftest", "{where} at schema {schema}, {count} cases").format(
        where=where, schema=schema.head_revision(), count=count
    )


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
    return translate("Selftest", "main window constructed offscreen ({title})").format(title=title)


def run_selftest(data_dir: Path, url: str | None, key_store: MasterKeyStore | None) -> int:
    failures = 0

    def report(name: str, check: Callable[[], str]) -> None:
        nonlocal failures
        try:
            print(_passed(name, check()))
        except UserError as exc:
            failures += 1
            print(_failed(name, exc.message))
        except Exception as exc:  # selftest reports, whatever went wrong
            failures += 1
            print(_failed(name, f"{type(exc).__name__}: {exc}"))

    report(translate("Selftest", "resources"), _check_resources)
    try:
        app = App.open(data_dir, url, key_store)
    except UserError as exc:
        print(_failed(translate("Selftest", "database"), exc.message))
        return failures + 1
    try:
        report(translate("Selftest", "database"), lambda: _check_database(app))
        report(
            translate("Selftest", "keyring"),
            lambda: translate("Selftest", "master key found ({backend})").format(
                backend=app.key_store.describe()
            ),
        )
        report(translate("Selftest", "window"), lambda: _check_window(app))
        app.audit_event(SYSTEM, "selftest", None, {"failures": failures})
    finally:
        app.close()
    if failures == 0:
        print(translate("Selftest", "selftest passed"))
    else:
        print(translate("Selftest", "selftest: {count} check(s) failed").format(count=failures))
    return failures


def _passed(name: str, detail: str) -> str:
    return translate("Selftest", "ok    {name}: {detail}").format(name=name, detail=detail)


def _failed(name: str, problem: str) -> str:
    return translate("Selftest", "FAIL  {name}: {problem}").format(name=name, problem=problem)
