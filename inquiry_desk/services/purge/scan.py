"""The erasure check's scanner: are any of these values still readable on disk?

The purged case's values are held in memory only while the check runs. Each value is
encoded the ways a Japanese office's software may have written it (UTF-8, UTF-16 either
byte order, Shift_JIS, EUC-JP, ISO-2022-JP); raw byte windows of attachments are
searched as they are.

Tens of thousands of patterns over a database file of many megabytes rule out one
`find` per pattern. An Aho–Corasick automaton (ahocorasick-rs, in Rust) reads each file
once, through mmap in overlapping views, and reports every pattern at every position:
exact, and at hundreds of MB/s (the q-gram filter in Python it replaces read ~20 MB/s;
pyahocorasick, measured on the same patterns, 55–85 MB/s).

Besides the data folder, the check reads every place outside it where the app wrote or
moved a file (a `PlaceResult` each): the watched folder, ``processed/`` and ``rejected/``
included, and the mailbox folders the importer filed messages in. An email there is read
as it is and also decoded (headers, base64 and quoted-printable parts), since a name in
a base64 body is not in the raw bytes. What the purge erased in each place, and what it
could not yet, travels in the same record, so the receipt says per place what was done.
"""

from __future__ import annotations

import dataclasses
import email
import email.policy
import mmap
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from email.header import decode_header, make_header
from pathlib import Path
from typing import Any

import ahocorasick_rs

ENCODINGS: tuple[str, ...] = ("utf-8", "utf-16-le", "utf-16-be", "shift_jis", "euc-jp", "iso-2022-jp")
# Shorter patterns would match random ciphertext by chance (a 5-byte pattern turns up
# about once per TB; thousands of them over a large database would raise false alarms).
MIN_PATTERN = 6
# Bytes per view of a file handed to the matcher: large enough that the per-call overhead
# vanishes, small enough that a match list or a page-in burst stays small.
_BLOCK = 16 << 20
# Above this many bytes to read per pattern, the DFA's faster reading repays its build.
_DFA_BYTES_PER_PATTERN = 4096


WATCH_FOLDER = "watch_folder"
MAILBOX = "mailbox"


@dataclass(frozen=True)
class PlaceResult:
    """One place outside the data folder where the app wrote or moved files: what the purge
    erased there and what the check read. Counts, folder names and UIDs only, never a value
    nor a file name that came from outside (those may be a person's).

    ``error`` is a short code (see services/purge/originals.py for the words): the place
    could not be read, or an original in it could not be erased yet."""

    kind: str  # WATCH_FOLDER or MAILBOX
    location: str  # the folder's path; "user@host:port/Folder" for a mailbox folder
    scanned: bool = False  # read for the purged values (only a run that purged cases has them)
    items: int = 0  # files or messages read
    bytes_scanned: int = 0
    hits: int = 0
    hit_items: tuple[str, ...] = ()  # sub-folders ("rejected/") or "UID 17", not file names
    erased: int = 0  # originals of purged cases erased now
    absent: int = 0  # originals that were no longer where the import left them
    pending: int = 0  # originals not erased yet: the next purge run tries again
    error: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        return self.kind, self.location

    @property
    def passed(self) -> bool:
        return self.hits == 0 and self.pending == 0 and self.error is None

    def merged(self, other: PlaceResult) -> PlaceResult:
        """The same place as erased and as checked: one record."""
        return PlaceResult(
            self.kind,
            self.location,
            self.scanned or other.scanned,
            self.items + other.items,
            self.bytes_scanned + other.bytes_scanned,
            self.hits + other.hits,
            tuple(dict.fromkeys(self.hit_items + other.hit_items)),
            self.erased + other.erased,
            self.absent + other.absent,
            self.pending + other.pending,
            self.error or other.error,
        )

    def to_json(self) -> dict[str, object]:
        return {**dataclasses.asdict(self), "hit_items": list(self.hit_items), "passed": self.passed}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PlaceResult:
        names = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in names}
        values["hit_items"] = tuple(str(x) for x in values.get("hit_items", ()))
        return cls(**values)


def merge_places(*groups: Iterable[PlaceResult]) -> tuple[PlaceResult, ...]:
    """One record per place, in the order the places first appear."""
    out: dict[tuple[str, str], PlaceResult] = {}
    for group in groups:
        for place in group:
            out[place.key] = out[place.key].merged(place) if place.key in out else place
    return tuple(out.values())


@dataclass(frozen=True)
class ScanResult:
    """Counts only: the values themselves never leave memory, not even into this result.

    ``files``, ``bytes_scanned``, ``hits`` and ``hit_files`` are the data folder's and the
    database files'; ``places`` the rest. It passes only if every place passes too."""

    values: int
    patterns: int
    skipped_short: int  # value/encoding pairs too short to search without false alarms
    files: int
    bytes_scanned: int
    hits: int
    hit_files: tuple[str, ...] = ()  # file names relative to the scanned folder (not personal)
    error: str | None = None  # the check could not run: it did not pass
    places: tuple[PlaceResult, ...] = ()

    @property
    def passed(self) -> bool:
        return self.hits == 0 and self.error is None and all(p.passed for p in self.places)

    @property
    def total_hits(self) -> int:
        return self.hits + sum(p.hits for p in self.places)

    @property
    def total_bytes(self) -> int:
        return self.bytes_scanned + sum(p.bytes_scanned for p in self.places)

    def with_places(self, *groups: Iterable[PlaceResult]) -> ScanResult:
        return dataclasses.replace(self, places=merge_places(self.places, *groups))

    @classmethod
    def nothing_scanned(cls, places: Iterable[PlaceResult] = ()) -> ScanResult:
        """A run that purged no case but erased (or tried to) originals of earlier ones."""
        return cls(0, 0, 0, 0, 0, 0, places=merge_places(places))

    def to_json(self) -> dict[str, object]:
        return {
            "passed": self.passed,
            "values": self.values,
            "patterns": self.patterns,
            "skipped_short": self.skipped_short,
            "files": self.files,
            "bytes_scanned": self.bytes_scanned,
            "hits": self.hits,
            "hit_files": list(self.hit_files),
            **({"error": self.error} if self.error else {}),
            "places": [p.to_json() for p in self.places],
        }


def encode_all(value: str) -> set[bytes]:
    if value.isascii():
        # ASCII is the same bytes in UTF-8, Shift_JIS, EUC-JP and ISO-2022-JP (which starts
        # in ASCII): three encodings give every form. Most values are (emails, numbers).
        ascii_bytes = value.encode("ascii")
        return {ascii_bytes, value.encode("utf-16-le"), value.encode("utf-16-be")}
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
            window = data[pos : pos + size]
            if len(set(window)) >= 12:
                windows.append(window)
                break
            pos += size
    return windows


def _automaton(patterns: list[bytes], haystack_bytes: int) -> ahocorasick_rs.BytesAhoCorasick:
    # The DFA reads about twice as fast but takes about 7 µs per pattern to build: worth it
    # only when there is much to read for the patterns there are.
    dfa = haystack_bytes > _DFA_BYTES_PER_PATTERN * len(patterns)
    kind = ahocorasick_rs.Implementation.DFA if dfa else ahocorasick_rs.Implementation.ContiguousNFA
    return ahocorasick_rs.BytesAhoCorasick(patterns, implementation=kind)


def _scan_buffer(buf: bytes | mmap.mmap, matcher: ahocorasick_rs.BytesAhoCorasick, overlap: int) -> set[int]:
    """Ids of the patterns found in ``buf``, read in _BLOCK-sized views that overlap by
    ``overlap`` bytes (the longest pattern less one), so an occurrence across a boundary
    lies whole in one of them. Views, not copies: a large file is never held twice."""
    found: set[int] = set()
    size = len(buf)
    step = max(_BLOCK, overlap + 1)
    with memoryview(buf) as view:
        for start in range(0, max(size - overlap, 1), step):
            with view[start : min(size, start + step + overlap)] as part:
                # Overlapping: every pattern at a place, not only the first one that ends there.
                found.update(pid for pid, _, _ in matcher.find_matches_as_indexes(part, overlapping=True))
    return found


def scan_bytes(data: bytes, patterns: list[bytes]) -> set[int]:
    return Scanner(patterns).find(data)


class Scanner:
    """The patterns' automaton, built on first use (a place with nothing to read costs
    nothing) and kept for many files or messages. ``expected_bytes``, what there is to
    read, chooses the automaton that makes the whole check quickest."""

    def __init__(self, patterns: list[bytes], expected_bytes: int = 0) -> None:
        self.patterns = patterns
        self._expected = expected_bytes
        self._overlap = max((len(p) for p in patterns), default=1) - 1
        self._matcher: ahocorasick_rs.BytesAhoCorasick | None = None

    def find(self, buf: bytes | mmap.mmap) -> set[int]:
        if not self.patterns or len(buf) == 0:
            return set()
        if self._matcher is None:
            self._matcher = _automaton(self.patterns, self._expected)
        return _scan_buffer(buf, self._matcher, self._overlap)

    def find_in_mail(self, raw: bytes) -> set[int]:
        """A message as it is, and decoded: a base64 body or an encoded header hides its text."""
        found = self.find(raw)
        for view in mail_views(raw):
            found |= self.find(view)
        return found


def mail_views(raw: bytes) -> Iterator[bytes]:
    """The decoded texts of an email: its headers (encoded words decoded) as UTF-8, and each
    part's content after its transfer encoding, as it is and in UTF-8 where its charset says."""
    try:
        message = email.message_from_bytes(raw, policy=email.policy.compat32)
    except Exception:  # a message the parser cannot take is still searched as it is
        return
    for part in message.walk():
        for _name, value in part.items():
            try:
                yield str(make_header(decode_header(str(value)))).encode("utf-8", "replace")
            except Exception:
                continue
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes) or not payload:
            continue
        yield payload
        charset = part.get_content_charset()
        if charset:
            try:
                yield payload.decode(charset, "replace").encode("utf-8")
            except LookupError:
                continue


def _files(roots: Iterable[Path]) -> Iterator[Path]:
    seen: set[Path] = set()
    for root in roots:
        candidates = [root] if root.is_file() else (sorted(root.rglob("*")) if root.is_dir() else [])
        for path in candidates:
            if path.is_file() and not path.is_symlink() and path not in seen:
                seen.add(path)
                yield path


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _scan_file(path: Path, scanner: Scanner, *, as_mail: bool = False) -> tuple[int, set[int]] | None:
    """(size, pattern ids found), or None if the file could not be read."""
    try:
        with open(path, "rb") as handle:
            size = handle.seek(0, 2)
            if size == 0 or not scanner.patterns:
                return size, set()
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as view:
                found = scanner.find(view)
                if as_mail:
                    found |= scanner.find_in_mail(view[:])
    except OSError:
        return None
    return size, found


def scan_watched_folder(location: str, root: Path, scanner: Scanner) -> PlaceResult:
    """Every file of a watched folder, sub-folders included; emails decoded as well."""
    if not root.is_dir():
        return PlaceResult(WATCH_FOLDER, location, error="unreadable")
    items = total = hits = 0
    where: list[str] = []
    try:
        paths = list(_files([root]))
    except OSError:
        return PlaceResult(WATCH_FOLDER, location, error="unreadable")
    for path in paths:
        done = _scan_file(path, scanner, as_mail=path.suffix.lower() == ".eml")
        if done is None:
            continue
        size, found = done
        items += 1
        total += size
        if found:
            hits += len(found)
            # The folder, not the name: a refused file keeps the name it came with.
            folder = path.parent.relative_to(root).as_posix()
            where.append("./" if folder == "." else folder + "/")
    return PlaceResult(WATCH_FOLDER, location, True, items, total, hits, tuple(dict.fromkeys(where)))


def scan_paths(
    roots: Iterable[Path],
    pset: PatternSet,
    *,
    relative_to: Path | None = None,
    places: Sequence[tuple[str, Path]] = (),
    place_pset: PatternSet | None = None,
) -> ScanResult:
    """Scan every regular file under ``roots`` (folders recursively, files as given), and each
    watched folder of ``places`` (its location as the receipt names it, its path) for the
    patterns of ``place_pset`` (those of ``pset`` if None)."""
    patterns = pset.patterns
    paths = list(_files(roots))
    scanner = Scanner(patterns, sum(_size(path) for path in paths))
    place_scanner = scanner if place_pset is None else Scanner(place_pset.patterns)
    files = 0
    total = 0
    hits = 0
    hit_files: list[str] = []
    for path in paths:
        done = _scan_file(path, scanner)
        if done is None:
            continue  # a file vanishing mid-scan (SQLite's -shm) holds nothing to find
        size, found = done
        files += 1
        total += size
        if found:
            hits += len(found)
            name = (
                path.relative_to(relative_to)
                if relative_to and path.is_relative_to(relative_to)
                else Path(path.name)
            )
            hit_files.append(name.as_posix())
    return ScanResult(
        values=pset.values,
        patterns=len(patterns),
        skipped_short=pset.skipped_short,
        files=files,
        bytes_scanned=total,
        hits=hits,
        hit_files=tuple(hit_files),
        places=merge_places(scan_watched_folder(location, root, place_scanner) for location, root in places),
    )
