"""The PySide6 desktop GUI. It talks to `inquiry_desk.services` only (never to the store)."""
