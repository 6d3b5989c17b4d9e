"""Entry fields for one party (applicant or representative), with errors beside each field."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from inquiry_desk.domain.enums import RepresentativeKind
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.ui.widgets.field_error import FieldWithError

PARTY_FIELDS = (
    "name",
    "name_kana",
    "postal_code",
    "address",
    "country",
    "email",
    "phone",
    "fax",
    "customer_number",
)


class PartyForm(QWidget):
    def __init__(self, *, representative: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText("As written by the sender, e.g. 山田 太郎")
        self.name_kana = QLineEdit()
        self.name_kana.setPlaceholderText("フリガナ, e.g. ヤマダ タロウ")
        self.postal_code = QLineEdit()
        self.postal_code.setPlaceholderText("〒 530-0001")
        self.postal_code.setMaximumWidth(160)
        self.address = QPlainTextEdit()
        self.address.setPlaceholderText("One line per element: prefecture, city, street, building")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.country = QLineEdit("JP")
        self.country.setMaxLength(2)
        self.country.setMaximumWidth(60)
        self.country.setToolTip("ISO country code: JP, DE, FR, GB …")
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.fax = QLineEdit()
        self.customer_number = QLineEdit()
        self.kind: QComboBox | None = None

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        self.rows: dict[str, FieldWithError] = {}
        if representative:
            self.kind = QComboBox()
            self.kind.addItem("Legal representative (法定代理人)", RepresentativeKind.LEGAL)
            self.kind.addItem(
                "Appointed agent with power of attorney (任意代理人・委任状)", RepresentativeKind.APPOINTED
            )
            form.addRow("Kind:", self.kind)
        labels = {
            "name": "&Name:",
            "name_kana": "Furi&gana:",
            "postal_code": "Postal code:",
            "address": "&Address:",
            "country": "Country:",
            "email": "&Email:",
            "phone": "&Phone:",
            "fax": "Fa&x:",
            "customer_number": "Customer no.:",
        }
        if representative:  # keep the applicant's mnemonics unique within the dialog
            labels = {k: v.replace("&", "") for k, v in labels.items()}
        for key in PARTY_FIELDS:
            row = FieldWithError(getattr(self, key))
            self.rows[key] = row
            form.addRow(labels[key], row)

    def party(self) -> PartyData:
        data = self.kind.currentData() if self.kind is not None else None
        kind = RepresentativeKind(data) if data else None  # Qt returns StrEnum data as str
        return PartyData(
            name=self.name.text().strip(),
            name_kana=self.name_kana.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            fax=self.fax.text().strip(),
            postal_code=self.postal_code.text().strip(),
            address=self.address.toPlainText().strip(),
            country=(self.country.text().strip() or "JP").upper(),
            customer_number=self.customer_number.text().strip(),
            representative_kind=kind,
        )

    def fill(self, party: PartyData) -> None:
        for key in PARTY_FIELDS:
            widget = getattr(self, key)
            value = getattr(party, key)
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)
        if self.kind is not None and party.representative_kind is not None:
            self.kind.setCurrentIndex(self.kind.findData(party.representative_kind))

    def show_errors(self, errors: dict[str, str]) -> None:
        """`errors` keyed by field name without the "applicant." prefix."""
        for key, row in self.rows.items():
            row.set_error(errors.get(key))

    def first_invalid(self) -> QWidget | None:
        return next((row.field for row in self.rows.values() if row.error_text), None)
