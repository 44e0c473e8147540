"""The patient's profile form: asked once on a new plan, opened again by the checklist and by
a gap, refusing what it cannot save; and the visit packet naming the patient."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from planner.domain.enums import AppointmentKind
from planner.domain.legs import PROFILE_MISSING
from planner.domain.model import Appointment
from planner.domain.profile import ASKED, Profile
from planner.services import journal
from planner.services import settings as plan_settings
from planner.services.appointments import add_appointment
from planner.services.plan import Plan
from planner.services.profile import patient_profile
from planner.ui.dialogs.profile import ProfileDialog
from planner.ui.journal.visit_packet import packet_html
from planner.ui.mainwindow import MainWindow
from tests.conftest import TODAY
from tests.ui.conftest import MakeWindow

AskingWindow = Callable[[Plan], MainWindow]


@pytest.fixture
def asking_window(qtbot: QtBot) -> AskingWindow:
    """A shown window that asks a new plan for the profile, as the program's start does."""

    def make(plan: Plan) -> MainWindow:
        window = MainWindow(plan, ask_profile=True)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def first_run_form(window: MainWindow, qtbot: QtBot) -> ProfileDialog:
    qtbot.wait_until(lambda: window.patient_profile.dialog is not None)
    dialog = window.patient_profile.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def button(dialog: ProfileDialog, which: QDialogButtonBox.StandardButton) -> QPushButton:
    return dialog.buttons.button(which)


SAVE = QDialogButtonBox.StandardButton.Ok
SKIP = QDialogButtonBox.StandardButton.Cancel


def test_a_new_plan_asks_once_the_window_shows_and_save_stores_the_details(
    plan: Plan, asking_window: AskingWindow, qtbot: QtBot
) -> None:
    window = asking_window(plan)
    dialog = first_run_form(window, qtbot)
    assert dialog.windowModality() is Qt.WindowModality.WindowModal  # over the window
    assert button(dialog, SKIP).text() == "Skip for now"
    assert "Welcome" in dialog.intro.text()
    qtbot.wait_until(lambda: dialog.name.hasFocus())

    qtbot.keyClicks(dialog.name, "Maria  Keller")
    dialog.phone.setText("0044 7700 900100")
    hint = dialog.findChild(type(dialog.intro), "profilePhoneHint")
    assert hint is not None and hint.text() == "Saved as +44 7700 900100"
    dialog.home.setText("12 Linden Road")
    dialog.out_of_hours.setText("020 7946 0999")
    with qtbot.waitSignal(dialog.finished):
        button(dialog, SAVE).click()

    assert patient_profile(plan) == Profile(
        "Maria Keller", "+44 7700 900100", "12 Linden Road", "020 7946 0999"
    )
    assert plan_settings.read_setting(plan, ASKED) == 1
    assert window.statusBar().currentMessage() == "The patient's details are saved."
    step = window.week_page.getting_started.buttons["profile"]
    assert step.accessibleName() == "Add the patient's name, phone and home address: done"
    assert window.patient_profile.dialog is None


def test_skip_is_remembered_and_the_next_start_does_not_ask(
    plan: Plan, asking_window: AskingWindow, qtbot: QtBot
) -> None:
    window = asking_window(plan)
    dialog = first_run_form(window, qtbot)
    with qtbot.waitSignal(dialog.finished):
        button(dialog, SKIP).click()
    assert plan_settings.read_setting(plan, ASKED) == 1
    assert patient_profile(plan) == Profile()
    window.close()

    again = asking_window(plan)
    QCoreApplication.processEvents()  # the moment the form would open
    assert again.patient_profile.dialog is None
    assert again.patient_profile.ask_once() is None


def test_a_plan_with_records_is_not_asked(demo_plan: Plan, asking_window: AskingWindow) -> None:
    window = asking_window(demo_plan)
    QCoreApplication.processEvents()
    assert window.patient_profile.dialog is None
    assert window.patient_profile.ask_once() is None


def test_a_bad_phone_keeps_the_form_open_says_why_and_saves_nothing(
    plan: Plan, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window(plan)
    dialog = window.patient_profile.open()
    assert button(dialog, SKIP).text() == "Cancel"  # not the first run: nothing to skip
    dialog.name.setText("Maria Keller")
    dialog.phone.setText("call me after 9")
    hint = dialog.findChild(type(dialog.intro), "profilePhoneHint")
    assert hint is not None and "is not a phone number" in hint.text()

    button(dialog, SAVE).click()

    assert dialog.isVisible()
    assert dialog.message.text().startswith("\N{WARNING SIGN} The patient's phone:")
    assert "Traceback" not in dialog.message.text()
    assert patient_profile(plan) == Profile()
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()
    assert plan_settings.read_setting(plan, ASKED) == 0  # a Cancel outside the first run


@pytest.mark.parametrize(
    ("key", "name"),
    [
        ("profile", "Add the patient's name, phone and home address: to do"),
        (
            "out_of_hours",
            "Add the care team's out-of-hours number (for a fever or a problem at night): to do",
        ),
    ],
)
def test_the_checklist_step_opens_the_form(
    plan: Plan, make_window: MakeWindow, qtbot: QtBot, key: str, name: str
) -> None:
    window = make_window(plan)
    step = window.week_page.getting_started.buttons[key]
    assert step.accessibleName() == name

    qtbot.mouseClick(step, Qt.MouseButton.LeftButton)

    dialog = window.patient_profile.dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()


def test_the_gap_of_a_missing_name_opens_the_form_and_saving_closes_it(
    plan: Plan, make_window: MakeWindow, qtbot: QtBot
) -> None:
    visit = Appointment(
        AppointmentKind.CHEMOTHERAPY,
        "Chemotherapy",
        dt.datetime.combine(TODAY + dt.timedelta(days=2), dt.time(9)),
        location="Day Unit",
        needs_ride=True,
    )
    add_appointment(plan, visit, today=TODAY)
    window = make_window(plan)
    gaps = window.week_page.gaps
    rows = [
        row for row in range(gaps.model.rowCount()) if gaps.model.gap(row).kind == PROFILE_MISSING
    ]
    assert len(rows) == 3
    fix = gaps.fix_button(rows[0])
    assert fix.text() == "Add the patient's details"

    qtbot.mouseClick(fix, Qt.MouseButton.LeftButton)

    dialog = window.patient_profile.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.name.setText("Maria Keller")
    dialog.phone.setText("+44 7700 900100")
    dialog.home.setText("12 Linden Road")
    with qtbot.waitSignal(dialog.finished):
        button(dialog, SAVE).click()
    kinds = [gaps.model.gap(row).kind for row in range(gaps.model.rowCount())]
    assert PROFILE_MISSING not in kinds


def test_the_visit_packet_names_the_patient(demo_plan: Plan, qapp: object) -> None:
    morning = dt.datetime.combine(TODAY, dt.time(8))
    visit = journal.journal_view(demo_plan, morning).coming()[0]
    assert visit.id is not None
    packet = journal.visit_packet(demo_plan, visit.id, morning)

    assert packet.patient == "Maria Keller"
    assert "Patient: Maria Keller" in packet_html(packet)
    assert "Patient:" not in packet_html(replace(packet, patient=""))  # left out, no placeholder


def test_a_new_plan_can_be_encrypted_from_its_first_form(
    plan: Plan, asking_window: AskingWindow, qtbot: QtBot
) -> None:
    pytest.importorskip("sqlcipher3")
    from planner.ui.dialogs.passphrase import NewPassphraseDialog

    window = asking_window(plan)
    dialog = first_run_form(window, qtbot)
    assert dialog.encrypt.isVisible() and not dialog.encrypt.isChecked()
    dialog.name.setText("Maria Lopez")
    dialog.encrypt.setChecked(True)
    button(dialog, SAVE).click()
    qtbot.wait_until(lambda: window.findChild(NewPassphraseDialog) is not None)
    asked = window.findChild(NewPassphraseDialog)
    assert asked is not None and asked.isVisible()
    asked.reject()


def test_the_first_form_saved_without_the_box_asks_no_passphrase(
    plan: Plan, asking_window: AskingWindow, qtbot: QtBot
) -> None:
    from planner.ui.dialogs.passphrase import NewPassphraseDialog

    window = asking_window(plan)
    dialog = first_run_form(window, qtbot)
    dialog.name.setText("Maria Lopez")
    button(dialog, SAVE).click()
    qtbot.wait_until(lambda: window.patient_profile.dialog is None)
    assert window.findChild(NewPassphraseDialog) is None
    assert patient_profile(plan).name == "Maria Lopez"
