"""The demo's data held: an order history per disclosure or access request, as the shop system
exports it (CP932 for Japanese applicants, UTF-8 for the others), with one gift sent to someone
else — the row staff would redact — so that the "Data held" tab, the enclosure and the
machine-readable copy have something real to show."""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Sequence

from sqlalchemy import select

from inquiry_desk.domain.enums import Outcome, RequestType
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.store.models import Case

WANTS_DATA = frozenset({RequestType.DISCLOSURE, RequestType.ACCESS, RequestType.PORTABILITY})
_PRODUCTS_JA = [
    "抹茶ラテ　スティック 30本入",
    "有田焼 湯呑み",
    "ほうじ茶ティーバッグ 50袋",
    "南部鉄器 急須 0.65L",
]
_PRODUCTS_EN = [
    "Matcha latte sticks x30",
    "Arita ware teacup",
    "Hojicha tea bags x50",
    "Nambu cast-iron teapot",
]
_HEADER_JA = [
    "注文番号",
    "注文日時",
    "商品名",
    "数量",
    "金額（円）",
    "配送先氏名",
    "配送先住所",
    "ステータス",
]
_HEADER_EN = [
    "order_no",
    "ordered_at",
    "product",
    "qty",
    "amount_jpy",
    "ship_to_name",
    "ship_to_address",
    "status",
]


def order_history(rng: random.Random, applicant: PartyData, japanese: bool, gift_to: PartyData) -> bytes:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(_HEADER_JA if japanese else _HEADER_EN)
    products = _PRODUCTS_JA if japanese else _PRODUCTS_EN
    count = rng.randint(5, 12)
    gift = rng.randrange(count)
    for i in range(count):
        to = gift_to if i == gift else applicant
        status = rng.choice(["配達完了", "返品済み"] if japanese else ["delivered", "returned"])
        year, month, day = 2023 + i // 6, rng.randrange(1, 13), rng.randrange(1, 29)
        writer.writerow(
            [
                f"ZP-{year}{month:02d}{day:02d}-{rng.randrange(10000):04d}",
                f"{year}/{month:02d}/{day:02d} {rng.randrange(24):02d}:{rng.randrange(60):02d}",
                rng.choice(products)
                + ("（ギフト包装）" if i == gift and japanese else " (gift)" if i == gift else ""),
                rng.randint(1, 3),
                f"{rng.randrange(900, 15000):,}",
                to.name,
                " ".join(to.address_lines),
                status,
            ]
        )
    text = buf.getvalue()
    return text.encode("cp932") if japanese else text.encode("utf-8")


def add_data_held(
    app: App, actor: Actor, cases: Sequence[tuple[str, PartyData, bool, list[RequestType]]], seed: int
) -> None:
    """Only for requests that ask for the data; a separate generator keeps the demo's other
    random choices as they were."""
    rng = random.Random(seed + 15)
    # A case answered "no data held" must not show data held: a demo that contradicts itself
    # teaches the wrong thing.
    with app.db.read() as session:
        none_held = set(session.scalars(select(Case.ref).where(Case.outcome == Outcome.NO_DATA_HELD.value)))
    for ref, applicant, japanese, types in cases:
        if not WANTS_DATA & set(types) or ref in none_held:
            continue
        # A friend in the same country: a CP932 export cannot hold a Polish street name either.
        people = [p for _, p, ja, _ in cases if ja == japanese and p.name != applicant.name]
        gift_to = rng.choice(people) if people else applicant
        name = "shop-orders.csv"
        app.records.add(actor, ref, name, order_history(rng, applicant, japanese, gift_to))
