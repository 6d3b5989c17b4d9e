"""Sending a case's answer by email through the department's SMTP server.

Strict on purpose: the applicant asked for the answer by email (the case's answer medium,
edited first if not), the case has an email address, and the letter may go out (a response
awaiting approval or identity verification renders as a DRAFT and is never sent). The PDF is
rendered in memory through the documents service, attached to a UTF-8 message in the case's
language, sent with smtplib and then recorded on the timeline as ``email:<document>`` and in
the audit log, neither naming the address. Nothing else is attached: the password of an
encrypted machine-readable copy goes by post, never with the mail.

An SMTP failure (unreachable, refused, sign-in, a certificate not trusted) is a `MailNotSent`
with a translated message (services/settings/smtp_connection.py), and nothing is recorded as
sent.
"""

from __future__ import annotations

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
from inquiry_desk.services.settings.smtp_connection import MailNotSent, connected, password_for, sender

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
    message["From"] = sender(config)
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

    def _send(self, config: SmtpConfig, message: EmailMessage) -> None:
        password = password_for(config, self._secret) if config.username else ""
        with connected(config, password, self._ssl or mail_out.ssl_context(config)) as smtp:
            smtp.send_message(message)
