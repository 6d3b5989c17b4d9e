"""The master key in a real Secret Service (gnome-keyring on a private D-Bus session)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from inquiry_desk.domain.enums import CaseKind, Channel, Jurisdiction, Language
from inquiry_desk.domain.errors import KeyringUnavailable
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.views import NewCase
from inquiry_desk.store.masterkey import SERVICE, KeyringMasterKeyStore

pytestmark = pytest.mark.keyring


def _case() -> NewCase:
    return NewCase(
        date(2026, 11, 2),
        Channel.FAX,
        CaseKind.QUESTION,
        [],
        Jurisdiction.JP,
        Language.JA,
        PartyData(name="鍵 太郎", fax="06-1234-5678"),
    )


@pytest.mark.usefixtures("real_keyring")
def test_master_key_lives_in_the_secret_service(tmp_path: Path) -> None:
    app = App.open(tmp_path)
    assert "SecretService" in app.key_store.describe()
    stored = keyring.get_password(SERVICE, app.install_id)
    assert stored is not None and len(stored) <= 2560
    ref = app.cases.create(Actor("s", "staff"), _case())
    app.close()
    # A second start (a new process would do the same) finds the key and reads the case.
    again = App.open(tmp_path)
    assert again.cases.get(Actor("s", "staff"), ref).applicant_name == "鍵 太郎"
    again.close()


@pytest.mark.usefixtures("real_keyring")
def test_lost_key_means_no_access_and_a_clear_message(tmp_path: Path) -> None:
    app = App.open(tmp_path)
    install_id = app.install_id
    app.close()
    keyring.delete_password(SERVICE, install_id)
    with pytest.raises(KeyringUnavailable, match="key import"):
        App.open(tmp_path)


def test_no_secure_backend_stops_with_an_actionable_message(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("inquiry_desk.store.masterkey._OS_BACKENDS", ())  # discovery finds only:
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    with pytest.raises(KeyringUnavailable, match="No secure keyring"):
        KeyringMasterKeyStore()
    data = tmp_path / "new-folder"
    with pytest.raises(KeyringUnavailable):
        App.open(data)
    # A failed start leaves nothing behind: no database, not even the folder it made.
    assert not data.exists()
    existing = tmp_path / "existing"
    existing.mkdir()
    with pytest.raises(KeyringUnavailable):
        App.open(existing)
    assert list(existing.iterdir()) == []


@pytest.mark.parametrize(
    ("release", "command"),
    [
        ({"ID": "ubuntu", "ID_LIKE": "debian", "NAME": "Ubuntu"}, "sudo apt install gnome-keyring"),
        ({"ID": "debian", "NAME": "Debian GNU/Linux"}, "sudo apt install gnome-keyring"),
        ({"ID": "fedora", "NAME": "Fedora Linux"}, "sudo dnf install gnome-keyring"),
        ({"ID": "opensuse-leap", "ID_LIKE": "suse opensuse", "NAME": "openSUSE Leap"}, "zypper install"),
    ],
)
def test_the_message_names_the_package_for_the_distribution(
    monkeypatch: pytest.MonkeyPatch, release: dict[str, str], command: str
) -> None:
    import platform

    monkeypatch.setattr("inquiry_desk.store.masterkey._OS_BACKENDS", ())
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    monkeypatch.setattr(platform, "freedesktop_os_release", lambda: release)
    with pytest.raises(KeyringUnavailable) as refused:
        KeyringMasterKeyStore()
    assert command in refused.value.message and release["NAME"] in refused.value.message


def test_the_os_keyring_is_chosen_without_importing_every_backend(
    secret_service_env: dict[str, str], tmp_path: Path
) -> None:
    """In a fresh process, as the app starts: the Secret Service, found by name; keyring's
    discovery (which imports the macOS backend and libsecret's ctypes look-ups) never runs."""
    import os
    import subprocess
    import sys

    probe = (
        "import sys; from inquiry_desk.store.masterkey import KeyringMasterKeyStore; "
        "store = KeyringMasterKeyStore(); "
        "print(store.describe(), 'keyring.backends.macOS' in sys.modules, "
        "'keyring.backends.libsecret' in sys.modules)"
    )
    env = {**os.environ, **secret_service_env, "XDG_CONFIG_HOME": str(tmp_path)}
    env.pop("PYTHON_KEYRING_BACKEND", None)
    env.pop("XDG_CURRENT_DESKTOP", None)
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True, timeout=60
    ).stdout.split()
    assert out == ["keyring.backends.SecretService.Keyring", "False", "False"]


def test_a_configured_backend_still_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    """PYTHON_KEYRING_BACKEND (or keyringrc.cfg) is what an administrator chose: it is used
    as it is, and an insecure choice is refused as before."""
    previous = keyring.get_keyring()
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    try:
        with pytest.raises(KeyringUnavailable, match=r"keyring\.backends\.fail\.Keyring"):
            KeyringMasterKeyStore()
    finally:
        keyring.set_keyring(previous)  # the next test starts with the backend it had
