"""Which fields of a case the importer only guessed: suggestions staff confirm or correct.

A case keeps the *names* of its suggested fields (keys of `domain.edits.FIELD_LABELS`),
never their values: the values are personal and sealed with the parties; the names are
what the register filters on ("needs review") and what the timeline and the audit log say
was confirmed. An inquiry typed in by hand has none: staff typed what they read.
"""

from __future__ import annotations

from collections.abc import Iterable

from inquiry_desk.domain.edits import FIELD_LABELS

# The event action when staff confirm suggestions as they are (an edit confirms what it changes).
CONFIRMED = "suggestions_confirmed"
CONFIRM_PREFIX = "Confirmed: "

# What the importer may guess, in the order the case view and the command line list them.
_PARTY = ("name", "name_kana", "postal_code", "address", "email", "phone", "fax")
SUGGESTABLE: tuple[str, ...] = (
    "kind",
    "request_types",
    "jurisdiction",
    *(f"{who}.{key}" for who in ("applicant", "representative") for key in _PARTY),
)
assert set(SUGGESTABLE) <= set(FIELD_LABELS)


def ordered(fields: Iterable[str]) -> tuple[str, ...]:
    """``fields`` that may be suggested, once each, in the order of SUGGESTABLE."""
    wanted = set(fields)
    return tuple(f for f in SUGGESTABLE if f in wanted)


def encode(fields: Iterable[str]) -> str:
    """ ",applicant.name,kind," (the column's form): one field is found with LIKE '%,kind,%'."""
    names = ordered(fields)
    return "," + ",".join(names) + "," if names else ""


def decode(text: str | None) -> tuple[str, ...]:
    return ordered(f for f in (text or "").split(",") if f)


def after_edit(suggested: Iterable[str], changed: Iterable[str]) -> tuple[str, ...]:
    """What stays suggested once an edit changed ``changed``: a corrected field is confirmed,
    and a representative removed takes its suggested fields with it."""
    done = set(changed)
    gone = "representative.removed" in done
    return tuple(
        f for f in ordered(suggested) if f not in done and not (gone and f.startswith("representative."))
    )


def confirm_summary(fields: Iterable[str]) -> str:
    """The stored (English) timeline summary of confirming ``fields``; field names only."""
    return CONFIRM_PREFIX + ", ".join(FIELD_LABELS[f][0] for f in ordered(fields))
