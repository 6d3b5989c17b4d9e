"""The main window: menus, toolbar, the register and case tabs, status bar. Layout only.

`MainController` wires the actions to what they do; this class only builds widgets and
remembers its geometry and the register's column layout in QSettings.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QToolBar,
    QWidget,
)

from inquiry_desk import APP_NAME
from inquiry_desk.domain.i18n import translate
from inquiry_desk.ui.register.view import RegisterView
from inquiry_desk.ui.session.idle_lock import LockScreen
from inquiry_desk.ui.widgets.resources import APP_ICON
from inquiry_desk.ui.widgets.screen_fit import fit_to_screen
from inquiry_desk.ui.widgets.unsaved import ask_discard

SETTINGS_ORG = "ZenGroup"
SETTINGS_APP = "InquiryDesk"


def window_title(user: str, role: str, demo: bool) -> str:
    # A name that already says the role ("Sato Yui (staff)", as older demo databases have it)
    # does not repeat it. The role's name is the services' word ("staff" → 担当者 in Japanese).
    who = user if user.endswith(f"({role})") else f"{user} ({translate('Actor', role)})"
    title = f"{APP_NAME} — {who}"
    return title + (translate("MainWindow", " — DEMO DATABASE") if demo else "")


class MainWindow(QMainWindow):
    closing = Signal()

    def __init__(
        self,
        register: RegisterView,
        lock_screen: LockScreen,
        settings: QSettings,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(title)
        # Its own icon in the title bar and the taskbar (the sign-in and dialogs get the
        # application's, set at start-up; a test's or a screenshot's window has only this).
        self.setWindowIcon(QIcon(str(APP_ICON)))
        self.settings = settings
        self.register = register
        self.lock_screen = lock_screen
        # Set by the controller, which knows the open forms: whether closing would lose input.
        self.unsaved_input: Callable[[], bool] = lambda: False
        self._discard_confirmed = False

        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.addTab(register, translate("MainWindow", "Register"))
        # The register tab is the home screen: it has no close button.
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(lock_screen)
        self.setCentralWidget(self.stack)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.count_label = QLabel()
        self.db_label = QLabel()
        self.user_label = QLabel()
        # The last scheduled purge's receipt (references purged, erasure check): kept in view.
        self.purge_label = QLabel()
        self.purge_label.setObjectName("purgeLabel")
        self.purge_label.hide()
        for label in (self.count_label, self.db_label):
            self.statusBar().addWidget(label)
        self.statusBar().addPermanentWidget(self.purge_label)
        self.statusBar().addPermanentWidget(self.user_label)
        fit_to_screen(self, 1280, 800)

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: QStyle.StandardPixmap | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.new_action = self._action(
            translate("MainWindow", "&New inquiry…"),
            QKeySequence.StandardKey.New,
            sp.SP_FileIcon,
            translate("MainWindow", "Log an inquiry that arrived by post, fax, email, phone or in person"),
        )
        self.lock_action = self._action(
            translate("MainWindow", "&Lock"),
            "Ctrl+L",
            sp.SP_DialogNoButton,
            translate("MainWindow", "Hide the screen until your password is entered"),
        )
        self.switch_user_action = self._action(
            translate("MainWindow", "S&witch user…"),
            None,
            None,
            translate("MainWindow", "Sign out so that a colleague can sign in on this PC"),
        )
        self.quit_action = self._action(translate("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.open_action = self._action(
            translate("MainWindow", "&Open case"),
            "Return",
            sp.SP_DialogOpenButton,
            translate("MainWindow", "Open the selected case"),
        )
        # Enter opens a case only while the table has focus; elsewhere Enter belongs to the widget.
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.register.table.addAction(self.open_action)
        self.refresh_action = self._action(
            translate("MainWindow", "&Refresh"),
            QKeySequence.StandardKey.Refresh,
            sp.SP_BrowserReload,
            translate("MainWindow", "Read the register again"),
        )
        self.refresh_action.setShortcuts([QKeySequence("F5")])
        self.close_case_action = self._action(
            translate("MainWindow", "&Close case tab"), QKeySequence.StandardKey.Close
        )
        self.filters_action = self._action(translate("MainWindow", "&Filter bar"))
        self.filters_action.setCheckable(True)
        self.filters_action.setChecked(True)
        self.all_cases_action = self._action(translate("MainWindow", "&All cases"))
        self.open_cases_action = self._action(translate("MainWindow", "O&pen cases"))
        self.overdue_action = self._action(translate("MainWindow", "&Overdue"), "Ctrl+Shift+O")
        self.due_soon_action = self._action(translate("MainWindow", "&Due within 3 days"), "Ctrl+Shift+D")
        self.awaiting_me_action = self._action(
            translate("MainWindow", "Awaiting &me"),
            "Ctrl+Shift+M",
            None,
            translate("MainWindow", "Your open cases that wait on you"),
        )
        self.awaiting_approval_action = self._action(
            translate("MainWindow", "Awaiting appro&val"), "Ctrl+Shift+A"
        )
        self.awaiting_applicant_action = self._action(
            translate("MainWindow", "Awaiting app&licant"),
            "Ctrl+Shift+W",
            None,
            translate("MainWindow", "Cases whose clock is paused for the applicant"),
        )
        self.clear_filters_action = self._action(
            translate("MainWindow", "&Clear search and filters"), "Ctrl+Shift+C"
        )
        self.focus_search_action = self._action(
            translate("MainWindow", "&Search"), QKeySequence.StandardKey.Find
        )
        self.import_action = self._action(
            translate("MainWindow", "&Import…"),
            "Ctrl+I",
            sp.SP_ArrowDown,
            translate("MainWindow", "Import emails, faxes and scans (.eml, .msg, PDF, TIFF, PNG, JPEG)"),
        )
        self.import_folder_action = self._action(
            translate("MainWindow", "Import &folder…"),
            None,
            None,
            translate("MainWindow", "Import every file of a folder"),
        )
        self.merge_case_action = self._action(
            translate("MainWindow", "&Merge into another case…"),
            None,
            None,
            translate(
                "MainWindow", "File this case's messages, attachments and notes into the case they belong to"
            ),
        )
        self.print_preview_action = self._action(
            translate("MainWindow", "&Print preview…"),
            QKeySequence.StandardKey.Print,
            None,
            translate("MainWindow", "Preview and print a document of this case"),
        )
        self.batch_print_action = self._action(
            translate("MainWindow", "&Batch print…"),
            "Ctrl+Shift+P",
            None,
            translate("MainWindow", "Print the documents due for several cases"),
        )
        self.dashboard_action = self._action(
            translate("MainWindow", "Das&hboard"),
            "Ctrl+Shift+H",
            None,
            translate("MainWindow", "Open cases, deadlines and workload at a glance"),
        )
        self.audit_action = self._action(
            translate("MainWindow", "&Audit log…"),
            None,
            None,
            translate("MainWindow", "Who did what, and when"),
        )
        self.users_action = self._action(
            translate("MainWindow", "&Staff accounts…"),
            None,
            None,
            translate("MainWindow", "Add, deactivate and reset staff accounts"),
        )
        self.purge_action = self._action(
            translate("MainWindow", "P&urge and retention…"),
            None,
            None,
            translate("MainWindow", "Closed cases, legal holds, grace period, purge receipts"),
        )
        self.settings_action = self._action(
            translate("MainWindow", "&Lifecycle settings…"),
            None,
            None,
            translate("MainWindow", "Deadlines, approval, fees and idle lock"),
        )
        # Named in both languages, so that someone who cannot read this one finds the way back.
        self.language_action = self._action(
            "言語 / &Language…", None, None, translate("MainWindow", "日本語 or English, from the next start")
        )
        self.about_action = self._action(translate("MainWindow", "&About {app}").format(app=APP_NAME))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.import_folder_action)
        file_menu.addSeparator()
        file_menu.addAction(self.batch_print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.switch_user_action)
        file_menu.addAction(self.quit_action)
        case_menu = bar.addMenu(translate("MainWindow", "&Case"))
        case_menu.addAction(self.open_action)
        case_menu.addAction(self.close_case_action)
        case_menu.addAction(self.print_preview_action)
        case_menu.addAction(self.merge_case_action)
        case_menu.addSeparator()
        case_menu.addAction(self.refresh_action)
        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        view_menu.addAction(self.dashboard_action)
        view_menu.addAction(self.focus_search_action)
        view_menu.addAction(self.filters_action)
        view_menu.addSeparator()
        for action in (
            self.all_cases_action,
            self.open_cases_action,
            self.overdue_action,
            self.due_soon_action,
        ):
            view_menu.addAction(action)
        view_menu.addSeparator()
        for action in (
            self.awaiting_me_action,
            self.awaiting_approval_action,
            self.awaiting_applicant_action,
        ):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.clear_filters_action)
        self.tools_menu = bar.addMenu(translate("MainWindow", "&Tools"))
        for action in (self.audit_action, self.users_action, self.purge_action, self.settings_action):
            self.tools_menu.addAction(action)
        self.tools_menu.addSeparator()
        self.tools_menu.addAction(self.language_action)
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(translate("MainWindow", "Main toolbar"))
        toolbar.setObjectName("mainToolbar")  # needed for saveState()
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.import_action, self.open_action, self.refresh_action):
            toolbar.addAction(action)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.lock_action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def add_home_tab(self, widget: QWidget, title: str) -> int:
        """A tab beside the register that cannot be closed (the manager's dashboard)."""
        index = self.tabs.insertTab(1, widget, title)
        self.tabs.tabBar().setTabButton(index, self.tabs.tabBar().ButtonPosition.RightSide, None)
        return index

    # --- remembered layout ------------------------------------------------------------------
    def restore_layout(self) -> None:
        geometry = self.settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.value("main/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        header = self.settings.value("register/header")
        if isinstance(header, QByteArray) and not header.isEmpty():
            self.register.table.horizontalHeader().restoreState(header)
        self.filters_action.setChecked(bool(self.settings.value("register/filters", True, type=bool)))

    def save_layout(self) -> None:
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/state", self.saveState())
        self.settings.setValue("register/header", self.register.table.horizontalHeader().saveState())
        self.settings.setValue("register/filters", self.filters_action.isChecked())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._discard_confirmed and self.unsaved_input():
            event.ignore()  # Keep editing: the window, its tabs and forms stay as they are
            ask_discard(self, self._close_discarding)
            return
        self._discard_confirmed = False
        self.save_layout()
        self.closing.emit()
        super().closeEvent(event)

    def _close_discarding(self) -> None:
        self._discard_confirmed = True
        self.close()
