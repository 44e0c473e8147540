"""The medicine list as a CSV file: written whole and private, read back exactly, and a
hostile or broken file refused row by row (or whole) with a clear reason."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from planner.domain.enums import AppointmentKind, CoursePattern
from planner.domain.errors import InvalidInput
from planner.domain.medicines import (
    AroundTreatment,
    AsNeeded,
    EveryHours,
    FixedTimes,
    Medicine,
    Offset,
    Step,
    Taper,
    Weekdays,
    around,
)
from planner.domain.model import Course
from planner.interop import medicine_csv
from planner.services import medicine_files, medicines
from planner.services.plan import Plan, open_plan
from planner.store.medicines import MedicineStore
from tests.conftest import TODAY
from tests.helpers.files import mode

EIGHT = dt.time(8)
HEADER = "name,dose,schedule,start,stock,notes\n"


def with_course(plan: Plan) -> int:
    course = Course(
        "FOLFOX",
        AppointmentKind.CHEMOTHERAPY,
        CoursePattern.CYCLE,
        TODAY,
        dt.time(9),
        dt.timedelta(hours=2),
    )
    with plan.unit_of_work() as work:
        course_id = work.store.add(course)
        work.commit()
    return course_id


def every_kind(course_id: int) -> list[Medicine]:
    return [
        Medicine("A fixed", FixedTimes((EIGHT, dt.time(20, 30))), TODAY, stock=Decimal("27.5")),
        Medicine("B hours", EveryHours(72, dt.time(6)), TODAY, unit="patch", lead_days=0),
        Medicine("C weekdays", Weekdays((0, 3), (EIGHT,)), TODAY, end=TODAY + dt.timedelta(9)),
        Medicine(
            "D around",
            AroundTreatment((Offset(-1, dt.time(20)), *around(range(1, 4), EIGHT)), course_id),
            TODAY,
            strength="8 mg",
            pharmacy="Linden Pharmacy",
        ),
        Medicine("E needed", AsNeeded(6, 4), TODAY, dose=Decimal("0.5"), must_not_miss=True),
        Medicine(
            "F taper",
            Taper((Step(3, 4), Step(3, Decimal("2.5")), Step(2, 1)), (EIGHT, dt.time(14))),
            TODAY,
            instructions='With food, "not" on an empty stomach.\nSecond line.',
        ),
        Medicine(
            '=HYPERLINK("http://x")',
            FixedTimes((EIGHT,)),
            TODAY,
            notes="+call me, -2+3, @SUM(A1)",
            prescriber="'quoted",
        ),
    ]


def without_ids(found: list[Medicine]) -> list[Medicine]:
    def plain(medicine: Medicine) -> Medicine:
        schedule = medicine.schedule
        if isinstance(schedule, AroundTreatment):
            schedule = dataclasses.replace(schedule, course_id=None)
        return dataclasses.replace(medicine, id=None, version=None, schedule=schedule)

    return [plain(m) for m in found]


def test_the_list_goes_out_and_back_in_exactly(plan: Plan, tmp_path: Path) -> None:
    for medicine in every_kind(with_course(plan)):
        medicines.add_medicine(plan, medicine)
    path = tmp_path / "medicines.csv"

    assert medicine_files.export_csv(plan, path) == 7
    assert mode(path) == 0o600
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "'=HYPERLINK" in raw.decode("utf-8-sig")  # a spreadsheet shows it, never runs it
    assert "'+call me" in raw.decode("utf-8-sig")

    other = open_plan(f"sqlite:///{tmp_path / 'other' / 'plan.sqlite3'}")
    try:
        with_course(other)
        preview = medicine_files.preview_import(other, path)
        assert preview.errors == ()
        added, _ = medicine_files.accept_import(other, preview.medicines)
        assert len(added) == 7
        assert without_ids(medicines.medicines(other)) == without_ids(medicines.medicines(plan))
        (around_course,) = [m.schedule for m in medicines.medicines(other) if m.name == "D around"]
        assert isinstance(around_course, AroundTreatment) and around_course.course_id is not None
    finally:
        other.close()


def test_each_bad_row_is_named_and_the_good_ones_are_added(plan: Plan, tmp_path: Path) -> None:
    medicines.add_medicine(plan, Medicine("Aciclovir", FixedTimes((EIGHT,)), TODAY))
    path = tmp_path / "list.csv"
    path.write_text(
        HEADER
        + "Good,1,daily 08:00,2026-03-11,28,\n"
        + "aciclovir,1,daily 08:00,2026-03-11,,\n"
        + "Zero,0,daily 08:00,2026-03-11,,\n"
        + "Hourly,1,every half hour,2026-03-11,,\n"
        + "Never ends,1,taper 3 days 2; 0 days 1; at 08:00,2026-03-11,,\n"
        + "Below zero,1,daily 08:00,2026-03-11,-1,\n"
        + "Fine,1,daily 08:00,2026-03-11,0.0001,\n"
        + "Course,1,around treatment 1@08:00,2026-03-11,,\n"
        + "Nameless,1,,,,\n"
        + "=1+1,1,weekly Mon Fri 08:00,2026-03-11,,=2+2\n",
        encoding="utf-8",
    )

    preview = medicine_files.preview_import(plan, path)

    assert [str(error) for error in preview.errors] == [
        "line 3: aciclovir is already in the plan",
        "line 4: The dose must be more than 0, not 0.",
        "line 5: schedule 'every half hour': not understood (forms: " + medicine_csv.FORMS + ")",
        "line 6: Step 2 of the taper must last at least one day, or the taper never ends.",
        "line 7: The stock cannot be below 0 (it is -1).",
        "line 8: Write the stock with at most three decimals.",
        "line 10: start is empty",
    ]
    assert [m.name for m in preview.medicines] == ["Good", "Course", "=1+1"]
    added, _ = medicine_files.accept_import(plan, preview.medicines)
    assert [m.notes for m in added] == ["", "", "=2+2"]  # text, as typed


def test_a_course_named_in_the_file_must_be_in_the_plan(plan: Plan, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "name,schedule,course,start\n"
        "Ondansetron,around treatment 1@08:00,Unknown,2026-03-11\n"
        "Aciclovir,daily 08:00,FOLFOX,2026-03-11\n",
        encoding="utf-8",
    )
    with_course(plan)

    preview = medicine_files.preview_import(plan, path)

    assert [str(e) for e in preview.errors] == [
        "line 2: the plan has no course named Unknown",
        "line 3: course names the course of doses around treatment days only",
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name;schedule;start\nA;daily 08:00;2026-03-11\n", "separated by semicolons"),
        ("name,start\nA,2026-03-11\n", "lacks the column schedule"),
        ("", "is empty"),
    ],
)
def test_a_file_that_is_no_medicine_list_is_refused_whole(
    plan: Plan, tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(text, encoding="utf-8")

    with pytest.raises(InvalidInput, match=message):
        medicine_files.preview_import(plan, path)


def test_a_huge_or_binary_file_is_refused_before_it_is_read(plan: Plan, tmp_path: Path) -> None:
    huge = tmp_path / "huge.csv"
    huge.write_text(HEADER + "x" * medicine_csv.MOST_BYTES, encoding="utf-8")
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"name,schedule,start\n\xff\xfe\x00")

    with pytest.raises(InvalidInput, match="a medicine list file of up to 1 MB"):
        medicine_files.preview_import(plan, huge)
    with pytest.raises(InvalidInput, match="not UTF-8"):
        medicine_files.preview_import(plan, binary)


def test_a_file_that_cannot_be_written_leaves_nothing_behind(plan: Plan, tmp_path: Path) -> None:
    medicines.add_medicine(plan, Medicine("Aciclovir", FixedTimes((EIGHT,)), TODAY))
    target = tmp_path / "missing" / "list.csv"

    with pytest.raises(InvalidInput, match="that folder does not exist"):
        medicine_files.export_csv(plan, target)

    assert not target.parent.exists()


def test_an_import_is_added_whole_or_not_at_all(plan: Plan, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(HEADER + "A,1,daily 08:00,2026-03-11,,\nB,1,daily 08:00,2026-03-11,,\n")
    preview = medicine_files.preview_import(plan, path)
    medicines.add_medicine(plan, Medicine("B", FixedTimes((EIGHT,)), TODAY))  # meanwhile

    with plan.unit_of_work() as work:
        names_before = MedicineStore(work.store.session).names()
    added, _ = medicine_files.accept_import(plan, preview.medicines)

    # Nothing refuses two medicines of one name (only the preview does): both are kept.
    assert [m.name for m in added] == ["A", "B"]
    assert names_before == {"b"}
