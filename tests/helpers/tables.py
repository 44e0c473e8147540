"""Writing ``planner/store/tables.py`` from the records, and
``planner/store/sqlite_statements.py`` from the reads: ``make tables`` runs this module.

The records (planner/store/records.py) are the schema: SQLAlchemy's declarative classes,
which the writes and the migrations use. Reading a plan needs only each table's name, its
columns and their types; ``tables.py`` holds those as plain SQLAlchemy Core tables, so a
read (the window's start, ``care-planner week``) imports neither the ORM nor the records.
tests/store/test_tables.py fails when the two differ: run ``make tables`` then.

The reads (planner/store/statements.py) are compiled for SQLite into
``sqlite_statements.py``: a plan file is read by SQLite itself, without SQLAlchemy
(planner/store/sqlite_reading.py). tests/store/test_sqlite_reading.py fails when that file
is not what the reads compile to.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Table, Time
from sqlalchemy.dialects import sqlite
from sqlalchemy.sql.type_api import TypeEngine

from planner.store import records

ROOT = Path(__file__).resolve().parents[2]
TABLES_FILE = ROOT / "planner" / "store" / "tables.py"
STATEMENTS_FILE = ROOT / "planner" / "store" / "sqlite_statements.py"

HEADER = '''"""The plan's tables as plain SQLAlchemy Core tables: names, columns and their types.

Written by ``make tables`` (tests/helpers/tables.py) from the records in
:mod:`planner.store.records`, which stay the schema; do not edit by hand. The reads that
the window's start and the command line make use these, so that they need neither the
ORM nor the records (tests/store/test_tables.py keeps the two in step).
"""

from __future__ import annotations

from sqlalchemy import (
{imports}
)

metadata = MetaData()
'''


def column_source(column: Column[object]) -> str:
    """One column as the source that makes it again."""
    kind = repr(column.type)
    options = []
    if column.primary_key:
        options.append("primary_key=True")
    if not column.nullable and not column.primary_key:
        options.append("nullable=False")
    return ", ".join([repr(column.name), kind, *options])


def table_source(table: Table) -> str:
    columns = "".join(f"    Column({column_source(column)}),\n" for column in table.columns)
    return f"{table.name} = Table(\n    {table.name!r},\n    metadata,\n{columns})\n"


def source() -> str:
    tables = sorted(records.Base.metadata.tables.values(), key=lambda table: table.name)
    kinds = {type(column.type).__name__ for table in tables for column in table.columns}
    names = sorted(kinds | {"Column", "MetaData", "Table"})
    header = HEADER.replace("{imports}", "\n".join(f"    {name}," for name in names))
    by_name = "".join(f"    {table.name!r}: {table.name},\n" for table in tables)
    return (
        header
        + "".join(f"\n{table_source(table)}" for table in tables)
        + f"\nTABLES: dict[str, Table] = {{\n{by_name}}}\n"
        + '"""Every table by its name."""\n'
    )


STATEMENTS_HEADER = '''"""The reads of planner/store/statements.py in SQLite's SQL, to read a plan
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
'''

_KINDS: tuple[tuple[type[TypeEngine[Any]], str], ...] = (
    (DateTime, "datetime"),
    (Date, "date"),
    (Time, "time"),
    (Boolean, "bool"),
)


def type_kind(kind: TypeEngine[Any]) -> str:
    """The name planner/store/sqlite_reading.py converts a value of ``kind`` by."""
    return next((name for base, name in _KINDS if isinstance(kind, base)), "")


def statement_source(name: str, statement: Any) -> str:
    dialect = sqlite.dialect(paramstyle="named")
    compiled = statement.compile(dialect=dialect)
    asked: list[tuple[str, str]] = []
    constants: dict[str, Any] = {}
    expanding: list[str] = []
    for bind, key in compiled.bind_names.items():
        if bind.expanding:
            expanding.append(key)
        if bind.value is None and bind.callable is None:
            asked.append((key, type_kind(bind.type)))
            continue
        convert = bind.type.dialect_impl(dialect).bind_processor(dialect)
        value = bind.effective_value

        def stored(v: Any, convert: Any = convert) -> Any:
            return convert(v) if convert is not None else v

        constants[key] = [stored(v) for v in value] if bind.expanding else stored(value)
    columns = tuple(type_kind(column.type) for column in statement.selected_columns)
    return (
        f"    {name!r}: (\n"
        f"        {compiled.string!r},\n"
        f"        {tuple(sorted(set(asked)))!r},\n"
        f"        {constants!r},\n"
        f"        {tuple(sorted(set(expanding)))!r},\n"
        f"        {columns!r},\n"
        f"    ),\n"
    )


def statements_source() -> str:
    from planner.store.statements import statements

    body = "".join(statement_source(name, s) for name, s in sorted(statements().items()))
    return STATEMENTS_HEADER + body + "}\n"


def main() -> int:
    TABLES_FILE.write_text(source(), encoding="utf-8")
    print(f"wrote {TABLES_FILE.relative_to(ROOT)}")
    STATEMENTS_FILE.write_text(statements_source(), encoding="utf-8")
    print(f"wrote {STATEMENTS_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
