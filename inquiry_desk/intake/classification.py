"""What an inquiry is: its kind (request, complaint, consultation, question), the request types
it names and its language.

Some phrases are consumed once matched so that, for example, "disclosure of the records of
provision to third parties" suggests the records request and not also a plain disclosure.
"""

from __future__ import annotations

import re

from inquiry_desk.domain.enums import CaseKind, Language
from inquiry_desk.domain.enums import RequestType as R

# (request type, pattern, consume): earlier, more specific patterns first.
_REQUEST_PATTERNS: list[tuple[R, re.Pattern[str], bool]] = [
    (
        R.THIRD_PARTY_PROVISION_RECORDS,
        re.compile(
            r"第三者提供(?:の|に係る)?記録|(?:disclos\w*|copy)\s+(?:of\s+)?(?:the\s+)?records?\s+of\s+"
            r"(?:the\s+)?provision|records?\s+of\s+(?:the\s+)?provision[^.。]{0,60}third[\s-]+part",
            re.I,
        ),
        True,
    ),
    (
        R.SUSPEND_THIRD_PARTY_PROVISION,
        re.compile(
            r"第三者(?:へ|に)?の?提供(?:の|を)?(?:停止|中止|やめ)|(?:stop|suspen[ds]|cease|halt)\w*\s+"
            # The noun form too: "suspension of the provision of my data to third parties".
            r"(?:of\s+)?(?:the\s+)?(?:provi\w+|shar\w+|giv\w+|transfer\w*)[^.。]{0,60}third[\s-]+part",
            re.I,
        ),
        True,
    ),
    (
        R.WITHDRAW_CONSENT,
        re.compile(r"(?:withdraw\w*|revok\w*)\s+(?:my\s+|the\s+)?consent|同意の?撤回", re.I),
        True,
    ),
    (R.PURPOSE_OF_USE, re.compile(r"利用目的|purposes?\s+of\s+use", re.I), True),
    (R.SUSPENSION_OF_USE, re.compile(r"利用(?:の)?停止|suspen\w+\s+(?:of\s+)?(?:the\s+)?use", re.I), True),
    (
        R.ACCESS,
        re.compile(
            r"\b(?:subject\s+)?access\s+(?:to\s+my|request)|right\s+of\s+access|\bart(?:icle|\.)?\s*15\b|"
            r"copy\s+of\s+(?:all\s+)?(?:the\s+)?(?:my\s+)?(?:personal\s+)?(?:data|information)|"
            r"what\s+(?:personal\s+)?(?:data|information)\s+you\s+(?:have|hold|keep|store)",
            re.I,
        ),
        False,
    ),
    (R.DISCLOSURE, re.compile(r"開示|\bdisclos(?:e|ure)\s+(?:of\s+)?(?:my|all|the)", re.I), False),
    (R.RECTIFICATION, re.compile(r"rectif\w+|\bart(?:icle|\.)?\s*16\b", re.I), False),
    (R.CORRECTION, re.compile(r"訂正|\bcorrect(?:ion|ed)?\b", re.I), False),
    (
        R.ADDITION,
        re.compile(r"(?:情報|データ|住所)?の?追加を|\badd\s+(?:my|the)\s+\w+\s+to\s+my\s+record", re.I),
        False,
    ),
    (R.DELETION, re.compile(r"削除", re.I), False),
    (R.ELIMINATION, re.compile(r"消去", re.I), False),
    (
        R.ERASURE,
        re.compile(
            r"\b(?:eras(?:e|ure)|delet(?:e|ion)|right\s+to\s+be\s+forgotten|art(?:icle|\.)?\s*17\b)|"
            r"remove\s+(?:all\s+)?(?:of\s+)?my\s+(?:personal\s+)?(?:data|information)",
            re.I,
        ),
        False,
    ),
    (
        R.RESTRICTION,
        re.compile(
            r"\brestrict\w*|stop\s+processing|limit\w*\s+(?:the\s+)?processing|\bart(?:icle|\.)?\s*18\b", re.I
        ),
        False,
    ),
    (
        R.OBJECTION,
        re.compile(r"\bobject(?:ion)?\s+to\b|\bobject\b|異議|\bart(?:icle|\.)?\s*21\b", re.I),
        False,
    ),
    (R.PORTABILITY, re.compile(r"portab\w+|machine[\s-]readable|\bart(?:icle|\.)?\s*20\b", re.I), False),
]
_COMPLAINT = re.compile(r"complain\w*|苦情|クレーム", re.I)
_QUESTION = re.compile(r"\?|？|質問|教えて(?!ください)|ご相談|相談", re.I)
_CONSULTATION = re.compile(r"相談|consult\w*|advice", re.I)
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def request_types(text: str) -> list[R]:
    found: list[R] = []
    for rtype, pattern, consume in _REQUEST_PATTERNS:
        if pattern.search(text):
            if rtype not in found:
                found.append(rtype)
            if consume:
                text = pattern.sub(" ", text)
    return found


def language_of(text: str) -> Language | None:
    # One kanji or kana carries about as much as three Latin letters.
    japanese = len(_JAPANESE.findall(text))
    latin = len(re.findall(r"[A-Za-z]", text))
    if japanese >= 8 and japanese * 3 >= latin:
        return Language.JA
    if latin >= 3:
        return Language.EN
    return Language.JA if japanese else None


def kind_of(text: str, has_requests: bool) -> CaseKind:
    if _COMPLAINT.search(text):
        return CaseKind.COMPLAINT
    if has_requests:
        return CaseKind.REQUEST
    if _CONSULTATION.search(text):
        return CaseKind.CONSULTATION
    if _QUESTION.search(text):
        return CaseKind.QUESTION
    return CaseKind.REQUEST  # most of what the department receives; staff may change it
