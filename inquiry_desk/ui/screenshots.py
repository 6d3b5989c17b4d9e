"""PNG screenshots of the main screens, rendered offscreen (README, visual review).

Run on a demo database: `inquiry-desk screenshots OUT` (the CLI wires it here). The user's
own QSettings are not touched: the window remembers its layout in a temporary file.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

from inquiry_desk.domain.enums import (
    CaseKind,
    CaseState,
    Channel,
    Jurisdiction,
    RepresentativeKind,
    RequestType,
)
from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.register_rows import RegisterFilter
from inquiry_desk.services.intake.importer import ImportResult, ImportStatus
from inquiry_desk.ui.app_main import make_qapplication
from inquiry_desk.ui.case.merge_dialog import MergeDialog
from inquiry_desk.ui.case.panels import DATA_TAB, IDENTITY_TAB, POST_TAB
from inquiry_desk.ui.case.view import CaseView
from inquiry_desk.ui.intake.dialog import IntakeDialog
from inquiry_desk.ui.intake.import_results_dialog import ImportResultsDialog
from inquiry_desk.ui.main_controller import MainController
from inquiry_desk.ui.session.signin_dialog import SignInDialog
from inquiry_desk.ui.widgets.notify import RecordingNotifier
from inquiry_desk.ui.widgets.screen_fit import FRAME_MARGIN

WINDOW_SIZE = (1366, 768)  # the most common office laptop screen


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _save(widget: QWidget, path: Path) -> Path:
    _settle()
    widget.grab().save(str(path), "PNG")
    return path


def _japanese_open_case(app: App) -> str | None:
    rows = app.register.page(RegisterFilter(include_purged=False), sort="ref", limit=200)
    for row in rows:
        if row.state.is_open and any(ord(ch) > 0x3000 for ch in row.applicant):
            return row.ref
    return rows[0].ref if rows else None


def _japanese_request(app: App) -> str | None:
    """A Japanese request still at the identity stage: the panels have the most to show."""
    flt = RegisterFilter(
        states=frozenset({CaseState.RECEIVED, CaseState.VERIFYING}),
        kinds=frozenset({CaseKind.REQUEST}),
        include_purged=False,
    )
    rows = app.register.page(flt, sort="ref", limit=200)
    japanese = [r for r in rows if any(ord(ch) > 0x3000 for ch in r.applicant)]
    return (japanese or rows)[0].ref if rows else None


def _disclosure_request(app: App) -> str | None:
    """A Japanese request for disclosure: the demo brought in its order history (data held)."""
    flt = RegisterFilter(kinds=frozenset({CaseKind.REQUEST}), include_purged=False)
    rows = [
        r for r in app.register.page(flt, sort="ref", limit=200) if RequestType.DISCLOSURE in r.request_types
    ]
    japanese = [r for r in rows if any(ord(ch) > 0x3000 for ch in r.applicant)]
    return (japanese or rows)[0].ref if rows else None


def _demo_manager(app: App, actor: Actor) -> Actor | None:
    """The dashboard is a manager's screen: the demo database has a manager account."""
    if actor.can(Permission.REPORT):
        return actor
    if not app.is_demo:
        return None
    try:
        return app.users.authenticate("manager", "demo")
    except UserError:
        return None


def sample_import_results(app: App) -> list[ImportResult]:
    """What a morning's import looks like, for the results dialog's screenshot (nothing is
    imported: the demo database stays as it is)."""
    refs = [r.ref for r in app.register.page(RegisterFilter(include_purged=False), sort="ref", limit=4)] or [
        "PI-2026-0001"
    ] * 4
    refs += [refs[-1]] * (4 - len(refs))
    inbox = "/srv/fax/inbox/"
    return [
        ImportResult(inbox + "01-access-request-gdpr.eml", ImportStatus.CREATED, refs[0]),
        ImportResult(inbox + "02-disclosure-request-iso2022jp.eml", ImportStatus.CREATED, refs[1]),
        ImportResult(inbox + "06-reply-with-completed-form.eml", ImportStatus.ATTACHED, refs[2]),
        ImportResult(
            inbox + "10-malformed-mime.eml",
            ImportStatus.CREATED,
            refs[3],
            warnings=[
                "Missing Date header: the receipt date is today",
                "Broken base64 in part 2; the rest was imported",
            ],
        ),
        ImportResult(inbox + "13-fax-correction.tif", ImportStatus.DUPLICATE, refs[0]),
        ImportResult(
            inbox + "scan-0042.pdf",
            ImportStatus.REFUSED,
            reason="Not a readable PDF (damaged or truncated file)",
        ),
    ]


def fill_intake_sample(dialog: IntakeDialog) -> None:
    """A realistic Japanese postal request, as staff would type it."""
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.MAIL))
    dialog.kind.setCurrentIndex(dialog.kind.findData(CaseKind.REQUEST))
    dialog.jurisdiction.setCurrentIndex(dialog.jurisdiction.findData(Jurisdiction.JP))
    dialog.set_types([RequestType.DISCLOSURE, RequestType.PURPOSE_OF_USE])
    dialog.applicant.fill(
        PartyData(
            name="山田 花子",
            name_kana="ヤマダ ハナコ",
            postal_code="530-0001",
            address="大阪府大阪市北区梅田1-2-3\nグランドビル 1203号室",
            country="JP",
            email="hanako.yamada@example.jp",
            phone="06-1234-5678",
            customer_number="C20481",
        )
    )
    dialog.representative_box.setChecked(True)
    dialog.representative.fill(
        PartyData(
            name="山田 太郎",
            name_kana="ヤマダ タロウ",
            address="大阪府大阪市北区梅田1-2-3",
            country="JP",
            phone="090-1234-5678",
            representative_kind=RepresentativeKind.LEGAL,
        )
    )
    dialog.note.setPlainText("開示請求書と本人確認書類（運転免許証の写し）が同封されていました。")


def _dashboard_shot(app: App, manager: Actor, out_dir: Path, tmp: str, size: tuple[int, int]) -> list[Path]:
    settings = QSettings(str(Path(tmp) / "manager.ini"), QSettings.Format.IniFormat)
    controller = MainController(
        app, manager, settings=settings, notifier=RecordingNotifier(), idle_minutes=24 * 60
    )
    window = controller.window
    window.resize(*size)
    window.show()
    controller.show_dashboard()
    paths = [_save(window, out_dir / "dashboard.png")]
    settings_window = controller.tools.show_settings()
    if settings_window is not None:
        paths.append(_save(settings_window, out_dir / "settings.png"))
        # Every page of the settings window, by position (its titles are translated).
        tabs = getattr(settings_window, "tabs", None)
        if isinstance(tabs, QTabWidget):
            for i in range(1, tabs.count()):
                tabs.setCurrentIndex(i)
                paths.append(_save(settings_window, out_dir / f"settings-{i + 1}.png"))
        settings_window.close()
    window.close()
    window.deleteLater()
    return paths


def _merge_shot(app: App, controller: MainController, view: CaseView, out_dir: Path) -> list[Path]:
    """Case → Merge into another case…, another open case shown as the target, before confirming."""
    if not view.mergeable:
        return []
    rows = app.register.page(RegisterFilter(include_purged=False), sort="ref", limit=50)
    target = next((r.ref for r in rows if r.state.is_open and r.ref != view.ref), None)
    if target is None:
        return []
    controller.merge_current_case()
    dialog = view.merge_dialog
    if not isinstance(dialog, MergeDialog):
        return []
    dialog.reference.setText(target)
    dialog.look_up()
    shot = _save(dialog, out_dir / "case-merge.png")
    dialog.done(QDialog.DialogCode.Rejected)
    return [shot]


def save_screenshots(
    app: App, actor: Actor, out_dir: Path, size: tuple[int, int] = WINDOW_SIZE
) -> list[Path]:
    make_qapplication()
    out_dir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="inquiry-desk-shots-") as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        controller = MainController(
            app, actor, settings=settings, notifier=RecordingNotifier(), idle_minutes=24 * 60
        )
        window = controller.window
        window.resize(*size)
        window.show()
        saved.append(_save(window, out_dir / "register.png"))
        # A search that finds nothing: the table says so where the rows would be.
        controller.register_view.search.setText("髙橋 美咲（旧姓：渡邊）")
        controller.apply_filter()
        saved.append(_save(window, out_dir / "register-no-match.png"))
        controller.register_view.search.clear()
        controller.apply_filter()

        ref = _japanese_request(app) or _japanese_open_case(app)
        view = controller.case_tabs.open_case(ref) if ref is not None else None
        if view is not None:
            saved.append(_save(window, out_dir / "case.png"))
            identity = view.panel_tab(IDENTITY_TAB)
            if identity >= 0:
                view.tabs.setCurrentIndex(identity)
                saved.append(_save(window, out_dir / "case-identity.png"))
            view.tabs.setCurrentIndex(view.panel_tab(POST_TAB))
            saved.append(_save(window, out_dir / "case-post.png"))
            if view.editable:
                view.case_actions.edit_case(view)
                edit = view.edit_dialog
                if edit is not None:
                    edit.resize(min(1180, size[0] - FRAME_MARGIN[0]), min(820, size[1] - FRAME_MARGIN[1]))
                    saved.append(_save(edit, out_dir / "case-edit.png"))
                    edit.done(QDialog.DialogCode.Rejected)
            saved.extend(_merge_shot(app, controller, view, out_dir))
        review = next(
            (r.ref for r in app.register.page(RegisterFilter(needs_review=True), sort="ref", limit=5)),
            None,
        )
        view = controller.case_tabs.open_case(review) if review is not None else None
        if view is not None:
            saved.append(_save(window, out_dir / "case-review.png"))
        held = _disclosure_request(app)
        view = controller.case_tabs.open_case(held) if held is not None else None
        if view is not None and view.panel_tab(DATA_TAB) >= 0:
            view.tabs.setCurrentIndex(view.panel_tab(DATA_TAB))
            saved.append(_save(window, out_dir / "case-data.png"))

        manager = _demo_manager(app, actor)
        if manager is not None:
            saved.extend(_dashboard_shot(app, manager, out_dir, tmp, size))

        results = ImportResultsDialog(sample_import_results(app), window)
        results.show()
        saved.append(_save(results, out_dir / "import-results.png"))
        results.close()
        results.deleteLater()

        dialog = IntakeDialog(lambda _new: "", date.today, window)
        fill_intake_sample(dialog)
        # As it opens on a screen of the chosen size (the offscreen screen has its own size).
        dialog.resize(min(1180, size[0] - FRAME_MARGIN[0]), min(820, size[1] - FRAME_MARGIN[1]))
        dialog.show()
        saved.append(_save(dialog, out_dir / "intake.png"))
        # done(), not close(): the sample is filled in, and close() would ask to discard it.
        dialog.done(QDialog.DialogCode.Rejected)
        dialog.deleteLater()

        signin = SignInDialog(app.users.authenticate, demo=app.is_demo)
        signin.username.setText(actor.username)
        signin.show()
        saved.append(_save(signin, out_dir / "sign-in.png"))
        signin.close()
        signin.deleteLater()

        controller.window_lock.lock()
        saved.append(_save(window, out_dir / "locked.png"))
        controller.window_lock.unlock()
        window.close()
        window.deleteLater()
        _settle()
    return saved
