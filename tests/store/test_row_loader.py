"""A value read from a row's columns (convert.row_loader) is the value its record holds,
and behaves as one made by its class."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain import model
from planner.services.plan import Plan
from planner.store import convert, records

KINDS = [kind for kind in convert.TABLES if kind is not model.Helper]
"""Each kind of value read from its table's columns (a helper's times are rows of their
own; the reads give them apart)."""


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.__name__)
def test_a_row_reads_as_its_record(demo_plan: Plan, kind: type[Any]) -> None:
    record_type = convert.RECORDS[kind]
    columns, load = convert.row_reader(kind, record_type.__table__)
    with Session(demo_plan._database.engine) as session:
        by_record = {r.id: convert.to_value(kind, r) for r in session.scalars(select(record_type))}
        by_row = {value.id: value for value in map(load, session.execute(select(*columns)))}
    assert by_row == by_record
    if kind in (model.Appointment, model.RideLeg, model.FreezerMeal, model.JournalEntry):
        assert by_row  # the demo holds some, so the comparison says something


def test_a_value_read_from_a_row_is_frozen_hashable_and_replaceable(demo_plan: Plan) -> None:
    table = records.AppointmentRecord.__table__
    columns, load = convert.row_reader(model.Appointment, table)
    with Session(demo_plan._database.engine) as session:
        row = session.execute(select(*columns).limit(1)).one()
    read = load(row)
    made = model.Appointment(**{f.name: getattr(read, f.name) for f in dataclasses.fields(read)})
    assert type(read) is model.Appointment
    assert read == made and hash(read) == hash(made) and repr(read) == repr(made)
    with pytest.raises(dataclasses.FrozenInstanceError):
        read.title = "Another"  # type: ignore[misc]
    moved = dataclasses.replace(read, start=read.start + dt.timedelta(hours=1))
    assert moved.start - read.start == dt.timedelta(hours=1) and moved.title == read.title


@dataclasses.dataclass(frozen=True)
class Checked:
    name: str
    count: int

    def __post_init__(self) -> None:
        if self.count < 0:
            raise ValueError("a count is never negative")


def test_a_value_that_checks_itself_is_made_by_its_class(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(convert.FIELDS, Checked, convert._fields(Checked))
    load = convert.row_loader(Checked)
    assert load(("soup", 2)) == Checked("soup", 2)
    with pytest.raises(ValueError, match="never negative"):
        load(("soup", -1))
