"""A realistic month for one patient, built around the plan's clock.

Whatever day it is made on (a Monday, a Saturday night, Christmas Eve, the day the clocks
change), the coming days hold a chemotherapy day at clinic hours on a weekday, the hard days
after it, a ride home still waiting for its driver's confirmation, a meal to thaw and the
helpers' tasks for those days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from planner.domain import model
from planner.domain.courses import treatment_days
from planner.domain.doses import Answer, Confirmation, scheduled_doses
from planner.domain.enums import (
    AppointmentKind,
    AppointmentStatus,
    Capability,
    ContactRole,
    CoursePattern,
    GroupKind,
    JournalKind,
    LegDirection,
    LegStatus,
    MealCategory,
    TaskCategory,
    TaskStatus,
)
from planner.domain.errors import PlannerError
from planner.domain.legs import HOME_ADDRESS, PATIENT_NAME, PATIENT_PHONE
from planner.domain.medicines import AroundTreatment, FixedTimes, Medicine, around
from planner.domain.messages import Message, translate
from planner.domain.profile import OUT_OF_HOURS
from planner.domain.readings import COUNT_UNITS, Measurement, ReadingKind
from planner.services.changes import Changes
from planner.services.plan import Plan, UnitOfWork
from planner.store.medicines import MedicineStore

Words = Callable[[Message | str], str]
"""How each text of the demo is said before it is stored: ``str`` keeps the English; the
window's and the command line's ``say`` put it in the reader's language. Names, phone
numbers, symptom names and diet tags are stored as they are (the last two are keys the
window shows translated)."""

HOME = translate("Demo", "Home, 12 Linden Road")
CLINIC = translate("Demo", "City Hospital, Oncology Day Unit, 3rd floor")
HOSPITAL = translate("Demo", "City Hospital")
TABLET = translate("Demo unit", "tablet")
"""What the demo's tablets are counted in (its own context: in German the unit is said
apart from the form, "40 Tbl." beside "Tablette")."""


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


CLINIC_CLOSED = frozenset({(12, 25), (12, 26), (1, 1)})
"""(month, day) of the holidays on which the demo's clinics see nobody."""

# The treatment days of the two chemotherapy courses, counted from the next one: the
# current course (21-day cycles, days 1 and 8) began a week before it; the earlier course
# (21-day cycles, day 1) six weeks before that.
_CURRENT_COURSE = (-7, 0, 14, 21, 35, 42)
_EARLIER_COURSE = (-49, -28)
_DAY = dt.timedelta(days=1)


def clinic_day(day: dt.date) -> bool:
    """Clinics treat on weekdays, and not on the big holidays."""
    return day.weekday() < 5 and (day.month, day.day) not in CLINIC_CLOSED


def _clinic_day_on_or_after(day: dt.date) -> dt.date:
    while not clinic_day(day):
        day += _DAY
    return day


def _clinic_day_before(day: dt.date) -> dt.date:
    day -= _DAY
    while not clinic_day(day):
        day -= _DAY
    return day


def _next_friday(day: dt.date) -> dt.date:
    """The first Friday after ``day`` (a week on when ``day`` is a Friday)."""
    return day + dt.timedelta(days=(4 - day.weekday()) % 7 or 7)


def next_treatment(today: dt.date) -> dt.date:
    """The demo's next chemotherapy day: the first clinic day after today on which both
    courses' treatment days all fall on clinic days. It is at most five days away, so the
    coming days (today and the six after it) show it and its first hard day."""
    for ahead in range(1, 6):
        day = today + ahead * _DAY
        if all(clinic_day(day + n * _DAY) for n in (*_EARLIER_COURSE, *_CURRENT_COURSE)):
            return day
    return _clinic_day_on_or_after(today + _DAY)


def _helpers(work: UnitOfWork, words: Words) -> dict[str, int]:
    weekdays = tuple(model.Availability(d, dt.time(8), dt.time(18)) for d in range(5))
    evenings = tuple(model.Availability(d, dt.time(17), dt.time(21)) for d in range(7))
    people = [
        model.Helper(
            "Sam Keller",
            "+44 7700 900111",
            "sam@example.org",
            frozenset({Capability.DRIVE, Capability.COMPANY, Capability.ERRANDS}),
            weekdays,
            notes=words(translate("Demo", "Partner; works from home on Tuesdays.")),
        ),
        model.Helper(
            "Ana Ruiz",
            "+44 7700 900222",
            "ana@example.org",
            frozenset({Capability.DRIVE, Capability.COOK}),
            weekdays,
        ),
        model.Helper(
            "Tom Becker",
            "+44 7700 900333",
            "tom@example.org",
            frozenset({Capability.DRIVE, Capability.ERRANDS}),
            evenings,
            notes=words(translate("Demo", "Neighbour; free after work.")),
        ),
        model.Helper(
            "Lena Hoff",
            "+44 7700 900444",
            "lena@example.org",
            frozenset({Capability.COOK, Capability.CLEANING}),
            evenings,
        ),
        model.Helper(
            "Priya Nair",
            "+44 7700 900555",
            "priya@example.org",
            frozenset({Capability.COMPANY, Capability.PET_CARE}),
        ),
    ]
    ids = work.store.add_all(people)
    return {
        person.name.split()[0]: helper_id for person, helper_id in zip(people, ids, strict=True)
    }


def _chemotherapy(
    work: UnitOfWork, treatment: dt.date, today: dt.date, words: Words
) -> list[tuple[int, model.Appointment]]:
    """A 21-day course with treatment on days 1 and 8; day 8 of cycle 1 is ``treatment``."""
    clinic = words(CLINIC)
    course = model.Course(
        words(translate("Demo", "Salvage chemotherapy")),
        AppointmentKind.CHEMOTHERAPY,
        CoursePattern.CYCLE,
        first_day=treatment + _CURRENT_COURSE[0] * _DAY,
        start_time=dt.time(9),
        duration=dt.timedelta(hours=4),
        cycle_length_days=21,
        treatment_days=(1, 8),
        cycles=3,
        location=clinic,
    )
    course_id = work.store.add(course)
    made = []
    for day in treatment_days(course):
        start = _at(day.day, 9)
        appointment = model.Appointment(
            AppointmentKind.CHEMOTHERAPY,
            words(translate("Demo", "Chemotherapy, cycle {cycle}").format(cycle=day.cycle)),
            start,
            course.duration,
            clinic,
            "Dr. Amira Haddad",
            words(translate("Demo", "Bring the medication list and a warm cardigan.")),
            needs_ride=True,
            companion_wanted=day.day == course.first_day,
            status=AppointmentStatus.DONE if day.day < today else AppointmentStatus.SCHEDULED,
            course_id=course_id,
            cycle=day.cycle,
        )
        made.append((work.store.add(appointment), appointment))
    return made


def _places_and_patient(work: UnitOfWork, words: Words) -> None:
    """Who the ride cards are for, where home is, and the clinic's travel time and parking."""
    work.store.add(
        model.Place(
            words(CLINIC),
            words(translate("Demo", "City Hospital, 1 Infirmary Road")),
            dt.timedelta(minutes=30),
            "+44 20 7946 0000",
            words(
                translate(
                    "Demo",
                    "Drop-off at door C of the Day Unit. Parking in car park B, level 2. "
                    "A wheelchair waits inside door C.",
                )
            ),
        )
    )
    for setting, value in (
        (PATIENT_NAME, "Maria Keller"),
        (PATIENT_PHONE, "+44 7700 900100"),
        (HOME_ADDRESS, words(HOME)),
        (OUT_OF_HOURS, "+44 20 7946 0199"),  # the oncology 24-hour line
    ):
        work.store.set_setting(setting.key, setting.show(value))


def _rides(
    work: UnitOfWork,
    chemo: list[tuple[int, model.Appointment]],
    helpers: dict[str, int],
    treatment: dt.date,
    words: Words,
) -> None:
    _places_and_patient(work, words)
    home, clinic = words(HOME), words(CLINIC)
    legs = []
    for appointment_id, appointment in chemo:
        there = appointment.start - dt.timedelta(minutes=45)
        back = appointment.end
        if appointment.start.date() < treatment:
            status, first, second = LegStatus.DONE, helpers["Sam"], helpers["Ana"]
        elif appointment.start.date() == treatment:
            # One leg confirmed, the ride home only asked: the gap the coming days show.
            legs.append(
                model.RideLeg(
                    appointment_id,
                    LegDirection.THERE,
                    there,
                    home,
                    helpers["Sam"],
                    helpers["Tom"],
                    LegStatus.CONFIRMED,
                )
            )
            legs.append(
                model.RideLeg(
                    appointment_id,
                    LegDirection.BACK,
                    back,
                    clinic,
                    helpers["Ana"],
                    None,
                    LegStatus.ASKED,
                )
            )
            continue
        else:
            status, first, second = LegStatus.NEEDED, None, None
        legs.append(
            model.RideLeg(appointment_id, LegDirection.THERE, there, home, first, status=status)
        )
        legs.append(
            model.RideLeg(appointment_id, LegDirection.BACK, back, clinic, second, status=status)
        )
    work.store.add_all(legs)


def _other_appointments(
    work: UnitOfWork, helpers: dict[str, int], treatment: dt.date, now: dt.datetime, words: Words
) -> dict[str, int]:
    home, clinic = words(HOME), words(CLINIC)
    radiation = model.Course(
        words(translate("Demo", "Radiation to the chest")),
        AppointmentKind.RADIATION,
        CoursePattern.WEEKLY,
        first_day=treatment + 7 * _DAY,
        start_time=dt.time(15),
        duration=dt.timedelta(minutes=20),
        weekdays=(0, 1, 2, 3, 4),
        weeks=2,
        location=words(translate("Demo", "City Hospital, Radiotherapy, basement")),
    )
    radiation_id = work.store.add(radiation)
    visits = [
        model.Appointment(
            AppointmentKind.RADIATION,
            words(translate("Demo", "Radiation, week {week}").format(week=day.cycle)),
            _at(day.day, 15),
            radiation.duration,
            radiation.location,
            notes=words(translate("Demo", "Short visit; drives there alone.")),
            course_id=radiation_id,
            cycle=day.cycle,
        )
        for day in treatment_days(radiation)
        if clinic_day(day.day)
    ]
    blood_count = _at(_clinic_day_before(treatment), 8, 30)
    visits += [
        model.Appointment(
            AppointmentKind.LAB_TEST,
            words(translate("Demo", "Blood count before chemotherapy")),
            blood_count,
            dt.timedelta(minutes=20),
            words(translate("Demo", "GP practice, Mill Street")),
            status=AppointmentStatus.DONE if blood_count < now else AppointmentStatus.SCHEDULED,
        ),
        model.Appointment(
            AppointmentKind.SCAN,
            words(translate("Demo", "CT scan (chest and abdomen)")),
            _at(_clinic_day_on_or_after(treatment + 3 * _DAY), 11),
            dt.timedelta(minutes=45),
            words(translate("Demo", "City Hospital, Imaging")),
            notes=words(translate("Demo", "Nothing to eat 4 hours before.")),
        ),
    ]
    ids = work.store.add_all(visits)
    consultation = model.Appointment(
        AppointmentKind.CONSULTATION,
        words(translate("Demo", "Review with the oncologist")),
        # The review before the next cycle begins.
        _at(_clinic_day_before(treatment + _CURRENT_COURSE[2] * _DAY), 10, 30),
        dt.timedelta(minutes=30),
        clinic,
        "Dr. Amira Haddad",
        companion_wanted=True,
        needs_ride=True,
    )
    consultation_id = work.store.add(consultation)
    work.store.add_all(
        [
            model.RideLeg(
                consultation_id,
                LegDirection.THERE,
                consultation.start - dt.timedelta(minutes=45),
                home,
                helpers["Sam"],
                status=LegStatus.CONFIRMED,
            ),
            model.RideLeg(
                consultation_id,
                LegDirection.BACK,
                consultation.end,
                clinic,
                helpers["Sam"],
                status=LegStatus.CONFIRMED,
            ),
        ]
    )
    return {"scan": ids[-1], "consultation": consultation_id}


def _freezer(work: UnitOfWork, treatment: dt.date, now: dt.datetime, words: Words) -> None:
    """Five batches; portions already set aside for the first two hard days, so that a
    meal is to be thawed the evening of the treatment day."""
    today = now.date()

    def batch(
        name: Message,
        portions: int,
        age: int,
        keeps: int,
        tags: set[str],
        cook: str,
        where: Message,
        reheating: Message,
        category: MealCategory = MealCategory.COOKED_DISH,
    ) -> model.FreezerMeal:
        frozen = today - dt.timedelta(days=age)
        return model.FreezerMeal(
            words(name),
            portions,
            frozen,
            frozen + dt.timedelta(days=keeps),
            frozenset(tags),  # built-in tags: keys, shown translated
            cook,
            words(where),
            words(reheating),
            category,
        )

    top = translate("Demo", "Freezer, top drawer")
    middle = translate("Demo", "Freezer, middle drawer")
    bottom = translate("Demo", "Freezer, bottom drawer")

    meals = [
        batch(
            translate("Demo", "Chicken and rice soup"),
            6,
            20,
            90,
            {"soft", "bland", "high-protein"},
            "Lena Hoff",
            top,
            translate("Demo", "Thaw overnight in the fridge; heat until steaming."),
            MealCategory.SOUP,
        ),
        batch(
            translate("Demo", "Vegetable lasagne"),
            4,
            45,
            90,
            {"vegetarian"},
            "Ana Ruiz",
            middle,
            translate("Demo", "Oven 180 °C for 40 minutes from thawed."),
        ),
        batch(
            translate("Demo", "Rice pudding"),
            5,
            10,
            60,
            {"soft", "bland", "vegetarian"},
            "Lena Hoff",
            top,
            translate("Demo", "Eat cold or warm gently."),
            MealCategory.DESSERT,
        ),
        batch(
            translate("Demo", "Red lentil dal"),
            3,
            30,
            90,
            {"vegetarian", "dairy-free", "gluten-free"},
            "Priya Nair",
            bottom,
            translate("Demo", "Microwave 4 minutes, stir halfway."),
        ),
        batch(
            translate("Demo", "Fish pie"),
            1,
            # Reaches its use-by on the last hard day, the day it is planned for.
            90 - (treatment + 3 * _DAY - today).days,
            90,
            {"soft", "high-protein"},
            "Ana Ruiz",
            bottom,
            translate("Demo", "Oven 190 °C for 30 minutes from thawed."),
        ),
    ]
    ids = work.store.add_all(meals)
    work.store.add_all(
        [
            model.PortionsTaken(ids[0], 2, now, treatment + _DAY),
            model.PortionsTaken(ids[2], 2, now, treatment + 2 * _DAY),
        ]
    )


def _support(work: UnitOfWork, today: dt.date, words: Words) -> None:
    hospital = words(HOSPITAL)
    monday = today - dt.timedelta(days=today.weekday())
    work.store.add_all(
        [
            model.SupportGroup(
                words(translate("Demo", "Lymphoma support circle")),
                GroupKind.IN_PERSON,
                _at(monday - dt.timedelta(days=12), 18),
                dt.timedelta(minutes=90),
                "FREQ=WEEKLY;INTERVAL=1;BYDAY=WE",
                words(translate("Demo", "Community centre, Room 2")),
                contact_person=words(
                    translate("Demo", "Jo (facilitator), {phone}").format(phone="+44 7700 900777")
                ),
            ),
            model.SupportGroup(
                words(translate("Demo", "Carers' evening online")),
                GroupKind.ONLINE,
                _at(monday - dt.timedelta(days=11), 19, 30),
                dt.timedelta(hours=1),
                "FREQ=WEEKLY;BYDAY=TH",
                link="https://meet.example.org/carers",
                notes=words(translate("Demo", "For Sam; camera optional.")),
            ),
        ]
    )
    work.store.add_all(
        [
            model.Contact("Dr. Amira Haddad", ContactRole.ONCOLOGIST, hospital, "+44 20 7946 0100"),
            model.Contact(
                "Chris Morgan",
                ContactRole.NURSE_NAVIGATOR,
                words(translate("Demo", "Oncology Day Unit")),
                "+44 20 7946 0101",
                "chris.morgan@example.org",
            ),
            model.Contact("Ruth Owusu", ContactRole.SOCIAL_WORKER, hospital, "+44 20 7946 0102"),
            model.Contact(
                words(translate("Demo", "Oncology 24-hour line")),
                ContactRole.EMERGENCY,
                hospital,
                "+44 20 7946 0199",
                notes=words(translate("Demo", "Fever of 38 °C or more: call at once.")),
            ),
            model.Contact(
                words(translate("Demo", "Mill Street Pharmacy")),
                ContactRole.PHARMACY,
                phone="+44 20 7946 0300",
            ),
        ]
    )


def _tasks(
    work: UnitOfWork,
    helpers: dict[str, int],
    treatment: dt.date,
    today: dt.date,
    consultation: int,
    words: Words,
) -> None:
    """Help on the hard days after the treatment, a weekly cleaning, a question to ask."""
    day = _DAY
    work.store.add_all(
        [
            model.HelpTask(
                TaskCategory.MEALS,
                words(translate("Demo", "Bring dinner")),
                _at(treatment + day, 18),
                _at(treatment + day, 19),
                helpers["Lena"],
                status=TaskStatus.CLAIMED,
            ),
            model.HelpTask(
                TaskCategory.COMPANY,
                words(translate("Demo", "Afternoon company")),
                _at(treatment + 2 * day, 14),
                _at(treatment + 2 * day, 17),
                helpers["Priya"],
                status=TaskStatus.CLAIMED,
            ),
            model.HelpTask(
                TaskCategory.ERRANDS,
                words(translate("Demo", "Collect prescriptions")),
                _at(treatment + day, 17),
                _at(treatment + day, 17, 45),
                helpers["Tom"],
                status=TaskStatus.CLAIMED,
            ),
            # A repeating task: the kitchen and bathroom cleaned every Friday evening.
            model.HelpTask(
                TaskCategory.CLEANING,
                words(translate("Demo", "Cleaning: kitchen and bathroom")),
                # After any dinner she brings on a hard day: never booked twice.
                _at(_next_friday(today), 19, 30),
                _at(_next_friday(today), 21),
                helpers["Lena"],
                status=TaskStatus.CLAIMED,
                recurrence="FREQ=WEEKLY;BYDAY=FR",
            ),
        ]
    )
    work.store.add(
        model.Question(
            words(translate("Demo", "Can the nausea medicine be taken before the infusion?")),
            today - 3 * day,
            consultation,
        )
    )


# Worst severities per cycle day in the earlier cycles: days 3 to 5 are the hard ones, which
# the journal's learning finds (one day more than chemotherapy's usual three).
_CYCLE_PATTERN: dict[int, tuple[tuple[str, int], ...]] = {
    1: (("Fatigue", 2),),
    2: (("Nausea", 4), ("Fatigue", 4)),
    3: (("Nausea", 7), ("Fatigue", 6)),
    4: (("Nausea", 8), ("Fatigue", 8), ("Mouth sores", 3)),
    5: (("Nausea", 5), ("Fatigue", 7), ("Mouth sores", 4)),
    6: (("Fatigue", 4), ("Mouth sores", 2)),
    8: (("Fatigue", 3),),
    11: (("Fatigue", 2),),
}


def _journal(work: UnitOfWork, treatment: dt.date, now: dt.datetime, words: Words) -> None:
    """Two earlier cycles of second-line chemotherapy, logged day by day, and the first days
    of the current course, so that the chart shows a pattern and the learning has one."""
    day = _DAY
    today = now.date()
    clinic = words(CLINIC)
    earlier = model.Course(
        words(translate("Demo", "Second-line chemotherapy")),
        AppointmentKind.CHEMOTHERAPY,
        CoursePattern.CYCLE,
        first_day=treatment + _EARLIER_COURSE[0] * day,
        start_time=dt.time(9),
        duration=dt.timedelta(hours=3),
        cycle_length_days=21,
        treatment_days=(1,),
        cycles=2,
        location=clinic,
    )
    course_id = work.store.add(earlier)
    entries: list[model.JournalEntry] = []
    visits = []
    for given in treatment_days(earlier):
        visit = work.store.add(
            model.Appointment(
                AppointmentKind.CHEMOTHERAPY,
                words(
                    translate("Demo", "Second-line chemotherapy, cycle {cycle}").format(
                        cycle=given.cycle
                    )
                ),
                _at(given.day, 9),
                earlier.duration,
                clinic,
                "Dr. Amira Haddad",
                status=AppointmentStatus.DONE,
                course_id=course_id,
                cycle=given.cycle,
            )
        )
        visits.append(visit)
        for cycle_day, noted in _CYCLE_PATTERN.items():
            on = given.day + (cycle_day - 1) * day
            # The second cycle was a little milder: one point less on most days.
            milder = given.cycle - 1 if cycle_day % 2 else 0
            entries += [
                model.JournalEntry(
                    JournalKind.SIDE_EFFECT, _at(on, 19), symptom, max(severity - milder, 0)
                )
                for symptom, severity in noted
            ]
        entries += [
            model.JournalEntry(JournalKind.REST, _at(given.day + 3 * day, 21), hours=11),
            model.JournalEntry(JournalKind.MOOD, _at(given.day + 4 * day, 20), mood=3),
        ]
    current = treatment + _CURRENT_COURSE[0] * day  # the current course's cycle 1, day 1
    entries += [
        model.JournalEntry(
            JournalKind.SIDE_EFFECT,
            _at(current + day, 20),
            "Nausea",
            6,
            note=words(translate("Demo", "Better after ginger tea.")),
        ),
        model.JournalEntry(JournalKind.SIDE_EFFECT, _at(current + 2 * day, 10), "Fatigue", 7),
        model.JournalEntry(JournalKind.REST, _at(current + 2 * day, 21), hours=10.5),
        model.JournalEntry(JournalKind.SIDE_EFFECT, _at(current + 3 * day, 9), "Nausea", 7),
        model.JournalEntry(JournalKind.SIDE_EFFECT, _at(current + 4 * day, 18), "Fatigue", 6),
        model.JournalEntry(JournalKind.MOOD, _at(today - day, 19), mood=6),
    ]
    work.store.add_all([entry for entry in entries if entry.at <= now])
    work.store.add_all(
        [
            model.Question(
                words(translate("Demo", "Is the tingling in my fingers something to watch?")),
                today - 30 * day,
                visits[1],
            ),
            model.Question(
                words(translate("Demo", "Can I take paracetamol for the aches?")),
                today - 50 * day,
                visits[0],
                words(
                    translate(
                        "Demo",
                        "Yes, up to the dose on the leaflet; call if a fever comes with it.",
                    )
                ),
                today - 49 * day,
            ),
        ]
    )


PHARMACY = translate("Demo", "Linden Pharmacy")


def _medicines(
    work: UnitOfWork, chemo: list[tuple[int, model.Appointment]], now: dt.datetime, words: Words
) -> None:
    """Tablets against sickness on the three days after each chemotherapy day, a mouthwash
    four times a day on the hard days, and a daily antiviral that must not be missed, its
    stock running low (its refill shows in the gaps of the next four weeks, past the
    coming days' two); every dose up to now taken. And a temperature of 38.4 °C two days
    ago, in the evening, and the blood counts of three tests (low neutrophils a week ago)."""
    today = now.date()
    course_id = chemo[0][1].course_id
    first_day = chemo[0][1].start.date()
    morning, noon, afternoon, evening = (dt.time(h) for h in (8, 12, 16, 20))
    pharmacy, tablet = words(PHARMACY), words(TABLET)
    medicines = [
        Medicine(
            "Ondansetron",
            AroundTreatment(around(range(1, 4), morning) + around(range(1, 4), evening), course_id),
            first_day,
            unit=tablet,
            strength="8 mg",
            form=words(translate("Demo", "tablet")),
            instructions=words(translate("Demo", "Against sickness; swallow whole.")),
            purpose=words(translate("Demo", "Nausea after chemotherapy")),
            prescriber="Dr. Amira Haddad",
            pharmacy=pharmacy,
            stock=40,
        ),
        Medicine(
            words(translate("Demo", "Mouthwash (benzydamine)")),
            AroundTreatment(
                tuple(
                    o for at in (morning, noon, afternoon, evening) for o in around(range(1, 6), at)
                ),
                course_id,
            ),
            first_day,
            dose=15,
            unit="ml",
            form=words(translate("Demo", "mouthwash")),
            instructions=words(
                translate("Demo", "Rinse for 30 seconds and spit out; do not swallow.")
            ),
            purpose=words(translate("Demo", "Sore mouth on the hard days")),
        ),
        Medicine(
            "Aciclovir",
            FixedTimes((morning, evening)),
            today - 42 * _DAY,
            unit=tablet,
            strength="400 mg",
            form=words(translate("Demo", "tablet")),
            instructions=words(translate("Demo", "Every day, also on good days.")),
            purpose=words(
                translate("Demo", "Keeps shingles and cold sores away while counts are low")
            ),
            prescriber="Dr. Amira Haddad",
            pharmacy=pharmacy,
            must_not_miss=True,
            stock=50,
        ),
    ]
    store = MedicineStore(work.store.session)
    treatment_days = [appointment.start.date() for _, appointment in chemo]
    answers = []
    for medicine in medicines:
        stored = store.save(medicine)
        assert stored.id is not None
        for dose in scheduled_doses(stored, stored.start, today, treatment_days):
            if dose.due <= now:
                taken = min(dose.due + dt.timedelta(minutes=5), now)
                answers.append(Confirmation(stored.id, dose.due, Answer.TAKEN, taken))
    work.store.add_all(answers)
    work.store.add(
        Measurement(
            ReadingKind.TEMPERATURE,
            _at(today - 2 * _DAY, 21),
            Decimal("38.4"),
            "C",
            words(
                translate(
                    "Demo",
                    "Shivery. Called the 24-hour line: paracetamol, and check again in the "
                    "morning.",
                )
            ),
        )
    )
    # Blood counts from the tests before the last cycles: low neutrophils a week ago.
    counts = (
        (29, ReadingKind.NEUTROPHILS, "3.4"),
        (29, ReadingKind.HAEMOGLOBIN, "121"),
        (29, ReadingKind.PLATELETS, "236"),
        (8, ReadingKind.NEUTROPHILS, "0.9"),
        (8, ReadingKind.HAEMOGLOBIN, "104"),
        (8, ReadingKind.PLATELETS, "142"),
        (1, ReadingKind.NEUTROPHILS, "1.8"),
        (1, ReadingKind.HAEMOGLOBIN, "109"),
        (1, ReadingKind.PLATELETS, "171"),
    )
    work.store.add_all(
        [
            Measurement(kind, _at(today - days * _DAY, 9), Decimal(value), COUNT_UNITS[kind])
            for days, kind, value in counts
        ]
    )


def fill_demo(plan: Plan, words: Words = str) -> Changes:
    """Fill an empty plan with the demo month around the plan's clock; refuses a plan that
    already holds data.

    ``words`` says each text of the demo (titles, places, notes, meals, questions) before
    it is stored: English as written by default; the window and the command line pass
    their ``say``, so that a German reader tries a German plan."""
    now = plan.clock.now()
    today = now.date()
    treatment = next_treatment(today)
    with plan.unit_of_work() as work:
        if work.store.has_records():
            raise PlannerError(
                translate(
                    "Errors",
                    "The plan at {location} already has data; the demo fills only an empty plan.",
                ).format(location=plan.location)
            )
        helpers = _helpers(work, words)
        chemo = _chemotherapy(work, treatment, today, words)
        _rides(work, chemo, helpers, treatment, words)
        others = _other_appointments(work, helpers, treatment, now, words)
        _freezer(work, treatment, now, words)
        _support(work, today, words)
        _tasks(work, helpers, treatment, today, others["consultation"], words)
        _medicines(work, chemo, now, words)
        _journal(work, treatment, now, words)
        work.commit()
    return work.changes
