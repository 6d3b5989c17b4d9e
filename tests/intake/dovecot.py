"""A real Dovecot IMAP server on loopback, TLS only, for the mailbox tests.

Started with a private configuration in a temporary folder (its own base_dir, state,
log, self-signed certificate and passwd-file user), so it never touches the system's
Dovecot. The folder is world-traversable because Dovecot's login processes run as
`dovenull` and must reach their sockets there.
"""

from __future__ import annotations

import datetime
import os
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
USER = "inquiries"
PASSWORD = "s3cret-imap-pass"
MAIL_USER = ("nobody", "nogroup")


@dataclass(frozen=True)
class DovecotServer:
    host: str
    port: int
    username: str
    password: str
    cafile: Path
    maildir: Path
    log: Path

    def ssl_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(cafile=str(self.cafile))
        return context


def available() -> bool:
    return os.path.exists(DOVECOT) and hasattr(os, "geteuid") and os.geteuid() == 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(__import__("ipaddress").ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    key_path.chmod(0o600)
    return cert_path, key_path


def _user_exists(name: str) -> bool:
    import pwd

    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def _config(root: Path, port: int, cert: Path, key: Path) -> str:
    login_user = "dovenull" if _user_exists("dovenull") else "nobody"
    internal_user = "dovecot" if _user_exists("dovecot") else "nobody"
    # Dovecot refuses to run mail processes as root: the mailbox belongs to `nobody`.
    mail_user, mail_group = MAIL_USER
    return f"""
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <{cert}
ssl_key = <{key}
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
auth_mechanisms = plain
default_login_user = {login_user}
default_internal_user = {internal_user}
mail_uid = {mail_user}
mail_gid = {mail_group}
mail_location = maildir:{root}/Maildir
namespace inbox {{
  inbox = yes
  separator = /
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
userdb {{
  driver = static
  args = uid={mail_user} gid={mail_group} home={root}/home
}}
service imap-login {{
  inet_listener imap {{
    port = 0
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service stats {{
  chroot =
}}
"""


@contextmanager
def dovecot_server() -> Iterator[DovecotServer]:
    root = Path(tempfile.mkdtemp(prefix="inquiry-desk-dovecot-"))
    try:
        root.chmod(0o755)
        import grp
        import pwd

        uid, gid = pwd.getpwnam(MAIL_USER[0]).pw_uid, grp.getgrnam(MAIL_USER[1]).gr_gid
        for sub in ("run", "state", "home", "Maildir"):
            (root / sub).mkdir()
        for sub in ("home", "Maildir"):
            os.chown(root / sub, uid, gid)
        cert, key = _self_signed(root)
        (root / "users").write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n", encoding="utf-8")
        port = _free_port()
        conf = root / "dovecot.conf"
        conf.write_text(_config(root, port, cert, key), encoding="utf-8")
        log = root / "dovecot.log"
        proc = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(conf)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + 20
            while True:
                if proc.poll() is not None:
                    err = proc.stderr.read().decode() if proc.stderr else ""
                    text = log.read_text(errors="replace") if log.exists() else ""
                    raise RuntimeError(f"dovecot exited: {err}\n{text}")
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                        break
                except OSError:
                    if time.monotonic() > deadline:
                        raise RuntimeError("dovecot did not start listening") from None
                    time.sleep(0.1)
            yield DovecotServer("127.0.0.1", port, USER, PASSWORD, cert, root / "Maildir", log)
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            if proc.stderr:
                proc.stderr.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
