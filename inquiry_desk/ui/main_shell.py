"""The main window as it first paints: frame, menus, toolbar and an empty register saying
"Loading…".

Built from Qt's widgets and the register's own modules only (no services, no SQLAlchemy, no
keyring), so that it paints about as soon as a bare window would. The database opens after
that first paint (ui/app_main.py), and MainController takes the shell over once someone has
signed in: it hands the register its service, the lock screen its user, and connects the
menus. Until then the menus do nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSettings

from inquiry_desk import APP_NAME
from inquiry_desk.domain.i18n import translate
from inquiry_desk.ui.main_window import SETTINGS_APP, SETTINGS_ORG, MainWindow
from inquiry_desk.ui.register.model import RegisterModel
from inquiry_desk.ui.register.view import RegisterView
from inquiry_desk.ui.session.idle_lock import LockScreen


@dataclass(eq=False)
class MainShell:
    model: RegisterModel
    register_view: RegisterView
    lock_screen: LockScreen
    window: MainWindow
    # Set at the window's first paint: what waits for it may start at once.
    painted: bool = False

    @classmethod
    def build(cls, settings: QSettings | None = None) -> MainShell:
        model = RegisterModel(None)
        view = RegisterView(model)
        # Nobody is signed in yet: the controller names the user and checks the password.
        lock = LockScreen("", lambda _password: False)
        window = MainWindow(view, lock, settings or QSettings(SETTINGS_ORG, SETTINGS_APP), APP_NAME)
        window.restore_layout()
        view.filter_bar.setVisible(window.filters_action.isChecked())
        window.count_label.setText(translate("MainController", "Loading…"))
        view.show_loading()
        shell = cls(model, view, lock, window)
        window.installEventFilter(_PaintWatch(shell, window))
        return shell


class _PaintWatch(QObject):
    """Marks the shell painted at its first paint, before anything that waits for that paint
    runs (AfterFirstPaint's work is queued after the paint; this flag is set during it)."""

    def __init__(self, shell: MainShell, window: MainWindow) -> None:
        super().__init__(window)
        self._shell = shell

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._shell.painted = True
            watched.removeEventFilter(self)
        return False
