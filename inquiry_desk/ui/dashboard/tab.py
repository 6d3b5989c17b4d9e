"""The manager's dashboard as a home tab beside the register.

Its queries are not worth running for a manager who only opens cases, so it is filled when
first shown; after cases change (`mark_stale`) it is filled again at once if it is showing,
else the next time it is shown. The dashboard's module is imported here, when a manager
signs in, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject

from inquiry_desk.domain.i18n import translate
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.reports.service import ReportService
from inquiry_desk.ui.main_window import MainWindow
from inquiry_desk.ui.widgets.notify import Notifier
from inquiry_desk.ui.widgets.scrolling import scrolling


class DashboardTab(QObject):
    def __init__(
        self,
        reports: ReportService,
        actor: Actor,
        window: MainWindow,
        notifier: Notifier,
        today: Callable[[], date],
        status: Callable[[str], None],
    ) -> None:
        from inquiry_desk.ui.dashboard.widget import DashboardWidget

        super().__init__(window)
        self.window = window
        self.stale = True
        self.widget = DashboardWidget(reports, actor, notifier=notifier, today=today)
        self.widget.setObjectName("dashboard")
        self.widget.saved.connect(
            lambda path: status(translate("DashboardTab", "Saved {path}").format(path=path))
        )
        window.tabs.currentChanged.connect(self._tab_changed)
        # Scrolls on a small screen (1024×700) rather than making the window taller than it.
        self.page = scrolling(self.widget)
        self.page.setObjectName("dashboardPage")
        window.add_home_tab(self.page, translate("DashboardTab", "Dashboard"))

    def show(self) -> None:
        self.window.tabs.setCurrentWidget(self.page)
        if self.stale:
            self._refresh()

    def mark_stale(self) -> None:
        self.stale = True
        if self._showing():
            self._refresh()

    def _tab_changed(self, _index: int) -> None:
        if self._showing() and self.stale:
            self._refresh()

    def _showing(self) -> bool:
        return self.window.tabs.currentWidget() is self.page

    def _refresh(self) -> None:
        self.stale = False
        self.widget.refresh()
