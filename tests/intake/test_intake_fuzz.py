"""Random and mutated bytes never raise anything but UnreadableInput."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inquiry_desk.intake import UnreadableInput, parse_bytes, parse_file

from .conftest import SAMPLES

_SEEDS = (
    [p.read_bytes() for p in sorted((SAMPLES / "inbox").glob("*")) if p.stat().st_size < 60_000]
    if (SAMPLES / "inbox").is_dir()
    else [b"From: a@b\r\n\r\nx"]
)


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(_SEEDS)))
    for _ in range(draw(st.integers(0, 8))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[pos] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[pos:]
        elif op == "insert":
            data[pos:pos] = draw(
                st.sampled_from(
                    [
                        b"\r\n",
                        b"--",
                        b"=?",
                        b"?=",
                        b"\x1b$B",
                        b"\x00",
                        b"boundary=",
                        b"base64",
                        b"\r\n\r\n",
                        b"%PDF-",
                    ]
                )
            )
        elif data:
            del data[pos : pos + draw(st.integers(1, 64))]
    return bytes(data)


def _check(data: bytes) -> None:
    try:
        inquiry = parse_bytes(data)
    except UnreadableInput as exc:
        assert exc.reason and "\n" not in exc.reason
    else:
        inquiry.close()


@pytest.mark.filterwarnings("ignore:Generating overly large repr")  # repr cost, not a defect
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_samples(data: bytes) -> None:
    _check(data)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=4096))
def test_random_bytes(data: bytes) -> None:
    _check(data)


@pytest.mark.filterwarnings("ignore:Generating overly large repr")  # repr cost, not a defect
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_files_including_the_streaming_path(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input"
        path.write_bytes(data)
        try:
            inquiry = parse_file(path, large_email=0)
        except UnreadableInput as exc:
            assert exc.reason
        else:
            inquiry.close()
