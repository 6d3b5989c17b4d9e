"""The architecture of DESIGN.md, read from the source: a layer break or an import cycle fails here.

Imports are read with ``ast``, so a lazy import inside a function counts as much as one at
the top; only those under ``if TYPE_CHECKING:`` are left out (they never run).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "inquiry_desk"
QT = ("PySide6", "shiboken6")
CORE = ("domain", "services", "store")


def _module(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runtime_imports(tree: ast.Module) -> Iterator[ast.Import | ast.ImportFrom]:
    typing_only = {
        id(node)
        for branch in ast.walk(tree)
        if isinstance(branch, ast.If) and "TYPE_CHECKING" in ast.unparse(branch.test)
        for node in ast.walk(branch)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom) and id(node) not in typing_only:
            yield node


@cache
def _imports() -> dict[str, frozenset[str]]:
    """Every module of the package → the modules it imports when it runs."""
    found: dict[str, frozenset[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        names: set[str] = set()
        for node in _runtime_imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif node.module and node.level == 0:
                names.add(node.module)
        found[_module(path)] = frozenset(names)
    return found


def _within(module: str, *prefixes: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def _breaks(sources: tuple[str, ...], forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{module} imports {name}"
        for module, names in _imports().items()
        if _within(module, *sources)
        for name in names
        if _within(name, *forbidden)
    )


def _ours(*names: str) -> tuple[str, ...]:
    return tuple(f"inquiry_desk.{n}" for n in names)


def test_the_screens_never_import_the_store_or_sqlalchemy() -> None:
    assert _breaks(_ours("ui"), (*_ours("store"), "sqlalchemy")) == []


def test_the_screens_reach_documents_and_intake_only_through_the_services() -> None:
    assert _breaks(_ours("ui"), _ours("documents", "intake")) == []


def test_the_screens_never_reach_for_the_database() -> None:
    """Screens get services; ``something.db`` in ui/ would be a way around them."""
    reaches = sorted(
        f"{path.relative_to(PACKAGE)}:{node.lineno}"
        for path in (PACKAGE / "ui").rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr == "db"
    )
    assert reaches == []


def test_the_core_never_imports_qt() -> None:
    assert _breaks(_ours(*CORE), QT) == []


@pytest.mark.parametrize("package", ["documents", "intake"])
def test_documents_and_intake_import_neither_qt_nor_the_screens(package: str) -> None:
    assert _breaks(_ours(package), (*QT, *_ours("ui", "cli"))) == []


def test_the_domain_imports_only_itself() -> None:
    assert _breaks(_ours("domain"), _ours("services", "store", "documents", "intake", "ui", "cli")) == []


def _package_of(module: str) -> str:
    """The package a module lives in (a package's ``__init__`` lives in the package itself)."""
    path = PACKAGE.parent.joinpath(*module.split("."))
    return module if path.is_dir() else module.rpartition(".")[0]


def _sibling_edges() -> dict[str, set[str]]:
    """Package → the packages beside it (children of one parent) that it imports.

    A deeper module counts as its ancestor beside the other: ``services.purge.service``
    importing ``services.reports.files`` is ``services.purge`` → ``services.reports``.
    Imports between a package and its own parent or children are not cycles of features
    (``services/app.py`` is the composition root and builds every service package).
    """
    edges: dict[str, set[str]] = {}
    for module, names in _imports().items():
        source = _package_of(module).split(".")
        for name in names:
            if not _within(name, "inquiry_desk"):
                continue
            target = _package_of(name).split(".")
            common = 0
            while common < min(len(source), len(target)) and source[common] == target[common]:
                common += 1
            if common < len(source) and common < len(target):
                a, b = ".".join(source[: common + 1]), ".".join(target[: common + 1])
                edges.setdefault(a, set()).add(b)
    return edges


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one package (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(edges.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group: list[str] = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return groups


def test_no_two_packages_import_each_other_even_through_others() -> None:
    assert _cycles(_sibling_edges()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    """The check above cannot pass by finding nothing."""
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []
