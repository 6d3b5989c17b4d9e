"""Which fields of a case an edit changed, named for the timeline and the audit log.

The timeline's summary and the audit log name fields, never values (the values are
personal). The summary is stored in English, as every event's is, and shown in the
interface's language through :func:`describe_edit`.
"""

from __future__ import annotations

from inquiry_desk.domain.i18n import in_language
from inquiry_desk.domain.lifecycle import Action

EDITED = "edited"  # the event action of a correction
RECEIPT_DATE_CHANGED = "receipt_date_changed"
_PREFIX = "Edited: "

_PARTY_FIELDS: dict[str, tuple[str, str]] = {
    "name": ("name", "氏名"),
    "name_kana": ("furigana", "フリガナ"),
    "postal_code": ("postal code", "郵便番号"),
    "address": ("address", "住所"),
    "country": ("country", "国"),
    "email": ("email", "メールアドレス"),
    "phone": ("phone", "電話番号"),
    "fax": ("fax", "FAX番号"),
    "customer_number": ("customer number", "顧客番号"),
    "representative_kind": ("kind of representative", "代理人の種別"),
}
_WHO = {"applicant": ("applicant's", "請求者の"), "representative": ("representative's", "代理人の")}

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "kind": ("kind", "案件の種類"),
    "channel": ("channel", "受付方法"),
    "request_types": ("request types", "請求の種類"),
    "jurisdiction": ("jurisdiction", "適用法域"),
    "language": ("language", "言語"),
    "answer_medium": ("medium of the answer", "回答の方法"),
    "answer_format": ("form of the answer", "回答の形式"),
    "received": ("receipt date", "受付日"),
    "representative.added": ("representative added", "代理人の追加"),
    "representative.removed": ("representative removed", "代理人の削除"),
}
for _who, (_en_who, _ja_who) in _WHO.items():
    for _key, (_en, _ja) in _PARTY_FIELDS.items():
        if _who == "applicant" and _key == "representative_kind":
            continue
        FIELD_LABELS[f"{_who}.{_key}"] = (
            f"{_en_who} {_en}" if _key != "representative_kind" else _en,
            f"{_ja_who}{_ja}" if _key != "representative_kind" else _ja,
        )
_BY_ENGLISH = {en: ja for en, ja in FIELD_LABELS.values()}


def edit_summary(fields: list[str]) -> str:
    """The stored (English) summary of an edit of ``fields`` (keys of FIELD_LABELS)."""
    return _PREFIX + ", ".join(FIELD_LABELS[f][0] for f in fields)


def field_label(key: str) -> str:
    en, ja = FIELD_LABELS[key]
    return in_language(en, ja)


# Events whose stored English summary is fixed, with their Japanese (the stale-change message
# and the timeline show them in the interface's language).
_FIXED_SUMMARIES = {
    "Identity checks saved": "本人確認の照合結果を保存",
    "Masking of an ID copy confirmed": "本人確認書類のマスキングを確認",
    "Masking of an ID copy unconfirmed": "本人確認書類のマスキング確認を取消",
    "Note added": "メモを追加",
    "Identity evidence line removed": "本人確認書類の記録を削除",
}


def describe_event(action: str, summary: str) -> str:
    """A stored timeline summary in the interface's language: lifecycle steps, edits and the
    fixed summaries above; any other as it was recorded."""
    try:
        return in_language(summary, Action(action).label_ja)
    except ValueError:
        pass
    if summary in _FIXED_SUMMARIES:
        return in_language(summary, _FIXED_SUMMARIES[summary])
    for prefix, ja in _REF_SUMMARIES.items():
        if summary.startswith(prefix):
            return in_language(summary, ja.format(ref=summary[len(prefix) :]))
    return describe_edit(summary)


# Summaries that end with another case's reference (services/cases/merging.py).
_REF_SUMMARIES = {"Merged into ": "{ref} に統合", "Merged from ": "{ref} を統合"}


def describe_edit(summary: str) -> str:
    """A stored edit summary in the interface's language."""
    for prefix, ja in _FIELD_SUMMARIES.items():
        if summary.startswith(prefix):
            names = summary[len(prefix) :].split(", ")
            return in_language(summary, ja + "、".join(_BY_ENGLISH.get(n, n) for n in names))
    return summary


# Summaries that list fields: an edit, and suggestions of the importer confirmed as they were
# (domain/suggested.py writes the second).
_FIELD_SUMMARIES = {_PREFIX: "修正：", "Confirmed: ": "取込内容を確認："}
