"""`inquiry-desk purge | hold | backup | restore`: erasure and backups from the command line.

`purge` runs unattended (systemd timer, Windows Task Scheduler) as the SYSTEM actor, so it
needs nobody signed in and reveals nothing personal: it prints references and counts.
Exit status: 0 done and the erasure check passed, 1 the check failed, a case could not
be purged or an original outside the database (the watched folder's processed/, the
mailbox's archive folder) is not erased yet (the scheduler shows the job as failed; a
later run retries it), 2 a problem the user can act on.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inquiry_desk.cli.runner import print_json
from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate
from inquiry_desk.services.actors import SYSTEM, Permission

if TYPE_CHECKING:
    from inquiry_desk.cli.runner import Runner
    from inquiry_desk.services.purge.restore import RestoreResult
    from inquiry_desk.services.purge.scan import ScanResult


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
        if receipt.refs:
            print(
                translate("CommandLine", "{count} case(s) due for purging:").format(count=len(receipt.refs))
            )
        else:
            print(
                translate("CommandLine", "{count} case(s) due for purging.").format(count=len(receipt.refs))
            )
        for ref in receipt.refs:
            print(f"  {ref}")
        if receipt.held:
            print(
                translate("CommandLine", "{count} past their grace period but under legal hold.").format(
                    count=len(receipt.held)
                )
            )
    else:
        if receipt.refs:
            print(
                translate("CommandLine", "Purged {count} case(s): {refs}").format(
                    count=len(receipt.refs), refs=", ".join(receipt.refs)
                )
            )
        else:
            print(translate("CommandLine", "Purged {count} case(s).").format(count=len(receipt.refs)))
        if receipt.held:
            print(
                translate("CommandLine", "Kept under legal hold: {refs}").format(refs=", ".join(receipt.held))
            )
        if receipt.failed:
            print(translate("CommandLine", "Could not purge: {refs}").format(refs=", ".join(receipt.failed)))
        if receipt.check is not None:
            _print_check(receipt.check)
    return 0 if receipt.passed else 1


def _print_check(c: ScanResult) -> None:
    """The erasure check: the data folder and database, then each place outside them."""
    from inquiry_desk.services.purge.receipts import describe_place

    if c.error:
        verdict = translate("CommandLine", "FAILED ({error})").format(error=c.error)
    elif c.hits:
        verdict = translate("CommandLine", "FAILED ({hits} value(s) found in {files})").format(
            hits=c.hits, files=", ".join(c.hit_files)
        )
    elif c.passed:
        verdict = translate("CommandLine", "passed")
    else:
        verdict = translate("CommandLine", "FAILED outside the data folder (see below)")
    if c.patterns or c.files or c.error:
        print(
            translate(
                "CommandLine",
                "Erasure check {verdict}: {patterns} patterns, {files} files, {bytes:,} bytes scanned.",
            ).format(verdict=verdict, patterns=c.patterns, files=c.files, bytes=c.bytes_scanned)
        )
    else:  # a run that only erased originals an earlier run had to leave
        print(
            translate("CommandLine", "Erasure check {verdict}: no case purged in this run.").format(
                verdict=verdict
            )
        )
    for place in c.places:
        print("  " + describe_place(place))


def cmd_hold(args: argparse.Namespace, run: Runner) -> int:

    app = run.app()
    actor = run.user()
    app.purge.set_legal_hold(actor, args.ref, args.on, args.reason, expected_version=args.if_version)
    if args.on:
        print(translate("CommandLine", "{ref}: legal hold placed.").format(ref=args.ref.upper()))
    else:
        print(translate("CommandLine", "{ref}: legal hold lifted.").format(ref=args.ref.upper()))
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
        translate(
            "CommandLine",
            "Backup written to {path} ({size:,} bytes; personal data stays "
            "encrypted). Keep the master key export apart from it.",
        ).format(path=Path(args.file).resolve(), size=size)
    )
    return 0


def _restore_new(args: argparse.Namespace, run: Runner) -> int:
    """A replaced PC: no database in the data folder yet, the installation's key file at hand."""
    from inquiry_desk.cli.auth import sign_in
    from inquiry_desk.cli.keys import read_key_file
    from inquiry_desk.services.purge import restore as purge_restore
    from inquiry_desk.store.masterkey import KeyringMasterKeyStore

    if args.db:
        raise UserError(
            translate("CommandLine", "--key-file restores into a data folder, not a database server.")
        )
    store = run.key_store if run.key_store is not None else KeyringMasterKeyStore()
    result = purge_restore.restore_new(
        run.data_dir, Path(args.file), read_key_file(Path(args.key_file)), store, sign_in
    )
    print(translate("CommandLine", "Database restored from {file}.").format(file=Path(args.file).name))
    return _print_restore(result)


def cmd_restore(args: argparse.Namespace, run: Runner) -> int:
    from inquiry_desk.services.purge import backup as purge_backup

    if not args.yes:
        raise UserError(
            translate(
                "CommandLine",
                "Restoring replaces the current database (cases and audit entries written "
                "since the backup are lost). Run again with --yes to confirm.",
            )
        )
    if args.key_file:
        return _restore_new(args, run)
    app = run.app()
    if not app.db.is_sqlite:
        print(purge_backup.POSTGRES_NOTE)
        return 0
    actor = run.user()
    actor.require(Permission.BACKUP)
    from inquiry_desk.services.purge import restore as purge_restore

    result = purge_restore.restore(app, actor, Path(args.file), run.key_store)
    print(translate("CommandLine", "Database restored from {file}.").format(file=Path(args.file).name))
    return _print_restore(result)


def _print_restore(result: RestoreResult) -> int:
    receipt = result.reapplied
    print(
        translate(
            "CommandLine", "Purge ledger re-applied: {count} case(s) purged again ({ledger} in the ledger)."
        ).format(count=len(receipt.refs), ledger=result.ledger_size)
    )
    if result.audit_entries_lost:
        print(
            translate(
                "CommandLine", "{count} audit entries written after the backup are not in the restored log."
            ).format(count=result.audit_entries_lost)
        )
    if receipt.check is not None:
        if receipt.check.passed:
            print(translate("CommandLine", "Erasure check passed."))
        else:
            print(translate("CommandLine", "Erasure check FAILED."))
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
    p.add_argument("--if-version", type=int, metavar="N", help="refuse if the case is no longer at version N")
    p.set_defaults(handler=cmd_hold)

    p = sub.add_parser("backup", help="copy the database to FILE (administrators)")
    p.add_argument("file")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="replace the database with a backup (administrators)")
    p.add_argument("file")
    p.add_argument("--yes", action="store_true", help="confirm replacing the current database")
    p.add_argument(
        "--key-file", help="on a PC with no database yet: the installation's key file (`key export`)"
    )
    p.set_defaults(handler=cmd_restore)
