"""GUI fixtures: real widgets on the offscreen platform, a temporary QSettings file, and
a controller signed in as a staff member. Sign-in throttling sleeps are skipped."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QWidget

from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.ui.main_controller import MainController
from inquiry_desk.ui.widgets.notify import RecordingNotifier

# The offscreen platform plugin warns when a shown window's size constraints change; that is
# the test platform talking, not the app (real platforms support it).
_PLATFORM_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(_PLATFORM_NOISE))


def _ime_type(widget: QWidget, text: str) -> None:
    """Type as an input method (IME) does, by committing composed text: QTest can only
    synthesise keyboard keys, and kana and kanji reach Qt as an input-method commit."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    # To the focus widget itself, as the platform does: a text edit's viewport has no input
    # method of its own, and an event sent there is dropped.
    QCoreApplication.sendEvent(widget, event)


@pytest.fixture
def ime_type() -> Callable[[QWidget, str], None]:
    return _ime_type


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def notifier() -> RecordingNotifier:
    return RecordingNotifier()


@pytest.fixture
def no_throttle(app: App) -> None:
    app.users.sleep = lambda _seconds: None


def make_controller(
    qtbot: object,
    app: App,
    actor: Actor,
    settings: QSettings,
    notifier: RecordingNotifier,
    idle_minutes: float = 60,
) -> MainController:
    controller = MainController(app, actor, settings=settings, notifier=notifier, idle_minutes=idle_minutes)
    qtbot.addWidget(controller.window)  # type: ignore[attr-defined]
    controller.window.show()
    return controller


@pytest.fixture
def make_ctl(
    qtbot: object, settings: QSettings, notifier: RecordingNotifier
) -> Callable[..., MainController]:
    def make(app: App, actor: Actor, idle_minutes: float = 60) -> MainController:
        return make_controller(qtbot, app, actor, settings, notifier, idle_minutes)

    return make


@pytest.fixture
def controller(
    qtbot: object, app: App, staff: Actor, settings: QSettings, notifier: RecordingNotifier
) -> Iterator[MainController]:
    ctl = make_controller(qtbot, app, staff, settings, notifier)
    yield ctl
    ctl.window.close()
