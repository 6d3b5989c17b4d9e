"""`inquiry-desk purge | hold | backup | restore`: erasure and backups from the command line.

`purge` runs unattended (systemd timer, Windows Task Scheduler) as the SYSTEM actor, so it
needs nobody signed in and reveals nothing personal: it prints references and counts.
Exit status: 0 done and the erasure check passed, 1 the check failed or a case could not
be purged (the scheduler shows the job as failed), 2 a problem the user can act on.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inquiry_desk.cli.runner import print_json
from inquiry_desk.domain.errors import UserError
from inquiry_desk.services.actors import SYSTEM, Permission

if TYPE_CHECKING:
    from inquiry_desk.cli.runner import Runner


def cmd_purge(args: argparse.Namespace, run: Runner) -> int:

    receipt = run.app().purge.purge_due(SYSTEM, dry_run=args.dry_run)
    if args.json:
        out: dict[str, Any] = {
            "dry_run": receipt.dry_run,
            "at": receipt.at.isoformat(),
            "held": list(receipt.held),
            "failed": list(receipt.failed),
            "passed": receipt.passed,
        }
        out["due" if receipt.dry_run else "purged"] = list(receipt.refs)
        out["erasure_check"] = receipt.check.to_json() if receipt.check else None
        if not receipt.dry_run:
            out["rows"] = receipt.rows
            out["keys_destroyed"] = receipt.keys_destroyed
        print_json(out)
    elif receipt.dry_run:
        print(f"{len(receipt.refs)} case(s) due for purging" + (":" if receipt.refs else "."))
        for ref in receipt.refs:
            print(f"  {ref}")
        if receipt.held:
            print(f"{len(receipt.held)} past their grace period but under legal hold.")
    else:
        print(
            f"Purged {len(receipt.refs)} case(s)" + (": " + ", ".join(receipt.refs) if receipt.refs else ".")
        )
        if receipt.held:
            print(f"Kept under legal hold: {', '.join(receipt.held)}")
        if receipt.failed:
            print(f"Could not purge: {', '.join(receipt.failed)}")
        if receipt.check is not None:
            c = receipt.check
            if c.error:
                verdict = f"FAILED ({c.error})"
            else:
                verdict = (
                    "passed" if c.passed else f"FAILED ({c.hits} value(s) found in {', '.join(c.hit_files)})"
                )
            print(
                f"Erasure check {verdict}: {c.patterns} patterns, {c.files} files, "
                f"{c.bytes_scanned:,} bytes scanned."
            )
    return 0 if receipt.passed else 1


def cmd_hold(args: argparse.Namespace, run: Runner) -> int:

    app = run.app()
    actor = run.user()
    app.purge.set_legal_hold(actor, args.ref, args.on, args.reason)
    print(f"{args.ref.upper()}: legal hold {'placed' if args.on else 'lifted'}.")
    return 0


def cmd_backup(args: argparse.Namespace, run: Runner) -> int:
    from inquiry_desk.services.purge import backup as purge_backup

    app = run.app()
    if not app.db.is_sqlite:
        print(purge_backup.POSTGRES_NOTE)
        return 0
    actor = run.user()
    actor.require(Permission.BACKUP)
    size = purge_backup.backup(app, actor, Path(args.file))
    print(
        f"Backup written to {Path(args.file).resolve()} ({size:,} bytes; personal data stays "
        "encrypted). Keep the master key export apart from it."
    )
    return 0


def cmd_restore(args: argparse.Namespace, run: Runner) -> int:
    from inquiry_desk.services.purge import backup as purge_backup

    app = run.app()
    if not app.db.is_sqlite:
        print(purge_backup.POSTGRES_NOTE)
        return 0
    actor = run.user()
    actor.require(Permission.BACKUP)
    if not args.yes:
        raise UserError(
            "Restoring replaces the current database (cases and audit entries written "
            "since the backup are lost). Run again with --yes to confirm."
        )
    result = purge_backup.restore(app, actor, Path(args.file), run.key_store)
    receipt = result.reapplied
    print(f"Database restored from {Path(args.file).name}.")
    print(
        f"Purge ledger re-applied: {len(receipt.refs)} case(s) purged again "
        f"({result.ledger_size} in the ledger)."
    )
    if result.audit_entries_lost:
        print(
            f"{result.audit_entries_lost} audit entries written after the backup are not in the restored log."
        )
    if receipt.check is not None:
        print("Erasure check " + ("passed." if receipt.check.passed else "FAILED."))
    return 0 if receipt.passed else 1


def register(sub: Any) -> None:
    """Add the subcommands to the `inquiry-desk` parser's subparsers."""
    p = sub.add_parser("purge", help="erase the personal data of cases past their grace period")
    p.add_argument("--dry-run", action="store_true", help="only list the cases that are due")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_purge)

    p = sub.add_parser("hold", help="place or lift a legal hold (managers)")
    p.add_argument("ref")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--on", dest="on", action="store_true")
    group.add_argument("--off", dest="on", action="store_false")
    p.add_argument("--reason", required=True, help="why (sealed on the case timeline)")
    p.set_defaults(handler=cmd_hold)

    p = sub.add_parser("backup", help="copy the database to FILE (administrators)")
    p.add_argument("file")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="replace the database with a backup (administrators)")
    p.add_argument("file")
    p.add_argument("--yes", action="store_true", help="confirm replacing the current database")
    p.set_defaults(handler=cmd_restore)
