"""The lifecycle subcommands, through the register() the lead wires into cli.py."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from inquiry_desk.domain.enums import CaseKind, Jurisdiction, Language, Role
from inquiry_desk.domain.errors import UserError
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.store.masterkey import MemoryMasterKeyStore
from tests.services.lifecycle_helpers import Clock, make_user, new_case


class FakeRun:
    def __init__(self, app: App, actor: Actor) -> None:
        self._app, self._actor = app, actor

    def app(self) -> App:
        return self._app

    def user(self) -> Actor:
        return self._actor


@pytest.fixture
def lapp(data_dir: Path, key_store: MemoryMasterKeyStore) -> Iterator[App]:
    application = App.open(data_dir, key_store=key_store, today=Clock(date(2026, 4, 1)))
    yield application
    application.close()


def _run(app: App, actor: Actor, *argv: str) -> int:
    from inquiry_desk.cli.lifecycle import register

    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    result: int = args.handler(args, FakeRun(app, actor))
    return result


def test_act_actions_ledger_assign(lapp: App, capsys: pytest.CaptureFixture[str]) -> None:
    sato = make_user(lapp, "sato", Role.STAFF)
    ref = lapp.cases.create(sato, new_case(date(2026, 4, 1), kind=CaseKind.QUESTION, types=()))
    assert _run(lapp, sato, "actions", ref) == 0
    assert "+ start_work" in capsys.readouterr().out
    assert _run(lapp, sato, "act", ref, "request_from_applicant", "--reason", "質問の詳細") == 0
    assert "(clock paused)" in capsys.readouterr().out
    assert _run(lapp, sato, "ledger", ref) == 0
    out = capsys.readouterr().out
    assert "Clock paused: 質問の詳細" in out
    assert _run(lapp, sato, "assign", ref, "sato") == 0
    with pytest.raises(UserError, match="how and when"):
        _run(lapp, sato, "act", ref, "withdraw")


def test_refuse_needs_a_legal_ground_on_the_command_line(
    lapp: App, capsys: pytest.CaptureFixture[str]
) -> None:
    boss = make_user(lapp, "boss", Role.MANAGER)
    ref = lapp.cases.create(boss, new_case(date(2026, 4, 1)))
    with pytest.raises(UserError, match="its category"):
        _run(lapp, boss, "act", ref, "refuse", "--reason", "重複請求", "--default-complaint-text")
    assert (
        _run(
            lapp,
            boss,
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
    assert lapp.lifecycle.workflow.status(boss, ref).refusal_category == "unfounded_or_excessive"
    with pytest.raises(SystemExit):
        _run(lapp, boss, "act", ref, "refuse", "--category", "because")  # not a ground: argparse says so


def test_extend_and_ledger_say_what_remains(lapp: App, capsys: pytest.CaptureFixture[str]) -> None:
    sato = make_user(lapp, "sato", Role.STAFF)
    ref = lapp.cases.create(
        sato, new_case(date(2026, 4, 1), jurisdiction=Jurisdiction.EEA, language=Language.EN)
    )
    assert _run(lapp, sato, "extend", ref, "1", "Records held in three systems") == 0
    assert "2026-06-01" in capsys.readouterr().out
    assert _run(lapp, sato, "ledger", ref) == 0
    out = capsys.readouterr().out
    assert "Extended by 1 month(s); 1 more allowed." in out
    assert "can be recorded until 2026-05-01" in out
    assert _run(lapp, sato, "extend", ref, "1", "Still compiling") == 0
    capsys.readouterr()
    assert _run(lapp, sato, "ledger", ref) == 0
    out = capsys.readouterr().out
    assert "Extended by 2 month(s); 0 more allowed." in out and "can be recorded" not in out
