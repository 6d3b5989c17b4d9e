"""Starting the GUI: QApplication, fonts, error handling, instance lock, sign-in, main window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from inquiry_desk import APP_NAME, __version__
from inquiry_desk.domain.errors import UserError

LOG_NAME = "inquiry-desk.log"
LOCK_NAME = "inquiry-desk.lock"
log = logging.getLogger("inquiry_desk.ui")


def _configure_logging(data_dir: Path) -> Path | None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        path = data_dir / LOG_NAME
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("inquiry_desk")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def scrub_traceback(exc_type: type[BaseException], exc: BaseException,
                    tb: TracebackType | None) -> str:
    """The stack without the exception's message or locals: a message may quote personal data
    (a name in a KeyError, a value in a ValueError), the stack frames never do."""
    frames = "".join(traceback.format_tb(tb))
    return f"Traceback (most recent call last):\n{frames}{exc_type.__module__}.{exc_type.__qualname__}"


def install_excepthook(log_path: Path | None) -> None:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, UserError):  # a refusal that escaped a handler: show it as it is
            _show(QMessageBox.Icon.Warning, exc.message)
            return
        log.error("unexpected error\n%s", scrub_traceback(exc_type, exc, tb))
        where = f"\n\nDetails for support were written to {log_path}." if log_path else ""
        _show(QMessageBox.Icon.Critical,
              "Something unexpected went wrong. Your saved work is safe; the last action may not "
              f"have completed. If it happens again, please tell IT.{where}")

    sys.excepthook = hook


def _show(icon: QMessageBox.Icon, text: str) -> None:
    box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # non-blocking: an error inside a slot must not start a nested event loop


def make_qapplication() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("ZenGroup")
    QCoreApplication.setApplicationName("InquiryDesk")
    QCoreApplication.setApplicationVersion(__version__)
    qapp = QApplication(sys.argv[:1])
    qapp.setApplicationDisplayName(APP_NAME)
    qapp.setStyle("Fusion")  # the same calm look on Windows, Linux and macOS
    from inquiry_desk.ui.fonts import install_ui_font
    from inquiry_desk.ui.style import apply_style

    install_ui_font(qapp)
    apply_style(qapp)
    return qapp


def _fatal(text: str) -> int:
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text, QMessageBox.StandardButton.Ok)
    box.exec()  # start-up only: nothing else is running yet, and tests never get here
    return 2


def run_gui(data_dir: Path, url: str | None) -> int:
    qapp = make_qapplication()
    log_path = _configure_logging(data_dir)
    install_excepthook(log_path)
    # Imported after the window system is up so a broken install still gets a dialog.
    from inquiry_desk.services.app import App
    from inquiry_desk.services.instance import InstanceLock

    lock = InstanceLock(data_dir / LOCK_NAME) if url is None else None
    try:
        if lock is not None:
            lock.acquire()
        app = App.open(data_dir, url)
    except UserError as exc:
        if lock is not None:
            lock.release()
        return _fatal(exc.message)
    except OSError as exc:
        return _fatal(f"The data folder {data_dir} cannot be used: {exc.strerror}.")
    try:
        return _run_session(qapp, app)
    finally:
        app.close()
        if lock is not None:
            lock.release()


def _run_session(qapp: QApplication, app: object) -> int:
    from inquiry_desk.services.app import App
    from inquiry_desk.ui.main_controller import MainController
    from inquiry_desk.ui.signin_dialog import FirstAdminDialog, SignInDialog

    assert isinstance(app, App)
    if not app.users.has_users():
        from inquiry_desk.domain.enums import Role

        first = FirstAdminDialog(lambda user, name, pw: app.users.create(None, user, name,
                                                                          Role.ADMIN, pw))
        if first.exec() != QDialog.DialogCode.Accepted:
            return 0
    signin = SignInDialog(app.users.authenticate, demo=app.is_demo)
    if signin.exec() != QDialog.DialogCode.Accepted or signin.actor is None:
        return 0
    controller = MainController(app, signin.actor)
    controller.window.show()
    # The due purge runs now and hourly while the app is open (not in tests or screenshots,
    # which build the controller themselves).
    controller.start_purge_timer()
    return qapp.exec()
