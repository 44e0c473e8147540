"""A question for the doctor: typed, or offered by a tip, and saved on OK; and the answer
the doctor gave, noted later."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import Appointment, Question
from planner.ui.labels import date_time, qdate, translate
from planner.ui.widgets.dates import DateField
from planner.ui.widgets.field_message import FieldMessage, ready_to_save


def visit_text(appointment: Appointment) -> str:
    """An appointment as a visit to bring a question to."""
    who = f" ({appointment.clinician})" if appointment.clinician else ""
    return translate("Journal", "{when}: {title}{who}").format(
        when=date_time(appointment.start), title=appointment.title, who=who
    )


class QuestionDialog(QDialog):
    """Asks for the text of a question; OK hands it to ``save`` and closes only if saved.

    A refused question (empty, too long) keeps the dialog open with the text as typed.
    """

    def __init__(
        self,
        offered: str,
        save: Callable[[str], bool],
        parent: QWidget | None = None,
        visits: Sequence[Appointment] = (),
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setObjectName("questionDialog")
        self.setWindowTitle(translate("Journal", "Add a question for the doctor"))
        self.setAccessibleName(translate("Journal", "Add a question for the doctor"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        label = QLabel(
            translate("Journal", "&Question (it waits in the Journal for your next visit):"), self
        )
        label.setWordWrap(True)
        self.text = QPlainTextEdit(offered, self)
        self.text.setObjectName("questionText")
        self.text.setAccessibleName(translate("Journal", "Question"))
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
        # Which visit it is for: the next one by default, or the next with a clinician.
        self.visit = QComboBox(self)
        self.visit.setObjectName("questionVisit")
        self.visit.setAccessibleName(translate("Journal", "For the visit"))
        # The drop-down list is a widget of its own; screen readers name it too.
        self.visit.view().setObjectName("questionVisitList")
        self.visit.view().setAccessibleName(translate("Journal", "For the visit"))
        self.visit.addItem(translate("Journal", "The next visit"), None)
        clinicians: list[str] = []
        for appointment in visits:
            if appointment.clinician and appointment.clinician not in clinicians:
                clinicians.append(appointment.clinician)
        for clinician in clinicians:
            self.visit.addItem(
                translate("Journal", "The next visit with {who}").format(who=clinician), clinician
            )
        for appointment in visits:
            self.visit.addItem(visit_text(appointment), appointment.id)
        if visits:
            visit_label = QLabel(translate("Journal", "For the &visit:"), self)
            visit_label.setBuddy(self.visit)
            layout.addWidget(visit_label)
            layout.addWidget(self.visit)
        else:
            self.visit.hide()
        layout.addWidget(buttons)
        self.text.setFocus()

    def question(self) -> str:
        return self.text.toPlainText()

    def appointment_id(self) -> int | None:
        """The visit chosen, or ``None`` for the next one (see :meth:`clinician`)."""
        chosen = self.visit.currentData()
        return chosen if isinstance(chosen, int) else None

    def clinician(self) -> str:
        """The clinician whose next visit was chosen, or empty."""
        chosen = self.visit.currentData()
        return chosen if isinstance(chosen, str) else ""

    def accept(self) -> None:
        if self._save(self.question()):
            super().accept()


class AnswerDialog(QDialog):
    """Notes the answer to a question; OK hands the answer and its day to ``save``, which
    returns why it was refused (the dialog stays open and says so) or ``None``."""

    def __init__(
        self,
        question: Question,
        today: dt.date,
        save: Callable[[str, dt.date], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setObjectName("answerDialog")
        self.setWindowTitle(translate("Journal", "Answer to a question"))
        self.setAccessibleName(translate("Journal", "Answer to a question"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        asked = QLabel(question.text, self)
        asked.setObjectName("answerQuestion")
        asked.setWordWrap(True)
        asked.setTextFormat(Qt.TextFormat.PlainText)
        self.answer = QPlainTextEdit(question.answer, self)
        self.answer.setObjectName("answerText")
        self.answer.setAccessibleName(translate("Journal", "Answer"))
        self.answer.setTabChangesFocus(True)
        self.day = DateField(qdate(question.answered_on or today), self)
        self.day.setObjectName("answerDay")
        self.day.setAccessibleName(translate("Journal", "Answered on"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("answerButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("Journal", "Question:"), asked)
        form.addRow(translate("Journal", "&Answer:"), self.answer)
        # Why the answer was not saved stands under it, until it is edited.
        self.message = FieldMessage(self.answer, self, name="answerMessage")
        self.message.clear_when_changed([self.answer, self.day])
        form.addRow(self.message)
        form.addRow(translate("Journal", "Answered &on:"), self.day)
        form.addRow(FieldMessage(self.day, self))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.answer.setFocus()

    def answered_on(self) -> dt.date:
        day: QDate = self.day.date()
        return dt.date(day.year(), day.month(), day.day())

    def accept(self) -> None:
        if not ready_to_save(self):
            return
        refused = self._save(self.answer.toPlainText(), self.answered_on())
        if refused is None:
            super().accept()
        else:
            self.message.show_problem(
                translate("Journal", "Not saved: {reason}").format(reason=refused), blocks=False
            )
