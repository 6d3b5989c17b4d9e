"""Entry fields for one party (applicant or representative), with errors beside each field."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from inquiry_desk.domain.enums import RepresentativeKind
from inquiry_desk.domain.i18n import translate
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services.intake.postal_codes import PostalArea, look_up, normalise
from inquiry_desk.ui.widgets.field_error import FieldWithError
from inquiry_desk.ui.widgets.kana import keep_katakana

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
        self.name.setPlaceholderText(translate("PartyForm", "As written by the sender, e.g. 山田 太郎"))
        self.name_kana = QLineEdit()
        self.name_kana.setPlaceholderText(translate("PartyForm", "Furigana, e.g. ヤマダ タロウ"))
        # The IME commits hiragana unless the user converts; furigana is kept in katakana.
        keep_katakana(self.name_kana)
        self.postal_code = QLineEdit()
        self.postal_code.setPlaceholderText("〒 530-0001")
        self.postal_code.setMaximumWidth(160)
        self.postal_code.setToolTip(
            translate("PartyForm", "A Japanese postal code fills in the prefecture, city and town.")
        )
        self.postal_code.editingFinished.connect(self._postal_code_entered)
        self.address = QPlainTextEdit()
        self.address.setPlaceholderText(
            translate("PartyForm", "One line per element: prefecture, city, street, building")
        )
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.country = QLineEdit("JP")
        self.country.setMaxLength(2)
        self.country.setMaximumWidth(60)
        self.country.setToolTip(translate("PartyForm", "ISO country code: JP, DE, FR, GB …"))
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
            self.kind.addItem(
                translate("PartyForm", "Legal representative (法定代理人)"), RepresentativeKind.LEGAL
            )
            self.kind.addItem(
                translate("PartyForm", "Appointed agent with power of attorney (任意代理人・委任状)"),
                RepresentativeKind.APPOINTED,
            )
            form.addRow(translate("PartyForm", "Kind:"), self.kind)
        labels = {
            "name": translate("PartyForm", "&Name:"),
            "name_kana": translate("PartyForm", "Furi&gana:"),
            "postal_code": translate("PartyForm", "Postal code:"),
            "address": translate("PartyForm", "&Address:"),
            "country": translate("PartyForm", "Country:"),
            "email": translate("PartyForm", "&Email:"),
            "phone": translate("PartyForm", "&Phone:"),
            "fax": translate("PartyForm", "Fa&x:"),
            "customer_number": translate("PartyForm", "Customer no.:"),
        }
        if representative:  # keep the applicant's mnemonics unique within the dialog
            labels = {k: v.replace("&", "") for k, v in labels.items()}
        for key in PARTY_FIELDS:
            row = FieldWithError(getattr(self, key))
            self.rows[key] = row
            form.addRow(labels[key], row)

    def _postal_code_entered(self) -> None:
        """Japan Post's data fills the start of the address, in Japanese order, unless
        something is typed there already; the code itself is written as 542-0076."""
        code = self.postal_code.text()
        if (self.country.text().strip() or "JP").upper() != "JP" or normalise(code) is None:
            return
        areas = look_up(code)
        if not areas:
            return
        self.postal_code.setText(areas[0].postal_code)
        if not self.address.toPlainText().strip():
            self.address.setPlainText(_address_start(areas))
            cursor = self.address.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            self.address.setTextCursor(cursor)

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


def _address_start(areas: list[PostalArea]) -> str:
    """One area: prefecture, city and town. Several (a code shared by neighbouring towns):
    only what they have in common, so that nothing wrong is filled in."""
    first = areas[0]
    if all(a.town == first.town for a in areas):
        return first.address
    return f"{first.prefecture}{first.city}"
