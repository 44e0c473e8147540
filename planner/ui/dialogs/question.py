"""A question for the doctor: typed, or offered by a tip, and saved on OK."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.ui.labels import tr


class QuestionDialog(QDialog):
    """Asks for the text of a question; OK hands it to ``save`` and closes only if saved.

    A refused question (empty, too long) keeps the dialog open with the text as typed.
    """

    def __init__(
        self, offered: str, save: Callable[[str], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setObjectName("questionDialog")
        self.setWindowTitle(tr("Add a question for the doctor"))
        self.setAccessibleName(tr("Add a question for the doctor"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        label = QLabel(tr("&Question (it waits in the Journal for your next visit):"), self)
        label.setWordWrap(True)
        self.text = QPlainTextEdit(offered, self)
        self.text.setObjectName("questionText")
        self.text.setAccessibleName(tr("Question"))
        self.text.setTabChangesFocus(True)
        label.setBuddy(self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("questionButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.text.setFocus()

    def question(self) -> str:
        return self.text.toPlainText()

    def accept(self) -> None:
        if self._save(self.question()):
            super().accept()
