"""The lifecycle subcommands, through the register() the lead wires into cli.py."""

from __future__ import annotations

import argparse
from datetime import date

import pytest

from inquiry_desk.domain.enums import CaseKind, Jurisdiction, Language, Role
from inquiry_desk.domain.errors import UserError
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from tests.services.lifecycle_helpers import RECEIVED, make_user, new_case

pytestmark = pytest.mark.clock_starts(RECEIVED)


class FakeRun:
    def __init__(self, app: App, actor: Actor) -> None:
        self._app, self._actor = app, actor

    def app(self) -> App:
        return self._app

    def user(self) -> Actor:
        return self._actor


def _run(app: App, actor: Actor, *argv: str) -> int:
    from inquiry_desk.cli.lifecycle import register

    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    result: int = args.handler(args, FakeRun(app, actor))
    return result


def test_act_actions_ledger_assign(app: App, capsys: pytest.CaptureFixture[str]) -> None:
    staff = make_user(app, "sato", Role.STAFF)
    ref = app.cases.create(staff, new_case(date(2026, 4, 1), kind=CaseKind.QUESTION, types=()))
    assert _run(app, staff, "actions", ref) == 0
    assert "+ start_work" in capsys.readouterr().out
    assert _run(app, staff, "act", ref, "request_from_applicant", "--reason", "質問の詳細") == 0
    assert "(clock paused)" in capsys.readouterr().out
    assert _run(app, staff, "ledger", ref) == 0
    out = capsys.readouterr().out
    assert "Clock paused: 質問の詳細" in out
    assert _run(app, staff, "assign", ref, "sato") == 0
    with pytest.raises(UserError, match="how and when"):
        _run(app, staff, "act", ref, "withdraw")


def test_refuse_needs_a_legal_ground_on_the_command_line(
    app: App, capsys: pytest.CaptureFixture[str]
) -> None:
    manager = make_user(app, "boss", Role.MANAGER)
    ref = app.cases.create(manager, new_case(date(2026, 4, 1)))
    with pytest.raises(UserError, match="its category"):
        _run(app, manager, "act", ref, "refuse", "--reason", "重複請求", "--default-complaint-text")
    assert (
        _run(
            app,
            manager,
            "act",
            ref,
            "refuse",
            "--reason",
            "重複請求",
            "--default-complaint-text",
            "--category",
            "unfounded_or_excessive",
        )
        == 0
    )
    assert "Refused" in capsys.readouterr().out
    assert app.lifecycle.workflow.status(manager, ref).refusal_category == "unfounded_or_excessive"
    with pytest.raises(SystemExit):
        _run(app, manager, "act", ref, "refuse", "--category", "because")  # not a ground: argparse says so


def test_extend_and_ledger_say_what_remains(app: App, capsys: pytest.CaptureFixture[str]) -> None:
    staff = make_user(app, "sato", Role.STAFF)
    ref = app.cases.create(
        staff, new_case(date(2026, 4, 1), jurisdiction=Jurisdiction.EEA, language=Language.EN)
    )
    assert _run(app, staff, "extend", ref, "1", "Records held in three systems") == 0
    assert "2026-06-01" in capsys.readouterr().out
    assert _run(app, staff, "ledger", ref) == 0
    out = capsys.readouterr().out
    assert "Extended by 1 month(s); 1 more allowed." in out
    assert "can be recorded until 2026-05-01" in out
    assert _run(app, staff, "extend", ref, "1", "Still compiling") == 0
    capsys.readouterr()
    assert _run(app, staff, "ledger", ref) == 0
    out = capsys.readouterr().out
    assert "Extended by 2 month(s); 0 more allowed." in out and "can be recorded" not in out


def test_outcomes_per_request_type_on_the_command_line(app: App, capsys: pytest.CaptureFixture[str]) -> None:
    from inquiry_desk.domain.enums import RequestType

    manager = make_user(app, "boss", Role.MANAGER)
    types = (RequestType.DISCLOSURE, RequestType.DELETION)
    ref = app.cases.create(manager, new_case(date(2026, 4, 1), types=types))
    with pytest.raises(UserError, match="TYPE=RESULT"):
        _run(app, manager, "outcomes", ref, "deletion=maybe")
    assert _run(app, manager, "outcomes", ref, "deletion=refused:required_by_law") == 0
    out = capsys.readouterr().out
    assert "Disclosure: granted" in out and "Deletion: refused (Another law prevents it)" in out
    assert _run(app, manager, "outcomes", ref, "--json") == 0
    assert '"ground": "required_by_law"' in capsys.readouterr().out
    with pytest.raises(UserError, match="TYPE=RESULT"):
        _run(app, manager, "act", ref, "respond", "--type-outcome", "disclosure")
