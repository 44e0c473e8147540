"""The records module, loaded on its first use rather than on import.

Reading a plan needs neither SQLAlchemy's ORM nor the records (:mod:`planner.store.reading`
reads plain tables); writing does. The store's modules name the records through
:data:`records` (``r.AppointmentRecord``), a module that the standard library's
:class:`importlib.util.LazyLoader` runs the first time one of its names is asked for: the
window's first paint and ``care-planner week`` never ask, a save does.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType
from typing import Any

RECORDS_MODULE = "planner.store.records"


def _lazy(name: str) -> ModuleType:
    loaded = sys.modules.get(name)
    if loaded is not None:
        return loaded
    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.loader is not None, name
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    setattr(sys.modules[parent], child, module)
    return module


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
