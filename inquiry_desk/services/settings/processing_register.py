"""The register of processing, as the manager keeps it: read, checked, saved to the office's forms.

The register is a TOML file (``processing-register.toml``) so that an office can also keep it
beside its other templates; the package ships the default, seeded from the privacy policy.
Saving checks it whole first (a register a letter could not print from is refused with every
problem named), then writes it atomically into the office's forms folder — a temporary file in
the same folder, then a rename — so a crash never leaves half a register for the next letter.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from inquiry_desk.domain import processing
from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate
from inquiry_desk.office_forms import PACKAGE_FORMS, office_folders, template_path
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.settings.register_toml import merged
from inquiry_desk.store.engine import Database

FILENAME = "processing-register.toml"


class RegisterRefused(UserError):
    """The register cannot be saved: the message lists every problem."""


class RegisterChanged(UserError):
    """The register changed on disk since the editor was filled; nothing was saved."""


class ProcessingRegisterService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @staticmethod
    def location() -> Path:
        """Where the letters read the register from now (the office's copy, else the default)."""
        return template_path(FILENAME)

    def text(self, actor: Actor) -> str:
        actor.require(Permission.VIEW_REGISTER)
        try:
            return self.location().read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(
                translate("ProcessingRegister", "The register {file} cannot be read: {error}").format(
                    file=self.location(), error=exc
                )
            ) from None

    @staticmethod
    def default_text() -> str:
        return (PACKAGE_FORMS / FILENAME).read_text(encoding="utf-8")

    @staticmethod
    def check(text: str) -> processing.ProcessingRegister:
        try:
            return processing.parse(text)
        except processing.RegisterInvalid as exc:
            raise RegisterRefused("\n".join(exc.problems)) from None

    @staticmethod
    def check_data(data: dict[str, Any]) -> processing.ProcessingRegister:
        """The editor's values as a register; refused with every problem named."""
        try:
            return processing.from_data(data)
        except processing.RegisterInvalid as exc:
            raise RegisterRefused("\n".join(exc.problems)) from None

    def save_edited(
        self, actor: Actor, register: processing.ProcessingRegister, *, base: str
    ) -> tuple[processing.ProcessingRegister, str]:
        """Keep the register edited in the settings window. ``base`` is the text the editor was
        filled from: if the file has changed since (another manager, `inquiry-desk settings`),
        nothing is saved and the message names the sections that changed. The TOML keeps its
        comments (register_toml.py). Returns what was saved and its text, the next base."""
        actor.require(Permission.CHANGE_SETTINGS)
        current = self.text(actor)
        if current != base:
            raise RegisterChanged(
                translate(
                    "ProcessingRegister",
                    "The register was changed elsewhere after it was shown here ({sections}); "
                    "nothing was saved. Your edits are still in the form: note them, press Revert "
                    "to see the register as it is now, and make them again.",
                ).format(sections=", ".join(_changed_sections(base, current)))
            )
        text = merged(current, processing.to_data(register))
        changed = _changed_sections(current, text)
        return self.save(actor, text, changed=changed), text

    def save(
        self, actor: Actor, text: str, *, changed: list[str] | None = None
    ) -> processing.ProcessingRegister:
        """Check and keep ``text`` as the office's register; returns what it holds.
        ``changed``: the sections the settings window changed, named in the audit log."""
        actor.require(Permission.CHANGE_SETTINGS)
        register = self.check(text)
        folders = office_folders()
        if not folders:
            raise UserError(translate("ProcessingRegister", "No office forms folder is set up."))
        folder = folders[0]
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(
                translate("ProcessingRegister", "Cannot create the forms folder {folder}: {error}").format(
                    folder=folder, error=exc.strerror
                )
            ) from None
        _write_atomically(folder / FILENAME, text.encode("utf-8"))
        with self.db.write() as session:
            # What the register holds in counts; its wording is the company's, not personal.
            details: dict[str, object] = {
                "purposes": len(register.purposes),
                "recipients": len(register.recipients),
                "third_parties": len(register.third_parties),
            }
            if changed is not None:
                details["sections"] = changed
            audit.record(session, actor, "settings.processing_register", None, details)
        return register


def _changed_sections(before: str, after: str) -> list[str]:
    """The top-level sections whose values differ (names only: [controller], [[recipients]])."""
    try:
        old, new = tomllib.loads(before), tomllib.loads(after)
    except tomllib.TOMLDecodeError:
        return [translate("ProcessingRegister", "the whole register")]

    def shown(key: str) -> str:
        value = new.get(key, old.get(key))
        return f"[[{key}]]" if isinstance(value, list) else f"[{key}]" if isinstance(value, dict) else key

    return [shown(key) for key in sorted(set(old) | set(new)) if old.get(key) != new.get(key)]


def _write_atomically(out: Path, data: bytes) -> None:
    """A temporary file in the same folder, flushed to disk, then renamed over ``out``."""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".inquiry-desk-", suffix=".part", dir=out.parent)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, out)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
    except OSError as exc:
        raise UserError(
            translate("ProcessingRegister", "The register could not be saved in {folder}: {error}").format(
                folder=out.parent, error=exc.strerror
            )
        ) from None
