"""Erasure after resolution, as the privacy policy promises.

`service` runs the purge (due cases, early purge, holds); `plan` classifies every table
into what is deleted and what is cleared; `batch` does one case's erasure in one
transaction; `values` and `scan` build the byte patterns of a case's personal data and
look for them on disk, `scan_child` runs that check in a child process; `receipts` and
`ledger` record what was erased without recording who; `backup` makes and restores
backups that never bring a purged case back.
"""
