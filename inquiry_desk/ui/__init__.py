"""The PySide6 desktop GUI. It talks to `inquiry_desk.services` only (never to the store).

The modules here are the shell: the start (`app_main`), the main window, and the controller
that wires the services into the screens. The screens themselves are grouped by feature:
`register`, `case`, `intake`, `printing`, `dashboard`, `settings`, `admin` and `session`;
`widgets` holds what they share.
"""
