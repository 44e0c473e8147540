"""Freezer stock in the database: batches, and taking portions out with one guarded UPDATE.

Taking out never reads, subtracts and writes back: the UPDATE itself subtracts, and only
where enough portions are left. Two windows on one shared plan may both try to take the
last portion; the database lets exactly one of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import cast

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from planner.domain import model
from planner.domain.changes import Action, Kind
from planner.store import convert
from planner.store import records as r
from planner.store.change_log import note
from planner.store.plan_store import RecordMissing

_MEALS = cast(Table, r.FreezerMealRecord.__table__)
_LINE_FIELDS = convert.FIELDS[model.PortionsTaken]


@dataclass(frozen=True)
class RemovedMeal:
    """A batch as it was deleted, with its taking-out log, so that it can be put back."""

    meal: model.FreezerMeal
    taken: tuple[model.PortionsTaken, ...] = ()


class FreezerStore:
    """The freezer's queries and writes over one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _record(self, meal_id: int) -> r.FreezerMealRecord:
        record = self.session.get(r.FreezerMealRecord, meal_id)
        if record is None:
            raise RecordMissing(f"freezer meal {meal_id}")
        return record

    def meal(self, meal_id: int) -> model.FreezerMeal:
        return convert.to_value(model.FreezerMeal, self._record(meal_id))

    def add_meals(self, meals: Sequence[model.FreezerMeal]) -> list[model.FreezerMeal]:
        """Store new batches together; returns them as stored (ids and versions)."""
        if not meals:
            return []
        fields = [f for f in convert.FIELDS[model.FreezerMeal] if f.name not in ("id", "version")]
        rows = [{f.column: f.store(getattr(m, f.name)) for f in fields} for m in meals]
        # One multi-row INSERT instead of an ORM object per batch: a big file stays quick.
        inserted = self.session.execute(
            insert(_MEALS).returning(_MEALS.c.id, sort_by_parameter_order=True),
            [{**row, "version": 1} for row in rows],
        )
        ids = list(inserted.scalars())
        for meal_id, row in zip(ids, rows, strict=True):
            new = {name: (None, value) for name, value in row.items()}
            note(self.session, Kind.MEAL, meal_id, Action.INSERT, None, 1, new)
        return [replace(m, id=i, version=1) for m, i in zip(meals, ids, strict=True)]

    def update_meal(
        self, value: model.FreezerMeal, *, expected_version: int | None = None
    ) -> model.FreezerMeal:
        """Store ``value`` over the batch of its id; with ``expected_version``, only if
        nobody changed it since."""
        assert value.id is not None
        record = self._record(value.id)
        if expected_version is not None and record.version != expected_version:
            raise StaleDataError(f"freezer meal {value.id} is at version {record.version}")
        for field in convert.FIELDS[model.FreezerMeal]:
            if field.name not in ("id", "version"):
                setattr(record, field.column, field.store(getattr(value, field.name)))
        self.session.flush()
        return convert.to_value(model.FreezerMeal, record)

    def delete_meal(self, meal_id: int, *, expected_version: int | None = None) -> RemovedMeal:
        record = self._record(meal_id)
        if expected_version is not None and record.version != expected_version:
            raise StaleDataError(f"freezer meal {meal_id} is at version {record.version}")
        removed = RemovedMeal(
            convert.to_value(model.FreezerMeal, record), tuple(self.taken_from(meal_id))
        )
        self.session.delete(record)
        self.session.flush()
        return removed

    def restore_meal(self, removed: RemovedMeal) -> RemovedMeal:
        """Put a deleted batch back with its log, under its old id and version where free."""
        meal = removed.meal
        record = convert.to_record(replace(meal, version=None))
        assert isinstance(record, r.FreezerMealRecord)
        if meal.id is not None and self.session.get(r.FreezerMealRecord, meal.id) is None:
            record.id = meal.id
        self.session.add(record)
        self.session.flush()
        meal_id = record.id
        if meal.version is not None and meal.version != record.version:
            self.session.execute(
                update(_MEALS).where(_MEALS.c.id == meal_id).values(version=meal.version)
            )
            self.session.refresh(record)
        logs = [convert.to_record(replace(t, id=None, meal_id=meal_id)) for t in removed.taken]
        self.session.add_all(logs)
        self.session.flush()
        return RemovedMeal(self.meal(meal_id), tuple(self.taken_from(meal_id)))

    def take_out(
        self, meal_id: int, portions: int, for_day: dt.date, at: dt.datetime
    ) -> model.PortionsTaken | None:
        """Take ``portions`` out of the batch and log them; ``None`` (and nothing written)
        when fewer are left by now."""
        guarded = (
            update(_MEALS)
            .where(_MEALS.c.id == meal_id, _MEALS.c.portions_left >= portions)
            .values(portions_left=_MEALS.c.portions_left - portions, version=_MEALS.c.version + 1)
            .returning(_MEALS.c.portions_left, _MEALS.c.version)
        )
        left = self.session.execute(guarded).first()
        if left is None:
            self._record(meal_id)  # a batch that is gone says so
            return None
        self._note_portions(
            meal_id, left.portions_left + portions, left.portions_left, left.version
        )
        line = model.PortionsTaken(meal_id, portions, at, for_day)
        line_id = self.add_line(line)
        return replace(line, id=line_id)

    def put_back(self, taken: model.PortionsTaken) -> bool:
        """Undo a taking out: remove its log line and return the portions to the batch.
        ``False`` when the log line is no longer there (nothing written)."""
        assert taken.id is not None
        gone = self.session.execute(
            delete(r.PortionsTakenRecord).where(r.PortionsTakenRecord.id == taken.id)
        )
        if gone.rowcount != 1:  # type: ignore[attr-defined]
            return False
        note(
            self.session,
            Kind.PORTIONS_TAKEN,
            taken.id,
            Action.DELETE,
            None,
            None,
            {f.column: (f.store(getattr(taken, f.name)), None) for f in _LINE_FIELDS},
        )
        back = self.session.execute(
            update(_MEALS)
            .where(_MEALS.c.id == taken.meal_id)
            .values(
                portions_left=_MEALS.c.portions_left + taken.portions,
                version=_MEALS.c.version + 1,
            )
            .returning(_MEALS.c.portions_left, _MEALS.c.version)
        ).first()
        if back is not None:
            self._note_portions(
                taken.meal_id, back.portions_left - taken.portions, back.portions_left, back.version
            )
        return True

    def _note_portions(self, meal_id: int, before: int, after: int, version: int) -> None:
        """Record a guarded change of a batch's portions, and drop the session's stale copy."""
        note(
            self.session,
            Kind.MEAL,
            meal_id,
            Action.UPDATE,
            version - 1,
            version,
            {"portions_left": (before, after)},
        )
        self._forget(meal_id)

    def add_line(self, line: model.PortionsTaken) -> int:
        record = convert.to_record(line)
        self.session.add(record)
        self.session.flush()
        return int(record.id)  # type: ignore[attr-defined]

    def taken_from(self, meal_id: int) -> list[model.PortionsTaken]:
        query = (
            select(r.PortionsTakenRecord)
            .where(r.PortionsTakenRecord.meal_id == meal_id)
            .order_by(r.PortionsTakenRecord.taken_at)
        )
        return [convert.to_value(model.PortionsTaken, rec) for rec in self.session.scalars(query)]

    def _forget(self, meal_id: int) -> None:
        """A record the session holds is stale after a Core UPDATE; read it afresh next time."""
        key = self.session.identity_key(r.FreezerMealRecord, meal_id)
        record = self.session.identity_map.get(key)
        if record is not None:
            self.session.expire(record)
