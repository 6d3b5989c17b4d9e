"""What the main window's actions do. Owns the services, the signed-in actor and the model.

Every service call that can refuse (permission, validation, a busy database) goes through
`_guard`, which shows the service's message without a traceback. The register, import and
the intake dialog are wired here. The other parts are built here, handed what they need, and
followed through their signals so that the register, the case tabs and the dashboard agree:
the case tabs (`case_tabs`; a case's working panels by `case_panels`), the dashboard
(`dashboard_tab`), the tool windows (`tool_windows`), printing (`print_actions`), the import
file dialogs (`import_files`), and the scheduled purge and intake poller (`scheduled_jobs`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from inquiry_desk.domain.deadlines import due_soon_label
from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import in_language, translate
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.views import NewCase
from inquiry_desk.ui.about_box import show_about
from inquiry_desk.ui.case.panels import CLOCK_TAB as CLOCK_TAB  # re-exported: tests, screenshots
from inquiry_desk.ui.case.panels import FEES_TAB as FEES_TAB
from inquiry_desk.ui.case.panels import IDENTITY_TAB as IDENTITY_TAB
from inquiry_desk.ui.case.panels import POST_TAB as POST_TAB
from inquiry_desk.ui.case.tabs import CaseTabs
from inquiry_desk.ui.case.view import CaseView
from inquiry_desk.ui.dashboard.tab import DashboardTab
from inquiry_desk.ui.intake.import_controller import ImportController, install_drop_target
from inquiry_desk.ui.intake.import_files import ImportFilePicker
from inquiry_desk.ui.main_shell import MainShell
from inquiry_desk.ui.main_window import window_title
from inquiry_desk.ui.printing.actions import PrintActions
from inquiry_desk.ui.register.view import OPEN
from inquiry_desk.ui.scheduled_jobs import ScheduledJobs
from inquiry_desk.ui.session.idle_lock import DEFAULT_IDLE_MINUTES, IdleWatcher, WindowLock
from inquiry_desk.ui.tool_windows import ToolWindows
from inquiry_desk.ui.widgets.first_paint import AfterFirstPaint
from inquiry_desk.ui.widgets.notify import Notifier
from inquiry_desk.ui.widgets.unsaved import holds_unsaved_input
from inquiry_desk.ui.widgets.wheel_guard import install_wheel_guard

if TYPE_CHECKING:
    from inquiry_desk.services.intake.importer import ImportResult, ImportService
    from inquiry_desk.services.lifecycle.services import Lifecycle
    from inquiry_desk.ui.dashboard.widget import DashboardWidget

T = TypeVar("T")


class MainController:
    def __init__(
        self,
        app: App,
        actor: Actor,
        *,
        settings: QSettings | None = None,
        notifier: Notifier | None = None,
        idle_minutes: float = DEFAULT_IDLE_MINUTES,
        today: Callable[[], date] | None = None,
        fill_register: bool = True,
        shell: MainShell | None = None,
    ) -> None:
        """`shell` is the main window already on screen (built before the database opened,
        ui/main_shell.py); without one the controller builds its own. `fill_register=False`
        leaves the register empty ("Loading…"): the start-up path shows the window first and
        then calls `fill_after_first_paint`. Tests and tools keep the default and get a
        filled register at once."""
        # Before any widget exists: tests and screenshots build the controller without
        # make_qapplication, and their combo boxes must ignore a stray wheel too.
        install_wheel_guard()
        self.app = app
        self.actor = actor
        # The services' clock by default, so the register's "days left" agrees with them.
        self.today = today or app.cases.today
        self.notifier = notifier or Notifier()
        self.shell = shell or MainShell.build(settings)
        self.window = self.shell.window
        self.settings = self.window.settings
        self.model = self.shell.model
        self.model.attach(app.register, self.today)
        self.model.names_failed.connect(self._status)
        self.register_view = self.shell.register_view
        self.register_view.set_me(actor.user_id, actor.can(Permission.APPROVE))
        name = actor.display_name or actor.username
        self.lock_screen = self.shell.lock_screen
        self.lock_screen.set_user(name, self._verify_password)
        self.window.setWindowTitle(window_title(name, actor.role, app.is_demo))
        self.window.db_label.setText(
            translate("MainController", "Database: {location}").format(location=app.location)
        )
        self.window.user_label.setText(
            translate("MainController", "Signed in: {name}").format(name=name)
            if name.endswith(f"({actor.role})")
            else translate("MainController", "Signed in: {name} ({role})").format(
                name=name, role=translate("Actor", actor.role)
            )
        )
        self.window_lock = WindowLock(self.window, self.lock_screen)
        # Set when the window closes for someone else to sign in (File → Switch user).
        self.switching = False
        self.intake: QDialog | None = None
        self._lifecycle: Lifecycle | None = None
        self.case_tabs = CaseTabs(
            app.cases,
            actor,
            self.window.tabs,
            self._guard,
            self.today,
            lambda: self.lifecycle,
            lambda: app.edits,
            lambda: app.records,
            lambda: app.portable,
            lambda: app.merging,
            lambda: app.review,
        )
        self.tools = ToolWindows(app, actor, self.window, self.notifier, self._guard, lambda: self.lifecycle)
        self.dialogs = self.tools.windows  # tool windows by name: a second click raises the open one
        self.printing = PrintActions(self.tools, self.settings, self._status)
        self.jobs = ScheduledJobs(app, actor, self.window, self._status)
        self.dashboard_tab: DashboardTab | None = None
        self.dashboard: DashboardWidget | None = None
        self.importer = ImportController(self._import_service, actor, self.window, status=self._status)
        self.importer.open_case.connect(self.case_tabs.open_case)
        self.importer.finished.connect(self._imported)
        if actor.can(Permission.IMPORT):
            install_drop_target(self.window, self.importer)
        self.file_picker = ImportFilePicker(self.window, self.settings, self.importer.import_paths)
        self._connect()
        self._follow_helpers()
        self._apply_permissions()
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        if fill_register:
            self.model.reload()
        else:
            self.window.count_label.setText(translate("MainController", "Loading…"))
        if actor.can(Permission.REPORT):
            self.dashboard_tab = DashboardTab(
                app.reports, actor, self.window, self.notifier, self.today, self._status
            )
            self.dashboard = self.dashboard_tab.widget
            self.dashboard.open_case.connect(self.case_tabs.open_case)
        self.idle = IdleWatcher(idle_minutes, self.window)
        self.idle.idle.connect(self.window_lock.lock)
        app_instance = QApplication.instance()
        if app_instance is not None:
            self.idle.start(app_instance)
            self.window.closing.connect(lambda: self.idle.stop(app_instance))
        self.window.closing.connect(self._shutdown)
        self.window.unsaved_input = self.has_unsaved_input

    def _connect(self) -> None:
        w = self.window
        w.new_action.triggered.connect(self.new_inquiry)
        w.quit_action.triggered.connect(self.quit)
        w.lock_action.triggered.connect(lambda: self.window_lock.lock(manual=True))
        w.switch_user_action.triggered.connect(self.switch_user)
        self.lock_screen.switch_user.connect(self.switch_user)
        w.open_action.triggered.connect(self.open_selected)
        w.refresh_action.triggered.connect(self.refresh)
        w.close_case_action.triggered.connect(lambda: self.case_tabs.close(w.tabs.currentIndex()))
        w.tabs.tabCloseRequested.connect(self.case_tabs.close)
        w.filters_action.toggled.connect(self.register_view.filter_bar.setVisible)
        w.all_cases_action.triggered.connect(self.register_view.clear_filters)
        w.open_cases_action.triggered.connect(lambda: self.register_view.set_quick_filter(OPEN))
        w.overdue_action.triggered.connect(lambda: self.register_view.set_quick_filter(None, "overdue"))
        w.due_soon_action.triggered.connect(lambda: self.register_view.set_quick_filter(None, "due_soon"))
        for action, awaiting in (
            (w.awaiting_me_action, "me"),
            (w.awaiting_approval_action, "approval"),
            (w.awaiting_applicant_action, "applicant"),
        ):
            action.triggered.connect(
                lambda _checked=False, a=awaiting: self.register_view.set_quick_filter(awaiting=a)
            )
        w.clear_filters_action.triggered.connect(self.register_view.clear_filters)
        w.focus_search_action.triggered.connect(self.focus_search)
        w.about_action.triggered.connect(self.about)
        w.import_action.triggered.connect(self.file_picker.ask_files)
        w.import_folder_action.triggered.connect(self.file_picker.ask_folder)
        w.print_preview_action.triggered.connect(self.print_preview)
        w.merge_case_action.triggered.connect(self.merge_current_case)
        w.batch_print_action.triggered.connect(self.printing.batch_print)
        w.dashboard_action.triggered.connect(self.show_dashboard)
        w.audit_action.triggered.connect(self.tools.show_audit_log)
        w.users_action.triggered.connect(self.tools.show_users)
        w.purge_action.triggered.connect(self.tools.show_purge)
        w.settings_action.triggered.connect(self.tools.show_settings)
        w.language_action.triggered.connect(self.tools.show_language)
        w.tabs.currentChanged.connect(lambda _index: self._update_case_actions())
        self.register_view.filter_changed.connect(self.apply_filter)
        self.register_view.case_activated.connect(self.case_tabs.open_case)
        self.lock_screen.unlocked.connect(self.window_lock.unlock)

    def _follow_helpers(self) -> None:
        """What the helpers change, the register, the case tabs and the dashboard follow."""
        self.case_tabs.case_changed.connect(self._data_changed)
        self.case_tabs.tab_updated.connect(self._update_case_actions)
        self.tools.cases_changed.connect(self._cases_purged_or_held)
        self.tools.deadlines_saved.connect(self.refresh)
        self.tools.idle_minutes_saved.connect(lambda minutes: self.idle.timer.setInterval(minutes * 60_000))
        self.printing.case_printed.connect(self._after_printing)
        self.printing.batch_printed.connect(self.refresh)
        self.jobs.cases_purged.connect(self._cases_purged_or_held)
        self.jobs.intake_imported.connect(self._data_changed)

    def _apply_permissions(self) -> None:
        # A courtesy only: the services refuse these anyway.
        w, can = self.window, self.actor.can
        w.new_action.setVisible(can(Permission.CREATE_CASE))
        w.open_action.setEnabled(can(Permission.VIEW_PERSONAL))
        w.import_action.setVisible(can(Permission.IMPORT))
        w.import_folder_action.setVisible(can(Permission.IMPORT))
        w.print_preview_action.setVisible(can(Permission.PRINT))
        w.merge_case_action.setVisible(can(Permission.EDIT_CASE))
        w.batch_print_action.setVisible(can(Permission.PRINT))
        w.dashboard_action.setVisible(can(Permission.REPORT))
        w.audit_action.setVisible(can(Permission.READ_AUDIT))
        w.users_action.setVisible(can(Permission.MANAGE_USERS))
        # Retention is a manager's job (legal holds, early purges); admins run the scheduled one.
        w.purge_action.setVisible(can(Permission.LEGAL_HOLD))
        w.settings_action.setVisible(can(Permission.CHANGE_SETTINGS))
        w.tools_menu.menuAction().setVisible(any(a.isVisible() for a in w.tools_menu.actions()))
        self._update_case_actions()

    def _update_case_actions(self) -> None:
        view = self.case_tabs.current()
        self.window.print_preview_action.setEnabled(view is not None and not view.purged)
        self.window.merge_case_action.setEnabled(view is not None and view.mergeable)

    def merge_current_case(self) -> None:
        view = self.case_tabs.current()
        if view is not None and view.mergeable:
            self.case_tabs.merge_case(view)

    def _status(self, text: str, msecs: int = 8000) -> None:
        self.window.statusBar().showMessage(text, msecs)

    def _guard(self, title: str, call: Callable[[], T]) -> T | None:
        try:
            return call()
        except UserError as exc:
            self.notifier.error(self.window, title, exc.message)
            return None

    # --- register ---------------------------------------------------------------------------
    def apply_filter(self) -> None:
        flt = self.register_view.current_filter()
        self._guard(translate("MainController", "Register"), lambda: self.model.set_filter(flt))

    def _label_due_soon(self) -> None:
        """The "due soon" window is a manager's setting: the menu and the filter say it."""
        days = self._guard(translate("MainController", "Register"), self.app.register.due_soon_days)
        if days is None:
            return
        label = due_soon_label(days)
        # Japanese menus put the access key after the text: 3日以内に期限(&D).
        self.window.due_soon_action.setText(in_language("&" + label, label + "(&D)"))
        due = self.register_view.due
        due.setItemText(due.findData("due_soon"), label)

    def refresh(self) -> None:
        self._label_due_soon()
        self._data_changed(self.case_tabs.views())

    def _data_changed(self, views: Iterable[CaseView] = ()) -> None:
        """Cases changed: the register (keeping its selection), these case tabs and the dashboard follow."""
        self._reload_register()
        for view in views:
            self.case_tabs.reload(view)
        self._mark_dashboard_stale()

    def _reload_register(self) -> None:
        selected = self.register_view.current_row()
        self._guard(translate("MainController", "Register"), self.model.reload)
        if selected is not None:
            self.register_view.select_ref(selected.ref)

    def focus_search(self) -> None:
        self.window.tabs.setCurrentIndex(0)
        self.window.filters_action.setChecked(True)
        self.register_view.search.setFocus()
        self.register_view.search.selectAll()

    def fill_after_first_paint(self) -> None:
        """Query the register once the window has painted: a person sees the window (menus,
        search box, "Loading…") at once instead of after the first query and the decryption
        of the open cases' names."""
        if self.shell.painted:  # the window was on screen before the database opened
            QTimer.singleShot(0, self.window, self.fill_register)
        else:
            AfterFirstPaint(self.window, self.fill_register)

    def fill_register(self) -> None:
        if not self.model.loaded:
            self._label_due_soon()
            self._guard(translate("MainController", "Register"), self.model.reload)

    def _update_count(self) -> None:
        total = self.model.total
        if self.model.more_than is not None:
            # A search stops counting there (services/cases/register_search.py).
            text = translate("MainController", "More than {total} cases")
            self.window.count_label.setText(text.format(total=f"{self.model.more_than:,}"))
            return
        # Not %n: the count is written with a thousands separator.
        self.window.count_label.setText(
            (
                translate("MainController", "{total} case")
                if total == 1
                else translate("MainController", "{total} cases")
            ).format(total=f"{total:,}")
        )

    # --- case tabs (case_tabs) -----------------------------------------------------------

    def open_selected(self) -> None:
        row = self.register_view.current_row()
        if row is not None:
            self.case_tabs.open_case(row.ref)

    @property
    def lifecycle(self) -> Lifecycle:

        if self._lifecycle is None:
            self._lifecycle = self.app.lifecycle
        return self._lifecycle

    # --- dashboard (dashboard_tab) ------------------------------------------------------
    def show_dashboard(self) -> None:
        if self.dashboard_tab is not None:
            self.dashboard_tab.show()

    def _mark_dashboard_stale(self) -> None:
        if self.dashboard_tab is not None:
            self.dashboard_tab.mark_stale()

    # --- tool windows and printing (tool_windows, print_actions) -------------------------

    def print_preview(self) -> QWidget | None:
        return self.printing.print_preview(self.case_tabs.current())

    def _cases_purged_or_held(self) -> None:
        self._data_changed(self.case_tabs.views())

    def _after_printing(self, view: CaseView) -> None:
        if view in self.case_tabs.views():
            self.case_tabs.reload(view)

    # --- import (import_files, import_controller) -----------------------------------------

    def _import_service(self) -> ImportService:
        from inquiry_desk.services.intake.importer import ImportService

        return ImportService(self.app)

    def _imported(self, results: list[ImportResult]) -> None:
        touched = {r.ref for r in results if r.ref}
        self._data_changed(view for view in self.case_tabs.views() if view.ref in touched)

    # --- scheduled purge, watched folder and mailbox (scheduled_jobs) ------------------------

    def has_unsaved_input(self) -> bool:
        """Whether closing the window would lose something typed: in a case tab (its panels,
        an action dialog, a note), in the new inquiry, or in a tool window (the settings)."""
        forms: list[QWidget] = [*self.case_tabs.views(), *self.tools.windows.values()]
        if self.intake is not None:
            forms.append(self.intake)
        # Hidden ones count too: the idle lock hides dialogs and shows them again on unlock.
        return any(holds_unsaved_input(form) for form in forms)

    def _shutdown(self) -> None:
        # A running import or purge finishes its current transaction before the App closes.
        self.importer.shutdown()
        self.jobs.stop()

    # --- new inquiry ------------------------------------------------------------------------
    def new_inquiry(self) -> QDialog:
        # Imported on first use: keeps start-up lean (the dialog pulls in the whole form).
        from inquiry_desk.ui.intake.dialog import IntakeDialog

        if self.intake is not None and self.intake.isVisible():
            self.intake.raise_()
            return self.intake
        dialog = IntakeDialog(self.submit_case, self.today, self.window)
        dialog.case_created.connect(self._case_created)
        dialog.finished.connect(lambda _result: self._intake_closed(dialog))
        self.intake = dialog
        dialog.open()
        return dialog

    def _intake_closed(self, dialog: QDialog) -> None:
        # Forgotten before it is deleted: a later Ctrl+N or window close must not touch it.
        if self.intake is dialog:
            self.intake = None
        dialog.deleteLater()

    def submit_case(self, new: NewCase) -> str:
        return self.app.cases.create(self.actor, new)

    def _case_created(self, ref: str) -> None:
        self._mark_dashboard_stale()
        self.window.statusBar().showMessage(
            translate("MainController", "{ref} logged.").format(ref=ref), 8000
        )
        self._guard(translate("MainController", "Register"), self.model.reload)
        self.register_view.select_ref(ref)
        self.case_tabs.open_case(ref)

    # --- idle lock ----------------------------------------------------------------------

    def _verify_password(self, password: str) -> bool:
        try:
            return self.app.users.verify_password(self.actor, password)
        except UserError:
            return False

    # --- ending the session ---------------------------------------------------------------
    def quit(self) -> None:
        self.switching = False
        self.window.close()

    def switch_user(self) -> None:
        """Sign out so that a colleague signs in on this PC, without quitting: the window
        closes as on Quit (asking first about anything typed), and the sign-in comes back."""
        self.switching = True
        self.window.close()

    # --- help -------------------------------------------------------------------------
    def about(self) -> QMessageBox:
        return show_about(self.window)
