"""Printing through a real CUPS server to a cups-pdf queue; the job's output PDF is checked."""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

import pytest

from inquiry_desk.documents import decode_reference, render
from inquiry_desk.domain.enums import Language
from inquiry_desk.printers import list_printers, print_pdf
from tests.cups_server import CupsServer
from tests.documents.doc_helpers import REFERENCE, context

pytestmark = pytest.mark.cups


def _pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def _temp_pdfs() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob("*.pdf"))


def test_cups_backend_prints_searchable_pdf(cups_env: CupsServer) -> None:
    before = set(cups_env.output_dir.rglob("*.pdf"))
    temp_before = _temp_pdfs()
    result = print_pdf(
        render("acknowledgement", context(Language.EN)), cups_env.printer, title="ack", backend="cups"
    )
    assert result.pages == 1 and result.job_id.startswith(cups_env.printer)
    output = cups_env.wait_for_output(before)
    assert REFERENCE in _pdftotext(output)
    assert _temp_pdfs() <= temp_before  # nothing of ours left in the temp folder


def test_qt_sees_the_private_server(cups_env: CupsServer, qapp: object) -> None:
    assert cups_env.printer in list_printers()


def test_qt_backend_prints_every_page(cups_env: CupsServer, qapp: object) -> None:
    """Qt paints pages as images, so the output is checked by its QR code and page count."""
    before = set(cups_env.output_dir.rglob("*.pdf"))
    temp_before = _temp_pdfs()
    pdf = render("request-form", context(Language.JA))
    result = print_pdf(pdf, cups_env.printer, title="form", backend="qt")
    assert result.backend == "qt" and result.pages == 2
    output = cups_env.wait_for_output(before)
    assert decode_reference(output) == REFERENCE
    info = subprocess.run(["pdfinfo", str(output)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+2$", info, re.MULTILINE)
    assert _temp_pdfs() <= temp_before
