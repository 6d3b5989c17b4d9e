"""Delivering a rendered document: to a PDF file or a printer, then on the case's timeline
and in the audit log. The command line, the print preview and batch printing all go
through `DocumentDelivery.deliver`, so every output is written and recorded the same way.

The printer itself is a port (`Printers`): the core never imports Qt. The system's
printers (CUPS, Qt) are the adapter in `inquiry_desk.printers`.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from inquiry_desk.domain.enums import Language
from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.documents.service import DocumentService


class PrintError(UserError):
    """The printer is unknown or refused the job; the message is meant for the user."""


class NotRecorded(UserError):
    """The document went out but could not be put on the case (erased meanwhile, say)."""


@dataclass(frozen=True)
class PrintResult:
    printer: str
    pages: int
    backend: str
    job_id: str = ""


class Printers(Protocol):
    def names(self) -> list[str]: ...

    def default(self) -> str | None: ...

    def print_pdf(self, pdf: bytes, printer: str, *, title: str, copies: int) -> PrintResult: ...


@dataclass(frozen=True)
class ToFile:
    path: Path


@dataclass(frozen=True)
class ToPrinter:
    name: str
    copies: int = 1


@dataclass(frozen=True)
class Delivered:
    kind: str  # "print" or "export"
    where: str  # the printer's name, or the file's name (never its folder)
    pages: int
    job_id: str = ""

    def describe(self) -> str:
        pages = self.pages
        if self.kind == "export":
            return translate("Documents", "Saved to {where} (%n page(s)).", None, pages).format(
                where=self.where
            )
        if self.job_id:
            return translate("Documents", "Sent to {where} (%n page(s), job {job}).", None, pages).format(
                where=self.where, job=self.job_id
            )
        return translate("Documents", "Sent to {where} (%n page(s)).", None, pages).format(where=self.where)


class DocumentDelivery:
    def __init__(self, documents: DocumentService, printers: Printers | None) -> None:
        self.documents = documents
        self.printers = printers

    def deliver(
        self,
        actor: Actor,
        ref: str,
        document: str,
        pdf: bytes,
        to: ToFile | ToPrinter,
        *,
        lang: Language | str | None = None,
        keep_copy: bool = False,
    ) -> Delivered:
        """Send ``pdf`` where it goes and record it. Raises `PrintError` when nothing went out,
        `NotRecorded` when it went out but is not on the case."""
        actor.require(Permission.PRINT)
        ref = ref.strip().upper()
        if isinstance(to, ToFile):
            write_pdf_atomically(to.path, pdf)
            done = Delivered("export", to.path.name, pdf_pages(pdf))
        else:
            if self.printers is None:
                raise PrintError(translate("Documents", "Printing is not available here."))
            try:
                # The job title shows in print queues: reference and document name, no names.
                result = self.printers.print_pdf(
                    pdf, to.name, title=f"{ref} {document}", copies=max(1, to.copies)
                )
            except OSError as exc:
                raise PrintError(
                    translate("Documents", "The print system did not answer: {error}").format(
                        error=exc.strerror
                    )
                ) from None
            done = Delivered("print", result.printer, result.pages, result.job_id)
        try:
            self.documents.record_output(
                actor,
                ref,
                document,
                done.where,
                done.pages,
                "print" if done.kind == "print" else "export",
                lang=lang,
                copy=pdf if keep_copy else None,
                draft=is_draft_pdf(pdf),
            )
        except UserError as exc:
            raise NotRecorded(
                translate(
                    "Documents", "{delivered} But it could not be recorded on the case: {error}"
                ).format(delivered=done.describe(), error=exc.message)
            ) from None
        return done


def is_draft_pdf(pdf: bytes) -> bool:
    """Whether the PDF was rendered as a draft (the renderer marks it in its keywords), however
    the case stands by the time it is recorded."""
    import pypdfium2

    from inquiry_desk.documents.response import DRAFT_KEYWORD

    try:
        document = pypdfium2.PdfDocument(pdf)
    except pypdfium2.PdfiumError:
        return False
    try:
        return DRAFT_KEYWORD in document.get_metadata_dict().get("Keywords", "")
    finally:
        document.close()


def pdf_pages(pdf: bytes) -> int:
    """Pages of a rendered PDF, for the timeline (read in memory; nothing goes to disk)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def write_pdf_atomically(out: Path, pdf: bytes) -> None:
    """Write a PDF the user asked for through a temporary file in the same folder and
    ``os.replace``: a crash or a full disk never leaves half a letter under the final name, and
    nothing passes through the shared temp folder (which a purge could not account for)."""
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(translate("Documents", "The folder {folder} does not exist.").format(folder=folder))
    try:
        # mkstemp creates the file readable by its owner only: it holds personal data.
        fd, tmp_name = tempfile.mkstemp(prefix=".inquiry-desk-", suffix=".part", dir=folder)
    except OSError as exc:
        raise UserError(
            translate("Documents", "Cannot write in {folder}: {error}.").format(
                folder=folder, error=exc.strerror
            )
        ) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(pdf)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise UserError(
            translate("Documents", "Cannot write {file}: {error}.").format(file=out, error=exc.strerror)
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
