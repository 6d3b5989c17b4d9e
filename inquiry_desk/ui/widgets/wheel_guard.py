"""Combo, date and spin boxes change only when focused: the mouse wheel scrolls the page.

Without this, scrolling a long form (a case's Identity tab) with the wheel changed whichever
box happened to pass under the pointer — the document type became "Pension book" and the
holder "Representative" without anyone noticing. One application-wide event filter covers
every such box, present and future, so no form can forget it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

_GUARDED = (QComboBox, QAbstractSpinBox)  # QDateEdit is a QAbstractSpinBox


def _guard_focus(widget: QWidget) -> None:
    # Qt's default, WheelFocus, focuses the box on the first wheel turn: the box would then
    # count as focused and change anyway. StrongFocus keeps Tab and click. (Qt imported
    # here: its namespace costs ~30 ms to load, and the sign-in dialog has no such box.)
    from PySide6.QtCore import Qt

    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not widget.isWindow():
        if isinstance(parent, QAbstractScrollArea):
            return parent
        widget, parent = parent, parent.parentWidget()
    return None


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, _GUARDED):
            return False
        if event.type() == QEvent.Type.Polish:
            _guard_focus(watched)
        elif event.type() == QEvent.Type.Wheel and not watched.hasFocus():
            assert isinstance(event, QWheelEvent)
            self._to_page(watched, event)
            return True  # the box never sees it
        return False

    @staticmethod
    def _to_page(box: QWidget, event: QWheelEvent) -> None:
        """Hand the wheel to the scroll area the box sits in, so that the page scrolls.

        Forwarded here rather than left to Qt's propagation: Qt propagates only wheel
        events from the window system, and this way the rule holds for every event."""
        area = _scroll_area_around(box)
        if area is None:
            event.ignore()
            return
        viewport = area.viewport()
        local = viewport.mapFromGlobal(event.globalPosition())
        forwarded = QWheelEvent(
            local,
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
            event.source(),
            event.pointingDevice(),
        )
        QCoreApplication.sendEvent(viewport, forwarded)
        event.accept()


def install_wheel_guard(app: QCoreApplication | None = None) -> WheelGuard | None:
    """Install the guard on the application once (a second call returns the first guard)."""
    app = app or QCoreApplication.instance()
    if not isinstance(app, QApplication):
        return None
    for child in app.children():
        if isinstance(child, WheelGuard):
            return child
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    for widget in QApplication.allWidgets():  # built before the guard: polished already
        if isinstance(widget, _GUARDED):
            _guard_focus(widget)
    return guard
