"""`Runner`: what every subcommand shares, the parsed options and, opened lazily, the App."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

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
    print(json.dumps(value, ensure_ascii=False, indent=2))
