"""Sign-in, first administrator, and the idle lock, through the real dialogs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from inquiry_desk.domain.enums import Role
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.ui.intake.dialog import IntakeDialog
from inquiry_desk.ui.main_controller import MainController
from inquiry_desk.ui.session.signin_dialog import FirstAdminDialog, SignInDialog


def _sign_in(qtbot: object, dialog: SignInDialog, user: str, password: str) -> None:
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, user)  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.password, password)  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


def test_wrong_then_right_password(qtbot: object, app: App, staff: Actor, no_throttle: None) -> None:
    dialog = SignInDialog(app.users.authenticate)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    _sign_in(qtbot, dialog, "sato", "wrong password")
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("The user name or password is wrong")
    assert dialog.password.text() == ""  # cleared for the next try
    assert dialog.actor is None and dialog.result() != QDialog.DialogCode.Accepted
    _sign_in(qtbot, dialog, "sato", "correct horse")
    assert dialog.actor is not None and dialog.actor.username == "sato"
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_lock_out_message_shown_as_is(qtbot: object, app: App, staff: Actor, no_throttle: None) -> None:
    dialog = SignInDialog(app.users.authenticate)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    for _ in range(5):
        _sign_in(qtbot, dialog, "sato", "nope")
    _sign_in(qtbot, dialog, "sato", "correct horse")
    assert "locked after repeated failures" in dialog.error.text()
    assert dialog.actor is None
    # Every line of the wrapped message is shown, none cut off at the dialog's edge.
    assert dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width())


def test_first_administrator(qtbot: object, app: App) -> None:
    assert not app.users.has_users()
    dialog = FirstAdminDialog(lambda u, n, p: app.users.create(None, u, n, Role.ADMIN, p))
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    dialog.username.setText("it-admin")
    dialog.display_name.setText("IT Admin")
    dialog.password.setText("short")
    dialog.repeat.setText("short")
    dialog.try_create()
    assert "at least" in dialog.rows["password"].error_text
    dialog.password.setText("a long enough password")
    dialog.repeat.setText("a different one")
    dialog.try_create()
    assert dialog.rows["repeat"].error_text
    dialog.repeat.setText("a long enough password")
    dialog.try_create()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert app.users.authenticate("it-admin", "a long enough password").role == "admin"


def test_idle_lock_then_unlock_keeps_typed_work(
    qtbot: object,
    app: App,
    staff: Actor,
    make_ctl: object,
    no_throttle: None,
    ime_type: Callable[[QWidget, str], None],
) -> None:
    ctl: MainController = make_ctl(app, staff, idle_minutes=0.002)  # type: ignore[operator]
    ctl.window.new_action.trigger()
    dialog = ctl.intake
    assert isinstance(dialog, IntakeDialog)
    ime_type(dialog.applicant.name, "佐藤 一郎")
    # No input for 0.12 s: the window locks and hides the dialog.
    qtbot.waitUntil(lambda: ctl.window_lock.locked, timeout=3000)  # type: ignore[attr-defined]
    assert ctl.window.stack.currentWidget() is ctl.lock_screen
    assert not dialog.isVisible()
    assert not ctl.window.new_action.isEnabled()

    ctl.idle.stop(ctl.window)  # keep the test deterministic while we type
    qtbot.keyClicks(ctl.lock_screen.password, "wrong")  # type: ignore[attr-defined]
    qtbot.keyClick(ctl.lock_screen.password, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert ctl.window_lock.locked and ctl.lock_screen.error.isVisible()
    qtbot.keyClicks(ctl.lock_screen.password, "correct horse")  # type: ignore[attr-defined]
    qtbot.keyClick(ctl.lock_screen.password, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert not ctl.window_lock.locked
    assert ctl.window.stack.currentWidget() is ctl.window.tabs
    assert dialog.isVisible() and dialog.applicant.name.text() == "佐藤 一郎"
    assert ctl.window.new_action.isEnabled()
    ctl.window.close()


def test_input_postpones_the_lock(qtbot: object, app: App, staff: Actor, make_ctl: object) -> None:
    ctl: MainController = make_ctl(app, staff, idle_minutes=0.005)  # type: ignore[operator]
    for _ in range(6):  # typing every 0.1 s keeps the 0.3 s timer from firing
        qtbot.keyClick(ctl.register_view.search, Qt.Key.Key_A)  # type: ignore[attr-defined]
        qtbot.wait(100)  # type: ignore[attr-defined]
    assert not ctl.window_lock.locked
    qtbot.waitUntil(lambda: ctl.window_lock.locked, timeout=3000)  # type: ignore[attr-defined]
    ctl.window.close()


def test_database_problem_found_behind_the_sign_in_is_a_calm_message(qtbot: object, tmp_path: object) -> None:
    # run_gui opens the database on a worker thread while the sign-in dialog is up; what goes
    # wrong there becomes the same message as before, and signing in says to wait, not crash.
    from pathlib import Path

    from inquiry_desk.domain.errors import UserError
    from inquiry_desk.store.engine import DB_FILENAME
    from inquiry_desk.ui.app_main import _Opening

    data_dir = Path(str(tmp_path))
    (data_dir / DB_FILENAME).write_bytes(b"not a database, just some bytes")
    opening = _Opening(data_dir, None)
    with qtbot.waitSignal(opening.done):  # type: ignore[attr-defined]
        opening.start()
    assert opening.wait() is None and not opening.ready
    problem = opening.problem()
    assert problem is not None and "is not a database" in problem
    try:
        opening.authenticate("staff", "demo")
    except UserError as exc:
        assert "still opening" in exc.message
    else:
        raise AssertionError("signed in without a database")


def test_database_opens_behind_the_sign_in(qtbot: object, tmp_path: object, monkeypatch: object) -> None:
    from pathlib import Path

    from inquiry_desk.store.masterkey import MemoryMasterKeyStore
    from inquiry_desk.ui.app_main import _Opening

    # This computer's keyring is not the test's: App.open gets a memory store instead.
    store = MemoryMasterKeyStore()
    monkeypatch.setattr(
        "inquiry_desk.services.app.KeyringMasterKeyStore",  # type: ignore[attr-defined]
        lambda: store,
    )
    opening = _Opening(Path(str(tmp_path)), None)
    with qtbot.waitSignal(opening.done):  # type: ignore[attr-defined]
        opening.start()
    app = opening.wait()
    assert app is not None and opening.problem() is None
    assert not opening.has_users and not opening.ready  # an empty database: first administrator
    app.close()


def test_a_start_without_a_keyring_leaves_no_folder_behind(
    qtbot: object, tmp_path: object, monkeypatch: object
) -> None:
    """The real start path with no keyring: the message, and nothing left on disk."""
    from pathlib import Path

    from inquiry_desk.store.masterkey import KeyringUnavailable
    from inquiry_desk.ui import app_main

    def no_keyring() -> object:
        raise KeyringUnavailable("No secure keyring is available on this computer.")

    shown: list[str] = []
    monkeypatch.setattr(
        "inquiry_desk.services.app.KeyringMasterKeyStore",  # type: ignore[attr-defined]
        no_keyring,
    )
    monkeypatch.setattr(
        app_main,
        "_fatal",  # type: ignore[attr-defined]
        lambda text: shown.append(text) or 2,
    )
    data_dir = Path(str(tmp_path)) / "new-office"
    assert app_main.run_gui(data_dir, None) == 2
    assert shown and "keyring" in shown[0]
    assert not data_dir.exists()


def test_a_manual_lock_says_who_locked_it_and_a_colleague_can_sign_in(
    qtbot: object, app: App, staff: Actor, make_ctl: object
) -> None:
    ctl: MainController = make_ctl(app, staff)  # type: ignore[operator]
    ctl.window.lock_action.trigger()
    assert ctl.window_lock.locked
    reason = ctl.lock_screen.reason.text()
    assert reason.startswith(f"Locked by {staff.display_name}.") and "period without use" not in reason
    # The whole sentence is on screen: the label is as tall as its wrapped lines.
    label = ctl.lock_screen.reason
    assert label.height() >= label.heightForWidth(label.width())
    assert ctl.lock_screen.switch_button.isVisible() and not ctl.window.switch_user_action.isEnabled()
    qtbot.mouseClick(ctl.lock_screen.switch_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    # The session ends as on Quit, and the app goes back to the sign-in instead of quitting.
    assert ctl.switching and not ctl.window.isVisible()


def test_switch_user_from_the_file_menu_and_quit_stays_quit(
    qtbot: object, app: App, staff: Actor, make_ctl: object
) -> None:
    ctl: MainController = make_ctl(app, staff)  # type: ignore[operator]
    assert ctl.window.switch_user_action in ctl.window.menuBar().actions()[0].menu().actions()
    ctl.window.switch_user_action.trigger()
    assert ctl.switching and not ctl.window.isVisible()
    other: MainController = make_ctl(app, staff)  # type: ignore[operator]
    other.window.quit_action.trigger()
    assert not other.switching and not other.window.isVisible()


def test_the_demo_hint_appearing_later_leaves_the_fields_their_height(qtbot: object, app: App) -> None:
    """The start-up shows the sign-in before it knows the database is the demo one."""
    dialog = SignInDialog(app.users.authenticate)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    qtbot.waitExposed(dialog)  # type: ignore[attr-defined]
    heights = (dialog.username.height(), dialog.password.height())
    qtbot.keyClicks(dialog.username, "manager")  # type: ignore[attr-defined]
    dialog.show_demo_hint()
    QApplication.processEvents()
    assert dialog.demo_hint.isVisible()
    assert (dialog.username.height(), dialog.password.height()) == heights
    assert dialog.username.height() >= dialog.username.sizeHint().height()
    hint = dialog.demo_hint
    assert hint.height() >= hint.heightForWidth(hint.width())  # its two lines, whole
    assert dialog.username.text() == "manager"
