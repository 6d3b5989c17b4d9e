"""After a demo fill, no applicant's name, email or phone is readable anywhere on disk."""

from __future__ import annotations

from pathlib import Path

from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "shift_jis", "euc-jp")


def _needles(app: App, actor: Actor, refs: list[str]) -> set[str]:
    values: set[str] = set()
    for ref in refs:
        detail = app.cases.get(actor, ref)
        for party in (detail.applicant, detail.representative):
            if party is not None:
                values.update(v for v in (party.name, party.email, party.phone, party.customer_number) if v)
        values.update(n.text for n in detail.notes)
    return values


def _scan(folder: Path, needles: set[str]) -> list[str]:
    hits = []
    blobs = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    for needle in needles:
        for encoding in ENCODINGS:
            try:
                pattern = needle.encode(encoding)
            except UnicodeEncodeError:
                continue
            hits.extend(
                f"{needle!r} as {encoding} in {p.name}" for p, data in blobs.items() if pattern in data
            )
    return hits


def test_no_personal_value_in_plaintext_on_disk(data_dir: Path, key_store) -> None:
    from inquiry_desk.services.demo.generator import fill_demo

    app = App.open(data_dir, key_store=key_store)
    refs = fill_demo(app, cases=40, purged=5, seed=11)
    actor = app.users.authenticate("staff", "demo")
    needles = _needles(app, actor, refs)
    assert len(needles) > 60
    app.close()  # also folds the WAL into the file, which we scan as well
    files = sorted(p.name for p in data_dir.iterdir())
    assert "inquiry-desk.sqlite3" in files
    assert _scan(data_dir, needles) == []


def test_scan_would_find_plaintext(tmp_path: Path) -> None:
    """The scanner itself works: a planted value is found in each encoding."""
    (tmp_path / "leak.bin").write_bytes(b"xx" + "山田 花子".encode("utf-16-le") + b"yy")
    assert _scan(tmp_path, {"山田 花子"}) == ["'山田 花子' as utf-16-le in leak.bin"]
