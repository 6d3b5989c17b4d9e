"""`Runner`: what every subcommand shares, the parsed options and, opened lazily, the App."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inquiry_desk.domain.i18n import translate
from inquiry_desk.services import paths

if TYPE_CHECKING:
    # Imported where used: opening the window must not wait for SQLAlchemy before the
    # sign-in dialog is on screen (run_gui loads the services behind it).
    from inquiry_desk.services.actors import Actor
    from inquiry_desk.services.app import App
    from inquiry_desk.store.masterkey import MasterKeyStore

Handler = Callable[[argparse.Namespace, "Runner"], int]


class Runner:
    """Holds what subcommands share: the parsed options and, lazily, the open App."""

    def __init__(self, args: argparse.Namespace, key_store: MasterKeyStore | None) -> None:
        self.args = args
        self.key_store = key_store
        self._app: App | None = None

    @property
    def data_dir(self) -> Path:
        return paths.data_dir(self.args.data_dir)

    def app(self) -> App:
        if self._app is None:
            from inquiry_desk.services.app import App

            self._app = App.open(self.data_dir, self.args.db, self.key_store)
        return self._app

    def user(self) -> Actor:
        from inquiry_desk.cli.auth import sign_in

        return sign_in(self.app())

    def close(self) -> None:
        if self._app is not None:
            self._app.close()


def iso_day(text: str) -> date:
    """An option's YYYY-MM-DD date (argparse ``type``): a mistyped one is a usage message."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "{text} is not a date (expected YYYY-MM-DD)").format(text=text)
        ) from None


def print_json(value: object) -> None:
    print(dumps_indented(value))


# json.dumps with an indent runs the encoder written in Python, a generator per nesting
# level: 50,000 register rows took longer than everything else `cases --json` does. The
# same text, built here with json's C string encoder for the strings.
_encode_str: Callable[[str], str] = getattr(json.encoder, "c_encode_basestring", None) or (
    json.encoder.py_encode_basestring
)


def dumps_indented(value: object, indent: int = 2) -> str:
    """Exactly ``json.dumps(value, ensure_ascii=False, indent=indent)``, faster."""
    parts: list[str] = []
    _write(value, parts, "\n", " " * indent)
    return "".join(parts)


def _null(_value: object) -> str:
    return "null"


def _boolean(value: object) -> str:
    return "true" if value else "false"


# The scalars by exact type, each written by a C function where json has one; anything
# else (a str or int subclass, a float, a container) goes the general way.
_SCALARS: dict[type, Callable[[Any], str]] = {
    str: _encode_str,
    int: int.__repr__,
    bool: _boolean,
    type(None): _null,
}


def _write(value: object, out: list[str], newline: str, step: str) -> None:
    scalar = _SCALARS.get(type(value))
    if scalar is not None:
        out.append(scalar(value))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + step
        separator = "," + inner
        out.append("{" + inner)
        first = True
        for key, item in value.items():
            if not first:
                out.append(separator)
            first = False
            out.append(_encode_str(key if type(key) is str else _key(key)) + ": ")
            scalar = _SCALARS.get(type(item))
            if scalar is not None:
                out.append(scalar(item))
            else:
                _write(item, out, inner, step)
        out.append(newline + "}")
    elif isinstance(value, list | tuple):
        if not value:
            out.append("[]")
            return
        inner = newline + step
        separator = "," + inner
        out.append("[" + inner)
        first = True
        for item in value:
            if not first:
                out.append(separator)
            first = False
            scalar = _SCALARS.get(type(item))
            if scalar is not None:
                out.append(scalar(item))
            else:
                _write(item, out, inner, step)
        out.append(newline + "]")
    elif isinstance(value, str):
        out.append(_encode_str(value))
    else:  # numbers, and anything else json itself would take or refuse
        out.append(json.dumps(value))


def _key(key: object) -> str:
    """A dict key as json writes it (strings as they are; numbers, booleans and None as text)."""
    if isinstance(key, str):
        return key
    if isinstance(key, bool | int | float) or key is None:
        return json.dumps(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")
