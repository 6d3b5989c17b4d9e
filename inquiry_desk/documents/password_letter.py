"""The password letter of an encrypted machine-readable copy: a short business letter whose 記
section gives the ZIP's name and its password.

It is not one of the printable ``DOCUMENTS``: a password exists only while its ZIP is made
(services/records/portable.py), so the letter is rendered then and never again.
"""

from __future__ import annotations

from inquiry_desk.documents import templates, values
from inquiry_desk.documents.context import DocumentContext
from inquiry_desk.documents.layout import build_pdf, footer
from inquiry_desk.documents.letters import LETTER_FONT, letter_story
from inquiry_desk.documents.render import sanitised

TEMPLATE = "password-letter"


def render_password_letter(ctx: DocumentContext, password: str, filename: str) -> bytes:
    wording = dict(templates.section(templates.load(TEMPLATE), ctx.language.value))
    clean = sanitised(ctx, replace=True)
    vals = values.build(clean) | {"password": password, "file": filename}
    story = letter_story(clean, wording, vals)
    return build_pdf(
        story,
        footer(ctx.reference, ctx.language, qr=False, font=LETTER_FONT),
        title=templates.fill(str(wording.get("subject", TEMPLATE)), vals),
        reference=ctx.reference,
    )
