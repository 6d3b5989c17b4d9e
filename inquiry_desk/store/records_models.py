"""The data held about the applicant, as brought in from the company's systems (issue 15).

A source is one table of an export (a CSV file, a worksheet, a JSON list); its rows are
reviewed one by one (included or not, single values redacted). Everything the systems hold
is personal: the name, columns and file name of a source and every row are sealed with the
case key; the plain columns are counts and flags the screens sort and count by. Both tables
are tagged personal, so the purge deletes every row of a purged case.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from inquiry_desk.store.models import Base


class RecordSource(Base):
    __tablename__ = "record_sources"
    __table_args__ = (
        UniqueConstraint("case_id", "number", name="uq_record_sources_case_number"),
        {"info": {"personal": True}},
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)  # 1, 2, ... within the case: what staff type
    format: Mapped[str] = mapped_column(String(8))  # csv / xlsx / json
    row_count: Mapped[int] = mapped_column(Integer)
    column_count: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    added_by: Mapped[str] = mapped_column(String(64))
    payload: Mapped[bytes] = mapped_column(LargeBinary)  # sealed: name, file name, columns, encoding


class RecordRow(Base):
    __tablename__ = "record_rows"
    __table_args__ = (
        UniqueConstraint("source_id", "position", name="uq_record_rows_source_position"),
        {"info": {"personal": True}},
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("record_sources.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # 1-based row number within the source
    included: Mapped[bool] = mapped_column(Boolean, default=True)
    redacted: Mapped[int] = mapped_column(Integer, default=0)  # how many values are redacted
    payload: Mapped[bytes] = mapped_column(LargeBinary)  # sealed: the values and the redaction notes
