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

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from inquiry_desk.domain.enums import CaseState
from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import label_of, translate
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.cases.service import CaseService
from inquiry_desk.services.cases.views import CaseDetail
from inquiry_desk.ui.case.panels import add_case_panels
from inquiry_desk.ui.case.view import CaseView
from inquiry_desk.ui.widgets.guard import Guard
from inquiry_desk.ui.widgets.unsaved import close_or_ask

if TYPE_CHECKING:
    from inquiry_desk.services.cases.editing import CaseEditService, EditResult
    from inquiry_desk.services.cases.merging import CaseMergeService, MergeResult
    from inquiry_desk.services.cases.review import ReviewService
    from inquiry_desk.services.lifecycle.services import Lifecycle
    from inquiry_desk.services.records.portable import PortableService
    from inquiry_desk.services.records.service import RecordService


FOLLOW_INTERVAL_MS = 3000


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
        edits: Callable[[], CaseEditService] | None = None,
        records: Callable[[], RecordService] | None = None,
        portable: Callable[[], PortableService] | None = None,
        merging: Callable[[], CaseMergeService] | None = None,
        review: Callable[[], ReviewService] | None = None,
    ) -> None:
        super().__init__(tabs)
        self.tabs = tabs  # the main window's: the register and the dashboard have a tab too
        self.cases = cases
        self.actor = actor
        self._guard = guard
        self._today = today
        self._lifecycle = lifecycle
        self._edits = edits
        # Open cases follow what colleagues change: every few seconds the versions of the open
        # cases are read (one small query, nothing personal) and a changed case is shown again.
        self.follow_timer = QTimer(self)
        self.follow_timer.setInterval(FOLLOW_INTERVAL_MS)
        self.follow_timer.timeout.connect(self.follow)
        self._records = records
        self._portable = portable
        self._merging = merging
        self._review = review

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
        if self._edits is not None and self.actor.can(Permission.EDIT_CASE):
            view.can_merge = self._merging is not None
            view.set_editable(True)
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
        self.follow_timer.start()
        return view

    def follow(self) -> None:
        """Show again each open case changed elsewhere. A case with something typed in it is
        not reloaded under the person's hands: it says that it changed, and F5 shows it."""
        views = [v for v in self.views() if not v.purged]
        if not views:
            self.follow_timer.stop()
            return
        try:
            current = self.cases.versions([v.ref for v in views])
        except UserError:
            return  # the database is busy or away: the next tick tries again
        reloaded = False
        for view in views:
            version = current.get(view.ref)
            if version is None or version == view.detail.version:
                continue
            if view.has_unsaved_input():
                view.show_notice(
                    translate(
                        "CaseTabs",
                        "This case was changed elsewhere (now version {version}). What you typed is "
                        "kept; press F5 (Refresh) to see the change.",
                    ).format(version=version)
                )
            else:
                self.reload(view)
                reloaded = True
        if reloaded:
            self.case_changed.emit()  # the register and the dashboard follow too

    def _panel_changed(self, view: CaseView, sender: QWidget) -> None:
        """A panel changed the case: the other panels, the view, the register row follow."""
        view.refresh_panels(changed_by=sender)
        self.reload(view, panels=False)
        self.case_changed.emit()

    def reload(self, view: CaseView, *, panels: bool = True) -> None:
        """Show the case as stored now. ``panels``: the working panels read it again too, so
        that a change they make quotes the version on screen (not one the view has left)."""
        if panels:
            view.refresh_panels()
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

    def edit_case(self, view: CaseView) -> None:
        """The edit dialog, filled from the version the view shows; it saves quoting it."""
        from inquiry_desk.ui.case.edit_dialog import EditCaseDialog

        assert self._edits is not None
        edits = self._edits()
        ref = view.ref
        dialog = EditCaseDialog(
            view.detail,
            lambda change, version: edits.edit(self.actor, ref, change, expected_version=version),
            lambda: self.cases.get(self.actor, ref, record_view=False),
            may_change_receipt_date=self.actor.can(Permission.CHANGE_RECEIPT_DATE),
            today=self._today,
            parent=self.tabs.window(),
        )
        dialog.saved.connect(lambda result: self._case_edited(view, result))
        dialog.finished.connect(dialog.deleteLater)
        view.edit_dialog = dialog  # tests and the unsaved-input check find it
        dialog.open()

    def _case_edited(self, view: CaseView, result: EditResult) -> None:
        if view in self.views():  # its tab may have been closed while the dialog was open
            self.reload(view)
            _hint_resume(view, result)
        self.case_changed.emit()

    def confirm_suggestions(self, view: CaseView, fields: tuple[str, ...] | None) -> None:
        """Confirm the import's suggestions (``None``: all of them), quoting the version the
        view shows: a case changed meanwhile is refused with what changed, then shown anew."""
        if self._review is None:
            return
        review = self._review()
        result = self._guard(
            translate("CaseTabs", "Confirm"),
            lambda: review.confirm(self.actor, view.ref, fields, expected_version=view.detail.version),
        )
        if view not in self.views():
            return
        if result is not None or not view.has_unsaved_input():
            # Refused or not, what is on screen must be what is stored; typed input is never
            # reloaded away (the follow timer's notice says the case changed).
            self.reload(view)
        if result is not None:
            self.case_changed.emit()

    def merge_case(self, view: CaseView) -> None:
        """Case → Merge into another case…: the target is looked up (its opening audited) and
        shown before the merge is confirmed."""
        from inquiry_desk.ui.case.merge_dialog import MergeDialog

        assert self._merging is not None
        merging = self._merging()
        source = view.ref
        dialog = MergeDialog(
            view.detail,
            lambda ref: self.cases.get(self.actor, ref),
            lambda target, seen_from, seen_into: merging.merge(
                self.actor, source, target, from_version=seen_from, into_version=seen_into
            ),
            parent=self.tabs.window(),
        )
        dialog.merged.connect(lambda result: self._merged(view, result))
        dialog.finished.connect(dialog.deleteLater)
        view.merge_dialog = dialog  # tests find it
        dialog.open()

    def _merged(self, view: CaseView, result: MergeResult) -> None:
        # The emptied case's tab closes (its widgets drop the decrypted data it held); the case
        # kept opens, or reloads, with what moved into it.
        if view in self.views():
            self._remove(view)
        kept = next((v for v in self.views() if v.ref == result.into_ref), None)
        if kept is not None:
            self.reload(kept)
            self.tabs.setCurrentWidget(kept)
        else:
            self.open_case(result.into_ref)
        self.case_changed.emit()

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


def _hint_resume(view: CaseView, result: EditResult) -> None:
    """A case waiting (after returned mail, say) whose address was just corrected: say how the
    clock runs again, in the lifecycle panel beside the action that does it."""
    address = any(f.endswith((".address", ".postal_code")) for f in result.fields)
    message = getattr(view.lifecycle_panel, "message", None)
    if address and view.detail.state is CaseState.AWAITING_APPLICANT and message is not None:
        message.info(
            translate(
                "CaseTabs",
                "The address is corrected. If the clock waited for a valid address, record that the "
                "applicant answered to resume it.",
            )
        )
