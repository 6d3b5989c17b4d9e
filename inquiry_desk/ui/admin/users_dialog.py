"""Staff accounts for administrators: add, deactivate, reset a password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.enums import Role
from inquiry_desk.domain.errors import UserError, ValidationFailed
from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, in_language, translate
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.users import UserService, UserView
from inquiry_desk.ui.widgets.kana import keep_katakana
from inquiry_desk.ui.widgets.row_model import ROW_ROLE, RowTableModel
from inquiry_desk.ui.widgets.screen_fit import fit_to_screen

COL_USERNAME, COL_NAME, COL_LETTER_NAME, COL_ROLE, COL_STATUS = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "User name"),
    QT_TRANSLATE_NOOP("Columns", "Name"),
    QT_TRANSLATE_NOOP("Columns", "Letter names"),
    QT_TRANSLATE_NOOP("Columns", "Role"),
    QT_TRANSLATE_NOOP("Columns", "Status"),
)


def role_text(role: Role) -> str:
    """The role as this list has always named it in English ("Admin"), the domain's word in Japanese."""
    return in_language(role.value.capitalize(), role.label_ja)


class UsersModel(RowTableModel[UserView]):
    headers = HEADERS

    def display(self, row: UserView, column: int) -> str | None:
        return {
            COL_USERNAME: row.username,
            COL_NAME: row.display_name,
            COL_LETTER_NAME: " / ".join(
                n
                for n in (f"{row.name_ja}（{row.name_kana}）" if row.name_kana else row.name_ja, row.name_en)
                if n
            ),
            COL_ROLE: role_text(row.role),
            COL_STATUS: translate("UsersModel", "active")
            if row.active
            else translate("UsersModel", "deactivated"),
        }.get(column)


class UsersDialog(QDialog):
    def __init__(self, users: UserService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.users = users
        self.actor = actor
        self.setWindowTitle(translate("UsersDialog", "Staff accounts"))
        fit_to_screen(self, 720, 520)
        self.model = UsersModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(COL_USERNAME, 130)
        self.table.setColumnWidth(COL_NAME, 150)
        self.table.setColumnWidth(COL_LETTER_NAME, 270)
        self.toggle_button = QPushButton(translate("UsersDialog", "&Deactivate"))
        self.password_edit = QLineEdit(
            echoMode=QLineEdit.EchoMode.Password, placeholderText=translate("UsersDialog", "new password")
        )
        self.password_button = QPushButton(translate("UsersDialog", "&Reset password"))

        self.new_username = QLineEdit()
        self.new_name = QLineEdit()
        self.new_name_ja, self.new_name_kana = _letter_name_edits()
        self.new_name_en = _english_name_edit()
        self.new_role = QComboBox()
        for role in Role:
            self.new_role.addItem(role_text(role), role)
        self.new_password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.add_button = QPushButton(translate("UsersDialog", "&Add account"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #9b1c1c;")

        add_box = QGroupBox(translate("UsersDialog", "New account"))
        form = QFormLayout(add_box)
        form.addRow(translate("UsersDialog", "User name"), self.new_username)
        form.addRow(translate("UsersDialog", "Name"), self.new_name)
        form.addRow(
            translate("UsersDialog", "Name in Japanese letters"),
            _side_by_side(self.new_name_ja, self.new_name_kana),
        )
        form.addRow(translate("UsersDialog", "Name in English letters"), self.new_name_en)
        form.addRow(translate("UsersDialog", "Role"), self.new_role)
        form.addRow(translate("UsersDialog", "Password"), self.new_password)
        form.addRow("", self.add_button)
        self.name_ja, self.name_kana = _letter_name_edits()
        self.name_en = _english_name_edit()
        self.letter_name_button = QPushButton(translate("UsersDialog", "Save &letter name"))
        letter_row = QHBoxLayout()
        letter_row.addWidget(QLabel(translate("UsersDialog", "Letter names")))
        letter_row.addWidget(self.name_ja, 2)
        letter_row.addWidget(self.name_kana, 2)
        letter_row.addWidget(self.name_en, 2)
        letter_row.addWidget(self.letter_name_button)
        actions = QHBoxLayout()
        actions.addWidget(self.toggle_button)
        actions.addStretch(1)
        actions.addWidget(self.password_edit)
        actions.addWidget(self.password_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(letter_row)
        layout.addWidget(add_box)
        layout.addWidget(self.message)

        self.add_button.clicked.connect(self.add_user)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.reset_password)
        self.letter_name_button.clicked.connect(self.save_letter_name)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.model.set_rows(self.users.list(self.actor))
        except UserError as exc:
            self.message.setText(exc.message)
        self._selection_changed()

    def selected(self) -> UserView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(ROW_ROLE)
        return value if isinstance(value, UserView) else None

    def _selection_changed(self) -> None:
        user = self.selected()
        self.toggle_button.setEnabled(user is not None and user.username != self.actor.username)
        self.toggle_button.setText(
            translate("UsersDialog", "&Activate")
            if user and not user.active
            else translate("UsersDialog", "&Deactivate")
        )
        self.password_button.setEnabled(user is not None)
        self.letter_name_button.setEnabled(user is not None)
        self.name_ja.setText(user.name_ja if user else "")
        self.name_kana.setText(user.name_kana if user else "")
        self.name_en.setText(user.name_en if user else "")

    def add_user(self) -> None:
        role = self.new_role.currentData()
        try:
            self.users.create(
                self.actor,
                self.new_username.text(),
                self.new_name.text(),
                Role(role),
                self.new_password.text(),
                name_ja=self.new_name_ja.text(),
                name_kana=self.new_name_kana.text(),
                name_en=self.new_name_en.text(),
            )
        except ValidationFailed as exc:
            self.message.setText("\n".join(exc.fields.values()))
            return
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText("")
        for edit in (
            self.new_username,
            self.new_name,
            self.new_name_ja,
            self.new_name_kana,
            self.new_name_en,
            self.new_password,
        ):
            edit.clear()
        self.refresh()

    def save_letter_name(self) -> None:
        user = self.selected()
        if user is None:
            return
        name = " ".join(self.name_ja.text().split())
        english = " ".join(self.name_en.text().split())
        try:
            self.users.set_letter_name(self.actor, user.username, name, self.name_kana.text(), english)
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.refresh()
        self.message.setText(
            translate(
                "UsersDialog", "{username} now signs Japanese letters as {name} and English ones as {en}."
            ).format(username=user.username, name=name or user.display_name, en=english or user.display_name)
        )

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            self.users.set_active(self.actor, user.username, not user.active)
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.refresh()

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            self.users.set_password(self.actor, user.username, self.password_edit.text())
        except ValidationFailed as exc:
            self.message.setText("\n".join(exc.fields.values()))
            return
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.password_edit.clear()
        self.message.setText(
            translate("UsersDialog", "Password of {username} reset.").format(username=user.username)
        )


def _letter_name_edits() -> tuple[QLineEdit, QLineEdit]:
    """姓 名 in kanji, and its reading, which turns into katakana as the IME commits it."""
    name = QLineEdit(placeholderText=translate("UsersDialog", "姓 名, e.g. 佐藤 結衣"))
    kana = QLineEdit(placeholderText=translate("UsersDialog", "Reading, e.g. サトウ ユイ"))
    keep_katakana(kana)
    return name, kana


def _english_name_edit() -> QLineEdit:
    return QLineEdit(placeholderText=translate("UsersDialog", "In English letters, e.g. Yui Sato"))


def _side_by_side(*widgets: QWidget) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1)
    return row
