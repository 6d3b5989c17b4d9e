"""The dashboard, the monthly report and the register export, checked against the register.

A known set of cases is built through the normal services, their lifecycle position set
directly in a write session (with the timeline events the workflow would write), plus
anonymous rows of purged cases. Every figure is then recomputed here in plain Python
from the rows, independently of the service's SQL.
"""

from __future__ import annotations

import csv
import io
import statistics
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from inquiry_desk.domain.enums import (
    ANSWER_OUTCOMES,
    CaseKind,
    CaseState,
    Channel,
    Jurisdiction,
    Language,
    Outcome,
    RequestType,
)
from inquiry_desk.domain.errors import PermissionDenied, ValidationFailed
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.domain.refusals import NOT_RECORDED, RefusalCategory
from inquiry_desk.services.actors import SYSTEM, Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.views import NewCase, decode_types
from inquiry_desk.services.demo.generator import add_purged_history
from inquiry_desk.services.reports.service import (
    ANSWER_ACTIONS,
    EXPORT_COLUMNS,
    ReportService,
    median_from_histogram,
    monthly_report_rows,
)
from inquiry_desk.store.models import AuditEntry, Case, Event

TODAY = date.today()
# The report month: last month, so that the fixture's cases (received before today) fill it.
MONTH_START = (TODAY.replace(day=1) - timedelta(days=1)).replace(day=1)
NAMES = ["山田 花子", "Marie Dupont", "佐々木 健", "Jan Kowalski", "髙橋 﨑子", "Anna Schmidt"]


def _party(i: int) -> PartyData:
    return PartyData(
        name=NAMES[i % len(NAMES)],
        email=f"applicant{i}@example.jp",
        postal_code="100-0001",
        address="東京都千代田区1-1",
    )


def _at(day: date, hour: int = 11) -> datetime:
    return datetime.combine(day, time(hour))


# (offset of receipt from MONTH_START, kind, types, channel, jurisdiction, final state, days to
#  answer or None, deadline met, extended)
SPEC: list[
    tuple[
        int,
        CaseKind,
        tuple[RequestType, ...],
        Channel,
        Jurisdiction,
        CaseState,
        int | None,
        bool | None,
        bool,
    ]
] = [
    (
        0,
        CaseKind.REQUEST,
        (RequestType.DISCLOSURE,),
        Channel.MAIL,
        Jurisdiction.JP,
        CaseState.RESPONDED,
        5,
        True,
        False,
    ),
    (
        1,
        CaseKind.REQUEST,
        (RequestType.DISCLOSURE, RequestType.DELETION),
        Channel.FAX,
        Jurisdiction.JP,
        CaseState.CLOSED,
        9,
        True,
        False,
    ),
    (
        2,
        CaseKind.REQUEST,
        (RequestType.ACCESS,),
        Channel.EMAIL,
        Jurisdiction.EEA,
        CaseState.REFUSED,
        12,
        True,
        True,
    ),
    (3, CaseKind.QUESTION, (), Channel.EMAIL, Jurisdiction.UK, CaseState.RESPONDED, 2, True, False),
    (4, CaseKind.COMPLAINT, (), Channel.MAIL, Jurisdiction.JP, CaseState.WITHDRAWN, 3, None, False),
    (
        5,
        CaseKind.REQUEST,
        (RequestType.ERASURE, RequestType.ACCESS),
        Channel.EMAIL,
        Jurisdiction.EEA,
        CaseState.IN_PROGRESS,
        None,
        None,
        True,
    ),
    (
        6,
        CaseKind.REQUEST,
        (RequestType.CORRECTION,),
        Channel.MAIL,
        Jurisdiction.JP,
        CaseState.AWAITING_APPROVAL,
        None,
        None,
        False,
    ),
    (
        7,
        CaseKind.REQUEST,
        (RequestType.DISCLOSURE,),
        Channel.FAX,
        Jurisdiction.JP,
        CaseState.AWAITING_APPLICANT,
        None,
        None,
        False,
    ),
    (
        8,
        CaseKind.REQUEST,
        (RequestType.PURPOSE_OF_USE,),
        Channel.MAIL,
        Jurisdiction.JP,
        CaseState.REFUSED,
        20,
        False,
        False,
    ),
    (9, CaseKind.CONSULTATION, (), Channel.EMAIL, Jurisdiction.OTHER, CaseState.RECEIVED, None, None, False),
]


REFUSAL_GROUNDS_OF_SPEC = [RefusalCategory.UNFOUNDED_OR_EXCESSIVE.value, None]


def _expected_categories(refused: list[Case]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for c in refused:
        key = c.refusal_category or NOT_RECORDED
        counts[key] = counts.get(key, 0) + 1
    return counts


@pytest.fixture
def built(app: App, staff: Actor, manager: Actor) -> dict[str, Any]:
    """The known cases plus a purged history; returns what the test needs to know."""
    grounds = list(REFUSAL_GROUNDS_OF_SPEC)
    refs: list[str] = []
    for i, (offset, kind, types, channel, juris, *_rest) in enumerate(SPEC):
        new = NewCase(
            received=min(MONTH_START + timedelta(days=offset), TODAY),
            channel=channel,
            kind=kind,
            request_types=list(types),
            jurisdiction=juris,
            language=Language.JA if juris is Jurisdiction.JP else Language.EN,
            applicant=_party(i),
            assignee_id=staff.user_id if i % 2 else manager.user_id,
        )
        refs.append(app.cases.create(staff, new))
    with app.db.write() as session:
        for ref, (_o, _k, _t, _c, _j, state, days, met, extended) in zip(refs, SPEC, strict=True):
            case = session.scalars(select(Case).where(Case.ref == ref)).one()
            case.state = state.value
            if state is CaseState.IN_PROGRESS:
                case.due = TODAY - timedelta(days=2)  # overdue
            elif state is CaseState.AWAITING_APPROVAL:
                case.due = TODAY + timedelta(days=1)  # due soon
            elif state is CaseState.RECEIVED:
                case.due = TODAY + timedelta(days=3)  # due soon, the last day of the window
            elif state is CaseState.AWAITING_APPLICANT:
                case.due = TODAY - timedelta(days=5)  # paused: neither overdue nor due soon
            if days is not None:
                answered = case.received + timedelta(days=days)
                action = {CaseState.REFUSED: "refuse", CaseState.WITHDRAWN: "withdraw"}.get(state, "respond")
                # An earlier, superseded answer: the last one counts.
                session.add(
                    Event(
                        case_id=case.id, at=_at(case.received), actor="sato", action=action, summary="earlier"
                    )
                )
                session.add(
                    Event(case_id=case.id, at=_at(answered), actor="sato", action=action, summary="answered")
                )
                case.outcome = {
                    CaseState.REFUSED: Outcome.REFUSED,
                    CaseState.WITHDRAWN: Outcome.WITHDRAWN,
                }.get(state, Outcome.DISCLOSED).value
                case.deadline_met = met
                if state is CaseState.REFUSED:
                    # The second refusal stands for one made before grounds were recorded.
                    case.refusal_category = grounds.pop(0)
                if state is CaseState.CLOSED:
                    case.closed_at = _at(answered + timedelta(days=1))
            if extended:
                session.add(
                    Event(
                        case_id=case.id,
                        at=_at(case.received + timedelta(days=1)),
                        actor="sato",
                        action="extension",
                        summary="Deadline extended by 2 months",
                    )
                )
    add_purged_history(app, 60, seed=3, today=TODAY)
    return {"refs": refs}


def _rows(app: App) -> list[Case]:
    with app.db.read() as session:
        cases = list(session.scalars(select(Case)))
        session.expunge_all()
        return cases


def _answered_at(app: App) -> dict[int, datetime | None]:
    with app.db.read() as session:
        events = list(session.execute(select(Event.case_id, Event.at, Event.action)))
        cases = list(session.execute(select(Case.id, Case.closed_at)))
    out: dict[int, datetime | None] = {}
    for case_id, closed in cases:
        times = [at for cid, at, action in events if cid == case_id and action in ANSWER_ACTIONS]
        out[case_id] = max(times) if times else closed
    return out


def _expected_timeliness(
    cases: list[Case], answered: dict[int, datetime | None], since: datetime, until: datetime
) -> tuple[int, int, int, float | None]:
    done = [c for c in cases if c.outcome and answered[c.id] and since <= answered[c.id] < until]  # type: ignore[operator]
    met = sum(1 for c in done if c.deadline_met is True)
    missed = sum(1 for c in done if c.deadline_met is False)
    days = [
        (answered[c.id].date() - c.received).days
        for c in done  # type: ignore[union-attr]
        if c.outcome != Outcome.WITHDRAWN.value
    ]
    return len(done), met, missed, (statistics.median(days) if days else None)


# --- the monthly report -------------------------------------------------------------------------
def test_monthly_report_matches_the_register(app: App, built: dict[str, Any], manager: Actor) -> None:
    service = ReportService(app.db, lambda: TODAY)
    report = service.monthly_report(manager, MONTH_START.year, MONTH_START.month)
    following = (MONTH_START + timedelta(days=32)).replace(day=1)
    cases = _rows(app)
    received = [c for c in cases if MONTH_START <= c.received < following]
    assert report.received == len(received) >= len(SPEC) - 1
    assert report.by_kind == {k: sum(c.kind == k.value for c in received) for k in CaseKind}
    assert report.by_channel == {ch: sum(c.channel == ch.value for c in received) for ch in Channel}
    assert report.by_jurisdiction == {
        j: sum(c.jurisdiction == j.value for c in received) for j in Jurisdiction
    }
    assert report.by_request_type == {
        t: sum(t in decode_types(c.request_types) for c in received) for t in RequestType
    }
    answered = _answered_at(app)
    since, until = _at(MONTH_START, 0), _at(following, 0)
    in_month = [c for c in cases if c.outcome and answered[c.id] and since <= answered[c.id] < until]  # type: ignore[operator]
    assert report.by_outcome == {o: sum(c.outcome == o.value for c in in_month) for o in ANSWER_OUTCOMES}
    n, met, missed, median = _expected_timeliness(cases, answered, since, until)
    t = report.timeliness
    assert (t.answered, t.deadline_met, t.deadline_missed, t.median_days) == (n, met, missed, median)
    assert report.refusals == sum(c.outcome == Outcome.REFUSED.value for c in in_month)
    refused = [c for c in in_month if c.outcome == Outcome.REFUSED.value]
    assert report.refusal_categories == _expected_categories(refused)
    assert sum(report.refusal_categories.values()) == report.refusals
    assert report.refusal_categories.get(NOT_RECORDED) == 1  # the SPEC's refusal without a ground
    # The law's order, "not recorded" last, so that months compare line by line.
    order = [*RefusalCategory, NOT_RECORDED]
    assert list(report.refusal_categories) == sorted(report.refusal_categories, key=order.index)
    with app.db.read() as session:
        ext = [at for (at,) in session.execute(select(Event.at).where(Event.action == "extension"))]
    assert report.extensions == sum(since <= at < until for at in ext)
    assert report.purged == sum(1 for c in cases if c.purged_at and since <= c.purged_at < until)
    open_at_end = [
        c for c in cases if c.received < following and (answered[c.id] is None or answered[c.id] >= until)
    ]  # type: ignore[operator]
    assert report.open_at_end == len(open_at_end)


def test_monthly_report_is_audited_and_validates_the_month(app: App, manager: Actor) -> None:
    service = ReportService(app.db)
    service.monthly_report(manager, 2026, 1)
    with app.db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "report.monthly")).one()
        assert '"month": "2026-01"' in entry.details and entry.actor == "tanaka"
    with pytest.raises(ValidationFailed):
        service.monthly_report(manager, 2026, 13)


def test_purges_in_the_month_come_from_the_register_and_the_receipts(app: App, manager: Actor) -> None:
    from inquiry_desk.services import audit

    add_purged_history(app, 30, seed=9, today=TODAY)
    with app.db.write() as session:
        audit.record(session, SYSTEM, "purge.run", None, {"purged": 3}, at=_at(MONTH_START, 3))
    report = ReportService(app.db).monthly_report(manager, MONTH_START.year, MONTH_START.month)
    following = (MONTH_START + timedelta(days=32)).replace(day=1)
    expected = sum(
        1 for c in _rows(app) if c.purged_at and _at(MONTH_START, 0) <= c.purged_at < _at(following, 0)
    )
    assert report.purged == expected
    assert report.purge_runs == 1


# --- the dashboard ------------------------------------------------------------------------------
def test_dashboard_matches_the_register(app: App, built: dict[str, Any], manager: Actor) -> None:
    data = ReportService(app.db).dashboard(manager, TODAY)
    cases = _rows(app)
    open_cases = [c for c in cases if CaseState(c.state).is_open]
    assert data.open_by_state == {
        s: sum(c.state == s.value for c in open_cases) for s in CaseState if s.is_open
    }
    assert data.open_total == len(open_cases) == 4
    refs = built["refs"]
    assert [d.ref for d in data.overdue] == [refs[5]]
    assert data.overdue[0].days == -2 and data.overdue[0].state is CaseState.IN_PROGRESS
    assert [d.ref for d in data.due_soon] == [refs[6], refs[9]]  # paused case not listed
    assert [d.ref for d in data.awaiting_approval] == [refs[6]]
    workload = {w.assignee: (w.open, w.overdue) for w in data.workload}
    assert workload == {"Sato": (3, 1), "Tanaka": (1, 0)}
    # Received per month: every case received in the 12 months, purged ones included.
    window = [c for c in cases if data.period_start <= c.received <= TODAY]
    assert sum(sum(m.values()) for m in data.received_by_channel.values()) == len(window)
    for month, counts in data.received_by_channel.items():
        assert counts == {
            ch: n
            for ch in Channel
            if (n := sum(c.channel == ch.value and f"{c.received:%Y-%m}" == month for c in window))
        }
    assert data.type_totals() == {
        t: n for t in RequestType if (n := sum(t in decode_types(c.request_types) for c in window))
    }
    assert len(data.months) == 12 and data.months[-1] == f"{TODAY:%Y-%m}"
    answered = _answered_at(app)
    since, until = _at(data.period_start, 0), _at(TODAY + timedelta(days=1), 0)
    n, met, missed, median = _expected_timeliness(cases, answered, since, until)
    t = data.timeliness
    assert (t.answered, t.deadline_met, t.deadline_missed, t.median_days) == (n, met, missed, median)
    assert t.met_rate == pytest.approx(met / (met + missed))
    assert data.purged_total == 60 and data.register_total == 70
    assert data.extensions == 2
    refused = [c for c in cases if c.outcome == Outcome.REFUSED.value and since <= answered[c.id] < until]  # type: ignore[operator]
    assert data.refusals == len(refused)
    # The purged history keeps its grounds: anonymous rows still count by category.
    assert data.refusals_by_category == _expected_categories(refused)
    assert any(c.state == CaseState.PURGED.value and c.refusal_category for c in refused)


def test_dashboard_of_an_empty_register(app: App, manager: Actor) -> None:
    data = ReportService(app.db).dashboard(manager, TODAY)
    assert data.open_total == 0 and data.timeliness.median_days is None
    assert data.timeliness.met_rate is None and not data.workload


@pytest.mark.parametrize(
    ("values", "expected"),
    [([(3, 1)], 3), ([(1, 1), (5, 1)], 3), ([(1, 2), (9, 1)], 1), ([(2, 2), (4, 2)], 3), ([], None)],
)
def test_median_from_histogram(values: list[tuple[int, int]], expected: float | None) -> None:
    assert median_from_histogram(values) == expected


# --- who may run them ---------------------------------------------------------------------------
def test_staff_cannot_run_reports_system_can(app: App, staff: Actor, tmp_path: Path) -> None:
    service = ReportService(app.db)
    with pytest.raises(PermissionDenied):
        service.dashboard(staff)
    with pytest.raises(PermissionDenied):
        service.monthly_report(staff, 2026, 1)
    with pytest.raises(PermissionDenied):
        service.register_export_csv(staff, tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()
    service.monthly_report(SYSTEM, 2026, 1)
    service.dashboard(SYSTEM)
    service.register_export_csv(SYSTEM, tmp_path / "ok.csv")


# --- the files ----------------------------------------------------------------------------------
def test_register_export_has_no_personal_data(
    app: App, built: dict[str, Any], manager: Actor, tmp_path: Path
) -> None:
    out = tmp_path / "export" / "register.csv"
    out.parent.mkdir()
    out.write_text("old")  # replaced atomically
    count = ReportService(app.db).register_export_csv(manager, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    text = raw.decode("utf-8-sig")
    for i in range(len(SPEC)):
        party = _party(i)
        for value in (party.name, party.email, party.address, party.postal_code):
            assert value not in text
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == EXPORT_COLUMNS
    assert count == len(rows) - 1 == len(_rows(app))
    by_ref = {r[0]: dict(zip(EXPORT_COLUMNS, r, strict=True)) for r in rows[1:]}
    first = by_ref[built["refs"][1]]
    assert first["request_types"] == "deletion;disclosure" and first["deadline_met"] == "yes"
    assert first["state"] == "closed" and first["closed"]
    assert [p.name for p in out.parent.iterdir()] == ["register.csv"]  # no temp file left
    with app.db.read() as session:
        assert (
            session.scalar(select(AuditEntry.details).where(AuditEntry.action == "report.export_register"))
            == f'{{"rows": {count}}}'
        )


def test_monthly_report_csv_and_pdf(app: App, built: dict[str, Any], manager: Actor, tmp_path: Path) -> None:
    service = ReportService(app.db)
    report = service.save_monthly_report(
        manager, MONTH_START.year, MONTH_START.month, tmp_path / "m.csv", "csv"
    )
    raw = (tmp_path / "m.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows == [list(r) for r in monthly_report_rows(report)]
    values = {(r[0], r[1]): r[3] for r in rows}
    assert values[("received", "total")] == str(report.received)
    for key, n in report.refusal_categories.items():
        assert values[("refusal_category", key)] == str(n)
    assert (
        "refusal_category",
        "unfounded_or_excessive",
        "Manifestly unfounded or excessive",
        str(report.refusal_categories["unfounded_or_excessive"]),
    ) in [tuple(r) for r in rows]
    service.save_monthly_report(manager, MONTH_START.year, MONTH_START.month, tmp_path / "m.pdf", "pdf")
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")
    text = raw.decode("utf-8-sig")
    assert not any(name in text for name in NAMES)
