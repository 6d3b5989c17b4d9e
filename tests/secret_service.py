"""A real Secret Service for tests: a private D-Bus session bus with gnome-keyring on it.

The same thing `dbus-run-session` sets up, started from the test so the README's
plain `python -m pytest` works on any machine with dbus and gnome-keyring installed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def secret_service(home: Path) -> Iterator[dict[str, str]]:
    for tool in ("dbus-daemon", "gnome-keyring-daemon"):
        if shutil.which(tool) is None:
            raise RuntimeError(f"{tool} is not installed (Debian packages dbus, gnome-keyring)")
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = dict(os.environ, HOME=str(home), XDG_RUNTIME_DIR=str(runtime), XDG_DATA_HOME=str(home / "share"))
    out = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=20,
    ).stdout
    address, pid = out.split()[:2]
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    try:
        # --unlock reads the login keyring's password from stdin and leaves it unlocked.
        subprocess.run(
            ["gnome-keyring-daemon", "--daemonize", "--unlock", "--components=secrets"],
            input="test-login-password",
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=20,
        )
        _wait_for_secrets(env)
        yield {k: env[k] for k in ("HOME", "XDG_RUNTIME_DIR", "XDG_DATA_HOME", "DBUS_SESSION_BUS_ADDRESS")}
    finally:
        subprocess.run(["pkill", "-f", f"gnome-keyring-daemon.*{home.name}"], check=False)
        with contextlib.suppress(OSError):
            os.kill(int(pid), signal.SIGTERM)
        # gnome-keyring exits with its bus.


def _wait_for_secrets(env: dict[str, str]) -> None:
    probe = "import secretstorage; c = secretstorage.dbus_init(); secretstorage.get_default_collection(c)"
    for _ in range(50):
        if (
            subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, timeout=20).returncode
            == 0
        ):
            return
        time.sleep(0.1)
    raise RuntimeError("gnome-keyring did not offer the Secret Service in time")
