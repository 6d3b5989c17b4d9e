"""The command line as real processes, on SQLite and on the real PostgreSQL server.

Fixtures for the tests that run `inquiry-desk` in child processes (several users at once,
stale versions refused across processes): `database` runs each test on the SQLite file of
the data folder and on the PostgreSQL test server, `env` is the child's environment with a
private Secret Service, and `run(*args, user="staff")` runs one command as that user.
A test module defines its own fixture of the same name where it needs something else.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]


def cli_argv(database: str, *args: str) -> list[str]:
    """The child's command line: this interpreter, the CLI, the database when not SQLite."""
    db = ["--db", database] if database else []
    return [sys.executable, "-m", "inquiry_desk.cli.main", *db, *args]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest) -> Iterator[str]:
    """ "" for the SQLite file in the data folder, else the PostgreSQL server's URL."""
    if request.param == "sqlite":
        yield ""
    else:
        yield request.getfixturevalue("postgres_url")


@pytest.fixture
def env(tmp_path: Path, secret_service_env: dict[str, str]) -> dict[str, str]:
    return dict(
        os.environ,
        **secret_service_env,
        INQUIRY_DESK_HOME=str(tmp_path / "home"),
        INQUIRY_DESK_PASSWORD="demo",
        INQUIRY_DESK_LANGUAGE="en",
        QT_QPA_PLATFORM="offscreen",
    )


@pytest.fixture
def run(env: dict[str, str], database: str) -> Run:
    def call(*args: str, user: str = "staff") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            cli_argv(database, *args),
            env=dict(env, INQUIRY_DESK_USER=user),
            capture_output=True,
            text=True,
            timeout=300,
        )

    return call
