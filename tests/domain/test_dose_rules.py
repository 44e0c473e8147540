"""The Medicines area's rules over a plan window: which treatment days a schedule follows,
dose ids, missed doses and refills as gaps, dose reminders, the temperature reminders of the
infection-risk days, and doses as items of the coming days."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain import dose_rules
from planner.domain.areas import due_reminders, find_gaps
from planner.domain.doses import DOSE_MISSED, REFILL_DUE, Answer, Confirmation
from planner.domain.enums import AppointmentKind, Area
from planner.domain.errors import InvalidInput
from planner.domain.medicines import AroundTreatment, FixedTimes, Medicine, Offset, around
from planner.domain.model import PlanWindow, TreatmentDay
from planner.domain.red_flags import INFECTION_RISK, temperature_reminders
from planner.domain.week import ItemType, coming_days
from tests.helpers.builders import MONDAY, at

DAY = dt.timedelta(days=1)
EIGHT = dt.time(8)
CHEMO, SCAN = AppointmentKind.CHEMOTHERAPY, AppointmentKind.SCAN


def daily(**changes: object) -> Medicine:
    medicine = Medicine("Aciclovir", FixedTimes((EIGHT,)), MONDAY - 7 * DAY, id=4, stock=None)
    return Medicine(**{**medicine.__dict__, **changes})


def window(now: dt.datetime | None, *medicines: Medicine, **changes: object) -> PlanWindow:
    return PlanWindow(
        MONDAY,
        MONDAY + 6 * DAY,
        today=MONDAY,
        now=now,
        medicines=medicines,
        **changes,  # type: ignore[arg-type]
    )


def test_doses_around_treatment_follow_their_course_or_every_treatment() -> None:
    treatments = (
        TreatmentDay(MONDAY, CHEMO, 1),
        TreatmentDay(MONDAY + DAY, CHEMO, 2),
        TreatmentDay(MONDAY + 2 * DAY, SCAN, None),  # no treatment
    )
    of_course = daily(schedule=AroundTreatment(around((1,), EIGHT), course_id=2))
    of_any = daily(schedule=AroundTreatment(around((1,), EIGHT)))

    assert dose_rules.treatment_days_of(of_course, treatments) == [MONDAY + DAY]
    assert dose_rules.treatment_days_of(of_any, treatments) == [MONDAY, MONDAY + DAY]
    assert dose_rules.treatment_days_of(daily(), treatments) == []


def test_a_dose_id_names_its_medicine_and_time() -> None:
    assert dose_rules.dose_id(4, at(MONDAY, 8)) == "4@2026-03-09T08:00"
    assert dose_rules.parse_dose_id(" 4@2026-03-09T08:00 ") == (4, at(MONDAY, 8))
    for bad in ("4", "x@2026-03-09T08:00", "4@monday", "@2026-03-09T08:00"):
        with pytest.raises(InvalidInput, match="is not a dose"):
            dose_rules.parse_dose_id(bad)


def test_missed_doses_of_today_are_gaps_until_answered() -> None:
    now = at(MONDAY, 10)
    missed = find_gaps(window(now, daily()))
    answered = Confirmation(4, at(MONDAY, 8), Answer.SKIPPED, at(MONDAY, 9), "Sick")

    assert [(g.kind, g.date, g.at, g.fix.area) for g in missed] == [
        (DOSE_MISSED, MONDAY, None, Area.MEDICINES)
    ]
    assert find_gaps(window(now, daily(), confirmations=(answered,))) == []
    assert find_gaps(window(None, daily())) == []  # a window read for no moment


def test_a_stock_running_out_within_the_lead_time_is_a_refill_gap() -> None:
    low = daily(stock=5, lead_days=3, pharmacy="Linden Pharmacy")

    (gap,) = find_gaps(window(at(MONDAY, 7), low))

    assert gap.kind == REFILL_DUE and gap.date == MONDAY + 2 * DAY
    assert str(gap.message) == (
        "Aciclovir runs out on Sat 14 Mar: ask Linden Pharmacy for more (it needs 3 days)."
    )
    assert find_gaps(window(at(MONDAY, 7), daily(stock=50))) == []


def test_a_dose_reminds_three_times_ten_minutes_apart_until_it_is_missed() -> None:
    def due(now: dt.datetime) -> list[tuple[dt.datetime, dt.datetime | None]]:
        return [(r.due, r.until) for r in due_reminders(window(now, daily()), now)]

    assert due(at(MONDAY, 7, 59)) == []
    assert due(at(MONDAY, 8)) == [(at(MONDAY, 8), at(MONDAY, 9))]
    assert due(at(MONDAY, 8, 25)) == [(at(MONDAY, 8, 20), at(MONDAY, 9))]
    assert due(at(MONDAY, 8, 59)) == [(at(MONDAY, 8, 20), at(MONDAY, 9))]
    assert due(at(MONDAY, 9)) == []


def test_the_temperature_is_asked_for_on_risk_days_of_a_treatment_before_the_window() -> None:
    chemo = TreatmentDay(MONDAY - 10 * DAY, CHEMO, 1)  # days 7-14: Thursday to Thursday

    found = list(temperature_reminders(window(None, treatment_days=(chemo,))))

    assert [r.due.date() for r in found] == [MONDAY + n * DAY for n in range(0, 5)]


def test_doses_are_items_of_the_coming_days_only_when_asked_for() -> None:
    shown = window(at(MONDAY, 10), daily())

    plain = coming_days(shown, MONDAY, at(MONDAY, 10), 14)
    with_doses = coming_days(shown, MONDAY, at(MONDAY, 10), 14, doses=True)

    assert not [i for d in plain.days for i in d.items if i.type is ItemType.DOSE]
    items = [i for d in with_doses.days for i in d.items if i.type is ItemType.DOSE]
    assert [(i.title, i.start, i.id, i.status) for i in items[:2]] == [
        ("Aciclovir", at(MONDAY, 8), 4, "missed"),
        ("Aciclovir", at(MONDAY + DAY, 8), 4, "due"),
    ]
    assert len(items) == 7


def test_treatment_days_matter_as_far_as_doses_and_risk_days_reach() -> None:
    day = dt.timedelta(days=1)
    chemotherapy = INFECTION_RISK[AppointmentKind.CHEMOTHERAPY].key
    # Nothing but the infection-risk days of chemotherapy (7 to 14 days after).
    assert dose_rules.treatments_reach([], {}) == (14 * day, 0 * day)
    around = Medicine(
        "Ondansetron",
        AroundTreatment((Offset(-2, dt.time(20)), Offset(21, dt.time(8)))),
        MONDAY,
    )
    assert dose_rules.treatments_reach([around], {}) == (21 * day, 2 * day)
    assert dose_rules.treatments_reach([daily()], {chemotherapy: ""}) == (0 * day, 0 * day)
