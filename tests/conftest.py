"""Shared fixtures: a fresh database per test, with keys in memory.

One name per role: ``app`` is the App under test, on the ``clock`` the test moves (today,
unless the test or its module is marked ``clock_starts(day)``); ``staff`` and ``manager``
are its users; ``lc`` its lifecycle services; a test marked ``demo`` gets an ``app`` filled
with the demo generator's cases, and its demo users as ``staff`` and ``manager``.

The master key store is the in-memory one here; the real OS keyring has its own
tests (tests/store/test_keyring_secret_service.py) against a real Secret Service.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests must never touch a real user's data folder.
os.environ.pop("INQUIRY_DESK_HOME", None)
# The suite reads English; a test of the Japanese interface switches it on itself.
os.environ["INQUIRY_DESK_LANGUAGE"] = "en"

from inquiry_desk.domain.enums import Role
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.lifecycle.services import Lifecycle
from inquiry_desk.store.masterkey import MemoryMasterKeyStore

# One private CUPS server for the session (Qt's print support caches the server it saw first).
from tests.cups_server import cups_env, cups_server  # noqa: F401
from tests.services.lifecycle_helpers import Clock

# The command line as real processes (database, env, run): tests/cli_processes.py.
pytest_plugins = ["tests.cli_processes"]

# Copied from the department's shared samples, so that a fresh clone tests without them.
SAMPLES = Path(__file__).resolve().parent / "data" / "samples"


@pytest.fixture
def key_store() -> MemoryMasterKeyStore:
    return MemoryMasterKeyStore()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def clock(request: pytest.FixtureRequest) -> Clock:
    marker = request.node.get_closest_marker("clock_starts")
    return Clock(marker.args[0] if marker is not None else date.today())


@pytest.fixture
def app(
    data_dir: Path, key_store: MemoryMasterKeyStore, clock: Clock, request: pytest.FixtureRequest
) -> Iterator[App]:
    application = App.open(data_dir, key_store=key_store, today=clock)
    demo = request.node.get_closest_marker("demo")
    if demo is not None:  # the demo generator's data: small, deterministic, dated from the clock
        from inquiry_desk.services.demo.generator import fill_demo

        fill_demo(
            application,
            cases=40,
            purged=demo.kwargs.get("purged", 20),
            seed=7,
            today=clock(),
            closed_lately=not demo.kwargs.get("due_for_purge", False),
        )
        application.users.sleep = lambda _seconds: None  # no slow-down on the demo passwords
    yield application
    application.close()


@pytest.fixture
def lc(app: App) -> Lifecycle:
    return app.lifecycle


def _make_user(app: App, username: str, role: Role) -> Actor:
    admin = Actor("setup-admin", "admin")
    app.users.create(admin, username, username.capitalize(), role, "correct horse")
    return app.users.authenticate(username, "correct horse")


def _user(app: App, request: pytest.FixtureRequest, username: str, demo_name: str, role: Role) -> Actor:
    if request.node.get_closest_marker("demo") is not None:
        return app.users.authenticate(demo_name, "demo")
    return _make_user(app, username, role)


@pytest.fixture
def staff(app: App, request: pytest.FixtureRequest) -> Actor:
    return _user(app, request, "sato", "staff", Role.STAFF)


@pytest.fixture
def manager(app: App, request: pytest.FixtureRequest) -> Actor:
    return _user(app, request, "tanaka", "manager", Role.MANAGER)


@pytest.fixture
def samples_dir() -> Path:
    if not SAMPLES.is_dir():
        pytest.fail(f"the sample inquiries are missing from {SAMPLES}")
    return SAMPLES


@pytest.fixture(scope="session")
def secret_service_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Environment variables pointing at a private, unlocked gnome-keyring."""
    from tests.secret_service import secret_service

    with secret_service(tmp_path_factory.mktemp("keyring-home")) as env:
        yield env


@pytest.fixture
def real_keyring(secret_service_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Points this process's `keyring` at the private Secret Service."""
    import keyring
    import keyring.core

    for key, value in secret_service_env.items():
        monkeypatch.setenv(key, value)
    from keyring.backends import SecretService

    keyring.set_keyring(SecretService.Keyring())
    yield
    keyring.core.init_backend()


@pytest.fixture(scope="session")
def postgres_server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from tests.pg_server import postgres_server

    with postgres_server(tmp_path_factory.mktemp("pg")) as url:
        yield url


@pytest.fixture
def postgres_url(postgres_server_url: str) -> Iterator[str]:
    """An empty schema for each test: drop everything the previous test created."""
    from sqlalchemy import create_engine, text

    engine = create_engine(postgres_server_url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    yield postgres_server_url
