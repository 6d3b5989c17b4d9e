"""Starting the GUI: QApplication, fonts, error handling, instance lock, sign-in, main window.

What paints first needs only Qt and a few light modules: the sign-in dialog, then behind it,
while the person types, the main window (built, not shown) and the database opening on a
worker thread. Once signed in the main window paints at once with its register saying
"Loading…"; the controller takes it over after that paint and fills the register.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

# Not `Qt` here: its namespace takes ~30 ms to load, so it is imported where used, after the
# sign-in dialog's first paint (a bare window never loads it).
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from inquiry_desk import APP_NAME, __version__
from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate
from inquiry_desk.translations import activate_for
from inquiry_desk.ui.widgets.first_paint import AfterFirstPaint

if TYPE_CHECKING:
    from inquiry_desk.services.actors import Actor
    from inquiry_desk.services.app import App
    from inquiry_desk.ui.main_controller import MainController
    from inquiry_desk.ui.main_shell import MainShell

LOG_NAME = "inquiry-desk.log"
LOCK_NAME = "inquiry-desk.lock"
log = logging.getLogger("inquiry_desk.ui")


def _configure_logging(data_dir: Path) -> Path | None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        path = data_dir / LOG_NAME
        # delay: the file appears with the first line logged, so a start that fails quietly
        # (no keyring, a wrong key) leaves no empty log behind.
        handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("inquiry_desk")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def scrub_traceback(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The stack without the exception's message or locals: a message may quote personal data
    (a name in a KeyError, a value in a ValueError), the stack frames never do."""
    frames = "".join(traceback.format_tb(tb))
    # For the support log, in English like Python's own tracebacks: not translated.
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
        text = translate(
            "Startup",
            "Something unexpected went wrong. Your saved work is safe; the last action may not "
            "have completed. If it happens again, please tell IT.",
        )
        if log_path:
            where = translate("Startup", "Details for support were written to {path}.")
            text += "\n\n" + where.format(path=log_path)
        _show(QMessageBox.Icon.Critical, text)

    sys.excepthook = hook


def _show(icon: QMessageBox.Icon, text: str) -> None:
    from PySide6.QtCore import Qt

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
    from inquiry_desk.ui.widgets.fonts import install_ui_font
    from inquiry_desk.ui.widgets.style import apply_style
    from inquiry_desk.ui.widgets.wheel_guard import install_wheel_guard

    install_ui_font(qapp)
    apply_style(qapp)
    from PySide6.QtGui import QIcon

    from inquiry_desk.ui.widgets.resources import APP_ICON

    # Every window's title bar and the taskbar; the desktop entry names the same icon.
    qapp.setWindowIcon(QIcon(str(APP_ICON)))
    install_wheel_guard(qapp)
    from inquiry_desk import translations

    translations.attach()  # Qt's own buttons and dialogs in the language already chosen
    return qapp


def _fatal(text: str) -> int:
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text, QMessageBox.StandardButton.Ok)
    box.exec()  # start-up only: nothing else is running yet, and tests never get here
    return 2


class _Opening(QObject):
    """Imports the services and opens the database on a worker thread, so that the sign-in
    dialog appears at once and the work is done while the person types.

    SQLite connections are made with check_same_thread=False and the keyring may be asked
    from any thread; the App is handed to the GUI thread only after `done` (a queued signal)
    and `wait()`. The main controller's modules are imported here too, for the same reason.
    """

    done = Signal()

    def __init__(self, data_dir: Path, url: str | None) -> None:
        super().__init__()
        self.data_dir, self.url = data_dir, url
        self.app: App | None = None
        self.has_users = True
        self.error: BaseException | None = None
        # Set before `done` is emitted; the thread itself may still be winding down then.
        self._finished = threading.Event()
        self._thread = threading.Thread(target=self._run, name="inquiry-desk-open", daemon=True)
        self._started = False
        self._when_done: list[Callable[[], None]] = []

    def when_done(self, then: Callable[[], None]) -> None:
        """Call `then` on the GUI thread once the database is open (or failed to open)."""
        self._when_done.append(then)

    def start(self) -> None:
        if not self._started:
            self._started = True
            from PySide6.QtCore import Qt

            # Queued: `done` is emitted on the worker thread, `then` must run on this one.
            for then in self._when_done:
                self.done.connect(then, Qt.ConnectionType.QueuedConnection)
            self._thread.start()

    def _run(self) -> None:
        try:
            from inquiry_desk.services.app import App
            from inquiry_desk.ui import main_controller  # noqa: F401  (warms the import only)

            self.app = App.open(self.data_dir, self.url)
            self.has_users = self.app.users.has_users()
        except BaseException as exc:  # handed to the GUI thread, which decides what to show
            self.error = exc
        self._finished.set()
        self.done.emit()

    def wait(self) -> App | None:
        if self._thread.is_alive():
            from PySide6.QtCore import Qt

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._thread.join()
            finally:
                QApplication.restoreOverrideCursor()
        return self.app

    @property
    def ready(self) -> bool:
        """Opened without a problem, with staff accounts to sign in to."""
        return self._finished.is_set() and self.app is not None and self.has_users

    def authenticate(self, username: str, password: str) -> Actor:
        # Signing in before the database is open (a fast typist, a slow disk): wait for it.
        self.start()
        app = self.wait()
        if app is None or not self.has_users:
            raise UserError(
                translate("Startup", "Inquiry Desk is still opening its database. Try again in a moment.")
            )
        return app.users.authenticate(username, password)

    def problem(self) -> str | None:
        """The calm message for a database that could not be opened (None: no problem)."""
        exc = self.error
        if exc is None:
            return None
        if isinstance(exc, UserError):
            return exc.message
        if isinstance(exc, OSError):
            return _unusable_folder(self.data_dir, exc)
        raise exc  # a bug, not a state of the data folder: the excepthook logs it


def _unusable_folder(data_dir: Path, exc: OSError) -> str:
    text = translate("Startup", "The data folder {folder} cannot be used: {reason}.")
    return text.format(folder=data_dir, reason=exc.strerror)


def _remove_what_a_failed_start_made(data_dir: Path, created_dir: bool) -> None:
    """A start that never opened a database leaves nothing behind: not the lock file, and
    not the data folder if this start made it. A log with something in it stays (support
    needs it), and so does the folder holding it."""
    try:
        (data_dir / LOCK_NAME).unlink(missing_ok=True)
        if created_dir:
            data_dir.rmdir()  # only if empty: never anything the person put there
    except OSError:
        pass


def run_gui(data_dir: Path, url: str | None) -> int:
    qapp = make_qapplication()
    activate_for(data_dir)
    created_dir = not data_dir.exists()
    log_path = _configure_logging(data_dir)
    install_excepthook(log_path)
    # Imported after the window system is up so a broken install still gets a dialog. The
    # lock is light (no database): the services and the database open behind the sign-in.
    from inquiry_desk.services.instance_lock import InstanceLock

    lock = InstanceLock(data_dir / LOCK_NAME) if url is None else None
    try:
        if lock is not None:
            lock.acquire()
    except UserError as exc:
        return _fatal(exc.message)
    except OSError as exc:
        return _fatal(_unusable_folder(data_dir, exc))
    opening = _Opening(data_dir, url)
    try:
        return _run_session(qapp, opening)
    finally:
        app = opening.wait()
        if app is not None:
            app.close()
        if lock is not None:
            lock.release()
            if app is None:
                _remove_what_a_failed_start_made(data_dir, created_dir)


def _run_session(qapp: QApplication, opening: _Opening) -> int:
    from inquiry_desk.ui.session.signin_dialog import SignInDialog

    signin = SignInDialog(opening.authenticate)
    behind = _Behind(opening)

    def opened() -> None:
        if not opening.ready:
            signin.reject()  # a problem or an empty database: handled below, not in the dialog
        elif opening.app is not None and opening.app.is_demo:
            signin.show_demo_hint()

    opening.when_done(opened)
    # Started once the dialog is on screen: the worker's imports hold the GIL in long
    # stretches and would delay the first paint; the person is only starting to type then.
    AfterFirstPaint(signin, behind.start, fallback_ms=200)
    accepted = signin.exec() == QDialog.DialogCode.Accepted
    app = opening.wait()
    problem = opening.problem()
    if problem is not None:
        behind.discard()
        return _fatal(problem)
    if app is None:
        behind.discard()
        return 0
    if not opening.has_users:
        from inquiry_desk.domain.enums import Role
        from inquiry_desk.ui.session.signin_dialog import FirstAdminDialog

        first = FirstAdminDialog(lambda user, name, pw: app.users.create(None, user, name, Role.ADMIN, pw))
        if first.exec() != QDialog.DialogCode.Accepted:
            behind.discard()
            return 0
        signin = SignInDialog(app.users.authenticate, demo=app.is_demo)
        accepted = signin.exec() == QDialog.DialogCode.Accepted
    if not accepted or signin.actor is None:
        behind.discard()
        return 0
    actor = signin.actor
    shell = behind.take()
    while True:
        session = _Session(app, actor, shell)
        code = qapp.exec()
        if not session.switching:
            return code
        # Switch user: the closed window's session is over; a colleague signs in.
        session.close()
        signin = SignInDialog(app.users.authenticate, demo=app.is_demo)
        if signin.exec() != QDialog.DialogCode.Accepted or signin.actor is None:
            return 0
        actor, shell = signin.actor, None


class _Behind:
    """What is made while the person types: the main window (built, not shown: nobody sees
    it before signing in) and, after it, the database opening on its worker thread."""

    def __init__(self, opening: _Opening) -> None:
        self.opening = opening
        self.shell: MainShell | None = None

    def start(self) -> None:
        from inquiry_desk.ui.main_shell import MainShell

        # Built before the worker starts: the two would share the GIL and both be slower.
        self.shell = MainShell.build()
        self.opening.start()

    def take(self) -> MainShell | None:
        shell, self.shell = self.shell, None
        return shell

    def discard(self) -> None:
        shell = self.take()
        if shell is not None:
            shell.window.deleteLater()


class _Session:
    """One person's session in the main window: the window paints first (the empty
    register says "Loading…"), then the controller takes it over and fills the register."""

    def __init__(self, app: App, actor: Actor, shell: MainShell | None) -> None:
        from inquiry_desk.ui.main_shell import MainShell

        self.app, self.actor = app, actor
        self.shell = shell or MainShell.build()
        self.controller: MainController | None = None
        self.shell.window.show()
        AfterFirstPaint(self.shell.window, self._take_over)

    def _take_over(self) -> None:
        from inquiry_desk.ui.main_controller import MainController

        app = self.app
        self.controller = controller = MainController(
            app, self.actor, fill_register=False, idle_minutes=app.idle_minutes(), shell=self.shell
        )
        controller.fill_after_first_paint()
        # The due purge runs now and hourly while the app is open (not in tests or
        # screenshots, which build the controller themselves).
        controller.jobs.start_purge_timer()
        controller.jobs.start_intake_poller()

    @property
    def switching(self) -> bool:
        return self.controller is not None and self.controller.switching

    def close(self) -> None:
        self.shell.window.deleteLater()
