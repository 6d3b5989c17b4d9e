"""What a document needs to know about a case, as plain values.

The services layer fills a ``DocumentContext`` from the store; the renderer never sees the
database, which keeps this package free of SQLAlchemy and easy to test with hand-made cases.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from datetime import date

from inquiry_desk.domain.enums import CaseKind, Jurisdiction, Language, Outcome, RequestType
from inquiry_desk.domain.outcomes import TypeOutcome
from inquiry_desk.domain.parties import PartyData

REFERENCE_RE = re.compile(r"PI-\d{4}-\d{4,}")


@dataclass
class FeeInfo:
    """The APPI handling fee asked for purpose-of-use notification and disclosure."""

    amount_jpy: int = 0
    # A key of [fee_methods] in forms/company.toml, e.g. "postal_money_order" (定額小為替).
    method: str = "postal_money_order"
    received: bool = False


@dataclass
class ExtensionInfo:
    """A GDPR Art. 12(3) extension: the new deadline and why it was needed."""

    new_due_date: date
    reason: str = ""
    # The time limit before the extension, which the notice says cannot be kept.
    previous_due_date: date | None = None


@dataclass
class RecordTable:
    """One source of the data held, as the disclosure enclosure prints it: values as text,
    a redacted value as None (the renderer prints the marker; the value is never here)."""

    number: int
    name: str
    columns: list[str]
    rows: list[list[str | None]]
    # How staff name each row ("1.5": source 1, row 5), for the glyph check's messages.
    row_refs: list[str] = field(default_factory=list)


@dataclass
class DocumentContext:
    """Everything a form, letter or envelope prints about one case.

    Free-text fields are typed by staff or copied from the applicant and are escaped before
    they reach reportlab markup; every string here is also checked against the font.
    """

    reference: str = ""
    language: Language = Language.JA
    applicant: PartyData = field(default_factory=PartyData)
    representative: PartyData | None = None
    jurisdiction: Jurisdiction = Jurisdiction.JP
    request_types: list[RequestType] = field(default_factory=list)
    received_date: date | None = None
    due_date: date | None = None
    letter_date: date = field(default_factory=date.today)
    extension: ExtensionInfo | None = None
    fee: FeeInfo | None = None
    outcome: Outcome | None = None
    kind: CaseKind = CaseKind.REQUEST
    # The response: each request type's outcome (empty: mapped from ``outcome``), for the 記 section.
    type_outcomes: list[TypeOutcome] = field(default_factory=list)
    # The response before it may go out (awaiting the manager's approval, identity not yet
    # verified…): printed as a draft, marked on every page, and never recorded as sent.
    draft: bool = False
    refusal_reasons: list[str] = field(default_factory=list)
    missing_items: list[str] = field(default_factory=list)
    enclosures: list[str] = field(default_factory=list)
    # What data the applicant means ("order history 2023", "marketing e-mails", ...).
    data_description: str = ""
    # How the answer should reach the applicant: a key of [media] in the request-form TOML.
    response_medium: str = ""
    staff_name: str = ""
    # Staff's own paragraph, printed after the template body (e.g. details of a correction).
    free_text: str = ""
    # Fax cover: the recipient's fax number (defaults to the applicant's) and page count.
    fax_pages: int = 0
    # Envelope: "naga3" (長形3号 window), "dl" (international DL window) or "labels"; None picks
    # by the applicant's country.
    envelope_style: str | None = None
    # Label sheet: the first free label on a partly used sheet (0-based), so sheets are reused.
    label_start: int = 0
    # Request form: print empty fields instead of the case's data (for the office's stock copies).
    blank: bool = False
    # Disclosure enclosure: the included records of each source, as reviewed.
    records: list[RecordTable] = field(default_factory=list)
    # Never printed: the version of the case this was read from, so that the response's words
    # saved beside its preview quote it and cannot silently replace a colleague's newer draft.
    case_version: int = 0

    @property
    def recipient(self) -> PartyData:
        """Letters go to the representative when there is one: they act for the applicant."""
        return self.representative if self.representative and self.representative.name else self.applicant

    def text_fields(self) -> Iterator[tuple[str, str]]:
        """(field path, text) for every printable string, for the glyph check."""
        for f in fields(self):
            value = getattr(self, f.name)
            yield from _walk(f.name, value)


def _walk(path: str, value: object) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        if value:
            yield path, value
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _walk(f"{path}[{i}]", item)
    elif isinstance(value, RecordTable):
        # Named as staff find the value again: "data held 1.5, 配送先氏名", not "records[0].rows[4][5]".
        yield f"{path}.name", value.name
        for r, row in enumerate(value.rows):
            ref = value.row_refs[r] if r < len(value.row_refs) else f"{value.number}.{r + 1}"
            for c, cell in enumerate(row):
                if cell:
                    yield f"data held {ref}, {value.columns[c] if c < len(value.columns) else c + 1}", cell
    elif isinstance(value, PartyData | FeeInfo | ExtensionInfo):
        for f in fields(value):
            yield from _walk(f"{path}.{f.name}", getattr(value, f.name))
