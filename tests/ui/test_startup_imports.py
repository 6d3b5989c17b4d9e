"""What the sign-in window waits for: nothing but Qt's widgets and the dialog itself.

A fresh process runs the real start path (`run_gui`) and, at the sign-in dialog's first
paint, reports what is loaded. The services, SQLAlchemy and keyring load behind the dialog
(after its first paint); Qt's `Qt` namespace, which PySide builds in ~30 ms on first use,
is not needed to paint it either. A bare QMainWindow needs none of them, so each one is
start-up time a person waits for.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import json, os, sys
from pathlib import Path
import PySide6.QtCore as core
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget
from inquiry_desk.ui import app_main

qapp = app_main.make_qapplication()

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) \\
                and watched.objectName() == "signInDialog":
            loaded = {
                "qt_namespace": "Qt" in core.__dict__,
                "sqlalchemy": "sqlalchemy" in sys.modules,
                "keyring": "keyring" in sys.modules,
                "services_app": "inquiry_desk.services.app" in sys.modules,
            }
            print(json.dumps(loaded), flush=True)
            os._exit(0)
        return False

spy = FirstPaint()
qapp.installEventFilter(spy)
app_main.run_gui(Path(sys.argv[1]), None)
"""


def test_the_sign_in_dialog_paints_before_the_services_and_qt_namespace_load(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")])),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    loaded = json.loads(out.strip().splitlines()[-1])
    assert loaded == {"qt_namespace": False, "sqlalchemy": False, "keyring": False, "services_app": False}
