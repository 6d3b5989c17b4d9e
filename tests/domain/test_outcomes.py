"""Each request type's outcome and the case outcome that follows from them."""

from __future__ import annotations

import pytest

from inquiry_desk.domain import outcomes as o
from inquiry_desk.domain.enums import CaseKind, Outcome, RequestType
from inquiry_desk.domain.refusals import RefusalCategory

D, DEL, P = RequestType.DISCLOSURE, RequestType.DELETION, RequestType.PURPOSE_OF_USE
LAW = RefusalCategory.REQUIRED_BY_LAW


def test_round_trip_of_the_stored_form() -> None:
    given = [o.TypeOutcome(D, o.TypeResult.GRANTED), o.TypeOutcome(DEL, o.TypeResult.REFUSED, LAW)]
    text = o.encode(given)
    assert text == "disclosure=granted,deletion=refused:required_by_law"
    assert o.decode(text) == given
    assert o.decode("") == [] and o.decode(None) == []
    # A type a newer version knows is skipped, the rest kept.
    assert o.decode("telepathy=granted,disclosure=not_held") == [o.TypeOutcome(D, o.TypeResult.NOT_HELD)]


def test_complete_grants_what_is_not_given_in_the_case_order() -> None:
    done = o.complete([D, DEL], [o.TypeOutcome(DEL, o.TypeResult.REFUSED, LAW)])
    assert done == [o.TypeOutcome(D, o.TypeResult.GRANTED), o.TypeOutcome(DEL, o.TypeResult.REFUSED, LAW)]
    assert o.complete([], []) == []


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ([o.TypeOutcome(P, o.TypeResult.GRANTED)], "no request for"),
        ([o.TypeOutcome(D, o.TypeResult.GRANTED), o.TypeOutcome(D, o.TypeResult.NOT_HELD)], "two outcomes"),
        ([o.TypeOutcome(D, o.TypeResult.PARTLY)], "legal ground"),
    ],
)
def test_complete_refuses_what_does_not_fit(given: list[o.TypeOutcome], message: str) -> None:
    with pytest.raises(o.OutcomesInvalid, match=message):
        o.complete([D, DEL], given)


def test_a_ground_without_a_refusal_is_dropped() -> None:
    assert o.complete([D], [o.TypeOutcome(D, o.TypeResult.GRANTED, LAW)]) == [
        o.TypeOutcome(D, o.TypeResult.GRANTED)
    ]


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        ([o.TypeResult.GRANTED, o.TypeResult.REFUSED], Outcome.DISCLOSED),
        ([o.TypeResult.REFUSED, o.TypeResult.GRANTED], Outcome.DELETED),
        ([o.TypeResult.REFUSED, o.TypeResult.REFUSED], Outcome.REFUSED),
        ([o.TypeResult.NOT_HELD, o.TypeResult.NOT_HELD], Outcome.NO_DATA_HELD),
        ([o.TypeResult.NOT_HELD, o.TypeResult.REFUSED], Outcome.REFUSED),
        ([o.TypeResult.PARTLY, o.TypeResult.NOT_HELD], Outcome.DISCLOSED),
    ],
)
def test_case_outcome_follows_from_the_types(results: list[o.TypeResult], expected: Outcome) -> None:
    given = [
        o.TypeOutcome(t, r, LAW if r.needs_ground else None) for t, r in zip([D, DEL], results, strict=True)
    ]
    assert o.case_outcome(CaseKind.REQUEST, given) is expected


def test_questions_are_answered() -> None:
    assert o.case_outcome(CaseKind.QUESTION, []) is Outcome.ANSWERED
    assert o.case_outcome(CaseKind.REQUEST, []) is Outcome.ANSWERED


def test_an_old_single_outcome_maps_onto_every_type() -> None:
    assert o.stored_or_mapped([D, DEL], None, "refused", "harm_to_others") == [
        o.TypeOutcome(D, o.TypeResult.REFUSED, RefusalCategory.HARM_TO_OTHERS),
        o.TypeOutcome(DEL, o.TypeResult.REFUSED, RefusalCategory.HARM_TO_OTHERS),
    ]
    assert o.stored_or_mapped([D], None, "no_data_held", None) == [o.TypeOutcome(D, o.TypeResult.NOT_HELD)]
    assert o.stored_or_mapped([D], None, "disclosed", None) == [o.TypeOutcome(D, o.TypeResult.GRANTED)]
    assert o.stored_or_mapped([D], None, "withdrawn", None) == []
    assert o.stored_or_mapped([D], None, None, None) == []
