"""The reads of :class:`planner.store.reading.PlanReader` as SQLAlchemy Core statements.

Each read has a name; its values are bound parameters. A plan on a server (PostgreSQL) is
read by running these; a plan file is read by SQLite directly, from their SQL text, which
``make tables`` writes into :mod:`planner.store.sqlite_statements` (see
:mod:`planner.store.sqlite_reading`), so that reading a plan file needs no SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from sqlalchemy import BindParameter, Select, bindparam, literal, or_, select, text

from planner.domain import model
from planner.domain.doses import Confirmation
from planner.domain.enums import AppointmentStatus, Capability, LegStatus
from planner.domain.readings import Measurement
from planner.store import convert, tables
from planner.store.medicine_rows import MedicineRow
from planner.store.partial import IN_STOCK, LONG_RECOVERY, REPEATING_TASK
from planner.store.reading import TREATMENT_KINDS, helper_fields


@functools.cache
def statements() -> dict[str, Select[Any]]:
    """Every read of :class:`~planner.store.reading.PlanReader` by name, its values as bound
    parameters."""
    appointment, leg, task = tables.appointment.c, tables.ride_leg.c, tables.help_task.c
    meal, journal, taken = tables.freezer_meal.c, tables.journal_entry.c, tables.portions_taken.c
    available, setting, dose = tables.helper_availability.c, tables.setting.c, tables.dose.c
    group, helper, medicine = tables.support_group.c, tables.helper.c, tables.medicine.c
    reading = tables.reading.c
    first: BindParameter[dt.datetime] = bindparam("first")
    end: BindParameter[dt.datetime] = bindparam("end")
    recent: BindParameter[dt.datetime] = bindparam("recovery_from")
    one = select(literal(1))
    # Asked of each leg of the days (not "driver in ..."), so that the days' index leads
    # rather than every ride a driver service ever drove.
    notice_driver = (
        select(literal(1))
        .where(helper.id == leg.driver_id, helper.notice_business_days > 0)
        .exists()
    )

    def columns(kind: type[Any]) -> Select[Any]:
        table = tables.TABLES[convert.TABLES[kind]]
        return select(*(table.c[f.column] for f in convert.FIELDS[kind]))

    found: dict[str, Select[Any]] = {
        "settings": select(setting.key, setting.value),
        "last_seq": select(tables.change.c.seq).order_by(tables.change.c.seq.desc()).limit(1),
        # As hard_day_sources() followed by appointments(first, last): those long before
        # the days whose own recovery days may reach into them, then the days' own and
        # those just before them (two reads: "recent or long" in one has the database
        # read two months of appointments for the few).
        "appointments_long_recovery": columns(model.Appointment)
        .where(appointment.start >= bindparam("lookback"), appointment.start < recent)
        .where(text(LONG_RECOVERY))
        .order_by(appointment.start),
        "appointments": columns(model.Appointment)
        .where(appointment.start >= recent, appointment.start < end)
        .order_by(appointment.start),
        # The legs of the days' appointments.
        "legs": columns(model.RideLeg)
        .join(tables.appointment, appointment.id == leg.appointment_id)
        .where(appointment.start >= first, appointment.start < end)
        .order_by(leg.id),
        # Further out: the rides still to ask a driver service for (one that wants notice),
        # and the appointments they go to.
        "notice_legs": columns(model.RideLeg)
        .join(tables.appointment, appointment.id == leg.appointment_id)
        .where(appointment.start >= bindparam("after"), appointment.start < end)
        .where(leg.status == LegStatus.NEEDED.value, notice_driver)
        .order_by(appointment.start, leg.id),
        "appointments_by_id": columns(model.Appointment)
        .where(appointment.id.in_(bindparam("ids", expanding=True)))
        .order_by(appointment.start),
        "availability": select(
            available.helper_id, available.weekday, available.start, available.end
        ).order_by(available.helper_id, available.weekday, available.id),
        "helpers": select(*(helper[f.column] for f in helper_fields())).order_by(helper.name),
        # As tasks(first, last): those of the days by the index on their start, and
        # the repeating ones (few) apart, rather than one "or" that has the index
        # walk every task before the days.
        "tasks_near": columns(model.HelpTask).where(
            task.start >= bindparam("task_from"), task.start < end, task.end >= first
        ),
        "tasks_repeating": columns(model.HelpTask).where(text(REPEATING_TASK)),
        "portions_taken": columns(model.PortionsTaken)
        .where(taken.for_day.between(bindparam("first"), bindparam("last")))
        .order_by(taken.for_day),
        # As meals(in_stock_or=...): those in stock, and those the days' portions name
        # (two reads: "in stock or named" in one has the database read every batch).
        "meals_in_stock": columns(model.FreezerMeal).where(text(IN_STOCK)),
        "meals_by_id": columns(model.FreezerMeal).where(
            meal.id.in_(bindparam("ids", expanding=True))
        ),
        # As MedicineStore.confirmations(): the answers for the doses due in the days.
        "confirmations": columns(Confirmation)
        .where(dose.due >= bindparam("since"), dose.due < bindparam("until"))
        .order_by(dose.due, dose.medicine_id),
        "groups": columns(model.SupportGroup).order_by(group.name),
        # As MedicineStore.medicines().
        "medicines": columns(MedicineRow).order_by(medicine.name, medicine.id),
        "journal": columns(model.JournalEntry)
        .where(journal.at >= first, journal.at < end)
        .order_by(journal.at.desc()),
        "treatment_days": select(appointment.start, appointment.kind, appointment.course_id)
        .where(
            appointment.start >= first,
            appointment.start < end,
            appointment.status != AppointmentStatus.CANCELLED.value,
            appointment.kind.in_(TREATMENT_KINDS) | appointment.course_id.is_not(None),
        )
        .order_by(appointment.start),
        "readings": columns(Measurement)
        .where(reading.at >= bindparam("since"), reading.at <= bindparam("until"))
        .order_by(reading.at, reading.id),
        "readings_of": columns(Measurement)
        .where(reading.at >= bindparam("since"), reading.at <= bindparam("until"))
        .where(reading.kind == bindparam("kind"))
        .order_by(reading.at, reading.id),
        # The first steps: is there one row of each?
        "any_appointment": one.select_from(tables.appointment)
        .where(appointment.start >= bindparam("today"))
        .limit(1),
        "any_driver": one.select_from(tables.helper)
        .where(helper.capabilities.contains(Capability.DRIVE.value))
        .limit(1),
        "any_meal": one.select_from(tables.freezer_meal).where(text(IN_STOCK)).limit(1),
        "any_group": one.select_from(tables.support_group).limit(1),
        "any_question": one.select_from(tables.question).limit(1),
        "any_medicine": one.select_from(tables.medicine).limit(1),
    }
    # Whether the plan holds anything at all (plan-wide settings aside).
    found["any_record"] = select(
        or_(
            *(
                one.select_from(table).exists()
                for name, table in sorted(tables.TABLES.items())
                if name != tables.setting.name
            )
        )
    )
    return found
