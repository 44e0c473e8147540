"""The visit packet lists the medicines with how well each was taken since the last visit,
and the temperatures noted since then: in the window's packet and in its PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from planner.domain.doses import Answer
from planner.domain.enums import AppointmentKind, Area
from planner.domain.model import Appointment
from planner.domain.red_flags import TEMPERATURE_UNIT, TemperatureUnit
from planner.services import journal, medicines
from planner.services.plan import Plan
from planner.services.settings import change_setting
from planner.ui.journal.page import JournalPage
from planner.ui.journal.visit_packet import packet_html
from planner.ui.labels import long_date
from planner.ui.mainwindow import MainWindow
from tests.conftest import TODAY, TREATMENT
from tests.ui.test_visit_packet import pdf_text

MORNING = dt.datetime.combine(TODAY, dt.time(8))
DAY = dt.timedelta(days=1)


def next_packet(plan: Plan) -> journal.VisitPacket:
    visit = journal.journal_view(plan, MORNING).coming()[0]
    assert visit.id is not None
    return journal.visit_packet(plan, visit.id, MORNING)


def aciclovir(plan: Plan) -> int:
    found = next(m for m in medicines.medicines(plan) if m.name == "Aciclovir")
    assert found.id is not None
    return found.id


def test_the_demo_packet_lists_each_medicine_and_the_fever(qapp: object, demo_plan: Plan) -> None:
    packet = next_packet(demo_plan)
    names = {result.medicine.name for result in packet.medicines}
    assert names == {"Aciclovir", "Ondansetron", "Mouthwash (benzydamine)"}
    assert all(result.first >= packet.since for result in packet.medicines)

    page = packet_html(packet)
    assert packet.since == TREATMENT - 7 * DAY  # the last visit: day 1 of the cycle
    assert f"Medicines since {long_date(packet.since)}" in page
    assert "Aciclovir 400 mg (must not miss)" in page
    assert "13 of 13 doses taken in time (100%)" in page  # every day since, morning and night
    assert "Temperatures since" in page
    assert "38.4 °C" in page and "Called the 24-hour line" in page


def test_a_must_not_miss_medicine_under_95_percent_says_so(qapp: object, demo_plan: Plan) -> None:
    medicine_id = aciclovir(demo_plan)
    for day in (TODAY - 2 * DAY, TODAY - DAY):
        due = dt.datetime.combine(day, dt.time(20))
        medicines.confirm(demo_plan, medicine_id, due, Answer.SKIPPED, "Fell asleep early")

    page = packet_html(next_packet(demo_plan))
    assert "11 of 13 doses taken in time (84%) ⚠ below the 95% this medicine needs" in page
    assert page.count("⚠ below") == 1  # the others were all taken


def test_temperatures_show_in_the_plan_s_scale(qapp: object, demo_plan: Plan) -> None:
    change_setting(demo_plan, TEMPERATURE_UNIT, TemperatureUnit.FAHRENHEIT)
    page = packet_html(next_packet(demo_plan))
    assert "101.1 °F" in page and "38.4 °C" not in page


def test_a_plan_without_medicines_or_readings_says_so(qapp: object, plan: Plan) -> None:
    with plan.unit_of_work() as work:
        visit_id = work.store.add(
            Appointment(AppointmentKind.CONSULTATION, "Oncology review", MORNING + 2 * DAY)
        )
        work.commit()
    page = packet_html(journal.visit_packet(plan, visit_id, MORNING))
    assert "No medicines in the plan for this time." in page
    assert "No temperature noted in this time." in page


def test_the_window_s_packet_pdf_holds_the_medicines_and_temperatures(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.show_area(Area.JOURNAL)
    page = window.pages[Area.JOURNAL]
    assert isinstance(page, JournalPage)
    dialog = page.open_packet()
    target = tmp_path / "packet.pdf"
    assert dialog.save_to(target)
    dialog.reject()
    text, _ = pdf_text(target)
    assert "Medicines since" in text and "Aciclovir 400 mg (must not miss)" in text
    assert "doses taken in time (100%)" in text
    assert "Temperatures since" in text and "38.4 °C" in text
