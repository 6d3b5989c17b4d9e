"""Tables of the case lifecycle: clock ledger, identity verification, fees, approvals, post.

Every table here refers to one case and may hold what staff typed about the
applicant, so each is tagged ``info={"personal": True}``: the purge deletes every
row of a purged case from tables with that tag. Free text (reasons, comments,
notes, tracking numbers) is sealed with the case key like the rest of the case;
the plain columns are dates, kinds and amounts that the services filter on.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from inquiry_desk.store.models import Base

PERSONAL = {"info": {"personal": True}}


class ClockLedgerEntry(Base):
    """One pause, resume or extension of a case's deadline clock (domain ``ClockEntry``)."""

    __tablename__ = "clock_entries"
    __table_args__ = PERSONAL
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # pause / resume / extension
    on: Mapped[date] = mapped_column(Date)
    months: Mapped[int] = mapped_column(Integer, default=0)
    actor: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # sealed


class VerificationRecord(Base):
    """The checks of one case's identity verification and its decision (one row per case)."""

    __tablename__ = "verification_records"
    __table_args__ = PERSONAL
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), unique=True)
    # None = not checked yet; the domain's VerificationInput has the same three-valued fields.
    name_matches: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    address_matches: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    email_matches_account: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    result: Mapped[str | None] = mapped_column(String(16), nullable=True)  # verified / failed
    decided_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class EvidenceItem(Base):
    """One identity document received; the copy itself is an attachment until destroyed."""

    __tablename__ = "verification_evidence"
    __table_args__ = PERSONAL
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(40))
    holder: Mapped[str] = mapped_column(String(16))  # applicant / representative
    issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    masking_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    # SET NULL: destroying the copy must not destroy the record that it was checked.
    attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachments.id", ondelete="SET NULL"), nullable=True
    )
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    copy_deleted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    copy_deleted_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    note: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # sealed


class FeeLedgerEntry(Base):
    __tablename__ = "fee_entries"
    __table_args__ = PERSONAL
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # requested / waived / received / refunded
    on: Mapped[date] = mapped_column(Date)
    amount_jpy: Mapped[int] = mapped_column(Integer)
    method: Mapped[str | None] = mapped_column(String(24), nullable=True)
    money_order_issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    cashed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # GDPR: a fee was asked because staff flagged the request manifestly unfounded or excessive.
    excessive: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # sealed


class Approval(Base):
    """A response or refusal put to the manager, and the manager's decision."""

    __tablename__ = "approvals"
    __table_args__ = PERSONAL
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    subject: Mapped[str] = mapped_column(String(16))  # response / refusal
    decision: Mapped[str] = mapped_column(String(16))  # pending / approved / sent_back
    requested_by: Mapped[str] = mapped_column(String(64))
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    decided_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # When the approved response went out: an approval covers one response only.
    used_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    comment: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # sealed


class PostalRecord(Base):
    """A letter sent by (registered) post, and its return as undeliverable."""

    __tablename__ = "postal_records"
    __table_args__ = PERSONAL
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    posted_on: Mapped[date] = mapped_column(Date)
    registered: Mapped[bool] = mapped_column(Boolean, default=True)
    returned_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    # Sealed: the tracking number (it leads to the addressee on the carrier's site) and
    # what was sent.
    payload: Mapped[bytes] = mapped_column(LargeBinary)
