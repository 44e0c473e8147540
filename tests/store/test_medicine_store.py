"""Medicines in the database: every kind of schedule read back as it was saved, the answers
of doses, readings, the guarded stock count, migration 0010 both ways, and what a shared
plan's server lets each role do with them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from alembic import command
from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.exc import IntegrityError, ProgrammingError
from sqlalchemy.orm import Session

from planner.domain.changes import Action, Kind
from planner.domain.doses import Answer, Confirmation
from planner.domain.medicines import (
    AroundTreatment,
    AsNeeded,
    EveryHours,
    FixedTimes,
    Medicine,
    MedicineError,
    Offset,
    Schedule,
    Step,
    Taper,
    Weekdays,
    around,
)
from planner.domain.readings import Measurement, ReadingKind
from planner.domain.team import Role
from planner.services import medicines
from planner.services.plan import NotAllowed, Plan
from planner.store import change_log, migrate, team
from planner.store.change_log import RECORDING, Recording
from planner.store.medicines import MedicineStore
from tests.helpers.postgres import Cluster
from tests.helpers.team import SharedPlan, shared_plan

DAY = dt.date(2026, 3, 9)
EIGHT, EIGHT_PM = dt.time(8), dt.time(20)

SCHEDULES: dict[str, Schedule] = {
    "fixed times": FixedTimes((EIGHT, EIGHT_PM)),
    "every hours": EveryHours(72, dt.time(6, 30)),
    "weekdays": Weekdays((0, 3), (EIGHT,)),
    "around treatment": AroundTreatment((Offset(-1, EIGHT_PM), *around(range(1, 4), EIGHT))),
    "as needed": AsNeeded(6, 4),
    "taper": Taper((Step(3, Decimal("2.5")), Step(2, 1), Step(2, Decimal("0.5"))), (EIGHT,)),
}


@pytest.fixture
def medicine_store(session: Session) -> MedicineStore:
    return MedicineStore(session)


@pytest.mark.parametrize("kind", SCHEDULES)
def test_every_kind_of_schedule_reads_back_as_saved(
    medicine_store: MedicineStore, kind: str
) -> None:
    medicine = Medicine(
        "Dexamethasone",
        SCHEDULES[kind],
        DAY,
        dose=Decimal("0.25"),
        unit="ml",
        end=DAY + dt.timedelta(days=30),
        strength="4 mg",
        form="liquid",
        instructions="With food.",
        purpose="Sickness",
        prescriber="Dr. Haddad",
        pharmacy="Linden Pharmacy",
        must_not_miss=True,
        stock=Decimal("12.125"),
        lead_days=3,
        notes="From the trial nurse.",
    )

    saved = medicine_store.save(medicine)

    assert saved.id is not None and saved.version == 1
    assert medicine_store.medicine(saved.id) == saved
    assert saved == medicine.__class__(**{**medicine.__dict__, "id": saved.id, "version": 1})


def test_a_course_is_a_real_link_and_an_uncounted_stock_stays_uncounted(
    medicine_store: MedicineStore, session: Session
) -> None:
    session.execute(
        text(
            "INSERT INTO course (id, name, kind, pattern, first_day, start_time, "
            "duration_minutes, cycle_length_days, treatment_days, cycles, weekdays, weeks, "
            "location, version) VALUES (7, 'FOLFOX', 'chemotherapy', 'cycle', '2026-03-09', "
            "'09:00:00', 240, 14, '1', 4, '', 0, '', 1)"
        )
    )
    schedule = AroundTreatment(around(range(1, 3), EIGHT), course_id=7)

    saved = medicine_store.save(Medicine("Ondansetron", schedule, DAY))

    assert saved.schedule == schedule and saved.stock is None
    assert medicine_store.courses() == {7: "FOLFOX"}


def test_amounts_finer_than_a_thousandth_are_refused(medicine_store: MedicineStore) -> None:
    with pytest.raises(MedicineError, match="at most three decimals") as error:
        medicine_store.save(Medicine("Drops", FixedTimes((EIGHT,)), DAY, stock=Decimal("1.0005")))
    assert error.value.field == "stock"
    assert medicine_store.medicines() == []


def test_one_answer_per_dose(medicine_store: MedicineStore, session: Session) -> None:
    saved = medicine_store.save(Medicine("Aciclovir", FixedTimes((EIGHT,)), DAY))
    assert saved.id is not None
    due = dt.datetime.combine(DAY, EIGHT)
    answer = Confirmation(saved.id, due, Answer.SKIPPED, due, "Vomited")

    stored = medicine_store.save_confirmation(answer)

    assert medicine_store.confirmation(saved.id, due) == stored
    assert medicine_store.confirmations(DAY, DAY) == [stored]
    with pytest.raises(IntegrityError):
        medicine_store.save_confirmation(answer)


def test_readings_keep_their_exact_value(medicine_store: MedicineStore) -> None:
    at = dt.datetime.combine(DAY, EIGHT_PM)
    fever = medicine_store.save_reading(
        Measurement(ReadingKind.TEMPERATURE, at, Decimal("38.3"), "C")
    )
    weight = medicine_store.save_reading(Measurement(ReadingKind.WEIGHT, at, Decimal(61), "kg"))

    assert medicine_store.readings(at, at) == [fever, weight]
    assert medicine_store.readings(at, at, ReadingKind.WEIGHT) == [weight]
    assert fever.value == Decimal("38.3") and str(fever.value) == "38.3"


def recording(session: Session) -> Recording:
    found = Recording("root", lambda: dt.datetime(2026, 3, 11, 10))
    session.info[RECORDING] = found
    return found


def test_the_stock_goes_down_in_one_guarded_update_never_below_zero(
    medicine_store: MedicineStore, session: Session
) -> None:
    saved = medicine_store.save(Medicine("Aciclovir", FixedTimes((EIGHT,)), DAY, stock=2))
    uncounted = medicine_store.save(Medicine("Mouthwash", FixedTimes((EIGHT,)), DAY))
    assert saved.id is not None and uncounted.id is not None
    log = recording(session)

    assert medicine_store.change_stock(saved.id, -1500) == (2000, 500)
    assert medicine_store.change_stock(saved.id, -1000) == (500, 0)  # not -500
    assert medicine_store.change_stock(saved.id, 250) == (0, 250)
    assert medicine_store.change_stock(uncounted.id, -1000) is None

    assert medicine_store.medicine(saved.id).stock == Decimal("0.25")
    assert medicine_store.medicine(saved.id).version == 4
    assert [(c.kind, c.action, c.old_version, c.fields) for c in log.written] == [
        (Kind.MEDICINE, Action.UPDATE, 1, {"stock_thousandths": (2000, 500)}),
        (Kind.MEDICINE, Action.UPDATE, 2, {"stock_thousandths": (500, 0)}),
        (Kind.MEDICINE, Action.UPDATE, 3, {"stock_thousandths": (0, 250)}),
    ]


def test_every_write_is_in_the_change_log(medicine_store: MedicineStore, session: Session) -> None:
    log = recording(session)
    saved = medicine_store.save(Medicine("Aciclovir", FixedTimes((EIGHT,)), DAY))
    assert saved.id is not None
    due = dt.datetime.combine(DAY, EIGHT)
    medicine_store.save_confirmation(Confirmation(saved.id, due, Answer.TAKEN, due))
    medicine_store.save_reading(Measurement(ReadingKind.TEMPERATURE, due, Decimal(37), "C"))
    medicine_store.remove(saved.id)
    session.flush()

    assert [(c.kind, c.action) for c in log.written] == [
        (Kind.MEDICINE, Action.INSERT),
        (Kind.DOSE, Action.INSERT),
        (Kind.READING, Action.INSERT),
        (Kind.DOSE, Action.DELETE),  # the medicine's answers go with it, each recorded
        (Kind.MEDICINE, Action.DELETE),
    ]
    assert medicine_store.confirmations(DAY, DAY) == []
    assert change_log.current(session, Kind.READING, 1) is not None


# ---------------------------------------------------------------------------- migration


def test_the_medicines_migration_goes_up_and_down(engine: Engine) -> None:
    new = {"medicine", "dose", "reading"}

    def tables() -> set[str]:
        with engine.connect() as connection:
            return set(inspect(connection).get_table_names())

    migrate.upgrade(engine, backup_folder=None)
    assert new <= tables()
    with engine.begin() as connection:
        command.downgrade(migrate._config(connection), "0009_search")
    assert not new & tables()
    with engine.begin() as connection:
        command.upgrade(migrate._config(connection), "0010_medicines")
    assert new <= tables()
    with engine.connect() as connection:
        assert migrate.current(connection) == "0010_medicines"


# ---------------------------------------------------------------------------- a care team
@pytest.fixture
def shared(cluster: Cluster) -> Iterator[SharedPlan]:
    yield from shared_plan(cluster)


def test_organisers_change_medicines_and_helpers_only_read_them(shared: SharedPlan) -> None:
    olga = shared.open_as(shared.add("Olga Berg", Role.ORGANISER))
    ann_login = shared.add("Ann Lee", Role.HELPER)
    ann: Plan = shared.open_as(ann_login)
    start = olga.clock.today()

    added, _ = medicines.add_medicine(olga, Medicine("Aciclovir", FixedTimes((EIGHT,)), start))
    assert added.id is not None

    assert [m.name for m in medicines.medicines(ann)] == ["Aciclovir"]
    with pytest.raises(NotAllowed):
        medicines.add_medicine(ann, Medicine("Other", FixedTimes((EIGHT,)), start))
    as_ann = create_engine(shared.cluster.url_as(ann_login, shared.url))
    try:
        for refused in (
            "INSERT INTO reading (kind, at, value, unit, note, version) "
            "VALUES ('temperature', now(), '38', 'C', '', 1)",
            f"UPDATE medicine SET stock_thousandths = 0 WHERE id = {added.id}",
            "DELETE FROM dose",
        ):
            with pytest.raises(ProgrammingError) as error, as_ann.begin() as connection:
                connection.execute(text(refused))
            assert team.refused(error.value), refused
    finally:
        as_ann.dispose()
