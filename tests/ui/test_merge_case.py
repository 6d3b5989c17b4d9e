"""Case → Merge into another case…, driven through the real widgets: the target's applicant is
shown beside this case's before the merge, a mistyped or stale target is refused in the dialog,
and after the merge the emptied case's tab is gone and the case kept shows what moved."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from inquiry_desk.domain.enums import CaseState
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.views import NewAttachment
from inquiry_desk.ui.case.merge_dialog import MergeDialog
from inquiry_desk.ui.case.view import CaseView
from inquiry_desk.ui.main_controller import MainController
from tests.services.lifecycle_helpers import APPLICANT_NAME, RECEIVED, new_case

pytestmark = pytest.mark.clock_starts(RECEIVED)


def _click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _cases(app: App, staff: Actor) -> tuple[str, str]:
    kept = app.cases.create(staff, new_case(RECEIVED))
    second = dataclasses.replace(
        new_case(RECEIVED),
        applicant=PartyData(name="佐藤 花子", email="hanako@example.jp"),
        attachments=[NewAttachment("返信用紙.pdf", "application/pdf", b"%PDF-1.4 form", "document")],
        note="返送された請求書",
    )
    return app.cases.create(staff, second), kept


def _open(qtbot: QtBot, ctl: MainController, ref: str) -> tuple[CaseView, MergeDialog]:
    view = ctl.case_tabs.open_case(ref)
    assert isinstance(view, CaseView)
    action = ctl.window.merge_case_action
    assert action.isVisible() and action.isEnabled()
    action.trigger()  # Case → Merge into another case…
    dialog = view.merge_dialog
    assert isinstance(dialog, MergeDialog)
    qtbot.waitUntil(dialog.isVisible)
    return view, dialog


def _type_target(qtbot: QtBot, dialog: MergeDialog, text: str) -> None:
    field = dialog.findChild(QLineEdit, "mergeTarget")
    assert field is not None
    field.clear()
    qtbot.keyClicks(field, text)
    _click(qtbot, dialog.findChild(QPushButton, "mergeShow"))  # type: ignore[arg-type]


def test_merge_shows_both_applicants_then_files_the_case(
    qtbot: QtBot, app: App, staff: Actor, make_ctl: Callable[..., MainController]
) -> None:
    source, kept = _cases(app, staff)
    ctl = make_ctl(app, staff)
    assert not ctl.window.merge_case_action.isEnabled()  # the register: no case to merge
    _view, dialog = _open(qtbot, ctl, source)
    confirm = dialog.findChild(QPushButton, "mergeConfirm")
    error = dialog.findChild(QLabel, "mergeError")
    assert confirm is not None and error is not None
    assert not confirm.isEnabled()  # nothing to confirm before the target is shown
    assert "佐藤 花子" in dialog.from_label.text()
    assert dialog.moving.text() == "0 message(s), 1 attachment(s), 1 note(s)"

    _type_target(qtbot, dialog, "PI-2026-0999")
    assert error.isVisible() and "PI-2026-0999" in error.text() and not confirm.isEnabled()
    _type_target(qtbot, dialog, source.lower())
    assert "itself" in error.text() and not confirm.isEnabled()

    _type_target(qtbot, dialog, kept.lower())
    assert not error.isVisible()
    assert kept in dialog.into_label.text() and APPLICANT_NAME in dialog.into_label.text()
    _click(qtbot, confirm)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    refs = [v.ref for v in ctl.case_tabs.views()]
    assert source not in refs and kept in refs
    shown = ctl.case_tabs.current()
    assert shown is not None and shown.ref == kept
    assert [a.filename for a in shown.detail.attachments] == ["返信用紙.pdf"]
    assert [n.text for n in shown.detail.notes] == ["返送された請求書"]
    assert app.cases.get(staff, source).state is CaseState.PURGED
    assert ctl.window.merge_case_action.isEnabled()  # the case kept is open: it could take more


def test_a_target_changed_after_it_was_shown_is_refused_in_the_dialog(
    qtbot: QtBot, app: App, staff: Actor, make_ctl: Callable[..., MainController]
) -> None:
    source, kept = _cases(app, staff)
    ctl = make_ctl(app, staff)
    _view, dialog = _open(qtbot, ctl, source)
    _type_target(qtbot, dialog, kept)
    app.cases.add_note(staff, kept, "meanwhile")
    _click(qtbot, dialog.findChild(QPushButton, "mergeConfirm"))  # type: ignore[arg-type]
    assert dialog.isVisible()
    assert "was changed after you opened it" in dialog.error.text()
    assert app.cases.get(staff, source).state is CaseState.RECEIVED


def test_the_register_and_the_case_view_say_where_a_merged_case_went(
    qtbot: QtBot, app: App, staff: Actor, make_ctl: Callable[..., MainController]
) -> None:
    from inquiry_desk.ui.register.model import COL_STATE

    source, kept = _cases(app, staff)
    app.merging.merge(staff, source, kept)
    ctl = make_ctl(app, staff)
    ctl.refresh()
    row = ctl.model.row_for_ref(source)
    assert row is not None
    assert ctl.model.index(row, COL_STATE).data() == f"Merged into {kept}"  # not merely "Purged"
    kept_row = ctl.model.row_for_ref(kept)
    assert kept_row is not None and ctl.model.index(kept_row, COL_STATE).data() == "Received"

    view = ctl.case_tabs.open_case(source)
    assert isinstance(view, CaseView)
    texts = [label.text() for label in view.findChildren(QLabel)]
    assert f"Merged into {kept}" in texts  # the case's Outcome fact
    assert not any(t.startswith("Merged into another case") for t in texts)
