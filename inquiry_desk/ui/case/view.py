"""One opened case: header facts, parties, correspondence, attachments, notes, timeline.

Layout only. What happens on "Add note" or on opening an attachment is decided by the
`CaseActions` the main controller passes in. Working panels (the lifecycle actions, identity
verification, clock ledger, fees) are built by the controller and handed in through
`set_lifecycle_panel` and `add_panel`: they survive `show_detail`, which only rebuilds the
read-only pages, and they disappear once the case is purged.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
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

from inquiry_desk.domain.enums import CaseState, Outcome, PartyRole
from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import in_language, label_of, translate
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services.cases.views import CaseDetail, MessageView
from inquiry_desk.ui.case.timeline import timeline_tree
from inquiry_desk.ui.widgets.field_error import ERROR_STYLE
from inquiry_desk.ui.widgets.formatting import (
    days_left_text,
    fmt_date,
    fmt_datetime,
    request_types_full,
    size_text,
)
from inquiry_desk.ui.widgets.scrolling import scrolling
from inquiry_desk.ui.widgets.unsaved import holds_unsaved_input

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CaseActions(Protocol):
    def add_note(self, ref: str, text: str) -> CaseDetail: ...

    def open_attachment(self, ref: str, attachment_id: int) -> None: ...

    def edit_case(self, view: CaseView) -> None: ...


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
        self._build_header(detail)
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
            self.tabs.addTab(self._purged_page(detail), translate("CaseView", "Personal data"))
        else:
            pages = [
                # Scrolls on a short screen rather than making the window taller than 700 pixels.
                (scrolling(self._parties_page(detail)), translate("CaseView", "Applicant")),
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
        if current is not None and id(current) in self._panels and self.tabs.indexOf(current) >= 0:
            self.tabs.setCurrentWidget(current)
        elif 0 <= current_index < self.tabs.count():
            self.tabs.setCurrentIndex(current_index)

    # --- header -------------------------------------------------------------------------
    def _build_header(self, d: CaseDetail) -> None:
        old = self.header.layout()
        if old is not None:
            QWidget().setLayout(old)  # reparent the old layout so it is deleted with a temp widget
        grid = QGridLayout(self.header)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        title = QLabel(d.ref)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        state = QLabel(label_of(d.state) + (translate("CaseView", "  ·  legal hold") if d.legal_hold else ""))
        state.setObjectName("stateBadge")
        state.setStyleSheet(
            "QLabel#stateBadge { background: #e8eef6; color: #1f3b5c; border-radius: 4px; padding: 2px 8px; }"
        )
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(10)
        top.addWidget(state)
        if d.applicant_name and d.state is not CaseState.PURGED:
            who = QLabel(d.applicant_name)
            who.setStyleSheet("color: #3c4450;")
            who_font = QFont(who.font())
            who_font.setPointSizeF(who_font.pointSizeF() * 1.2)
            who.setFont(who_font)
            top.addSpacing(16)
            top.addWidget(who)
        top.addStretch(1)
        grid.addLayout(top, 0, 0, 1, 8)

        due = fmt_date(d.due)
        if d.state.clock_paused:
            due += translate("CaseView", "  (clock paused)")
        elif d.state.is_open and d.due:
            due += f"  ({days_left_text((d.due - self.today).days)})"
        facts = [
            (translate("CaseView", "Kind"), label_of(d.kind)),
            (translate("CaseView", "Channel"), label_of(d.channel)),
            (translate("CaseView", "Received"), fmt_date(d.received)),
            (translate("CaseView", "Due"), due),
            (translate("CaseView", "Jurisdiction"), label_of(d.jurisdiction)),
            (translate("CaseView", "Language"), label_of(d.language)),
            (translate("CaseView", "Assignee"), d.assignee or "—"),
            (translate("CaseView", "Requests"), request_types_full(d.request_types)),
        ]
        if d.outcome:
            facts.append(
                (
                    translate("CaseView", "Outcome"),
                    (
                        translate("CaseView", "Merged into {ref}").format(ref=d.merged_into)
                        if d.merged_into
                        else _outcome_text(d.outcome)
                    )
                    + (
                        ""
                        if d.deadline_met is None
                        else (
                            translate("CaseView", "  (deadline met)")
                            if d.deadline_met
                            else translate("CaseView", "  (deadline missed)")
                        )
                    ),
                )
            )
        for i, (name, value) in enumerate(facts):
            row, col = 1 + i % 4, (i // 4) * 2
            key = QLabel(name)
            key.setStyleSheet("color: #6b7280;")
            key.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            val = QLabel(value)
            # Long values (several request types) wrap instead of widening the window past a
            # 1024-pixel screen.
            val.setWordWrap(True)
            val.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            val.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(key, row, col)
            grid.addWidget(val, row, col + 1)
        # The value columns take the room there is, so that a value wraps only when it must.
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)

    # --- tabs ---------------------------------------------------------------------------
    def _parties_page(self, d: CaseDetail) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.addWidget(_party_box(translate("CaseView", "Applicant"), d.applicant), 1)
        if d.representative is not None:
            kind = d.representative.representative_kind
            title = in_language(f"{kind.label} ({kind.label_ja})", kind.label_ja) if kind else ""
            title = title or label_of(PartyRole.REPRESENTATIVE)
            row.addWidget(_party_box(title, d.representative), 1)
        else:
            none = QGroupBox(translate("CaseView", "Representative"))
            none_layout = QVBoxLayout(none)
            none_layout.addWidget(_muted(translate("CaseView", "None — the applicant wrote in person.")))
            none_layout.addStretch(1)
            row.addWidget(none, 1)
        return page

    def _messages_page(self, d: CaseDetail) -> QWidget:
        if not d.messages:
            return _empty(translate("CaseView", "No correspondence recorded yet."))
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
                self.message_text.setPlainText(_message_text(by_id[item.data(ID_ROLE)])) if item else None
            )
        )
        self.message_list.setCurrentRow(0)
        return split

    def _attachments_page(self, d: CaseDetail) -> QWidget:
        if not d.attachments:
            return _empty(translate("CaseView", "No attachments."))
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
        layout.addWidget(_muted(translate("CaseView", "Double-click a file to view it.")))
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

    def _purged_page(self, d: CaseDetail) -> QWidget:
        when = fmt_date(d.purged_at.date()) if d.purged_at else translate("CaseView", "an earlier date")
        return _empty(
            translate(
                "CaseView",
                "Personal data erased on {when}.\n\nThe applicant's details, correspondence, "
                "attachments and notes of this case were deleted as the privacy policy promises. The "
                "anonymous facts above remain for statistics and to show that the request was "
                "handled.",
            ).format(when=when)
        )

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


def _party_box(title: str, party: PartyData | None) -> QGroupBox:
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
    form.setHorizontalSpacing(14)
    if party is None:
        form.addRow(_muted(translate("CaseActions", "Not recorded.")))
        return box
    name = QLabel()
    # Furigana sits above the name, as on Japanese forms.
    kana = (
        translate("CaseActions", "<span style='color:#6b7280; font-size:small'>{esc}</span><br>").format(
            esc=_esc(party.name_kana)
        )
        if party.name_kana
        else ""
    )
    name.setText(
        translate("CaseActions", "{kana}<span style='font-size:large'>{esc}</span>").format(
            kana=kana, esc=_esc(party.name)
        )
    )
    name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    form.addRow(translate("CaseActions", "Name:"), name)
    address = "\n".join(
        filter(
            None,
            [
                f"〒{party.postal_code}"
                if party.postal_code and party.country.upper() == "JP"
                else party.postal_code,
                party.address,
                # A domestic address needs no country line, as on the envelope.
                "" if party.country.upper() == "JP" else party.country,
            ],
        )
    )
    for label, value in (
        (translate("CaseActions", "Address:"), address),
        (translate("CaseActions", "Email:"), party.email),
        (translate("CaseActions", "Phone:"), party.phone),
        (translate("CaseActions", "Fax:"), party.fax),
        (translate("CaseActions", "Customer no.:"), party.customer_number),
    ):
        field = QLabel(value or "—")
        field.setTextFormat(Qt.TextFormat.PlainText)
        field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        field.setWordWrap(True)
        form.addRow(label, field)
    return box


def _message_text(m: MessageView) -> str:
    head = [f"{name}: {value}" for name, value in m.headers] or [
        translate("CaseActions", "From: {sender}").format(sender=m.sender),
        translate("CaseActions", "Subject: {subject}").format(subject=m.subject),
        translate("CaseActions", "Date: {fmt_datetime}").format(fmt_datetime=fmt_datetime(m.at)),
    ]
    warn = [f"⚠ {w}" for w in m.warnings]
    return "\n".join([*head, *warn, "", m.body])


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("color: #6b7280;")
    label.setWordWrap(True)
    return label


def _empty(text: str) -> QWidget:
    frame = QFrame()
    layout = QVBoxLayout(frame)
    label = _muted(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addStretch(1)
    layout.addWidget(label)
    layout.addStretch(2)
    return frame


def _refresh(panel: QWidget) -> None:
    refresh = getattr(panel, "refresh", None)
    if callable(refresh):
        refresh()


def _outcome_text(value: str) -> str:
    """A stored outcome in the interface's language; one a newer version wrote, as stored."""
    try:
        return label_of(Outcome(value))
    except ValueError:
        return value.replace("_", " ").capitalize()
