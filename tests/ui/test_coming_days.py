"""The home page: today and the six days after it, and the gaps of the next two weeks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from planner.domain.enums import LegStatus
from planner.domain.gaps import RIDE_NOT_CONFIRMED
from planner.domain.week import GAP_HORIZON
from planner.services import lists, rides, settings
from planner.services.plan import Plan
from planner.ui.mainwindow import MainWindow
from planner.ui.week.model import RowKind
from tests.conftest import Moment
from tests.ui.conftest import MakeWindow

SATURDAY_NIGHT = Moment("saturday-night", dt.datetime(2026, 12, 5, 21, 33))


def gap_kinds(window: MainWindow) -> list[str]:
    model = window.week_page.gaps.model
    return [model.gap(row).kind for row in range(model.rowCount())]


@pytest.mark.dated
def test_the_home_page_opens_on_today_with_the_next_treatment_and_its_gap(
    window: MainWindow, today: dt.date
) -> None:
    page = window.week_page
    assert page.week is not None
    assert [d.date for d in page.week.days] == [today + dt.timedelta(days=n) for n in range(7)]
    titles = [r.item.title for r in page.day_list.rows() if r.item is not None]
    assert any(str(title).startswith("Chemotherapy, cycle") for title in titles)
    assert any(r.kind is RowKind.HARD_DAY for r in page.day_list.rows())
    assert gap_kinds(window) == [RIDE_NOT_CONFIRMED]
    assert not page.gaps.all_clear.isVisibleTo(window)
    assert not page.today_button.isEnabled()


@pytest.mark.parametrize("pinned_moment", [SATURDAY_NIGHT], indirect=True)
def test_on_saturday_night_mondays_ride_home_shows_and_next_moves_seven_days(
    window: MainWindow,
) -> None:
    page = window.week_page
    assert page.range_label.text() == "Saturday, 5 December 2026 to Friday, 11 December 2026"
    (gap,) = [page.gaps.model.gap(row) for row in range(page.gaps.model.rowCount())]
    assert gap.date == dt.date(2026, 12, 7) and "Ride home from Chemotherapy" in str(gap.message)

    page.next_button.click()
    assert page.week is not None and page.week.days[0].date == dt.date(2026, 12, 12)
    assert page.today_button.isEnabled()
    page.today_button.click()
    assert page.week.days[0].date == dt.date(2026, 12, 5)


def test_nothing_missing_is_said_only_once_the_horizon_is_arranged(
    demo_plan: Plan, make_window: MakeWindow, today: dt.date
) -> None:
    window = make_window(demo_plan)
    page = window.week_page
    assert gap_kinds(window)
    legs, _, _ = lists.legs(demo_plan, today)
    for leg in legs:
        if leg.status is LegStatus.ASKED and leg.id is not None:
            rides.set_leg_status(demo_plan, leg.id, LegStatus.CONFIRMED)
    page.refresh()
    assert gap_kinds(window) == []
    assert page.gaps.all_clear.text() == "Nothing missing in the next 14 days."

    settings.change_setting(demo_plan, GAP_HORIZON, 28)  # cycle 2's rides have no driver
    page.refresh()
    assert gap_kinds(window)
    assert not page.gaps.all_clear.isVisibleTo(window)


def test_an_empty_plan_says_what_to_do_first(plan: Plan, make_window: MakeWindow) -> None:
    window = make_window(plan)
    text = window.week_page.gaps.all_clear.text()
    assert text.startswith("Nothing is planned for the coming days yet")
    assert "add the next appointment" in text
    assert "Nothing missing" not in text


def test_the_fridge_sheet_prints_the_days_on_screen(
    demo_plan: Plan, make_window: MakeWindow, tmp_path: Path, today: dt.date
) -> None:
    window = make_window(demo_plan)
    window.week_page.next_button.click()
    target = tmp_path / "fridge.pdf"
    window.sharing.choose_save = lambda *_: target
    assert window.sharing.save_sheet() == target
    sheet = window.sharing._sheet()
    assert sheet is not None
    assert sheet.first == today + dt.timedelta(days=7)
    assert sheet.last == today + dt.timedelta(days=13)
