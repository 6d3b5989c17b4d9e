"""The erasure check runs in a child process, never in the process that has the database open.

The check reads the database file, its WAL, journal and shared-memory file as raw bytes.
On POSIX, closing *any* descriptor of a file drops every lock the process holds on that
file (SQLite's "How To Corrupt An SQLite Database File", section 2.2). Had the window
opened and closed those files itself, another process would next believe it was the last
connection, fold the WAL into the main file and delete it, and the window would go on
committing into a deleted file: lost writes without a word. A child process has no
connections, so its opens and closes touch nobody's locks.

The values to look for travel to the child through a pipe only (never a file or the
command line, which other users can read in the process list), and the child answers with
counts and file names, never with a value.

Run as ``python -m inquiry_desk.services.purge.scan_child``; a frozen build runs itself
with ``CHILD_ARG`` (see ``inquiry_desk.cli.main``).
"""

from __future__ import annotations

import json
import struct
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from inquiry_desk.services.purge.scan import WATCH_FOLDER, PatternSet, PlaceResult, ScanResult, scan_paths

CHILD_ARG = "--erasure-check-child"
_LENGTH = struct.Struct(">I")
# A check over a large data folder reads at hundreds of MB/s; this only bounds a hung child.
TIMEOUT_S = 3600


def child_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_ARG]
    return [sys.executable, "-m", "inquiry_desk.services.purge.scan_child"]


def _encode_request(
    roots: Iterable[Path],
    pset: PatternSet,
    relative_to: Path | None,
    places: Sequence[tuple[str, Path]] = (),
    place_pset: PatternSet | None = None,
) -> bytes:
    header = json.dumps(
        {
            "roots": [str(r) for r in roots],
            "relative_to": str(relative_to) if relative_to else None,
            "places": [[location, str(root)] for location, root in places],
            "place_patterns": -1 if place_pset is None else len(place_pset.patterns),
            "values": pset.values,
            "skipped_short": pset.skipped_short,
            "patterns": len(pset.patterns),
        }
    ).encode()
    parts = [_LENGTH.pack(len(header)), header]
    for pattern in pset.patterns:
        parts += [_LENGTH.pack(len(pattern)), pattern]
    for pattern in place_pset.patterns if place_pset is not None else ():
        parts += [_LENGTH.pack(len(pattern)), pattern]
    return b"".join(parts)


def _read_exact(stream: BinaryIO, size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise EOFError("the erasure check's request was cut short")
    return data


def _read_chunk(stream: BinaryIO) -> bytes:
    (size,) = _LENGTH.unpack(_read_exact(stream, _LENGTH.size))
    return _read_exact(stream, size)


@dataclass(frozen=True)
class _Request:
    roots: list[Path]
    pset: PatternSet
    relative_to: Path | None
    places: list[tuple[str, Path]]
    place_pset: PatternSet | None


def _decode_request(stream: BinaryIO) -> _Request:
    header = json.loads(_read_chunk(stream))
    pset = PatternSet(values=int(header["values"]), skipped_short=int(header["skipped_short"]))
    pset.patterns = [_read_chunk(stream) for _ in range(int(header["patterns"]))]
    relative = Path(header["relative_to"]) if header["relative_to"] else None
    places = [(str(location), Path(root)) for location, root in header.get("places", [])]
    place_pset: PatternSet | None = None
    if int(header.get("place_patterns", -1)) >= 0:
        place_pset = PatternSet()
        place_pset.patterns = [_read_chunk(stream) for _ in range(int(header["place_patterns"]))]
    return _Request([Path(r) for r in header["roots"]], pset, relative, places, place_pset)


def _failed(pset: PatternSet, problem: str, places: Sequence[tuple[str, Path]] = ()) -> ScanResult:
    return ScanResult(
        values=pset.values,
        patterns=len(pset.patterns),
        skipped_short=pset.skipped_short,
        files=0,
        bytes_scanned=0,
        hits=0,
        error=problem,
        places=tuple(PlaceResult(WATCH_FOLDER, location, error="not_checked") for location, _ in places),
    )


def scan_paths_in_child(
    roots: Iterable[Path],
    pset: PatternSet,
    *,
    relative_to: Path | None = None,
    places: Sequence[tuple[str, Path]] = (),
    place_pset: PatternSet | None = None,
) -> ScanResult:
    """`scan_paths` in a child process. A child that cannot run makes the check fail, not pass."""
    request = _encode_request(roots, pset, relative_to, places, place_pset)
    try:
        proc = subprocess.run(
            child_command(), input=request, capture_output=True, timeout=TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return _failed(pset, f"the erasure check could not run: {type(exc).__name__}", places)
    if proc.returncode != 0:
        return _failed(pset, f"the erasure check stopped with exit code {proc.returncode}", places)
    try:
        answer = json.loads(proc.stdout)
        return ScanResult(
            values=int(answer["values"]),
            patterns=int(answer["patterns"]),
            skipped_short=int(answer["skipped_short"]),
            files=int(answer["files"]),
            bytes_scanned=int(answer["bytes_scanned"]),
            hits=int(answer["hits"]),
            hit_files=tuple(str(f) for f in answer["hit_files"]),
            places=tuple(PlaceResult.from_json(p) for p in answer.get("places", [])),
        )
    except (ValueError, KeyError, TypeError):
        return _failed(pset, "the erasure check gave no readable answer", places)


def child_main() -> int:
    req = _decode_request(sys.stdin.buffer)
    result = scan_paths(
        req.roots, req.pset, relative_to=req.relative_to, places=req.places, place_pset=req.place_pset
    )
    sys.stdout.write(json.dumps(result.to_json()))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(child_main())
