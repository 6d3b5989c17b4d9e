"""What the main window's actions do. Owns the services, the signed-in actor and the model.

Every service call that can refuse (permission, validation, a busy database) goes through
`_guard`, which shows the service's message without a traceback. The dashboard, the admin
dialogs, import, printing and the scheduled purge are built here and handed to the
layout-only views; the working panels of a case are built by `case_panels`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk import APP_NAME, __version__
from inquiry_desk.domain.deadlines import due_soon_label
from inquiry_desk.domain.enums import CaseState
from inquiry_desk.domain.errors import UserError
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.app import App
from inquiry_desk.services.case_views import CaseDetail, NewCase
from inquiry_desk.ui.app_main import AfterFirstPaint
from inquiry_desk.ui.case_panels import CLOCK_TAB as CLOCK_TAB  # re-exported: tests, screenshots
from inquiry_desk.ui.case_panels import FEES_TAB as FEES_TAB
from inquiry_desk.ui.case_panels import IDENTITY_TAB as IDENTITY_TAB
from inquiry_desk.ui.case_panels import POST_TAB as POST_TAB
from inquiry_desk.ui.case_panels import add_case_panels
from inquiry_desk.ui.case_view import CaseView
from inquiry_desk.ui.fonts import BUNDLED_FONTS
from inquiry_desk.ui.idle_lock import DEFAULT_IDLE_MINUTES, IdleWatcher, LockScreen, WindowLock
from inquiry_desk.ui.import_controller import ImportController, install_drop_target
from inquiry_desk.ui.main_window import SETTINGS_APP, SETTINGS_ORG, MainWindow, window_title
from inquiry_desk.ui.notify import Notifier
from inquiry_desk.ui.register_model import RegisterModel
from inquiry_desk.ui.register_view import OPEN, RegisterView

if TYPE_CHECKING:
    from inquiry_desk.services.importer import ImportResult, ImportService
    from inquiry_desk.services.lifecycle import Lifecycle
    from inquiry_desk.services.purge import PurgeReceipt
    from inquiry_desk.ui.dashboard import DashboardWidget
    from inquiry_desk.ui.intake_poller import IntakePoller, PollSummary
    from inquiry_desk.ui.purge_timer import PurgeTimer

T = TypeVar("T")

LAST_IMPORT_DIR_KEY = "import/last_dir"


def database_location(app: App) -> str:
    if app.db.path is not None:
        return str(app.db.path)
    return re.sub(r"//[^@/]*@", "//", app.db.url)  # never show a server password


class MainController:
    def __init__(self, app: App, actor: Actor, *, settings: QSettings | None = None,
                 notifier: Notifier | None = None, idle_minutes: float = DEFAULT_IDLE_MINUTES,
                 today: Callable[[], date] | None = None, fill_register: bool = True) -> None:
        """`fill_register=False` builds the window with an empty register ("Loading…"):
        the start-up path shows the window first and then calls `fill_after_first_paint`.
        Tests and tools keep the default and get a filled register at once."""
        self.app = app
        self.actor = actor
        # The services' clock by default, so the register's "days left" agrees with them.
        self.today = today or app.cases.today
        self.notifier = notifier or Notifier()
        self.settings = settings or QSettings(SETTINGS_ORG, SETTINGS_APP)
        self.model = RegisterModel(app.register, self.today)
        self.register_view = RegisterView(self.model)
        self.register_view.set_me(actor.user_id, actor.can(Permission.APPROVE))
        name = actor.display_name or actor.username
        self.lock_screen = LockScreen(name, self._verify_password)
        self.window = MainWindow(self.register_view, self.lock_screen, self.settings,
                                 window_title(name, actor.role, app.is_demo))
        self.window.db_label.setText(f"Database: {database_location(app)}")
        self.window.user_label.setText(f"Signed in: {name}" + ("" if name.endswith(f"({actor.role})")
                                                                else f" ({actor.role})"))
        self.window_lock = WindowLock(self.window, self.lock_screen)
        self.intake: QDialog | None = None
        # Dialogs and tool windows by name: a second click raises the open one.
        self.dialogs: dict[str, QWidget] = {}
        self.file_dialog: QFileDialog | None = None
        self._lifecycle: Lifecycle | None = None
        self.dashboard: DashboardWidget | None = None
        self._dashboard_stale = True
        self.purge_timer: PurgeTimer | None = None
        self.intake_poller: IntakePoller | None = None
        self.importer = ImportController(self._import_service, actor, self.window,
                                         status=self._status)
        self.importer.open_case.connect(self.open_case)
        self.importer.finished.connect(self._imported)
        if actor.can(Permission.IMPORT):
            install_drop_target(self.window, self.importer)
        self._connect()
        self._apply_permissions()
        self.window.restore_layout()
        self.register_view.filter_bar.setVisible(self.window.filters_action.isChecked())
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        if fill_register:
            self.model.reload()
        else:
            self.window.count_label.setText("Loading…")
        if actor.can(Permission.REPORT):
            self._build_dashboard()
        self.idle = IdleWatcher(idle_minutes, self.window)
        self.idle.idle.connect(self.lock)
        app_instance = QApplication.instance()
        if app_instance is not None:
            self.idle.start(app_instance)
            self.window.closing.connect(lambda: self.idle.stop(app_instance))
        self.window.closing.connect(self._shutdown)

    def _connect(self) -> None:
        w = self.window
        w.new_action.triggered.connect(self.new_inquiry)
        w.quit_action.triggered.connect(w.close)
        w.lock_action.triggered.connect(self.lock)
        w.open_action.triggered.connect(self.open_selected)
        w.refresh_action.triggered.connect(self.refresh)
        w.close_case_action.triggered.connect(lambda: self.close_tab(w.tabs.currentIndex()))
        w.tabs.tabCloseRequested.connect(self.close_tab)
        w.filters_action.toggled.connect(self.register_view.filter_bar.setVisible)
        w.all_cases_action.triggered.connect(self.register_view.clear_filters)
        w.open_cases_action.triggered.connect(lambda: self.register_view.set_quick_filter(OPEN))
        w.overdue_action.triggered.connect(
            lambda: self.register_view.set_quick_filter(None, "overdue"))
        w.due_soon_action.triggered.connect(
            lambda: self.register_view.set_quick_filter(None, "due_soon"))
        for action, awaiting in ((w.awaiting_me_action, "me"), (w.awaiting_approval_action, "approval"),
                                 (w.awaiting_applicant_action, "applicant")):
            action.triggered.connect(
                lambda _checked=False, a=awaiting: self.register_view.set_quick_filter(awaiting=a))
        w.clear_filters_action.triggered.connect(self.register_view.clear_filters)
        w.focus_search_action.triggered.connect(self.focus_search)
        w.about_action.triggered.connect(self.about)
        w.import_action.triggered.connect(self.ask_import_files)
        w.import_folder_action.triggered.connect(self.ask_import_folder)
        w.print_preview_action.triggered.connect(self.print_preview)
        w.batch_print_action.triggered.connect(self.batch_print)
        w.dashboard_action.triggered.connect(self.show_dashboard)
        w.audit_action.triggered.connect(self.show_audit_log)
        w.users_action.triggered.connect(self.show_users)
        w.purge_action.triggered.connect(self.show_purge)
        w.settings_action.triggered.connect(self.show_settings)
        w.tabs.currentChanged.connect(self._tab_changed)
        self.register_view.filter_changed.connect(self.apply_filter)
        self.register_view.case_activated.connect(self.open_case)
        self.lock_screen.unlocked.connect(self.unlock)

    def _apply_permissions(self) -> None:
        # A courtesy only: the services refuse these anyway.
        w, can = self.window, self.actor.can
        w.new_action.setVisible(can(Permission.CREATE_CASE))
        w.open_action.setEnabled(can(Permission.VIEW_PERSONAL))
        w.import_action.setVisible(can(Permission.IMPORT))
        w.import_folder_action.setVisible(can(Permission.IMPORT))
        w.print_preview_action.setVisible(can(Permission.PRINT))
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
        view = self.current_case_view()
        self.window.print_preview_action.setEnabled(view is not None and not view.purged)

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
        self._guard("Register", lambda: self.model.set_filter(flt))

    def _label_due_soon(self) -> None:
        """The "due soon" window is a manager's setting: the menu and the filter say it."""
        days = self._guard("Register", self.app.register.due_soon_days)
        if days is None:
            return
        label = due_soon_label(days)
        self.window.due_soon_action.setText("&" + label)
        due = self.register_view.due
        due.setItemText(due.findData("due_soon"), label)

    def refresh(self) -> None:
        self._label_due_soon()
        selected = self.register_view.current_row()
        self._guard("Register", self.model.reload)
        if selected is not None:
            self.register_view.select_ref(selected.ref)
        for view in self.case_views():
            self.reload_case(view)
        self._mark_dashboard_stale()

    def focus_search(self) -> None:
        self.window.tabs.setCurrentIndex(0)
        self.window.filters_action.setChecked(True)
        self.register_view.search.setFocus()
        self.register_view.search.selectAll()

    def fill_after_first_paint(self) -> None:
        """Query the register once the window has painted: a person sees the window (menus,
        search box, "Loading…") at once instead of after the first query and the decryption
        of the open cases' names."""
        AfterFirstPaint(self.window, self.fill_register)

    def fill_register(self) -> None:
        if not self.model.loaded:
            self._label_due_soon()
            self._guard("Register", self.model.reload)

    def _update_count(self) -> None:
        total = self.model.total
        self.window.count_label.setText(f"{total:,} case{'s' if total != 1 else ''}")

    # --- cases --------------------------------------------------------------------------
    def case_views(self) -> list[CaseView]:
        tabs = self.window.tabs
        return [w for i in range(tabs.count()) if isinstance(w := tabs.widget(i), CaseView)]

    def open_selected(self) -> None:
        row = self.register_view.current_row()
        if row is not None:
            self.open_case(row.ref)

    def current_case_view(self) -> CaseView | None:
        widget = self.window.tabs.currentWidget()
        return widget if isinstance(widget, CaseView) else None

    def open_case(self, ref: str) -> CaseView | None:
        for view in self.case_views():
            if view.ref == ref:
                self.window.tabs.setCurrentWidget(view)
                return view
        detail = self._guard("Open case", lambda: self.app.cases.get(self.actor, ref))
        if detail is None:
            return None
        view = CaseView(detail, self, self.today())
        if detail.state is not CaseState.PURGED and self.actor.can(Permission.VIEW_PERSONAL):
            add_case_panels(self.lifecycle, self.actor, view, detail, self._case_changed)
        label = ref if not detail.applicant_name else f"{ref}  {detail.applicant_name}"
        index = self.window.tabs.addTab(view, label)
        self.window.tabs.setTabToolTip(index, f"{ref} — {detail.state.label}")
        self.window.tabs.setCurrentIndex(index)
        return view

    def _import_service(self) -> ImportService:
        from inquiry_desk.services.importer import ImportService

        return ImportService(self.app)

    @property
    def lifecycle(self) -> Lifecycle:
        from inquiry_desk.services.lifecycle import Lifecycle

        if self._lifecycle is None:
            self._lifecycle = Lifecycle.from_app(self.app)
        return self._lifecycle

    def _case_changed(self, view: CaseView, sender: QWidget) -> None:
        """A panel changed the case: the other panels, the view, the register row follow."""
        for panel in [view.lifecycle_panel, *view.panels()]:
            if panel is not None and panel is not sender:
                refresh = getattr(panel, "refresh", None)
                if callable(refresh):
                    refresh()
        self.reload_case(view)
        self._reload_register()
        self._mark_dashboard_stale()

    def reload_case(self, view: CaseView) -> None:
        detail = self._guard("Case", lambda: self.app.cases.get(self.actor, view.ref))
        if detail is None:
            return
        view.show_detail(detail)
        index = self.window.tabs.indexOf(view)
        if index >= 0:
            self.window.tabs.setTabToolTip(index, f"{detail.ref} — {detail.state.label}")
        self._update_case_actions()

    def _reload_register(self) -> None:
        selected = self.register_view.current_row()
        self._guard("Register", self.model.reload)
        if selected is not None:
            self.register_view.select_ref(selected.ref)

    def _tab_changed(self, _index: int) -> None:
        self._update_case_actions()
        if self.dashboard is not None and self.window.tabs.currentWidget() is self.dashboard \
                and self._dashboard_stale:
            self._refresh_dashboard()

    def close_tab(self, index: int) -> None:
        widget = self.window.tabs.widget(index)
        if isinstance(widget, CaseView):
            self.window.tabs.removeTab(index)
            widget.deleteLater()  # drop the decrypted personal data with the widget
            self._update_case_actions()

    # CaseActions, used by CaseView
    def add_note(self, ref: str, text: str) -> CaseDetail:
        self.app.cases.add_note(self.actor, ref, text)
        return self.app.cases.get(self.actor, ref)

    def open_attachment(self, ref: str, attachment_id: int) -> None:
        from inquiry_desk.ui.attachment_viewer import AttachmentViewer

        found = self._guard("Attachment",
                            lambda: self.app.cases.attachment_bytes(self.actor, ref, attachment_id))
        if found is None:
            return
        name, content_type, data = found
        viewer = AttachmentViewer(name, content_type, data, self.window)
        viewer.show()

    # --- dashboard ---------------------------------------------------------------------
    def _build_dashboard(self) -> None:
        from inquiry_desk.services.reports import reports_for
        from inquiry_desk.ui.dashboard import DashboardWidget

        dashboard = DashboardWidget(reports_for(self.app), self.actor, notifier=self.notifier,
                                    today=self.today)
        dashboard.setObjectName("dashboard")
        dashboard.open_case.connect(self.open_case)
        dashboard.saved.connect(lambda path: self._status(f"Saved {path}"))
        self.dashboard = dashboard
        # Filled when first shown: the queries are not worth running for a manager who
        # only opens cases.
        self.window.add_home_tab(dashboard, "Dashboard")

    def show_dashboard(self) -> None:
        if self.dashboard is not None:
            self.window.tabs.setCurrentWidget(self.dashboard)
            if self._dashboard_stale:
                self._refresh_dashboard()

    def _refresh_dashboard(self) -> None:
        if self.dashboard is not None:
            self._dashboard_stale = False
            self.dashboard.refresh()

    def _mark_dashboard_stale(self) -> None:
        self._dashboard_stale = True
        if self.dashboard is not None and self.window.tabs.currentWidget() is self.dashboard:
            self._refresh_dashboard()

    # --- tools: audit, accounts, retention, printing ----------------------------------
    def _show_tool(self, name: str, make: Callable[[], QWidget]) -> QWidget | None:
        existing = self.dialogs.get(name)
        if existing is not None and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
        widget = self._guard(name, make)
        if widget is None:
            return None
        self.dialogs[name] = widget
        if isinstance(widget, QDialog):
            widget.finished.connect(lambda _r, n=name, wd=widget: self._forget_tool(n, wd))
        widget.show()  # never exec(): tests drive these and the window stays usable
        return widget

    def _forget_tool(self, name: str, widget: QWidget) -> None:
        if self.dialogs.get(name) is widget:
            del self.dialogs[name]
        widget.deleteLater()

    def show_audit_log(self) -> QWidget | None:
        from inquiry_desk.ui.audit_view import AuditDialog

        return self._show_tool("Audit log", lambda: AuditDialog(self.app, self.actor, self.window))

    def show_users(self) -> QWidget | None:
        from inquiry_desk.ui.users_dialog import UsersDialog

        return self._show_tool("Staff accounts", lambda: UsersDialog(self.app, self.actor, self.window))

    def show_purge(self) -> QWidget | None:
        return self._show_tool("Purge and retention", self._make_purge_dialog)

    def show_settings(self) -> QWidget | None:
        from inquiry_desk.ui.settings_dialog import SettingsDialog

        def make() -> QDialog:
            dialog = SettingsDialog(self.lifecycle.rules, self.actor, self.window)
            # New deadlines move due dates: the register, open case tabs and dashboard follow.
            dialog.deadlines_saved.connect(lambda _changed: self.refresh())
            # The new idle limit applies to this window at once, not only at the next sign-in.
            dialog.idle_minutes_saved.connect(lambda minutes: self.idle.timer.setInterval(minutes * 60_000))
            return dialog

        return self._show_tool("Lifecycle settings", make)

    def _make_purge_dialog(self) -> QDialog:
        from inquiry_desk.ui.purge_panel import PurgePanel

        dialog = QDialog(self.window)
        dialog.setObjectName("purgeDialog")
        dialog.setWindowTitle("Purge and retention")
        panel = PurgePanel(self.app, self.actor, self.notifier, dialog)
        panel.changed.connect(self._cases_purged_or_held)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(panel, 1)
        layout.addWidget(buttons)
        dialog.resize(980, 640)
        dialog.setProperty("panel", panel)
        return dialog

    def _cases_purged_or_held(self) -> None:
        self._reload_register()
        for view in self.case_views():
            self.reload_case(view)
        self._mark_dashboard_stale()

    def print_preview(self) -> QWidget | None:
        view = self.current_case_view()
        if view is None or view.purged:
            self._status("Open a case to print its documents.")
            return None
        from inquiry_desk.services.documents_service import from_app
        from inquiry_desk.ui.print_preview import PrintPreviewDialog

        ref = view.ref

        def make() -> QDialog:
            return PrintPreviewDialog(from_app(self.app), self.actor, ref, settings=self.settings,
                                      notifier=self.notifier, parent=self.window)

        dialog = self._show_tool(f"Print preview {ref}", make)
        if isinstance(dialog, QDialog):
            # Printing or saving records the letter on the case: show it when the preview closes.
            dialog.finished.connect(lambda _r, v=view: self._after_printing(v))
        return dialog

    def batch_print(self) -> QWidget | None:
        from inquiry_desk.services.documents_service import from_app
        from inquiry_desk.ui.batch_print import BatchPrintDialog

        dialog = self._show_tool("Batch print", lambda: BatchPrintDialog(
            from_app(self.app), self.actor, settings=self.settings, notifier=self.notifier,
            parent=self.window))
        if isinstance(dialog, QDialog):
            dialog.finished.connect(lambda _r: self.refresh())
        return dialog

    def _after_printing(self, view: CaseView) -> None:
        if view in self.case_views():
            self.reload_case(view)

    # --- import ------------------------------------------------------------------------
    def _import_dir(self) -> str:
        value = self.settings.value(LAST_IMPORT_DIR_KEY, "")
        return value if isinstance(value, str) and Path(value).is_dir() else str(Path.home())

    def ask_import_files(self) -> QFileDialog:
        dialog = self._file_dialog("Import emails, faxes and scans", QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters(["Inquiries (*.eml *.msg *.pdf *.tif *.tiff *.png *.jpg *.jpeg)",
                               "All files (*)"])
        return dialog

    def ask_import_folder(self) -> QFileDialog:
        dialog = self._file_dialog("Import a folder", QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        return dialog

    def _file_dialog(self, title: str, mode: QFileDialog.FileMode) -> QFileDialog:
        if self.file_dialog is not None:
            self.file_dialog.close()
        dialog = QFileDialog(self.window, title, self._import_dir())
        dialog.setFileMode(mode)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(self._import_selected)
        dialog.finished.connect(lambda _r: setattr(self, "file_dialog", None))
        self.file_dialog = dialog
        dialog.open()  # non-blocking
        return dialog

    def _import_selected(self, files: list[str]) -> None:
        if files:
            first = Path(files[0])
            self.settings.setValue(LAST_IMPORT_DIR_KEY, str(first if first.is_dir() else first.parent))
        self.import_paths([Path(f) for f in files])

    def import_paths(self, paths: list[Path]) -> bool:
        return self.importer.import_paths(paths)

    def _imported(self, results: list[ImportResult]) -> None:
        self._reload_register()
        touched = {r.ref for r in results if r.ref}
        for view in self.case_views():
            if view.ref in touched:
                self.reload_case(view)
        self._mark_dashboard_stale()

    # --- scheduled purge ------------------------------------------------------------------
    def start_purge_timer(self, interval_ms: int | None = None) -> PurgeTimer:
        """At sign-in: purge what is due now, then every hour while the app is open."""
        from inquiry_desk.ui.purge_timer import HOUR_MS, PurgeTimer

        if self.purge_timer is None:
            self.purge_timer = PurgeTimer(self.app, self.window, interval_ms=interval_ms or HOUR_MS)
            self.purge_timer.purged.connect(self._purge_done)
            self.purge_timer.failed.connect(self._purge_failed)
            self.purge_timer.start()
        return self.purge_timer

    def _purge_done(self, receipt: PurgeReceipt) -> None:
        from inquiry_desk.ui.purge_timer import receipt_status

        text, tooltip, alarming = receipt_status(receipt)
        if receipt.refs:
            self._cases_purged_or_held()
        label = self.window.purge_label
        label.setToolTip(tooltip)
        label.setStyleSheet("color: #a40000; font-weight: bold;" if alarming else "")
        label.setText(text)
        label.show()

    def _purge_failed(self, error: str) -> None:
        label = self.window.purge_label
        label.setText(f"Purge failed ({error}); it is retried within the hour")
        label.setStyleSheet("color: #a40000;")
        label.show()

    # --- watched folder and mailbox --------------------------------------------------------
    def start_intake_poller(self, interval_ms: int | None = None) -> IntakePoller:
        """At sign-in: import from the watched folder and the mailbox now and every few minutes."""
        from inquiry_desk.ui.intake_poller import DEFAULT_INTERVAL_MS, IntakePoller

        if self.intake_poller is None:
            self.intake_poller = IntakePoller(self.app, self.actor, self.window,
                                              interval_ms=interval_ms or DEFAULT_INTERVAL_MS)
            self.intake_poller.polled.connect(self._polled)
            self.intake_poller.start()
        return self.intake_poller

    def _polled(self, summary: PollSummary) -> None:
        if summary.imported or summary.refused:
            self._reload_register()
            self._mark_dashboard_stale()
        if summary.message:
            self._status(summary.message, 30_000)

    def _shutdown(self) -> None:
        # A running import or purge finishes its current transaction before the App closes.
        self.importer.shutdown()
        if self.intake_poller is not None:
            self.intake_poller.stop()
            self.intake_poller.wait()
        if self.purge_timer is not None:
            self.purge_timer.stop()
            self.purge_timer.wait()

    # --- new inquiry ------------------------------------------------------------------------
    def new_inquiry(self) -> QDialog:
        # Imported on first use: keeps start-up lean (the dialog pulls in the whole form).
        from inquiry_desk.ui.intake_dialog import IntakeDialog

        if self.intake is not None and self.intake.isVisible():
            self.intake.raise_()
            return self.intake
        dialog = IntakeDialog(self.submit_case, self.today, self.window)
        dialog.case_created.connect(self._case_created)
        dialog.finished.connect(dialog.deleteLater)
        self.intake = dialog
        dialog.open()
        return dialog

    def submit_case(self, new: NewCase) -> str:
        return self.app.cases.create(self.actor, new)

    def _case_created(self, ref: str) -> None:
        self._mark_dashboard_stale()
        self.window.statusBar().showMessage(f"{ref} logged.", 8000)
        self._guard("Register", self.model.reload)
        self.register_view.select_ref(ref)
        self.open_case(ref)

    # --- idle lock ----------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.window_lock.locked

    def lock(self) -> None:
        self.window_lock.lock()

    def unlock(self) -> None:
        self.window_lock.unlock()

    def _verify_password(self, password: str) -> bool:
        try:
            return self.app.users.verify_password(self.actor, password)
        except UserError:
            return False

    # --- help -------------------------------------------------------------------------
    def about(self) -> QMessageBox:
        text = (f"<h3>{APP_NAME} {__version__}</h3>"
                "<p>Case register of the Personal Information Inquiry Department "
                "(APPI and GDPR requests by post, fax and email).</p>"
                f"<p>Fonts: {BUNDLED_FONTS}.</p>"
                "<p>© ZenGroup. Built with Qt for Python (PySide6, LGPLv3).</p>")
        box = QMessageBox(QMessageBox.Icon.Information, f"About {APP_NAME}", text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(box.textFormat().RichText)
        box.finished.connect(box.deleteLater)
        box.open()
        return box
