"""A connection to the department's outgoing mail server, and what its failures mean.

Sending an answer (services/documents/sending.py) and the settings window's "Test connection"
share this: connect (SSL from the first byte on port 465, or STARTTLS), verify the server's
certificate and name, sign in, and turn every failure into a `MailNotSent` whose message says
what went wrong in the user's words (the password refused, a certificate not trusted, nothing
listening, no answer) instead of a traceback. Nothing here logs or audits: what is sent is the
caller's to record.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate
from inquiry_desk.services.settings import mail_out
from inquiry_desk.services.settings.mail_out import SecretGetter, SmtpConfig

TIMEOUT_SECONDS = 30.0


class MailNotSent(UserError):
    """Nothing went out: the message is meant for the user."""


def sender(config: SmtpConfig) -> Address | str:
    """The From header: the department's name beside its address when it has one."""
    if not config.from_name:
        return config.from_address
    user, _, domain = config.from_address.rpartition("@")
    return Address(display_name=config.from_name, username=user, domain=domain)


def password_for(config: SmtpConfig, secret: SecretGetter) -> str:
    """The password of the configured user from the keyring; refused when there is none."""
    try:
        password = secret(config.username)
    except Exception:  # no keyring in this session (a scheduled job without one, say)
        password = None
    if not password:
        raise MailNotSent(
            translate(
                "MailOut", "No password for {user} in this computer's keyring (service {service})."
            ).format(user=config.username, service=mail_out.KEYRING_SERVICE)
        )
    return password


@contextmanager
def connected(
    config: SmtpConfig,
    password: str,
    context: ssl.SSLContext | None = None,
    timeout: float = TIMEOUT_SECONDS,
) -> Iterator[smtplib.SMTP]:
    """A signed-in connection; an SMTP or network failure in the block is a `MailNotSent`."""
    context = context or mail_out.ssl_context(config)
    server = f"{config.host}:{config.port}"
    try:
        smtp: smtplib.SMTP
        if config.security == "ssl":
            smtp = smtplib.SMTP_SSL(config.host, config.port, timeout=timeout, context=context)
        else:
            smtp = smtplib.SMTP(config.host, config.port, timeout=timeout)
        with smtp:
            if config.security == "starttls":
                smtp.starttls(context=context)
            if config.username:
                smtp.login(config.username, password)
            yield smtp
    except smtplib.SMTPAuthenticationError:
        raise MailNotSent(
            translate("MailOut", "The mail server {server} refused the user name or password.").format(
                server=server
            )
        ) from None
    except (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
        raise MailNotSent(
            translate("MailOut", "The mail server {server} refused the message: {error}").format(
                server=server, error=_reply(exc)
            )
        ) from None
    except smtplib.SMTPNotSupportedError:
        raise MailNotSent(
            translate("MailOut", "The mail server {server} does not offer this security or sign-in.").format(
                server=server
            )
        ) from None
    except ssl.SSLCertVerificationError as exc:
        # Before OSError: a certificate error is an SSLError, which is an OSError.
        raise MailNotSent(
            translate(
                "MailOut",
                "The certificate of the mail server {server} is not trusted ({reason}); nothing was "
                "sent. If the office's server is signed by its own CA, set that CA file.",
            ).format(server=server, reason=exc.verify_message or exc.reason or "")
        ) from None
    except ssl.SSLError as exc:
        raise MailNotSent(
            translate(
                "MailOut",
                "No secure connection could be made with {server} ({reason}); check the security "
                "setting: SSL is usually port 465, STARTTLS port 587.",
            ).format(server=server, reason=exc.reason or exc.__class__.__name__)
        ) from None
    except ConnectionRefusedError:
        raise MailNotSent(
            translate(
                "MailOut", "The mail server {server} refused the connection; check the name and the port."
            ).format(server=server)
        ) from None
    except TimeoutError:
        raise _no_answer(server, timeout) from None
    except smtplib.SMTPServerDisconnected as exc:
        # smtplib turns a greeting that never came into "Connection unexpectedly closed: timed out".
        if "timed out" in str(exc):
            raise _no_answer(server, timeout) from None
        raise MailNotSent(
            translate(
                "MailOut",
                "The mail server {server} closed the connection without answering; check the port "
                "and the security setting.",
            ).format(server=server)
        ) from None
    except socket.gaierror:
        raise MailNotSent(
            translate("MailOut", "There is no mail server named {host}; check the name.").format(
                host=config.host
            )
        ) from None
    except (smtplib.SMTPException, OSError) as exc:
        raise MailNotSent(
            translate("MailOut", "The mail server {server} could not be reached: {error}").format(
                server=server, error=getattr(exc, "strerror", None) or exc.__class__.__name__
            )
        ) from None


def _no_answer(server: str, timeout: float) -> MailNotSent:
    return MailNotSent(
        # A server speaking TLS from the first byte waits, silent, for a client that waits for
        # its greeting: the same silence as a wrong port, so both are named.
        translate(
            "MailOut",
            "The mail server {server} did not answer within {seconds} seconds; check the port and the "
            "security setting (SSL is usually port 465, STARTTLS port 587).",
        ).format(server=server, seconds=f"{timeout:g}")
    )


def _reply(exc: smtplib.SMTPException) -> str:
    """The server's reply, without the addresses it may repeat (a refused recipient's, say)."""
    code = getattr(exc, "smtp_code", None)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = sorted({c for c, _ in exc.recipients.values()})
        return translate("MailOut", "recipient refused (code {code})").format(code=", ".join(map(str, codes)))
    return translate("MailOut", "code {code}").format(code=code)


def try_server(
    config: SmtpConfig,
    password: str | None = None,
    *,
    secret: SecretGetter = mail_out.keyring_password,
    context: ssl.SSLContext | None = None,
    send_test: bool = False,
    timeout: float = TIMEOUT_SECONDS,
) -> str:
    """Connect, secure and sign in with ``config`` as typed (``password``, else the keyring's);
    with ``send_test`` also send a short message to the department's own address. Returns what
    worked, for the user; raises `MailNotSent` saying what did not."""
    config = config.stripped()
    mail_out.check(config)
    if config.username and not password:
        password = password_for(config, secret)
    server = f"{config.host}:{config.port}"
    with connected(config, password or "", context, timeout) as smtp:
        if not send_test:
            smtp.noop()
            if config.security == "none":
                return translate("MailOut", "Connected to {server} (unencrypted, on this computer).").format(
                    server=server
                )
            return translate(
                "MailOut", "Connected to {server}: the certificate is trusted and the sign-in accepted."
            ).format(server=server)
        smtp.send_message(test_message(config))
    return translate("MailOut", "A test message was sent to {address} through {server}.").format(
        address=config.from_address, server=server
    )


def test_message(config: SmtpConfig) -> EmailMessage:
    """A short bilingual message to the department itself; it names no case."""
    message = EmailMessage()
    message["Subject"] = "Inquiry Desk: テストメッセージ / test message"
    message["From"] = sender(config)
    message["To"] = config.from_address
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=config.from_address.rpartition("@")[2] or None)
    message.set_content(
        "個人情報お問い合わせ窓口の送信メールの設定を確認するためのテストメッセージです。\n\n"
        "This is a test message from Inquiry Desk, sent to check the outgoing mail settings.\n",
        charset="utf-8",
    )
    return message
