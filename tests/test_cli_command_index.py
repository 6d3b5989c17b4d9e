"""`inquiry-desk --help` lists every command from the index without importing the commands'
modules; the index must say exactly what the modules register."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from inquiry_desk.cli.command_index import COMMANDS
from inquiry_desk.cli.main import ALL, build_parser, main


def _commands(parser: argparse.ArgumentParser) -> list[tuple[str, str, str]]:
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    helps = {a.dest: a.help for a in sub._choices_actions}
    out = []
    for name, command in sub.choices.items():
        module = command.get_default("handler").__module__
        if module != "inquiry_desk.cli.main":  # the core commands are built in main itself
            out.append((name, module.rsplit(".", 1)[1], str(helps[name])))
    return out


def test_the_index_says_what_every_module_registers() -> None:
    assert _commands(build_parser(command=ALL)) == list(COMMANDS)


def test_the_listing_is_the_same_help_as_the_full_parser() -> None:
    assert build_parser(command=None).format_help() == build_parser(command=ALL).format_help()


@pytest.mark.parametrize("name", sorted({name for name, _module, _help in COMMANDS}))
def test_each_command_builds_its_own_parser_from_its_module_alone(name: str) -> None:
    """A command parses with only its module imported: the same options as in the full parser."""
    [sub_full] = [a for a in build_parser(command=ALL)._actions if isinstance(a, argparse._SubParsersAction)]
    [sub_one] = [a for a in build_parser(command=name)._actions if isinstance(a, argparse._SubParsersAction)]
    assert sub_one.choices[name].format_help() == sub_full.choices[name].format_help()


def test_help_imports_none_of_the_commands() -> None:
    code = (
        "import sys\n"
        "from inquiry_desk.cli.main import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "loaded = [m for m in sys.modules if m.startswith(('sqlalchemy', 'PySide6', 'keyring'))]\n"
        "commands = sorted({m for m in sys.modules if m.startswith('inquiry_desk.cli.')}"
        " - {'inquiry_desk.cli.main', 'inquiry_desk.cli.runner', 'inquiry_desk.cli.command_index'})\n"
        "print(loaded, commands, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "verify-audit" in done.stdout and "mail-out" in done.stdout
    assert done.stderr.strip() == "[] []"


def test_a_mistyped_command_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["casez"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'casez'" in err and "'verify-audit'" in err and "'users'" in err
