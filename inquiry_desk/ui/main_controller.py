"""What the main window's actions do. Owns the services, the signed-in actor and the model.

Every service call that can refuse (permission, validation, a busy database) goes through
`_guard`, which shows the service's message without a traceback.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from inquiry_desk import APP_NAME, __version__
from inquiry_desk.domain.errors import UserError
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.app import App
from inquiry_desk.services.case_views import CaseDetail, NewCase
from inquiry_desk.ui.case_view import CaseView
from inquiry_desk.ui.fonts import BUNDLED_FONTS
from inquiry_desk.ui.idle_lock import DEFAULT_IDLE_MINUTES, IdleWatcher, LockScreen
from inquiry_desk.ui.main_window import SETTINGS_APP, SETTINGS_ORG, MainWindow, window_title
from inquiry_desk.ui.notify import Notifier
from inquiry_desk.ui.register_model import RegisterModel
from inquiry_desk.ui.register_view import OPEN, RegisterView

T = TypeVar("T")


def database_location(app: App) -> str:
    if app.db.path is not None:
        return str(app.db.path)
    return re.sub(r"//[^@/]*@", "//", app.db.url)  # never show a server password


class MainController:
    def __init__(self, app: App, actor: Actor, *, settings: QSettings | None = None,
                 notifier: Notifier | None = None, idle_minutes: float = DEFAULT_IDLE_MINUTES,
                 today: Callable[[], date] = date.today) -> None:
        self.app = app
        self.actor = actor
        self.today = today
        self.notifier = notifier or Notifier()
        self.settings = settings or QSettings(SETTINGS_ORG, SETTINGS_APP)
        self.model = RegisterModel(app.register, today)
        self.register_view = RegisterView(self.model)
        name = actor.display_name or actor.username
        self.lock_screen = LockScreen(name, self._verify_password)
        self.window = MainWindow(self.register_view, self.lock_screen, self.settings,
                                 window_title(name, actor.role, app.is_demo))
        self.window.db_label.setText(f"Database: {database_location(app)}")
        self.window.user_label.setText(f"Signed in: {name}" + ("" if name.endswith(f"({actor.role})")
                                                                else f" ({actor.role})"))
        self.locked = False
        self._hidden_while_locked: list[QWidget] = []
        self._enabled_before_lock: dict[QAction, bool] = {}
        self.intake: QDialog | None = None
        self._connect()
        self._apply_permissions()
        self.window.restore_layout()
        self.register_view.filter_bar.setVisible(self.window.filters_action.isChecked())
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.reload()
        self.idle = IdleWatcher(idle_minutes, self.window)
        self.idle.idle.connect(self.lock)
        app_instance = QApplication.instance()
        if app_instance is not None:
            self.idle.start(app_instance)
            self.window.closing.connect(lambda: self.idle.stop(app_instance))

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
        w.clear_filters_action.triggered.connect(self.register_view.clear_filters)
        w.focus_search_action.triggered.connect(self.focus_search)
        w.about_action.triggered.connect(self.about)
        self.register_view.filter_changed.connect(self.apply_filter)
        self.register_view.case_activated.connect(self.open_case)
        self.lock_screen.unlocked.connect(self.unlock)

    def _apply_permissions(self) -> None:
        # A courtesy only: the services refuse these anyway.
        self.window.new_action.setVisible(self.actor.can(Permission.CREATE_CASE))
        self.window.open_action.setEnabled(self.actor.can(Permission.VIEW_PERSONAL))

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

    def refresh(self) -> None:
        selected = self.register_view.current_row()
        self._guard("Register", self.model.reload)
        if selected is not None:
            self.register_view.select_ref(selected.ref)
        for view in self.case_views():
            detail = self._guard("Case", lambda v=view: self.app.cases.get(self.actor, v.ref))
            if detail is not None:
                view.show_detail(detail)

    def focus_search(self) -> None:
        self.window.tabs.setCurrentIndex(0)
        self.window.filters_action.setChecked(True)
        self.register_view.search.setFocus()
        self.register_view.search.selectAll()

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

    def open_case(self, ref: str) -> CaseView | None:
        for view in self.case_views():
            if view.ref == ref:
                self.window.tabs.setCurrentWidget(view)
                return view
        detail = self._guard("Open case", lambda: self.app.cases.get(self.actor, ref))
        if detail is None:
            return None
        view = CaseView(detail, self, self.today())
        label = ref if not detail.applicant_name else f"{ref}  {detail.applicant_name}"
        index = self.window.tabs.addTab(view, label)
        self.window.tabs.setTabToolTip(index, f"{ref} — {detail.state.label}")
        self.window.tabs.setCurrentIndex(index)
        return view

    def close_tab(self, index: int) -> None:
        widget = self.window.tabs.widget(index)
        if isinstance(widget, CaseView):
            self.window.tabs.removeTab(index)
            widget.deleteLater()  # drop the decrypted personal data with the widget

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
        self.window.statusBar().showMessage(f"{ref} logged.", 8000)
        self._guard("Register", self.model.reload)
        self.register_view.select_ref(ref)
        self.open_case(ref)

    # --- idle lock ----------------------------------------------------------------------
    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        # Dialogs are hidden, not closed: what someone was typing survives the lock.
        self._hidden_while_locked = [w for w in QApplication.topLevelWidgets()
                                     if w is not self.window and w.isVisible()
                                     and w.isWindow() and not w.inherits("QMenu")]
        for w in self._hidden_while_locked:
            w.hide()
        # Disabling the menu bar alone would leave the actions' shortcuts working.
        self._enabled_before_lock = {a: a.isEnabled() for a in self.window.findChildren(QAction)}
        for action in self._enabled_before_lock:
            action.setEnabled(False)
        self.window.menuBar().setEnabled(False)
        self.window.toolbar.setEnabled(False)
        self.window.stack.setCurrentWidget(self.lock_screen)
        self.lock_screen.password.setFocus()

    def unlock(self) -> None:
        self.locked = False
        self.window.stack.setCurrentWidget(self.window.tabs)
        for action, enabled in self._enabled_before_lock.items():
            action.setEnabled(enabled)
        self.window.menuBar().setEnabled(True)
        self.window.toolbar.setEnabled(True)
        for w in self._hidden_while_locked:
            w.show()
        self._hidden_while_locked = []

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
