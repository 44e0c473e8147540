"""Writing ``planner/store/tables.py`` from the records: ``make tables`` runs this module.

The records (planner/store/records.py) are the schema: SQLAlchemy's declarative classes,
which the writes and the migrations use. Reading a plan needs only each table's name, its
columns and their types; ``tables.py`` holds those as plain SQLAlchemy Core tables, so a
read (the window's start, ``care-planner week``) imports neither the ORM nor the records.
tests/store/test_tables.py fails when the two differ: run ``make tables`` then.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import Column, Table

from planner.store import records

ROOT = Path(__file__).resolve().parents[2]
TABLES_FILE = ROOT / "planner" / "store" / "tables.py"

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


def main() -> int:
    TABLES_FILE.write_text(source(), encoding="utf-8")
    print(f"wrote {TABLES_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
