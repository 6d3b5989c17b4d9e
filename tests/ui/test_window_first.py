"""The window first, the database after: what a person sees while Inquiry Desk opens.

The first window (the sign-in dialog in the real start, the main window when it is built
alone) paints before the services open the database; a database that cannot be opened then
gives the same calm message as before, and no traceback reaches the person or the log.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.store.engine import DB_FILENAME
from inquiry_desk.store.masterkey import MemoryMasterKeyStore
from inquiry_desk.ui import app_main
from inquiry_desk.ui.main_shell import MainShell
from inquiry_desk.ui.widgets.first_paint import AfterFirstPaint


def _shown() -> set[str]:
    windows = QApplication.topLevelWidgets()
    return {w.objectName() for w in windows if isinstance(w, QWidget) and w.isVisible()}


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryMasterKeyStore:
    # This computer's keyring is not the test's: App.open gets a memory store instead.
    store = MemoryMasterKeyStore()
    monkeypatch.setattr("inquiry_desk.services.app.KeyringMasterKeyStore", lambda: store)
    return store


@pytest.fixture
def watch_open(monkeypatch: pytest.MonkeyPatch) -> list[set[str]]:
    """The windows on screen each time App.open is called."""
    seen: list[set[str]] = []
    real = App.open

    def watched(*args: object, **kwargs: object) -> App:
        seen.append(_shown())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(App, "open", staticmethod(watched))
    return seen


def test_the_main_window_paints_before_the_database_opens_then_fills(
    qtbot: object, tmp_path: Path, memory_keyring: MemoryMasterKeyStore, watch_open: list[set[str]]
) -> None:
    from inquiry_desk.ui.main_controller import MainController

    shell = MainShell.build()
    qtbot.addWidget(shell.window)  # type: ignore[attr-defined]
    note = shell.register_view.empty_note
    assert note.text() == "Loading…" and not note.isHidden()
    assert shell.window.count_label.text() == "Loading…"
    opening = app_main._Opening(tmp_path, None)
    shell.window.show()
    AfterFirstPaint(shell.window, opening.start)
    with qtbot.waitSignal(opening.done, timeout=60_000):  # type: ignore[attr-defined]
        pass
    app = opening.wait()
    assert app is not None and opening.problem() is None
    assert watch_open == [{"mainWindow"}] and shell.painted  # painted, then opened
    try:
        ctl = MainController(app, Actor("staff", "staff", None, "Sato Yui"), fill_register=False, shell=shell)
        assert ctl.window is shell.window and not ctl.model.loaded
        ctl.fill_after_first_paint()  # the window painted already: the fill follows at once
        qtbot.waitUntil(lambda: ctl.model.loaded, timeout=5000)  # type: ignore[attr-defined]
        assert ctl.window.count_label.text() == "0 cases"
        assert shell.register_view.empty_note.text() == "There are no cases yet."
        assert "Sato Yui" in ctl.window.windowTitle()
    finally:
        app.close()


def _run_gui_over(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> tuple[int, list[str]]:
    shown: list[str] = []
    monkeypatch.setattr(app_main, "_fatal", lambda text: shown.append(text) or 2)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own: put it back
    code = app_main.run_gui(data_dir, None)
    return code, shown


def _no_traceback(data_dir: Path) -> None:
    log = data_dir / app_main.LOG_NAME
    assert not log.exists() or "Traceback" not in log.read_text(encoding="utf-8")


def test_a_damaged_database_found_after_the_window_shows_is_the_calm_message(
    qtbot: object,
    tmp_path: Path,
    memory_keyring: MemoryMasterKeyStore,
    watch_open: list[set[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data_dir = tmp_path / "office"
    data_dir.mkdir()
    (data_dir / DB_FILENAME).write_bytes(b"not a database, just some bytes")
    code, shown = _run_gui_over(monkeypatch, data_dir)
    assert code == 2
    # The sign-in was on screen (and nobody saw the main window) when the database was opened.
    assert watch_open == [{"signInDialog"}]
    assert len(shown) == 1 and "is not a database" in shown[0]
    _no_traceback(data_dir)
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())


def test_a_newer_database_found_after_the_window_shows_is_the_calm_message(
    qtbot: object,
    tmp_path: Path,
    memory_keyring: MemoryMasterKeyStore,
    watch_open: list[set[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data_dir = tmp_path / "office"
    App.open(data_dir, key_store=memory_keyring).close()
    watch_open.clear()
    with sqlite3.connect(data_dir / DB_FILENAME) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    code, shown = _run_gui_over(monkeypatch, data_dir)
    assert code == 2
    assert watch_open == [{"signInDialog"}]
    assert len(shown) == 1 and "newer version of Inquiry Desk (schema 9999)" in shown[0]
    _no_traceback(data_dir)


PROBE = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget
from inquiry_desk.ui import app_main

qapp = app_main.make_qapplication()

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) \\
                and watched.objectName() == "mainWindow":
            loaded = {
                "sqlalchemy": "sqlalchemy" in sys.modules,
                "keyring": "keyring" in sys.modules,
                "services_app": "inquiry_desk.services.app" in sys.modules,
                "main_controller": "inquiry_desk.ui.main_controller" in sys.modules,
            }
            print(json.dumps(loaded), flush=True)
            os._exit(0)
        return False

spy = FirstPaint()
qapp.installEventFilter(spy)
from inquiry_desk.ui.main_shell import MainShell
shell = MainShell.build()
shell.window.show()
qapp.exec()
"""


def test_the_main_window_paints_before_the_services_load(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")])),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120, check=True
    ).stdout
    loaded = json.loads(out.strip().splitlines()[-1])
    assert loaded == {"sqlalchemy": False, "keyring": False, "services_app": False, "main_controller": False}
