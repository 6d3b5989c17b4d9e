"""Where the document templates are: the office's own edits first, the package's defaults after.

The letters, forms and company details ship as TOML files in the package (`inquiry_desk/forms`).
An office edits copies of them outside the installed program, so that an upgrade, which
replaces the package, keeps its edits: in the data folder's `forms/` (set when the App opens),
or in a folder named by ``INQUIRY_DESK_FORMS`` (a shared folder for several PCs). A file found
there is used instead of the package's; any file not there still comes from the package.

Standard library only: the intake (which must not load reportlab) and the documents read it.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_FORMS = Path(__file__).resolve().parent / "forms"
ENV_FORMS = "INQUIRY_DESK_FORMS"
OFFICE_FOLDER = "forms"  # inside the data folder

_office: Path | None = None


def use_office_folder(folder: Path | None) -> None:
    """The data folder's `forms/` of the installation that opened (None: none)."""
    global _office
    _office = folder


def office_folders() -> list[Path]:
    """Where an office's edited templates are looked for, first match wins."""
    named = os.environ.get(ENV_FORMS)
    return [folder for folder in (Path(named) if named else None, _office) if folder is not None]


def template_path(filename: str) -> Path:
    """The office's copy of ``filename`` if it has one, else the package's default."""
    for folder in office_folders():
        candidate = folder / filename
        if candidate.is_file():
            return candidate
    return PACKAGE_FORMS / filename
