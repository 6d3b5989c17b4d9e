"""Whether a value read from a page can be a person's name, and in what form: without
honorifics, seal marks and titles, OCR's spaces closed up; furigana as katakana."""

from __future__ import annotations

import re
import unicodedata

import jaconv

from inquiry_desk.intake.own_details import OwnContacts

_CJK = re.compile(r"[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆]")
_CJK_ONLY = re.compile(r"[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆]+")
_KANA_ONLY = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc\u30fb\u309d\u309e\u30fd\u30fe ]+")
# The next cell of a form row (a wide gap, a table rule) or the next field on the same line.
_NEXT_CELL = re.compile(
    r"\s{2,}|\t|\||\s(?=\d)|住所|電話|〒|生年月日|性別|年齢|メール|フリガナ|ふりがな|"
    r"\s(?:address|phone|tel|e-?mail|date\s+of\s+birth)\b",
    re.I,
)
# A longer value is no name (at most 40 letters), whatever honorifics and spaces it has; and
# _tidy strips one honorific a round, so "様" repeated 10,000 times would take seconds.
_MAX_VALUE = 200
_AFTER_NAME = re.compile(r"\s*(?:様|殿|さま|印|\(印\)|\[印\]|\(自署\))\s*$")
_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+", re.I)
_KANA_IN_PARENS = re.compile(r"(?P<name>[^()]*?)\s*\((?P<kana>[^()]*)\)\s*")
# Words of forms and letters that no personal name contains (compared without spaces).
_NOT_A_NAME = re.compile(
    r"氏名|名前|住所|電話|番号|フリガナ|ふりがな|署名|記名|押印|請求|代理|本人|確認|生年月日|御中|窓口|"
    r"会社|\(株\)|株式|法人|事務所|代表|銀行|個人情報|問い?合わ?せ|担当|記入|会員|お客様|変更|"
    r"ます|ません|です|でした|ください|ので"
)
_NOT_NAME_WORDS = frozenset(
    {
        "name",
        "full",
        "address",
        "signature",
        "signed",
        "date",
        "phone",
        "telephone",
        "tel",
        "fax",
        "email",
        "e-mail",
        "applicant",
        "representative",
        "agent",
        "dear",
        "sir",
        "madam",
        "sincerely",
        "regards",
        "faithfully",
        "personal",
        "information",
        "inquiry",
        "enquiry",
        "department",
        "dept",
        "privacy",
        "data",
        "protection",
        "company",
        "inc",
        "ltd",
        "llc",
        "gmbh",
        "corp",
        "corporation",
        "co",
        "kk",
        "office",
        "team",
        "manager",
        "page",
        "to",
        "from",
        "request",
        "re",
        "subject",
        "attn",
        "attention",
        "customer",
        "the",
        "and",
        "please",
        "enclosed",
        "copy",
        "my",
        "your",
        "card",
        "number",
        "group",
    }
)
_PARTICLES = frozenset(
    {
        "van",
        "von",
        "de",
        "der",
        "den",
        "da",
        "di",
        "del",
        "della",
        "du",
        "la",
        "le",
        "dos",
        "das",
        "bin",
        "al",
    }
)


def signed(text: str) -> bool:
    """A name as signed under a Latin-script letter: two to four capitalised words."""
    words = text.split()
    if not 2 <= len(words) <= 4:
        return False
    for word in words:
        core = word.rstrip(".")
        if core.lower() in _PARTICLES:
            continue
        if not (core[:1].isupper() and all(c.isalpha() or c in "'’-" for c in core)):
            return False
    return True


def name_and_kana(value: str, own: OwnContacts) -> tuple[str, str]:
    """The name in a labelled value, and a furigana given after it in parentheses."""
    value = _NEXT_CELL.split(value.strip(" :|[]"), maxsplit=1)[0]
    kana = ""
    if m := _KANA_IN_PARENS.fullmatch(value):
        value, kana = m.group("name"), to_katakana(m.group("kana"))
    return accepted(value, own), kana


def accepted(value: str, own: OwnContacts) -> str:
    """`value` tidied if it can be a person's name, else "" (a label, a company, a fragment)."""
    if len(value) > _MAX_VALUE:
        return ""
    name = _tidy(value)
    compact = name.replace(" ", "")
    if not 2 <= len(compact) <= 40:
        return ""
    # Letters only: no digits (a number, a date, a fax header), no sentence punctuation.
    if not all(unicodedata.category(c)[0] in "LM" or c in "・'’-." for c in compact):
        return ""
    words = [w.strip(".'’-").casefold() for w in name.split()]
    if _NOT_A_NAME.search(compact) or any(w in _NOT_NAME_WORDS for w in words):
        return ""
    if _CJK.search(compact):
        if len(compact) > 12:
            return ""
    elif len(compact) < 3 or len(words) > 5 or not any(c.isupper() for c in compact):
        return ""  # "al", "ii": a fragment of a table rule or a stamp, not a signed name
    if len(set(compact)) < 2:
        return ""  # "口口": empty check boxes
    return "" if own.has_name(name) else name


def _tidy(value: str) -> str:
    """A name without honorific, seal mark or title, with tesseract's spaces closed up."""
    name = unicodedata.normalize("NFKC", value).strip(" :|[]")
    while (shorter := _AFTER_NAME.sub("", name)) != name:
        name = shorter
    name = _TITLE.sub("", name)
    tokens = name.split()
    # "山 田 太 郎" (or "山田 太 郎") is tesseract's spacing and is closed up; "山田 太郎" and
    # "高橋 健" are the writer's and keep their one space.
    singles = sum(len(t) == 1 for t in tokens)
    if (
        tokens
        and all(_CJK_ONLY.fullmatch(t) for t in tokens)
        and (singles == len(tokens) or (len(tokens) >= 3 and singles >= len(tokens) - 1))
    ):
        return "".join(tokens)
    return " ".join(tokens)


def to_katakana(value: str) -> str:
    """Furigana as katakana (the case file's convention), or "" if `value` is not all kana."""
    if len(value) > _MAX_VALUE:
        return ""
    kana = _tidy(_NEXT_CELL.split(value.strip(" :|[]"), maxsplit=1)[0])
    if len(kana.replace(" ", "")) < 2 or not _KANA_ONLY.fullmatch(kana):
        return ""
    return str(jaconv.hira2kata(kana))
