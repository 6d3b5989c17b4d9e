"""Help → About: the version, what the application is for, its bundled fonts and licences."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from inquiry_desk import APP_NAME, __version__
from inquiry_desk.domain.i18n import translate
from inquiry_desk.ui.widgets.fonts import BUNDLED_FONTS


def show_about(parent: QWidget) -> QMessageBox:
    """Shown non-blocking (never `exec()`) and deleted when closed."""
    text = f"<h3>{APP_NAME} {__version__}</h3>" + translate(
        "AboutBox",
        "<p>Case register of the Personal Information Inquiry Department "
        "(APPI and GDPR requests by post, fax and email).</p>"
        "<p>Fonts: {fonts}.</p>"
        "<p>© ZenGroup. Built with Qt for Python (PySide6, LGPLv3).</p>",
    ).format(fonts=translate("Fonts", BUNDLED_FONTS))
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("AboutBox", "About {app}").format(app=APP_NAME),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(box.textFormat().RichText)
    box.finished.connect(box.deleteLater)
    box.open()
    return box
