"""The CLI's JSON is exactly what json.dumps(indent=2, ensure_ascii=False) writes, only faster."""

from __future__ import annotations

import json
import random
from datetime import date

import pytest

from inquiry_desk.cli.runner import dumps_indented
from inquiry_desk.domain.enums import CaseState


def _random_value(rng: random.Random, depth: int = 0) -> object:
    kinds = ["str", "int", "float", "none", "bool"] + (["list", "dict"] if depth < 3 else [])
    kind = rng.choice(kinds)
    if kind == "str":
        return "".join(rng.choice('ab"\\\n\t\x01é山田𠮷 \u2028') for _ in range(rng.randint(0, 6)))
    if kind == "int":
        return rng.randint(-(10**12), 10**12)
    if kind == "float":
        return rng.choice([0.0, -1.5, 1e300, 3.141592653589793, float("nan"), float("inf")])
    if kind == "none":
        return None
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "list":
        return [_random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    keys: list[object] = ["ref", "状態", "", 1, 2.5, True, None, 'a"b']
    return {rng.choice(keys): _random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))}


@pytest.mark.parametrize("seed", range(200))
def test_the_same_text_as_json_dumps(seed: int) -> None:
    value = _random_value(random.Random(seed))
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_register_rows_enums_tuples_and_empties() -> None:
    rows = [
        {"ref": "PI-2026-0001", "state": CaseState.RECEIVED.value, "due": date(2026, 1, 2).isoformat()},
        {"request_types": [], "assignee": None, "warnings": 0, "damaged": False, "nested": {}},
        {"types": ("access", "erasure"), "state": CaseState.CLOSED},
    ]
    for value in (rows, [], {}, "", 0, None):
        assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_what_json_refuses_is_refused() -> None:
    with pytest.raises(TypeError):
        dumps_indented({"when": date(2026, 1, 2)})
    with pytest.raises(TypeError):
        dumps_indented({(1, 2): "tuple key"})
