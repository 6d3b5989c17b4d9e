"""Why a request was refused, as a category the department may count.

The reasons staff write in a refusal letter are personal (they describe the applicant's
situation) and are sealed with the case key. The category is not: it names the legal
ground only, so it is stored in plain on the anonymous register row, survives the
purge, and the monthly report counts refusals by it.

The grounds follow the two laws the department answers under:

* APPI Art. 33(2) (disclosure may be refused, wholly or in part, where it would harm the
  life, body, property or other rights of the principal or a third party, seriously
  interfere with the business, or breach another law), Art. 34/35 (correction,
  suspension or erasure only where the legal conditions are met), Art. 16(4) (data the
  company does not hold as "retained personal data").
* GDPR Art. 12(5) (manifestly unfounded or excessive), Art. 12(6) / 11(2) (identity not
  established), Art. 15(4) (rights and freedoms of others), Art. 17(3), 21(1) and 23
  (exceptions to erasure and objection, restrictions by law).
"""

from __future__ import annotations

from enum import StrEnum

from inquiry_desk.domain.enums import Jurisdiction, Language
from inquiry_desk.domain.i18n import in_language


class RefusalCategory(StrEnum):
    IDENTITY_NOT_VERIFIED = "identity_not_verified"
    HARM_TO_OTHERS = "harm_to_others"
    BUSINESS_INTERFERENCE = "business_interference"
    REQUIRED_BY_LAW = "required_by_law"
    UNFOUNDED_OR_EXCESSIVE = "unfounded_or_excessive"
    CONDITIONS_NOT_MET = "conditions_not_met"
    NOT_RETAINED_DATA = "not_retained_data"
    FEE_NOT_PAID = "fee_not_paid"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _LABELS[self][0]

    @property
    def label_ja(self) -> str:
        return _LABELS[self][1]

    @property
    def basis(self) -> str:
        """The provisions the category rests on, for the dialog's tooltip and the report."""
        return _LABELS[self][2]


_LABELS: dict[RefusalCategory, tuple[str, str, str]] = {
    RefusalCategory.IDENTITY_NOT_VERIFIED: (
        "Identity not verified",
        "本人確認ができない",
        "APPI Art. 37 (request procedures); GDPR Art. 12(2), 12(6)",
    ),
    RefusalCategory.HARM_TO_OTHERS: (
        "Harm to the applicant or others",
        "本人又は第三者の権利利益を害するおそれ",
        "APPI Art. 33(2)(i); GDPR Art. 15(4)",
    ),
    RefusalCategory.BUSINESS_INTERFERENCE: (
        "Serious interference with the business",
        "業務の適正な実施に著しい支障",
        "APPI Art. 33(2)(ii)",
    ),
    RefusalCategory.REQUIRED_BY_LAW: (
        "Another law prevents it",
        "他の法令に違反することとなる",
        "APPI Art. 33(2)(iii); GDPR Art. 17(3), 23",
    ),
    RefusalCategory.UNFOUNDED_OR_EXCESSIVE: (
        "Manifestly unfounded or excessive",
        "明らかに根拠がない又は過剰な請求",
        "GDPR Art. 12(5)",
    ),
    RefusalCategory.CONDITIONS_NOT_MET: (
        "Legal conditions not met",
        "請求の要件を満たさない",
        "APPI Art. 34, 35; GDPR Art. 16–18, 21",
    ),
    RefusalCategory.NOT_RETAINED_DATA: (
        "Not retained personal data",
        "保有個人データに該当しない",
        "APPI Art. 16(4)",
    ),
    RefusalCategory.FEE_NOT_PAID: ("Fee not paid", "手数料の未納", "APPI Art. 38; GDPR Art. 12(5)(a)"),
    RefusalCategory.OTHER: ("Other", "その他", ""),
}

# Rows refused before categories were recorded (and imported history) count under this key.
NOT_RECORDED = "not_recorded"


def category_label(key: str) -> str:
    """The English label of a stored category key, including :data:`NOT_RECORDED`."""
    if key == NOT_RECORDED:
        return "Not recorded"
    try:
        return RefusalCategory(key).label
    except ValueError:
        return key  # a category a newer version wrote: shown as stored, never dropped


def category_label_ja(key: str) -> str:
    if key == NOT_RECORDED:
        return "記録なし"
    try:
        return RefusalCategory(key).label_ja
    except ValueError:
        return ""


# Printed in refusals; staff may edit it per case, so it is only the prefill.
RIGHT_TO_COMPLAIN: dict[tuple[bool, Language], str] = {
    (True, Language.EN): (
        "You have the right to lodge a complaint with a supervisory authority, in particular in the "
        "EU/EEA member state of your habitual residence, place of work or place of the alleged "
        "infringement (GDPR Art. 77), and to seek a judicial remedy (Art. 79)."
    ),
    (True, Language.JA): (
        "お客様は、居住地、勤務地又は侵害があったとされる地の EU/EEA 加盟国の監督機関に苦情を申し立てる権利"
        "（GDPR第77条）及び司法上の救済を求める権利（同第79条）を有します。"
    ),
    (False, Language.EN): (
        "If you are not satisfied with this decision, you may consult the Personal Information "
        "Protection Commission (PPC) of Japan, and you may bring a claim before the courts "
        "(APPI Art. 39)."
    ),
    (False, Language.JA): (
        "本決定にご不明・ご不満がある場合は、個人情報保護委員会の「個人情報保護法相談ダイヤル」に"
        "ご相談いただけるほか、裁判所に訴えを提起することができます（個人情報保護法第39条）。"
    ),
}


def right_to_complain_text(jurisdiction: Jurisdiction, language: Language) -> str:
    return RIGHT_TO_COMPLAIN[(jurisdiction.is_gdpr, language)]


def category_text(key: str) -> str:
    """A stored category key in the interface's language, for the screens."""
    return in_language(category_label(key), category_label_ja(key) or category_label(key))
