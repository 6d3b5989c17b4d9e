"""Review after import in the window: the suggestions marked in the case view, Confirm and
Confirm all, the Edit case… dialog confirming what it corrects, a stale confirmation refused,
and the register's "Needs review" filter and marker."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from inquiry_desk.domain.enums import Role
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.editing import CaseEdit
from inquiry_desk.services.intake.importer import ImportService
from inquiry_desk.ui.case.edit_dialog import EditCaseDialog
from inquiry_desk.ui.case.suggestions import CONFIRM_BUTTON
from inquiry_desk.ui.case.view import CaseView
from inquiry_desk.ui.main_controller import MainController
from inquiry_desk.ui.register.model import COL_REF, NEEDS_REVIEW_MARK, RegisterModel
from inquiry_desk.ui.widgets.notify import RecordingNotifier
from tests.services.lifecycle_helpers import make_user, new_case

pytestmark = pytest.mark.clock_starts(date(2026, 12, 7))
Make = Callable[..., MainController]
FAX = "07-fax-gateway-pdf.eml"
W = TypeVar("W", bound=QWidget)


def _import(app: App, staff: Actor, samples_dir: Path, name: str = FAX) -> str:
    [result] = ImportService(app).import_path(staff, samples_dir / "inbox" / name)
    assert result.ref is not None
    return result.ref


def _click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _marked(view: CaseView) -> set[str]:
    """The fields the view marks as suggested, from the markers' rows."""
    fields: set[str] = set()
    for widget in _shown(view, QWidget):
        name = widget.objectName()
        if name.startswith("suggested:") and widget.findChild(QLabel, "suggestedMarker") is not None:
            fields.update(name.removeprefix("suggested:").split(","))
    return fields


def _shown(view: CaseView, kind: type[W], name: str = "") -> list[W]:
    """Children of the header and of the pages in the tabs now: the pages a reload replaced
    are deleted only when the event loop next runs."""
    roots = [view.header, view.review_bar, *(view.tabs.widget(i) for i in range(view.tabs.count()))]
    found = view.findChildren(kind, name) if name else view.findChildren(kind)
    return [w for w in found if any(root is w or root.isAncestorOf(w) for root in roots)]


def _confirm_button(view: CaseView, field: str) -> QAbstractButton:
    for button in _shown(view, QAbstractButton, CONFIRM_BUTTON):
        if field in (button.property("fields") or []):
            return button
    raise AssertionError(f"no Confirm button for {field}")


def _open(ctl: MainController, ref: str) -> CaseView:
    view = ctl.case_tabs.open_case(ref)
    assert isinstance(view, CaseView)
    view.tabs.setCurrentIndex(0)  # the applicant's page
    return view


def test_suggestions_are_marked_and_confirmed_one_then_all(
    qtbot: QtBot, app: App, staff: Actor, make_ctl: Make, samples_dir: Path
) -> None:
    ref = _import(app, staff, samples_dir)
    ctl = make_ctl(app, staff)
    view = _open(ctl, ref)
    suggested = set(app.cases.get(staff, ref, record_view=False).suggested)
    assert _marked(view) == suggested >= {"applicant.name", "applicant.phone", "kind", "request_types"}
    marker = view.findChild(QLabel, "suggestedMarker")
    assert marker is not None and marker.isVisible() and "Check it against the documents" in marker.toolTip()
    assert "please check" in marker.toolTip()
    assert view.review_bar.isVisible() and view.review_bar.confirm_all.isVisible()
    assert "applicant's phone" in view.review_bar.text.text()

    _click(qtbot, _confirm_button(view, "applicant.phone"))
    assert _marked(view) == suggested - {"applicant.phone"}
    stored = app.cases.get(staff, ref, record_view=False)
    assert set(stored.suggested) == suggested - {"applicant.phone"}
    assert view.detail.version == stored.version == 2
    last = view.timeline.topLevelItem(view.timeline.topLevelItemCount() - 1)
    assert last.text(2) == "Confirmed: applicant's phone"

    _click(qtbot, view.review_bar.confirm_all)
    assert _marked(view) == set() and not view.review_bar.isVisible()
    assert app.cases.get(staff, ref, record_view=False).suggested == ()
    assert not _shown(view, QAbstractButton, CONFIRM_BUTTON)
    ctl.window.close()


def test_a_case_typed_in_shows_no_suggestions(qtbot: QtBot, app: App, staff: Actor, make_ctl: Make) -> None:
    ref = app.cases.create(staff, new_case(date(2026, 12, 1)))
    view = _open(make_ctl(app, staff), ref)
    assert _marked(view) == set() and not view.review_bar.isVisible()


def test_edit_case_confirms_the_fields_it_corrects_only(
    qtbot: QtBot, app: App, staff: Actor, make_ctl: Make, samples_dir: Path
) -> None:
    ref = _import(app, staff, samples_dir)
    ctl = make_ctl(app, staff)
    view = _open(ctl, ref)
    before = _marked(view)
    _click(qtbot, view.edit_button)
    dialog = view.edit_dialog
    assert isinstance(dialog, EditCaseDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.applicant.phone.selectAll()
    qtbot.keyClick(dialog.applicant.phone, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.applicant.phone, "06-6634-1122")
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _marked(view) == before - {"applicant.phone"}
    assert set(app.cases.get(staff, ref, record_view=False).suggested) == before - {"applicant.phone"}
    ctl.window.close()


def test_a_stale_confirmation_is_refused_and_the_case_shown_as_it_is(
    qtbot: QtBot, app: App, staff: Actor, make_ctl: Make, samples_dir: Path, notifier: RecordingNotifier
) -> None:
    colleague = make_user(app, "suzuki", Role.STAFF)
    ref = _import(app, staff, samples_dir)
    ctl = make_ctl(app, staff)
    view = _open(ctl, ref)
    ctl.case_tabs.follow_timer.stop()  # the colleague's change must not be followed first
    app.edits.edit(colleague, ref, CaseEdit(applicant={"phone": "06-6634-1122"}))  # meanwhile

    _click(qtbot, _confirm_button(view, "applicant.name"))
    _title, text = notifier.messages[-1]
    assert "was changed after you opened it" in text
    assert "Suzuki — Edited: applicant's phone" in text and "6634" not in text
    stored = app.cases.get(staff, ref, record_view=False)
    assert "applicant.name" in stored.suggested  # nothing confirmed
    # The view now shows the case as stored: the colleague's correction confirmed the phone.
    assert view.detail.version == stored.version
    assert "applicant.phone" not in _marked(view) and "applicant.name" in _marked(view)
    ctl.window.close()


def test_the_register_filters_cases_needing_review_none_one_many(
    qtbot: QtBot, app: App, staff: Actor, make_ctl: Make, samples_dir: Path, qtmodeltester: object
) -> None:
    typed = app.cases.create(staff, new_case(date(2026, 12, 1)))
    ctl = make_ctl(app, staff)
    combo = ctl.register_view.awaiting
    assert combo.isVisible()
    combo.setCurrentIndex(combo.findText("Needs review"))
    assert ctl.model.rowCount() == 0
    assert ctl.register_view.empty_note.text() == "No case matches these filters."

    first = _import(app, staff, samples_dir)
    ctl.apply_filter()
    assert [ctl.model.row_at(r).ref for r in range(ctl.model.rowCount())] == [first]
    second = _import(app, staff, samples_dir, "01-access-request-gdpr.eml")
    third = _import(app, staff, samples_dir, "08-complaint-marketing.eml")
    ctl.apply_filter()
    assert {ctl.model.row_at(r).ref for r in range(ctl.model.rowCount())} == {first, second, third}
    index = ctl.model.index(0, COL_REF)
    assert index.data(Qt.ItemDataRole.DecorationRole) == NEEDS_REVIEW_MARK
    assert "Needs review" in index.data(Qt.ItemDataRole.ToolTipRole)

    combo.setCurrentIndex(0)  # waiting on anyone: every case, the typed one unmarked
    refs = {ctl.model.row_at(r).ref: r for r in range(ctl.model.rowCount())}
    assert set(refs) == {typed, first, second, third}
    plain = ctl.model.index(refs[typed], COL_REF)
    assert plain.data(Qt.ItemDataRole.DecorationRole) is None
    model = RegisterModel(app.register, page_size=2)
    model.reload()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    ctl.window.close()


def test_a_case_with_suggestions_still_fits_a_1024_pixel_screen(
    qtbot: QtBot, app: App, staff: Actor, make_ctl: Make, samples_dir: Path
) -> None:
    ref = _import(app, staff, samples_dir)
    ctl = make_ctl(app, staff)
    view = _open(ctl, ref)
    assert len(_marked(view)) >= 6
    # The header's facts mark a guess in place (amber value, ✓) rather than with words beside it.
    assert ctl.window.minimumSizeHint().width() <= 1024
    ctl.window.close()
