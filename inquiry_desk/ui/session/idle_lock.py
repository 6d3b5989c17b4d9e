"""Auto-lock after idle time: an event filter on the application restarts a timer on input.

When the timer fires the main window covers its work with a `LockScreen`; dialogs that
were open are hidden, not closed, so what someone was typing is still there after the
password is given again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.i18n import translate
from inquiry_desk.ui.widgets.field_error import ERROR_STYLE

DEFAULT_IDLE_MINUTES = 10.0
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.ShortcutOverride,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` after `minutes` without keyboard, mouse or touch input."""

    idle = Signal()

    def __init__(self, minutes: float = DEFAULT_IDLE_MINUTES, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        self.timer.timeout.connect(self.idle)

    def start(self, app: QObject) -> None:
        app.installEventFilter(self)
        self.timer.start()

    def stop(self, app: QObject) -> None:
        app.removeEventFilter(self)
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Restarting a running QTimer is cheap; every input event lands here.
        if event.type() in _INPUT_EVENTS:
            self.timer.start()
        return False


class LockScreen(QWidget):
    """What the main window shows while locked: who is signed in and a password field."""

    unlocked = Signal()
    switch_user = Signal()  # someone else signs in on this PC: the session ends first

    def __init__(self, who: str, verify: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self._verify = verify
        title = QLabel(translate("LockScreen", "Inquiry Desk is locked"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.who = who
        text = QLabel()
        text.setWordWrap(True)
        self.reason = text
        self.set_manual(False)
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate("LockScreen", "Password"))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.button = QPushButton(translate("LockScreen", "Unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.try_unlock)
        self.switch_button = QPushButton(translate("LockScreen", "Sign in as someone else…"))
        self.switch_button.setObjectName("switchUser")
        self.switch_button.setFlat(True)
        self.switch_button.clicked.connect(self.switch_user)
        self.password.returnPressed.connect(self.try_unlock)
        box = QWidget()
        box.setFixedWidth(440)
        inner = QVBoxLayout(box)
        inner.setSpacing(10)
        for w in (title, text, self.password, self.error, self.button, self.switch_button):
            inner.addWidget(w)
        # A wrapped label in a fixed-width box is given one line's height unless told the
        # height its width needs: the second line was cut off (longer still in Japanese).
        margins = inner.contentsMargins()
        text.setMinimumHeight(text.heightForWidth(box.width() - margins.left() - margins.right()))
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def set_user(self, who: str, verify: Callable[[str], bool]) -> None:
        """Who is signed in, once they are: the main window is built before the sign-in."""
        self.who, self._verify = who, verify
        self.set_manual(False)

    def set_manual(self, manual: bool) -> None:
        """Why the window is locked: someone locked it, or nobody used it for a while."""
        if manual:
            text = translate("LockScreen", "Locked by {who}. Enter the password to continue.")
        else:
            text = translate(
                "LockScreen", "Locked after a period without use. {who}, enter your password to continue."
            )
        self.reason.setText(text.format(who=self.who))

    def try_unlock(self) -> None:
        ok = self._verify(self.password.text())
        self.password.clear()
        if not ok:
            self.error.setText(
                translate("LockScreen", "The password is wrong (repeated failures lock the account).")
            )
            self.error.show()
            return
        self.error.hide()
        self.unlocked.emit()


class LockableWindow(Protocol):
    """What locking needs of the main window (kept structural to avoid an import cycle)."""

    # Read-only properties, so that the window's QTabWidget and QToolBar satisfy them.
    @property
    def stack(self) -> QStackedWidget: ...
    @property
    def tabs(self) -> QWidget: ...
    @property
    def toolbar(self) -> QWidget: ...

    def findChildren(self, kind: type[QAction]) -> list[QAction]: ...
    def menuBar(self) -> QMenuBar: ...


class WindowLock:
    """Covers the main window with the lock screen and restores it exactly as it was."""

    def __init__(self, window: LockableWindow, screen: LockScreen) -> None:
        self.window = window
        self._window_widget: object = window  # the same object, compared with widgets
        self.screen = screen
        self.locked = False
        self._hidden: list[QWidget] = []
        self._enabled_before: dict[QAction, bool] = {}

    def lock(self, manual: bool = False) -> None:
        if self.locked:
            return
        self.locked = True
        self.screen.set_manual(manual)
        # Dialogs are hidden, not closed: what someone was typing survives the lock.
        self._hidden = [
            w
            for w in QApplication.topLevelWidgets()
            if w is not self._window_widget and w.isVisible() and w.isWindow() and not w.inherits("QMenu")
        ]
        for w in self._hidden:
            w.hide()
        # Disabling the menu bar alone would leave the actions' shortcuts working.
        self._enabled_before = {a: a.isEnabled() for a in self.window.findChildren(QAction)}
        for action in self._enabled_before:
            action.setEnabled(False)
        self.window.menuBar().setEnabled(False)
        self.window.toolbar.setEnabled(False)
        self.window.stack.setCurrentWidget(self.screen)
        self.screen.password.setFocus()

    def unlock(self) -> None:
        self.locked = False
        self.window.stack.setCurrentWidget(self.window.tabs)
        for action, enabled in self._enabled_before.items():
            action.setEnabled(enabled)
        self.window.menuBar().setEnabled(True)
        self.window.toolbar.setEnabled(True)
        for w in self._hidden:
            w.show()
        self._hidden = []
