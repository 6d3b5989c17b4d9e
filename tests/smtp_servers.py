"""aiosmtpd servers on loopback for the outgoing mail tests: implicit TLS (port 465 style) with
a certificate the test makes, signing in or not, and a port where nothing answers."""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.services.test_email_sending import Inbox, _certificate

SMTP_USER = "desk"
SMTP_PASSWORD = "s3cret-smtp-pw"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _authenticator(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
        SMTP_USER.encode(),
        SMTP_PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself


@dataclass
class SslServer:
    inbox: Inbox
    port: int
    cert_file: Path  # the server's self-signed certificate: the CA file that trusts it


@contextmanager
def ssl_server(folder: Path, *, auth: bool = False) -> Iterator[SslServer]:
    """SMTP over TLS from the first byte, on a free loopback port."""
    cert_file, key_file = _certificate(folder)
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert_file, key_file)
    inbox = Inbox()
    # The session is TLS from the first byte: signing in over it is what an office server does
    # (aiosmtpd asks for STARTTLS before AUTH unless told the connection is secure already).
    extra: dict[str, Any] = (
        {"authenticator": _authenticator, "auth_required": True, "auth_require_tls": False} if auth else {}
    )
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), ssl_context=server_tls, **extra)
    controller.start()
    try:
        yield SslServer(inbox, controller.port, cert_file)
    finally:
        controller.stop()


@contextmanager
def silent_port() -> Iterator[int]:
    """A port that accepts connections (the kernel's backlog) and never says a word."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        yield int(listener.getsockname()[1])
