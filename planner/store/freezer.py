"""Freezer stock in the database: batches, and taking portions out with one guarded UPDATE.

Taking out never reads, subtracts and writes back: the UPDATE itself subtracts, and only
where enough portions are left. Two windows on one shared plan may both try to take the
last portion; the database lets exactly one of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, cast

from sqlalchemy import Table, update

from planner.domain import model
from planner.domain.changes import Action, Kind
from planner.store import convert
from planner.store.change_log import note
from planner.store.inserts import insert_rows
from planner.store.plan_store import RecordMissing

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from planner.store import records as r
else:
    from planner.store.lazy import records as r  # loaded on a write (see lazy.py)


def _meals() -> Table:
    return cast(Table, r.FreezerMealRecord.__table__)


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
        ids = insert_rows(self.session, _meals(), [{**row, "version": 1} for row in rows])
        for meal_id, row in zip(ids, rows, strict=True):
            new = {name: (None, value) for name, value in row.items()}
            note(self.session, Kind.MEAL, meal_id, Action.INSERT, None, 1, new)
        return [replace(m, id=i, version=1) for m, i in zip(meals, ids, strict=True)]

    def take_out(
        self, meal_id: int, portions: int, for_day: dt.date, at: dt.datetime
    ) -> model.PortionsTaken | None:
        """Take ``portions`` out of the batch and log them; ``None`` (and nothing written)
        when fewer are left by now."""
        guarded = (
            update(_meals())
            .where(_meals().c.id == meal_id, _meals().c.portions_left >= portions)
            .values(
                portions_left=_meals().c.portions_left - portions, version=_meals().c.version + 1
            )
            .returning(_meals().c.portions_left, _meals().c.version)
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

    def _forget(self, meal_id: int) -> None:
        """A record the session holds is stale after a Core UPDATE; read it afresh next time."""
        key = self.session.identity_key(r.FreezerMealRecord, meal_id)
        record = self.session.identity_map.get(key)
        if record is not None:
            self.session.expire(record)
