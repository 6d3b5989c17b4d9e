"""Command-line start-up on a 50,000-row register (run on demand: `python tests/bench/bench_cli.py`).

Each command runs in a fresh interpreter, as the `inquiry-desk` script does (`from
inquiry_desk.cli.main import main`), against a real Secret Service (a private D-Bus and
gnome-keyring, tests/secret_service.py) that holds the database's master key. Interleaved
with their floors in the same run, medians of RUNS rounds after one untimed warm-up:

  * `inquiry-desk --help` against `python -c pass` (target <= 3x) and `import sqlalchemy`;
  * `inquiry-desk cases --json` on 50,000 rows against `import sqlalchemy` (target <= 3x):
    the least any command that reads the database must import.

The register (1,000 live cases, 49,000 purged rows, the demo generator's bulk path) and the
keyring holding its key are built once and cached in BENCH_CACHE (default: a folder in the
system's temp folder); delete it to rebuild.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.secret_service import secret_service  # noqa: E402

CASES, PURGED = 1000, 49000
RUNS = 7
TARGETS = {"help_ratio_to_pass": 3.0, "cases_json_ratio_to_sqlalchemy": 3.0}
CLI = "import sys; from inquiry_desk.cli.main import main; sys.exit(main())"


def cache_dir() -> Path:
    default = Path(tempfile.gettempdir()) / "inquiry-desk-bench-cache"
    return Path(os.environ.get("BENCH_CACHE", default)) / f"cli-{CASES + PURGED}"


def _env(keyring_env: dict[str, str], folder: Path) -> dict[str, str]:
    return {
        **os.environ,
        **keyring_env,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        "XDG_CONFIG_HOME": str(folder / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }


def build(folder: Path, env: dict[str, str]) -> None:
    data = folder / "data"
    if (data / "inquiry-desk.sqlite3").exists():
        return
    start = time.perf_counter()
    args = ["--data-dir", str(data), "demo", "--cases", str(CASES), "--purged", str(PURGED)]
    subprocess.run([sys.executable, "-c", CLI, *args], env=env, check=True, capture_output=True, timeout=900)
    print(f"built {CASES + PURGED:,} rows in {time.perf_counter() - start:.1f} s", flush=True)


def timed(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(argv, env=env, capture_output=True, timeout=300, check=False)
    elapsed = (time.perf_counter() - start) * 1000
    if proc.returncode != 0:
        raise SystemExit(f"{argv} failed:\n{proc.stdout.decode()}\n{proc.stderr.decode()}")
    return elapsed


def main() -> int:
    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    with secret_service(folder / "home") as keyring_env:
        env = _env(keyring_env, folder)
        build(folder, env)
        data = str(folder / "data")
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "import sqlalchemy": [sys.executable, "-c", "import sqlalchemy"],
            "inquiry-desk --help": [sys.executable, "-c", CLI, "--help"],
            "cases --json (50k rows)": [sys.executable, "-c", CLI, "--data-dir", data, "cases", "--json"],
        }
        for argv in commands.values():  # warm-up: file cache, .pyc files
            timed(argv, env)
        runs: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(RUNS):  # interleaved so that machine noise hits all alike
            for name, argv in commands.items():
                runs[name].append(timed(argv, env))
    ms = {name: statistics.median(v) for name, v in runs.items()}
    figures = {
        "median_ms": {k: round(v, 1) for k, v in ms.items()},
        "help_ratio_to_pass": ms["inquiry-desk --help"] / ms["python -c pass"],
        "help_ratio_to_sqlalchemy": ms["inquiry-desk --help"] / ms["import sqlalchemy"],
        "cases_json_ratio_to_sqlalchemy": ms["cases --json (50k rows)"] / ms["import sqlalchemy"],
        "runs_ms": runs,
    }
    print(f"{'command':32} {'median':>9}")
    for name, value in ms.items():
        print(f"{name:32} {value:>6.0f} ms")
    for key, target in TARGETS.items():
        value = float(figures[key])  # type: ignore[arg-type]
        print(f"{key:32} {value:>8.2f}x  target <= {target}x  {'met' if value <= target else 'NOT met'}")
    print(f"{'help_ratio_to_sqlalchemy':32} {figures['help_ratio_to_sqlalchemy']:>8.2f}x")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
