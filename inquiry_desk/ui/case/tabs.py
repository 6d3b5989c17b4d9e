"""The open cases of the main window, one tab each: opening (a case opens once; a second
open shows its tab), reloading after a change, closing; and the actions a case view asks
for (`CaseActions`: notes, attachments).

A case's working panels are built by `case_panels`. When one of them changes the case, the
other panels and the view are refreshed here, and `case_changed` tells the controller so
that the register and the dashboard follow. `tab_updated` says a case tab was reloaded or
closed, for the actions that depend on the current case (print preview).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from inquiry_desk.domain.enums import CaseState
from inquiry_desk.domain.i18n import label_of, translate
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.cases.service import CaseService
from inquiry_desk.services.cases.views import CaseDetail
from inquiry_desk.ui.case.panels import add_case_panels
from inquiry_desk.ui.case.view import CaseView
from inquiry_desk.ui.widgets.guard import Guard
from inquiry_desk.ui.widgets.unsaved import close_or_ask

if TYPE_CHECKING:
    from inquiry_desk.services.lifecycle.services import Lifecycle
    from inquiry_desk.services.records.portable import PortableService
    from inquiry_desk.services.records.service import RecordService


class CaseTabs(QObject):
    case_changed = Signal()  # a working panel changed a case
    tab_updated = Signal()  # a case tab was reloaded or closed

    def __init__(
        self,
        cases: CaseService,
        actor: Actor,
        tabs: QTabWidget,
        guard: Guard,
        today: Callable[[], date],
        lifecycle: Callable[[], Lifecycle],
        records: Callable[[], RecordService] | None = None,
        portable: Callable[[], PortableService] | None = None,
    ) -> None:
        super().__init__(tabs)
        self.tabs = tabs  # the main window's: the register and the dashboard have a tab too
        self.cases = cases
        self.actor = actor
        self._guard = guard
        self._today = today
        self._lifecycle = lifecycle
        self._records = records
        self._portable = portable

    def views(self) -> list[CaseView]:
        return [w for i in range(self.tabs.count()) if isinstance(w := self.tabs.widget(i), CaseView)]

    def current(self) -> CaseView | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, CaseView) else None

    def open_case(self, ref: str) -> CaseView | None:
        for view in self.views():
            if view.ref == ref:
                self.tabs.setCurrentWidget(view)
                return view
        detail = self._guard(translate("CaseTabs", "Open case"), lambda: self.cases.get(self.actor, ref))
        if detail is None:
            return None
        view = CaseView(detail, self, self._today())
        if detail.state is not CaseState.PURGED and self.actor.can(Permission.VIEW_PERSONAL):
            records = self._records() if self._records is not None else None
            portable = self._portable() if self._portable is not None else None
            add_case_panels(
                self._lifecycle(), self.actor, view, detail, self._panel_changed, records, portable
            )
        label = ref if not detail.applicant_name else f"{ref}  {detail.applicant_name}"
        index = self.tabs.addTab(view, label)
        self.tabs.setTabToolTip(index, f"{ref} — {label_of(detail.state)}")
        self.tabs.setCurrentIndex(index)
        return view

    def _panel_changed(self, view: CaseView, sender: QWidget) -> None:
        """A panel changed the case: the other panels, the view, the register row follow."""
        view.refresh_panels(changed_by=sender)
        self.reload(view)
        self.case_changed.emit()

    def reload(self, view: CaseView) -> None:
        detail = self._guard(
            translate("CaseTabs", "Case"), lambda: self.cases.get(self.actor, view.ref, record_view=False)
        )
        if detail is None:
            return
        view.show_detail(detail)
        index = self.tabs.indexOf(view)
        if index >= 0:
            self.tabs.setTabToolTip(index, f"{detail.ref} — {label_of(detail.state)}")
        self.tab_updated.emit()

    def close(self, index: int) -> None:
        """Close a case tab; with unsaved input in it, only once the person chose Discard."""
        widget = self.tabs.widget(index)
        if isinstance(widget, CaseView):
            close_or_ask(self.tabs.window(), widget.has_unsaved_input(), lambda: self._remove(widget))

    def _remove(self, view: CaseView) -> None:
        index = self.tabs.indexOf(view)  # tabs may have moved while the question was open
        if index < 0:
            return
        self.tabs.removeTab(index)
        view.deleteLater()  # drop the decrypted personal data with the widget
        self.tab_updated.emit()

    # CaseActions, used by CaseView
    def add_note(self, ref: str, text: str) -> CaseDetail:
        self.cases.add_note(self.actor, ref, text)
        return self.cases.get(self.actor, ref, record_view=False)

    def open_attachment(self, ref: str, attachment_id: int) -> None:
        from inquiry_desk.ui.case.attachment_viewer import AttachmentViewer

        found = self._guard(
            translate("CaseTabs", "Attachment"),
            lambda: self.cases.attachment_bytes(self.actor, ref, attachment_id),
        )
        if found is None:
            return
        name, content_type, data = found
        viewer = AttachmentViewer(name, content_type, data, self.tabs.window())
        viewer.show()
