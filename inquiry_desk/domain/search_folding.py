"""How a search text and a name are folded so that staff find people as they type them.

A name is written one way on the applicant's form (髙橋, 渡邊, 山﨑, 齋藤) and typed another
way by staff, whose input method offers the common form first (高橋, 渡辺, 山崎, 斎藤). Both
sides go through `fold`, and the register compares the folded texts:

* old forms (旧字体) and variants (異体字) become the everyday form, with `jpnorm`'s tables
  (maintained, MIT/Apache, a Rust core with wheels for Linux, Windows and macOS; of the
  other packages, `ja-itaiji`'s families are too wide for a search, 澤 with 途 and 濱 with
  頻, and `ja-cvu-normalizer` maps 﨑 to 埼 and leaves 邊 and 澤 alone): 髙→高,
  﨑→崎, 邊/邉→辺, 齋→斎, 齊→斉, 濱/濵→浜, 澤→沢, 廣→広, 國→国, 櫻→桜, 𠮷→吉…; NFKC on
  the way (compatibility ideographs, full-width ASCII, half-width kana) and variation
  selectors (葛󠄀 with an IVS) dropped;
* `_NAME_CONFUSIONS`, a short table of our own for pairs that are *different* characters
  to jpnorm (rightly, as characters) but that people use for one another in surnames:
  斉藤/斎藤 are the same family name to every clerk who has had to find one;
* hiragana and katakana fold together, half-width kana become full-width, and case folds;
* spaces, ASCII and 全角, are dropped: "高橋美咲" finds "髙橋 美咲" and the other way
  round; where one field ends and the next begins is kept by the caller (`FIELD_BREAK`).
"""

from __future__ import annotations

import jpnorm

# One normaliser, built once: the flags are read at construction. Everything is done in its
# Rust core (NFKC takes full-width ASCII to ASCII and every width of space to " "), which
# is three times faster than jaconv's passes over a register of names.
_VARIANTS = jpnorm.Normalizer(
    "none",
    nfkc=True,
    kyujitai_to_shinjitai=True,
    unify_itaiji=True,
    remove_variation_selectors=True,
    remove_zero_width=True,
    halfwidth_kana_to_fullwidth=True,
    kana="hira_to_kata",
)

# Distinct characters that are one surname in practice (after jpnorm: 齋→斎, 齊→斉).
_NAME_CONFUSIONS = (("斉", "斎"),)

# What separates the fields of one case in the folded text searched: a character that no
# typed search contains (`fold` removes it), so that a search never spans two fields.
FIELD_BREAK = "\n"


def fold(text: str) -> str:
    """`text` as the register compares it: variants, kana, width, case and spaces folded."""
    return _fold(text).replace(FIELD_BREAK, "")


def fold_fields(*fields: str) -> str:
    """Several fields of one record folded, kept apart by FIELD_BREAK.

    Folded as one text (every step leaves FIELD_BREAK as it is): one pass instead of one
    per field halves the time of building the register's index of open cases."""
    return _fold(FIELD_BREAK.join(f.replace(FIELD_BREAK, " ") for f in fields if f))


def _fold(text: str) -> str:
    text = _VARIANTS.normalize(text).casefold()
    for variant, usual in _NAME_CONFUSIONS:
        text = text.replace(variant, usual)
    # After NFKC every space (全角 U+3000, no-break, thin) is " ": none is part of a name.
    return text.replace(" ", "").replace("\t", "")
