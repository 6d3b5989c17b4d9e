"""`Guard`: the controller's way of running a service call that may refuse, handed to the
pieces it builds (case tabs, tool windows).

A refusal (permission, validation, a busy database) is a `UserError`: the guard shows its
message without a traceback and returns None. Anything else is a bug and propagates.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

T = TypeVar("T")


class Guard(Protocol):
    def __call__(self, title: str, call: Callable[[], T], /) -> T | None: ...
