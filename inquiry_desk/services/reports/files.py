"""The report files: the monthly report as CSV rows, and atomic CSV / PDF writes."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from inquiry_desk.domain.enums import Outcome
from inquiry_desk.domain.outcomes import TypeResult
from inquiry_desk.domain.refusals import category_label
from inquiry_desk.domain.reports import OUTCOME_LABELS, MonthlyReport


# Outcome has no label of its own; (English, Japanese) for the report and the dashboard.
def _atomic(path: Path, write: Callable[[Any], None], *, binary: bool) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # utf-8-sig writes the BOM: without it Excel in Japan opens a CSV as Shift_JIS.
        with (
            os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8-sig", newline="")
        ) as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic_csv(path: Path, rows: Iterable[Sequence[object]]) -> None:
    _atomic(path, lambda handle: csv.writer(handle).writerows(rows), binary=False)


def write_atomic_bytes(path: Path, data: bytes) -> None:
    _atomic(path, lambda handle: handle.write(data), binary=True)


def _label(key: Any) -> str:
    return OUTCOME_LABELS[key][0] if isinstance(key, Outcome) else str(key.label)


def monthly_report_rows(report: MonthlyReport) -> list[tuple[str, str, str, str]]:
    """The report as CSV rows: section, key (stable id), label, value."""
    t = report.timeliness
    rows: list[tuple[str, str, str, str]] = [
        ("section", "key", "label", "value"),
        ("report", "month", "Month", report.label),
        ("report", "generated_at", "Generated", report.generated_at.isoformat(sep=" ")),
        ("received", "total", "Cases received", str(report.received)),
    ]
    sections: list[tuple[str, dict[Any, int]]] = [
        ("kind", report.by_kind),
        ("request_type", report.by_request_type),
        ("channel", report.by_channel),
        ("jurisdiction", report.by_jurisdiction),
        ("outcome", report.by_outcome),
    ]
    for name, counts in sections:
        rows.extend((name, key.value, _label(key), str(n)) for key, n in counts.items())
    for rtype, results in report.by_type_result.items():
        rows.extend(
            (
                "type_outcome",
                f"{rtype.value}:{r.value}",
                f"{rtype.label}: {r.label}",
                str(results.get(r.value, 0)),
            )
            for r in TypeResult
        )
    rate = "" if t.met_rate is None else f"{t.met_rate * 100:.1f}"
    median = "" if t.median_days is None else f"{t.median_days:g}"
    rows += [
        ("deadlines", "answered", "Cases answered", str(t.answered)),
        ("deadlines", "met", "Deadline met", str(t.deadline_met)),
        ("deadlines", "missed", "Deadline missed", str(t.deadline_missed)),
        ("deadlines", "met_rate_percent", "Deadline-met rate (%)", rate),
        ("deadlines", "median_days", "Median days to respond", median),
        ("extensions", "total", "Extensions", str(report.extensions)),
        ("refusals", "total", "Refusals", str(report.refusals)),
        ("merged", "total", "Merged into another case (duplicates)", str(report.merged)),
    ]
    rows.extend(
        ("refusal_category", k, category_label(k), str(n)) for k, n in report.refusal_categories.items()
    )
    rows += [
        ("purges", "cases", "Cases purged", str(report.purged)),
        ("purges", "runs", "Purge runs", str(report.purge_runs)),
        ("open", "at_month_end", "Open at the end of the month", str(report.open_at_end)),
    ]
    return rows
