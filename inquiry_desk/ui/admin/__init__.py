"""Manager and administrator windows: the audit log, the purge (panel and hourly timer), users."""
