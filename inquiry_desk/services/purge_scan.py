"""The erasure check's scanner: are any of these values still readable on disk?

The purged case's values are held in memory only while the check runs. Each value is
encoded the ways a Japanese office's software may have written it (UTF-8, UTF-16 either
byte order, Shift_JIS, EUC-JP, ISO-2022-JP); raw byte windows of attachments are
searched as they are.

Thousands of patterns over a database file of many megabytes rule out one `find` per
pattern. Instead a q-gram filter: every pattern is at least MIN_PATTERN bytes long, so
every occurrence contains a GRAM-byte slice starting at a multiple of STRIDE; only those
positions of the file are looked up in a dictionary of the patterns' grams, and the few
candidates are verified byte for byte. It is exact (no occurrence is missed), pure
Python, and reads each file once through mmap.
"""

from __future__ import annotations

import mmap
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ENCODINGS: tuple[str, ...] = ("utf-8", "utf-16-le", "utf-16-be", "shift_jis", "euc-jp",
                              "iso-2022-jp")
# Shorter patterns would match random ciphertext by chance (a 5-byte pattern turns up
# about once per TB; thousands of them over a large database would raise false alarms).
MIN_PATTERN = 6
GRAM = 4
STRIDE = MIN_PATTERN - GRAM + 1  # any window of MIN_PATTERN bytes contains an aligned gram
# A multiple of STRIDE, so that positions stay aligned across blocks.
_BLOCK = STRIDE * (1 << 21)


@dataclass(frozen=True)
class ScanResult:
    """Counts only: the values themselves never leave memory, not even into this result."""

    values: int
    patterns: int
    skipped_short: int  # value/encoding pairs too short to search without false alarms
    files: int
    bytes_scanned: int
    hits: int
    hit_files: tuple[str, ...] = ()  # file names relative to the scanned folder (not personal)

    @property
    def passed(self) -> bool:
        return self.hits == 0

    def to_json(self) -> dict[str, object]:
        return {"passed": self.passed, "values": self.values, "patterns": self.patterns,
                "skipped_short": self.skipped_short, "files": self.files,
                "bytes_scanned": self.bytes_scanned, "hits": self.hits,
                "hit_files": list(self.hit_files)}


def encode_all(value: str) -> set[bytes]:
    out: set[bytes] = set()
    for encoding in ENCODINGS:
        try:
            out.add(value.encode(encoding))
        except UnicodeEncodeError:
            continue  # e.g. a European name with ø has no Shift_JIS form, so cannot be there
    return out


@dataclass
class PatternSet:
    patterns: list[bytes] = field(default_factory=list)
    values: int = 0
    skipped_short: int = 0
    _seen: set[bytes] = field(default_factory=set)

    def add_text(self, value: str) -> None:
        value = value.strip()
        if not value:
            return
        self.values += 1
        for pattern in encode_all(value):
            self._add(pattern)

    def add_bytes(self, window: bytes) -> None:
        self.values += 1
        self._add(window)

    def _add(self, pattern: bytes) -> None:
        if len(pattern) < MIN_PATTERN:
            self.skipped_short += 1
        elif pattern not in self._seen:
            self._seen.add(pattern)
            self.patterns.append(pattern)


def distinctive_windows(data: bytes, count: int = 3, size: int = 32) -> list[bytes]:
    """A few slices of a file's content that are unlikely to occur by chance elsewhere.

    Headers are skipped (every PNG starts alike) and runs of few distinct bytes (padding,
    blank scan lines) are passed over, so a hit means this file's content is still there.
    """
    if len(data) < 96:
        return [data] if len(data) >= 16 else []
    windows: list[bytes] = []
    for k in range(1, count + 1):
        pos = max(64, len(data) * k // (count + 1))
        while pos + size <= len(data):
            window = data[pos:pos + size]
            if len(set(window)) >= 12:
                windows.append(window)
                break
            pos += size
    return windows


def _gram_index(patterns: list[bytes]) -> dict[bytes, list[tuple[int, int]]]:
    index: dict[bytes, list[tuple[int, int]]] = {}
    for pid, pattern in enumerate(patterns):
        # The first aligned position inside an occurrence is 0..STRIDE-1 bytes into it, and
        # still leaves a whole gram inside (len >= MIN_PATTERN): those offsets suffice.
        for offset in range(min(STRIDE, len(pattern) - GRAM + 1)):
            index.setdefault(pattern[offset:offset + GRAM], []).append((pid, offset))
    return index


def _scan_buffer(buf: bytes | mmap.mmap, index: dict[bytes, list[tuple[int, int]]],
                 patterns: list[bytes]) -> set[int]:
    """Ids of the patterns found in ``buf``."""
    found: set[int] = set()
    size = len(buf)
    for block_start in range(0, size, _BLOCK):
        # Read a block plus enough to finish any gram that starts inside it.
        block_end = min(size, block_start + _BLOCK)
        block = buf[block_start:min(size, block_end + GRAM - 1)]
        limit = block_end - block_start
        get = index.get
        for i in range(0, limit, STRIDE):
            entries = get(block[i:i + GRAM])
            if entries is None:
                continue
            at = block_start + i
            for pid, offset in entries:
                if pid in found:
                    continue
                start = at - offset
                pattern = patterns[pid]
                if start >= 0 and buf[start:start + len(pattern)] == pattern:
                    found.add(pid)
    return found


def scan_bytes(data: bytes, patterns: list[bytes]) -> set[int]:
    return _scan_buffer(data, _gram_index(patterns), patterns)


def _files(roots: Iterable[Path]) -> Iterator[Path]:
    seen: set[Path] = set()
    for root in roots:
        candidates = [root] if root.is_file() else (sorted(root.rglob("*")) if root.is_dir() else [])
        for path in candidates:
            if path.is_file() and not path.is_symlink() and path not in seen:
                seen.add(path)
                yield path


def scan_paths(roots: Iterable[Path], pset: PatternSet, *, relative_to: Path | None = None) -> ScanResult:
    """Scan every regular file under ``roots`` (folders recursively, files as given)."""
    patterns = pset.patterns
    index = _gram_index(patterns)
    files = 0
    total = 0
    hits = 0
    hit_files: list[str] = []
    for path in _files(roots):
        try:
            with open(path, "rb") as handle:
                size = handle.seek(0, 2)
                files += 1
                total += size
                if size == 0 or not patterns:
                    continue
                with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as view:
                    found = _scan_buffer(view, index, patterns)
        except OSError:
            continue  # a file vanishing mid-scan (SQLite's -shm) holds nothing to find
        if found:
            hits += len(found)
            name = path.relative_to(relative_to) if relative_to and path.is_relative_to(relative_to) \
                else Path(path.name)
            hit_files.append(name.as_posix())
    return ScanResult(values=pset.values, patterns=len(patterns), skipped_short=pset.skipped_short,
                      files=files, bytes_scanned=total, hits=hits, hit_files=tuple(hit_files))
