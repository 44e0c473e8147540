"""The reads of planner/store/statements.py in SQLite's SQL, to read a plan
file without SQLAlchemy (see :mod:`planner.store.sqlite_reading`).

Written by ``make tables`` (tests/helpers/tables.py); do not edit by hand. For each read
by name: its SQL (parameters by name; a list of values goes where ``__[POSTCOMPILE_name]``
stands), the parameters it is given with their columns' types, the values it holds itself
(as stored), the parameters that are lists, and the type of each column it returns ("" for
a value taken as it is).
"""

from __future__ import annotations

from typing import Any

Read = tuple[str, tuple[tuple[str, str], ...], dict[str, Any], tuple[str, ...], tuple[str, ...]]

STATEMENTS: dict[str, Read] = {
    "any_appointment": (
        "SELECT :param_1 AS anon_1 \nFROM appointment \nWHERE appointment.start >= :today\n LIMIT :param_2 OFFSET :param_3",
        (("today", "datetime"),),
        {"param_1": 1, "param_2": 1, "param_3": 0},
        (),
        ("",),
    ),
    "any_driver": (
        "SELECT :param_1 AS anon_1 \nFROM helper \nWHERE (helper.capabilities LIKE '%' || :capabilities_1 || '%')\n LIMIT :param_2 OFFSET :param_3",
        (),
        {"param_1": 1, "capabilities_1": "drive", "param_2": 1, "param_3": 0},
        (),
        ("",),
    ),
    "any_group": (
        "SELECT :param_1 AS anon_1 \nFROM support_group\n LIMIT :param_2 OFFSET :param_3",
        (),
        {"param_1": 1, "param_2": 1, "param_3": 0},
        (),
        ("",),
    ),
    "any_meal": (
        "SELECT :param_1 AS anon_1 \nFROM freezer_meal \nWHERE portions_left > 0\n LIMIT :param_2 OFFSET :param_3",
        (),
        {"param_1": 1, "param_2": 1, "param_3": 0},
        (),
        ("",),
    ),
    "any_medicine": (
        "SELECT :param_1 AS anon_1 \nFROM medicine\n LIMIT :param_2 OFFSET :param_3",
        (),
        {"param_1": 1, "param_2": 1, "param_3": 0},
        (),
        ("",),
    ),
    "any_question": (
        "SELECT :param_1 AS anon_1 \nFROM question\n LIMIT :param_2 OFFSET :param_3",
        (),
        {"param_1": 1, "param_2": 1, "param_3": 0},
        (),
        ("",),
    ),
    "any_record": (
        "SELECT (EXISTS (SELECT :param_1 AS anon_2 \nFROM appointment)) OR (EXISTS (SELECT :param_1 AS anon_2 \nFROM calendar_link)) OR (EXISTS (SELECT :param_1 AS anon_2 \nFROM change)) OR (EXISTS (SELECT :param_1 AS anon_2 \nFROM contact)) OR (EXISTS (SELECT :param_1 AS anon_2 \nFROM course)) OR (EXISTS (SELECT :param_1 AS anon_2 \nFROM dose)) OR (EXISTS (SELECT :param_1 AS anon_2 \nFROM freezer_meal)) OR (EXISTS (SELECT :param_1 AS anon_2 \nFROM help_task)) OR (EXISTS (SELECT :param_1 AS anon_2 \nFROM helper)) OR (EXISTS (SELECT :param_1 AS anon_2 \nFROM helper_availability)) OR (EXISTS (SELECT :param_1 AS anon_2 \nFROM journal_entry)) OR (EXISTS (SELECT :param_1 AS anon_2 \nFROM medicine)) OR (EXISTS (SELECT :param_1 AS anon_2 \nFROM place)) OR (EXISTS (SELECT :param_1 AS anon_2 \nFROM portions_taken)) OR (EXISTS (SELECT :param_1 AS anon_2 \nFROM question)) OR (EXISTS (SELECT :param_1 AS anon_2 \nFROM reading)) OR (EXISTS (SELECT :param_1 AS anon_2 \nFROM ride_leg)) OR (EXISTS (SELECT :param_1 AS anon_2 \nFROM ride_leg_status)) OR (EXISTS (SELECT :param_1 AS anon_2 \nFROM support_group)) OR (EXISTS (SELECT :param_1 AS anon_2 \nFROM team_member)) AS anon_1",
        (),
        {"param_1": 1},
        (),
        ("bool",),
    ),
    "appointments": (
        "SELECT appointment.kind, appointment.title, appointment.start, appointment.duration_minutes, appointment.location, appointment.clinician, appointment.notes, appointment.recovery_days, appointment.needs_ride, appointment.companion_wanted, appointment.status, appointment.course_id, appointment.cycle, appointment.id, appointment.version \nFROM appointment \nWHERE appointment.start >= :recovery_from AND appointment.start < :end ORDER BY appointment.start",
        (("end", "datetime"), ("recovery_from", "datetime")),
        {},
        (),
        ("", "", "datetime", "", "", "", "", "", "bool", "bool", "", "", "", "", ""),
    ),
    "appointments_by_id": (
        "SELECT appointment.kind, appointment.title, appointment.start, appointment.duration_minutes, appointment.location, appointment.clinician, appointment.notes, appointment.recovery_days, appointment.needs_ride, appointment.companion_wanted, appointment.status, appointment.course_id, appointment.cycle, appointment.id, appointment.version \nFROM appointment \nWHERE appointment.id IN (__[POSTCOMPILE_ids]) ORDER BY appointment.start",
        (("ids", ""),),
        {},
        ("ids",),
        ("", "", "datetime", "", "", "", "", "", "bool", "bool", "", "", "", "", ""),
    ),
    "appointments_long_recovery": (
        "SELECT appointment.kind, appointment.title, appointment.start, appointment.duration_minutes, appointment.location, appointment.clinician, appointment.notes, appointment.recovery_days, appointment.needs_ride, appointment.companion_wanted, appointment.status, appointment.course_id, appointment.cycle, appointment.id, appointment.version \nFROM appointment \nWHERE appointment.start >= :lookback AND appointment.start < :recovery_from AND recovery_days > 7 ORDER BY appointment.start",
        (("lookback", "datetime"), ("recovery_from", "datetime")),
        {},
        (),
        ("", "", "datetime", "", "", "", "", "", "bool", "bool", "", "", "", "", ""),
    ),
    "availability": (
        'SELECT helper_availability.helper_id, helper_availability.weekday, helper_availability.start, helper_availability."end" \nFROM helper_availability ORDER BY helper_availability.helper_id, helper_availability.weekday, helper_availability.id',
        (),
        {},
        (),
        ("", "", "time", "time"),
    ),
    "confirmations": (
        "SELECT dose.medicine_id, dose.due, dose.answer, dose.at, dose.reason, dose.remind_at, dose.id, dose.version \nFROM dose \nWHERE dose.due >= :since AND dose.due < :until ORDER BY dose.due, dose.medicine_id",
        (("since", "datetime"), ("until", "datetime")),
        {},
        (),
        ("", "datetime", "", "datetime", "", "datetime", "", ""),
    ),
    "groups": (
        "SELECT support_group.name, support_group.kind, support_group.first_meeting, support_group.duration_minutes, support_group.recurrence, support_group.place, support_group.link, support_group.contact_person, support_group.notes, support_group.id, support_group.version \nFROM support_group ORDER BY support_group.name",
        (),
        {},
        (),
        ("", "", "datetime", "", "", "", "", "", "", "", ""),
    ),
    "helpers": (
        "SELECT helper.name, helper.phone, helper.email, helper.capabilities, helper.notice_business_days, helper.notes, helper.id, helper.version \nFROM helper ORDER BY helper.name",
        (),
        {},
        (),
        ("", "", "", "", "", "", "", ""),
    ),
    "journal": (
        "SELECT journal_entry.kind, journal_entry.at, journal_entry.symptom, journal_entry.severity, journal_entry.hours, journal_entry.mood, journal_entry.note, journal_entry.id, journal_entry.version \nFROM journal_entry \nWHERE journal_entry.at >= :first AND journal_entry.at < :end ORDER BY journal_entry.at DESC",
        (("end", "datetime"), ("first", "datetime")),
        {},
        (),
        ("", "datetime", "", "", "", "", "", "", ""),
    ),
    "last_seq": (
        "SELECT change.seq \nFROM change ORDER BY change.seq DESC\n LIMIT :param_1 OFFSET :param_2",
        (),
        {"param_1": 1, "param_2": 0},
        (),
        ("",),
    ),
    "legs": (
        "SELECT ride_leg.appointment_id, ride_leg.direction, ride_leg.pickup_time, ride_leg.pickup_place, ride_leg.driver_id, ride_leg.backup_driver_id, ride_leg.status, ride_leg.status_changed_at, ride_leg.notes, ride_leg.travel_minutes, ride_leg.id, ride_leg.version \nFROM ride_leg JOIN appointment ON appointment.id = ride_leg.appointment_id \nWHERE appointment.start >= :first AND appointment.start < :end ORDER BY ride_leg.id",
        (("end", "datetime"), ("first", "datetime")),
        {},
        (),
        ("", "", "datetime", "", "", "", "", "datetime", "", "", "", ""),
    ),
    "meals_by_id": (
        "SELECT freezer_meal.name, freezer_meal.portions_left, freezer_meal.frozen_on, freezer_meal.use_by, freezer_meal.tags, freezer_meal.made_by, freezer_meal.location, freezer_meal.reheating, freezer_meal.category, freezer_meal.id, freezer_meal.version \nFROM freezer_meal \nWHERE freezer_meal.id IN (__[POSTCOMPILE_ids])",
        (("ids", ""),),
        {},
        ("ids",),
        ("", "", "date", "date", "", "", "", "", "", "", ""),
    ),
    "meals_in_stock": (
        "SELECT freezer_meal.name, freezer_meal.portions_left, freezer_meal.frozen_on, freezer_meal.use_by, freezer_meal.tags, freezer_meal.made_by, freezer_meal.location, freezer_meal.reheating, freezer_meal.category, freezer_meal.id, freezer_meal.version \nFROM freezer_meal \nWHERE portions_left > 0",
        (),
        {},
        (),
        ("", "", "date", "date", "", "", "", "", "", "", ""),
    ),
    "medicines": (
        'SELECT medicine.name, medicine.schedule_kind, medicine.schedule, medicine.start, medicine.dose, medicine.course_id, medicine."end", medicine.unit, medicine.strength, medicine.form, medicine.instructions, medicine.purpose, medicine.prescriber, medicine.pharmacy, medicine.must_not_miss, medicine.stock_thousandths, medicine.lead_days, medicine.notes, medicine.id, medicine.version \nFROM medicine ORDER BY medicine.name, medicine.id',
        (),
        {},
        (),
        (
            "",
            "",
            "",
            "date",
            "",
            "",
            "date",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "bool",
            "",
            "",
            "",
            "",
            "",
        ),
    ),
    "notice_legs": (
        "SELECT ride_leg.appointment_id, ride_leg.direction, ride_leg.pickup_time, ride_leg.pickup_place, ride_leg.driver_id, ride_leg.backup_driver_id, ride_leg.status, ride_leg.status_changed_at, ride_leg.notes, ride_leg.travel_minutes, ride_leg.id, ride_leg.version \nFROM ride_leg JOIN appointment ON appointment.id = ride_leg.appointment_id \nWHERE appointment.start >= :after AND appointment.start < :end AND ride_leg.status = :status_1 AND (EXISTS (SELECT :param_1 AS anon_1 \nFROM helper \nWHERE helper.id = ride_leg.driver_id AND helper.notice_business_days > :notice_business_days_1)) ORDER BY appointment.start, ride_leg.id",
        (("after", "datetime"), ("end", "datetime")),
        {"status_1": "needed", "param_1": 1, "notice_business_days_1": 0},
        (),
        ("", "", "datetime", "", "", "", "", "datetime", "", "", "", ""),
    ),
    "portions_taken": (
        "SELECT portions_taken.meal_id, portions_taken.portions, portions_taken.taken_at, portions_taken.for_day, portions_taken.id \nFROM portions_taken \nWHERE portions_taken.for_day BETWEEN :first AND :last ORDER BY portions_taken.for_day",
        (("first", "date"), ("last", "date")),
        {},
        (),
        ("", "", "datetime", "date", ""),
    ),
    "readings": (
        "SELECT reading.kind, reading.at, reading.value, reading.unit, reading.note, reading.id, reading.version \nFROM reading \nWHERE reading.at >= :since AND reading.at <= :until ORDER BY reading.at, reading.id",
        (("since", "datetime"), ("until", "datetime")),
        {},
        (),
        ("", "datetime", "", "", "", "", ""),
    ),
    "readings_of": (
        "SELECT reading.kind, reading.at, reading.value, reading.unit, reading.note, reading.id, reading.version \nFROM reading \nWHERE reading.at >= :since AND reading.at <= :until AND reading.kind = :kind ORDER BY reading.at, reading.id",
        (("kind", ""), ("since", "datetime"), ("until", "datetime")),
        {},
        (),
        ("", "datetime", "", "", "", "", ""),
    ),
    "settings": (
        'SELECT setting."key", setting.value \nFROM setting',
        (),
        {},
        (),
        ("", ""),
    ),
    "tasks_near": (
        'SELECT help_task.category, help_task.title, help_task.start, help_task."end", help_task.helper_id, help_task.appointment_id, help_task.status, help_task.recurrence, help_task.notes, help_task.id, help_task.version \nFROM help_task \nWHERE help_task.start >= :task_from AND help_task.start < :end AND help_task."end" >= :first',
        (("end", "datetime"), ("first", "datetime"), ("task_from", "datetime")),
        {},
        (),
        ("", "", "datetime", "datetime", "", "", "", "", "", "", ""),
    ),
    "tasks_repeating": (
        "SELECT help_task.category, help_task.title, help_task.start, help_task.\"end\", help_task.helper_id, help_task.appointment_id, help_task.status, help_task.recurrence, help_task.notes, help_task.id, help_task.version \nFROM help_task \nWHERE recurrence != ''",
        (),
        {},
        (),
        ("", "", "datetime", "datetime", "", "", "", "", "", "", ""),
    ),
    "treatment_days": (
        "SELECT appointment.start, appointment.kind, appointment.course_id \nFROM appointment \nWHERE appointment.start >= :first AND appointment.start < :end AND appointment.status != :status_1 AND (appointment.kind IN (__[POSTCOMPILE_kind_1]) OR appointment.course_id IS NOT NULL) ORDER BY appointment.start",
        (("end", "datetime"), ("first", "datetime")),
        {
            "status_1": "cancelled",
            "kind_1": [
                "chemotherapy",
                "infusion",
                "radiation",
                "surgery",
                "dialysis",
                "trial_visit",
            ],
        },
        ("kind_1",),
        ("datetime", "", ""),
    ),
}
