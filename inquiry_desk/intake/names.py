"""Where the applicant's and a representative's names, and the furigana, stand in a form or letter:
labelled lines ("氏名", "Name:", a representative's section), a name beside its seal, a
self-introduction, a closing formula, the sender's block above an address."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from inquiry_desk.intake.contacts import EMAIL
from inquiry_desk.intake.name_values import accepted, name_and_kana, signed, to_katakana
from inquiry_desk.intake.own_details import OwnContacts
from inquiry_desk.intake.text_lines import Line, nearest


@dataclass
class FoundNames:
    applicant: str = ""
    kana: str = ""  # katakana, as staff type furigana
    representative: str = ""
    representative_section: bool = False  # a form with a section for a representative


def _loose(*words: str) -> str:
    """Alternatives that also match tesseract's spaced-out form of each word (氏 名)."""
    spaced = (r"\s?".join(map(re.escape, word)) for word in sorted(words, key=len, reverse=True))
    return "(?:" + "|".join(spaced) + ")"


_LINE_START = r"^[\s|\[(【■・]*(?:\d{1,2}\s?[.)]\s*)?"
_KANA_WORD = _loose("フリガナ", "ふりがな", "よみがな", "カナ")
_KANA_NOTE = re.compile(r"フリガナ|ふりがな|カナ|かな|よみ")  # 氏名（フリガナ）
_JA_NAME_LABEL = re.compile(
    _LINE_START
    + rf"(?:(?P<applicant>{_loose('ご請求者', '請求者', '申請者', 'ご本人', '本人', '申出人')})"
    + rf"|(?P<rep>{_loose('代理人')}))?\s?(?:の\s?)?"
    + rf"(?:(?P<kana_first>{_KANA_WORD})\s?)?"
    + rf"(?:{_loose('ご氏名', '氏名', 'お名前', '御名前', '名前')}|(?P<kana>{_KANA_WORD}))"
    + r"\s?(?:\((?P<note>[^)]{1,8})\))?(?P<gap>\s*[:|]?\s*)(?P<value>.*)$"
)
# "氏名の変更", "お名前が違います": a label word in a sentence, not a label.  (Furigana may
# begin with any of these, so it is not checked so.)
_PARTICLE = re.compile(r"[をがはのにでともへや]")
_EN_NAME_LABEL = re.compile(
    r"^[\s|\[(]*(?:\d{1,2}\s?[.)]\s*)?(?:"
    r"(?P<rep>(?:representative|agent)(?:'s)?\s+(?:full\s+)?name|name\s+of\s+(?:the\s+)?(?:representative|agent))"
    r"|(?:full\s+|applicant'?s?\s+|your\s+|data\s+subject'?s?\s+)?name"
    r"(?:\s+of\s+(?:the\s+)?(?:applicant|data\s+subject))?|from|applicant)"
    r"(?:\s*:\s*|\s{2,})(?P<value>.*)$",
    re.I,
)
# A numbered or marked heading of a form: "2. 代理人（代理人によるご請求の場合のみ）".
_HEADING = re.compile(r"^\s*(?:\d{1,2}\s?[.)]|[【■◆])\s*\S")
_REP_HEADING = re.compile(r"代理人|representative|agent", re.I)
_CLOSING = re.compile(
    r"^\s*(?:yours\s+(?:sincerely|faithfully|truly)|sincerely(?:\s+yours)?|(?:kind|best|warm)\s+regards|"
    r"regards|best\s+wishes|respectfully(?:\s+yours)?|mit\s+freundlichen\s+grüßen|cordiali\s+saluti|"
    r"cordialement|atentamente|met\s+vriendelijke\s+groet(?:en)?)\s*[,.]?\s*(?P<value>.*)$",
    re.I,
)
_CJK_NAME_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ\u30a1-\u30fa\u30fc"
# "会員の山田花子と申します": the self-introduction of a Japanese letter.
_JA_INTRO = re.compile(
    rf"(?P<value>[{_CJK_NAME_CHARS}]{{2,8}}(?: [{_CJK_NAME_CHARS}]{{1,6}})?) ?と申(?:します|す者)"
)
# A name beside its seal: "山田 太郎 印" (NFKC has made ㊞ a plain 印).
_SEALED = re.compile(rf"^\s*(?P<value>[{_CJK_NAME_CHARS} ]{{2,20}}?)\s*[(\[]?印[)\]]?\s*$")


def find_names(lines: list[Line], own: OwnContacts, address: str) -> FoundNames:
    """The applicant's name (and furigana) and a representative's name in the text.

    Labelled lines of a form or letter come first ("氏名", "Name:", "From:"); without one, a
    name beside its seal, a self-introduction, the line after a closing formula or above the
    sender's address.  Fax headers are skipped: a station ID names a machine, not a person.
    """
    names = FoundNames()
    _labelled_names(lines, own, names)
    if not names.applicant:
        names.applicant = next(_unlabelled_names(lines, own, address), "")
    return names


def _labelled_names(lines: list[Line], own: OwnContacts, names: FoundNames) -> None:
    in_rep_section = False
    for index, line in enumerate(lines):
        text = line.text.strip()
        found = _label(text) if text and not line.header else None
        if found is None:
            if text and not line.header and _HEADING.match(text):
                in_rep_section = bool(_REP_HEADING.search(text))
                names.representative_section |= in_rep_section
            continue
        who, is_kana, value = found
        for_rep = who == "rep" or (who is None and in_rep_section)
        value_at = index
        if not value.strip():
            # The label alone, its value on the next line (a form's cells read row by row).
            below = nearest(lines, index, 1)
            after = lines[below].text.strip() if below is not None else ""
            if not after or _label(after) or _HEADING.match(after):
                continue
            value, value_at = after, below or index
        if is_kana:
            if not for_rep and not names.kana:
                names.kana = to_katakana(value)
            continue
        name, kana = name_and_kana(value, own)
        if for_rep and name:
            names.representative = names.representative or name
        elif name and not names.applicant:
            names.applicant = name
            names.kana = names.kana or kana or _kana_beside(lines, index, value_at)


def _label(text: str) -> tuple[str | None, bool, str] | None:
    """(whose, is furigana, value after the label) of a name label at the start of `text`."""
    if m := _JA_NAME_LABEL.match(text):
        who = "rep" if m.group("rep") else "applicant" if m.group("applicant") else None
        note = m.group("note") or ""
        is_kana = bool(m.group("kana") or m.group("kana_first") or _KANA_NOTE.search(note))
        if not is_kana and not m.group("gap") and _PARTICLE.match(m.group("value")):
            return None
        return who, is_kana, m.group("value")
    if m := _EN_NAME_LABEL.match(text):
        return ("rep" if m.group("rep") else None), False, m.group("value")
    return None


def _unlabelled_names(lines: list[Line], own: OwnContacts, address: str) -> Iterator[str]:
    """Candidates without a label, the more certain kinds first; only accepted ones."""
    texts = [line.text.strip() if not line.header else "" for line in lines]
    for text in texts:
        if (m := _SEALED.match(text)) and (name := accepted(m.group("value"), own)):
            yield name
    for text in texts:
        if (m := _JA_INTRO.search(text)) and (name := accepted(m.group("value"), own)):
            yield name
    for index, text in enumerate(texts):
        if m := _CLOSING.match(text):
            value = m.group("value")
            if not value and (below := nearest(lines, index, 1)) is not None:
                value = texts[below]
            if signed(value) and (name := accepted(value, own)):
                yield name
    address = unicodedata.normalize("NFKC", address)
    for index, text in enumerate(texts):
        # A letter's sender block: the name on the line above the address or the email.
        if index and (EMAIL.search(text) or "〒" in text or (address and address in text)):
            above = next((t for t in reversed(texts[max(0, index - 2) : index]) if t), "")
            if signed(above) and (name := accepted(above, own)):
                yield name


def _kana_beside(lines: list[Line], label_at: int, value_at: int) -> str:
    """Unlabelled furigana written on the line above or below the name."""
    for near in (nearest(lines, min(label_at, value_at), -1), nearest(lines, max(label_at, value_at), 1)):
        beside = lines[near].text.strip() if near is not None else ""
        if beside and not _label(beside) and (kana := to_katakana(beside)):
            return kana
    return ""
