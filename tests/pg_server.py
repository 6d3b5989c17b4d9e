"""A throwaway PostgreSQL server on loopback for tests (Debian's postgresql package).

PostgreSQL refuses to run as root, so when the tests run as root (CI) the cluster is
created and started as the `postgres` system user.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise RuntimeError("PostgreSQL is not installed (Debian package postgresql)")


def _run(args: list[str], timeout: float) -> None:
    """Runs a server tool; a failure carries the tool's own words, which say why."""
    done = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(
            f"{args[0]} failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}"
        )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def postgres_server(base: Path) -> Iterator[str]:
    """Yields a SQLAlchemy URL of an empty database `inquiry` on 127.0.0.1."""
    bindir = _bin_dir()
    prefix: list[str] = []
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        prefix = ["runuser", "-u", "postgres", "--"]
        base.chmod(0o755)
        for parent in base.parents:  # postgres must be able to reach its folder
            if parent == Path("/"):
                break
            parent.chmod(parent.stat().st_mode | 0o111)
    data = base / "pgdata"
    data.mkdir()
    if prefix:
        shutil.chown(data, "postgres", "postgres")
    port = _free_port()
    _run(
        [
            *prefix,
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "--encoding=UTF8",
            "--no-locale",
        ],
        timeout=120,
    )
    log = data / "server.log"
    subprocess.run(
        [
            *prefix,
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(log),
            "-w",
            "-t",
            "60",
            "-o",
            f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off",
            "start",
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    try:
        for _ in range(100):
            ready = subprocess.run(
                [str(bindir / "pg_isready"), "-h", "127.0.0.1", "-p", str(port)], capture_output=True
            )
            if ready.returncode == 0:
                break
            time.sleep(0.1)
        subprocess.run(
            [str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "inquiry"],
            check=True,
            capture_output=True,
            timeout=60,
        )
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/inquiry"
    finally:
        subprocess.run(
            [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
            timeout=60,
        )
