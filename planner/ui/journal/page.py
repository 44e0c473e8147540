"""Journal: note side effects, rest and mood in a few keystrokes; see them as a table or a
chart; note temperatures, weights and blood counts; keep the questions for the doctor; print
a visit packet; learn the hard days."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.changes import Kind
from planner.domain.enums import Area, JournalKind
from planner.domain.errors import PlannerError
from planner.domain.journal import DEFAULT_SYMPTOMS
from planner.domain.learning import THRESHOLD, Proposal
from planner.domain.model import JournalEntry, Question
from planner.domain.readings import Measurement
from planner.services import journal, lists, readings, team
from planner.services.journal import JournalView, Noted
from planner.services.readings import ReadingsView
from planner.services.settings import change_setting, read_setting
from planner.ui import messages
from planner.ui.journal.alert import AlertDialog
from planner.ui.journal.chart_panel import ChartPanel
from planner.ui.journal.commands import JournalActions
from planner.ui.journal.counts_chart import CountsPanel
from planner.ui.journal.entry_dialog import EntryFields, JournalEntryDialog
from planner.ui.journal.learned_days import LearnedDaysDialog
from planner.ui.journal.packet import PacketDialog
from planner.ui.journal.question_dialog import AnswerDialog, QuestionDialog, visit_text
from planner.ui.journal.reading_commands import ReadingActions
from planner.ui.journal.reading_dialog import (
    ReadingDialog,
    Scale,
    count_scales,
    temperature_scale,
    weight_scale,
)
from planner.ui.journal.readings_tab import ReadingsTab, kind_name, value_text
from planner.ui.labels import (
    date_time,
    in_sentence,
    long_date,
    say,
    symptom_label,
    translate,
    vocabulary,
)
from planner.ui.models.rows import Column, RowsModel
from planner.ui.pages.base import VISIT_PACKET, PageContext
from planner.ui.pages.table import TablePage
from planner.ui.permissions import for_organisers, organisers_only
from planner.ui.widgets.changed_meanwhile import watch_record
from planner.ui.widgets.rowsview import RowsView

NOTE_TEMPERATURE = "note-temperature"
"""The action that opens the temperature form (for the information pane's links)."""


def what(entry: JournalEntry) -> str:
    if entry.kind is JournalKind.SIDE_EFFECT:
        return translate("Journal", "{symptom}, severity {severity} of 10").format(
            symptom=symptom_label(entry.symptom), severity=entry.severity
        )
    if entry.kind is JournalKind.REST:
        return translate("Journal", "{hours:g} hours of rest").format(hours=entry.hours or 0)
    return translate("Journal", "Mood {mood} of 10").format(mood=entry.mood)


class JournalPage(TablePage[JournalEntry]):
    area = Area.JOURNAL
    shows = frozenset(
        {Kind.JOURNAL_ENTRY, Kind.QUESTION, Kind.APPOINTMENT, Kind.SETTING, Kind.READING}
    )
    table_name = "journalTable"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            translate(
                "Journal",
                "Note side effects, rest and mood as they happen (Enter saves); bring them and "
                "your questions to your appointments.",
            ),
            translate("Journal", "Journal entries"),
            sort_order=Qt.SortOrder.DescendingOrder,
            parent=parent,
        )
        self.changes = JournalActions(context.operations, self.now)
        self.view: JournalView | None = None
        self.reading_changes = ReadingActions(context.operations)
        self.readings_view: ReadingsView | None = None

        # The quick form comes first: a tired patient notes a symptom in a few keys.
        self.entry = EntryFields(DEFAULT_SYMPTOMS, self.now, self)
        self.entry.submitted.connect(self.save_entry)
        quick = QGroupBox(translate("Journal", "Note how it is going"), self)
        quick.setObjectName("quickEntry")
        QVBoxLayout(quick).addWidget(self.entry)
        self.body.insertWidget(2, quick)

        self.note_action = self.page_action(
            "actionNoteEntry",
            translate("Journal", "&Note an entry"),
            self.start_entry,
            QKeySequence("Ctrl+J"),
        )
        self.edit_action = self.page_action(
            "actionEditEntry",
            translate("Journal", "&Edit entry…"),
            self.edit_entry,
            QKeySequence("Ctrl+E"),
        )
        self.delete_action = self.page_action(
            "actionDeleteEntry",
            translate("Journal", "&Delete entry"),
            self.delete_entry,
            QKeySequence(QKeySequence.StandardKey.Delete),
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # The Delete key deletes in the list that has the keyboard: an entry in the entries'
        # list, a question in the questions' (below), never a row of another tab.
        self.removeAction(self.delete_action)
        self.table.addAction(self.delete_action)
        self.ask_action = self.page_action(
            "actionAddQuestion",
            translate("Journal", "Add &question…"),
            self.ask,
            QKeySequence("Ctrl+Shift+Q"),
        )
        self.answer_action = self.page_action(
            "actionAnswerQuestion",
            translate("Journal", "&Answer…"),
            self.answer,
            QKeySequence("Ctrl+Shift+A"),
        )
        self.remove_question_action = self.page_action(
            "actionDeleteQuestion",
            translate("Journal", "Delete q&uestion"),
            self.delete_question,
            QKeySequence("Ctrl+Shift+Del"),
        )
        self.packet_action = self.page_action(
            "actionVisitPacket",
            translate("Journal", "&Visit packet…"),
            self.open_packet,
            QKeySequence("Ctrl+P"),
            changes_plan=False,
        )
        self.learn_action = self.page_action(
            "actionLearnedDays",
            translate("Journal", "&Hard days learned…"),
            self.learned_days,
            QKeySequence("Ctrl+L"),
        )

        self.temperature_action = self.page_action(
            "actionNoteTemperature",
            translate("Journal", "Note &temperature…"),
            self.note_temperature,
            QKeySequence("Ctrl+Shift+T"),
        )
        self.weight_action = self.page_action(
            "actionNoteWeight",
            translate("Journal", "Note &weight…"),
            self.note_weight,
            QKeySequence("Ctrl+Shift+G"),
        )
        self.count_action = self.page_action(
            "actionNoteCount",
            translate("Journal", "Note &blood count…"),
            self.note_count,
            QKeySequence("Ctrl+Shift+B"),
        )

        # Entries, chart, readings and questions share the room below the form.
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("journalTabs")
        self.tabs.setAccessibleName(translate("Journal", "Journal views"))
        self.body.removeWidget(self.table)
        entries = QWidget(self)
        entries_layout = QVBoxLayout(entries)
        entries_layout.addLayout(
            self.button_row(
                self.edit_action, self.delete_action, self.packet_action, self.learn_action
            )
        )
        entries_layout.addWidget(self.table, 1)
        self.tabs.addTab(entries, translate("Journal", "&Entries"))
        self.chart = ChartPanel(self)
        self.tabs.addTab(self.chart, translate("Journal", "&Chart"))
        self.readings = ReadingsTab(
            self.button_row(self.temperature_action, self.weight_action, self.count_action), self
        )
        self.tabs.addTab(self.readings, translate("Journal", "&Readings"))
        # The blood counts over the symptom chart's period, with each cycle's fate.
        self.counts = CountsPanel(self)
        self.chart.period.currentIndexChanged.connect(
            lambda _: self.counts.set_days(int(self.chart.period.currentData()))
        )
        self.counts.set_days(int(self.chart.period.currentData()))
        self.tabs.addTab(self.counts, translate("Journal", "&Blood counts"))

        self.question_model: RowsModel[Question] = RowsModel(self.question_columns(), self)
        self.question_model.setObjectName("questionTableModel")
        self.questions = RowsView(
            self.question_model,
            "questionTable",
            translate("Journal", "Questions for the doctor"),
            self,
        )
        self.questions.addAction(self.remove_question_action)
        delete_key = QAction(self.remove_question_action.text(), self.questions)
        delete_key.setObjectName("actionDeleteQuestionKey")
        delete_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.triggered.connect(self.remove_question_action.trigger)
        self.questions.addAction(delete_key)
        self.questions.activated.connect(lambda _: self._if_may(self.answer))
        asked = QWidget(self)
        asked_layout = QVBoxLayout(asked)
        heading = QLabel(
            ("<h3>" + translate("Journal", "Questions for the doctor") + "</h3>"), asked
        )
        heading.setObjectName("questionHeading")
        heading.setBuddy(self.questions)
        asked_layout.addWidget(heading)
        asked_layout.addLayout(
            self.button_row(
                self.ask_action, self.answer_action, self.remove_question_action, self.packet_action
            )
        )
        asked_layout.addWidget(self.questions, 1)
        self.tabs.addTab(asked, translate("Journal", "&Questions"))
        self.body.addWidget(self.tabs, 1)
        self.table.activated.connect(lambda _: self._if_may(self.edit_entry))
        # Edit, Delete and Answer act on the chosen row: without one they are off.
        for view in (self.table, self.questions):
            view.selectionModel().selectionChanged.connect(self._update_actions)
            view.model().modelReset.connect(self._update_actions)
        # A helper on a shared plan reads the journal; the organisers write in it.
        self.may_edit = for_organisers(self.edits, team.permissions(context.plan))
        if not self.may_edit:
            quick.setEnabled(False)
            quick.setToolTip(organisers_only())
        self._update_actions()
        self.entry.after_save()

    def _if_may(self, open_form: Callable[[], object]) -> None:
        """Open a row's form (Enter or a double click), if this login may change it."""
        if self.may_edit:
            open_form()

    @Slot()
    def _update_actions(self) -> None:
        entry, question = self.selected_entry() is not None, self.selected_question() is not None
        self.edit_action.setEnabled(entry)
        self.delete_action.setEnabled(entry)
        self.answer_action.setEnabled(question)
        self.remove_question_action.setEnabled(question)

    # -- reading -------------------------------------------------------------------------
    def now(self) -> dt.datetime:
        return self.context.now()

    def columns(self) -> Sequence[Column[JournalEntry]]:
        return (
            Column(translate("Journal", "When"), lambda e: date_time(e.at), key=lambda e: e.at),
            Column(translate("Journal", "Kind"), lambda e: vocabulary(e.kind)),
            Column(translate("Journal", "What"), what),
            Column(translate("Journal", "Note"), lambda e: e.note),
        )

    def question_columns(self) -> Sequence[Column[Question]]:
        return (
            Column(
                translate("Journal", "Noted on"),
                lambda q: long_date(q.asked_on),
                key=lambda q: q.asked_on,
            ),
            Column(translate("Journal", "Question"), lambda q: q.text),
            Column(translate("Journal", "For the visit"), self._visit_of, key=self._visit_key),
            Column(
                translate("Journal", "Answer"),
                lambda q: q.answer or translate("Journal", "Not answered yet"),
            ),
        )

    def _visit_of(self, question: Question) -> str:
        if self.view is None:
            return ""
        visit = self.view.visit_of(question)
        if visit is None:
            return translate("Journal", "The next visit (none planned yet)")
        text = visit_text(visit)
        if visit.id != question.appointment_id:
            return translate("Journal", "{visit} (carried over)").format(visit=text)
        return text

    def _visit_key(self, question: Question) -> dt.datetime:
        visit = self.view.visit_of(question) if self.view else None
        return visit.start if visit is not None else dt.datetime.max

    def refresh(self) -> None:
        plan, now = self.context.plan, self.now()
        self.fetch(
            lambda: (journal.journal_view(plan, now), readings.readings_view(plan, now)),
            self._show_views,
        )

    def _show_views(self, views: tuple[JournalView, ReadingsView]) -> None:
        self._show_view(views[0])
        self.readings_view = views[1]
        self.readings.show_view(views[1])
        self.counts.show_view(views[1])

    def _show_view(self, view: JournalView) -> None:
        self.view = view
        self.entry.set_symptoms(view.symptoms)
        first = self.question_model.rowCount() == 0
        self.show_rows(view.entries)
        self.question_model.set_rows(view.questions)
        if first:
            self.questions.fit_columns()
        self.chart.show_view(view)

    @Slot()
    def start_entry(self) -> None:
        """Put the cursor in the quick form's first field (Ctrl+J)."""
        self.entry.first_field().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_shown(self, kind: Kind, key: int | str) -> bool:
        """An entry on the Entries tab, a reading on the Readings tab, a question on the
        Questions tab."""
        views = {
            Kind.JOURNAL_ENTRY: self.table,
            Kind.READING: self.readings.table,
            Kind.QUESTION: self.questions,
        }
        view = views.get(kind)
        if view is None:
            return True
        holder = view.parentWidget()  # the tab holding it
        if holder is not None:
            self.tabs.setCurrentWidget(holder)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        return isinstance(key, int) and view.select_id(key)

    def start_action(self, name: str, argument: object = None) -> None:
        """An action for this page: "log-rest" (a tip) readies the form for rest;
        "note-temperature" (a reminder or a topic) opens the temperature form;
        "visit-packet" (from the Appointments page) opens the packet of appointment
        ``argument``."""
        if name == "log-rest":
            self.entry.set_kind(JournalKind.REST)
            self.entry.first_field().setFocus(Qt.FocusReason.OtherFocusReason)
        elif name == NOTE_TEMPERATURE and self.temperature_action.isEnabled():
            self.note_temperature()
        elif name == VISIT_PACKET and isinstance(argument, int):
            self.open_packet(argument)

    # -- entries -------------------------------------------------------------------------
    @Slot()
    def save_entry(self) -> Noted | None:
        """Save the quick form's entry; a refusal is shown beside the form, nothing saved."""
        noted = self.changes.note(self.entry.entry())
        if isinstance(noted, str):
            self.entry.show_message(noted, problem=True)
            return None
        self.entry.show_message(
            translate("Journal", "Saved: {what}. Edit > Undo takes it back.").format(
                what=what(noted.entry)
            ),
            problem=False,
        )
        self.entry.after_save()
        if noted.alert:
            self.alert(noted.entry)
        return noted

    def alert(self, entry: JournalEntry) -> AlertDialog:
        """Whom to call, at once: the window's Who to call panel (where the window has one)
        and, in front, the alert with the care team's numbers and instructions first."""
        show_panel = getattr(self.window(), "show_who_to_call", None)
        if callable(show_panel):
            show_panel()
        dialog = AlertDialog(entry, lists.contacts(self.context.plan), self)
        dialog.open()
        return dialog

    def selected_entry(self) -> JournalEntry | None:
        record_id = self.table.selected_id()
        row = self.model.row_of(record_id) if record_id is not None else None
        return self.model.row_value(row) if row is not None else None

    @Slot()
    def edit_entry(self) -> JournalEntryDialog | None:
        chosen = self.selected_entry()
        if chosen is None:
            self.say(translate("Journal", "Choose an entry in the list first."))
            return None

        def save(edited: JournalEntry) -> str | None:
            result = self.changes.edit_entry(edited)
            return result if isinstance(result, str) else None

        symptoms = self.view.symptoms if self.view else ()
        dialog = JournalEntryDialog(chosen, symptoms, save, self)

        def reload() -> None:
            assert chosen.id is not None
            try:
                dialog.fields.show_entry(journal.entry(self.context.plan, chosen.id))
            except PlannerError as error:
                self.say(say(error.message))

        watch_record(
            dialog,
            self.context.operations,
            Kind.JOURNAL_ENTRY,
            chosen.id,
            translate("Journal", "journal entry"),
            reload,
        )
        dialog.open()
        return dialog

    @Slot()
    def delete_entry(self) -> bool:
        chosen = self.selected_entry()
        if chosen is None:
            return False
        removed = self.changes.remove_entry(chosen)
        if removed:
            self.say(translate("Journal", "Entry deleted. Edit > Undo brings it back."))
        return removed

    # -- readings ------------------------------------------------------------------------
    @Slot()
    def note_temperature(self) -> ReadingDialog:
        """The form for a temperature, in the plan's scale (°C or °F)."""
        if self.readings_view is not None:
            unit = self.readings_view.unit
        else:
            unit = readings.temperature_unit(self.context.plan)
        return self._note_reading(
            "temperature", translate("Journal", "Note temperature"), [temperature_scale(unit)]
        )

    @Slot()
    def note_weight(self) -> ReadingDialog:
        return self._note_reading("weight", translate("Journal", "Note weight"), [weight_scale()])

    @Slot()
    def note_count(self) -> ReadingDialog:
        """The form for a blood count from a blood test: neutrophils, haemoglobin or
        platelets."""
        return self._note_reading("count", translate("Journal", "Note blood count"), count_scales())

    def _note_reading(self, name: str, title: str, scales: list[Scale]) -> ReadingDialog:
        def save(reading: Measurement) -> str | None:
            noted = self.reading_changes.note(reading)
            if isinstance(noted, str):
                return noted
            shown = self.readings_view.unit if self.readings_view else None
            self.say(
                translate("Journal", "Saved: {what} {value}. Edit > Undo takes it back.").format(
                    what=in_sentence(kind_name(noted.kind)), value=value_text(noted, shown)
                )
            )
            self.tabs.setCurrentWidget(self.readings)
            return None

        dialog = ReadingDialog(name, title, scales, self.now, save, self)
        dialog.open()
        return dialog

    # -- questions -----------------------------------------------------------------------
    def selected_question(self) -> Question | None:
        record_id = self.questions.selected_id()
        row = self.question_model.row_of(record_id) if record_id is not None else None
        return self.question_model.row_value(row) if row is not None else None

    @Slot()
    def ask(self) -> QuestionDialog:
        visits = self.view.coming() if self.view else []

        def save(text: str) -> bool:
            added = self.changes.add_question(text, dialog.appointment_id(), dialog.clinician())
            if isinstance(added, str):
                messages.warn(dialog, added)
                return False
            self.say(translate("Journal", "Question saved for the visit it is for."))
            return True

        dialog = QuestionDialog("", save, self, visits)
        dialog.open()
        return dialog

    @Slot()
    def answer(self) -> AnswerDialog | None:
        chosen = self.selected_question()
        if chosen is None:
            self.say(translate("Journal", "Choose a question in the list first."))
            return None

        def save(text: str, day: dt.date) -> str | None:
            if not text.strip():
                return translate(
                    "Journal", "Write the answer first; an empty answer was not saved."
                )
            answered = dataclasses.replace(chosen, answer=text, answered_on=day)
            result = self.changes.edit_question(answered)
            return result if isinstance(result, str) else None

        dialog = AnswerDialog(chosen, self.context.today(), save, self)
        dialog.open()
        return dialog

    @Slot()
    def delete_question(self) -> bool:
        chosen = self.selected_question()
        if chosen is None:
            return False
        removed = self.changes.remove_question(chosen)
        if removed:
            self.say(translate("Journal", "Question deleted. Edit > Undo brings it back."))
        return removed

    # -- visit packet and learning -------------------------------------------------------
    @Slot()
    def open_packet(self, appointment_id: int | None = None) -> PacketDialog:
        """The packet dialog, on ``appointment_id`` or the next visit (a hook for other
        pages: show the Journal, then call this with the appointment's id)."""
        if self.view is None:
            self.refresh()
        assert self.view is not None
        now = self.now()
        visits = [
            a
            for a in self.view.appointments
            if a.start.date() >= now.date() - dt.timedelta(days=60)
        ]
        coming = self.view.coming()
        chosen = appointment_id or (coming[0].id if coming else None)

        def build(visit_id: int) -> journal.VisitPacket | None:
            try:
                return journal.visit_packet(self.context.plan, visit_id, self.now())
            except PlannerError as error:  # e.g. the visit was deleted meanwhile
                self.context.operations.failed.emit(say(error.message))
                return None

        dialog = PacketDialog(visits, chosen, build, self)
        dialog.open()
        return dialog

    @Slot()
    def learned_days(self) -> LearnedDaysDialog:
        plan = self.context.plan
        settings = self.view.settings if self.view else {}

        def load(threshold: int) -> Sequence[Proposal]:
            # The level is the plan's setting: a new one is kept for next time.
            if threshold != read_setting(plan, THRESHOLD):
                self.context.operations.call(lambda: change_setting(plan, THRESHOLD, threshold))
            return journal.journal_view(plan, self.now()).proposals()

        dialog = LearnedDaysDialog(THRESHOLD.read(settings), load, self.changes.accept, self)
        dialog.open()
        return dialog
