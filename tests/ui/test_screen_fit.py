"""Every window and dialog fits an office screen, 1366×768 or 1024×700, with its buttons on it.

The screen's free area is set for each run (the offscreen platform has one fixed screen); the
windows are the real ones, built on the demo database and shown.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWidget

from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.ui.case.attachment_viewer import AttachmentViewer
from inquiry_desk.ui.intake.dialog import IntakeDialog
from inquiry_desk.ui.intake.import_results_dialog import ImportResultsDialog
from inquiry_desk.ui.main_controller import MainController
from inquiry_desk.ui.screenshots import _japanese_request, fill_intake_sample, sample_import_results
from inquiry_desk.ui.widgets import screen_fit

TITLE_BAR = 30  # what the window manager adds above a window's own area
SCREENS = [(1024, 700), (1366, 768)]


@pytest.fixture(params=SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def screen(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> QRect:
    width, height = request.param
    area = QRect(0, 0, width, height)
    monkeypatch.setattr(screen_fit, "available_area", lambda _widget: area)
    return area


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _outside(window: QWidget) -> Iterator[str]:
    """Buttons of `window` that are not inside it (those in a scrolling area may scroll)."""
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or _scrolls(button, window):
            continue
        top_left = button.mapTo(window, QPoint(0, 0))
        if not window.rect().contains(QRect(top_left, button.size())):
            yield f"{type(window).__name__}: {button.text() or button.objectName()!r} at {top_left}"


def _scrolls(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _fits(window: QWidget, screen: QRect) -> list[str]:
    _settle()
    problems = list(_outside(window))
    if window.width() > screen.width() or window.height() + TITLE_BAR > screen.height():
        problems.append(f"{type(window).__name__} is {window.width()}×{window.height()}")
    return problems


def _tiff() -> bytes:
    out = io.BytesIO()
    Image.new("1", (1728, 2200), 1).save(out, format="TIFF", compression="group4")
    return out.getvalue()


@pytest.mark.demo
def test_the_main_window_fits_with_a_case_and_the_dashboard(
    screen: QRect, app: App, manager: Actor, make_ctl: Callable[..., MainController]
) -> None:
    ctl = make_ctl(app, manager)
    problems = _fits(ctl.window, screen)
    ref = _japanese_request(app)
    assert ref is not None and ctl.case_tabs.open_case(ref) is not None
    problems += _fits(ctl.window, screen)
    assert ctl.window.minimumSizeHint().width() <= screen.width()
    assert ctl.window.minimumSizeHint().height() + TITLE_BAR <= screen.height()
    ctl.show_dashboard()
    problems += _fits(ctl.window, screen)
    assert ctl.window.minimumSizeHint().height() + TITLE_BAR <= screen.height()
    # On a 1024-pixel screen the dashboard goes to two columns and scrolls, so that its charts
    # keep their labels whole instead of squeezing three columns side by side.
    assert ctl.dashboard is not None and ctl.dashboard.narrow is (screen.width() < 1150)
    assert ctl.dashboard.state_view.width() >= ctl.dashboard.state_view.minimumSizeHint().width()
    assert not problems, "\n".join(problems)


@pytest.mark.demo
def test_every_dialog_fits_with_its_buttons_visible(
    screen: QRect, app: App, manager: Actor, make_ctl: Callable[..., MainController], qtbot: object
) -> None:
    ctl = make_ctl(app, manager)
    problems: list[str] = []
    for name in ("show_settings", "show_users", "show_audit_log", "show_purge", "show_language"):
        window = getattr(ctl.tools, name)()
        assert window is not None, name
        problems += _fits(window, screen)
        window.close()
    intake = IntakeDialog(lambda _new: "", date.today, ctl.window)
    fill_intake_sample(intake)
    intake.show()
    problems += _fits(intake, screen)
    intake.close()
    results = ImportResultsDialog(sample_import_results(app), ctl.window)
    results.show()
    problems += _fits(results, screen)
    results.close()
    viewer = AttachmentViewer("fax.tif", "image/tiff", _tiff(), ctl.window)
    viewer.show()
    problems += _fits(viewer, screen)
    viewer.close()
    ref = _japanese_request(app)
    assert ref is not None
    ctl.case_tabs.open_case(ref)
    preview = ctl.print_preview()
    assert preview is not None
    problems += _fits(preview, screen)
    preview.close()
    assert not problems, "\n".join(problems)


def test_the_attachment_viewer_closes_with_its_button_and_with_esc(qtbot: object) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    for close in ("button", "esc"):
        viewer = AttachmentViewer("fax.tif", "image/tiff", _tiff())
        qtbot.addWidget(viewer)  # type: ignore[attr-defined]
        viewer.show()
        if close == "button":
            button = viewer.buttons.button(QDialogButtonBox.StandardButton.Close)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        else:
            viewer.page.setFocus()  # a child with the focus must not keep the key
            qtbot.keyClick(viewer.page, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda v=viewer: not v.isVisible(), timeout=2000)  # type: ignore[attr-defined]
