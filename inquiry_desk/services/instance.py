"""The single-instance lock, offered to the GUI (which may not import the store)."""

from __future__ import annotations

from inquiry_desk.store.instance_lock import InstanceLock

__all__ = ["InstanceLock"]
