"""New inquiry (Ctrl+N): log a letter, fax, email, call or visit as a case.

The dialog stays open when saving fails: every typed value is kept and the service's
messages appear beside their fields (ValidationFailed.fields keys such as
"applicant.email"). It saves through an injected `submit` callable so that it never
reaches into the database itself.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.enums import (
    APPI_REQUEST_TYPES,
    CaseKind,
    Channel,
    Jurisdiction,
    Language,
    RequestType,
)
from inquiry_desk.domain.errors import UserError, ValidationFailed
from inquiry_desk.domain.i18n import in_language, label_of, translate
from inquiry_desk.services.cases.views import NewAttachment, NewCase
from inquiry_desk.ui.intake.party_form import PartyForm
from inquiry_desk.ui.widgets.dates import to_date, to_qdate
from inquiry_desk.ui.widgets.field_error import ERROR_STYLE, FieldWithError
from inquiry_desk.ui.widgets.formatting import size_text
from inquiry_desk.ui.widgets.party_columns import party_box, representative_box, save_cancel, two_columns
from inquiry_desk.ui.widgets.screen_fit import fit_to_screen
from inquiry_desk.ui.widgets.unsaved import FormSnapshot, close_or_ask

TYPE_ROLE = Qt.ItemDataRole.UserRole + 1


class IntakeDialog(QDialog):
    case_created = Signal(str)

    def __init__(
        self,
        submit: Callable[[NewCase], str],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intakeDialog")
        self.setWindowTitle(translate("IntakeDialog", "New inquiry"))
        self.setAcceptDrops(True)
        self._submit = submit
        self._today = today
        self.attachments: list[NewAttachment] = []
        self.created_ref: str | None = None

        self.received = QDateEdit()
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("yyyy-MM-dd")
        today_q = to_qdate(today())
        self.received.setMaximumDate(today_q)  # the legal receipt date may be earlier, never later
        self.received.setDate(today_q)
        self.channel = enum_combo([(label_of(c), c) for c in Channel])
        self.kind = enum_combo([(label_of(k), k) for k in CaseKind])
        self.jurisdiction = enum_combo([(label_of(j), j) for j in Jurisdiction])
        self.language = enum_combo([(label_of(lang), lang) for lang in Language])
        self.request_types = request_type_tree()
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(
            translate("IntakeDialog", "Anything a colleague should know (kept with the case, encrypted)")
        )
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.applicant = PartyForm()
        self.representative = PartyForm(representative=True)
        self.attachment_list = QListWidget()
        self.attachment_list.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        self.add_files = QPushButton(translate("IntakeDialog", "Add files…"))
        self.remove_file = QPushButton(translate("IntakeDialog", "Remove"))
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.rows: dict[str, FieldWithError] = {
            "received": FieldWithError(self.received),
            "request_types": FieldWithError(self.request_types),
            "attachments": FieldWithError(self.attachment_list),
        }
        self._build_layout()
        self.jurisdiction.currentIndexChanged.connect(self._jurisdiction_changed)
        self.add_files.clicked.connect(self._choose_files)
        self.remove_file.clicked.connect(self._remove_selected)
        # Taken last: today's date and the default choices are not the person's input.
        self.unsaved = FormSnapshot(self)

    # --- layout -------------------------------------------------------------------------
    def _build_layout(self) -> None:
        inquiry = QGroupBox(translate("IntakeDialog", "Inquiry"))
        form = QFormLayout(inquiry)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("IntakeDialog", "&Received on:"), self.rows["received"])
        form.addRow(translate("IntakeDialog", "C&hannel:"), self.channel)
        form.addRow(translate("IntakeDialog", "&Kind:"), self.kind)
        form.addRow(translate("IntakeDialog", "&Jurisdiction:"), self.jurisdiction)
        form.addRow(translate("IntakeDialog", "&Language:"), self.language)
        form.addRow(translate("IntakeDialog", "&Requests:"), self.rows["request_types"])
        form.addRow(translate("IntakeDialog", "N&ote:"), self.note)

        applicant = party_box(translate("IntakeDialog", "Applicant"), self.applicant)
        self.representative_box = representative_box(
            translate("IntakeDialog", "Representative (an agent acts for the applicant)"), self.representative
        )
        self.representative_box.setChecked(False)
        self.representative.setVisible(False)

        files = QGroupBox(translate("IntakeDialog", "Attachments — drop scans, faxes or emails here"))
        files_layout = QHBoxLayout(files)
        files_layout.addWidget(self.rows["attachments"], 1)
        buttons_col = QVBoxLayout()
        buttons_col.addWidget(self.add_files)
        buttons_col.addWidget(self.remove_file)
        buttons_col.addStretch(1)
        files_layout.addLayout(buttons_col)

        # Left: what arrived; right: who sent it. Representative fields open only when needed.
        scroll = two_columns([inquiry, files], [applicant, self.representative_box])
        self.buttons, self.save_button = save_cancel(
            translate("IntakeDialog", "&Save inquiry"), self.save, self.reject
        )
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.general_error)
        outer.addWidget(self.buttons)
        fit_to_screen(self, 1180, 820)

    def has_unsaved_input(self) -> bool:
        return self.unsaved.changed

    def reject(self) -> None:
        # Esc, Cancel and the title bar's close all come here: a typed letter is never lost
        # to a stray keypress.
        close_or_ask(self, self.has_unsaved_input(), super().reject)

    # --- reading the form ------------------------------------------------------------------
    def checked_types(self) -> list[RequestType]:
        return checked_types(self.request_types)

    def set_types(self, types: Iterable[RequestType]) -> None:
        set_types(self.request_types, types)

    def new_case(self) -> NewCase:
        rep = self.representative.party() if self.representative_box.isChecked() else None
        # Qt hands StrEnum item data back as plain str: convert to the enums again.
        return NewCase(
            received=to_date(self.received.date()),
            channel=Channel(self.channel.currentData()),
            kind=CaseKind(self.kind.currentData()),
            request_types=self.checked_types(),
            jurisdiction=Jurisdiction(self.jurisdiction.currentData()),
            language=Language(self.language.currentData()),
            applicant=self.applicant.party(),
            representative=rep,
            note=self.note.toPlainText(),
            attachments=list(self.attachments),
        )

    # --- saving ---------------------------------------------------------------------------
    def save(self) -> None:
        self._show_errors({})
        try:
            ref = self._submit(self.new_case())
        except ValidationFailed as exc:
            self._show_errors(exc.fields)
            return
        except UserError as exc:
            self.general_error.setText(exc.message)
            self.general_error.show()
            return
        self.created_ref = ref
        self.case_created.emit(ref)
        self.accept()

    def _show_errors(self, fields: dict[str, str]) -> None:
        for key, row in self.rows.items():
            row.set_error(fields.get(key))
        self.applicant.show_errors(prefixed(fields, "applicant."))
        self.representative.show_errors(prefixed(fields, "representative."))
        known = (
            set(self.rows)
            | {f"applicant.{k}" for k in self.applicant.rows}
            | {f"representative.{k}" for k in self.representative.rows}
        )
        other = [msg for key, msg in fields.items() if key not in known]
        self.general_error.setText("\n".join(other))
        self.general_error.setVisible(bool(other))
        if fields:
            self.general_error.setText("\n".join(["Please correct the fields marked in red.", *other]))
            self.general_error.show()
            target = (
                next((r.field for r in self.rows.values() if r.error_text), None)
                or self.applicant.first_invalid()
                or self.representative.first_invalid()
            )
            if target is not None:
                target.setFocus()

    def field_errors(self) -> dict[str, str]:
        """Messages currently shown, keyed like ValidationFailed.fields (for tests)."""
        shown = {k: r.error_text for k, r in self.rows.items() if r.error_text}
        for prefix, form in (("applicant.", self.applicant), ("representative.", self.representative)):
            shown.update({prefix + k: r.error_text for k, r in form.rows.items() if r.error_text})
        return shown

    # --- attachments ----------------------------------------------------------------------
    def add_paths(self, paths: Iterable[Path]) -> None:
        for path in paths:
            if not path.is_file():
                continue
            try:
                data = path.read_bytes()
            except OSError as exc:
                self.general_error.setText(
                    translate("IntakeDialog", "{name} cannot be read: {strerror}.").format(
                        name=path.name, strerror=exc.strerror
                    )
                )
                self.general_error.show()
                continue
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            self.attachments.append(NewAttachment(path.name, content_type, data))
            item = QListWidgetItem(f"{path.name}   ({content_type}, {size_text(len(data))})")
            self.attachment_list.addItem(item)

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            translate("IntakeDialog", "Add files"),
            "",
            translate(
                "IntakeDialog",
                "Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.msg *.txt);;All "
                "files (*)",
            ),
        )
        self.add_paths(Path(n) for n in names)

    def _remove_selected(self) -> None:
        row = self.attachment_list.currentRow()
        if row >= 0:
            self.attachment_list.takeItem(row)
            del self.attachments[row]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_paths(Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile())
        event.acceptProposedAction()

    def _jurisdiction_changed(self) -> None:
        # Convenience only: EEA/UK applicants almost always write in English.
        juris = Jurisdiction(self.jurisdiction.currentData())
        if juris.is_gdpr:
            self.language.setCurrentIndex(self.language.findData(Language.EN))
        elif juris is Jurisdiction.JP:
            self.language.setCurrentIndex(self.language.findData(Language.JA))


def checked_types(tree: QTreeWidget) -> list[RequestType]:
    """The request types ticked in a `request_type_tree` (the edit dialog uses it too)."""
    found: list[RequestType] = []
    for group in tree_children(tree.invisibleRootItem()):
        for item in tree_children(group):
            if item.checkState(0) == Qt.CheckState.Checked:
                found.append(RequestType(item.data(0, TYPE_ROLE)))
    return found


def set_types(tree: QTreeWidget, types: Iterable[RequestType]) -> None:
    wanted = {t.value for t in types}
    for group in tree_children(tree.invisibleRootItem()):
        for item in tree_children(group):
            state = Qt.CheckState.Checked if item.data(0, TYPE_ROLE) in wanted else Qt.CheckState.Unchecked
            item.setCheckState(0, state)


def prefixed(fields: dict[str, str], prefix: str) -> dict[str, str]:
    return {k[len(prefix) :]: v for k, v in fields.items() if k.startswith(prefix)}


def tree_children(item: QTreeWidgetItem) -> Iterator[QTreeWidgetItem]:
    for index in range(item.childCount()):
        child = item.child(index)
        if child is not None:
            yield child


def enum_combo(items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for label, value in items:
        combo.addItem(label, value)
    return combo


def request_type_tree() -> QTreeWidget:
    tree = QTreeWidget()
    tree.setColumnCount(2)
    tree.setHeaderHidden(True)
    tree.setRootIsDecorated(False)
    tree.setIndentation(12)
    tree.setObjectName("requestTypes")
    groups = [
        (
            translate("IntakeDialog", "APPI — Disclosure, etc."),
            "開示等の請求",
            [t for t in RequestType if t in APPI_REQUEST_TYPES],
        ),
        (
            translate("IntakeDialog", "GDPR — data subject rights"),
            "",
            [t for t in RequestType if t not in APPI_REQUEST_TYPES],
        ),
    ]
    for title, title_ja, types in groups:
        group = QTreeWidgetItem(tree, [title, in_language(title_ja, "")])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        group.setFirstColumnSpanned(False)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFont(1, font)
        for t in types:
            # The Japanese label without the GDPR article the English one already gives.
            japanese = t.label_ja.split("（")[0]
            # A Japanese screen shows the Japanese term alone; an English one adds it in grey.
            item = QTreeWidgetItem(group, [in_language(t.label, t.label_ja), in_language(japanese, "")])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setData(0, TYPE_ROLE, t.value)
            item.setToolTip(0, in_language(f"{t.label} — {t.label_ja}", t.label_ja))
            item.setForeground(1, QBrush(QColor("#5b6472")))
    tree.expandAll()
    tree.resizeColumnToContents(0)  # 18 fixed rows: measuring them is cheap
    tree.setMinimumHeight(tree.sizeHintForRow(0) * 19 + 8)
    return tree
