"""Inquiries coming in: importing files, the watched folder and the mailbox, into new or existing cases."""
