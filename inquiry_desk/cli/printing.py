"""`inquiry-desk print`: a case's document to a PDF file or a printer, and the list of both.

The PDF exists only in memory until it reaches its destination: written to the user's chosen
file atomically (a temporary file in the same folder, then ``os.replace``, so a half-written
letter never sits under the final name), or piped to the printer. Each output is recorded on
the case timeline by the documents service.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import label_of, translate

if TYPE_CHECKING:
    from inquiry_desk.cli.runner import Runner

EXIT_GLYPHS = 2


def register(sub: Any) -> None:
    """Add the ``print`` subcommand to the ``inquiry-desk`` parser's subparsers."""
    p = sub.add_parser(
        "print",
        help="print a case's document or save it as PDF (needs a user)",
        description="Render a document for a case and send it to a printer or a "
        "PDF file; each output is recorded on the case's timeline.",
    )
    p.add_argument("ref", nargs="?", help="case reference, e.g. PI-2025-0042")
    p.add_argument("--list", action="store_true", help="list the documents and the printers")
    p.add_argument("--document", metavar="NAME", help="document name (see --list)")
    p.add_argument("--lang", choices=["ja", "en"], help="language (default: the case's)")
    dest = p.add_mutually_exclusive_group()
    dest.add_argument("--pdf", metavar="OUT", help="write the PDF to this file")
    dest.add_argument("--printer", metavar="NAME", help="send it to this printer")
    p.add_argument(
        "--allow-missing-glyphs",
        action="store_true",
        help="print characters the font lacks as 〓 instead of stopping",
    )
    p.add_argument(
        "--keep-copy", action="store_true", help="keep an encrypted copy of what was sent with the case"
    )
    p.set_defaults(handler=cmd_print)

    p = sub.add_parser(
        "response-text",
        help="draft the response letter's own paragraph and enclosures (needs a user)",
        description="Keep the paragraph the response letter prints after its opening, and the list "
        "of what is enclosed, with the case (sealed; erased at purge). Without options: show them.",
    )
    p.add_argument("ref", help="case reference")
    text = p.add_mutually_exclusive_group()
    text.add_argument("--text", help="the paragraph")
    text.add_argument("--text-file", metavar="FILE", help="read the paragraph from a UTF-8 file")
    p.add_argument("--enclosure", action="append", default=None, help="one thing enclosed (repeatable)")
    p.add_argument("--if-version", type=int, metavar="N", help="refuse if the case is no longer at version N")
    p.set_defaults(handler=cmd_response_text)


def cmd_print(args: argparse.Namespace, run: Runner) -> int:
    if args.list:
        return _list()
    if not args.ref or not args.document:
        raise UserError(translate("CommandLine", "Give a case reference and --document NAME (or --list)."))
    if not (args.pdf or args.printer):
        raise UserError(translate("CommandLine", "Say where it goes: --pdf OUT or --printer NAME."))
    from inquiry_desk.documents import MissingGlyphsError, TemplateError
    from inquiry_desk.documents.render import UnknownDocumentError
    from inquiry_desk.services.documents.delivery import DocumentDelivery, ToFile, ToPrinter

    app = run.app()
    actor = run.user()
    service = app.documents
    try:
        pdf = service.render_for_case(
            actor, args.ref, args.document, args.lang, allow_missing_glyphs=args.allow_missing_glyphs
        )
    except UnknownDocumentError:
        raise UserError(
            translate(
                "CommandLine", "There is no document {document}; see `inquiry-desk print --list`."
            ).format(document=repr(args.document))
        ) from None
    except TemplateError as exc:
        # An office's edited template or register of processing that a letter cannot print from.
        raise UserError(
            translate("CommandLine", "The document cannot be made from the templates: {error}").format(
                error=exc
            )
        ) from None
    except MissingGlyphsError as exc:
        print(translate("CommandLine", "The font cannot print these characters:"), file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem.describe()}", file=sys.stderr)
        print(
            translate(
                "CommandLine",
                "Correct the text, or run again with --allow-missing-glyphs to print them as 〓.",
            ),
            file=sys.stderr,
        )
        return EXIT_GLYPHS
    ref = args.ref.strip().upper()
    from inquiry_desk.services.documents.delivery import is_draft_pdf

    if is_draft_pdf(pdf):
        print(
            translate(
                "CommandLine",
                "{ref}: the response may not go out yet (approval or identity verification is "
                "outstanding); it is marked DRAFT and recorded as a draft, not as sent.",
            ).format(ref=ref),
            file=sys.stderr,
        )
    if args.pdf:
        delivery = DocumentDelivery(service, None)
        done = delivery.deliver(
            actor, ref, args.document, pdf, ToFile(Path(args.pdf)), lang=args.lang, keep_copy=args.keep_copy
        )
        print(
            translate("CommandLine", "Saved {ref} {document} ({pages}) to {file}").format(
                ref=ref, document=args.document, pages=_pages(done.pages), file=args.pdf
            )
        )
        return 0
    from inquiry_desk.printers import SystemPrinters, headless_application

    qapp = headless_application()  # kept alive until the job is sent
    delivery = DocumentDelivery(service, SystemPrinters())
    done = delivery.deliver(
        actor, ref, args.document, pdf, ToPrinter(args.printer), lang=args.lang, keep_copy=args.keep_copy
    )
    del qapp
    job = translate("CommandLine", ", job {job}").format(job=done.job_id) if done.job_id else ""
    print(
        translate("CommandLine", "Sent {ref} {document} ({pages}) to {printer}{job}").format(
            ref=ref, document=args.document, pages=_pages(done.pages), printer=done.where, job=job
        )
    )
    return 0


def _pages(count: int) -> str:
    return translate("CommandLine", "%n page(s)", None, count)


def _list() -> int:
    from inquiry_desk.documents import list_documents

    print(translate("CommandLine", "Documents:"))
    for info in list_documents():
        qr = translate("CommandLine", "  (with QR code)") if info.has_qr else ""
        print(f"  {info.name:<18} {label_of(info)}{qr}")
    print(translate("CommandLine", "Printers:"))
    try:
        from inquiry_desk.printers import SystemPrinters, headless_application

        qapp = headless_application()
        system = SystemPrinters()
        printers = system.names()
        default = system.default()
        del qapp
    except (ImportError, RuntimeError) as exc:
        print("  " + translate("CommandLine", "(the printers cannot be listed: {error})").format(error=exc))
        return 0
    if not printers:
        print("  " + translate("CommandLine", "(none)"))
    for name in printers:
        print(f"  {name}" + (translate("CommandLine", "  (default)") if name == default else ""))
    return 0


def cmd_response_text(args: argparse.Namespace, run: Runner) -> int:
    app = run.app()
    actor = run.user()
    ctx = app.documents.context_for(actor, args.ref, "response")
    if args.text is None and args.text_file is None and args.enclosure is None:
        print(ctx.free_text or translate("CommandLine", "(no text drafted)"))
        for item in ctx.enclosures:
            print(f"  - {item}")
        return 0
    paragraph = ctx.free_text if args.text is None else args.text
    if args.text_file:
        try:
            paragraph = Path(args.text_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(
                translate("CommandLine", "Cannot read {file}: {error}").format(file=args.text_file, error=exc)
            ) from None
    enclosures = ctx.enclosures if args.enclosure is None else args.enclosure
    app.documents.save_response_draft(
        actor, args.ref, paragraph, enclosures, expected_version=args.if_version
    )
    state = translate("CommandLine", " It prints as a DRAFT until it may go out.") if ctx.draft else ""
    print(
        translate("CommandLine", "Response text of {ref} saved.{state}").format(
            ref=ctx.reference, state=state
        )
    )
    return 0
