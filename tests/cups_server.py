"""A private CUPS server with a PDF printer, shared by every printing test of the session.

The CUPS fixture starts its own cupsd (own config, spool, state and logs in a temporary folder,
listening on a private socket and a free loopback port) so the tests never touch the machine's
print system, and adds a cups-pdf queue whose output goes to a temporary folder. cups-pdf reads
its configuration only from /etc/cups, per queue (cups-pdf-<name>.conf for the device URI
cups-pdf:/<name>); that one file is created for the session and removed afterwards.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# Printing tests create a QGuiApplication; there is no display in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_PPD_CANDIDATES = [
    Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"),
    Path("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd"),
]


@dataclass(frozen=True)
class CupsServer:
    server: str  # value for CUPS_SERVER (the private socket)
    printer: str  # the cups-pdf queue
    output_dir: Path  # where cups-pdf writes each job's PDF
    env: dict[str, str]

    def wait_for_output(self, before: set[Path], timeout: float = 60) -> Path:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            new = [p for p in self.output_dir.rglob("*.pdf") if p not in before]
            # cups-pdf writes the file and then closes it; wait until the size settles.
            if new:
                path = new[0]
                size = path.stat().st_size
                time.sleep(0.5)
                # Complete only when the size has settled and the PDF's trailer is written:
                # on a loaded machine cups-pdf may pause half-way through a file.
                if (
                    size
                    and path.stat().st_size == size
                    and path.read_bytes()[-1024:].rstrip().endswith(b"%%EOF")
                ):
                    return path
            time.sleep(0.2)
        log = self.output_dir.parent / "log" / "error_log"
        raise AssertionError(
            "cups-pdf wrote no PDF; cupsd log:\n"
            + (log.read_text(errors="replace")[-3000:] if log.exists() else "(none)")
        )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _write_config(root: Path, port: int) -> tuple[Path, Path]:
    for sub in ("conf/ppd", "spool/tmp", "cache", "state/certs", "log", "out"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    cupsd = root / "conf" / "cupsd.conf"
    cupsd.write_text(f"""\
Listen 127.0.0.1:{port}
Listen {root}/cups.sock
LogLevel info
Browsing No
WebInterface No
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
""")
    files = root / "conf" / "cups-files.conf"
    files.write_text(f"""\
ServerRoot {root}/conf
RequestRoot {root}/spool
TempDir {root}/spool/tmp
CacheDir {root}/cache
StateDir {root}/state
ErrorLog {root}/log/error_log
AccessLog {root}/log/access_log
PageLog {root}/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
SystemGroup root
User lp
Group lp
""")
    return cupsd, files


def _missing_tools() -> list[str]:
    tools = ["cupsd", "lpadmin", "lp", "lpstat", "pdftotext"]
    missing = [t for t in tools if shutil.which(t) is None and not Path(f"/usr/sbin/{t}").exists()]
    if not Path("/usr/lib/cups/backend/cups-pdf").exists():
        missing.append("cups-pdf backend")
    if os.geteuid() != 0:
        missing.append("root (cupsd and cups-pdf need it)")
    return missing


@pytest.fixture(scope="session")
def cups_server() -> Iterator[CupsServer]:
    missing = _missing_tools()
    if missing:
        pytest.skip("CUPS test needs: " + ", ".join(missing))
    # Not pytest's tmp_path: its parents are 0700, and CUPS filters run as user lp, which
    # must reach the spool.
    root = Path(tempfile.mkdtemp(prefix="inquiry-desk-cups-"))
    root.chmod(0o755)
    port = _free_port()
    cupsd_conf, files_conf = _write_config(root, port)
    queue = f"inquirydesk{os.getpid()}"
    pdf_conf = Path(f"/etc/cups/cups-pdf-{queue}.conf")
    pdf_conf.write_text(
        f"Out {root}/out\nAnonDirName {root}/out\nLog {root}/log\nGrp root\nUserUMask 0022\nLabel 0\n"
    )
    cupsd = shutil.which("cupsd") or "/usr/sbin/cupsd"
    proc = subprocess.Popen(
        [cupsd, "-f", "-c", str(cupsd_conf), "-s", str(files_conf)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    env = {"CUPS_SERVER": f"{root}/cups.sock"}
    try:
        deadline = time.monotonic() + 20
        while not (root / "cups.sock").exists():
            if proc.poll() is not None or time.monotonic() > deadline:
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                pytest.fail(f"cupsd did not start: {err}")
            time.sleep(0.1)
        ppd = next((p for p in _PPD_CANDIDATES if p.exists()), None)
        model = ["-P", str(ppd)] if ppd else ["-m", "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"]
        full_env = {**os.environ, **env}
        subprocess.run(
            [
                shutil.which("lpadmin") or "/usr/sbin/lpadmin",
                "-p",
                queue,
                "-E",
                "-v",
                f"cups-pdf:/{queue}",
                *model,
            ],
            check=True,
            env=full_env,
            capture_output=True,
            timeout=30,
        )
        yield CupsServer(env["CUPS_SERVER"], queue, root / "out", env)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stderr:
            proc.stderr.close()
        pdf_conf.unlink(missing_ok=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def cups_env(cups_server: CupsServer, monkeypatch: pytest.MonkeyPatch) -> CupsServer:
    """The private server for this test's clients (lp and Qt's libcups read CUPS_SERVER)."""
    for key, value in cups_server.env.items():
        monkeypatch.setenv(key, value)
    return cups_server
