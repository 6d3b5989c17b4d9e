"""The register finds people as staff type them: old forms, variants, spaces, kana.

The second test opens a database written by the release before this folding existed
(tests/data/register_0007: made with migration 0007 as head, its master keys beside it).
The register's name index is built in memory from the decrypted names when the register
is first searched, never stored, so such a database is searched with the new folding as
soon as it is opened — which is what this proves.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from inquiry_desk.domain.enums import CaseKind, Channel, Jurisdiction, Language, RequestType
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.register_rows import RegisterFilter
from inquiry_desk.services.cases.views import NewCase
from inquiry_desk.store.masterkey import MemoryMasterKeyStore

OLD_DATABASE = Path(__file__).resolve().parent.parent / "data" / "register_0007"


def _new(name: str, kana: str = "") -> NewCase:
    return NewCase(
        received=date(2026, 11, 2),
        channel=Channel.MAIL,
        kind=CaseKind.REQUEST,
        request_types=[RequestType.DISCLOSURE],
        jurisdiction=Jurisdiction.JP,
        language=Language.JA,
        applicant=PartyData(name=name, name_kana=kana, address="大阪府大阪市北区梅田1-2-3"),
    )


def _found(app: App, text: str) -> list[str]:
    return sorted(r.ref for r in app.register.page(RegisterFilter(search=text)))


def test_variants_and_spaces_fold_in_the_register(app: App, staff: Actor) -> None:
    spaced = app.cases.create(staff, _new("髙橋 美咲", "タカハシ ミサキ"))
    joined = app.cases.create(staff, _new("高橋美咲"))
    watanabe = app.cases.create(staff, _new("渡邊 健一", "ワタナベ ケンイチ"))
    saito = app.cases.create(staff, _new("齋藤 﨑子", "サイトウ サキコ"))

    assert _found(app, "高橋美咲") == [spaced, joined]
    assert _found(app, "高橋 美咲") == [spaced, joined]
    assert _found(app, "髙橋\u3000美咲") == [spaced, joined]
    assert _found(app, "渡辺") == [watanabe]
    assert _found(app, "渡邉") == [watanabe]
    assert _found(app, "斉藤") == [saito]
    assert _found(app, "山崎") == []  # 﨑子 is a given name: no 山 before it
    assert _found(app, "崎子") == [saito]
    assert _found(app, "わたなべけんいち") == [watanabe]
    # The name and its furigana are two fields: a search never matches across the join.
    assert _found(app, "ケンイチワタナベ") == []
    assert _found(app, "健一ワタナベ") == []


@pytest.fixture
def old_app(tmp_path: Path) -> Iterator[App]:
    data = tmp_path / "data"
    shutil.copytree(OLD_DATABASE, data)
    keys = MemoryMasterKeyStore()
    stored = json.loads((data / "keys.json").read_text(encoding="utf-8"))
    keys.keys = {name: bytes.fromhex(value) for name, value in stored.items()}
    (data / "keys.json").unlink()
    application = App.open(data, key_store=keys, today=lambda: date(2026, 11, 20))
    yield application
    application.close()


def test_a_database_from_before_the_folding_is_searched_with_it(old_app: App) -> None:
    assert old_app.register.count(RegisterFilter()) == 6
    assert _found(old_app, "高橋美咲") == ["PI-2026-0001", "PI-2026-0006"]
    assert _found(old_app, "高橋 美咲") == ["PI-2026-0001", "PI-2026-0006"]
    assert _found(old_app, "渡辺") == ["PI-2026-0002"]
    assert _found(old_app, "斎藤") == ["PI-2026-0003"]
    assert _found(old_app, "浜田") == ["PI-2026-0004"]
    assert _found(old_app, "沢子") == ["PI-2026-0004"]
    assert _found(old_app, "広瀬国男") == ["PI-2026-0005"]
    assert _found(old_app, "ひろせ") == ["PI-2026-0005"]
