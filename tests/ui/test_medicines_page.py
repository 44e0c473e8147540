"""The Medicines page: a medicine added through the form, bad values refused at their field
with nothing saved, Taken / Skipped / Later with undo, a dose as needed refused in words,
adherence against the 95% line, a helper asked to give a dose, and the demo plan."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from planner.domain.changes import Kind
from planner.domain.doses import DoseState
from planner.domain.enums import Area
from planner.domain.medicines import AsNeeded, FixedTimes, Medicine
from planner.services import lists, medicines, tasks, week
from planner.services.plan import Plan
from planner.ui.mainwindow import MainWindow
from planner.ui.medicines.medicine_dialog import EVERY, FIXED, TAPER, MedicineDialog
from planner.ui.medicines.model import Shown
from planner.ui.medicines.page import ADHERENCE_TAB, MEDICINES_TAB, TODAY_TAB, MedicinesPage
from planner.ui.widgets.field_message import FieldMessage
from tests.conftest import NOW, TODAY
from tests.ui.conftest import MakeWindow

DAY = dt.timedelta(days=1)
HALF_PAST_NINE = dt.datetime.combine(TODAY, dt.time(9, 30))


def page_of(window: MainWindow) -> MedicinesPage:
    window.show_area(Area.MEDICINES)
    return cast(MedicinesPage, window.pages[Area.MEDICINES])


def by_name(plan: Plan) -> dict[str, Medicine]:
    return {m.name: m for m in medicines.medicines(plan)}


def state_of(plan: Plan, name: str, due: dt.datetime) -> DoseState:
    (view,) = [
        v
        for v in medicines.doses(plan, due.date(), due.date())
        if v.medicine.name == name
        if v.dose.due == due
    ]
    return view.state


def click_ok(dialog: MedicineDialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


@pytest.fixture
def twice(plan: Plan) -> Medicine:
    """A medicine with a dose due now (09:30; the clock stands at 10:00) and one tonight."""
    added, _ = medicines.add_medicine(
        plan,
        Medicine(
            "Darunavir",
            FixedTimes((dt.time(9, 30), dt.time(20))),
            TODAY - 3 * DAY,
            strength="800 mg",
            must_not_miss=True,
            stock=30,
        ),
    )
    return added


# ---------------------------------------------------------------------------- the form
def test_a_medicine_added_through_the_form_is_listed_and_undo_takes_it_back(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    dialog = page.add()
    dialog.name.setText("Dexamethasone")
    dialog.strength.setText("2 mg")
    dialog.dose.setText("½")
    dialog.kind.setCurrentIndex(dialog.kind.findData(TAPER))
    assert dialog.pages.currentWidget().objectName() == "scheduleTaper"
    assert not dialog.dose.isEnabled()  # the steps give a taper's doses
    dialog.steps.setText("2 for 3 days; 1 for 2 days")
    dialog.times[TAPER].setText("08:00")
    dialog.stock.setText("20")
    dialog.must_not_miss.setChecked(True)
    with qtbot.wait_signal(dialog.finished):
        click_ok(dialog)

    added = by_name(demo_plan)["Dexamethasone"]
    assert added.last_day == TODAY + 4 * DAY and added.must_not_miss and added.stock == 20
    assert page.tabs.currentIndex() == MEDICINES_TAB
    assert page.selected() == added
    window.action_undo.trigger()
    assert "Dexamethasone" not in by_name(demo_plan)
    window.action_redo.trigger()
    assert "Dexamethasone" in by_name(demo_plan)


def test_doses_around_treatment_days_are_typed_in_words(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    dialog = page.add()
    dialog.name.setText("Aprepitant")
    dialog.kind.setCurrentIndex(dialog.kind.findData("around"))
    dialog.course.setCurrentIndex(1)  # the demo's course
    dialog.offsets.setText("day -1 at 20:00; days 1-3 at 08:00")
    with qtbot.wait_signal(dialog.finished):
        click_ok(dialog)
    schedule = by_name(demo_plan)["Aprepitant"].schedule
    assert [(o.day, o.time.hour) for o in schedule.offsets] == [  # type: ignore[union-attr]
        (-1, 20),
        (1, 8),
        (2, 8),
        (3, 8),
    ]
    assert schedule.course_id == dialog.course.itemData(1)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("fill", "field", "words"),
    [
        (lambda d: d.dose.setText("0"), "medicineDose", "more than 0"),
        (
            lambda d: (d.kind.setCurrentIndex(d.kind.findData(EVERY)), d.hours.setValue(0)),
            "medicineHours",
            "1 to 168 hours apart",
        ),
        (lambda d: d.times[FIXED].setText(""), "medicineTimes_fixed", "at least one time"),
        (
            lambda d: (
                d.kind.setCurrentIndex(d.kind.findData(TAPER)),
                d.steps.setText("2 for 3 days; 1 for 0 days"),
                d.times[TAPER].setText("08:00"),
            ),
            "medicineSteps",
            "never ends",
        ),
        (lambda d: d.stock.setText("-4"), "medicineStock", "cannot be below 0"),
    ],
    ids=["dose-zero", "under-an-hour", "no-times", "endless-taper", "negative-stock"],
)
def test_bad_input_is_refused_at_its_field_and_nothing_is_saved(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot, fill: object, field: str, words: str
) -> None:
    page = page_of(window)
    before = by_name(demo_plan)
    dialog = page.add()
    dialog.name.setText("Trial drug")
    dialog.times[FIXED].setText("08:00")
    fill(dialog)  # type: ignore[operator]

    click_ok(dialog)

    widget = dialog.findChild(object, field)
    message = FieldMessage.of(widget)  # type: ignore[arg-type]
    assert message is not None and words in message.message()
    assert dialog.isVisible() and by_name(demo_plan) == before
    assert window.undo_stack.count() == 0
    dialog.close()


def test_a_refusal_goes_once_the_value_is_mended(window: MainWindow, demo_plan: Plan) -> None:
    page = page_of(window)
    dialog = page.add()
    dialog.name.setText("Trial drug")
    dialog.dose.setText("0")
    click_ok(dialog)
    message = FieldMessage.of(dialog.dose)
    assert message is not None and message.message()
    dialog.dose.setText("1")
    click_ok(dialog)
    assert "Trial drug" in by_name(demo_plan)
    assert not message.message()


# ---------------------------------------------------------------------------- today
def choose_dose(page: MedicinesPage, name: str, due: dt.datetime) -> None:
    medicine = by_name(page.context.plan)[name]
    assert medicine.id is not None
    assert page.select_dose(medicine.id, due)


def shown_state(page: MedicinesPage, due: dt.datetime) -> str:
    rows = [page.dose_model.row_value(n) for n in range(page.dose_model.rowCount())]
    (row,) = [r for r in rows if r.due == due]
    return page.dose_model.index(rows.index(row), page.dose_model.STATE).data()


def test_today_lists_the_doses_in_time_order_with_state_by_icon_and_text(
    plan: Plan, twice: Medicine, make_window: MakeWindow, qtbot: QtBot
) -> None:
    page = page_of(make_window(plan))
    ModelTester(qtbot).check(page.dose_model)
    assert page.tabs.currentIndex() == TODAY_TAB
    assert [page.dose_model.row_value(n).due.hour for n in range(2)] == [9, 20]
    assert [page.dose_model.row_value(n).shown for n in range(2)] == [Shown.DUE, Shown.UPCOMING]
    assert shown_state(page, HALF_PAST_NINE) == "Due now"
    icon = page.dose_model.index(0, page.dose_model.STATE).data(Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    assert page.dose_model.index(0, 2).data() == "Darunavir 800 mg"


def test_taken_skipped_and_later_change_the_dose_and_undo_puts_it_back(
    plan: Plan, twice: Medicine, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window(plan)
    page = page_of(window)
    choose_dose(page, "Darunavir", HALF_PAST_NINE)
    assert page.taken_action.isEnabled()

    page.taken_action.trigger()
    assert state_of(plan, "Darunavir", HALF_PAST_NINE) is DoseState.TAKEN
    assert shown_state(page, HALF_PAST_NINE) == "Taken at 10:00"
    assert by_name(plan)["Darunavir"].stock == 29
    window.action_undo.trigger()
    assert state_of(plan, "Darunavir", HALF_PAST_NINE) is DoseState.DUE
    assert shown_state(page, HALF_PAST_NINE) == "Due now"
    assert by_name(plan)["Darunavir"].stock == 30

    choose_dose(page, "Darunavir", HALF_PAST_NINE)
    page.later_action.trigger()
    assert state_of(plan, "Darunavir", HALF_PAST_NINE) is DoseState.LATER
    assert shown_state(page, HALF_PAST_NINE).startswith("Later")
    window.action_undo.trigger()
    assert state_of(plan, "Darunavir", HALF_PAST_NINE) is DoseState.DUE

    choose_dose(page, "Darunavir", HALF_PAST_NINE)
    dialog = page.skipped()
    assert dialog is not None
    dialog.accept()  # no reason: said at the field, nothing noted
    assert dialog.isVisible() and "Say why" in dialog.reason_message.message()
    assert state_of(plan, "Darunavir", HALF_PAST_NINE) is DoseState.DUE
    dialog.reason.setText("Vomited just before")
    with qtbot.wait_signal(dialog.finished):
        dialog.accept()
    assert state_of(plan, "Darunavir", HALF_PAST_NINE) is DoseState.SKIPPED
    assert shown_state(page, HALF_PAST_NINE) == "Skipped: Vomited just before"
    window.action_undo.trigger()
    assert state_of(plan, "Darunavir", HALF_PAST_NINE) is DoseState.DUE
    window.action_redo.trigger()
    assert state_of(plan, "Darunavir", HALF_PAST_NINE) is DoseState.SKIPPED


def test_a_dose_as_needed_too_soon_is_refused_in_words(plan: Plan, make_window: MakeWindow) -> None:
    medicines.add_medicine(plan, Medicine("Paracetamol", AsNeeded(4, 4), TODAY - DAY, dose=2))
    window = make_window(plan)
    page = page_of(window)
    assert page.needed_table.isVisibleTo(page) and page.needed_model.rowCount() == 1
    assert page.needed_model.index(0, 2).data() == "At least 4 hours apart, at most 4 a day"
    page.needed_table.selectRow(0)

    assert page.taken_now()
    assert "Paracetamol noted as taken at 10:00" in page.refusal.text()
    assert window.undo_stack.count() == 1

    assert not page.taken_now()
    assert "Too soon" in page.refusal.text() and "from 14:00" in page.refusal.text()
    assert page.refusal.text().startswith("\N{WARNING SIGN}")
    assert window.undo_stack.count() == 1  # nothing more noted


def test_ask_a_helper_to_give_a_dose_makes_an_undoable_task(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    tonight = dt.datetime.combine(TODAY, dt.time(20))
    choose_dose(page, "Aciclovir", tonight)
    helper = lists.helpers(demo_plan)[1]
    dialog = page.ask_helper()
    assert dialog is not None
    dialog.helper.setCurrentIndex(dialog.helper.findData(helper.id))
    with qtbot.wait_signal(dialog.finished):
        dialog.accept()

    def asked() -> list[str]:
        found = tasks.tasks_between(demo_plan, TODAY, TODAY)
        return [t.title for t in found if t.helper_id == helper.id and t.start == tonight]

    assert asked() == ["Give Aciclovir 400 mg (1 tablet) at 20:00"]
    assert "Asked" in window.statusBar().currentMessage()
    window.action_undo.trigger()
    assert asked() == []


# ---------------------------------------------------------------------------- adherence
def test_adherence_marks_the_95_percent_line_by_icon_and_text(
    plan: Plan, twice: Medicine, make_window: MakeWindow
) -> None:
    # From Sunday on, every dose taken but Monday evening's; this morning's is not yet
    # missed (it counts from 10:30).
    assert twice.id is not None
    for days in (3, 2, 1):
        for hour, minute in ((9, 30), (20, 0)):
            due = dt.datetime.combine(TODAY - days * DAY, dt.time(hour, minute))
            if (days, hour) != (2, 20):
                medicines.confirm(plan, twice.id, due, medicines.Answer.TAKEN, at=due)
    page = page_of(make_window(plan))
    page.tabs.setCurrentIndex(ADHERENCE_TAB)
    model = page.adherence_model
    monday = TODAY - dt.timedelta(days=TODAY.weekday())
    rows = {
        (model.row_value(n).period.cycle, model.row_value(n).period.first): n
        for n in range(model.rowCount())
    }
    this_week = [model.index(rows[(False, monday)], c).data() for c in range(5)]
    last_week = [model.index(rows[(False, monday - 7 * DAY)], c).data() for c in range(5)]

    assert this_week[0] == "Darunavir" and this_week[1].startswith("Week of")
    assert this_week[2:] == ["3 of 4", "75%", "Below 95%"]
    assert last_week[2:] == ["2 of 2", "100%", "At or above 95%"]
    below = model.index(rows[(False, monday)], 4).data(Qt.ItemDataRole.DecorationRole)
    above = model.index(rows[(False, monday - 7 * DAY)], 4).data(Qt.ItemDataRole.DecorationRole)
    assert not below.isNull() and not above.isNull()
    assert below.cacheKey() != above.cacheKey()
    assert "below 95%" in page.adherence_summary.text()
    assert page.adherence_summary.text().startswith("\N{WARNING SIGN}")


# ---------------------------------------------------------------------------- the demo
def test_the_page_with_the_demo_plan(window: MainWindow, demo_plan: Plan, qtbot: QtBot) -> None:
    page = page_of(window)
    ModelTester(qtbot).check(page.model)
    ModelTester(qtbot).check(page.adherence_model)
    listed = {page.model.row_value(n).medicine.name for n in range(page.model.rowCount())}
    assert listed == {"Aciclovir", "Mouthwash (benzydamine)", "Ondansetron"}
    # Today: the antiviral's morning dose was taken, its evening dose is ahead.
    today = [
        (page.dose_model.row_value(n).medicine.name, page.dose_model.row_value(n).shown)
        for n in range(page.dose_model.rowCount())
    ]
    assert ("Aciclovir", Shown.TAKEN) in today and ("Aciclovir", Shown.UPCOMING) in today
    # The medicine running low says when to ask for a refill, by icon and text.
    aciclovir = by_name(demo_plan)["Aciclovir"]
    row = page.model.row_of(aciclovir.id)  # type: ignore[arg-type]
    assert row is not None
    assert page.model.index(row, page.model.REFILL).data().startswith("Ask for a refill")
    refill = page.model.index(row, page.model.REFILL)
    assert not refill.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert page.model.index(row, 3).data() == "Yes"  # must not miss
    assert page.model.index(row, 4).data() == "50 tablets"
    # The Activity panel's lines open the right tab.
    assert page.select_record(aciclovir.id) and page.tabs.currentIndex() == MEDICINES_TAB
    assert page.selected() == aciclovir
    assert page.open_record(Kind.DOSE, 1) and page.tabs.currentIndex() == TODAY_TAB
    # A refill gap opens the page with its medicine chosen.
    (gap,) = [g for g in week.check(demo_plan, today=TODAY) if g.kind == "refill_due"]
    window.show_area(Area.WEEK)
    window.fix_gap(gap)
    assert window.current_area() is Area.MEDICINES and page.selected() == aciclovir


def test_export_then_import_the_list(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot, tmp_path: Path
) -> None:
    page = page_of(window)
    target = tmp_path / "medicines.csv"
    page.choose_file = lambda _parent, _name, _save: target
    assert page.export_list() == target
    assert "Aciclovir" in target.read_text(encoding="utf-8")
    for medicine in by_name(demo_plan).values():
        assert medicine.id is not None
        medicines.remove_medicine(demo_plan, medicine.id)
    dialog = page.import_list()
    assert dialog is not None
    qtbot.wait_until(lambda: dialog.import_button.isEnabled())
    assert dialog.rows.rowCount() == 3
    with qtbot.wait_signal(dialog.finished):
        dialog.accept()
    assert set(by_name(demo_plan)) == {"Aciclovir", "Mouthwash (benzydamine)", "Ondansetron"}
    window.action_undo.trigger()
    assert by_name(demo_plan) == {}
    assert NOW.date() == TODAY
