"""The read-only pages of a case view that need nothing of the view: parties, a message's text,
the purged case's page, and the small labels the pages share."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from inquiry_desk.domain.enums import PartyRole
from inquiry_desk.domain.i18n import in_language, label_of, translate
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services.cases.views import CaseDetail, MessageView
from inquiry_desk.ui.case.suggestions import Confirm, marked
from inquiry_desk.ui.widgets.formatting import fmt_date, fmt_datetime


def parties_page(d: CaseDetail, confirm: Confirm) -> QWidget:
    """The applicant and the representative side by side (or that there is none); what the
    importer only guessed is marked, with ``confirm`` behind its Confirm button."""
    page = QWidget()
    row = QHBoxLayout(page)
    applicant = party_box(translate("CaseView", "Applicant"), d.applicant, "applicant", d.suggested, confirm)
    row.addWidget(applicant, 1)
    if d.representative is not None:
        kind = d.representative.representative_kind
        title = in_language(f"{kind.label} ({kind.label_ja})", kind.label_ja) if kind else ""
        title = title or label_of(PartyRole.REPRESENTATIVE)
        row.addWidget(party_box(title, d.representative, "representative", d.suggested, confirm), 1)
    else:
        none = QGroupBox(translate("CaseView", "Representative"))
        none_layout = QVBoxLayout(none)
        none_layout.addWidget(muted(translate("CaseView", "None — the applicant wrote in person.")))
        none_layout.addStretch(1)
        row.addWidget(none, 1)
    return page


def purged_page(d: CaseDetail) -> QWidget:
    when = fmt_date(d.purged_at.date()) if d.purged_at else translate("CaseView", "an earlier date")
    return empty(
        translate(
            "CaseView",
            "Personal data erased on {when}.\n\nThe applicant's details, correspondence, "
            "attachments and notes of this case were deleted as the privacy policy promises. The "
            "anonymous facts above remain for statistics and to show that the request was "
            "handled.",
        ).format(when=when)
    )


def party_box(
    title: str,
    party: PartyData | None,
    who: str = "applicant",
    suggested: Collection[str] = (),
    confirm: Confirm | None = None,
) -> QGroupBox:
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
    form.setHorizontalSpacing(14)
    if party is None:
        form.addRow(muted(translate("CaseActions", "Not recorded.")))
        return box
    name = QLabel()
    # Furigana sits above the name, as on Japanese forms.
    kana = (
        translate("CaseActions", "<span style='color:#6b7280; font-size:small'>{esc}</span><br>").format(
            esc=esc(party.name_kana)
        )
        if party.name_kana
        else ""
    )
    name.setText(
        translate("CaseActions", "{kana}<span style='font-size:large'>{esc}</span>").format(
            kana=kana, esc=esc(party.name)
        )
    )
    name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def mark(value: QLabel, *keys: str) -> QWidget:
        if confirm is None:
            return value
        return marked(value, [f"{who}.{key}" for key in keys], suggested, confirm)

    form.addRow(translate("CaseActions", "Name:"), mark(name, "name", "name_kana"))
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
    for label, value, keys in (
        (translate("CaseActions", "Address:"), address, ("postal_code", "address")),
        (translate("CaseActions", "Email:"), party.email, ("email",)),
        (translate("CaseActions", "Phone:"), party.phone, ("phone",)),
        (translate("CaseActions", "Fax:"), party.fax, ("fax",)),
        (translate("CaseActions", "Customer no.:"), party.customer_number, ()),
    ):
        field = QLabel(value or "—")
        field.setTextFormat(Qt.TextFormat.PlainText)
        field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        field.setWordWrap(True)
        form.addRow(label, mark(field, *keys))
    return box


def message_text(m: MessageView) -> str:
    head = [f"{name}: {value}" for name, value in m.headers] or [
        translate("CaseActions", "From: {sender}").format(sender=m.sender),
        translate("CaseActions", "Subject: {subject}").format(subject=m.subject),
        translate("CaseActions", "Date: {fmt_datetime}").format(fmt_datetime=fmt_datetime(m.at)),
    ]
    warn = [f"⚠ {w}" for w in m.warnings]
    return "\n".join([*head, *warn, "", m.body])


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("color: #6b7280;")
    label.setWordWrap(True)
    return label


def empty(text: str) -> QWidget:
    frame = QFrame()
    layout = QVBoxLayout(frame)
    label = muted(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addStretch(1)
    layout.addWidget(label)
    layout.addStretch(2)
    return frame
