"""Where the master key lives: the operating system's keyring, never a plain file.

One master key per database installation (named by the database's install id), so
two databases on one PC do not share a key, and a second PC on the shared office
database enrols by importing the same key (`inquiry-desk key import`).
"""

from __future__ import annotations

import base64
import contextlib
import os
import platform
import sys
from typing import Any, Protocol

from inquiry_desk.domain.errors import KeyringUnavailable
from inquiry_desk.domain.i18n import translate
from inquiry_desk.store.crypto import new_key

SERVICE = "inquiry-desk"
# Windows Credential Locker refuses secrets above 2,560 bytes; a base64 key is 44.
MAX_SECRET_BYTES = 2560

_INSECURE_BACKENDS = (
    "fail.Keyring",
    "null.Keyring",
    "PlaintextKeyring",
    "EncryptedKeyring",
    "chainer.ChainerBackend",
)


class MasterKeyStore(Protocol):
    def load(self, install_id: str) -> bytes | None: ...
    def save(self, install_id: str, key: bytes) -> None: ...
    def delete(self, install_id: str) -> None: ...
    def describe(self) -> str: ...


# The operating system's own keyring, by sys.platform prefix. Loading it by name skips
# keyring's discovery, which imports every backend it knows (the macOS one on Linux,
# libsecret's ctypes.util.find_library three times): about 100 ms of every start.
_OS_BACKENDS = (
    ("linux", "keyring.backends.SecretService.Keyring"),
    ("win32", "keyring.backends.Windows.WinVaultKeyring"),
    ("darwin", "keyring.backends.macOS.Keyring"),
)


def choose_backend() -> Any:
    """The backend keyring itself would choose, found without discovery where that is sure:
    what is configured (PYTHON_KEYRING_BACKEND, keyringrc.cfg) first, else the platform's
    keyring if it is there. On KDE, or when the platform's keyring is not viable (no Secret
    Service running), keyring's own discovery decides, as before (KWallet, the fail backend)."""
    import keyring
    from keyring import core

    chosen = core.load_env() or core.load_config()
    desktop = os.environ.get("XDG_CURRENT_DESKTOP", "").upper()
    name = next((n for prefix, n in _OS_BACKENDS if sys.platform.startswith(prefix)), None)
    if chosen is None and name is not None and "KDE" not in desktop:
        try:
            chosen = core.load_keyring(name)  # asks the backend's priority: raises if not viable
        except (ImportError, RuntimeError, AttributeError):
            chosen = None
    if chosen is None:
        return keyring.get_keyring()
    keyring.set_keyring(chosen)
    return chosen


class KeyringMasterKeyStore:
    """The OS keyring through `keyring` (Secret Service, Credential Locker, Keychain)."""

    def __init__(self) -> None:
        import keyring
        from keyring.errors import KeyringError

        self._keyring = keyring
        self._errors: tuple[type[Exception], ...] = (KeyringError,)
        backend = choose_backend()
        name = f"{type(backend).__module__}.{type(backend).__name__}"
        if any(name.endswith(bad) for bad in _INSECURE_BACKENDS) or (
            getattr(backend, "priority", 1) <= 0 and "chainer" not in name
        ):
            raise KeyringUnavailable(
                translate(
                    "Keyring",
                    "No secure keyring is available on this computer, so Inquiry Desk cannot protect "
                    "personal data. On Linux start a Secret Service (GNOME Keyring or KWallet) and "
                    "unlock it; on Windows and macOS the system keyring is used automatically. "
                    "(keyring backend found: {name})",
                ).format(name=name)
                + install_hint()
            )
        self._name = name

    def describe(self) -> str:
        return self._name

    def load(self, install_id: str) -> bytes | None:
        try:
            value = self._keyring.get_password(SERVICE, install_id)
        except self._errors as exc:
            raise KeyringUnavailable(
                translate("Keyring", "The keyring could not be read: {error}. Unlock it and retry.").format(
                    error=exc
                )
            ) from exc
        return base64.b64decode(value) if value else None

    def save(self, install_id: str, key: bytes) -> None:
        secret = base64.b64encode(key).decode()
        assert len(secret) <= MAX_SECRET_BYTES
        try:
            self._keyring.set_password(SERVICE, install_id, secret)
        except self._errors as exc:
            raise KeyringUnavailable(
                translate("Keyring", "The keyring refused the key: {error}. Unlock it and retry.").format(
                    error=exc
                )
            ) from exc

    def delete(self, install_id: str) -> None:
        with contextlib.suppress(*self._errors):
            self._keyring.delete_password(SERVICE, install_id)


class MemoryMasterKeyStore:
    """For unit tests of logic only; the keyring integration has its own real tests."""

    def __init__(self) -> None:
        self.keys: dict[str, bytes] = {}

    def describe(self) -> str:
        return "memory (tests)"

    def load(self, install_id: str) -> bytes | None:
        return self.keys.get(install_id)

    def save(self, install_id: str, key: bytes) -> None:
        self.keys[install_id] = key

    def delete(self, install_id: str) -> None:
        self.keys.pop(install_id, None)


def load_or_create(store: MasterKeyStore, install_id: str, *, may_create: bool) -> bytes:
    key = store.load(install_id)
    if key is not None:
        return key
    if not may_create:
        raise KeyringUnavailable(
            translate(
                "Keyring",
                "This computer has no key for this database. An administrator can export it on an "
                "enrolled PC with `inquiry-desk key export FILE` and import it here with "
                "`inquiry-desk key import FILE`.",
            )
        )
    key = new_key()
    store.save(install_id, key)
    return key


# The package that provides a Secret Service, by distribution family (os-release ID, ID_LIKE).
_INSTALL_COMMANDS = (
    (("debian", "ubuntu"), "sudo apt install gnome-keyring"),
    (("fedora", "rhel", "centos"), "sudo dnf install gnome-keyring"),
    (("arch",), "sudo pacman -S gnome-keyring"),
    (("suse", "opensuse"), "sudo zypper install gnome-keyring"),
)


def install_hint() -> str:
    """E.g. " On this Ubuntu, install it with: sudo apt install gnome-keyring", or "" elsewhere."""
    if sys.platform != "linux":
        return ""
    try:
        release = platform.freedesktop_os_release()
    except OSError:
        return ""
    family = {release.get("ID", ""), *release.get("ID_LIKE", "").split()}
    for ids, command in _INSTALL_COMMANDS:
        if family & set(ids) or any(i.startswith(ids) for i in family):
            return translate("Keyring", " On this {system}, install it with: {command}").format(
                system=release.get("NAME", release.get("ID", "Linux")), command=command
            )
    return ""
