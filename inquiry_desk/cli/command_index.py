"""Which module registers each subcommand, and its one-line help, so that `inquiry-desk --help`
lists every command without importing any of them (and their domain and services), and a
command imports only its own module.

A test builds the parser from every module and checks this table against it: a command added,
renamed or reworded in its module fails that test until the line here says the same.
"""

from __future__ import annotations

# (command, module under inquiry_desk.cli, help), in the order --help lists them.
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("cases", "cases", "list the register"),
    ("show", "cases", "one case with its personal data (needs a user)"),
    ("verify-audit", "cases", "check the audit log's hash chain"),
    ("edit", "editing", "correct a case: parties, types, dates, the answer's medium (needs a user)"),
    ("import", "intake", "import emails, faxes and scans (files or folders; needs a user)"),
    ("watch-folder", "intake", "import new files from the watched folder"),
    ("mailbox", "intake", "the department's IMAP mailbox"),
    ("act", "lifecycle", "perform a lifecycle action on a case (needs a user)"),
    ("actions", "lifecycle", "what can be done with a case now, and why not (needs a user)"),
    ("outcomes", "lifecycle", "plan or show each request type's outcome (needs a user)"),
    ("ledger", "lifecycle", "a case's clock ledger for an auditor (needs a user)"),
    ("assign", "lifecycle", "assign a case to a staff member ('-' to unassign)"),
    ("extend", "lifecycle", "record a GDPR extension notice (within the first month)"),
    (
        "merge",
        "merging",
        "file a second case into the right one: its messages, attachments and notes move, "
        "the rest of it is erased (needs a user)",
    ),
    ("post", "postal", "record a letter sent by post (needs a user)"),
    ("postings", "postal", "the letters sent by post for a case (needs a user)"),
    ("returned", "postal", "record mail returned undeliverable; pauses the clock"),
    ("print", "printing", "print a case's document or save it as PDF (needs a user)"),
    ("response-text", "printing", "draft the response letter's own paragraph and enclosures (needs a user)"),
    ("purge", "purge", "erase the personal data of cases past their grace period"),
    ("hold", "purge", "place or lift a legal hold (managers)"),
    ("backup", "purge", "copy the database to FILE (administrators)"),
    ("restore", "purge", "replace the database with a backup (administrators)"),
    (
        "records",
        "records",
        "the data held about the applicant: add system exports, review rows, redact values",
    ),
    ("export", "records", "the machine-readable copy of the data held (ZIP of JSON and CSV)"),
    ("report", "report", "the monthly report (no personal data; runs unattended)"),
    ("export-register", "report", "the register without personal data, as CSV"),
    ("confirm", "review", "confirm what the importer guessed on a case (needs a user)"),
    ("mail-out", "sending", "the department's outgoing mail server (SMTP)"),
    ("send", "sending", "send a case's answer by email (needs a user)"),
    ("settings", "settings", "show or change installation-wide settings (manager)"),
    ("users", "users", "staff accounts: add, list, disable, enable, reset-password, role (administrators)"),
)
