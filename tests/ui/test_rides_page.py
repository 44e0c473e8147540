"""The Rides page: legs by day with status icons, filters, quick actions, dialogs, the card."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from planner.domain.enums import AppointmentKind, Area, LegDirection, LegStatus
from planner.domain.legs import MARGIN, PATIENT_NAME
from planner.domain.model import Appointment, RideLeg
from planner.services import lists, places, rides
from planner.services import settings as plan_settings
from planner.services.appointments import add_appointment
from planner.services.plan import Plan
from planner.ui.mainwindow import MainWindow
from planner.ui.rides.driver_dialog import HELPER_ROLE
from planner.ui.rides.page import STATUS_COLUMN, DayRow, RideRow, RidesPage, Show
from tests.conftest import TODAY, TREATMENT

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def rides_page(window: MainWindow) -> RidesPage:
    window.show_area(Area.RIDES)
    return window.rides_page


def treatment_leg(plan: Plan, direction: LegDirection) -> RideLeg:
    """The demo's leg to or from its next chemotherapy (there confirmed, back only asked)."""
    legs, appointments, _ = lists.legs(plan, since=TODAY)
    return next(
        leg
        for leg in legs
        if leg.direction is direction and appointments[leg.appointment_id].start.date() == TREATMENT
    )


def shown_rows(page: RidesPage) -> list[DayRow | RideRow]:
    return [page.model.row_value(n) for n in range(page.model.rowCount())]


def close_warning(window: MainWindow, qtbot: QtBot) -> str:
    box = window.findChild(QMessageBox, "messageBox")
    assert box is not None and box.isVisible()
    text = box.text()
    with qtbot.waitSignal(box.finished):
        box.accept()
    return text


def test_legs_are_grouped_under_a_heading_for_each_day(window: MainWindow) -> None:
    page = rides_page(window)
    rows = shown_rows(page)

    # The first rides from today on: the demo's chemotherapy (the past cycle's are left out).
    assert isinstance(rows[0], DayRow) and rows[0].day == TREATMENT
    days = [row.day for row in rows if isinstance(row, DayRow)]
    assert days == sorted(set(days))  # one heading per day, in order
    for n, row in enumerate(rows):
        if isinstance(row, RideRow):
            heading = next(r for r in reversed(rows[:n]) if isinstance(r, DayRow))
            assert heading.day == row.leg.pickup_time.date()
        else:
            assert page.table.columnSpan(n, 0) == page.model.columnCount()
            assert not page.model.flags(page.model.index(n, 0)) & Qt.ItemFlag.ItemIsSelectable


def test_status_is_shown_by_icon_and_words(window: MainWindow) -> None:
    page = rides_page(window)
    rows = shown_rows(page)
    for n, row in enumerate(rows):
        if not isinstance(row, RideRow):
            continue
        index = page.model.index(n, STATUS_COLUMN)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        assert isinstance(icon, QIcon) and not icon.isNull()
        assert index.data()  # the words, never the icon alone
    words = {page.model.index(n, STATUS_COLUMN).data() for n in range(len(rows))}
    assert {"Confirmed", "Asked", "Needs a driver"} <= words


@pytest.mark.parametrize(
    ("show", "wanted"),
    [
        (Show.NEEDS_DRIVER, lambda leg: leg.driver_id is None),
        (Show.NOT_CONFIRMED, lambda leg: leg.status in (LegStatus.NEEDED, LegStatus.ASKED)),
    ],
)
def test_the_filters_show_only_the_legs_asked_for(
    window: MainWindow, demo_plan: Plan, show: Show, wanted: object
) -> None:
    page = rides_page(window)
    everything = [r.leg for r in shown_rows(page) if isinstance(r, RideRow)]

    page.show_filter.setCurrentIndex(page.show_filter.findData(show))

    shown = [r.leg for r in shown_rows(page) if isinstance(r, RideRow)]
    assert shown == [leg for leg in everything if wanted(leg)]  # type: ignore[operator]
    assert 0 < len(shown) < len(everything)
    assert page.count.text() == f"{len(shown)} of {len(everything)} rides"


def test_a_gap_fix_finds_a_leg_the_filter_hides(window: MainWindow, demo_plan: Plan) -> None:
    page = rides_page(window)
    page.show_filter.setCurrentIndex(page.show_filter.findData(Show.NEEDS_DRIVER))
    back = treatment_leg(demo_plan, LegDirection.BACK)  # it has a driver

    assert page.select_record(back.id)
    assert page.show_filter.currentData() is Show.ALL


def test_mark_asked_then_confirmed_by_keyboard_and_undo(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = rides_page(window)
    back = treatment_leg(demo_plan, LegDirection.BACK)
    page.select_record(back.id)

    qtbot.keyClick(window, Qt.Key.Key_C, CTRL_SHIFT)

    assert treatment_leg(demo_plan, LegDirection.BACK).status is LegStatus.CONFIRMED
    window.action_undo.trigger()
    assert treatment_leg(demo_plan, LegDirection.BACK).status is LegStatus.ASKED
    window.action_redo.trigger()
    assert treatment_leg(demo_plan, LegDirection.BACK).status is LegStatus.CONFIRMED


def test_undoing_a_status_someone_else_changed_since_is_refused(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = rides_page(window)
    back = treatment_leg(demo_plan, LegDirection.BACK)
    assert back.id is not None
    page.select_record(back.id)
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL_SHIFT)
    assert window.undo_stack.count() == 1
    # Another caregiver takes the driver off the confirmed ride before this window's Undo.
    rides.set_driver(demo_plan, back.id, None)

    window.action_undo.trigger()

    assert "Someone else changed" in close_warning(window, qtbot)
    assert window.undo_stack.count() == 0
    now = treatment_leg(demo_plan, LegDirection.BACK)
    assert (now.driver_id, now.status) == (None, LegStatus.NEEDED)


def test_swap_to_backup_by_keyboard_and_undo(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = rides_page(window)
    there = treatment_leg(demo_plan, LegDirection.THERE)
    page.select_record(there.id)
    assert page.swap.isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_B, CTRL_SHIFT)

    swapped = treatment_leg(demo_plan, LegDirection.THERE)
    assert (swapped.driver_id, swapped.backup_driver_id) == (
        there.backup_driver_id,
        there.driver_id,
    )
    assert swapped.status is LegStatus.NEEDED
    assert window.action_undo.text() == "&Undo Swap to the backup driver"
    window.action_undo.trigger()
    again = treatment_leg(demo_plan, LegDirection.THERE)
    assert (again.driver_id, again.backup_driver_id, again.status) == (
        there.driver_id,
        there.backup_driver_id,
        LegStatus.CONFIRMED,
    )


def test_the_driver_dialog_assigns_a_driver_and_backup(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = rides_page(window)
    page.show_filter.setCurrentIndex(page.show_filter.findData(Show.NEEDS_DRIVER))
    wanted = next(r.leg for r in shown_rows(page) if isinstance(r, RideRow))
    page.select_record(wanted.id)
    helpers = {h.name: h.id for h in lists.helpers(demo_plan)}

    dialog = page.plan_leg()
    assert dialog is not None
    texts = [dialog.drivers.item(n).text() for n in range(dialog.drivers.count())]
    assert texts[0] == "Nobody yet"
    assert not any("Lena Hoff" in text for text in texts)  # she does not drive
    assert any(text.startswith("Sam Keller: ") for text in texts)
    dialog.choose_driver(helpers["Sam Keller"])
    dialog.backup.setCurrentIndex(dialog.backup.findData(helpers["Ana Ruiz"]))
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()

    legs, _, _ = lists.legs(demo_plan, since=TODAY)
    saved = next(leg for leg in legs if leg.id == wanted.id)
    assert (saved.driver_id, saved.backup_driver_id) == (helpers["Sam Keller"], helpers["Ana Ruiz"])
    window.action_undo.trigger()
    legs, _, _ = lists.legs(demo_plan, since=TODAY)
    assert next(leg for leg in legs if leg.id == wanted.id).driver_id is None


def test_a_pickup_after_the_start_keeps_the_dialog_open_and_saves_nothing(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = rides_page(window)
    there = treatment_leg(demo_plan, LegDirection.THERE)
    page.select_record(there.id)
    dialog = page.plan_leg()
    assert dialog is not None
    dialog.pickup.setDateTime(dialog.pickup.dateTime().addSecs(3 * 3600))  # 11:15, after 9:00

    dialog.accept()

    assert "after the appointment starts" in close_warning(window, qtbot)
    assert dialog.isVisible()
    assert treatment_leg(demo_plan, LegDirection.THERE) == there
    dialog.reject()


def test_confirming_a_leg_without_a_driver_is_not_offered(
    window: MainWindow, demo_plan: Plan
) -> None:
    page = rides_page(window)
    page.show_filter.setCurrentIndex(page.show_filter.findData(Show.NEEDS_DRIVER))
    wanted = next(r.leg for r in shown_rows(page) if isinstance(r, RideRow))
    page.select_record(wanted.id)

    assert not page.mark_confirmed.isEnabled() and not page.mark_asked.isEnabled()
    assert "no driver yet" in page.hint.text()


def test_the_place_dialog_sets_the_travel_time(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = rides_page(window)
    there = treatment_leg(demo_plan, LegDirection.THERE)
    page.select_record(there.id)

    dialog = page.open_place()
    assert dialog is not None
    assert dialog.travel.value() == 30
    assert "car park B" in dialog.notes.toPlainText()
    dialog.travel.setValue(45)
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()

    (clinic,) = places.places(demo_plan)
    assert clinic.travel.total_seconds() == 45 * 60


def test_the_ride_card_as_pdf_has_what_the_driver_needs(
    window: MainWindow, demo_plan: Plan, tmp_path: Path
) -> None:
    page = rides_page(window)
    back = treatment_leg(demo_plan, LegDirection.BACK)
    page.select_record(back.id)
    target = tmp_path / "card.pdf"
    page.choose_pdf_file = lambda parent, suggested: target

    assert page.save_ride_card() == target

    reader = PdfReader(target)
    assert len(reader.pages) == 1
    # NFKC undoes the ligatures (fi, fl, ff) the PDF's font draws as one glyph.
    text = " ".join(unicodedata.normalize("NFKC", reader.pages[0].extract_text()).split())
    for expected in (
        "Maria Keller",  # the patient
        "+44 7700 900100",
        "City Hospital, 1 Infirmary Road",  # the clinic's address
        "+44 20 7946 0000",
        "car park B",  # parking notes
        "wheelchair",
        "Chemotherapy",  # the kind, and no more
        "Ana Ruiz",  # the driver and their phone
        "+44 7700 900222",
        "Expected end",
    ):
        assert expected in text, expected
    assert "medication list" not in text  # the appointment's own notes stay in the plan
    assert "Haddad" not in text


def test_a_ride_card_that_cannot_be_written_says_why(
    window: MainWindow, demo_plan: Plan, tmp_path: Path, qtbot: QtBot
) -> None:
    page = rides_page(window)
    page.select_record(treatment_leg(demo_plan, LegDirection.BACK).id)
    page.choose_pdf_file = lambda parent, suggested: tmp_path / "missing" / "card.pdf"

    assert page.save_ride_card() is None

    assert "could not be written" in close_warning(window, qtbot)


def test_the_print_preview_opens_without_blocking(window: MainWindow, demo_plan: Plan) -> None:
    page = rides_page(window)
    page.select_record(treatment_leg(demo_plan, LegDirection.BACK).id)

    page.print_card.trigger()

    preview = window.findChild(QWidget, "printPreview")
    assert preview is not None and preview.isVisible()
    preview.close()
    preview.deleteLater()


def test_activating_a_ride_opens_its_dialog(window: MainWindow, demo_plan: Plan) -> None:
    page = rides_page(window)
    back = treatment_leg(demo_plan, LegDirection.BACK)
    page.select_record(back.id)
    index: QModelIndex = page.table.currentIndex()

    page.table.activated.emit(index)

    dialog = window.findChild(QWidget, "driverDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.drivers.currentItem().data(HELPER_ROLE) == back.driver_id  # type: ignore[attr-defined]
    dialog.close()


def test_the_patient_and_ride_timing_are_set_in_the_preferences(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    dialog = window.open_preferences()
    name = dialog.findChild(QLineEdit, "preferencePatientName")
    margin = dialog.findChild(QLineEdit, "preferenceRideMargin")
    assert name is not None and margin is not None
    assert name.text() == "Maria Keller"

    margin.setText("500")  # more than four hours early
    error = dialog.findChild(QLabel, "preferenceRideMarginError")
    assert error is not None and "from 0 to 240" in error.text()
    assert not dialog.ok.isEnabled()

    margin.setText("20")
    name.setText("Maria K.")
    with qtbot.waitSignal(dialog.finished):
        dialog.ok.click()

    assert plan_settings.read_setting(demo_plan, MARGIN) == 20
    assert plan_settings.read_setting(demo_plan, PATIENT_NAME) == "Maria K."


def test_the_page_lists_eight_weeks_and_opens_a_leg_further_ahead(
    window: MainWindow, demo_plan: Plan
) -> None:
    far = Appointment(
        AppointmentKind.SCAN,
        "Follow-up scan",
        dt.datetime.combine(TODAY + dt.timedelta(weeks=10), dt.time(11)),
        needs_ride=True,
    )
    added, _ = add_appointment(demo_plan, far, today=TODAY)
    page = rides_page(window)
    page.refresh()
    legs, _, _ = lists.legs(demo_plan, since=TODAY)
    far_legs = [leg for leg in legs if leg.appointment_id == added.id]
    assert len(far_legs) == 2  # the new appointment got its two legs
    assert all(page.model.row_of(leg.id) is None for leg in far_legs if leg.id is not None)

    assert page.select_record(far_legs[0].id)  # e.g. a gap's fix in a later week

    assert page.table.selected_id() == far_legs[0].id
    assert str((TODAY + dt.timedelta(weeks=10)).year) in page.range.text()


def test_the_dialog_tells_when_the_ride_was_confirmed(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = rides_page(window)
    back = treatment_leg(demo_plan, LegDirection.BACK)
    page.select_record(back.id)
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL_SHIFT)

    dialog = page.plan_leg()

    assert dialog is not None and dialog.history.isVisibleTo(dialog)
    assert dialog.history.text().startswith("So far: Confirmed ")
    dialog.reject()


def test_a_ride_card_leaves_out_what_the_plan_does_not_know(plan: Plan, qapp: object) -> None:
    """No "(name not set)": a card without the patient's details leaves their lines out."""
    from planner.domain.profile import HOME_ADDRESS, OUT_OF_HOURS
    from planner.services.rides import leg_details
    from planner.ui.rides.card import card_html

    visit = Appointment(
        AppointmentKind.SCAN,
        "CT scan",
        dt.datetime.combine(TREATMENT, dt.time(11)),
        location="City Hospital, Imaging",
        needs_ride=True,
    )
    add_appointment(plan, visit, today=TODAY)
    legs, _, _ = lists.legs(plan, since=TODAY)
    there, back = sorted(legs, key=lambda leg: leg.direction is LegDirection.BACK)
    assert there.id is not None and back.id is not None

    for leg_id in (there.id, back.id):
        card = card_html(leg_details(plan, leg_id))
        assert "not set" not in card
        assert ">Patient<" not in card and "Drive home to" not in card
        assert "Out of hours" not in card

    plan_settings.change_setting(plan, HOME_ADDRESS, "12 Linden Road")
    plan_settings.change_setting(plan, OUT_OF_HOURS, "020 7946 0999")
    assert "12 Linden Road" in card_html(leg_details(plan, there.id))  # the leg followed
    back_card = card_html(leg_details(plan, back.id))
    assert "Drive home to" in back_card and "12 Linden Road" in back_card
    assert "Out of hours" in back_card and "Care team: 020 7946 0999" in back_card


def test_a_home_address_changed_in_the_preferences_moves_the_rides_from_home(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    there = treatment_leg(demo_plan, LegDirection.THERE)
    back = treatment_leg(demo_plan, LegDirection.BACK)
    dialog = window.open_preferences()
    home = dialog.findChild(QLineEdit, "preferenceHomeAddress")
    assert home is not None and there.pickup_place == home.text()

    home.setText("3 Harbour View")
    with qtbot.waitSignal(dialog.finished):
        dialog.ok.click()

    assert treatment_leg(demo_plan, LegDirection.THERE).pickup_place == "3 Harbour View"
    assert treatment_leg(demo_plan, LegDirection.BACK).pickup_place == back.pickup_place
