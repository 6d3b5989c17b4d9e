"""Identity verification on the case view: evidence by type, checks, result, ID copies.

The rule "one photo ID, or two without" and what is still missing are the domain's
evaluation, shown again after every change; the masking confirmation appears only
for documents that need it (driver's licence, health-insurance card, My Number
card), and the issue date only for a certificate of residence.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.enums import PartyRole
from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, in_language, label_of, translate
from inquiry_desk.domain.verification import EvidenceType
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.lifecycle.services import Lifecycle
from inquiry_desk.services.lifecycle.verification import Checks, EvidenceView, NewEvidence, VerificationView
from inquiry_desk.ui.case.lifecycle_common import InlineMessage, run_service
from inquiry_desk.ui.widgets.dates import to_date
from inquiry_desk.ui.widgets.row_model import ROW_ROLE, RowTableModel  # the role returns the EvidenceView
from inquiry_desk.ui.widgets.unsaved import FormSnapshot

COL_TYPE, COL_HOLDER, COL_ISSUED, COL_MASKED, COL_STATUS, COL_COPY = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Document"),
    QT_TRANSLATE_NOOP("Columns", "Holder"),
    QT_TRANSLATE_NOOP("Columns", "Issued"),
    QT_TRANSLATE_NOOP("Columns", "Masked"),
    QT_TRANSLATE_NOOP("Columns", "Accepted?"),
    QT_TRANSLATE_NOOP("Columns", "Copy"),
)
_CHECK_CHOICES = (
    (QT_TRANSLATE_NOOP("EvidenceTableModel", "Not checked"), None),
    (QT_TRANSLATE_NOOP("EvidenceTableModel", "Matches"), True),
    (QT_TRANSLATE_NOOP("EvidenceTableModel", "Differs"), False),
)


class EvidenceTableModel(RowTableModel[EvidenceView]):
    headers = HEADERS

    def display(self, row: EvidenceView, column: int) -> str | None:
        if column == COL_TYPE:
            return in_language(f"{row.type.label} ({row.type.label_ja})", row.type.label_ja)
        if column == COL_HOLDER:
            return row.holder.value.capitalize()
        if column == COL_ISSUED:
            return f"{row.issued_on:%Y-%m-%d}" if row.issued_on else "—"
        if column == COL_MASKED:
            return ("Yes" if row.masking_confirmed else "No") if row.type.masking_required else "—"
        if column == COL_STATUS:
            return (
                translate("EvidenceTableModel", "Accepted")
                if row.problem is None
                else translate("EvidenceTableModel", "Not accepted")
            )
        if row.copy_deleted_at:
            return translate("EvidenceTableModel", "Destroyed {copy_deleted_at:%Y-%m-%d}").format(
                copy_deleted_at=row.copy_deleted_at
            )
        return translate("EvidenceTableModel", "Held") if row.attachment_id else "—"

    def tooltip(self, row: EvidenceView, column: int) -> str | None:
        return row.problem if column == COL_STATUS else None


class VerificationPanel(QWidget):
    changed = Signal()

    def __init__(self, lifecycle: Lifecycle, actor: Actor, ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lifecycle = lifecycle
        self.actor = actor
        self.ref = ref
        self.view: VerificationView | None = None
        self._loading = False

        self.model = EvidenceTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The document name takes what is left, so the narrow columns are never pushed off-screen.
        header.setSectionResizeMode(COL_TYPE, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)

        self.rule = QLabel(
            translate(
                "VerificationPanel",
                "Rule: one photo ID, or two documents without a photo "
                "(写真付き本人確認書類1点、または写真なし2点).",
            )
        )
        self.rule.setWordWrap(True)
        self.evaluation = QLabel()
        self.evaluation.setObjectName("evaluationLabel")
        self.evaluation.setWordWrap(True)
        self.message = InlineMessage()

        layout = QVBoxLayout(self)
        layout.addWidget(self.rule)
        layout.addWidget(self.table)
        add_box = self._build_add_box()
        layout.addWidget(add_box)
        layout.addWidget(self._build_checks_box())
        layout.addWidget(self.evaluation)
        layout.addLayout(self._build_buttons())
        layout.addWidget(self.message)
        self.refresh()
        # The evidence form only: the checks below are saved as soon as they are chosen.
        self.unsaved = FormSnapshot(add_box)

    def has_unsaved_input(self) -> bool:
        """Evidence chosen in the form but not added."""
        return self.unsaved.changed

    # --- building ------------------------------------------------------------------------
    def _build_add_box(self) -> QGroupBox:
        box = QGroupBox(translate("VerificationPanel", "Add evidence received"))
        form = QFormLayout(box)
        self.type_combo = QComboBox()
        for kind in EvidenceType:
            self.type_combo.addItem(in_language(f"{kind.label} — {kind.label_ja}", kind.label_ja), kind)
        self.holder_combo = QComboBox()
        for role in PartyRole:
            self.holder_combo.addItem(label_of(role), role)
        self.issued_edit = QDateEdit()
        self.issued_edit.setCalendarPopup(True)
        self.issued_edit.setDisplayFormat("yyyy-MM-dd")
        self.issued_edit.setDate(QDate.currentDate())
        self.issued_label = QLabel(translate("VerificationPanel", "&Issued on:"))
        self.issued_label.setBuddy(self.issued_edit)
        self.masking_check = QCheckBox()
        self.add_button = QPushButton(translate("VerificationPanel", "&Add evidence"))
        self.add_button.setObjectName("addEvidence")
        self.add_button.clicked.connect(self.add_evidence)
        form.addRow(translate("VerificationPanel", "&Document:"), self.type_combo)
        form.addRow(translate("VerificationPanel", "&Holder:"), self.holder_combo)
        form.addRow(self.issued_label, self.issued_edit)
        form.addRow(self.masking_check)
        form.addRow(self.add_button)
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self._type_changed()
        return box

    def _build_checks_box(self) -> QGroupBox:
        box = QGroupBox(translate("VerificationPanel", "Checks against the request"))
        form = QFormLayout(box)
        self.check_combos: dict[str, QComboBox] = {}
        for key, label in (
            (
                "name",
                translate("VerificationPanel", "&Name on the documents:"),
            ),
            (
                "address",
                translate("VerificationPanel", "Add&ress on the documents:"),
            ),
            (
                "account",
                translate("VerificationPanel", "&Email from the registered account:"),
            ),
        ):
            combo = QComboBox()
            combo.setObjectName(f"check_{key}")
            for text, value in _CHECK_CHOICES:
                combo.addItem(translate("EvidenceTableModel", text), value)
            combo.currentIndexChanged.connect(self.save_checks)
            form.addRow(label, combo)
            self.check_combos[key] = combo
        return box

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.confirm_button = QPushButton(translate("VerificationPanel", "&Confirm masking of selected"))
        self.verified_button = QPushButton(translate("VerificationPanel", "Mark &verified"))
        self.verified_button.setObjectName("markVerified")
        self.failed_button = QPushButton(translate("VerificationPanel", "Mark &failed"))
        self.failed_button.setObjectName("markFailed")
        self.delete_button = QPushButton(translate("VerificationPanel", "De&lete ID copies now"))
        self.delete_button.setObjectName("deleteCopies")
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.verified_button.clicked.connect(self.mark_verified)
        self.failed_button.clicked.connect(self.mark_failed)
        self.delete_button.clicked.connect(self.delete_copies)
        for button in (self.confirm_button, self.verified_button, self.failed_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _type_changed(self) -> None:
        kind = EvidenceType(self.type_combo.currentData())
        dated = kind is EvidenceType.CERTIFICATE_OF_RESIDENCE
        self.issued_edit.setVisible(dated)
        self.issued_label.setVisible(dated)
        masking = kind.masking_required
        self.masking_check.setVisible(masking is not None)
        self.masking_check.setChecked(False)
        self.masking_check.setText(
            translate("VerificationPanel", "&Masked: {masking}").format(masking=masking) if masking else ""
        )
        if kind is EvidenceType.MY_NUMBER_CARD:
            self.masking_check.setText(
                translate(
                    "VerificationPanel", "&Individual Number masked, or the copy destroyed (never keep it)"
                )
            )

    # --- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        if not run_service(self.message, self._load):
            return
        view = self.view
        assert view is not None
        self.model.set_rows(list(view.evidence))
        self._loading = True
        for key, value in (
            ("name", view.checks.name_matches),
            ("address", view.checks.address_matches),
            ("account", view.checks.email_matches_account),
        ):
            combo = self.check_combos[key]
            combo.setCurrentIndex(next(i for i, (_t, v) in enumerate(_CHECK_CHOICES) if v is value))
        self._loading = False
        result = view.evaluation
        if result.verified:
            text = translate(
                "VerificationPanel",
                "<b style='color:#1e4620'>Identity confirmed by the evidence recorded.</b>",
            )
        else:
            text = translate(
                "VerificationPanel", "<b style='color:#a40000'>Not yet confirmed.</b> Still missing: "
            ) + "; ".join(result.missing)
        if result.rejected:
            text += translate("VerificationPanel", "<br>Not accepted: ") + "; ".join(result.rejected)
        if view.decided:
            text += translate(
                "VerificationPanel", "<br>Decision: {decided} by {decided_by} on {decided_at:%Y-%m-%d %H:%M}"
            ).format(decided=view.decided, decided_by=view.decided_by, decided_at=view.decided_at)
        self.evaluation.setText(text)
        copies = len(view.copies_to_delete)
        self.delete_button.setEnabled(copies > 0)
        self.delete_button.setText(
            translate("VerificationPanel", "De&lete ID copies now ({copies})").format(copies=copies)
            if copies
            else translate("VerificationPanel", "No ID copies held")
        )

    def _load(self) -> None:
        self.view = self.lifecycle.verification.view(self.actor, self.ref)

    def _version(self) -> int | None:
        return self.view.version if self.view is not None else None

    # --- acting --------------------------------------------------------------------------
    def _done(self, ok: bool, info: str = "") -> None:
        if ok:
            self.refresh()
            if info:
                self.message.info(info)
            self.changed.emit()

    def add_evidence(self) -> None:
        kind = EvidenceType(self.type_combo.currentData())
        issued: date | None = None
        if kind is EvidenceType.CERTIFICATE_OF_RESIDENCE:
            issued = to_date(self.issued_edit.date())
        new = NewEvidence(
            kind,
            PartyRole(self.holder_combo.currentData()),
            issued_on=issued,
            masking_confirmed=self.masking_check.isChecked(),
        )
        ok = run_service(
            self.message,
            lambda: self.lifecycle.verification.add_evidence(
                self.actor, self.ref, new, expected_version=self._version()
            ),
        )
        if ok:
            self.unsaved.reset()  # added: what the form still shows is on the table now
        self._done(ok)

    def save_checks(self) -> None:
        if self._loading:
            return
        checks = Checks(
            self.check_combos["name"].currentData(),
            self.check_combos["address"].currentData(),
            self.check_combos["account"].currentData(),
        )
        # Quoting the version shown: a colleague's tick saved meanwhile is not overwritten; the
        # refusal says who changed what, and the choices stay as made until the panel reloads.
        self._done(
            run_service(
                self.message,
                lambda: self.lifecycle.verification.set_checks(
                    self.actor, self.ref, checks, expected_version=self._version()
                ),
            )
        )

    def confirm_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.error(
                translate("VerificationPanel", "Select the document whose masking you have checked.")
            )
            return
        row: EvidenceView = rows[0].data(ROW_ROLE)
        self._done(
            run_service(
                self.message,
                lambda: self.lifecycle.verification.confirm_masking(
                    self.actor, self.ref, row.id, expected_version=self._version()
                ),
            )
        )

    def mark_verified(self) -> None:
        self._done(
            run_service(
                self.message,
                lambda: self.lifecycle.verification.mark_verified(
                    self.actor, self.ref, expected_version=self._version()
                ),
            ),
            translate("VerificationPanel", "Identity marked verified. Delete the ID copies now."),
        )

    def mark_failed(self) -> None:
        missing = "; ".join(self.view.evaluation.missing) if self.view else ""
        self._done(
            run_service(
                self.message,
                lambda: self.lifecycle.verification.mark_failed(
                    self.actor, self.ref, missing, expected_version=self._version()
                ),
            ),
            translate(
                "VerificationPanel",
                "Verification failed: the clock is paused until the applicant sends what is missing.",
            ),
        )

    def delete_copies(self) -> None:
        count: list[int] = []
        ok = run_service(
            self.message,
            lambda: count.append(
                # The copies shown are the ones destroyed: not ones a colleague added since.
                self.lifecycle.verification.delete_id_copies(
                    self.actor, self.ref, expected_version=self._version()
                )
            ),
        )
        destroyed = count[0] if count else 0  # a plain name: lupdate drops a computed count
        self._done(ok, translate("VerificationPanel", "%n ID cop(y|ies) destroyed.", None, destroyed))
