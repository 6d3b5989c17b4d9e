"""The built wheel holds everything the app needs, and prints a letter from an install of its own.

The wheel is built from this checkout and installed with ``pip --target`` into a folder outside
the source tree; the dependencies come from the test environment. The letter is rendered by
that installed copy (checked by its path), so a template, font or catalogue that exists only in
the checkout fails here.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

RENDER = r"""
import sys
from datetime import date
from pathlib import Path
import inquiry_desk
from inquiry_desk.documents import render
from inquiry_desk.documents.context import DocumentContext
from inquiry_desk.domain.enums import Jurisdiction, Language, RequestType
from inquiry_desk.domain.parties import PartyData

assert Path(inquiry_desk.__file__).is_relative_to(Path(sys.argv[1])), inquiry_desk.__file__
applicant = PartyData(name="山田 花子", postal_code="530-0001", address="大阪府大阪市北区梅田1-2-3")
ctx = DocumentContext(
    reference="PI-2026-0001", language=Language.JA, applicant=applicant, jurisdiction=Jurisdiction.JP,
    request_types=[RequestType.DISCLOSURE], received_date=date(2026, 12, 1), due_date=date(2026, 12, 15),
    letter_date=date(2026, 12, 2),
)
Path(sys.argv[2]).write_bytes(render("acknowledgement", ctx))
"""


def test_the_wheel_ships_forms_fonts_and_translations_and_prints_a_letter(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        check=True,
        timeout=600,
    )
    wheel = next(wheels.glob("inquiry_desk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "inquiry_desk/forms/request-form.toml",
        "inquiry_desk/forms/company.toml",
        "inquiry_desk/resources/fonts/ipaexm.ttf",
        "inquiry_desk/resources/translations/inquiry_desk_ja.qm",
        "inquiry_desk/resources/icons/jp.zengroup.InquiryDesk.svg",
        "inquiry_desk/store/migrations/versions/0005_staff_letter_names.py",
    ):
        assert needed in names, needed
    installed = tmp_path / "installed"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(installed), str(wheel)],
        check=True,
        timeout=600,
    )
    letter = tmp_path / "letter.pdf"
    env = {**os.environ, "PYTHONPATH": str(installed)}
    env.pop("INQUIRY_DESK_FORMS", None)
    subprocess.run(
        [sys.executable, "-c", RENDER, str(installed), str(letter)],
        check=True,
        cwd=tmp_path,  # not the checkout: nothing is found there by accident
        env=env,
        timeout=120,
    )
    pdf = letter.read_bytes()
    assert pdf.startswith(b"%PDF") and b"/FontFile2" in pdf  # the Japanese font embedded
