"""One opened case: header facts, parties, correspondence, attachments, notes, timeline.

Layout only. What happens on "Add note" or on opening an attachment is decided by the
`CaseActions` the main controller passes in. Working panels (the lifecycle actions, identity
verification, clock ledger, fees) are built by the controller and handed in through
`set_lifecycle_panel` and `add_panel`: they survive `show_detail`, which only rebuilds the
read-only pages, and they disappear once the case is purged. The header's facts are laid out
by `header`, the pages that need nothing of the view by `pages`.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.enums import CaseState
from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate
from inquiry_desk.services.cases.views import CaseDetail
from inquiry_desk.ui.case.header import build_header
from inquiry_desk.ui.case.pages import empty, message_text, muted, parties_page, purged_page
from inquiry_desk.ui.case.suggestions import CONFIRM_BUTTON, ReviewBar
from inquiry_desk.ui.case.timeline import timeline_tree
from inquiry_desk.ui.widgets.field_error import ERROR_STYLE
from inquiry_desk.ui.widgets.formatting import fmt_datetime, size_text
from inquiry_desk.ui.widgets.scrolling import scrolling
from inquiry_desk.ui.widgets.unsaved import holds_unsaved_input

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CaseActions(Protocol):
    def add_note(self, ref: str, text: str) -> CaseDetail: ...

    def open_attachment(self, ref: str, attachment_id: int) -> None: ...

    def edit_case(self, view: CaseView) -> None: ...

    def confirm_suggestions(self, view: CaseView, fields: tuple[str, ...] | None) -> None: ...


class CaseView(QWidget):
    def __init__(
        self, detail: CaseDetail, actions: CaseActions, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self.case_actions = actions  # not `actions`: QWidget.actions() is Qt's
        self.today = today
        self.detail = detail
        self.editable = False  # set by the controller for a user who may edit cases
        self.can_merge = False  # set by the controller when it has the merge service (Case menu)
        self.edit_dialog: QDialog | None = None  # the open "Edit case…" dialog
        self.header = QWidget()
        self.lifecycle_panel: QWidget | None = None
        # Panel tabs by the id of their page (a scroll area around the panel): they are kept
        # when the read-only pages are rebuilt.
        self._panels: dict[int, tuple[QWidget, str]] = {}
        self._pages: dict[int, QScrollArea] = {}
        # Panels whose data changed while their tab was hidden: refreshed when next shown, so
        # that one click reads what is on screen, not every panel of the case.
        self._stale: set[int] = set()
        self._rebuilding = False
        self.top = QHBoxLayout()
        self.top.setSpacing(16)
        self.top.addWidget(self.header, 3, Qt.AlignmentFlag.AlignTop)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._refresh_if_stale)
        # Beside the tabs rather than in the header: the header's facts keep their width on a
        # 1024-pixel screen.
        self.edit_button = QPushButton(translate("CaseView", "&Edit case…"))
        self.edit_button.setObjectName("editCaseButton")
        self.edit_button.setToolTip(
            translate(
                "CaseView", "Correct the applicant, representative, requests, dates or the answer's medium"
            )
        )
        self.edit_button.clicked.connect(lambda: self.case_actions.edit_case(self))
        self.edit_button.hide()
        self.merge_dialog: QDialog | None = None  # the open "Merge into another case…" dialog
        self.tabs.setCornerWidget(self.edit_button, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(10)
        layout.addLayout(self.top)
        # "Changed elsewhere" while something is typed here (CaseTabs.follow).
        self.notice = QLabel()
        self.notice.setObjectName("changedElsewhere")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "QLabel#changedElsewhere { background: #fff4e5; border: 1px solid #f0b45a; "
            "border-radius: 4px; padding: 4px 8px; }"
        )
        self.notice.hide()
        layout.addWidget(self.notice)
        # What the importer only guessed, with Confirm all (ui/case/suggestions.py).
        self.review_bar = ReviewBar(self._confirm)
        layout.addWidget(self.review_bar)
        layout.addWidget(self.tabs, 1)
        self.show_detail(detail)

    @property
    def mergeable(self) -> bool:
        """Case → Merge into another case… applies: an open case, someone who may edit it."""
        return self.editable and self.can_merge and self.detail.state.is_open

    @property
    def purged(self) -> bool:
        return self.detail.state is CaseState.PURGED

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.edit_button.setVisible(editable and not self.purged)
        self._show_confirm_buttons()

    def _show_confirm_buttons(self) -> None:
        """Confirming changes the case: only for someone who may edit it."""
        self.review_bar.show_for(() if self.purged else self.detail.suggested, self.editable)
        for button in self.findChildren(QAbstractButton, CONFIRM_BUTTON):
            button.setVisible(self.editable)

    def _confirm(self, fields: tuple[str, ...] | None) -> None:
        self.case_actions.confirm_suggestions(self, fields)

    def set_lifecycle_panel(self, panel: QWidget) -> None:
        """The state/deadline/actions panel, beside the header facts."""
        if self.lifecycle_panel is not None:
            self.top.removeWidget(self.lifecycle_panel)
            self.lifecycle_panel.deleteLater()
        self.lifecycle_panel = panel
        panel.setParent(self)
        self.top.addWidget(panel, 2)
        panel.setVisible(not self.purged)

    def add_panel(self, panel: QWidget, title: str) -> int:
        """A working tab, placed before the timeline (which stays last). Returns its index.

        The panel scrolls rather than forcing the window taller than a laptop screen."""
        page = scrolling(panel)
        self._panels[id(page)] = (panel, title)
        self._pages[id(page)] = page
        if self.purged:
            page.hide()  # nothing to work on: the personal data is gone
            return -1
        return self.tabs.insertTab(self.tabs.count() - 1, page, translate("Panels", title))

    def refresh_panels(self, changed_by: QWidget | None = None) -> None:
        """The case changed: the lifecycle panel and the panel on screen read it again now,
        the others when their tab is next shown. ``changed_by`` is up to date already."""
        for panel in [self.lifecycle_panel, *self.panels()]:
            if panel is None or panel is changed_by:
                continue
            if panel is self.lifecycle_panel or panel.isVisible():
                _refresh(panel)
            else:
                self._stale.add(id(panel))

    def _refresh_if_stale(self, index: int) -> None:
        if self._rebuilding:
            return
        entry = self._panels.get(id(self.tabs.widget(index)))
        if entry is not None and id(entry[0]) in self._stale:
            self._stale.discard(id(entry[0]))
            _refresh(entry[0])

    def panels(self) -> list[QWidget]:
        return [panel for panel, _title in self._panels.values()]

    def panel(self, title: str) -> QWidget | None:
        return next((panel for panel, t in self._panels.values() if t == title), None)

    def has_unsaved_input(self) -> bool:
        """A working panel's form, an open action dialog, or a note typed but not added."""
        if self.purged:
            return False  # nothing can be entered on a purged case
        if any(holds_unsaved_input(w) for w in [self.lifecycle_panel, *self.panels()]):
            return True
        dialog = self.edit_dialog
        if dialog is not None and dialog.isVisible() and holds_unsaved_input(dialog):
            return True
        return bool(self._typed_note().strip())

    def _typed_note(self) -> str:
        note = getattr(self, "note_edit", None)
        return note.toPlainText() if isinstance(note, QPlainTextEdit) else ""

    def panel_tab(self, title: str) -> int:
        """The index of a panel's tab by its (untranslated) title, or -1."""
        for i in range(self.tabs.count()):
            panel = self._panels.get(id(self.tabs.widget(i)))
            if panel is not None and panel[1] == title:
                return i
        return -1

    @property
    def ref(self) -> str:
        return self.detail.ref

    def show_detail(self, detail: CaseDetail) -> None:
        # Rebuilding the pages moves the current tab about: no stale panel reads meanwhile.
        self._rebuilding = True
        try:
            self._show_detail(detail)
        finally:
            self._rebuilding = False
        self._refresh_if_stale(self.tabs.currentIndex())

    def _show_detail(self, detail: CaseDetail) -> None:
        current_index = self.tabs.currentIndex()
        current = self.tabs.currentWidget()
        purged = detail.state is CaseState.PURGED
        # A note being typed survives the rebuild (any panel's action triggers one).
        typed_note = "" if self.purged else self._typed_note()
        self.detail = detail
        self.notice.hide()  # what it announced is on screen now
        build_header(self.header, detail, self.today, self._confirm)
        # The panels are kept (a panel may be the sender of the signal that got us here);
        # the read-only pages are rebuilt and the old ones deleted.
        for i in reversed(range(self.tabs.count())):
            page = self.tabs.widget(i)
            if id(page) in self._panels and not purged:
                continue
            self.tabs.removeTab(i)
            if page is not None and id(page) not in self._panels:
                page.deleteLater()
        self.edit_button.setVisible(self.editable and not purged)
        if purged:
            for hidden in [*self._pages.values(), self.lifecycle_panel]:
                if hidden is not None:
                    hidden.hide()
            self.tabs.addTab(purged_page(detail), translate("CaseView", "Personal data"))
        else:
            pages = [
                # Scrolls on a short screen rather than making the window taller than 700 pixels.
                (scrolling(parties_page(detail, self._confirm)), translate("CaseView", "Applicant")),
                (
                    self._messages_page(detail),
                    translate("CaseView", "Correspondence ({len})").format(len=len(detail.messages)),
                ),
                (
                    self._attachments_page(detail),
                    translate("CaseView", "Attachments ({len})").format(len=len(detail.attachments)),
                ),
                (
                    self._notes_page(detail),
                    translate("CaseView", "Notes ({len})").format(len=len(detail.notes)),
                ),
            ]
            for i, (page, title) in enumerate(pages):
                self.tabs.insertTab(i, page, title)
            self.note_edit.setPlainText(typed_note)
        self.tabs.addTab(
            self._timeline_page(detail),
            translate("CaseView", "Timeline ({len})").format(len=len(detail.events)),
        )
        self._show_confirm_buttons()
        if current is not None and id(current) in self._panels and self.tabs.indexOf(current) >= 0:
            self.tabs.setCurrentWidget(current)
        elif 0 <= current_index < self.tabs.count():
            self.tabs.setCurrentIndex(current_index)

    # --- tabs ---------------------------------------------------------------------------
    def _messages_page(self, d: CaseDetail) -> QWidget:
        if not d.messages:
            return empty(translate("CaseView", "No correspondence recorded yet."))
        self.message_list = QListWidget()
        for m in d.messages:
            arrow = "→" if m.direction == "out" else "←"
            subject = m.subject or translate("CaseView", "(no subject)")
            item = QListWidgetItem(f"{fmt_datetime(m.at)}  {arrow} {m.channel}\n{subject}")
            item.setData(ID_ROLE, m.id)
            self.message_list.addItem(item)
        self.message_text = QPlainTextEdit()
        self.message_text.setReadOnly(True)  # plain text: mail HTML is never rendered
        split = QSplitter()
        split.addWidget(self.message_list)
        split.addWidget(self.message_text)
        split.setSizes([280, 700])
        by_id = {m.id: m for m in d.messages}
        self.message_list.currentItemChanged.connect(
            lambda item, _old: (
                self.message_text.setPlainText(message_text(by_id[item.data(ID_ROLE)])) if item else None
            )
        )
        self.message_list.setCurrentRow(0)
        return split

    def _attachments_page(self, d: CaseDetail) -> QWidget:
        if not d.attachments:
            return empty(translate("CaseView", "No attachments."))
        self.attachment_tree = QTreeWidget()
        self.attachment_tree.setHeaderLabels(
            [
                translate("CaseView", "File"),
                translate("CaseView", "Type"),
                translate("CaseView", "Size"),
                translate("CaseView", "Pages"),
                translate("CaseView", "Kind"),
                translate("CaseView", "Added"),
            ]
        )
        self.attachment_tree.setRootIsDecorated(False)
        self.attachment_tree.setToolTip(translate("CaseView", "Double-click to view"))
        for a in d.attachments:
            item = QTreeWidgetItem(
                [
                    a.filename,
                    a.content_type,
                    size_text(a.size),
                    str(a.pages or ""),
                    a.kind.replace("_", " "),
                    fmt_datetime(a.added_at),
                ]
            )
            item.setData(0, ID_ROLE, a.id)
            self.attachment_tree.addTopLevelItem(item)
        self.attachment_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.attachment_tree.header().setStretchLastSection(False)
        for col, width in ((1, 120), (2, 80), (3, 60), (4, 110), (5, 140)):
            self.attachment_tree.setColumnWidth(col, width)
        self.attachment_tree.itemActivated.connect(
            lambda item, _col: self.case_actions.open_attachment(self.ref, int(item.data(0, ID_ROLE)))
        )
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.attachment_tree)
        layout.addWidget(muted(translate("CaseView", "Double-click a file to view it.")))
        return page

    def _notes_page(self, d: CaseDetail) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.notes_list = QListWidget()
        self.notes_list.setWordWrap(True)
        self.notes_list.setSpacing(2)
        for n in d.notes:
            self.notes_list.addItem(QListWidgetItem(f"{fmt_datetime(n.at)} — {n.author}\n{n.text}"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(translate("CaseView", "Write a note for this case…"))
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.note_error = QLabel()
        self.note_error.setStyleSheet(ERROR_STYLE)
        self.note_error.hide()
        self.add_note_button = QPushButton(translate("CaseView", "Add note"))
        self.add_note_button.clicked.connect(self._add_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note_error, 1)
        buttons.addWidget(self.add_note_button)
        layout.addWidget(self.notes_list, 1)
        layout.addWidget(self.note_edit)
        layout.addLayout(buttons)
        return page

    def _timeline_page(self, d: CaseDetail) -> QWidget:
        self.timeline = timeline_tree(d.events)
        return self.timeline

    def _add_note(self) -> None:
        text = self.note_edit.toPlainText()
        try:
            detail = self.case_actions.add_note(self.ref, text)
        except UserError as exc:
            message = getattr(exc, "fields", {}).get("note", exc.message)
            self.note_error.setText(message)
            self.note_error.show()
            return
        notes_tab = self.tabs.currentIndex()
        self.note_edit.clear()  # added: not to be carried into the rebuilt page
        self.show_detail(detail)
        self.refresh_panels()  # the note made a new version: the panels quote it from now on
        self.tabs.setCurrentIndex(notes_tab)


def _refresh(panel: QWidget) -> None:
    refresh = getattr(panel, "refresh", None)
    if callable(refresh):
        refresh()
