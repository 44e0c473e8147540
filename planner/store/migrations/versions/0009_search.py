"""Search across the plan: an index kept by the database in the same transaction as the rows

SQLite: a contentless FTS5 table per searched kind, filled from the rows already there and
kept in step by triggers on the kind's table. PostgreSQL: a GIN index on each searched
table over ``to_tsvector('simple', ...)`` of its lower-cased, accent-folded text (no
extension, no new grants). No table is copied. planner/store/search.py must build exactly
these objects (its :func:`repair` makes afresh any that differ).

Revision ID: 0009_search
Revises: 0008_change_step
Create Date: 2026-12-07 09:00:00
"""

from alembic import op

revision = "0009_search"
down_revision = "0008_change_step"
branch_labels = None
depends_on = None

INDEXED = {
    "appointment": ("title", "kind", "location", "clinician", "notes"),
    "ride_leg": ("pickup_place", "notes"),
    "place": ("name", "phone", "address", "notes"),
    "helper": ("name", "phone", "email", "notes"),
    "contact": ("name", "role", "organisation", "phone", "email", "address", "notes"),
    "help_task": ("title", "category", "notes"),
    "freezer_meal": ("name", "made_by", "location", "tags", "reheating"),
    "support_group": ("name", "place", "link", "contact_person", "notes"),
    "journal_entry": ("kind", "symptom", "note"),
    "question": ("text", "answer"),
}
FOLD_FROM = (
    "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚě"
    "ĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſ"
)
FOLD_TO = (
    "aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeee"
    "gggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzs"
)


def _run(statement: str) -> None:
    # As written: no colon in it is read as a bound parameter (as op.execute() would).
    op.get_bind().exec_driver_sql(statement)


def _body(prefix: str, columns: list[str] | tuple[str, ...]) -> str:
    return "||' '||".join(f"{prefix}{c}" for c in columns)


def _sqlite() -> None:
    for table, columns in INDEXED.items():
        index = f"search_{table}"
        _run(
            f"CREATE VIRTUAL TABLE {index} USING fts5(body, content='', columnsize=0, "
            "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
        )
        add = f"INSERT INTO {index}(rowid,body) VALUES(new.id,{_body('new.', columns)});"
        remove = (
            f"INSERT INTO {index}({index},rowid,body) "
            f"VALUES('delete',old.id,{_body('old.', columns)});"
        )
        watched = ",".join(("id", *columns))
        _run(f"CREATE TRIGGER {index}_insert AFTER INSERT ON {table} BEGIN {add} END")
        _run(
            f"CREATE TRIGGER {index}_update AFTER UPDATE OF {watched} "
            f"ON {table} BEGIN {remove} {add} END"
        )
        _run(f"CREATE TRIGGER {index}_delete AFTER DELETE ON {table} BEGIN {remove} END")
        _run(f"INSERT INTO {index}(rowid,body) SELECT id,{_body('', columns)} FROM {table}")


def _postgresql() -> None:
    for table, columns in INDEXED.items():
        joined = _body("", [f'"{c}"' for c in columns])
        folded = f"translate(lower({joined}), '{FOLD_FROM}', '{FOLD_TO}')"
        document = (
            f"to_tsvector('simple'::regconfig, regexp_replace({folded}, '[[:punct:]]+', ' ', 'g'))"
        )
        _run(f'CREATE INDEX search_{table} ON "{table}" USING gin (({document}))')


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgresql()
    else:
        _sqlite()


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for table in INDEXED:
        if postgresql:
            _run(f"DROP INDEX search_{table}")
            continue
        for event in ("insert", "update", "delete"):
            _run(f"DROP TRIGGER search_{table}_{event}")
        _run(f"DROP TABLE search_{table}")
