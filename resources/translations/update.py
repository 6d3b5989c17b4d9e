"""Refresh the translation catalogues from the source, then compile them into the package.

    python resources/translations/update.py          # lupdate + lrelease
    python resources/translations/update.py --check  # exit 1 if the catalogues are stale

`pyside6-lupdate` reads every `translate(...)` / `QT_TRANSLATE_NOOP(...)` call under
`inquiry_desk/` into `inquiry_desk_ja.ts` (edit it with `pyside6-linguist`) and the plural
forms alone into `inquiry_desk_en.ts`. lupdate marks a plural only for `self.tr(text, "", n)`,
which the code never uses (PySide6 takes that context from the subclass), so every message
with `%n` is made a plural message here. English plurals are filled in by the rule the code
uses without a catalogue ("%n case(s)" → "1 case", "2 cases"). `pyside6-lrelease` writes the
`.qm` files the application loads into `inquiry_desk/resources/translations/`, which is
package data and so part of the wheel.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PACKAGE = ROOT / "inquiry_desk"
COMPILED = PACKAGE / "resources" / "translations"
LANGUAGES = ("ja", "en")


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def _sources() -> list[str]:
    return [str(p) for p in sorted(PACKAGE.rglob("*.py"))]


def lupdate(ts: Path, extra: list[str]) -> None:
    subprocess.run(
        [_tool("pyside6-lupdate"), *extra, "-no-obsolete", "-locations", "none", *_sources(), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )


def _plural_forms(ts: Path, language: str) -> None:
    """Every message with %n becomes a plural one: Japanese keeps its one form, English gets
    its two from `english_plural`; English keeps only its plural messages."""
    sys.path.insert(0, str(ROOT))
    from inquiry_desk.domain.i18n import english_plural

    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        for message in list(context.iter("message")):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            if "%n" not in source:
                if language == "en":
                    context.remove(message)
                continue
            message.set("numerus", "yes")
            if language == "en":
                forms = [english_plural(source, n).replace(str(n), "%n", 1) for n in (1, 2)]
                translation.attrib.pop("type", None)
            else:
                existing = translation.findtext("numerusform") or (translation.text or "").strip()
                forms = [existing]
                if existing:
                    # lupdate reads the call as a plain message and so marks our plural one
                    # unfinished each time; a translated one is finished (lrelease skips unfinished).
                    translation.attrib.pop("type", None)
            translation.text = None
            for form in list(translation):
                translation.remove(form)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        if language == "en" and context.find("message") is None:
            tree.getroot().remove(context)
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def update(folder: Path = HERE, compiled: Path = COMPILED) -> None:
    compiled.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = folder / f"inquiry_desk_{language}.ts"
        lupdate(ts, [])
        _plural_forms(ts, language)
        lrelease(ts, compiled / f"inquiry_desk_{language}.qm")


def stale() -> list[str]:
    """The files that `update` would change: a message added in the code and not yet
    in the catalogue, or a `.qm` that does not match its `.ts`."""
    with tempfile.TemporaryDirectory() as tmp:
        work, out = Path(tmp) / "ts", Path(tmp) / "qm"
        shutil.copytree(HERE, work, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
        update(work, out)
        changed = [
            ts.name for ts in sorted(work.glob("*.ts")) if ts.read_bytes() != (HERE / ts.name).read_bytes()
        ]
        changed += [
            qm.name
            for qm in sorted(out.glob("*.qm"))
            if not (COMPILED / qm.name).is_file() or qm.read_bytes() != (COMPILED / qm.name).read_bytes()
        ]
        return changed


if __name__ == "__main__":
    if "--check" in sys.argv:
        found = stale()
        print("stale: " + ", ".join(found) if found else "catalogues are up to date")
        sys.exit(1 if found else 0)
    update()
