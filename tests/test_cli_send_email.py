"""The answer by email: `inquiry-desk send` in fresh processes against a real SMTP server.

aiosmtpd listens on a free loopback port (in a thread of the test; the command under test is a
real process with the real keyring). The message must arrive with the letter attached, to the
applicant, under the letter's title; a draft response and an unreachable server send nothing
and record nothing as sent.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pypdfium2
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword

pytestmark = pytest.mark.keyring

Run = Callable[..., subprocess.CompletedProcess[str]]
TO = "yamada.taro@example.jp"
SMTP_PASSWORD = "s3cret-smtp-pw"


class Inbox:
    def __init__(self) -> None:
        self.envelopes: list[Envelope] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Envelope) -> str:
        self.envelopes.append(envelope)
        return "250 OK"

    def messages(self) -> list[EmailMessage]:
        return [
            message_from_bytes(bytes(e.original_content or b""), policy=policy.default)  # type: ignore[misc]
            for e in self.envelopes
        ]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _authenticator(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
        b"desk",
        SMTP_PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself


@pytest.fixture
def smtp_server() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    try:
        yield inbox, controller.port
    finally:
        controller.stop()


@pytest.fixture
def auth_smtp_server() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=_free_port(),
        authenticator=_authenticator,
        auth_required=True,
        auth_require_tls=False,  # loopback only; the office server would use STARTTLS
    )
    controller.start()
    try:
        yield inbox, controller.port
    finally:
        controller.stop()


@pytest.fixture
def run(tmp_path: Path, secret_service_env: dict[str, str]) -> Run:
    base = dict(
        os.environ,
        **secret_service_env,
        INQUIRY_DESK_HOME=str(tmp_path / "home"),
        INQUIRY_DESK_USER="staff",
        INQUIRY_DESK_PASSWORD="demo",
        INQUIRY_DESK_LANGUAGE="en",
        QT_QPA_PLATFORM="offscreen",
    )

    def call(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, "-m", "inquiry_desk.cli.main", *args],
            env=dict(base, **extra),
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert "Traceback" not in done.stderr, done.stderr
        return done

    return call


def _cases(run: Run) -> tuple[str, str]:
    """A responded case and one still under way, both asking for the answer by email."""
    assert run("demo", "--cases", "16").returncode == 0
    rows = json.loads(run("cases", "--json").stdout)
    responded = next(r["ref"] for r in rows if r["state"] == "responded")
    pending = next(r["ref"] for r in rows if r["state"] in ("received", "verifying", "awaiting_approval"))
    for ref in (responded, pending):
        done = run("edit", ref, "--email", TO, "--medium", "email")
        assert done.returncode == 0, done.stderr
    return responded, pending


def _actions(run: Run, ref: str) -> list[str]:
    return [e["action"] for e in json.loads(run("show", ref, "--json").stdout)["events"]]


def _configure(run: Run, port: int, *extra: str, **env: str) -> None:
    done = run(
        "mail-out",
        "configure",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--security",
        "none",
        "--from",
        "desk@example.co.jp",
        *extra,
        INQUIRY_DESK_USER="manager",
        **env,
    )
    assert done.returncode == 0, done.stderr


def test_the_response_arrives_by_email_and_a_draft_never_leaves(
    run: Run, smtp_server: tuple[Inbox, int], tmp_path: Path
) -> None:
    inbox, port = smtp_server
    responded, pending = _cases(run)

    unset = run("send", responded)
    assert unset.returncode != 0 and "No outgoing mail server is set up" in unset.stderr
    _configure(run, port)

    done = run("send", responded)
    assert done.returncode == 0, done.stderr
    assert "Sent by email" in done.stdout
    [envelope] = inbox.envelopes
    assert envelope.rcpt_tos == [TO]
    [message] = inbox.messages()
    assert message["To"] == TO and message["From"] == "desk@example.co.jp"
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == f"{responded}-response-ja.pdf"
    pdf = attachment.get_content()
    document = pypdfium2.PdfDocument(pdf)
    title = document.get_metadata_dict()["Title"]
    document.close()
    assert title and message["Subject"] == title
    body = message.get_body(("plain",))
    assert body is not None and responded in body.get_content() and "様" in body.get_content()
    events = json.loads(run("show", responded, "--json").stdout)["events"]
    sent = [e for e in events if e["action"] == "email:response"]
    assert len(sent) == 1 and "by email" in sent[0]["summary"] and TO not in sent[0]["summary"]

    # The response of a case not yet answered may only print as a draft: nothing goes out.
    draft = run("send", pending)
    assert draft.returncode != 0 and "may not go out yet" in draft.stderr
    assert len(inbox.envelopes) == 1
    assert "email:response" not in _actions(run, pending)

    # An applicant who asked for the answer by post is not sent an email.
    assert run("edit", responded, "--medium", "post").returncode == 0
    post = run("send", responded)
    assert post.returncode != 0 and "did not ask for the answer by email" in post.stderr
    assert len(inbox.envelopes) == 1

    # Neither the timeline nor the audit log holds the address in the clear: a byte scan of
    # the data folder finds it nowhere (the applicant's address is sealed under the case key).
    for path in (tmp_path / "home").rglob("*"):
        if path.is_file():
            assert TO.encode() not in path.read_bytes(), path


def test_an_unreachable_server_says_so_and_records_nothing(run: Run, tmp_path: Path) -> None:
    responded, _ = _cases(run)
    _configure(run, _free_port())  # nothing listens there
    done = run("send", responded)
    assert done.returncode != 0
    assert "refused the connection" in done.stderr
    assert "email:response" not in _actions(run, responded)


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
def test_signing_in_with_the_keyring_password(
    run: Run, auth_smtp_server: tuple[Inbox, int], tmp_path: Path
) -> None:
    inbox, port = auth_smtp_server
    responded, _ = _cases(run)
    _configure(run, port, "--username", "desk", INQUIRY_DESK_SMTP_PASSWORD="wrong")
    refused = run("send", responded)
    assert refused.returncode != 0 and "refused the user name or password" in refused.stderr
    assert inbox.envelopes == [] and "email:response" not in _actions(run, responded)

    _configure(run, port, "--username", "desk", INQUIRY_DESK_SMTP_PASSWORD=SMTP_PASSWORD)
    done = run("send", responded)
    assert done.returncode == 0, done.stderr
    assert [e.rcpt_tos for e in inbox.envelopes] == [[TO]]
    assert _actions(run, responded).count("email:response") == 1
    # The password is in the keyring only: not a byte of it in the data folder.
    for path in (tmp_path / "home").rglob("*"):
        if path.is_file():
            assert SMTP_PASSWORD.encode() not in path.read_bytes(), path


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
def test_implicit_tls_with_the_office_ca_file(run: Run, tmp_path: Path) -> None:
    """Port 465 style: TLS from the first byte, the certificate trusted through --ca-file;
    `mail-out test` tries it, and without the CA file the answer is refused, nothing recorded."""
    from tests.smtp_servers import SMTP_PASSWORD as SSL_PASSWORD
    from tests.smtp_servers import ssl_server

    responded, _ = _cases(run)
    with ssl_server(tmp_path, auth=True) as server:
        base = ("--host", "localhost", "--port", str(server.port), "--security", "ssl", "--username", "desk")
        manager = {"INQUIRY_DESK_USER": "manager", "INQUIRY_DESK_SMTP_PASSWORD": SSL_PASSWORD}
        done = run("mail-out", "configure", *base, "--from", "desk@example.co.jp", **manager)
        assert done.returncode == 0, done.stderr
        untrusted = run("send", responded)
        assert untrusted.returncode != 0 and "is not trusted" in untrusted.stderr
        tested = run("mail-out", "test", INQUIRY_DESK_USER="manager")
        assert tested.returncode != 0 and "is not trusted" in tested.stderr
        assert server.inbox.envelopes == [] and "email:response" not in _actions(run, responded)

        ca = ("--ca-file", str(server.cert_file))
        done = run("mail-out", "configure", *base, *ca, "--from", "desk@example.co.jp", **manager)
        assert done.returncode == 0 and str(server.cert_file) in done.stdout
        tested = run("mail-out", "test", INQUIRY_DESK_USER="manager")
        assert tested.returncode == 0 and "sign-in accepted" in tested.stdout
        assert run("mail-out", "test").returncode != 0  # staff: trying signs in with the password
        done = run("send", responded)
        assert done.returncode == 0, done.stderr
        assert [e.rcpt_tos for e in server.inbox.envelopes] == [[TO]]
        assert _actions(run, responded).count("email:response") == 1
