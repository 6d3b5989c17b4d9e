"""Signing in on the command line: environment variables, or a password prompt."""

from __future__ import annotations

import getpass
import os
import sys

from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App

ENV_USER = "INQUIRY_DESK_USER"
ENV_PASSWORD = "INQUIRY_DESK_PASSWORD"


def sign_in(app: App) -> Actor:
    username = os.environ.get(ENV_USER, "")
    password = os.environ.get(ENV_PASSWORD)
    interactive = sys.stdin is not None and sys.stdin.isatty()
    if not username:
        if not interactive:
            raise UserError(
                translate(
                    "CommandLine",
                    "This command shows personal data and needs a user: set {user_variable} and "
                    "{password_variable}, or run it in a terminal to be asked.",
                ).format(user_variable=ENV_USER, password_variable=ENV_PASSWORD)
            )
        username = input(translate("CommandLine", "User name: "))
    if password is None:
        if not interactive:
            raise UserError(
                translate(
                    "CommandLine",
                    "Set {password_variable} or run the command in a terminal to be asked for the password.",
                ).format(password_variable=ENV_PASSWORD)
            )
        password = getpass.getpass(translate("CommandLine", "Password: "))
    return app.users.authenticate(username, password)
