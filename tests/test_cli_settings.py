"""`inquiry-desk settings`: lifecycle settings from and to JSON files, through main()."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from inquiry_desk.cli.main import main
from inquiry_desk.domain.deadline_settings import DeadlineRules
from inquiry_desk.domain.enums import Jurisdiction, Role
from inquiry_desk.services.app import App
from inquiry_desk.services.settings.lifecycle import ApprovalRules
from inquiry_desk.store.masterkey import MemoryMasterKeyStore
from tests.services.lifecycle_helpers import make_user, new_case

CaptureStd = pytest.CaptureFixture[str]


@pytest.fixture
def office(data_dir: Path, key_store: MemoryMasterKeyStore) -> Path:
    """A staff member, a manager and one open JP case received before Golden Week."""
    app = App.open(data_dir, key_store=key_store)
    try:
        sato = make_user(app, "sato", Role.STAFF)
        make_user(app, "tanaka", Role.MANAGER)
        app.cases.create(sato, new_case(date(2026, 4, 24)))
    finally:
        app.close()
    return data_dir


@pytest.fixture
def as_manager(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INQUIRY_DESK_USER", "tanaka")
    monkeypatch.setenv("INQUIRY_DESK_PASSWORD", "correct horse")


def _settings(office: Path, key_store: MemoryMasterKeyStore, *options: str) -> int:
    return main(["--data-dir", str(office), "settings", *options], key_store=key_store)


def _stored(office: Path, key_store: MemoryMasterKeyStore) -> tuple[DeadlineRules, ApprovalRules]:

    app = App.open(office, key_store=key_store)
    try:
        rules = app.lifecycle.rules
        return rules.deadline_rules(), rules.approval_rules()
    finally:
        app.close()


def test_export_edit_and_load_deadlines(
    office: Path, key_store: MemoryMasterKeyStore, as_manager: None, capsys: CaptureStd, tmp_path: Path
) -> None:
    exported = tmp_path / "deadlines.json"
    assert _settings(office, key_store, "--export-deadlines", str(exported)) == 0
    assert f"written to {exported}" in capsys.readouterr().out
    assert DeadlineRules.from_json(exported.read_text(encoding="utf-8")) == DeadlineRules()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []

    data = json.loads(exported.read_text(encoding="utf-8"))
    data["jurisdictions"]["JP"] = {"unit": "business_days", "length": 10}
    exported.write_text(json.dumps(data), encoding="utf-8")
    assert _settings(office, key_store, "--deadlines-file", str(exported)) == 0
    out = capsys.readouterr().out
    assert "due dates changed for 1 open case." in out
    assert "Japan (APPI): 10 business days" in out
    assert "EEA (GDPR): 1 month, extendable by up to 2 months" in out
    assert _stored(office, key_store)[0].rule_for(Jurisdiction.JP).length == 10


def test_bad_json_is_a_message_not_a_traceback(
    office: Path, key_store: MemoryMasterKeyStore, capsys: CaptureStd, tmp_path: Path
) -> None:
    # No user in the environment: the file is judged before anyone is asked to sign in.
    bad = tmp_path / "deadlines.json"
    bad.write_text('{"jurisdictions": {"JP": {"unit": "weeks"}}}', encoding="utf-8")
    assert _settings(office, key_store, "--deadlines-file", str(bad)) == 2
    captured = capsys.readouterr()
    assert captured.err == (
        "inquiry-desk: deadlines.json: Deadline settings: jurisdictions.JP.unit must "
        'be one of months, calendar_days, business_days, not "weeks"\n'
    )
    assert "Traceback" not in captured.err and captured.out == ""
    broken = tmp_path / "approval.json"
    broken.write_text("{not json", encoding="utf-8")
    assert _settings(office, key_store, "--approval-file", str(broken)) == 2
    assert "approval.json: Approval settings are not valid JSON" in capsys.readouterr().err
    assert _settings(office, key_store, "--fees-file", str(tmp_path / "missing.json")) == 2
    assert "Cannot read" in capsys.readouterr().err


def test_one_bad_file_changes_nothing(
    office: Path, key_store: MemoryMasterKeyStore, as_manager: None, capsys: CaptureStd, tmp_path: Path
) -> None:
    deadlines = tmp_path / "deadlines.json"
    deadlines.write_text('{"due_soon_days": 7}', encoding="utf-8")
    fees = tmp_path / "fees.json"
    fees.write_text('{"money_order_validity_months": 0}', encoding="utf-8")
    assert _settings(office, key_store, "--deadlines-file", str(deadlines), "--fees-file", str(fees)) == 2
    assert "money-order validity must be from 1 to 12 months, not 0." in capsys.readouterr().err
    assert _stored(office, key_store)[0] == DeadlineRules()


def test_approval_and_fees_files_and_the_summary(
    office: Path, key_store: MemoryMasterKeyStore, as_manager: None, capsys: CaptureStd, tmp_path: Path
) -> None:
    assert _settings(office, key_store) == 0
    out = capsys.readouterr().out
    assert (
        "  responses to: Disclosure, Records of provision to third parties, Access (GDPR Art. 15), "
        "Portability (Art. 20)\n  refusals: yes\n"
    ) in out
    assert "  APPI fee: 1,000 JPY" in out and "idle lock after: 10 minutes" in out

    approval = tmp_path / "approval.json"
    approval.write_text('{"response_types": ["erasure", "disclosure"], "refusals": false}', encoding="utf-8")
    fees = tmp_path / "fees.json"
    fees.write_text('{"appi_fee_jpy": 500}', encoding="utf-8")
    assert _settings(office, key_store, "--approval-file", str(approval), "--fees-file", str(fees)) == 0
    out = capsys.readouterr().out
    assert "  responses to: Disclosure, Erasure (Art. 17)\n  refusals: no\n" in out
    assert "  APPI fee: 500 JPY" in out and "  GDPR fee for excessive requests: 1,000 JPY" in out


def test_staff_cannot_load_settings(
    office: Path,
    key_store: MemoryMasterKeyStore,
    monkeypatch: pytest.MonkeyPatch,
    capsys: CaptureStd,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("INQUIRY_DESK_USER", "sato")
    monkeypatch.setenv("INQUIRY_DESK_PASSWORD", "correct horse")
    approval = tmp_path / "approval.json"
    approval.write_text('{"response_types": [], "refusals": false}', encoding="utf-8")
    assert _settings(office, key_store, "--approval-file", str(approval)) == 2
    assert "does not allow this: change settings" in capsys.readouterr().err
    assert _stored(office, key_store)[1] == ApprovalRules()


def test_export_into_a_missing_folder_is_explained(
    office: Path, key_store: MemoryMasterKeyStore, capsys: CaptureStd, tmp_path: Path
) -> None:
    target = tmp_path / "no-such-folder" / "deadlines.json"
    assert _settings(office, key_store, "--export-deadlines", str(target)) == 2
    assert f"Cannot write {target}: No such file or directory" in capsys.readouterr().err


def test_the_register_of_processing_from_a_file(
    office: Path, key_store: MemoryMasterKeyStore, as_manager: None, capsys: CaptureStd, tmp_path: Path
) -> None:
    from inquiry_desk.office_forms import PACKAGE_FORMS

    default = (PACKAGE_FORMS / "processing-register.toml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(default.replace('country = "US"', 'country = "USA"', 1), encoding="utf-8")
    assert _settings(office, key_store, "--register-file", str(bad), "--idle-minutes", "7") == 2
    assert "Stripe" in capsys.readouterr().err
    assert not (office / "forms" / "processing-register.toml").exists()
    app = App.open(office, key_store=key_store)
    try:  # the bad file changed nothing, not even the idle lock given with it
        assert app.lifecycle.rules.idle_minutes() != 7
    finally:
        app.close()
    good = tmp_path / "good.toml"
    good.write_text(default.replace("dLocal", "dLocal Limited"), encoding="utf-8")
    assert _settings(office, key_store, "--register-file", str(good)) == 0
    out = capsys.readouterr().out
    assert "Register of processing saved" in out and "11 purposes, 10 recipients" in out
    assert f"register of processing: {office / 'forms' / 'processing-register.toml'}" in out
    assert "dLocal Limited" in (office / "forms" / "processing-register.toml").read_text(encoding="utf-8")
