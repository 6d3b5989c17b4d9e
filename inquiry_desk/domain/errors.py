"""Errors a user can act on, kept apart from bugs.

Anything derived from `UserError` carries a message written for the person at the
desk; the GUI shows it in a dialog and the CLI prints it, without a traceback.
Any other exception is a bug and is logged (without personal data) as such.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can understand and act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationFailed(UserError):
    """Input was refused; `fields` maps field names to messages shown beside them."""

    def __init__(self, fields: dict[str, str]) -> None:
        # The message is read by staff: the sentences themselves, never internal field keys
        # ("cashed_on: ..."); only whose field it is, when a form has two parties.
        super().__init__(" ".join(_sentence(k, v) for k, v in fields.items()))
        self.fields = fields


def _sentence(key: str, text: str) -> str:
    party = key.split(".", 1)[0] if "." in key else ""
    prefix = {"applicant": "Applicant: ", "representative": "Representative: "}.get(party, "")
    text = text.strip()
    return prefix + text + ("" if text.endswith((".", "。", "?", "!", ")")) else ".")


class PermissionDenied(UserError):
    pass


class NotFound(UserError):
    pass


class DatabaseProblem(UserError):
    """The database cannot be used as it is (newer, foreign, corrupt, locked, read-only)."""


class KeyringUnavailable(UserError):
    """No secure place for the master key: the app refuses to store personal data in clear."""


class StaleCase(UserError):
    """A change was asked from a view of an older version of the case: refused, not merged.

    ``version`` is the case's current version; ``message`` says who changed what meanwhile.
    """

    def __init__(self, message: str, ref: str, version: int | None = None) -> None:
        super().__init__(message)
        self.ref = ref
        self.version = version
