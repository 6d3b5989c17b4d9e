"""`inquiry-desk mail-out show|configure|test` (the outgoing mail server) and
`inquiry-desk send REF` (a case's answer by email, for applicants who asked for it)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate

if TYPE_CHECKING:
    from inquiry_desk.cli.runner import Runner


def register(sub: Any) -> None:
    p = sub.add_parser("mail-out", help="the department's outgoing mail server (SMTP)")
    p.add_argument("action", choices=["show", "configure", "test"])
    p.add_argument("--host", help="SMTP server, with configure")
    p.add_argument("--port", type=int, default=587)
    p.add_argument("--security", choices=["starttls", "ssl", "none"], default="starttls")
    p.add_argument("--username", default="", help="empty: the server takes mail without signing in")
    p.add_argument("--from", dest="from_address", help="the department's From address")
    p.add_argument("--from-name", default="", help="the name shown beside the From address")
    p.add_argument(
        "--ca-file",
        default="",
        metavar="PATH",
        help="PEM file of the CA that signs an internal server's certificate (default: the system's)",
    )
    p.add_argument(
        "--send-test",
        action="store_true",
        help="with test: also send a short message to the From address",
    )
    p.set_defaults(handler=cmd_mail_out)

    p = sub.add_parser(
        "send",
        help="send a case's answer by email (needs a user)",
        description="Render the document, attach it to an email to the applicant and send it through "
        "the outgoing mail server; only when the applicant asked for the answer by email and the "
        "letter may go out. Recorded on the case's timeline.",
    )
    p.add_argument("ref", help="case reference, e.g. PI-2025-0042")
    p.add_argument("--document", default="response", metavar="NAME")
    p.add_argument("--lang", choices=["ja", "en"], help="language (default: the case's)")
    p.set_defaults(handler=cmd_send)


def _password() -> str:
    """From INQUIRY_DESK_SMTP_PASSWORD or a prompt; it goes to the OS keyring only."""
    import getpass
    import os
    import sys

    value = os.environ.get("INQUIRY_DESK_SMTP_PASSWORD")
    if value:
        return value
    if not (sys.stdin and sys.stdin.isatty()):
        raise UserError(
            translate(
                "CommandLine",
                "Set INQUIRY_DESK_SMTP_PASSWORD or run the command in a terminal to be "
                "asked for the mail server's password.",
            )
        )
    return getpass.getpass(translate("CommandLine", "Mail server password: "))


def cmd_mail_out(args: argparse.Namespace, run: Runner) -> int:
    from inquiry_desk.services.settings import mail_out

    app = run.app()
    if args.action == "configure":
        if not args.host or not args.from_address:
            raise UserError(translate("CommandLine", "mail-out configure needs --host and --from."))
        new = mail_out.SmtpConfig(
            args.host,
            args.port,
            args.security,
            args.from_address,
            args.username,
            args.from_name,
            str(Path(args.ca_file).resolve()) if args.ca_file else "",
        )
        mail_out.check(new)
        # Asked before anything is saved: a missing password leaves the old settings as they were.
        password = _password() if args.username.strip() else None
        app.outgoing_mail.save(run.user(), new, password)
    if args.action == "test":
        current = app.outgoing_mail.config()
        if current is None:
            raise UserError(translate("CommandLine", "No outgoing mail server is set up."))
        print(app.outgoing_mail.test(run.user(), current, send_test=args.send_test))
        return 0
    config = mail_out.read_config(app.db)
    if config is None:
        print(translate("CommandLine", "No outgoing mail server is set up."))
        return 0
    user = config.username or translate("CommandLine", "(no sign-in)")
    print(
        translate("CommandLine", "Outgoing mail: {server} ({security}), user {user}, from {sender}").format(
            server=f"{config.host}:{config.port}",
            security=config.security,
            user=user,
            sender=config.from_address,
        )
    )
    if config.ca_file:
        print(translate("CommandLine", "Certificates checked against {file}").format(file=config.ca_file))
    return 0


def cmd_send(args: argparse.Namespace, run: Runner) -> int:
    from inquiry_desk.documents import UnknownDocumentError
    from inquiry_desk.services.documents.sending import EmailSender

    app = run.app()
    actor = run.user()
    try:
        sent = EmailSender(app.documents).send_by_email(actor, args.ref, args.document, args.lang)
    except UnknownDocumentError:
        raise UserError(
            translate(
                "CommandLine", "There is no document {document}; see `inquiry-desk print --list`."
            ).format(document=repr(args.document))
        ) from None
    print(f"{args.ref.strip().upper()}: {sent.describe()}")
    return 0
