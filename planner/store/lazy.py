"""The records module, and the store's modules built on SQLAlchemy, loaded on their first
use rather than on import.

Reading a plan needs neither SQLAlchemy's ORM nor the records (:mod:`planner.store.reading`
reads plain tables); writing does. The store's modules name the records through
:data:`records` (``r.AppointmentRecord``), a module that runs the first time one of its
names is asked for (as the standard library's :class:`importlib.util.LazyLoader` does, and
safe when two threads ask at once, which Python 3.11's is not): the window's first paint
and ``care-planner week`` never ask, a save does.

The same holds for the store's modules that are written with SQLAlchemy
(:data:`ON_FIRST_USE`): importing :mod:`planner.store` makes each a module that runs on its
first use, so a service imports them (``from planner.store import change_log``) and a plan
file is opened and read without SQLAlchemy, by SQLite itself
(:mod:`planner.store.sqlite_reading`); its first write, search or import loads them.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from types import ModuleType
from typing import Any

RECORDS_MODULE = "planner.store.records"
ON_FIRST_USE = tuple(
    f"planner.store.{name}"
    for name in (
        "appointments",
        "calendar",
        "change_log",
        "freezer",
        "inserts",
        "medicines",
        "people",
        "plan_store",
        "rides",
        "rows",
        "search",
        "server",
        "statements",
        "tables",
        "team",
    )
)
"""The store's modules written with SQLAlchemy, each run on its first use."""


_LOADING = threading.RLock()
"""Held while a module waiting for its first use runs: another thread asking meanwhile waits
for it to be whole."""
_RUNNING: set[int] = set()
"""The modules (by id) whose code runs now, on the thread that holds :data:`_LOADING`."""


class _OnFirstUse(ModuleType):
    """A module whose code has not run yet: the first name asked of it runs it. It stays
    one until its code has run whole, so that a name asked by another thread meanwhile waits
    (the standard library's marks a module run before it runs it)."""

    def __getattribute__(self, name: str) -> Any:
        with _LOADING:
            if type(self) is _OnFirstUse and id(self) not in _RUNNING:
                _RUNNING.add(id(self))
                try:
                    spec = ModuleType.__getattribute__(self, "__spec__")
                    spec.loader.exec_module(self)  # on failure it runs again when next asked
                    ModuleType.__setattr__(self, "__class__", ModuleType)
                finally:
                    _RUNNING.discard(id(self))
        return ModuleType.__getattribute__(self, name)

    def __setattr__(self, name: str, value: Any) -> None:
        self.__getattribute__("__name__")  # run first, so that its code does not undo this
        ModuleType.__setattr__(self, name, value)

    def __delattr__(self, name: str) -> None:
        self.__getattribute__("__name__")
        ModuleType.__delattr__(self, name)


def waiting(module: ModuleType) -> bool:
    """Whether ``module`` is one whose code has not run yet."""
    return type(module) is _OnFirstUse


def _lazy(name: str) -> ModuleType:
    loaded = sys.modules.get(name)
    if loaded is not None:
        return loaded
    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.loader is not None, name
    module = importlib.util.module_from_spec(spec)
    module.__class__ = _OnFirstUse
    sys.modules[name] = module
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)
    return module


def defer() -> None:
    """Make each module of :data:`ON_FIRST_USE` one that runs on its first use (those
    already imported stay as they are)."""
    for name in ON_FIRST_USE:
        _lazy(name)


records = _lazy(RECORDS_MODULE)
""":mod:`planner.store.records`, run when first used."""


def __getattr__(name: str) -> Any:
    """``lazy.StaleDataError``: the ORM's own error for a row someone changed meanwhile
    (which the unit of work turns into "someone else changed this record"), found when a
    write raises it, by which time the ORM is loaded."""
    if name == "StaleDataError":
        from sqlalchemy.orm.exc import StaleDataError

        return StaleDataError
    raise AttributeError(name)


def selectinload(attribute: Any) -> Any:
    """The ORM's ``selectinload`` option, for a query of records (which loaded the ORM)."""
    from sqlalchemy.orm import selectinload as load

    return load(attribute)
