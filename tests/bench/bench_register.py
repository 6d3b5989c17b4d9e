"""Register benchmark on 50,000 rows (run on demand: `python tests/bench/bench_register.py`).

In one run:
  * cold start to the main window's first paint, against a bare PySide6 QMainWindow started the
    same way (fresh interpreter each time, median of several interleaved runs);
  * one search keystroke: query + model reset + first paint of the table;
  * scrolling to the bottom: fetchMore until every row is in the model, then a paint;
  * resident memory of the app process after all that.
Targets: start-up <= 1.5x bare window, keystroke <= 30 ms, memory <= 250 MB.

Sign-in is not part of start-up: the child builds the signed-in Actor directly, because the
password check (argon2, deliberately slow) waits for a person typing anyway.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CASES, PURGED = 1000, 49000
RUNS = 5
TARGETS = {"startup_ratio": 1.5, "keystroke_ms": 30.0, "memory_mb": 250.0}


# --- child processes --------------------------------------------------------------------------
def _paint_then_quit(widget: object) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                print(f"PAINT {time.time():.6f}", flush=True)
                watched.removeEventFilter(self)
                QTimer.singleShot(0, QApplication.quit)
            return False

    spy = FirstPaint()
    widget.installEventFilter(spy)  # type: ignore[attr-defined]
    widget._bench_spy = spy  # type: ignore[attr-defined]  # keep it alive


def child_bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    qapp = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    _paint_then_quit(window)
    window.show()
    qapp.exec()


def _open_app(data_dir: Path) -> tuple[object, object]:
    from inquiry_desk.services.actors import Actor
    from inquiry_desk.services.app import App
    from inquiry_desk.store.masterkey import MemoryMasterKeyStore

    store = MemoryMasterKeyStore()
    store.keys[os.environ["BENCH_INSTALL_ID"]] = bytes.fromhex(os.environ["BENCH_KEY"])
    app = App.open(data_dir, key_store=store)
    user_id = int(os.environ["BENCH_USER_ID"])
    return app, Actor("staff", "staff", user_id, "Sato Yui (staff)")


def child_app(data_dir: Path) -> None:
    from PySide6.QtCore import QSettings

    from inquiry_desk.ui.app_main import make_qapplication
    from inquiry_desk.ui.main_controller import MainController

    qapp = make_qapplication()
    app, actor = _open_app(data_dir)
    settings = QSettings(str(data_dir / "bench-settings.ini"), QSettings.Format.IniFormat)
    controller = MainController(app, actor, settings=settings)  # type: ignore[arg-type]
    controller.window.resize(1280, 800)
    _paint_then_quit(controller.window)
    controller.window.show()
    qapp.exec()


def child_measure(data_dir: Path) -> None:
    import psutil
    from PySide6.QtCore import QModelIndex, QSettings

    from inquiry_desk.ui.app_main import make_qapplication
    from inquiry_desk.ui.main_controller import MainController

    qapp = make_qapplication()
    app, actor = _open_app(data_dir)
    settings = QSettings(str(data_dir / "bench-settings.ini"), QSettings.Format.IniFormat)
    ctl = MainController(app, actor, settings=settings)  # type: ignore[arg-type]
    ctl.window.resize(1280, 800)
    ctl.window.show()
    qapp.processEvents()
    view, model, viewport = ctl.register_view, ctl.model, ctl.register_view.table.viewport()

    def keystroke(text: str) -> float:
        view.search.blockSignals(True)  # time one query directly, not the debounce timer
        view.search.setText(text)
        view.search.blockSignals(False)
        start = time.perf_counter()
        ctl.apply_filter()
        viewport.repaint()  # synchronous paint of the visible rows
        return (time.perf_counter() - start) * 1000

    # A warm-up keystroke loads the in-memory index of open cases' names once per change.
    keystroke("P")
    samples: dict[str, float] = {}
    typed = ""
    for ch in "PI-2024-0":
        typed += ch
        samples[typed] = keystroke(typed)
    for name in ("田", "ヤマ", "anna", "schmidt", "zzz-no-match"):
        samples[name] = keystroke(name)
    keystroke("")
    start = time.perf_counter()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    view.table.scrollToBottom()
    viewport.repaint()
    scroll_ms = (time.perf_counter() - start) * 1000
    rows = model.rowCount()
    rss = psutil.Process().memory_info().rss / (1024 * 1024)
    print("RESULT " + json.dumps({"keystrokes_ms": samples, "scroll_ms": scroll_ms,
                                  "rows": rows, "memory_mb": rss}), flush=True)


# --- the parent -------------------------------------------------------------------------------
def build(data_dir: Path) -> dict[str, str]:
    from sqlalchemy import select  # bench only: read the ids the children need

    from inquiry_desk.services.app import App
    from inquiry_desk.services.demo import fill_demo
    from inquiry_desk.store.masterkey import MemoryMasterKeyStore
    from inquiry_desk.store.models import User

    store = MemoryMasterKeyStore()
    app = App.open(data_dir, key_store=store)
    start = time.perf_counter()
    fill_demo(app, cases=CASES, purged=PURGED)
    print(f"built {CASES + PURGED:,} rows in {time.perf_counter() - start:.1f} s", flush=True)
    with app.db.read() as session:
        user_id = session.scalar(select(User.id).where(User.username == "staff"))
    env = {"BENCH_INSTALL_ID": app.install_id, "BENCH_KEY": store.keys[app.install_id].hex(),
           "BENCH_USER_ID": str(user_id)}
    app.close()
    return env


def _run_child(mode: str, data_dir: Path, env: dict[str, str]) -> list[str]:
    full_env = {**os.environ, **env, "QT_QPA_PLATFORM": "offscreen",
                "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    proc = subprocess.run([sys.executable, __file__, mode, str(data_dir)], env=full_env,
                          capture_output=True, text=True, check=False, timeout=300)
    if proc.returncode != 0:
        raise SystemExit(f"{mode} child failed:\n{proc.stdout}\n{proc.stderr}")
    return proc.stdout.splitlines()


def timed_start(mode: str, data_dir: Path, env: dict[str, str]) -> float:
    start = time.time()
    lines = _run_child(mode, data_dir, env)
    paint = next(float(line.split()[1]) for line in lines if line.startswith("PAINT"))
    return (paint - start) * 1000


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="inquiry-desk-bench-") as tmp:
        data_dir = Path(tmp) / "data"
        env = build(data_dir)
        bare, appl = [], []
        for _ in range(RUNS):  # interleaved so that machine noise hits both alike
            bare.append(timed_start("bare", data_dir, env))
            appl.append(timed_start("app", data_dir, env))
        result_line = next(line for line in _run_child("measure", data_dir, env)
                           if line.startswith("RESULT "))
        measured = json.loads(result_line[len("RESULT "):])
    keys = measured["keystrokes_ms"]
    figures = {
        "rows": CASES + PURGED,
        "startup_bare_ms": statistics.median(bare),
        "startup_app_ms": statistics.median(appl),
        "startup_ratio": statistics.median(appl) / statistics.median(bare),
        "keystroke_ms": statistics.median(keys.values()),
        "keystroke_max_ms": max(keys.values()),
        "keystrokes_ms": keys,
        "scroll_to_bottom_ms": measured["scroll_ms"],
        "rows_fetched": measured["rows"],
        "memory_mb": measured["memory_mb"],
    }
    checks = {"startup_ratio": figures["startup_ratio"], "keystroke_ms": figures["keystroke_max_ms"],
              "memory_mb": figures["memory_mb"]}
    figures["targets"] = {k: {"value": round(v, 2), "target": TARGETS[k], "met": v <= TARGETS[k]}
                          for k, v in checks.items()}
    print()
    print(f"{'measure':34} {'value':>12} {'target':>10}")
    print(f"{'start-up, bare QMainWindow':34} {figures['startup_bare_ms']:>9.0f} ms")
    print(f"{'start-up, Inquiry Desk':34} {figures['startup_app_ms']:>9.0f} ms")
    print(f"{'start-up ratio':34} {figures['startup_ratio']:>11.2f}x {'<= 1.5x':>10}")
    print(f"{'search keystroke, median':34} {figures['keystroke_ms']:>9.1f} ms")
    print(f"{'search keystroke, worst':34} {figures['keystroke_max_ms']:>9.1f} ms {'<= 30 ms':>10}")
    print(f"{'scroll to bottom (' + str(measured['rows']) + ' rows)':34} "
          f"{figures['scroll_to_bottom_ms']:>9.0f} ms")
    print(f"{'resident memory':34} {figures['memory_mb']:>9.0f} MB {'<= 250 MB':>10}")
    print()
    print(json.dumps(figures, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] in ("bare", "app", "measure"):
        {"bare": lambda _d: child_bare(), "app": child_app,
         "measure": child_measure}[sys.argv[1]](Path(sys.argv[2]))
    else:
        sys.path.insert(0, str(ROOT))
        main()
