"""The words people read, in the language they chose: one translation function for every layer.

Screens, messages and the command line all call `translate(context, source)`. The core stays
free of Qt: the front end that starts (the window or the command line) plugs Qt's own
translator in with `install`, so the catalogues are the `.ts`/`.qm` files that
`pyside6-lupdate` extracts from these calls (it recognises `translate(` and
`QT_TRANSLATE_NOOP(`). Until something is installed, the source text (English) is returned.

Placeholders are Python's named fields, filled after translation, so a translator can move
them: ``translate("Case", "Case {ref} was not found.").format(ref=ref)``. A count uses Qt's
``%n`` with the `n` argument, which picks the plural form (Japanese has one).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol, TypeVar

from inquiry_desk.domain.enums import Language

Translator = Callable[[str, str, "str | None", int], str]

_translator: Translator | None = None
_language: Language = Language.EN


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    if _translator is None:
        return english_plural(source, n) if n >= 0 else source
    return _translator(context, source, disambiguation, n)


def english_plural(source: str, n: int) -> str:
    """'%n case(s)' → '1 case', '2 cases'; '%n cop(y|ies)' → '1 copy', '2 copies': English
    without a catalogue loaded (the command line, which imports no Qt for English). The
    catalogue's English plurals say the same."""
    text = _ALTERNATIVES.sub(lambda m: m[1] if n == 1 else m[2], source)
    return text.replace("(s)", "" if n == 1 else "s").replace("%n", str(n))


_ALTERNATIVES = re.compile(r"\((\w*)\|(\w*)\)")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a constant for the catalogue; it is translated where it is shown."""
    return source


def install(translator: Translator | None, language: Language) -> None:
    """Called once at start-up by the front end (the window or the command line)."""
    global _translator, _language
    _translator, _language = translator, language


def current_language() -> Language:
    """The interface's language: what screens and command-line messages are written in."""
    return _language


T = TypeVar("T")


def in_language(english: T, japanese: T) -> T:
    """One of two texts kept side by side in the domain (labels shared with the letters)."""
    return japanese if _language is Language.JA else english


class Labelled(Protocol):
    @property
    def label(self) -> str: ...

    @property
    def label_ja(self) -> str: ...


def label_of(item: Labelled) -> str:
    """A domain word (a state, a request type, a refusal ground) in the interface's language.
    The Japanese is the domain's own `label_ja`, the same words the letters use."""
    return item.label_ja if _language is Language.JA else item.label


class Commanded(Protocol):
    @property
    def verb(self) -> str: ...

    @property
    def verb_ja(self) -> str: ...


def verb_of(item: Commanded) -> str:
    """A lifecycle action as its button names it, in the interface's language."""
    return item.verb_ja if _language is Language.JA else item.verb
