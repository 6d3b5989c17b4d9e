"""Database tables.

Columns that are not personal data (references, dates, states, kinds) are plain so
that the register sorts and filters in SQL. Everything personal is in `payload`
columns sealed with the case key (see `crypto`), and in `blob_chunks`.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints so that Alembic batch migrations on SQLite can refer to them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class AppMeta(Base):
    """Installation facts: install id (names the master key), demo flag."""

    __tablename__ = "app_meta"
    __table_args__ = {"info": {"personal": False}}
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class User(Base):
    __tablename__ = "users"
    __table_args__ = {"info": {"personal": False}}  # staff accounts, not applicants
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    # The name as Japanese letters write it (姓 名 in kanji) and its reading (migration 0005).
    name_ja: Mapped[str] = mapped_column(String(200), default="", server_default="")
    name_kana: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # The name English letters are signed with (migration 0010). Like name_ja it is outside
    # the account seal on purpose: it decides no access, and editing it needs no re-seal.
    name_en: Mapped[str] = mapped_column(String(200), default="", server_default="")
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # A MAC of who may do what (migration 0006, services/users_seal.py).
    seal: Mapped[str | None] = mapped_column(String(64), nullable=True)


class RefCounter(Base):
    """Last reference number used per year; incremented inside the write transaction."""

    __tablename__ = "ref_counters"
    __table_args__ = {"info": {"personal": False}}
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer)


class Case(Base):
    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)  # binds ciphertexts to the case
    ref: Mapped[str] = mapped_column(String(16), unique=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    channel: Mapped[str] = mapped_column(String(16), index=True)
    state: Mapped[str] = mapped_column(String(24), index=True)
    received: Mapped[date] = mapped_column(Date, index=True)
    due: Mapped[date | None] = mapped_column(Date, index=True, nullable=True)
    jurisdiction: Mapped[str] = mapped_column(String(8))
    language: Mapped[str] = mapped_column(String(2))
    # ",access,erasure," so that one type is found with LIKE '%,access,%' in any engine.
    request_types: Mapped[str] = mapped_column(String(400), default=",")
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True, index=True)
    outcome: Mapped[str | None] = mapped_column(String(24), nullable=True)
    # Each request type's own outcome (domain.outcomes; migration 0010): the plan while the
    # case is open, what was answered once it is. Legal facts only, kept after the purge.
    type_outcomes: Mapped[str | None] = mapped_column(String(600), nullable=True)
    deadline_met: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    # The legal ground of a refusal (domain.refusals.RefusalCategory), never the reasons
    # themselves: counted in the monthly report after the purge (migration 0004).
    refusal_category: Mapped[str | None] = mapped_column(String(32), nullable=True)
    legal_hold: Mapped[bool] = mapped_column(Boolean, default=False)
    warnings: Mapped[int] = mapped_column(Integer, default=0)  # import problems to review
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    purged_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # Bumped once by every unit of work that changes anything of the case (store/versioning.py):
    # a save from a view of an older version is refused, never silently overwrites (0008).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # How the applicant wants the answer (domain.enums.AnswerMedium / AnswerFormat); not personal.
    answer_medium: Mapped[str | None] = mapped_column(String(16), nullable=True)
    answer_format: Mapped[str | None] = mapped_column(String(16), nullable=True)
    # The fields the importer only guessed, until staff confirm or correct them
    # (domain/suggested.py: ",applicant.name,kind,"): field names, never values (0011).
    suggested: Mapped[str] = mapped_column(String(400), default="", server_default="")
    # A case filed into another (outcome "merged"): the reference of the case kept (0012).
    merged_into: Mapped[str | None] = mapped_column(String(16), nullable=True)
    # Every ORM UPDATE of the row says WHERE version = <the version read>; the value itself is
    # set by store/versioning.py, once per unit of work.
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}

    key: Mapped[CaseKey | None] = relationship(
        back_populates="case", cascade="all, delete-orphan", passive_deletes=True, uselist=False
    )
    parties: Mapped[list[Party]] = relationship(
        back_populates="case", cascade="all, delete-orphan", passive_deletes=True, order_by="Party.id"
    )
    messages: Mapped[list[Message]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Message.id"
    )
    attachments: Mapped[list[Attachment]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Attachment.id"
    )
    notes: Mapped[list[Note]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Note.id"
    )
    events: Mapped[list[Event]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Event.id"
    )

    # The anonymous register row: it survives the purge (statistics, proof of handling).
    __table_args__ = (
        Index("ix_cases_state_due", "state", "due"),
        # Serves the register's default order and checks reference prefixes
        # inside the index (migration 0003).
        Index("ix_cases_received_id_ref", "received", "id", "ref"),
        # A reference prefix's range with its dates, from the index alone (migration 0014); a
        # year's page in the order received is read by services/cases/register_years.py.
        Index("ix_cases_ref_received", "ref", "received"),
        {"info": {"personal": False}},
    )


# The cases whose reference does not name the year they were received (a date corrected into
# another year, a reference not of the form PI-YYYY-digits): the condition of the SQLite
# partial index `ix_cases_irregular_ref` (migration 0015, the same text word for word), with
# which the register reads a year's page from its dates (services/cases/register_years.py).
IRREGULAR_REF_SQL = (
    "substr(ref, 4, 4) <> substr(received, 1, 4)"
    " OR ref NOT GLOB 'PI-[0-9][0-9][0-9][0-9]-[0-9]*'"
    " OR substr(ref, 9) GLOB '*[^0-9]*'"
)


class RefFragment(Base):
    """Every tail of a case's reference from its second character on: "I-2024-0012",
    "-2024-0012", … "2". A search for a fragment of a reference ("0012", "24-00") is then a
    range on this primary key ("0012" <= tail < "0012~") instead of a scan of the whole
    register with LIKE (migration 0014; services/cases/register.py). A reference is not
    personal: the rows stay after the purge, as the register row does."""

    __tablename__ = "case_ref_fragments"
    __table_args__ = {"info": {"personal": False}, "sqlite_with_rowid": False}
    fragment: Mapped[str] = mapped_column(String(32), primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)


def ref_fragments(case_id: int, ref: str) -> list[dict[str, object]]:
    """The rows of `RefFragment` for one case (a reference's tails are distinct)."""
    return [{"fragment": ref[i:], "case_id": case_id} for i in range(1, len(ref))]


class CaseKey(Base):
    """The case's data key, wrapped by the master key. Deleting it erases the case cryptographically."""

    __tablename__ = "case_keys"
    __table_args__ = {"info": {"personal": True}}  # deleting it is the cryptographic erase
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    wrapped: Mapped[bytes] = mapped_column(LargeBinary)
    case: Mapped[Case] = relationship(back_populates="key")


class Party(Base):
    __tablename__ = "parties"
    __table_args__ = {"info": {"personal": True}}
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    payload: Mapped[bytes] = mapped_column(LargeBinary)  # sealed PartyData JSON
    case: Mapped[Case] = relationship(back_populates="parties")


class Message(Base):
    """Correspondence in or out: the email, fax or letter, and its raw source."""

    __tablename__ = "messages"
    __table_args__ = {"info": {"personal": True}}
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    direction: Mapped[str] = mapped_column(String(3))  # "in" / "out"
    channel: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(DateTime)
    # Keyed hashes (HMAC under a key derived from the master key) to spot the same
    # message twice without keeping anything readable.
    message_id_mac: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    source_mac: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    payload: Mapped[bytes] = mapped_column(LargeBinary)  # sealed: subject, from, headers, body
    raw_blob_id: Mapped[int | None] = mapped_column(ForeignKey("blobs.id"), nullable=True)


class Blob(Base):
    """A file (scan, attachment, raw email, letter) stored encrypted in 1 MiB chunks.

    Files live in the database rather than a folder so that a case is written in one
    transaction (an import is all or nothing) and the shared office database carries them.
    """

    __tablename__ = "blobs"
    __table_args__ = {"info": {"personal": True}}
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    size: Mapped[int] = mapped_column(Integer)


class BlobChunk(Base):
    __tablename__ = "blob_chunks"
    __table_args__ = {"info": {"personal": True}}  # no case_id: erased through blobs
    blob_id: Mapped[int] = mapped_column(ForeignKey("blobs.id", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(Base):
    __tablename__ = "attachments"
    __table_args__ = {"info": {"personal": True}}
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), nullable=True
    )
    blob_id: Mapped[int] = mapped_column(ForeignKey("blobs.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(24), default="document")  # document / id_document / letter
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int | None] = mapped_column(Integer, nullable=True)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    payload: Mapped[bytes] = mapped_column(LargeBinary)  # sealed: file name, description


class Note(Base):
    __tablename__ = "notes"
    __table_args__ = {"info": {"personal": True}}
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    payload: Mapped[bytes] = mapped_column(LargeBinary)  # sealed text


class Event(Base):
    """Timeline of a case. `summary` is written by the app and holds no personal data;
    what staff typed (reasons, comments) goes in the sealed `payload`."""

    __tablename__ = "events"
    __table_args__ = {"info": {"personal": False, "personal_columns": ("payload",)}}
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(String(300))
    payload: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    # The case version this event's change produced (0008): "what changed since version N".
    case_version: Mapped[int | None] = mapped_column(Integer, nullable=True)


class IntakeOriginal(Base):
    """Where the importer left an original it took in, so that the purge can erase it too:
    a file in the watched folder's ``processed/`` or a message in an IMAP folder (migration 0007).

    Nothing here is personal in clear: the file's name in ``processed/`` is the case reference
    and a random token, the mailbox and folder are the office's settings, and the Message-ID
    (which may hold a name) and the message's content are kept only as keyed hashes under the
    installation's key, never under the case key — a deletion that fails at the purge is
    retried later, after the case key is gone. The row is deleted once its original is.
    """

    __tablename__ = "intake_originals"
    # Not personal, so that the purge leaves the row for the erasure of the original itself.
    __table_args__ = {"info": {"personal": False}}
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # "file" / "mail"
    # A file: its absolute path. A message: the folder it is in.
    location: Mapped[str] = mapped_column(Text)
    # A message: "user@host:port" of the mailbox, the folder it is being moved to (until the
    # move is confirmed), and its UID there when the server said so.
    mailbox: Mapped[str | None] = mapped_column(String(300), nullable=True)
    moving_to: Mapped[str | None] = mapped_column(Text, nullable=True)
    uidvalidity: Mapped[int | None] = mapped_column(Integer, nullable=True)
    uid: Mapped[int | None] = mapped_column(Integer, nullable=True)
    message_id_mac: Mapped[str | None] = mapped_column(String(64), nullable=True)
    source_mac: Mapped[str | None] = mapped_column(String(64), nullable=True)
    archived_at: Mapped[datetime] = mapped_column(DateTime)
    # Erasure attempts that failed (the case is purged, the original not yet): what went wrong,
    # as a short code (services/purge/originals.py), and when.
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_error: Mapped[str | None] = mapped_column(String(32), nullable=True)
    last_attempt_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class Setting(Base):
    __tablename__ = "settings"
    __table_args__ = {"info": {"personal": False}}
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class AuditEntry(Base):
    """Append-only, hash-chained record of who did what. Never holds personal data."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40), index=True)
    case_ref: Mapped[str | None] = mapped_column(String(16), nullable=True, index=True)
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON, non-personal
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        UniqueConstraint("prev_hash", name="uq_audit_log_prev_hash"),
        {"info": {"personal": False}},
    )


# The lifecycle tables live in their own module; importing it here registers them on
# Base.metadata wherever the models are loaded (Alembic env, schema checks, the purge).
from inquiry_desk.store import lifecycle_models as _lifecycle_models  # noqa: E402, F401
from inquiry_desk.store import records_models as _records_models  # noqa: E402, F401
