"""The benchmark plan: years of one person's care, made the same way from the same seed.

:func:`large_plan` returns a plan file with :data:`APPOINTMENTS` appointments over
:data:`YEARS` years, ending a few weeks after :data:`BENCH_NOW` (the moment every benchmark
pins the clock at, the tests' Wednesday 11 March 2026), and with everything else in
proportion:

* appointments on weekdays in clinic hours, a mix of kinds; chemotherapy and radiation
  belong to a course a quarter; past ones done (a few cancelled), later ones scheduled;
* about two ride legs (there and back) for each treatment, and for some of the others;
* a help task on each hard day (the days after a treatment, as the plan counts them);
* a batch of freezer meals every ten days or so, with the portions taken out of it;
* a few journal entries a week, temperature and weight readings, questions for some
  consultations;
* four medicines, three of them with a year or two of dose answers;
* the helpers, contacts, places and support groups these refer to.

It is built in seconds: ``open_plan`` creates the schema (with the search index's
triggers), then the rows go in with SQLAlchemy Core bulk inserts into the record tables,
and the triggers index them as they land. The change log stays empty, as for a plan that
was imported. The file is cached under :func:`cache_folder`, named by the generator's
version, the schema's revision, the size, the span, the end and the seed, and reused.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import time
from pathlib import Path
from typing import Any

from planner import user_cache_folder

GENERATOR_VERSION = 2
"""Bump when the generated data changes, so cached files are rebuilt."""

BENCH_NOW = dt.datetime(2026, 3, 11, 10, 0)
"""Where the clock stands in every benchmark (``CARE_PLANNER_NOW``): the tests' moment."""
BENCH_TODAY = BENCH_NOW.date()
APPOINTMENTS = 100_000
YEARS = 20
WEEKS_AHEAD = 8
"""The plan ends this many weeks after :data:`BENCH_NOW`: what is already booked."""
SEED = 19

QUICK_APPOINTMENTS = 2_000
QUICK_YEARS = 1
"""The small plan of the quick mode."""

CACHE_ENV = "CARE_PLANNER_BENCH_CACHE"

# Kind, share, duration in minutes, share needing a ride, recovery days (the plan's default).
KINDS: tuple[tuple[str, float, int, float, int], ...] = (
    ("radiation", 0.24, 20, 0.90, 0),
    ("lab_test", 0.20, 20, 0.10, 0),
    ("chemotherapy", 0.12, 240, 0.98, 3),
    ("consultation", 0.12, 30, 0.40, 0),
    ("infusion", 0.08, 120, 0.95, 1),
    ("scan", 0.07, 45, 0.30, 0),
    ("dialysis", 0.06, 240, 0.95, 1),
    ("trial_visit", 0.03, 90, 0.90, 1),
    ("palliative_care", 0.03, 60, 0.20, 0),
    ("other", 0.04, 60, 0.10, 0),
    ("surgery", 0.01, 180, 1.00, 7),
)
TREATMENTS = frozenset(
    ("radiation", "chemotherapy", "infusion", "dialysis", "trial_visit", "surgery")
)
TITLES = {
    "radiation": ("Radiation", "Radiotherapy session"),
    "lab_test": ("Blood count", "Kidney function test", "Tumour markers"),
    "chemotherapy": ("Chemotherapy", "Chemotherapy, day 1", "Chemotherapy, day 8"),
    "consultation": ("Review with the oncologist", "Nurse review", "Results talk"),
    "infusion": ("Immunotherapy infusion", "Iron infusion"),
    "scan": ("CT scan", "MRI scan", "Bone scan", "Ultrasound"),
    "dialysis": ("Dialysis",),
    "trial_visit": ("Trial visit",),
    "palliative_care": ("Palliative-care visit",),
    "other": ("Physiotherapy", "Dentist", "Eye check"),
    "surgery": ("Port placement", "Biopsy"),
}
PLACES = (
    ("City Hospital, Oncology Day Unit, 3rd floor", 35, "1 Hospital Road"),
    ("City Hospital, Radiotherapy, basement", 35, "1 Hospital Road"),
    ("City Hospital, Imaging", 35, "1 Hospital Road"),
    ("GP practice, Mill Street", 10, "4 Mill Street"),
    ("Kidney Centre, Ward 4", 25, "Station Avenue"),
    ("Hospice day service, Elm House", 20, "Elm Lane"),
)
PLACE_OF = {
    "radiation": 1,
    "scan": 2,
    "lab_test": 3,
    "dialysis": 4,
    "palliative_care": 5,
}
CLINICIANS = ("Dr. Amira Haddad", "Dr. Jonas Weber", "Nurse Chris Morgan", "Dr. Léa Dubois", "")
NOTES = (
    "Bring the medication list.",
    "Fasting from midnight.",
    "Ask about the numb fingers.",
    "Parking is full after 9; take the bus.",
    "Bring the blood-count booklet.",
)
HOME = "Home, 12 Linden Road"
HELPERS = (
    ("Sam Keller", "drive,company,errands"),
    ("Ana Ruiz", "cook,drive"),
    ("Tom Becker", "drive,errands"),
    ("Lena Hoff", "cleaning,cook"),
    ("Priya Nair", "company,pet_care"),
    ("Mo Osei", "drive"),
    ("Kim Lund", "childcare,company"),
    ("Eva Brandt", "drive,cook"),
    ("Jürgen Maas", "drive,errands"),
    ("Noor Haddad", "company,cook"),
)
TASKS = (
    ("meals", "Bring a warm dinner"),
    ("meals", "Cook soup for two days"),
    ("errands", "Pick up the prescription"),
    ("errands", "Buy groceries"),
    ("cleaning", "Change the bed linen"),
    ("cleaning", "Hoover and wipe the kitchen"),
    ("company", "Sit with her in the afternoon"),
    ("childcare", "Fetch the children from school"),
    ("pet_care", "Walk the dog"),
)
MEALS = (
    "Chicken and rice soup",
    "Vegetable lasagne",
    "Rice pudding",
    "Red lentil dal",
    "Mashed potato and fish pie",
    "Apple compote",
)
SYMPTOMS = ("Fatigue", "Nausea", "Mouth sores", "Numb fingers", "Diarrhoea", "Pain")
QUESTIONS = (
    "Can I take ibuprofen for the pain?",
    "Is the tiredness expected this long after the cycle?",
    "Which results are back from the scan?",
    "Should I have the flu jab now?",
    "Can the next cycle move by a day?",
)


# ---------------------------------------------------------------------------- the file
def cache_folder() -> Path:
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    return user_cache_folder() / "care-planner-bench"


def plan_end(now: dt.datetime = BENCH_NOW) -> dt.date:
    return now.date() + dt.timedelta(weeks=WEEKS_AHEAD)


def large_plan(
    appointments: int = APPOINTMENTS,
    *,
    years: int = YEARS,
    seed: int = SEED,
    now: dt.datetime = BENCH_NOW,
    quiet: bool = False,
) -> Path:
    """The cached plan file with ``appointments`` appointments over ``years`` years, ending
    a few weeks after ``now``, made from ``seed``; built on first use."""
    from planner.store import migrate

    end = plan_end(now)
    stem = f"plan-v{GENERATOR_VERSION}-{appointments}a-{years}y"
    name = f"{stem}-to{end:%Y%m%d}-seed{seed}-{migrate.head()}.sqlite3"
    folder = cache_folder()
    path = folder / name
    if path.exists():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob(f"{stem}-*-seed{seed}-*.sqlite3"):
        for part in folder.glob(f"{old.name}*"):
            part.unlink()  # the same plan for an older schema or another end
    building = folder / f"building-{os.getpid()}.sqlite3"
    started = time.perf_counter()
    try:
        fill(building, appointments, years=years, seed=seed, now=now)
        building.rename(path)
    finally:
        for leftover in folder.glob(f"{building.name}*"):
            leftover.unlink()
    if not quiet:
        print(f"generated {path} in {time.perf_counter() - started:.1f} s", flush=True)
    return path


def quick_plan(*, seed: int = SEED, quiet: bool = False) -> Path:
    """The small plan of the quick mode (cached like the large one)."""
    return large_plan(QUICK_APPOINTMENTS, years=QUICK_YEARS, seed=seed, quiet=quiet)


def fill(
    path: Path,
    appointments: int = APPOINTMENTS,
    *,
    years: int = YEARS,
    seed: int = SEED,
    now: dt.datetime = BENCH_NOW,
) -> dict[str, int]:
    """Create a plan at ``path`` (through ``open_plan``) and bulk-insert the records; returns
    how many rows each table got."""
    from sqlalchemy import insert, text

    from planner.services.plan import open_plan
    from planner.store import records as r

    rows = plan_rows(appointments, years=years, seed=seed, now=now)
    tables = (
        (r.PlaceRecord, "place"),
        (r.HelperRecord, "helper"),
        (r.AvailabilityRecord, "availability"),
        (r.ContactRecord, "contact"),
        (r.CourseRecord, "course"),
        (r.AppointmentRecord, "appointment"),
        (r.RideLegRecord, "leg"),
        (r.HelpTaskRecord, "task"),
        (r.FreezerMealRecord, "meal"),
        (r.PortionsTakenRecord, "portions"),
        (r.SupportGroupRecord, "group"),
        (r.JournalEntryRecord, "journal"),
        (r.ReadingRecord, "reading"),
        (r.QuestionRecord, "question"),
        (r.MedicineRecord, "medicine"),
        (r.DoseRecord, "dose"),
    )
    plan = open_plan(f"sqlite:///{path}")
    try:
        with plan.unit_of_work() as work:
            session = work.store.session
            for record, key in tables:
                if rows[key]:
                    # The search index's triggers index each row as it lands.
                    table = r.Base.metadata.tables[record.__tablename__]
                    session.execute(insert(table), rows[key])
            work.commit()
        with plan.unit_of_work() as work:
            work.store.session.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    finally:
        plan.close()
    return {key: len(rows[key]) for _, key in tables}


# ---------------------------------------------------------------------------- the rows
def _at(day: dt.date, minutes: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minutes)


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def plan_rows(
    count: int = APPOINTMENTS,
    *,
    years: int = YEARS,
    seed: int = SEED,
    now: dt.datetime = BENCH_NOW,
) -> dict[str, list[dict[str, Any]]]:
    """Every row of the plan, by table, the same for the same arguments."""
    rng = random.Random(f"care-planner-bench-{GENERATOR_VERSION}-{seed}")
    today = now.date()
    last = plan_end(now)
    first = last.replace(year=last.year - years) + dt.timedelta(days=1)
    every_day = _days(first, last)
    weekdays = [day for day in every_day if day.weekday() < 5]
    rows: dict[str, list[dict[str, Any]]] = {}

    rows["place"] = [
        {
            "id": n,
            "version": 1,
            "name": name,
            "address": address,
            "travel_minutes": minutes,
            "phone": f"+44 20 7946 0{n:03d}",
            "notes": "",
        }
        for n, (name, minutes, address) in enumerate(PLACES, start=1)
    ]
    rows["helper"] = [
        {
            "id": n,
            "version": 1,
            "name": name,
            "phone": f"+44 7700 900{n:03d}",
            "email": f"{name.split()[0].lower()}@example.org",
            "capabilities": can,
            "notice_business_days": n % 3,
            "notes": "Has a car seat for the little one." if n == 1 else "",
        }
        for n, (name, can) in enumerate(HELPERS, start=1)
    ]
    rows["availability"] = [
        {
            "helper_id": helper,
            "weekday": day,
            "start": dt.time(8 if helper % 2 else 17),
            "end": dt.time(18 if helper % 2 else 21),
        }
        for helper in range(1, len(HELPERS) + 1)
        for day in range(7 if helper % 2 == 0 else 5)
    ]
    drivers = [n for n, (_, can) in enumerate(HELPERS, start=1) if "drive" in can]
    rows["contact"] = _contacts()

    # Appointments, their courses and ride legs.
    courses: list[dict[str, Any]] = []
    course_ids: dict[tuple[str, int, int], int] = {}
    appointments: list[dict[str, Any]] = []
    legs: list[dict[str, Any]] = []
    details = {k[0]: k for k in KINDS}
    drawn = rng.choices([k[0] for k in KINDS], [k[1] for k in KINDS], k=count)
    days = sorted(rng.choices(weekdays, k=count))
    hard: set[dt.date] = set()
    consultations: list[tuple[int, dt.date]] = []
    for n, (kind, day) in enumerate(zip(drawn, days, strict=True), start=1):
        _, _, duration, ride_share, recovery = details[kind]
        start = _at(day, rng.randrange(7 * 4 + 2, 17 * 4) * 15)  # 07:30 to 16:45
        past = start < now
        cancelled = rng.random() < 0.04
        status = "cancelled" if cancelled else ("done" if past else "scheduled")
        course_id: int | None = None
        cycle: int | None = None
        if kind in ("chemotherapy", "radiation"):
            # One course a quarter for each kind, as the treatment plans come and go.
            key = (kind, day.year, (day.month - 1) // 3)
            if key not in course_ids:
                course_ids[key] = len(courses) + 1
                courses.append({"id": course_ids[key], "kind": kind, "_key": key[1:]})
            course_id = course_ids[key]
            # A cycle of three weeks, or a week for radiation (a weekly course).
            into = (day - dt.date(day.year, key[2] * 3 + 1, 1)).days
            cycle = 1 + into // (21 if kind == "chemotherapy" else 7)
        if not cancelled:
            hard.update(day + dt.timedelta(days=d) for d in range(1, recovery + 1))
        if kind == "consultation":
            consultations.append((n, day))
        place = PLACES[PLACE_OF.get(kind, 0)][0]
        needs_ride = rng.random() < ride_share
        appointments.append(
            {
                "id": n,
                "version": 1,
                "course_id": course_id,
                "cycle": cycle,
                "kind": kind,
                "title": rng.choice(TITLES[kind]),
                "start": start,
                "duration_minutes": duration,
                "location": place,
                "clinician": rng.choice(CLINICIANS),
                "notes": rng.choice(NOTES) if n % 7 == 0 else "",
                "recovery_days": 5 if kind == "surgery" and n % 2 else None,
                "needs_ride": needs_ride,
                "companion_wanted": kind in ("consultation", "surgery") and n % 2 == 0,
                "status": status,
            }
        )
        if not needs_ride:
            continue
        end = start + dt.timedelta(minutes=duration)
        for direction, pickup, pickup_place in (
            ("there", start - dt.timedelta(minutes=45), HOME),
            ("back", end, place),
        ):
            driver: int | None
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
                    "pickup_place": pickup_place,
                    "driver_id": driver,
                    "backup_driver_id": None,
                    "status": leg_status,
                    "status_changed_at": None,
                    "notes": "Wheelchair at the main entrance." if n % 11 == 0 else "",
                    "travel_minutes": 30,
                }
            )
    rows["course"] = [
        {
            "id": c["id"],
            "version": 1,
            "name": f"{TITLES[c['kind']][0]} {c['_key'][0]} Q{c['_key'][1] + 1}",
            "kind": c["kind"],
            "pattern": "cycle" if c["kind"] == "chemotherapy" else "weekly",
            "first_day": dt.date(c["_key"][0], c["_key"][1] * 3 + 1, 1),
            "start_time": dt.time(9),
            "duration_minutes": details[c["kind"]][2],
            "cycle_length_days": 21,
            "treatment_days": "1,8",
            "cycles": 5,
            "weekdays": "0,1,2,3,4",
            "weeks": 14,
            "location": PLACES[PLACE_OF.get(c["kind"], 0)][0],
        }
        for c in courses
    ]
    rows["appointment"] = appointments
    rows["leg"] = legs

    # A help task on each hard day.
    rows["task"] = []
    for day in sorted(d for d in hard if first <= d <= last):
        category, title = rng.choice(TASKS)
        start = _at(day, rng.choice((10, 12, 16, 17)) * 60)
        past = start < now
        rows["task"].append(
            {
                "id": len(rows["task"]) + 1,
                "version": 1,
                "category": category,
                "title": title,
                "start": start,
                "end": start + dt.timedelta(hours=1),
                "helper_id": rng.choice((None, *range(1, len(HELPERS) + 1))),
                "appointment_id": None,
                "status": "done" if past else "open",
                "recurrence": "",
                "notes": "Key under the blue pot." if len(rows["task"]) % 13 == 0 else "",
            }
        )

    _freezer(rows, rng, every_day, today)
    _journal(rows, rng, every_day, now, hard)
    rows["question"] = [
        {
            "id": q,
            "version": 1,
            "text": rng.choice(QUESTIONS),
            "asked_on": day - dt.timedelta(days=2),
            "appointment_id": appointment,
            "answer": "Yes, at the usual dose." if day < today else "",
            "answered_on": day if day < today else None,
        }
        for q, (appointment, day) in enumerate(consultations[::4], start=1)
    ]
    _medicines(rows, rng, today, now, years)
    rows["group"] = _groups(today)
    return rows


def _contacts() -> list[dict[str, Any]]:
    people = (
        ("Dr. Amira Haddad", "oncologist", "City Hospital", "+44 20 7946 0100", ""),
        ("Oncology 24-hour line", "emergency", "City Hospital", "+44 20 7946 0199", ""),
        ("Dr. Jonas Weber", "clinic", "GP practice, Mill Street", "+44 20 7946 0300", ""),
        ("Nurse Chris Morgan", "nurse_navigator", "City Hospital", "+44 20 7946 0110", ""),
        ("Linden Pharmacy", "pharmacy", "", "+44 20 7946 0400", ""),
        ("Kidney Centre reception", "other", "Kidney Centre", "+44 20 7946 0500", ""),
    )
    return [
        {
            "id": n,
            "version": 1,
            "name": name,
            "role": role,
            "organisation": organisation,
            "phone": phone,
            "email": email,
            "address": "",
            "notes": "Fever of 38 °C or more: call at once." if role == "emergency" else "",
        }
        for n, (name, role, organisation, phone, email) in enumerate(people, start=1)
    ]


def _freezer(
    rows: dict[str, list[dict[str, Any]]],
    rng: random.Random,
    every_day: list[dt.date],
    today: dt.date,
) -> None:
    """A batch of meals every ten days or so, taken out a portion or two at a time."""
    rows["meal"], rows["portions"] = [], []
    for frozen in every_day[:: rng.choice((9, 10, 11))]:
        if frozen > today:
            break
        made = rng.randrange(4, 9)
        left = made
        day = frozen + dt.timedelta(days=rng.randrange(2, 6))
        while left and day < today:
            taken = min(left, rng.choice((1, 1, 2)))
            left -= taken
            rows["portions"].append(
                {
                    "meal_id": len(rows["meal"]) + 1,
                    "portions": taken,
                    "taken_at": _at(day, 8 * 60),
                    "for_day": day,
                }
            )
            day += dt.timedelta(days=rng.randrange(2, 9))
        rows["meal"].append(
            {
                "id": len(rows["meal"]) + 1,
                "version": 1,
                "name": rng.choice(MEALS),
                "portions_left": left,
                "frozen_on": frozen,
                "use_by": frozen + dt.timedelta(days=90),
                "tags": "soft,bland",
                "made_by": rng.choice(("Lena Hoff", "Ana Ruiz", "Noor Haddad")),
                "location": "Freezer, top drawer",
                "reheating": "Thaw overnight; heat until steaming.",
                "category": "cooked_dish",
            }
        )


def _journal(
    rows: dict[str, list[dict[str, Any]]],
    rng: random.Random,
    every_day: list[dt.date],
    now: dt.datetime,
    hard: set[dt.date],
) -> None:
    """A few journal entries a week (more on hard days), and readings twice a week."""
    rows["journal"], rows["reading"] = [], []
    for day in every_day:
        if _at(day, 21 * 60) >= now:
            break
        if rng.random() < (0.7 if day in hard else 0.3):
            kind = rng.choice(("side_effect", "side_effect", "rest", "mood"))
            rows["journal"].append(
                {
                    "id": len(rows["journal"]) + 1,
                    "version": 1,
                    "kind": kind,
                    "at": _at(day, 20 * 60 + rng.randrange(0, 90)),
                    "symptom": rng.choice(SYMPTOMS) if kind == "side_effect" else "",
                    "severity": rng.randrange(1, 9) if kind == "side_effect" else None,
                    "hours": rng.choice((6.5, 8.0, 9.5, 11.0)) if kind == "rest" else None,
                    "mood": rng.randrange(2, 10) if kind == "mood" else None,
                    "note": "Slept badly; the steroid again." if rng.random() < 0.1 else "",
                }
            )
        if day.weekday() in (0, 3):
            rows["reading"].append(
                {
                    "id": len(rows["reading"]) + 1,
                    "version": 1,
                    "kind": "temperature",
                    "at": _at(day, 8 * 60),
                    "value": f"{rng.choice((36.4, 36.8, 37.1, 37.6, 38.2)):.1f}",
                    "unit": "C",
                    "note": "",
                }
            )
        if day.weekday() == 0:
            rows["reading"].append(
                {
                    "id": len(rows["reading"]) + 1,
                    "version": 1,
                    "kind": "weight",
                    "at": _at(day, 8 * 60 + 5),
                    "value": f"{rng.uniform(58, 66):.1f}",
                    "unit": "kg",
                    "note": "",
                }
            )


def _medicines(
    rows: dict[str, list[dict[str, Any]]],
    rng: random.Random,
    today: dt.date,
    now: dt.datetime,
    years: int,
) -> None:
    """Four medicines; three of them answered dose by dose for a year or two."""
    history = min(years, 2)

    def since(years_back: float) -> dt.date:
        return today - dt.timedelta(days=round(365 * years_back))

    medicines = (
        # name, strength, schedule kind, schedule, start, dose times (weekdays or None), purpose
        ("Omeprazole", "20 mg", "fixed_times", {"times": ["08:00"]}, since(history),
         None, ("08:00",), "Stomach protection"),
        ("Ondansetron", "8 mg", "fixed_times", {"times": ["08:00", "20:00"]},
         since(history / 2), None, ("08:00", "20:00"), "Against sickness"),
        ("Co-trimoxazole", "480 mg", "weekdays", {"weekdays": [0, 2, 4], "times": ["09:00"]},
         since(history), (0, 2, 4), ("09:00",), "Infection prevention"),
        ("Paracetamol", "500 mg", "as_needed", {"min_hours_apart": 4, "most_per_day": 4},
         since(history), None, (), "Pain or fever"),
    )  # fmt: skip
    rows["medicine"], rows["dose"] = [], []
    for n, (name, strength, kind, schedule, start, on, times, purpose) in enumerate(
        medicines, start=1
    ):
        rows["medicine"].append(
            {
                "id": n,
                "version": 1,
                "name": name,
                "schedule_kind": kind,
                "schedule": json.dumps(schedule, separators=(",", ":")),
                "course_id": None,
                "start": start,
                "end": None,
                "dose": "1",
                "unit": "tablet",
                "strength": strength,
                "form": "tablet",
                "instructions": "Swallow whole with water.",
                "purpose": purpose,
                "prescriber": "Dr. Amira Haddad",
                "pharmacy": "Linden Pharmacy",
                "must_not_miss": n == 3,
                "stock_thousandths": 28_000,
                "lead_days": 7,
                "notes": "",
            }
        )
        for day in _days(start, today):
            if on is not None and day.weekday() not in on:
                continue
            for time_of_day in times:
                due = dt.datetime.combine(day, dt.time.fromisoformat(time_of_day))
                if due + dt.timedelta(hours=1) > now:
                    continue
                roll = rng.random()
                answer = "taken" if roll < 0.93 else ("skipped" if roll < 0.97 else "later")
                rows["dose"].append(
                    {
                        "id": len(rows["dose"]) + 1,
                        "version": 1,
                        "medicine_id": n,
                        "due": due,
                        "answer": answer,
                        "at": due + dt.timedelta(minutes=rng.randrange(0, 40)),
                        "reason": "Felt too sick" if answer == "skipped" else "",
                        "remind_at": due + dt.timedelta(minutes=30) if answer == "later" else None,
                    }
                )


def _groups(today: dt.date) -> list[dict[str, Any]]:
    monday = today - dt.timedelta(days=today.weekday())
    return [
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
