"""Rerunnable benchmarks for the quality bars of DESIGN.md, and the large plan they use.

Run them with ``python -m tests.benchmarks.bench_startup`` and
``python -m tests.benchmarks.bench_week`` (no module here starts with ``test_``, so the
normal pytest run never collects them).

:func:`large_plan` builds a plan file with 100,000 appointments spread over the years
(weekdays, clinic hours, a realistic mix of kinds, 12 in an average week; about a third
need rides, two legs each) plus helpers, meals, support groups, tasks and journal entries.
It writes the records with SQLAlchemy Core bulk inserts (executemany) after ``open_plan``
has created the schema, so it takes seconds; the file is cached (keyed by generator
version, schema revision, size, pace and month) and reused by later runs.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import platform
import random
import statistics
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

GENERATOR_VERSION = 1
"""Bump when the generated data changes, so cached files are rebuilt."""

APPOINTMENTS = 100_000
PER_WEEK = 12
"""Appointments in an average week (weekdays only): a heavy week of treatment.

The appointments are spread evenly, at this pace, over as many weeks as they need, ending
two years from now. 100,000 appointments are more than one patient ever has: at 12 a week
they reach back about 160 years. What the bars are about is a big plan whose shown week is
an ordinary one; ``--per-week 48`` (about 40 years) measures a crowded week instead."""
YEARS_AHEAD = 2

CACHE_ENV = "CARE_PLANNER_BENCH_CACHE"

# Kind, share, duration in minutes, share needing a ride.
KINDS: tuple[tuple[str, float, int, float], ...] = (
    ("radiation", 0.24, 20, 0.15),
    ("lab_test", 0.20, 20, 0.10),
    ("chemotherapy", 0.12, 240, 0.95),
    ("consultation", 0.12, 30, 0.40),
    ("infusion", 0.08, 120, 0.80),
    ("scan", 0.07, 45, 0.30),
    ("dialysis", 0.06, 240, 0.90),
    ("trial_visit", 0.03, 90, 0.50),
    ("palliative_care", 0.03, 60, 0.20),
    ("other", 0.04, 60, 0.10),
    ("surgery", 0.01, 180, 1.00),
)
TITLES = {
    "radiation": "Radiation",
    "lab_test": "Blood count",
    "chemotherapy": "Chemotherapy",
    "consultation": "Review with the oncologist",
    "infusion": "Immunotherapy infusion",
    "scan": "CT scan",
    "dialysis": "Dialysis",
    "trial_visit": "Trial visit",
    "palliative_care": "Palliative-care visit",
    "other": "Physiotherapy",
    "surgery": "Port placement",
}
PLACES = (
    "City Hospital, Oncology Day Unit, 3rd floor",
    "City Hospital, Radiotherapy, basement",
    "City Hospital, Imaging",
    "GP practice, Mill Street",
    "Kidney Centre, Ward 4",
    "Hospice day service, Elm House",
)
CLINICIANS = ("Dr. Amira Haddad", "Dr. Jonas Weber", "Nurse Chris Morgan", "")
HOME = "Home, 12 Linden Road"


# ---------------------------------------------------------------------------- reporting
def machine_facts() -> str:
    """Python, PySide6 and SQLAlchemy versions and the CPU count, in one line."""
    from importlib.metadata import PackageNotFoundError, version

    def package(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "?"

    return (
        f"Python {platform.python_version()} ({sys.platform}), "
        f"PySide6 {package('PySide6-Essentials')}, SQLAlchemy {package('SQLAlchemy')}, "
        f"{os.cpu_count()} CPUs, {platform.machine()}"
    )


def percentile(values: Sequence[float], fraction: float) -> float:
    """The ``fraction`` quantile (nearest rank) of ``values``."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


def median(values: Iterable[float]) -> float:
    return statistics.median(values)


# ---------------------------------------------------------------------------- the plan
def cache_folder() -> Path:
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "care-planner-bench"


def large_plan(
    appointments: int = APPOINTMENTS,
    *,
    per_week: float = PER_WEEK,
    today: dt.date | None = None,
    quiet: bool = False,
) -> Path:
    """The cached plan file with ``appointments`` appointments around ``today``; built once."""
    from planner.store import migrate

    today = today or dt.date.today()
    anchor = today.replace(day=1)  # a month's runs share one file; the data spans decades
    name = (
        f"plan-v{GENERATOR_VERSION}-{migrate.head()}-{appointments}-{per_week:g}pw"
        f"-{anchor:%Y%m}.sqlite3"
    )
    folder = cache_folder()
    path = folder / name
    if path.exists():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob(f"plan-*-{appointments}-{per_week:g}pw-*.sqlite3*"):
        old.unlink()  # an older version or month of the same plan
    building = folder / f"building-{os.getpid()}.sqlite3"
    started = time.perf_counter()
    try:
        fill(building, appointments, per_week, anchor)
        building.rename(path)
    finally:
        for leftover in folder.glob(f"{building.name}*"):
            leftover.unlink()
    if not quiet:
        print(f"generated {path} in {time.perf_counter() - started:.1f} s", flush=True)
    return path


def fill(path: Path, appointments: int, per_week: float, anchor: dt.date) -> None:
    """Create a plan at ``path`` (through ``open_plan``) and bulk-insert the records."""
    from sqlalchemy import insert, text

    from planner.services.plan import open_plan
    from planner.store import records as r

    rng = random.Random(f"care-planner-{GENERATOR_VERSION}")
    rows = _rows(appointments, per_week, anchor, rng)
    plan = open_plan(f"sqlite:///{path}")
    try:
        with plan.unit_of_work() as work:
            session = work.store.session
            for record, values in (
                (r.HelperRecord, rows["helper"]),
                (r.AvailabilityRecord, rows["availability"]),
                (r.CourseRecord, rows["course"]),
                (r.AppointmentRecord, rows["appointment"]),
                (r.RideLegRecord, rows["leg"]),
                (r.HelpTaskRecord, rows["task"]),
                (r.FreezerMealRecord, rows["meal"]),
                (r.PortionsTakenRecord, rows["portions"]),
                (r.SupportGroupRecord, rows["group"]),
                (r.JournalEntryRecord, rows["journal"]),
                (r.ContactRecord, rows["contact"]),
            ):
                session.execute(insert(record.__table__), values)
            work.commit()
        with plan.unit_of_work() as work:
            work.store.session.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    finally:
        plan.close()


def _at(day: dt.date, minutes: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minutes)


def _rows(
    count: int, per_week: float, anchor: dt.date, rng: random.Random
) -> dict[str, list[dict[str, Any]]]:
    last = anchor + dt.timedelta(days=365 * YEARS_AHEAD)
    first = last - dt.timedelta(weeks=math.ceil(count / per_week))
    weekdays = [
        first + dt.timedelta(days=n)
        for n in range((last - first).days + 1)
        if (first + dt.timedelta(days=n)).weekday() < 5
    ]
    helpers = [
        ("Sam Keller", "drive,company,errands"),
        ("Ana Ruiz", "cook,drive"),
        ("Tom Becker", "drive,errands"),
        ("Lena Hoff", "cleaning,cook"),
        ("Priya Nair", "company,pet_care"),
        ("Mo Osei", "drive"),
        ("Kim Lund", "childcare,company"),
        ("Eva Brandt", "drive,cook"),
    ]
    rows: dict[str, list[dict[str, Any]]] = {
        "helper": [
            {
                "id": n,
                "version": 1,
                "name": name,
                "phone": f"+44 7700 900{n:03d}",
                "email": f"{name.split()[0].lower()}@example.org",
                "capabilities": can,
                "notice_business_days": n % 3,
                "notes": "",
            }
            for n, (name, can) in enumerate(helpers, start=1)
        ],
        "availability": [
            {
                "helper_id": helper,
                "weekday": day,
                "start": dt.time(8 if helper % 2 else 17),
                "end": dt.time(18 if helper % 2 else 21),
            }
            for helper in range(1, len(helpers) + 1)
            for day in range(7 if helper % 2 == 0 else 5)
        ],
    }
    drivers = [n for n, (_, can) in enumerate(helpers, start=1) if "drive" in can]

    courses: list[dict[str, Any]] = []
    course_ids: dict[tuple[str, int, int], int] = {}
    appointments: list[dict[str, Any]] = []
    legs: list[dict[str, Any]] = []
    kinds = [k[0] for k in KINDS]
    shares = [k[1] for k in KINDS]
    details = {k[0]: k for k in KINDS}
    drawn = rng.choices(kinds, shares, k=count)
    days = sorted(rng.choices(weekdays, k=count))
    for n, (kind, day) in enumerate(zip(drawn, days, strict=True), start=1):
        _, _, duration, ride_share = details[kind]
        start = _at(day, rng.randrange(7 * 4 + 2, 17 * 4) * 15)  # 07:30 to 16:45
        past = day < anchor
        cancelled = rng.random() < 0.05
        status = "cancelled" if cancelled else ("done" if past else "scheduled")
        course_id = None
        if kind in ("chemotherapy", "radiation"):
            # One course a quarter per kind, as the treatment plans come and go.
            key = (kind, day.year, (day.month - 1) // 3)
            if key not in course_ids:
                course_ids[key] = len(courses) + 1
                courses.append({"id": course_ids[key], "kind": kind, "_key": key[1:]})
            course_id = course_ids[key]
        needs_ride = rng.random() < ride_share
        appointments.append(
            {
                "id": n,
                "version": 1,
                "course_id": course_id,
                "cycle": None,
                "kind": kind,
                "title": TITLES[kind],
                "start": start,
                "duration_minutes": duration,
                "location": rng.choice(PLACES),
                "clinician": rng.choice(CLINICIANS),
                "notes": "Bring the medication list." if n % 7 == 0 else "",
                "recovery_days": None,
                "needs_ride": needs_ride,
                "companion_wanted": kind in ("consultation", "surgery") and n % 2 == 0,
                "status": status,
            }
        )
        if not needs_ride:
            continue
        end = start + dt.timedelta(minutes=duration)
        for direction, pickup, place in (
            ("there", start - dt.timedelta(minutes=45), HOME),
            ("back", end, PLACES[0]),
        ):
            if past:
                leg_status, driver = ("cancelled" if cancelled else "done"), rng.choice(drivers)
            else:
                leg_status = rng.choice(("needed", "asked", "confirmed", "confirmed"))
                driver = None if leg_status == "needed" else rng.choice(drivers)
            legs.append(
                {
                    "id": len(legs) + 1,
                    "version": 1,
                    "appointment_id": n,
                    "direction": direction,
                    "pickup_time": pickup,
                    "pickup_place": place,
                    "driver_id": driver,
                    "backup_driver_id": None,
                    "status": leg_status,
                    "status_changed_at": None,
                    "notes": "",
                }
            )
    rows["course"] = [
        {
            "id": c["id"],
            "version": 1,
            "name": f"{TITLES[c['kind']]} {c['_key'][0]} Q{c['_key'][1] + 1}",
            "kind": c["kind"],
            "pattern": "cycle" if c["kind"] == "chemotherapy" else "weekly",
            "first_day": dt.date(c["_key"][0], c["_key"][1] * 3 + 1, 1),
            "start_time": dt.time(9),
            "duration_minutes": details[c["kind"]][2],
            "cycle_length_days": 21,
            "treatment_days": "1,8",
            "cycles": 4,
            "weekdays": "0,1,2,3,4",
            "weeks": 6,
            "location": PLACES[0],
        }
        for c in courses
    ]
    rows["appointment"] = appointments
    rows["leg"] = legs
    # Help with daily life: about one task every three days, mostly claimed.
    task_days = sorted(rng.sample(weekdays, len(weekdays) // 3))
    categories = ("meals", "errands", "cleaning", "company", "childcare", "pet_care")
    rows["task"] = [
        {
            "id": n,
            "version": 1,
            "category": (category := rng.choice(categories)),
            "title": category.replace("_", " ").capitalize(),
            "start": _at(day, 17 * 60),
            "end": _at(day, 18 * 60),
            "helper_id": rng.choice((None, *range(1, len(helpers) + 1))),
            "appointment_id": None,
            "status": "done" if day < anchor else "open",
            "recurrence": "",
            "notes": "",
        }
        for n, day in enumerate(task_days, start=1)
    ]
    meals = ("Chicken and rice soup", "Vegetable lasagne", "Rice pudding", "Red lentil dal")
    rows["meal"] = [
        {
            "id": n,
            "version": 1,
            "name": rng.choice(meals),
            "portions_left": n % 6,
            "frozen_on": anchor - dt.timedelta(days=3 * n),
            "use_by": anchor - dt.timedelta(days=3 * n) + dt.timedelta(days=90),
            "tags": "soft,bland",
            "made_by": "Lena Hoff",
            "location": "Freezer, top drawer",
            "reheating": "Thaw overnight; heat until steaming.",
        }
        for n in range(1, 41)
    ]
    rows["portions"] = [
        {
            "meal_id": 1 + n % 40,
            "portions": 1 + n % 3,
            "taken_at": _at(day, 8 * 60),
            "for_day": day + dt.timedelta(days=1),
        }
        for n, day in enumerate(rng.sample(weekdays, len(weekdays) // 4))
    ]
    monday = anchor - dt.timedelta(days=anchor.weekday())
    rows["group"] = [
        {
            "id": 1,
            "version": 1,
            "name": "Lymphoma support circle",
            "kind": "in_person",
            "first_meeting": _at(monday - dt.timedelta(days=2 * 365 - 2), 18 * 60),
            "duration_minutes": 90,
            "recurrence": "FREQ=WEEKLY;INTERVAL=1;BYDAY=WE",
            "place": "Community centre, Room 2",
            "link": "",
            "contact_person": "Jo",
            "notes": "",
        },
        {
            "id": 2,
            "version": 1,
            "name": "Carers' evening online",
            "kind": "online",
            "first_meeting": _at(monday - dt.timedelta(days=365 - 3), 19 * 60 + 30),
            "duration_minutes": 60,
            "recurrence": "FREQ=WEEKLY;BYDAY=TH",
            "place": "",
            "link": "https://meet.example.org/carers",
            "contact_person": "",
            "notes": "",
        },
        {
            "id": 3,
            "version": 1,
            "name": "Hospice family evening",
            "kind": "phone",
            "first_meeting": _at(monday - dt.timedelta(days=3 * 365), 18 * 60),
            "duration_minutes": 60,
            "recurrence": "FREQ=MONTHLY;BYDAY=1MO",
            "place": "",
            "link": "",
            "contact_person": "Elm House",
            "notes": "",
        },
    ]
    journal_days = rng.sample(weekdays, len(weekdays) // 2)
    rows["journal"] = [
        {
            "id": n,
            "kind": (kind := ("side_effect", "rest", "mood")[n % 3]),
            "at": _at(day, 20 * 60),
            "symptom": "Fatigue" if kind == "side_effect" else "",
            "severity": 5 if kind == "side_effect" else None,
            "hours": 9.5 if kind == "rest" else None,
            "mood": 6 if kind == "mood" else None,
            "note": "",
        }
        for n, day in enumerate(sorted(journal_days), start=1)
    ]
    rows["contact"] = [
        {
            "id": 1,
            "version": 1,
            "name": "Dr. Amira Haddad",
            "role": "oncologist",
            "organisation": "City Hospital",
            "phone": "+44 20 7946 0100",
            "email": "",
            "address": "",
            "notes": "",
        },
        {
            "id": 2,
            "version": 1,
            "name": "Oncology 24-hour line",
            "role": "emergency",
            "organisation": "City Hospital",
            "phone": "+44 20 7946 0199",
            "email": "",
            "address": "",
            "notes": "Fever of 38 °C or more: call at once.",
        },
    ]
    return rows
