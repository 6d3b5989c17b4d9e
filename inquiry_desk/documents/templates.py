"""The editable templates in ``forms/``: loading, placeholders and escaping.

Templates are plain text written by the office; placeholders such as ``{reference}`` are
replaced by case values. Both parts are escaped for reportlab's Paragraph markup, so a name
like ``<b>Bobby</b> & Tables`` prints exactly as typed and a stray ``&`` in a template cannot
break a letter. An unknown placeholder is an error, so a typo in a template fails the tests
instead of printing ``{refrence}`` to an applicant.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from inquiry_desk.domain.i18n import translate
from inquiry_desk.office_forms import PACKAGE_FORMS, template_path

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


class TemplateError(ValueError):
    """A template in forms/ is missing, malformed or uses an unknown placeholder."""


def forms_dir() -> Path:
    """The package's default templates (an office's edits are found by `template_path`)."""
    return PACKAGE_FORMS


@cache
def _load_cached(path: Path, mtime_ns: int) -> dict[str, Any]:
    # Keyed by mtime so an edit made while the app runs is picked up without a restart,
    # while a batch of 200 letters parses each file once.
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise TemplateError(f"{path.name}: {exc}") from exc


def load(name: str) -> dict[str, Any]:
    path = template_path(f"{name}.toml")
    try:
        mtime = path.stat().st_mtime_ns
    except OSError as exc:
        raise TemplateError(
            translate("Templates", "No template {file} in {folder}").format(
                file=path.name, folder=path.parent
            )
        ) from exc
    return _load_cached(path, mtime)


def section(data: dict[str, Any], language: str) -> dict[str, Any]:
    """The wording for one language; falls back to English if the office has not translated."""
    result = data.get(language) or data.get("en")
    if not isinstance(result, dict):
        raise TemplateError(
            translate("Templates", "No [{language}] wording in the template").format(language=language)
        )
    return result


def fill(template: str, values: dict[str, str]) -> str:
    """Plain text with placeholders replaced (for canvas drawing, which needs no escaping)."""

    def sub(match: re.Match[str]) -> str:
        key = match.group(1)
        if key not in values:
            raise _unknown_placeholder(key, template)
        return values[key]

    return _PLACEHOLDER.sub(sub, template)


def _unknown_placeholder(key: str, template: str) -> TemplateError:
    return TemplateError(
        translate("Templates", "Unknown placeholder {placeholder} in: {text}").format(
            placeholder="{" + key + "}", text=repr(template[:60])
        )
    )


def markup(template: str, values: dict[str, str]) -> str:
    """Paragraph markup: template and values escaped, line breaks kept."""
    parts: list[str] = []
    pos = 0
    for match in _PLACEHOLDER.finditer(template):
        key = match.group(1)
        if key not in values:
            raise _unknown_placeholder(key, template)
        parts.append(escape(template[pos : match.start()]))
        parts.append(escape(values[key]))
        pos = match.end()
    parts.append(escape(template[pos:]))
    return "".join(parts).replace("\n", "<br/>")


def text(value: str) -> str:
    """Escape one user value for Paragraph markup."""
    return escape(value).replace("\n", "<br/>")
