"""Records to domain values and back, derived from the domain dataclasses' own fields.

Each domain field maps to the record column of the same name, translated by its type:
enums are stored as their values, sets and tuples of numbers as comma-separated text,
durations as whole minutes (in a ``<name>_minutes`` column), and a helper's availability
as its child rows. A new field needs a column, nothing here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import types
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar, Union, cast, get_args, get_origin, get_type_hints

from planner import codecache
from planner.domain import model
from planner.domain.doses import Confirmation
from planner.domain.readings import Measurement
from planner.store.medicine_rows import MedicineRow

if TYPE_CHECKING:
    from sqlalchemy import Table

    from planner.store import records as r
else:
    from planner.store.lazy import records as r  # loaded on a write (see lazy.py)

T = TypeVar("T")

TABLES: dict[type[Any], str] = {
    model.Appointment: "appointment",
    model.Course: "course",
    model.RideLeg: "ride_leg",
    model.Place: "place",
    model.LegStatusChange: "ride_leg_status",
    model.Helper: "helper",
    model.Contact: "contact",
    model.HelpTask: "help_task",
    model.FreezerMeal: "freezer_meal",
    model.PortionsTaken: "portions_taken",
    model.SupportGroup: "support_group",
    model.JournalEntry: "journal_entry",
    model.Question: "question",
    MedicineRow: "medicine",
    Confirmation: "dose",
    Measurement: "reading",
}
"""The table each kind of value is stored in, by name."""


class _Records(Mapping[type[Any], Any]):
    """The record class of each kind of value, found by its table when first asked (the
    records are loaded only for a write: see :mod:`planner.store.lazy`)."""

    @functools.cached_property
    def _by_kind(self) -> dict[type[Any], Any]:
        mappers = r.Base.registry.mappers
        by_table = {cast("Table", mapper.local_table).name: mapper.class_ for mapper in mappers}
        return {kind: by_table[table] for kind, table in TABLES.items()}

    def __getitem__(self, kind: type[Any]) -> Any:
        return self._by_kind[kind]

    def __iter__(self) -> Iterator[type[Any]]:
        return iter(TABLES)

    def __len__(self) -> int:
        return len(TABLES)


RECORDS: Mapping[type[Any], Any] = _Records()
"""The record class of each kind of value: ``RECORDS[model.Appointment]``."""


def join(values: Iterable[object]) -> str:
    return ",".join(str(v) for v in values)


def split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def minutes(duration: dt.timedelta) -> int:
    return int(duration.total_seconds() // 60)


@dataclasses.dataclass(frozen=True)
class _Field:
    name: str
    column: str
    store: Callable[[Any], Any]
    load: Callable[[Any], Any]


def _same(value: Any) -> Any:
    return value


def _decimal(text: Any) -> Decimal | None:
    return None if text is None else Decimal(text)


def _without_none(hint: Any) -> Any:
    if get_origin(hint) in (Union, types.UnionType):
        (inner,) = [arg for arg in get_args(hint) if arg is not type(None)]
        return inner
    return hint


def _enum_field(name: str, enum: type[Enum], optional: bool) -> _Field:
    # Looked up, not called: Enum(value) costs a week's read thousands of microseconds.
    members = {member.value: member for member in enum}

    def load(value: Any) -> Any:
        if value is None and optional:
            return None
        member = members.get(value)
        return member if member is not None else enum(value)  # which says what is wrong

    return _Field(name, name, lambda v: None if v is None else v.value, load)


def _field(name: str, hint: Any) -> _Field:
    kind = _without_none(hint)
    origin, args = get_origin(kind), get_args(kind)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return _enum_field(name, kind, optional=kind is not hint)
    if kind is Decimal:
        # Exact amounts are kept as their text (SQLite has no exact decimal numbers).
        return _Field(name, name, lambda v: None if v is None else str(v), _decimal)
    if kind is dt.timedelta:
        return _Field(name, f"{name}_minutes", minutes, lambda m: dt.timedelta(minutes=m))
    if origin is frozenset:
        item: Callable[[str], Any] = args[0]
        return _Field(
            name,
            name,
            lambda v: join(sorted(str(x) for x in v)),
            lambda text: frozenset(item(x) for x in split(text)),
        )
    if origin is tuple and args[0] is int:
        return _Field(name, name, join, lambda text: tuple(int(x) for x in split(text)))
    if origin is tuple and args[0] is model.Availability:
        return _Field(
            name,
            name,
            lambda v: [
                r.AvailabilityRecord(weekday=a.weekday, start=a.start, end=a.end) for a in v
            ],
            lambda rows: tuple(model.Availability(a.weekday, a.start, a.end) for a in rows),
        )
    return _Field(name, name, _same, _same)


def _fields(kind: type[Any]) -> tuple[_Field, ...]:
    hints = get_type_hints(kind)
    return tuple(_field(f.name, hints[f.name]) for f in dataclasses.fields(kind))


FIELDS = {kind: _fields(kind) for kind in TABLES}


def to_record(value: Any) -> r.Base:
    """A new record holding the domain ``value`` (its id is left to the database)."""
    kind = type(value)
    record_type = RECORDS[kind]
    # The database numbers new records, and every new record starts at version 1.
    columns = {
        f.column: f.store(getattr(value, f.name))
        for f in FIELDS[kind]
        if f.name not in ("id", "version")
    }
    return cast("r.Base", record_type(**columns))


def row_value(kind: type[T], row: Any) -> T:
    """The domain value of type ``kind`` that a row of its record's table holds (its
    columns by name, as :func:`to_value` reads them from a record)."""
    return kind(**{f.name: f.load(getattr(row, f.column)) for f in FIELDS[kind]})


def row_loader(kind: type[Any]) -> Callable[[Any], Any]:
    """The value of ``kind`` that a row of its table's columns holds, the columns in the
    order of :data:`FIELDS` (as :func:`row_value` reads it), each column read as its field
    wants (a week's few hundred rows are read on every switch).

    A frozen dataclass without ``__post_init__`` whose fields are the row's columns is
    made as :mod:`pickle` makes one, its attributes given at once rather than set one by
    one through the frozen class's guard (about 40% of a crowded week's reading of its
    appointments); the code doing so for ``kind`` is written once, its columns in place, and
    compiled through :mod:`planner.codecache`."""
    fields = FIELDS[kind]
    names = [f.name for f in fields]
    plain = not (hasattr(kind, "__post_init__") or hasattr(kind, "__slots__"))
    declared = dataclasses.fields(kind)
    if not plain or names != [f.name for f in declared] or not all(f.init for f in declared):
        return lambda row: kind(**{f.name: f.load(v) for f, v in zip(fields, row, strict=True)})
    # The fields whose column is not taken as it is (an enum, a duration, a set...).
    loads = {f"load_{n}": f.load for n, f in enumerate(fields) if f.load is not _same}
    columns = ", ".join(
        f"{name!r}: " + (f"load_{n}(row[{n}])" if f"load_{n}" in loads else f"row[{n}]")
        for n, name in enumerate(names)
    )
    source = (
        f"def value(row):\n"
        f"    made = new(kind)\n"
        f"    give(made, '__dict__', {{{columns}}})\n"
        f"    return made\n"
    )
    scope: dict[str, Any] = {"new": object.__new__, "give": object.__setattr__, "kind": kind}
    scope.update(loads)
    codecache.run(source, scope)  # compiled once, then kept with the dataclasses' code
    return cast("Callable[[Any], Any]", scope["value"])


def row_reader(kind: type[Any], table: Any) -> tuple[list[Any], Callable[[Any], Any]]:
    """The columns of ``table`` to select for values of ``kind``, and the value a row of
    them holds (:func:`row_loader`)."""
    return [table.c[f.column] for f in FIELDS[kind]], row_loader(kind)


def to_value(kind: type[T], record: r.Base) -> T:
    """The domain value of type ``kind`` that ``record`` holds."""
    assert isinstance(record, RECORDS[kind]), (kind, type(record))
    return kind(**{f.name: f.load(getattr(record, f.column)) for f in FIELDS[kind]})
