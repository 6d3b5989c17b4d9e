"""The case register: its table model (COL_* columns), filters and view."""
