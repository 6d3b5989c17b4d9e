"""PNG screenshots of the main screens, rendered offscreen (README, visual review).

Run on a demo database: `inquiry-desk screenshots OUT` (the CLI wires it here). The user's
own QSettings are not touched: the window remembers its layout in a temporary file.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from inquiry_desk.domain.enums import CaseKind, Channel, Jurisdiction, RepresentativeKind, RequestType
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.register import RegisterFilter
from inquiry_desk.ui.app_main import make_qapplication
from inquiry_desk.ui.intake_dialog import IntakeDialog
from inquiry_desk.ui.main_controller import MainController
from inquiry_desk.ui.notify import RecordingNotifier
from inquiry_desk.ui.signin_dialog import SignInDialog

WINDOW_SIZE = (1366, 820)


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


def fill_intake_sample(dialog: IntakeDialog) -> None:
    """A realistic Japanese postal request, as staff would type it."""
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.MAIL))
    dialog.kind.setCurrentIndex(dialog.kind.findData(CaseKind.REQUEST))
    dialog.jurisdiction.setCurrentIndex(dialog.jurisdiction.findData(Jurisdiction.JP))
    dialog.set_types([RequestType.DISCLOSURE, RequestType.PURPOSE_OF_USE])
    dialog.applicant.fill(PartyData(name="山田 花子", name_kana="ヤマダ ハナコ", postal_code="530-0001",
                                    address="大阪府大阪市北区梅田1-2-3\nグランドビル 1203号室",
                                    country="JP", email="hanako.yamada@example.jp",
                                    phone="06-1234-5678", customer_number="C20481"))
    dialog.representative_box.setChecked(True)
    dialog.representative.fill(PartyData(name="山田 太郎", name_kana="ヤマダ タロウ",
                                         address="大阪府大阪市北区梅田1-2-3", country="JP",
                                         phone="090-1234-5678",
                                         representative_kind=RepresentativeKind.LEGAL))
    dialog.note.setPlainText("開示請求書と本人確認書類（運転免許証の写し）が同封されていました。")


def save_screenshots(app: App, actor: Actor, out_dir: Path) -> list[Path]:
    make_qapplication()
    out_dir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="inquiry-desk-shots-") as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        controller = MainController(app, actor, settings=settings, notifier=RecordingNotifier(),
                                    idle_minutes=24 * 60)
        window = controller.window
        window.resize(*WINDOW_SIZE)
        window.show()
        saved.append(_save(window, out_dir / "register.png"))

        ref = _japanese_open_case(app)
        if ref is not None and controller.open_case(ref) is not None:
            saved.append(_save(window, out_dir / "case.png"))

        dialog = IntakeDialog(lambda _new: "", date.today, window)
        fill_intake_sample(dialog)
        dialog.show()
        saved.append(_save(dialog, out_dir / "intake.png"))
        dialog.close()
        dialog.deleteLater()

        signin = SignInDialog(app.users.authenticate, demo=app.is_demo)
        signin.username.setText(actor.username)
        signin.show()
        saved.append(_save(signin, out_dir / "sign-in.png"))
        signin.close()
        signin.deleteLater()

        controller.lock()
        saved.append(_save(window, out_dir / "locked.png"))
        controller.unlock()
        window.close()
        window.deleteLater()
        _settle()
    return saved
