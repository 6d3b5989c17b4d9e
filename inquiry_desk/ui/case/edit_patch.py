"""From what the Edit case dialog showed and what it holds now, the patch to save.

Plain values in, a `CaseEdit` out, no widgets: the dialog reads its fields into a dict
keyed by the service's field names ("applicant.address", "request_types", …) when it is
filled and again on Save; only the keys that differ are sent, so a colleague's change to
any other field is never carried back over.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from inquiry_desk.domain.enums import (
    AnswerFormat,
    AnswerMedium,
    CaseKind,
    Channel,
    Jurisdiction,
    Language,
    RepresentativeKind,
)
from inquiry_desk.services.cases.editing import CaseEdit

Values = Mapping[str, Any]


def changed_keys(shown: Values, now: Values) -> list[str]:
    return [k for k, v in now.items() if v != shown.get(k)]


def edit_from(shown: Values, now: Values, reason: str = "") -> CaseEdit:
    """The fields changed from ``shown`` to ``now``, as a patch for the editing service."""
    keys = set(changed_keys(shown, now))
    applicant = {k.split(".", 1)[1]: now[k] for k in keys if k.startswith("applicant.")}
    rep_keys = [k for k in now if k.startswith("representative.")]
    representative: dict[str, Any] = {}
    remove = False
    if now["representative"] and not shown["representative"]:  # added: everything filled in
        representative = {k.split(".", 1)[1]: now[k] for k in rep_keys if now[k]}
    elif now["representative"]:
        representative = {k.split(".", 1)[1]: now[k] for k in keys if k in rep_keys}
    elif shown["representative"]:
        remove = True
    if representative.get("representative_kind"):
        representative["representative_kind"] = RepresentativeKind(representative["representative_kind"])

    def enum(key: str, kind: Any) -> Any:
        return kind(now[key]) if key in keys and now[key] is not None else None

    def cleared(key: str) -> bool:
        """Set back to "not stated" (a combo's None)."""
        return key in keys and now[key] is None and shown.get(key) is not None

    return CaseEdit(
        applicant=applicant,
        representative=representative,
        remove_representative=remove,
        kind=enum("kind", CaseKind),
        channel=enum("channel", Channel),
        request_types=tuple(sorted(now["request_types"])) if "request_types" in keys else None,
        jurisdiction=enum("jurisdiction", Jurisdiction),
        language=enum("language", Language),
        answer_medium=enum("answer_medium", AnswerMedium),
        answer_format=enum("answer_format", AnswerFormat),
        clear_answer_medium=cleared("answer_medium"),
        clear_answer_format=cleared("answer_format"),
        received=now["received"] if "received" in keys else None,
        reason=reason.strip(),
    )
