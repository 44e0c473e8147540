"""The search index, kept by the database itself in the same transaction as the rows.

SQLite: one contentless FTS5 table per searched kind (``search_appointment``, ...), kept in
step by triggers on the kind's table, so that no write can miss it: records, SQL statements
(imports, undo's ``put_back``), foreign-key cascades and bulk inserts alike. Its
``unicode61 remove_diacritics 2`` tokenizer folds case and accents on both sides, and
prefix indexes keep one- to three-letter terms fast. The triggers are kept short: SQLite
reads them again on every new connection, and each unit of work opens one.

Deleted words must not live on in the plan file (the change log forgets a deleted row's free
text too), and FTS5 keeps a deleted row's words in older index segments until they are
merged: a unit of work that deleted a row holding free text merges that kind's index whole
before it commits (:func:`forget_deleted_text`; ``secure_delete`` overwrites the freed
pages). It costs what rewriting the kind's index costs: milliseconds for a usual plan.

PostgreSQL (a shared plan): a GIN index on each searched table over
``to_tsvector('simple', ...)`` of its lower-cased, accent-folded text with punctuation
turned into spaces (:func:`_pg_document`), queried with prefix ``tsquery`` terms through the
very same expression. It needs no extension (``unaccent`` may not be installable by a plan's
owner; the fold is a ``translate()`` over Latin letters) and no grants: the index belongs
to the table, and whoever may write a row keeps it in step.

Migration ``0009_search`` made all of this; :func:`repair` puts back what a later migration
that recreates a table drops with it (SQLite drops a table's triggers with it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, Text, select, text

from planner.domain.changes import Kind
from planner.domain.search import COUNTED_UP_TO

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from planner.store import records as r
else:
    from planner.store.lazy import records as r  # loaded on a write (see lazy.py)


PREFIX = "search_"
"""The start of the name of every search object (FTS5 tables, triggers, GIN indexes)."""
TOKENIZER = "unicode61 remove_diacritics 2"
PREFIXES = "1 2 3"

INDEXED: dict[Kind, tuple[str, ...]] = {
    Kind.APPOINTMENT: ("title", "kind", "location", "clinician", "notes"),
    Kind.RIDE_LEG: ("pickup_place", "notes"),
    Kind.PLACE: ("name", "phone", "address", "notes"),
    Kind.HELPER: ("name", "phone", "email", "notes"),
    Kind.CONTACT: ("name", "role", "organisation", "phone", "email", "address", "notes"),
    Kind.TASK: ("title", "category", "notes"),
    Kind.MEAL: ("name", "made_by", "location", "tags", "reheating"),
    Kind.GROUP: ("name", "place", "link", "contact_person", "notes"),
    Kind.JOURNAL_ENTRY: ("kind", "symptom", "note"),
    Kind.QUESTION: ("text", "answer"),
    Kind.MEDICINE: (
        "name",
        "strength",
        "form",
        "purpose",
        "prescriber",
        "pharmacy",
        "instructions",
        "notes",
    ),
    # A new kind: its NOT NULL columns here, and a new migration that indexes its table as
    # 0011 did medicines (sqlite_table, sqlite_triggers and sqlite_fill on SQLite, pg_index
    # on PostgreSQL, naming the columns: repair() checks they match); then SEARCHED and the
    # hit's title in planner/domain/search.py, and the headings (ui/search, cli/search).
}
"""The searched kinds, each with the columns whose words it finds (all NOT NULL)."""


def _table(kind: Kind) -> Table:
    return r.Base.metadata.tables[kind.value]


def index_name(kind: Kind) -> str:
    """The SQLite FTS5 table, or the PostgreSQL GIN index, of ``kind``."""
    return f"{PREFIX}{kind.value}"


def free_text(kind: Kind) -> frozenset[str]:
    """The searched columns of ``kind`` that hold what people wrote (its Text columns)."""
    table = _table(kind)
    return frozenset(c for c in INDEXED[kind] if isinstance(table.c[c].type, Text))


def _body(prefix: str, columns: Sequence[str]) -> str:
    return "||' '||".join(f"{prefix}{c}" for c in columns)


# ---------------------------------------------------------------- SQLite: the index
def sqlite_table(kind: Kind) -> str:
    return (
        f"CREATE VIRTUAL TABLE {index_name(kind)} USING fts5(body, content='', "
        f"columnsize=0, tokenize='{TOKENIZER}', prefix='{PREFIXES}')"
    )


def sqlite_triggers(kind: Kind, columns: Sequence[str] = ()) -> dict[str, str]:
    """The triggers that keep ``kind``'s index in step, by name, as CREATE statements (over
    ``columns``, by default the searched ones: a migration names those it indexed)."""
    table, index, columns = kind.value, index_name(kind), columns or INDEXED[kind]
    add = f"INSERT INTO {index}(rowid,body) VALUES(new.id,{_body('new.', columns)});"
    remove = (
        f"INSERT INTO {index}({index},rowid,body) VALUES('delete',old.id,{_body('old.', columns)});"
    )
    watched = ",".join(("id", *columns))
    return {
        f"{index}_insert": f"CREATE TRIGGER {index}_insert AFTER INSERT ON {table} BEGIN {add} END",
        f"{index}_update": f"CREATE TRIGGER {index}_update AFTER UPDATE OF {watched} "
        f"ON {table} BEGIN {remove} {add} END",
        f"{index}_delete": f"CREATE TRIGGER {index}_delete AFTER DELETE ON {table} "
        f"BEGIN {remove} END",
    }


def sqlite_fill(kind: Kind, columns: Sequence[str] = ()) -> str:
    """The statement that indexes every row of ``kind`` already stored."""
    return (
        f"INSERT INTO {index_name(kind)}(rowid,body) "
        f"SELECT id,{_body('', columns or INDEXED[kind])} FROM {kind.value}"
    )


# ---------------------------------------------------------------- PostgreSQL: the index
FOLD_FROM = (
    "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚě"
    "ĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſ"
)
FOLD_TO = (
    "aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeee"
    "gggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzs"
)
"""The Latin letters with accents, and the plain letters PostgreSQL folds them to (each
letter of Latin-1 and Latin Extended-A whose decomposition is a plain letter and marks)."""


def _fold(sql: str) -> str:
    return f"translate(lower({sql}), '{FOLD_FROM}', '{FOLD_TO}')"


def _pg_document(kind: Kind, columns: Sequence[str] = ()) -> str:
    """The indexed expression of ``kind``'s rows: a query must use it as it is, or the
    index is not used."""
    joined = _body("", [f'"{c}"' for c in columns or INDEXED[kind]])
    return (
        "to_tsvector('simple'::regconfig, "
        f"regexp_replace({_fold(joined)}, '[[:punct:]]+', ' ', 'g'))"
    )


def pg_index(kind: Kind, columns: Sequence[str] = ()) -> str:
    """The CREATE statement of ``kind``'s GIN index (over ``columns``, as
    :func:`sqlite_triggers`)."""
    document = _pg_document(kind, columns)
    return f'CREATE INDEX {index_name(kind)} ON "{kind.value}" USING gin (({document}))'


# ---------------------------------------------------------------- keeping it whole
def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Alembic's filter: the search index is no part of the records' schema (its FTS5
    tables, their shadow tables and the GIN indexes are made by migrations only)."""
    return not (type_ in ("table", "index") and name is not None and name.startswith(PREFIX))


def _sqlite_objects(connection: Connection) -> dict[str, str]:
    found = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'trigger') "
        "AND name LIKE 'search\\_%' ESCAPE '\\'"
    ).all()
    return {str(name): str(sql) for name, sql in found}


def repair(connection: Connection) -> list[Kind]:
    """Put back the search index of each kind where a migration dropped part of it (SQLite
    drops a table's triggers when a migration recreates the table); returns those kinds.
    An SQLite index found incomplete is made afresh from the rows."""
    if connection.dialect.name == "postgresql":
        present = set(
            connection.execute(
                text(
                    "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
                    "AND indexname LIKE 'search\\_%'"
                )
            ).scalars()
        )
        missing = [kind for kind in INDEXED if index_name(kind) not in present]
        for kind in missing:
            connection.exec_driver_sql(pg_index(kind))
        return missing
    stored = _sqlite_objects(connection)
    repaired = []
    for kind in INDEXED:
        index, triggers = index_name(kind), sqlite_triggers(kind)
        if stored.get(index) == sqlite_table(kind) and all(
            stored.get(name) == sql for name, sql in triggers.items()
        ):
            continue
        for name in triggers:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {index}")
        for statement in [sqlite_table(kind), *triggers.values(), sqlite_fill(kind)]:
            connection.exec_driver_sql(statement)
        repaired.append(kind)
    return repaired


def forget_deleted_text(connection: Connection, kinds: Iterable[Kind]) -> None:
    """Merge the index of each of ``kinds`` whole, so that the words of the rows deleted in
    this transaction are gone from the file (see the module's note)."""
    if connection.dialect.name != "sqlite":
        return
    for kind in kinds:
        if kind in INDEXED:
            index = index_name(kind)
            connection.exec_driver_sql(f"INSERT INTO {index}({index}) VALUES('optimize')")


# ---------------------------------------------------------------- finding
def match_query(words: Sequence[str]) -> str:
    """The FTS5 query for ``words``: each a quoted prefix, all required. The words are text
    only; no operator, column filter or syntax error can come from what was typed."""
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


def ts_query(words: Sequence[str]) -> str:
    """The PostgreSQL ``tsquery`` text for ``words`` (letters and digits only, see
    :func:`planner.domain.search.words`): each a prefix, all required."""
    return " & ".join("'" + word.replace("'", "''").replace("\\", "") + "':*" for word in words)


def _ids(kind: Kind, dialect: str, limit: int) -> str:
    """SQL of the ids of ``kind``'s rows matching ``:q``, newest first, up to ``limit``."""
    if dialect == "postgresql":
        # For text(): the expression's own colons ('::regconfig', '[[:punct:]]') are no
        # parameters. MATERIALIZED keeps the planner on the GIN index: with the LIMIT in
        # view it may walk the primary key instead, computing every row's document.
        document = _pg_document(kind).replace(":", "\\:")
        return (
            f'WITH matched AS MATERIALIZED (SELECT id FROM "{kind.value}" '
            f"WHERE {document} @@ to_tsquery('simple'\\:\\:regconfig, {_fold(':q')})) "
            f"SELECT id FROM matched ORDER BY id DESC LIMIT {limit:d}"
        )
    index = index_name(kind)
    return (
        f"SELECT rowid AS id FROM {index} WHERE {index} MATCH :q "
        f"ORDER BY rowid DESC LIMIT {limit:d}"
    )


def _each(dialect: str, limits: Mapping[Kind, int]) -> str:
    """One statement: (kind, id) of each kind's matching rows, up to its limit."""
    return " UNION ALL ".join(
        f"SELECT '{kind.value}' AS kind, id FROM ({_ids(kind, dialect, limit)}) AS {kind.value}"
        for kind, limit in limits.items()
    )


def _counts(dialect: str, kinds: Iterable[Kind]) -> str:
    return " UNION ALL ".join(
        f"SELECT '{kind.value}' AS kind, count(*) AS total "
        f"FROM ({_ids(kind, dialect, COUNTED_UP_TO)}) AS {kind.value}"
        for kind in kinds
    )


@dataclass(frozen=True)
class Matches:
    """The rows of one kind a search found (newest first, as many as asked), and how many
    match in all, counted up to ``COUNTED_UP_TO``."""

    kind: Kind
    rows: tuple[Mapping[str, Any], ...]
    total: int


def find(session: Session, words: Sequence[str], limits: Mapping[Kind, int]) -> list[Matches]:
    """The rows of each kind in ``limits`` whose words begin with all of ``words`` (up to
    its limit), in the order of ``limits``; kinds without a match left out."""
    if not words or not limits:
        return []
    dialect = session.get_bind().dialect.name
    query = ts_query(words) if dialect == "postgresql" else match_query(words)
    ids: dict[Kind, list[int]] = {kind: [] for kind in limits}
    asked = {kind: limit + 1 for kind, limit in limits.items()}  # one more: are there more?
    for kind, key in session.execute(text(_each(dialect, asked)), {"q": query}):
        ids[Kind(kind)].append(int(key))
    more = [kind for kind, found in ids.items() if len(found) > limits[kind]]
    totals = {kind: len(found) for kind, found in ids.items()}
    if more:
        counted = session.execute(text(_counts(dialect, more)), {"q": query})
        totals.update({Kind(kind): int(total) for kind, total in counted})
    matches = []
    for kind, found in ids.items():
        if found:
            rows = _rows(session, kind, found[: limits[kind]])
            matches.append(Matches(kind, rows, max(totals[kind], len(rows))))
    return matches


def _rows(session: Session, kind: Kind, ids: Sequence[int]) -> tuple[Mapping[str, Any], ...]:
    """The stored rows ``ids`` of ``kind`` in that order (a ride leg's with its
    appointment's title as ``appointment_title``)."""
    table = _table(kind)
    shown = select(table)
    if kind is Kind.RIDE_LEG:
        appointments = _table(Kind.APPOINTMENT)
        shown = select(table, appointments.c.title.label("appointment_title")).outerjoin(
            appointments, appointments.c.id == table.c.appointment_id
        )
    statement = shown.where(table.c.id.in_(ids)).order_by(table.c.id.desc())
    return tuple(dict(row) for row in session.execute(statement).mappings())
