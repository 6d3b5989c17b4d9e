"""The catalogues: complete, in step with the code, compiled, and faithful to placeholders."""

from __future__ import annotations

import os
import re
import runpy
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from inquiry_desk import translations
from inquiry_desk.domain import i18n
from inquiry_desk.domain.enums import Language

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources" / "translations"
JA = SOURCES / "inquiry_desk_ja.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n")
ACCELERATOR = re.compile(r"&([A-Za-z0-9])")


def _messages(ts: Path) -> Iterator[tuple[str, str, list[str]]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                forms = []
            yield name, message.findtext("source") or "", forms


def test_the_catalogues_match_the_code_and_the_compiled_files() -> None:
    """A string added in the code, or a .ts edited without lrelease, shows here: run
    `python resources/translations/update.py`."""
    update = runpy.run_path(str(SOURCES / "update.py"))
    assert update["stale"]() == []


def test_every_message_has_a_japanese_translation() -> None:
    untranslated = [(c, s) for c, s, forms in _messages(JA) if not forms or not all(forms)]
    assert untranslated == []


def test_the_catalogue_is_not_empty() -> None:
    assert sum(1 for _ in _messages(JA)) > 500


@pytest.mark.parametrize("ts", ["inquiry_desk_ja.ts", "inquiry_desk_en.ts"])
def test_translations_keep_every_placeholder(ts: str) -> None:
    wrong = [
        (c, s, f)
        for c, s, forms in _messages(SOURCES / ts)
        for f in forms
        if sorted(PLACEHOLDER.findall(s)) != sorted(PLACEHOLDER.findall(f))
    ]
    assert wrong == []


def test_japanese_menus_keep_the_accelerator_as_a_trailing_letter() -> None:
    """「ファイル(&F)」: Japanese keyboards reach a menu by the same Alt+letter."""
    wrong = [
        (c, s, f)
        for c, s, forms in _messages(JA)
        for f in forms
        if ACCELERATOR.search(s)
        and [a.lower() for a in ACCELERATOR.findall(s)] != [a.lower() for a in ACCELERATOR.findall(f)]
    ]
    assert wrong == []


def test_japanese_accelerators_show_as_capitals() -> None:
    """「承認(&P)」, not 「承認(&p)」: Japanese software writes the letter in capitals (Qt matches
    Alt+P either way), so a lower-case letter in brackets reads as a typo."""
    lower = [(c, f) for c, _, forms in _messages(JA) for f in forms if re.search(r"\(&[a-z]\)", f)]
    assert lower == []


@pytest.fixture
def japanese() -> Iterator[None]:
    translations.activate(Language.JA)
    yield
    translations.activate(Language.EN)
    i18n.install(None, Language.EN)


def test_activating_japanese_translates_and_english_counts_plurals(japanese: None) -> None:
    assert i18n.translate("Formatting", "due today") == "本日期限"
    assert i18n.current_language() is Language.JA
    translations.activate(Language.EN)
    assert i18n.translate("Formatting", "due today") == "due today"
    assert i18n.translate("Formatting", "%n d overdue", None, 3) == "3 d overdue"


def test_english_plural_rule() -> None:
    assert i18n.english_plural("%n case(s)", 1) == "1 case"
    assert i18n.english_plural("%n case(s)", 0) == "0 cases"
    assert i18n.english_plural("%n case(s) moved", 12) == "12 cases moved"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ja", "データフォルダー"), ("en", "The data folder")],
)
def test_the_command_line_speaks_the_chosen_language(tmp_path: Path, language: str, expected: str) -> None:
    """A real process, as staff run it: its message follows the language setting."""
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    env = {**os.environ, "INQUIRY_DESK_LANGUAGE": language}
    done = subprocess.run(
        [sys.executable, "-m", "inquiry_desk.cli.main", "--data-dir", str(not_a_folder), "cases"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 2
    assert expected in done.stderr and "Traceback" not in done.stderr


def test_every_plural_message_passes_its_count_as_a_plain_name() -> None:
    """lupdate leaves out `translate(ctx, "%n field(s)…", None, len(x))`: the message never
    reaches the catalogue and a Japanese screen shows it in English (the review bar did)."""
    import ast

    package = Path(__file__).resolve().parents[1] / "inquiry_desk"
    wrong = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 4:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            count = node.args[3]
            if isinstance(count, ast.UnaryOp):  # "-days" is read as well
                count = count.operand
            if name == "translate" and not isinstance(count, ast.Name):
                wrong.append(f"{path.relative_to(package)}:{node.lineno}")
    assert wrong == []
