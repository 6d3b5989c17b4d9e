"""The response letter for real cases: per-type outcomes in the 記 section, the law's information
from the register of processing, the data subject named to a representative, and the manager's
approval gating it (a draft until then, through the real print path)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from inquiry_desk.domain.approvals import ApprovalSubject
from inquiry_desk.domain.enums import Jurisdiction, Language, RepresentativeKind, RequestType
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.domain.outcomes import TypeOutcome, TypeResult
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.domain.refusals import RefusalCategory
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.documents.delivery import DocumentDelivery, ToFile
from inquiry_desk.services.lifecycle.actions import ActionInput
from inquiry_desk.services.lifecycle.services import Lifecycle
from tests.services.lifecycle_helpers import APPLICANT_NAME, RECEIVED, new_case
from tests.services.test_workflow import _verify_with_licence

pytestmark = pytest.mark.clock_starts(RECEIVED)


def pdftotext(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    # -nodiag: the diagonal 下書き watermark would otherwise interleave with the lines it crosses.
    out = subprocess.run(
        ["pdftotext", "-nodiag", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return "".join(out.split())  # line breaks fall anywhere in Japanese text


def _verified(app: App, lc: Lifecycle, actor: Actor, **changes: object) -> str:
    ref = app.cases.create(actor, new_case(RECEIVED, **changes))  # type: ignore[arg-type]
    lc.workflow.act(actor, ref, Action.START_VERIFICATION)
    _verify_with_licence(lc, actor, ref)
    lc.verification.mark_verified(actor, ref)
    return ref


def test_the_access_letter_of_an_eea_case_names_recipients_and_retention_from_the_register(
    app: App, lc: Lifecycle, manager: Actor, tmp_path: Path
) -> None:
    ref = _verified(
        app,
        lc,
        manager,
        types=(RequestType.ACCESS, RequestType.ERASURE),
        jurisdiction=Jurisdiction.EEA,
        language=Language.EN,
    )
    refused = TypeOutcome(RequestType.ERASURE, TypeResult.REFUSED, RefusalCategory.REQUIRED_BY_LAW)
    lc.workflow.act(manager, ref, Action.RESPOND, ActionInput(type_outcomes=(refused,)))
    text = pdftotext(app.documents.render_for_case(manager, ref, "response"), tmp_path)
    for name in ("Stripe,Inc.", "PayPal/Braintree", "Nihaopay", "UnionPay", "Crypto.com", "dLocal",
                 "GoogleAnalytics", "GoogleAds", "Facebook", "MicrosoftAzure"):  # fmt: skip
        assert name in text, name
    assert "Retentionperiod" in text and "TaxCodeofJapan" in text  # the register's retention
    assert "Tovalidateyouridentity" in text and "Tocontactyouwithnewsletters" in text  # (a) 11 purposes
    assert "Sourceofthedata" in text and "adequacydecision" in text  # (g) and Art. 15(2)
    assert "supervisoryauthority" in text  # (f) and the refusal
    assert "Access(GDPRArt.15)" in text and "Erasure(Art.17)" in text
    assert "Wecannotcomply" in text.replace("Weregretthatwecannotcomply", "Wecannotcomply")
    assert "(Art.17(3),23GDPR)" in text
    assert "DRAFT" not in text


def test_a_japanese_letter_to_a_representative_names_the_applicant(
    app: App, lc: Lifecycle, manager: Actor, tmp_path: Path
) -> None:
    from inquiry_desk.services.cases.views import NewCase

    base = new_case(RECEIVED, types=(RequestType.PURPOSE_OF_USE,))
    rep = PartyData(
        name="代理 太郎",
        postal_code="100-0001",
        address="東京都千代田区1-1",
        representative_kind=RepresentativeKind.APPOINTED,
    )
    ref = app.cases.create(manager, NewCase(**{**base.__dict__, "representative": rep}))
    # Still a draft (the representative's documents are not in yet): it names whose data it is all the same.
    text = pdftotext(app.documents.render_for_case(manager, ref, "response"), tmp_path)
    applicant = APPLICANT_NAME.replace(" ", "")
    assert f"{applicant}様に関する件" in text  # the intro names whose data it is
    assert f"ご本人{applicant}様" in text  # and the 記 section
    assert "代理太郎様" in text  # addressed to the representative
    assert "ご本人様の保有個人データの利用目的は" in text and "お客様の保有個人データ" not in text
    assert "利用目的の通知について" in text  # titled by what was asked
    assert "ご本人様の確認のため" in text and "メールマガジン" in text  # the register's purposes
    assert f"敬具記ご本人{applicant}様" in text and "以上PI-" in text  # 敬具, then 記 … 以上


def test_a_response_awaiting_approval_prints_only_as_a_draft(
    app: App, lc: Lifecycle, staff: Actor, manager: Actor, tmp_path: Path
) -> None:
    ref = _verified(app, lc, staff, types=(RequestType.DISCLOSURE, RequestType.DELETION))
    lc.outcomes.set(staff, ref, [TypeOutcome(RequestType.DELETION, TypeResult.NOT_HELD)])
    app.documents.save_response_draft(staff, ref, "ご注文履歴を開示いたします。", ["開示書類 2枚"])
    lc.workflow.act(staff, ref, Action.SUBMIT_FOR_APPROVAL, ActionInput(subject=ApprovalSubject.RESPONSE))
    delivery = DocumentDelivery(app.documents, None)

    pdf = app.documents.render_for_case(staff, ref, "response")
    text = pdftotext(pdf, tmp_path)
    assert "【下書き・未承認】" in text and "下書き" in text
    assert "ご注文履歴を開示いたします。" in text and "開示書類2枚" in text
    assert "削除ご請求に係る保有個人データは、当社には存在しません。" in text
    delivery.deliver(staff, ref, "response", pdf, ToFile(tmp_path / "out.pdf"))
    actions = [e.action for e in app.cases.get(staff, ref).events]
    assert "export-draft:response" in actions and "export:response" not in actions
    assert [d.ref for d in app.documents.due_today(staff, "response")] == []

    lc.workflow.act(manager, ref, Action.APPROVE)
    final = app.documents.render_for_case(staff, ref, "response")
    assert "下書き" not in pdftotext(final, tmp_path)
    # The draft rendered before the approval stays a draft when it is printed after it.
    delivery.deliver(staff, ref, "response", pdf, ToFile(tmp_path / "late.pdf"))
    assert [e.action for e in app.cases.get(staff, ref).events].count("export-draft:response") == 2
    lc.workflow.act(staff, ref, Action.RESPOND)
    assert [d.ref for d in app.documents.due_today(staff, "response")] == [ref]
    delivery.deliver(staff, ref, "response", final, ToFile(tmp_path / "final.pdf"))
    assert "export:response" in [e.action for e in app.cases.get(staff, ref).events]
    assert app.documents.due_today(staff, "response") == []


def test_a_draft_is_printed_through_the_command_line_and_recorded_as_a_draft(
    app: App, lc: Lifecycle, staff: Actor, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.services.test_workflow_cli import FakeRun

    ref = _verified(app, lc, staff)
    import argparse

    from inquiry_desk.cli.printing import register

    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    out = tmp_path / "out.pdf"
    args = parser.parse_args(["print", ref, "--document", "response", "--pdf", str(out)])
    assert args.handler(args, FakeRun(app, staff)) == 0
    said = capsys.readouterr()
    assert "recorded as a draft, not as sent" in said.err and "Saved" in said.out
    assert "【下書き・未承認】開示請求に対するご回答" in pdftotext(out.read_bytes(), tmp_path)
    assert "export-draft:response" in [e.action for e in app.cases.get(staff, ref).events]


def test_the_records_of_provision_list_date_recipient_person_and_items(
    app: App, lc: Lifecycle, manager: Actor, tmp_path: Path
) -> None:
    ref = _verified(app, lc, manager, types=(RequestType.THIRD_PARTY_PROVISION_RECORDS,))
    lc.workflow.act(manager, ref, Action.RESPOND)
    text = pdftotext(app.documents.render_for_case(manager, ref, "response"), tmp_path)
    assert "第三者提供記録の開示について" in text
    # Table cells come out of pdftotext interleaved: each piece on its own.
    person = APPLICANT_NAME.replace(" ", "") + "様"
    for phrase in ("提供年月日", "提供先", "本人", "提供した項目", "2018年5月24日か", "ら継続して提供",
                   "GoogleAds(Google", "Facebook(Meta", "（米国）", "Cookie識別子、閲覧したページ、閲覧日時",
                   person):  # fmt: skip
        assert phrase in text, phrase
    assert "Stripe" not in text.split("第三者提供記録")[-1]  # a processor is not a third party


def test_the_response_text_is_drafted_on_the_command_line(
    app: App, lc: Lifecycle, staff: Actor, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    from inquiry_desk.cli.printing import register
    from tests.services.test_workflow_cli import FakeRun

    ref = _verified(app, lc, staff)
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))

    def run(*argv: str) -> str:
        args = parser.parse_args(argv)
        assert args.handler(args, FakeRun(app, staff)) == 0
        return capsys.readouterr().out

    paragraph = tmp_path / "p.txt"
    paragraph.write_text("ご注文履歴を開示いたします。", encoding="utf-8")
    said = run("response-text", ref, "--text-file", str(paragraph), "--enclosure", "ご注文履歴 2枚")
    assert "saved. It prints as a DRAFT" in said
    assert run("response-text", ref) == "ご注文履歴を開示いたします。\n  - ご注文履歴 2枚\n"
    run("response-text", ref, "--enclosure", "ご注文履歴 3枚")  # the paragraph stays
    ctx = app.documents.context_for(staff, ref, "response")
    assert (ctx.free_text, ctx.enclosures) == ("ご注文履歴を開示いたします。", ["ご注文履歴 3枚"])
