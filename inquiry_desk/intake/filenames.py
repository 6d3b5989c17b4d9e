"""Attachment names that are safe to show and to use on any file system.

Names come from strangers: they may hold path separators, ``..``, control characters
or Windows device names (``CON``, ``COM1.txt``), any of which could write outside the
data folder or hang a Windows program that opens them.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

MAX_NAME_LENGTH = 120  # characters; well under the 255-byte limits even in UTF-8 CJK
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$", re.IGNORECASE)
_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f-\x9f<>:"|?*\u202a-\u202e\u2066-\u2069]')


def safe_filename(name: str | None, default: str = "attachment") -> str:
    """A plain file name without any directory part, safe on Windows, macOS and Linux."""
    if not name:
        return default
    name = unicodedata.normalize("NFC", name)
    # Keep only the last path element: "../../etc/passwd" -> "passwd".
    name = re.split(r"[\\/]", name)[-1]
    name = _FORBIDDEN.sub("_", name)
    name = name.strip().rstrip(". ")
    name = name.lstrip(".")  # no hidden files, no ".." left over
    if not name or set(name) <= {".", "_", " "}:
        return default
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    if _RESERVED.match(name) or _RESERVED.match(stem.rstrip(" ")):
        name = "_" + name
        stem = "_" + stem if dot else name
    if len(name) > MAX_NAME_LENGTH:
        ext = ext[:16] if dot else ""
        keep = MAX_NAME_LENGTH - (len(ext) + 1 if ext else 0)
        name = (stem if dot else name)[:keep].rstrip(". ") + ("." + ext if ext else "")
    return name or default


def unique_path_in(folder: Path, name: str) -> Path:
    """A new path for `name` inside `folder` that cannot escape it nor overwrite a file."""
    folder = folder.resolve()
    clean = safe_filename(name)
    stem, dot, ext = clean.rpartition(".")
    if not dot:
        stem, ext = clean, ""
    candidate = folder / clean
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = folder / (f"{stem} ({counter}).{ext}" if ext else f"{stem} ({counter})")
    resolved = candidate.resolve()
    if resolved.parent != folder or os.path.islink(candidate):
        raise ValueError("refusing a file name that leaves its folder")
    return resolved
