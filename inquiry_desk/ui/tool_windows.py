"""The main window's tool windows, by name: audit log, staff accounts, purge and retention,
lifecycle settings (and, through `print_actions`, the print windows).

A second click on a menu item raises the window that is already open instead of opening
another. Windows are shown, never `exec()`ed: the main window stays usable and tests drive
them. What a tool changes that the main window shows (cases purged or put on hold, new
deadlines, a new idle limit) comes back as a signal for the controller to follow.

Each dialog's module is imported when it is first opened, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from inquiry_desk.domain.i18n import translate
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.ui.widgets.guard import Guard
from inquiry_desk.ui.widgets.notify import Notifier
from inquiry_desk.ui.widgets.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from inquiry_desk.services.lifecycle.services import Lifecycle


class ToolWindows(QObject):
    cases_changed = Signal()  # the purge panel purged a case or changed a legal hold
    deadlines_saved = Signal()  # due dates moved: the register and case tabs follow
    idle_minutes_saved = Signal(int)  # the new idle limit, in minutes

    def __init__(
        self,
        app: App,
        actor: Actor,
        window: QWidget,
        notifier: Notifier,
        guard: Guard,
        lifecycle: Callable[[], Lifecycle],
    ) -> None:
        super().__init__(window)
        self.app = app
        self.actor = actor
        self.window = window
        self.notifier = notifier
        self._guard = guard
        self._lifecycle = lifecycle
        self.windows: dict[str, QWidget] = {}  # open tool windows by name

    def show(self, name: str, make: Callable[[], QWidget], title: str | None = None) -> QWidget | None:
        """``name`` keys the open window (tests look it up); ``title`` heads an error box."""
        existing = self.windows.get(name)
        if existing is not None and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
        widget = self._guard(title or name, make)
        if widget is None:
            return None
        self.windows[name] = widget
        if isinstance(widget, QDialog):
            widget.finished.connect(lambda _r, n=name, wd=widget: self._forget(n, wd))
        widget.show()  # never exec(): tests drive these and the window stays usable
        return widget

    def _forget(self, name: str, widget: QWidget) -> None:
        if self.windows.get(name) is widget:
            del self.windows[name]
        widget.deleteLater()

    def show_audit_log(self) -> QWidget | None:
        from inquiry_desk.ui.admin.audit_view import AuditDialog

        return self.show(
            "Audit log",
            lambda: AuditDialog(self.app.audit_log, self.actor, self.window),
            translate("ToolWindows", "Audit log"),
        )

    def show_users(self) -> QWidget | None:
        from inquiry_desk.ui.admin.users_dialog import UsersDialog

        return self.show(
            "Staff accounts",
            lambda: UsersDialog(self.app.users, self.actor, self.window),
            translate("ToolWindows", "Staff accounts"),
        )

    def show_purge(self) -> QWidget | None:
        return self.show(
            "Purge and retention", self._make_purge_dialog, translate("ToolWindows", "Purge and retention")
        )

    def show_settings(self) -> QWidget | None:
        from inquiry_desk.ui.settings.dialog import SettingsDialog

        def make() -> QDialog:
            dialog = SettingsDialog(
                self._lifecycle().rules,
                self.actor,
                self.window,
                register=self.app.processing_register,
                mail=self.app.outgoing_mail,
            )
            # New deadlines move due dates: the register, open case tabs and dashboard follow.
            dialog.deadlines_saved.connect(lambda _changed: self.deadlines_saved.emit())
            # The new idle limit applies to this window at once, not only at the next sign-in.
            dialog.idle_minutes_saved.connect(self.idle_minutes_saved)
            return dialog

        return self.show("Lifecycle settings", make, translate("ToolWindows", "Lifecycle settings"))

    def show_language(self) -> QWidget | None:
        from inquiry_desk.ui.settings.language_dialog import TITLE, LanguageDialog

        return self.show("Language", lambda: LanguageDialog(self.app.language, self.window), TITLE)

    def _make_purge_dialog(self) -> QDialog:
        from inquiry_desk.ui.admin.purge_panel import PurgePanel

        dialog = QDialog(self.window)
        dialog.setObjectName("purgeDialog")
        dialog.setWindowTitle(translate("ToolWindows", "Purge and retention"))
        panel = PurgePanel(self.app.purge, self.actor, self.notifier, dialog)
        panel.changed.connect(self.cases_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(panel, 1)
        layout.addWidget(buttons)
        fit_to_screen(dialog, 980, 640)
        dialog.setProperty("panel", panel)
        return dialog
