from __future__ import annotations

from pathlib import Path

import pytest

from inquiry_desk.intake import safe_filename, unique_path_in


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("..\\..\\Windows\\win.ini", "win.ini"),
        ("CON", "_CON"),
        ("con.txt", "_con.txt"),
        ("NUL.tar.gz", "_NUL.tar.gz"),
        ("COM1", "_COM1"),
        ("lpt9.pdf", "_lpt9.pdf"),
        ("CONSOLE.txt", "CONSOLE.txt"),
        ("report.pdf. . ", "report.pdf"),
        ("a\x00b\x1fc.pdf", "a_b_c.pdf"),
        ("", "attachment"),
        ("..", "attachment"),
        ("...", "attachment"),
        ("/", "attachment"),
        (None, "attachment"),
        (".bashrc", "bashrc"),
        ("inv\u202egpj.exe", "inv_gpj.exe"),
        ('a<b>:"|?*.txt', "a_b______.txt"),
    ],
)
def test_safe_filename(name: str | None, expected: str) -> None:
    assert safe_filename(name) == expected


def test_overlong_names_keep_their_extension() -> None:
    result = safe_filename("申" * 300 + ".pdf")
    assert result.endswith(".pdf") and len(result) <= 120


def test_unique_path_never_leaves_the_folder(tmp_path: Path) -> None:
    first = unique_path_in(tmp_path, "../../evil.txt")
    assert first.parent == tmp_path.resolve() and first.name == "evil.txt"
    first.write_text("x")
    second = unique_path_in(tmp_path, "evil.txt")
    assert second.name == "evil (2).txt"
