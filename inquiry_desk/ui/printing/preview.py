"""Print preview: a case's document rendered page by page, then printed or saved as PDF.

Pages are rasterised by pages.py; printing, saving and sending are PreviewOutput's (the
base class). The PDF stays in memory: it reaches the disk only where the user saves it, or
the printer, through the documents delivery service.

The dialog talks to the documents service and ``inquiry_desk.documents`` only. It never
blocks in ``exec()``, so tests (and the rest of the window) keep running.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.enums import AnswerMedium, Language
from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import label_of, translate
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.documents.delivery import (
    DocumentDelivery,
)
from inquiry_desk.services.documents.sending import EmailSender
from inquiry_desk.services.documents.service import DocumentContext, MissingGlyphsError, TemplateError
from inquiry_desk.ui.printing.glyph_warning import GlyphWarning
from inquiry_desk.ui.printing.pages import SCREEN_SCALE, page_sizes, render_page
from inquiry_desk.ui.printing.preview_output import PreviewOutput
from inquiry_desk.ui.printing.response_text import ResponseTextPanel
from inquiry_desk.ui.widgets.notify import Notifier
from inquiry_desk.ui.widgets.screen_fit import fit_to_screen
from inquiry_desk.ui.widgets.unsaved import close_or_ask

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0


class PrintPreviewDialog(PreviewOutput):
    """Preview of one case's document with document and language choice, zoom and paging."""

    def __init__(
        self,
        delivery: DocumentDelivery,
        actor: Actor,
        ref: str,
        *,
        document: str = "acknowledgement",
        lang: Language | None = None,
        settings: QSettings | None = None,
        notifier: Notifier | None = None,
        mailer: EmailSender | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.delivery = delivery
        self.mailer = mailer  # None: this window cannot send email (no "Send by email" button)
        self.service = delivery.documents
        self.actor = actor
        self.ref = ref
        self.settings = settings if settings is not None else QSettings()
        self.notifier = notifier or Notifier()
        self.pdf: bytes | None = None
        self.context: DocumentContext | None = None
        self.allow_missing = False
        self.page = 0
        self.page_count = 0
        self.zoom = 1.0
        self.fit_width = True
        self._sizes: list[tuple[float, float]] = []
        self.setWindowTitle(translate("PrintPreviewDialog", "Print preview — {ref}").format(ref=ref))
        fit_to_screen(self, 860, 940)
        self._build(document)
        self._select_language(lang)
        self.refresh()

    # --- layout --------------------------------------------------------------------------
    def _build(self, document: str) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 12)
        root.setSpacing(8)

        choose = QHBoxLayout()
        choose.setSpacing(8)
        choose.addWidget(QLabel(translate("PrintPreviewDialog", "Document:")))
        self.document_box = QComboBox()
        for info in self.service.documents():
            self.document_box.addItem(label_of(info), info.name)
        self.document_box.setCurrentIndex(max(0, self.document_box.findData(document)))
        self.document_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        choose.addWidget(self.document_box)
        choose.addSpacing(12)
        choose.addWidget(QLabel(translate("PrintPreviewDialog", "Language:")))
        self.language_box = QComboBox()
        for language in Language:
            self.language_box.addItem(label_of(language), language.value)
        choose.addWidget(self.language_box)
        choose.addStretch(1)
        root.addLayout(choose)

        self.warning = GlyphWarning()
        self.warning.hide()
        self.warning.print_anyway.connect(self._print_anyway)
        root.addWidget(self.warning)
        # The response's drafted paragraph and enclosures, and whether it is still a draft.
        self.response_text = ResponseTextPanel(self.service, self.actor, self.ref)
        self.response_text.saved.connect(self.refresh)
        self.response_text.reload_requested.connect(self.refresh)
        root.addWidget(self.response_text)

        nav = QHBoxLayout()
        nav.setSpacing(6)
        self.prev_button = QPushButton(translate("PrintPreviewDialog", "◀ Previous"))
        self.next_button = QPushButton(translate("PrintPreviewDialog", "Next ▶"))
        self.page_label = QLabel()
        self.page_label.setMinimumWidth(90)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_out_button = QPushButton("−")
        self.zoom_out_button.setToolTip(translate("PrintPreviewDialog", "Zoom out (Ctrl+−)"))
        self.zoom_in_button = QPushButton("+")
        self.zoom_in_button.setToolTip(translate("PrintPreviewDialog", "Zoom in (Ctrl++)"))
        self.fit_button = QPushButton(translate("PrintPreviewDialog", "Fit width"))
        self.fit_button.setCheckable(True)
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(36)
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(52)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (self.prev_button, self.page_label, self.next_button):
            nav.addWidget(widget)
        nav.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            nav.addWidget(widget)
        root.addLayout(nav)

        self.page_view = QLabel()
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.page_area = QScrollArea()
        self.page_area.setWidget(self.page_view)
        self.page_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_area.setStyleSheet("QScrollArea { background: #8a8f96; }")
        self.page_area.viewport().installEventFilter(self)
        root.addWidget(self.page_area, 1)

        buttons = QHBoxLayout()
        self.status = QLabel()
        self.status.setStyleSheet("color: #555;")
        buttons.addWidget(self.status, 1)
        self.save_button = QPushButton(translate("PrintPreviewDialog", "Save as PDF…"))
        self.print_button = QPushButton(translate("PrintPreviewDialog", "Print…"))
        self.print_button.setDefault(True)
        # Shown for a response the applicant asked to receive by email (see ``refresh``).
        self.email_button = QPushButton(translate("PrintPreviewDialog", "Send by email"))
        self.email_button.hide()
        self.close_button = QPushButton(translate("PrintPreviewDialog", "Close"))
        for widget in (self.save_button, self.email_button, self.print_button, self.close_button):
            buttons.addWidget(widget)
        root.addLayout(buttons)

        self.document_box.currentIndexChanged.connect(self._choice_changed)
        self.language_box.currentIndexChanged.connect(self._choice_changed)
        self.prev_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_button.clicked.connect(self.set_fit_width)
        self.save_button.clicked.connect(self.choose_pdf_file)
        self.print_button.clicked.connect(self.choose_printer)
        self.email_button.clicked.connect(self.send_by_email)
        self.close_button.clicked.connect(self.reject)
        for key, slot in (
            (Qt.Key.Key_PageDown, self.next_page),
            (Qt.Key.Key_PageUp, self.previous_page),
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
        ):
            QShortcut(QKeySequence(key), self, slot)

    def _select_language(self, lang: Language | None) -> None:
        if lang is None:
            # The case's own language: the context knows it without the dialog reading the case.
            try:
                lang = self.service.context_for(self.actor, self.ref, self.document).language
            except UserError:
                lang = Language.JA
        self.language_box.blockSignals(True)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(lang.value)))
        self.language_box.blockSignals(False)

    # --- state ---------------------------------------------------------------------------
    def _choice_changed(self) -> None:
        self.allow_missing = False
        self.refresh()

    def refresh(self) -> None:
        """Render the chosen document and language again and show its first page."""
        self.pdf = None
        self.warning.hide()
        try:
            self.context = self.service.context_for(self.actor, self.ref, self.document, lang=self.language)
            self.pdf = self.service.render(
                self.document, self.context, allow_missing_glyphs=self.allow_missing
            )
        except MissingGlyphsError as exc:
            self.warning.show_problems(exc)
        except UserError as exc:
            self.notifier.error(
                self, translate("PrintPreviewDialog", "Cannot show the document"), exc.message
            )
        except (TemplateError, ValueError) as exc:
            self.notifier.error(
                self,
                translate("PrintPreviewDialog", "Cannot show the document"),
                translate("PrintPreviewDialog", "The template is not usable: {exc}").format(exc=exc),
            )
        self.response_text.setVisible(self.document == "response")
        by_email = self.context is not None and self.context.response_medium == AnswerMedium.EMAIL.value
        self.email_button.setVisible(self.mailer is not None and self.document == "response" and by_email)
        # A draft is never sent: the button stays, greyed, so staff see why from its tooltip.
        draft = self.pdf is None or (self.context is not None and self.context.draft)
        self.email_button.setEnabled(not draft)
        why = translate("PrintPreviewDialog", "The response may not go out yet: it is a draft.")
        self.email_button.setToolTip(why if draft else "")
        self.response_text.show_context(self.context if self.document == "response" else None)
        self._sizes = page_sizes(self.pdf) if self.pdf else []
        self.page_count = len(self._sizes)
        self.page = 0
        self._show_page()

    def has_unsaved_input(self) -> bool:
        """The response's drafted words typed and not saved (the main window asks before closing)."""
        return self.response_text.isVisibleTo(self) and self.response_text.has_unsaved_input()

    def reject(self) -> None:
        close_or_ask(self, self.has_unsaved_input(), super().reject)

    def _print_anyway(self) -> None:
        self.allow_missing = True
        self.refresh()

    def _effective_zoom(self) -> float:
        if not (self.fit_width and self._sizes):
            return self.zoom
        width_pt = self._sizes[self.page][0]
        available = max(200, self.page_area.viewport().width() - 24)
        return float(available / (width_pt * SCREEN_SCALE))

    def _show_page(self) -> None:
        has = self.pdf is not None and self.page_count > 0
        for widget in (
            self.save_button,
            self.print_button,
            self.zoom_in_button,
            self.zoom_out_button,
            self.fit_button,
        ):
            widget.setEnabled(has)
        self.prev_button.setEnabled(has and self.page > 0)
        self.next_button.setEnabled(has and self.page < self.page_count - 1)
        self.fit_button.setChecked(self.fit_width)
        if not has or self.pdf is None:
            self.page_view.setPixmap(QPixmap())
            self.page_view.setText(
                translate("PrintPreviewDialog", "No preview: see the message above.")
                if self.warning.isVisibleTo(self)
                else translate("PrintPreviewDialog", "No preview.")
            )
            self.page_view.setStyleSheet("color: white; background: transparent; font-size: 14px;")
            self.page_view.resize(self.page_area.viewport().size())
            self.page_label.setText("")
            self.zoom_label.setText("")
            return
        zoom = self._effective_zoom()
        # Rendered for the screen's pixel ratio so text stays sharp on high-dpi displays.
        ratio = self.devicePixelRatioF()
        image = render_page(self.pdf, self.page, zoom * SCREEN_SCALE * ratio)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.page_view.setStyleSheet("")
        self.page_view.setPixmap(pixmap)
        self.page_view.resize(pixmap.deviceIndependentSize().toSize())
        self.page_label.setText(
            translate("PrintPreviewDialog", "Page {value} of {page_count}").format(
                value=self.page + 1, page_count=self.page_count
            )
        )
        self.zoom_label.setText(f"{round(zoom * 100)} %")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # "Fit width" follows the visible area, whose size is known only once laid out.
        if (
            watched is self.page_area.viewport()
            and event.type() == QEvent.Type.Resize
            and self.fit_width
            and self.pdf is not None
        ):
            self._show_page()
        return super().eventFilter(watched, event)

    # --- navigation and zoom -------------------------------------------------------------
    def next_page(self) -> None:
        if self.page < self.page_count - 1:
            self.page += 1
            self._show_page()
            self.page_area.verticalScrollBar().setValue(0)

    def previous_page(self) -> None:
        if self.page > 0:
            self.page -= 1
            self._show_page()
            self.page_area.verticalScrollBar().setValue(0)

    def _set_zoom(self, zoom: float) -> None:
        self.zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        self.fit_width = False
        self._show_page()

    def zoom_in(self) -> None:
        self._set_zoom(self._effective_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self._effective_zoom() / ZOOM_STEP)

    def set_fit_width(self) -> None:
        self.fit_width = True
        self._show_page()

    @property
    def effective_zoom(self) -> float:
        return self._effective_zoom()
