"""Use cases on a database: what both the GUI and the CLI call."""
