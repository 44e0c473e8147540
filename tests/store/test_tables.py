"""planner/store/tables.py (the plain tables the reads use) says what the records say."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import Table

from planner.store import records, tables


def shape(table: Table) -> list[tuple[str, str, bool, bool]]:
    return [
        (column.name, repr(column.type), column.primary_key, column.nullable)
        for column in table.columns
    ]


def test_every_table_has_the_records_columns_types_and_keys() -> None:
    stored = records.Base.metadata.tables
    assert set(tables.TABLES) == set(stored), "run `make tables`"
    for name, table in stored.items():
        assert shape(tables.TABLES[name]) == shape(table), f"{name}: run `make tables`"


def test_the_plain_tables_need_neither_the_orm_nor_the_records() -> None:
    probe = (
        "import sys, planner.store.tables; from planner.store.lazy import waiting; "
        "assert planner.store.tables.TABLES; "
        "print(sorted(m for m in ('sqlalchemy.orm', 'planner.store.records') "
        "if m in sys.modules and not waiting(sys.modules[m])))"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert found.strip() == "[]"


def test_the_records_load_on_their_first_use_and_are_the_records() -> None:
    probe = (
        "import sys\n"
        "from planner.store import plan_store\n"
        "before = 'sqlalchemy.orm' in sys.modules\n"
        "from planner.store.lazy import records\n"
        "kind = records.AppointmentRecord\n"
        "from planner.store import records as imported\n"
        "print(before, 'sqlalchemy.orm' in sys.modules, imported.AppointmentRecord is kind)\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert found.split() == ["False", "True", "True"]
