"""Sending a case's answer by email through the department's SMTP server.

Strict on purpose: the applicant asked for the answer by email (the case's answer medium,
edited first if not), the case has an email address, and the letter may go out (a response
awaiting approval or identity verification renders as a DRAFT and is never sent). The PDF is
rendered in memory through the documents service, attached to a UTF-8 message in the case's
language, sent with smtplib and then recorded on the timeline as ``email:<document>`` and in
the audit log, neither naming the address. Nothing else is attached: the password of an
encrypted machine-readable copy goes by post, never with the mail.

An SMTP failure (unreachable, refused, sign-in) is a `MailNotSent` with a translated message,
and nothing is recorded as sent.
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from inquiry_desk.domain.enums import AnswerMedium, Language
from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.documents.delivery import NotRecorded, pdf_pages
from inquiry_desk.services.documents.service import DocumentService
from inquiry_desk.services.settings import mail_out
from inquiry_desk.services.settings.mail_out import SecretGetter, SmtpConfig

TIMEOUT_SECONDS = 30.0

# The covering mail, in the case's language; the letter itself is the attachment.
_BODY = {
    Language.JA: (
        "{name} 様\n\n"
        "個人情報に関するお問い合わせ（受付番号 {ref}）につきまして、"
        "「{title}」を PDF ファイルにて添付いたします。\n"
        "ご不明な点がございましたら、受付番号を添えて本メールにご返信ください。\n\n"
        "個人情報お問い合わせ窓口\n"
    ),
    Language.EN: (
        "Dear {name},\n\n"
        "Regarding your personal information inquiry (reference {ref}), please find "
        '"{title}" attached as a PDF file.\n'
        "If you have any questions, please reply to this email quoting the reference.\n\n"
        "Personal Information Inquiry Department\n"
    ),
}


class MailNotSent(UserError):
    """Nothing went out: the message is meant for the user."""


@dataclass(frozen=True)
class SentMail:
    document: str
    pages: int
    message_id: str

    def describe(self) -> str:
        return translate("MailOut", "Sent by email ({pages} page(s)).").format(pages=self.pages)


def pdf_title(pdf: bytes) -> str:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return str(document.get_metadata_dict().get("Title", "")).strip()
    finally:
        document.close()


def build_message(
    config: SmtpConfig,
    to: str,
    name: str,
    ref: str,
    title: str,
    language: Language,
    pdf: bytes,
    filename: str,
) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = title
    message["From"] = config.from_address
    message["To"] = to
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=config.from_address.rpartition("@")[2] or None)
    message.set_content(_BODY[language].format(name=name, ref=ref, title=title), charset="utf-8")
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=filename)
    return message


class EmailSender:
    def __init__(
        self,
        documents: DocumentService,
        *,
        secret: SecretGetter = mail_out.keyring_password,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.db = documents.db
        self.documents = documents
        self._secret = secret
        self._ssl = ssl_context

    def send_by_email(
        self, actor: Actor, ref: str, document: str = "response", lang: Language | str | None = None
    ) -> SentMail:
        actor.require(Permission.PRINT)
        ref = ref.strip().upper()
        config = mail_out.read_config(self.db)
        if config is None:
            raise MailNotSent(
                translate("MailOut", "No outgoing mail server is set up (`inquiry-desk mail-out configure`).")
            )
        detail = self.documents.cases.get(actor, ref, record_view=False)
        if detail.answer_medium is not AnswerMedium.EMAIL:
            raise MailNotSent(
                translate(
                    "MailOut",
                    "{ref}: the applicant did not ask for the answer by email; change the medium of "
                    "the answer first if they did.",
                ).format(ref=ref)
            )
        party = detail.applicant
        address = party.email.strip() if party else ""
        if not address:
            raise MailNotSent(translate("MailOut", "{ref} has no email address to send to.").format(ref=ref))
        ctx = self.documents.context_for(actor, ref, document, lang=lang)
        if ctx.draft:
            raise MailNotSent(
                translate(
                    "MailOut",
                    "{ref}: the response may not go out yet (approval or identity verification is "
                    "outstanding); nothing was sent.",
                ).format(ref=ref)
            )
        pdf = self.documents.render(document, ctx)
        language = ctx.language
        title = pdf_title(pdf) or document
        message = build_message(
            config,
            address,
            party.name if party else "",
            ref,
            title,
            language,
            pdf,
            f"{ref}-{document}-{language.value}.pdf",
        )
        self._send(config, message)
        sent = SentMail(document, pdf_pages(pdf), str(message["Message-ID"]))
        try:
            self.documents.record_output(actor, ref, document, "email", sent.pages, "email", lang=language)
        except UserError as exc:
            raise NotRecorded(
                translate(
                    "Documents", "{delivered} But it could not be recorded on the case: {error}"
                ).format(delivered=sent.describe(), error=exc.message)
            ) from None
        return sent

    def _password(self, config: SmtpConfig) -> str:
        try:
            password = self._secret(config.username)
        except Exception:  # no keyring in this session (a scheduled job without one, say)
            password = None
        if not password:
            raise MailNotSent(
                translate(
                    "MailOut", "No password for {user} in this computer's keyring (service {service})."
                ).format(user=config.username, service=mail_out.KEYRING_SERVICE)
            )
        return password

    def _send(self, config: SmtpConfig, message: EmailMessage) -> None:
        password = self._password(config) if config.username else ""
        context = self._ssl or ssl.create_default_context()
        server = f"{config.host}:{config.port}"
        try:
            smtp: smtplib.SMTP
            if config.security == "ssl":
                smtp = smtplib.SMTP_SSL(config.host, config.port, timeout=TIMEOUT_SECONDS, context=context)
            else:
                smtp = smtplib.SMTP(config.host, config.port, timeout=TIMEOUT_SECONDS)
            with smtp:
                if config.security == "starttls":
                    smtp.starttls(context=context)
                if config.username:
                    smtp.login(config.username, password)
                smtp.send_message(message)
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
                translate(
                    "MailOut", "The mail server {server} does not offer this security or sign-in."
                ).format(server=server)
            ) from None
        except (smtplib.SMTPException, OSError) as exc:
            raise MailNotSent(
                translate("MailOut", "The mail server {server} could not be reached: {error}").format(
                    server=server, error=getattr(exc, "strerror", None) or exc.__class__.__name__
                )
            ) from None


def _reply(exc: smtplib.SMTPException) -> str:
    """The server's reply, without the addresses it may repeat (a refused recipient's, say)."""
    code = getattr(exc, "smtp_code", None)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = sorted({c for c, _ in exc.recipients.values()})
        return translate("MailOut", "recipient refused (code {code})").format(code=", ".join(map(str, codes)))
    return translate("MailOut", "code {code}").format(code=code)
