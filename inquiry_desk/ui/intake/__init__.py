"""Inquiries coming in: the new-inquiry form, importing mail, faxes and scans, the mailbox poller."""
