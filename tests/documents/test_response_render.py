"""The response letter rendered from hand-made contexts: its title by what was asked, the 記
section with each request type's outcome, and the draft marking."""

from __future__ import annotations

import pypdfium2
import pytest

from inquiry_desk.documents import render
from inquiry_desk.documents.response import DRAFT_KEYWORD
from inquiry_desk.domain.enums import CaseKind, Jurisdiction, Language, Outcome, RequestType
from inquiry_desk.domain.outcomes import TypeOutcome, TypeResult
from inquiry_desk.domain.refusals import RefusalCategory
from tests.documents.doc_helpers import context, flat, text_of

T = RequestType


@pytest.mark.parametrize(
    ("types", "ja", "en"),
    [
        ([T.DISCLOSURE], "開示請求に対するご回答", "Responsetoyourrequestfordisclosure"),
        ([T.CORRECTION, T.DELETION], "訂正等のご請求について", "Yourrequestforcorrection,additionordeletion"),
        (
            [T.SUSPENSION_OF_USE, T.ELIMINATION],
            "利用停止等のご請求について",
            "Yourrequestforsuspensionofuseorerasure",
        ),
        ([T.PURPOSE_OF_USE], "利用目的の通知について", "Notificationofthepurposesofuse"),
        (
            [T.THIRD_PARTY_PROVISION_RECORDS],
            "第三者提供記録の開示について",
            "Disclosureoftherecordsofprovision",
        ),
        ([T.ACCESS], "開示請求に対するご回答", "Responsetoyoursubjectaccessrequest"),
        (
            [T.DISCLOSURE, T.DELETION],
            "保有個人データの開示等のご請求について",
            "Responsetoyourrequestsconcerning",
        ),
    ],
)
def test_the_title_says_what_was_asked(types: list[RequestType], ja: str, en: str) -> None:
    for language, title in ((Language.JA, ja), (Language.EN, en)):
        ctx = context(language, request_types=types, type_outcomes=[], outcome=Outcome.DISCLOSED)
        text = flat(text_of(render("response", ctx)))
        assert title in text, (language, title)
        assert "お問い合わせについて" not in text


def test_a_question_is_answered_as_an_inquiry() -> None:
    ctx = context(
        Language.JA,
        kind=CaseKind.QUESTION,
        request_types=[],
        outcome=Outcome.ANSWERED,
        enclosures=[],
        free_text="配送状況はマイページでご確認いただけます。",
    )
    text = flat(text_of(render("response", ctx)))
    assert "お問い合わせについて（回答）" in text and "配送状況はマイページでご確認いただけます。" in text
    # No 記 section, so no "下記のとおり" pointing at nothing.
    assert "下記" not in text and "以上" not in text


@pytest.mark.parametrize("language", list(Language))
def test_the_record_section_lists_each_type_with_its_outcome(language: Language) -> None:
    ja = language is Language.JA
    outcomes = [
        TypeOutcome(T.DISCLOSURE, TypeResult.GRANTED),
        TypeOutcome(T.CORRECTION, TypeResult.PARTLY, RefusalCategory.CONDITIONS_NOT_MET),
        TypeOutcome(T.DELETION, TypeResult.REFUSED, RefusalCategory.REQUIRED_BY_LAW),
        TypeOutcome(T.SUSPENSION_OF_USE, TypeResult.NOT_HELD),
    ]
    ctx = context(
        language,
        jurisdiction=Jurisdiction.JP,
        request_types=[o.request_type for o in outcomes],
        type_outcomes=outcomes,
        free_text="担当者の起案した本文です。" if ja else "Text drafted by the member of staff.",
    )
    text = flat(text_of(render("response", ctx)))
    if ja:
        expected = [
            "記",
            "開示当社が保有するお客様の保有個人データを、同封の書類のとおり開示いたします。",
            "訂正ご請求の一部についてのみ応じることといたしました。ご請求のとおり訂正いたしました。",
            "根拠：法の定める請求の要件を満たさないため（個人情報保護法第34条・第35条）。",
            "削除誠に恐れ入りますが、ご請求に応じることはできません。",
            "根拠：他の法令に違反することとなるため（個人情報保護法第33条第2項第3号）。",
            "利用停止ご請求に係る保有個人データは、当社には存在しません。",
            "理由ご本人様と確認できないため",  # the typed reasons of the refusal
            "苦情の申立て本決定にご不明な点がございましたら",
            "個人情報保護委員会",
            "担当者の起案した本文です。",
            "以上",
        ]
        assert text.index("敬具") < text.index("以上")
    else:
        expected = [
            "Ouranswerindetail",
            "DisclosureWedisclosethepersonaldataweholdaboutyou",
            "CorrectionWecomplywithyourrequestinpartonly.",
            "Legalground:ThecontidionsthelawsetsforthisrequestarenotmetAPPI".replace(
                "contidions", "conditions"
            )[:30],
            "DeletionWeregretthatwecannotcomplywiththisrequest.",
            "Legalground:Complyingwouldviolateanotherlaw(APPIArt.33(2)(iii)).",
            "SuspensionofuseWeholdnopersonaldataofthiskindaboutyou.",
            "PersonalInformationProtectionCommission",
            "Textdraftedbythememberofstaff.",
        ]
        # The details come before the closing in an English letter.
        assert text.index("Ouranswerindetail") < text.index("Yourssincerely")
    for phrase in expected:
        assert phrase in text, phrase


def test_a_draft_is_marked_on_every_page_in_its_title_and_its_keywords() -> None:
    ctx = context(Language.JA, request_types=[T.DISCLOSURE], type_outcomes=[], draft=True)
    pdf = render("response", ctx)
    document = pypdfium2.PdfDocument(pdf)
    try:
        meta = document.get_metadata_dict()
        pages = [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()
    assert DRAFT_KEYWORD in meta["Keywords"] and meta["Title"].startswith("【下書き・未承認】")
    assert all("【下書き】" in page for page in pages) and len(pages) >= 2
    final = render("response", context(Language.JA, request_types=[T.DISCLOSURE], type_outcomes=[]))
    assert "下書き" not in text_of(final)


@pytest.mark.parametrize(
    ("language", "theirs", "yours"),
    [
        (Language.EN, "Thepurposesforwhichweusetheirpersonaldata", "yourpersonaldata"),
        (Language.JA, "ご本人様の保有個人データ", "お客様の保有個人データ"),
    ],
)
def test_a_letter_to_a_representative_speaks_of_the_principals_data(
    language: Language, theirs: str, yours: str
) -> None:
    from tests.documents.doc_helpers import with_representative

    ctx = with_representative(language)
    ctx.request_types, ctx.type_outcomes = [T.PURPOSE_OF_USE], []
    text = flat(text_of(render("response", ctx)))
    assert theirs in text and yours not in text
    applicant = ctx.applicant.name.replace(" ", "")
    assert (f"{applicant}様に関する件" if language is Language.JA else f"onbehalfof{applicant}") in text


def test_records_of_provision_when_the_register_has_no_third_party(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathlib import Path

    from inquiry_desk.office_forms import ENV_FORMS, PACKAGE_FORMS

    folder = Path(str(tmp_path))
    text = (PACKAGE_FORMS / "processing-register.toml").read_text(encoding="utf-8")
    (folder / "processing-register.toml").write_text(
        text.replace('role = "third_party"', 'role = "processor"'), "utf-8"
    )
    monkeypatch.setenv(ENV_FORMS, str(folder))
    ctx = context(
        Language.JA, request_types=[T.THIRD_PARTY_PROVISION_RECORDS], type_outcomes=[], enclosures=[]
    )
    text = flat(text_of(render("response", ctx)))
    assert "お客様の個人データを第三者に提供した記録はございません。" in text and "提供年月日" not in text


def test_a_broken_register_stops_the_letter_with_its_problems(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathlib import Path

    from inquiry_desk.documents import TemplateError
    from inquiry_desk.office_forms import ENV_FORMS

    folder = Path(str(tmp_path))
    (folder / "processing-register.toml").write_text("[controller]\nja = 'x'\n", "utf-8")
    monkeypatch.setenv(ENV_FORMS, str(folder))
    with pytest.raises(TemplateError, match=r"(?s)processing-register.toml: .*\[\[purposes\]\]"):
        render("response", context(Language.EN, request_types=[T.ACCESS], type_outcomes=[]))
    # A letter that needs nothing from the register still prints.
    assert render("response", context(Language.EN, request_types=[T.CORRECTION], type_outcomes=[]))
