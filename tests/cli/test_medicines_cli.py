"""Medicines and temperatures on the command line, in-process: exit codes, JSON shapes, the
doses in `week --json`, their gaps in `check`, and the medicine list in and out."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from planner.domain.medicines import FixedTimes, Medicine
from planner.domain.profile import OUT_OF_HOURS
from planner.main import main
from planner.services import freezer, medicines, readings
from planner.services.plan import Plan, open_plan
from planner.services.settings import change_setting
from tests.conftest import TODAY
from tests.helpers.files import state

EIGHT, EIGHT_PM = dt.time(8), dt.time(20)
Run = tuple[int, str, str]


@pytest.fixture
def plan_file(tmp_path: Path) -> Iterator[Path]:
    """A plan holding one medicine taken twice a day (12 tablets left), this morning's dose
    not confirmed."""
    path = tmp_path / "plan.sqlite3"
    plan = open_plan(f"sqlite:///{path}")
    try:
        medicine = Medicine(
            "Aciclovir",
            FixedTimes((EIGHT, EIGHT_PM)),
            TODAY - dt.timedelta(days=7),
            strength="400 mg",
            pharmacy="Linden Pharmacy",
            must_not_miss=True,
            stock=12,
        )
        medicines.add_medicine(plan, medicine)
    finally:
        plan.close()
    yield path


def run(capsys: pytest.CaptureFixture[str], path: Path, *argv: str) -> Run:
    status = main([*argv, "--database-url", f"sqlite:///{path}"])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def opened(path: Path) -> Plan:
    return open_plan(f"sqlite:///{path}")


# ---------------------------------------------------------------------------- temperatures
def test_a_normal_temperature_exits_0(plan_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, plan_file, "log", "temperature", "37.2")

    assert (status, err) == (0, "")
    assert out == "Noted 37.2 °C (99.0 °F) at 10:00.\n"


def test_a_red_flag_exits_3_with_whom_to_call(
    plan_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = opened(plan_file)
    try:
        change_setting(plan, OUT_OF_HOURS, "020 7946 0999")
    finally:
        plan.close()

    status, out, _ = run(capsys, plan_file, "log", "temperature", "101.5", "--unit", "F")

    assert status == 3
    assert out.splitlines() == [
        "Noted 38.6 °C (101.5 °F) at 10:00.",
        "CALL NOW.",
        "Temperature 38.6 °C at 10:00. Call the care team's out-of-hours number now; do not "
        "wait until the morning.",
        "Out-of-hours number: 020 7946 0999",
    ]


def test_two_readings_an_hour_apart_exit_3_the_second_time(
    plan_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = run(capsys, plan_file, "log", "temperature", "38,1", "--at", "09:00")
    second = run(capsys, plan_file, "log", "temperature", "38.0")

    assert first[0] == 0 and second[0] == 3
    assert readings.NO_NUMBER in second[1]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("29",), "A temperature lies between 30 and 45 °C, not 29"),
        (("46",), "A temperature lies between 30 and 45 °C, not 46"),
        (("hot",), "'hot' is not a temperature"),
        (("38", "--unit", "K"), "--unit: Choose °C or °F."),
        (("38", "--at", "yesterday"), "'yesterday' is not a time"),
        (("38", "--at", "23:00"), "A reading can be noted up to now, not ahead of time."),
    ],
)
def test_an_impossible_temperature_is_one_line_exit_2_and_nothing_saved(
    plan_file: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    before = state(plan_file)

    status, out, err = run(capsys, plan_file, "log", "temperature", *argv)

    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert state(plan_file) == before


# ---------------------------------------------------------------------------- doses
def test_doses_json_lists_the_days_doses_with_their_ids(
    plan_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, plan_file, "doses", "--json")

    assert status == 0
    document = json.loads(out)
    assert document["date"] == TODAY.isoformat()
    assert [(d["id"], d["state"]) for d in document["doses"]] == [
        ("1@2026-03-11T08:00", "missed"),
        ("1@2026-03-11T20:00", "due"),
    ]
    assert document["doses"][0] == {
        "id": "1@2026-03-11T08:00",
        "medicine_id": 1,
        "medicine": "Aciclovir",
        "due": "2026-03-11T08:00",
        "amount": "1",
        "unit": "tablet",
        "state": "missed",
        "answered_at": None,
        "reason": None,
        "remind_at": None,
    }
    status, out, _ = run(capsys, plan_file, "doses", "--date", "2026-03-12")
    assert out.splitlines()[1:] == [
        "  08:00  Aciclovir: 1 tablet  [due]  1@2026-03-12T08:00",
        "  20:00  Aciclovir: 1 tablet  [due]  1@2026-03-12T20:00",
    ]


def test_a_dose_is_taken_skipped_or_put_off(
    plan_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    taken = run(capsys, plan_file, "dose", "1@2026-03-11T08:00", "taken", "--at", "08:10")
    assert taken[0] == 0
    assert taken[1].splitlines() == [
        "Aciclovir, the dose of Wed 11 Mar 08:00: taken.",
        "Stock left: 11 tablets.",
    ]
    skipped = run(capsys, plan_file, "dose", "1@2026-03-11T08:00", "skipped", "--reason", "Sick")
    assert skipped[:2] == (0, "Aciclovir, the dose of Wed 11 Mar 08:00: skipped (Sick).\n")
    later = run(capsys, plan_file, "dose", "1@2026-03-11T20:00", "later")
    assert "asked again at 10:30" in later[1]

    status, out, _ = run(capsys, plan_file, "doses", "--json")
    states = [d["state"] for d in json.loads(out)["doses"]]
    assert status == 0 and states == ["skipped", "later"]
    plan = opened(plan_file)
    try:
        assert medicines.medicines(plan)[0].stock == 12  # the skipped dose gave it back
    finally:
        plan.close()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("1@2026-03-11T08:00", "skipped"), "Say why the dose was skipped."),
        (("1@2026-03-11T09:00", "taken"), "Aciclovir has no dose on Wed 11 Mar at 09:00."),
        (("eight", "taken"), "'eight' is not a dose"),
        (("7@2026-03-11T08:00", "taken"), "The medicine 7 is no longer in the plan."),
        (("1@2026-03-11T08:00", "taken", "--reason", "x"), "--reason goes with skipped"),
    ],
)
def test_a_bad_dose_answer_is_one_line_exit_2_and_nothing_saved(
    plan_file: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    before = state(plan_file)

    status, out, err = run(capsys, plan_file, "dose", *argv)

    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and message in err
    assert state(plan_file) == before


def test_medicines_json(plan_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, plan_file, "medicines", "--json")

    assert status == 0
    (medicine,) = json.loads(out)["medicines"]
    assert medicine == {
        "id": 1,
        "name": "Aciclovir",
        "strength": "400 mg",
        "dose": "1",
        "unit": "tablet",
        "schedule": "daily 08:00 20:00",
        "start": "2026-03-04",
        "end": None,
        "stock": "12",
        # Tonight's, five days of two and Tuesday morning's; Tuesday evening's is not.
        "runs_out": "2026-03-17",
        "pharmacy": "Linden Pharmacy",
        "lead_days": 7,
        "must_not_miss": True,
        "adherence_percent": 0,  # nothing confirmed in the week since it began
        "below_line": True,
    }
    status, out, _ = run(capsys, plan_file, "medicines")
    assert out.splitlines()[0] == "Aciclovir 400 mg: 1 tablet, daily 08:00 20:00"


# ---------------------------------------------------------------------------- week, check
def test_week_json_lists_each_dose_as_an_item(
    plan_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, plan_file, "week", "--json")

    assert status == 0
    week = json.loads(out)
    doses = [item for day in week["days"] for item in day["items"] if item["type"] == "dose"]
    assert len(doses) == 14
    assert doses[0] == {
        "type": "dose",
        "title": "Aciclovir",
        "start": "2026-03-11T08:00",
        "id": 1,
        "detail": "400 mg, 1 tablet",
        "status": "missed",
        "dose": "1@2026-03-11T08:00",
    }
    assert [g["kind"] for g in week["gaps"]] == ["dose_missed", "refill_due"]


def test_check_names_the_missed_dose_and_the_refill(
    plan_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, plan_file, "check", "--json", "--weeks", "1")

    assert status == 1
    gaps = {g["kind"]: g for g in json.loads(out)["gaps"]}
    assert set(gaps) == {"dose_missed", "refill_due"}
    assert gaps["refill_due"]["message"] == (
        "Aciclovir runs out on Tue 17 Mar: ask Linden Pharmacy for more (it needs 7 days)."
    )
    assert gaps["refill_due"]["date"] == TODAY.isoformat()  # already within the lead time
    assert gaps["dose_missed"]["fix"] == {
        "area": "medicines",
        "record_id": 1,
        "action": "Note the dose",
    }


# ---------------------------------------------------------------------------- files
def test_the_medicine_list_goes_out_and_in_and_the_freezer_csv_still_imports(
    plan_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "medicines.csv"
    status, out, _ = run(capsys, plan_file, "export", "medicines", "-o", str(out_file))
    assert (status, out) == (0, f"Wrote 1 medicine to {out_file}.\n")

    other = tmp_path / "other.sqlite3"
    opened(other).close()
    status, out, err = run(capsys, other, "import", str(out_file))
    assert (status, out, err) == (0, "Added 1 medicine from medicines.csv.\n", "")

    bad = tmp_path / "bad.csv"
    bad.write_text(
        "name,dose,schedule,start,stock\n"
        "Dose zero,0,daily 08:00,2026-03-11,\n"
        "Half-hourly,1,every 0 hours from 08:00,2026-03-11,\n"
        "Endless,1,taper 3 days 2; 0 days 1; at 08:00,2026-03-11,\n"
        "Negative,1,daily 08:00,2026-03-11,-2\n",
        encoding="utf-8",
    )
    before = state(other)
    status, out, err = run(capsys, other, "import", str(bad))
    assert status == 1
    assert out == "Added 0 medicines from bad.csv. Left out 4 rows.\n"
    assert err.splitlines() == [
        "care-planner: bad.csv line 2: The dose must be more than 0, not 0.",
        "care-planner: bad.csv line 3: Doses every N hours must be 1 to 168 hours apart, not 0.",
        "care-planner: bad.csv line 4: Step 2 of the taper must last at least one day, or the "
        "taper never ends.",
        "care-planner: bad.csv line 5: The stock cannot be below 0 (it is -2).",
    ]
    assert state(other).content == before.content

    stock = tmp_path / "stock.csv"
    stock.write_text("name,portions,frozen_on\nLentil soup,4,2026-03-01\n", encoding="utf-8")
    status, out, _ = run(capsys, plan_file, "import", str(stock))
    assert (status, out) == (0, "Added 1 freezer batch from stock.csv.\n")
    plan = opened(plan_file)
    try:
        assert [m.name for m in freezer.overview(plan, TODAY).meals] == ["Lentil soup"]
        assert [m.stock for m in medicines.medicines(plan)] == [Decimal(12)]
    finally:
        plan.close()
