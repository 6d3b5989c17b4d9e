"""In Japanese, no screen or dialog shows English that is not a name, a reference or data.

Each screen is built for real on a demo database with the Japanese catalogue active, then its
widget tree is walked: every text a visible widget shows (labels, buttons, group titles, tabs,
combo items, placeholders, tooltips, menus, column headers, window titles) is checked for
English words. Proper names of products and standards, acronyms, references and data values
are allowed; anything else fails the test with the widget that shows it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from inquiry_desk import translations
from inquiry_desk.domain import i18n
from inquiry_desk.domain.enums import Language
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.register_rows import RegisterFilter
from inquiry_desk.ui.case.view import CaseView
from inquiry_desk.ui.intake.dialog import IntakeDialog
from inquiry_desk.ui.intake.import_results_dialog import ImportResultsDialog
from inquiry_desk.ui.main_controller import MainController
from inquiry_desk.ui.screenshots import _japanese_request, fill_intake_sample, sample_import_results
from inquiry_desk.ui.session.signin_dialog import SignInDialog

# Words that are the same in a Japanese office: names of products, standards and formats,
# units, and the app's own name.
ALLOWED = {
    "APPI", "GDPR", "UK", "EEA", "EU", "PDF", "CSV", "JSON", "XLSX", "ZIP", "AES", "PNG", "TIFF", "TIF",
    "JPEG", "OCR", "QR", "ID", "IDs", "FAX", "Fax", "IMAP", "SMTP", "TLS", "SSL", "CUPS", "OK", "URL",
    "KB", "MB", "GB", "JPY", "SQLite", "PostgreSQL", "Inquiry", "Desk", "ZenGroup", "Qt", "PySide",
    "Art", "No", "Eメール", "Windows", "Linux", "English", "IT", "PC", "DB", "My", "Number",
    "Stripe", "PayPal", "Braintree", "Google", "Facebook", "Microsoft", "Azure", "Tesseract",
    "Ctrl", "Shift", "Alt", "Enter", "Esc", "Tab", "Del", "PgUp", "PgDown", "Home", "End", "F1",
    "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11", "F12", "Space", "Backspace",
    # ISO country codes, the font names and their licence, the bundled toolkit's name.
    "ISO", "JP", "DE", "FR", "IPAexGothic", "IPAexMincho", "IPA", "IPAex", "LGPLv",
    "demo",  # the demo database's password, typed as it is written
}  # fmt: skip
# Data and references: emails, addresses of files and servers, case references, tracking
# numbers, postal codes, versions, times.
DATA = re.compile(
    r"[\w.+-]+@[\w.-]+"  # email
    r"|\b[A-Z]{2}-\d{4}-\d{4,}\b"  # PI-2026-0001
    r"|\b[A-Z]{2}\d{9}[A-Z]{2}\b"  # a Japan Post tracking number
    r"|(?:[A-Za-z]:)?[\\/][^\s]*"  # paths
    r"|\b[\w-]+\.(?:eml|msg|pdf|tif|tiff|png|jpg|csv|json|xlsx|zip|toml|backup|sqlite3|log|ini)\b"
    r"|https?://\S+"
    r"|\b[0-9A-Fa-f]{8,}\b"  # hashes, key fingerprints
    r"|\bv?\d+(?:\.\d+)+\b"
    r"|(?<![\w])\.(?:eml|msg|pdf|tif|tiff|png|jpg|csv|json|xlsx|zip)\b"  # an extension alone
    r"|\bPI-YYYY-NNNN\b"  # the reference format
    r"|\b[a-z]+(?:\.[a-z_]+)+\b|\bsignin\b"  # audit action names (case.view), data
    r"|Qt for Python|IPA Font License Agreement"  # product and licence names
    r"|言語 / Language"  # named in both languages on purpose: the way back for either reader
)
WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")
TAG = re.compile(r"<[^>]+>")


def english_words(text: str, data: set[str]) -> list[str]:
    text = TAG.sub(" ", text).replace("&nbsp;", " ").replace("&amp;", "&")
    text = DATA.sub(" ", text.replace("&", ""))
    return [w for w in WORD.findall(text) if w not in ALLOWED and w not in data]


def _model_headers(model: QAbstractItemModel | None) -> list[str]:
    if model is None:
        return []
    if isinstance(model, QAbstractListModel):
        return []  # a list (a completer's, a combo's) has no header
    return [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        for c in range(model.columnCount())
    ]


def _menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        yield action.text()
        yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person can read in `root` as it is shown."""
    yield f"{type(root).__name__} title", root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        if widget.toolTip():
            yield where + " tooltip", widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield where + f" tab {i}", widget.tabText(i)
                yield where + f" tab {i} tooltip", widget.tabToolTip(i)
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield where + f" item {i}", widget.itemText(i)
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield where + " placeholder", widget.placeholderText()
        elif isinstance(widget, QAbstractItemView):
            for header in _model_headers(widget.model()):
                yield where + " header", header
        elif isinstance(widget, QMenu):
            for text in _menu_texts(widget):
                yield where, text
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            yield "menu bar", action.text()
            if action.menu() is not None:
                for text in _menu_texts(action.menu()):
                    yield f"menu {action.text()}", text


def english_on(root: QWidget, data: set[str]) -> list[str]:
    found = []
    for where, text in visible_texts(root):
        words = english_words(text or "", data)
        if words:
            found.append(f"{where}: {text!r} ({', '.join(words)})")
    return found


def test_the_checker_catches_english_and_lets_data_through(qtbot: object) -> None:
    assert english_words("Days left", set()) == ["Days", "left"]
    assert english_words("残り日数", set()) == []
    assert english_words("受付番号 PI-2026-0001 を開きました。", set()) == []
    assert english_words("hanako.yamada@example.jp に送信", set()) == []
    assert english_words("PDFとして保存(&S)", set()) == []
    assert english_words("Maria Rossi 様", {"Maria", "Rossi"}) == []


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[None]:
    translations.activate(Language.JA)
    yield
    translations.activate(Language.EN)
    i18n.install(None, Language.EN)


def _data_words(app: App) -> set[str]:
    """Words that are data in the demo: the applicants' and staff's names, as typed."""
    words: set[str] = set()
    for user in app.users.list(app.users.authenticate("admin", "demo")):
        words.update(WORD.findall(f"{user.display_name} {user.username}"))
    for row in app.register.page(RegisterFilter(), sort="ref", limit=10_000):
        words.update(WORD.findall(row.applicant))
    return words


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _check(widget: QWidget, data: set[str]) -> list[str]:
    _settle()
    return english_on(widget, data)


Screen = Callable[[MainController, App], QWidget | None]


def _register(ctl: MainController, app: App) -> QWidget:
    return ctl.window


def _dashboard(ctl: MainController, app: App) -> QWidget:
    ctl.show_dashboard()
    return ctl.window


def _case_tabs(ctl: MainController, app: App) -> list[QWidget]:
    ref = _japanese_request(app)
    assert ref is not None
    view = ctl.case_tabs.open_case(ref)
    assert isinstance(view, CaseView)
    return [view]


@pytest.mark.demo
def test_main_window_register_and_dashboard_are_japanese(
    japanese: None, app: App, manager: Actor, make_ctl: Callable[..., MainController]
) -> None:
    ctl = make_ctl(app, manager)
    ctl.window.resize(1366, 768)
    data = _data_words(app)
    problems = _check(ctl.window, data)
    assert not problems, "\n".join(problems)
    ctl.show_dashboard()
    problems = _check(ctl.window, data)
    assert not problems, "\n".join(problems)


@pytest.mark.demo
def test_every_tab_of_a_case_is_japanese(
    japanese: None, app: App, manager: Actor, make_ctl: Callable[..., MainController]
) -> None:
    ctl = make_ctl(app, manager)
    ctl.window.resize(1366, 768)
    data = _data_words(app)
    ref = _japanese_request(app)
    assert ref is not None
    view = ctl.case_tabs.open_case(ref)
    assert view is not None
    problems = []
    for i in range(view.tabs.count()):
        view.tabs.setCurrentIndex(i)
        problems += [f"tab {i}: {p}" for p in _check(ctl.window, data)]
    assert not problems, "\n".join(problems)


@pytest.mark.demo
def test_tool_windows_are_japanese(
    japanese: None, app: App, manager: Actor, make_ctl: Callable[..., MainController]
) -> None:
    ctl = make_ctl(app, manager)
    data = _data_words(app)
    problems = []
    for name in ("show_settings", "show_users", "show_audit_log", "show_purge"):
        window = getattr(ctl.tools, name)()
        assert window is not None, name
        problems += [f"{name}: {p}" for p in _check(window, data)]
        if isinstance(window, QDialog):
            window.done(QDialog.DialogCode.Rejected)
        else:
            window.close()
    assert not problems, "\n".join(problems)


@pytest.mark.demo
def test_intake_import_results_sign_in_and_lock_are_japanese(
    japanese: None, app: App, manager: Actor, make_ctl: Callable[..., MainController], qtbot: object
) -> None:
    ctl = make_ctl(app, manager)
    data = _data_words(app)
    problems = []
    intake = IntakeDialog(lambda _new: "", date.today, ctl.window)
    fill_intake_sample(intake)
    intake.show()
    problems += [f"intake: {p}" for p in _check(intake, data)]
    intake.done(QDialog.DialogCode.Rejected)
    results = ImportResultsDialog(sample_import_results(app), ctl.window)
    results.show()
    # The sample's file names and refusal reasons are the importer's own data here.
    problems += [f"import results: {p}" for p in _check(results, data) if "header" in p or "title" in p]
    results.close()
    signin = SignInDialog(app.users.authenticate, demo=True)
    qtbot.addWidget(signin)  # type: ignore[attr-defined]
    signin.show()
    problems += [f"sign-in: {p}" for p in _check(signin, data)]
    signin.close()
    ctl.window_lock.lock()
    problems += [f"lock: {p}" for p in _check(ctl.window, data)]
    ctl.window_lock.unlock()
    about = ctl.about()
    problems += [f"about: {p}" for p in _check(about, data)]
    about.close()
    preview = ctl.print_preview()
    if preview is not None:
        problems += [f"print preview: {p}" for p in _check(preview, data)]
        preview.close()
    assert not problems, "\n".join(problems)
