"""The search index is kept by the database in the same transaction as the rows, on SQLite
(FTS5 and triggers) and on PostgreSQL (a GIN index per table): every way of writing keeps
it in step, accents and case are ignored, words match by their start, and what is typed is
only ever text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import insert, text

from planner.domain.changes import Kind
from planner.domain.enums import JournalKind
from planner.domain.model import FreezerMeal, Helper, JournalEntry
from planner.domain.search import COUNTED_UP_TO
from planner.services import appointments, encryption, freezer, helpers, journal, questions
from planner.services.plan import Plan, open_plan
from planner.services.search import search
from planner.services.undo import put_back
from planner.store import migrate
from planner.store import records as r
from planner.store import search as index
from planner.store.database import make_engine, open_database, parse_url
from tests.conftest import NOW, TODAY
from tests.helpers.builders import appointment
from tests.helpers.encryption import PASSPHRASE
from tests.helpers.migrations import add_revision


@pytest.fixture
def any_plan(either_url: str) -> Iterator[Plan]:
    opened = open_plan(either_url)
    yield opened
    opened.close()


def found(plan: Plan, term: str, kind: Kind | None = None) -> set[int]:
    """The ids ``term`` finds (of ``kind``, or of any kind)."""
    return {hit.id for hit in search(plan, term).hits() if kind is None or hit.kind is kind}


def test_an_appointment_is_found_once_saved_again_once_changed_and_not_once_deleted(
    any_plan: Plan,
) -> None:
    added, _ = appointments.add_appointment(
        any_plan, appointment(TODAY, id=None, title="Port placement", location="Südklinik")
    )
    assert added.id is not None
    assert found(any_plan, "port", Kind.APPOINTMENT) == {added.id}
    assert found(any_plan, "sudkl", Kind.APPOINTMENT) == {added.id}

    moved = dataclasses.replace(added, title="Port removal", notes="Fast from midnight")
    appointments.update_appointment(any_plan, moved)
    assert found(any_plan, "placement") == set()
    assert found(any_plan, "removal", Kind.APPOINTMENT) == {added.id}
    assert found(any_plan, "midnight") == {added.id}

    appointments.delete_appointment(any_plan, added.id)
    assert found(any_plan, "port") == set()
    assert found(any_plan, "midnight") == set()


def test_a_bulk_import_is_found_and_its_undo_and_redo_follow(any_plan: Plan) -> None:
    batches = [
        FreezerMeal("Lentil dal", 4, TODAY, TODAY + dt.timedelta(days=90), made_by="Lena"),
        FreezerMeal("Rice pudding", 2, TODAY, TODAY + dt.timedelta(days=30), made_by="Lena"),
    ]
    added, changes = freezer.accept_import(any_plan, batches)
    assert found(any_plan, "lena", Kind.MEAL) == {m.id for m in added}

    undone = put_back(any_plan, changes)  # SQL statements, not records
    assert found(any_plan, "lena") == set()
    put_back(any_plan, undone)
    assert found(any_plan, "lentil") == {added[0].id}


def test_accents_and_case_are_ignored_and_words_match_by_their_start(any_plan: Plan) -> None:
    helper, _ = helpers.add_helper(any_plan, Helper("Élodie Müller", email="elo@exemple.fr"))
    assert helper.id is not None
    for term in ("elodie", "ÉLO", "muller", "MÜLL", "élodie m", "exemple", "Mu\u0308ller"):
        assert found(any_plan, term) == {helper.id}, term
    assert found(any_plan, "lodie") == set()  # the start of a word, not any part


def test_what_is_typed_is_only_ever_text(any_plan: Plan) -> None:
    helper, _ = helpers.add_helper(
        any_plan,
        Helper("Ann Lee", phone="0170 555", notes='Drives "AND" walks (NOT on Sundays) * ^ -x'),
    )
    for term in ('"', "*", "(", ")", "AND", "NOT", "OR", "NEAR(", "-", "^", ":", "'", "\\", ""):
        results = search(any_plan, term)  # never an error
        assert results.empty or {h.id for h in results.hits()} == {helper.id}, term
    assert found(any_plan, "AND") == {helper.id}  # a word like any other
    assert found(any_plan, 'ann "lee') == {helper.id}
    assert found(any_plan, "name:ann") == set()  # no column filter: "name" is a word too
    assert found(any_plan, "(ann) OR (bob)") == set()  # every word must be there


def test_a_unit_of_work_that_rolls_back_leaves_the_index_as_it_was(any_plan: Plan) -> None:
    with pytest.raises(RuntimeError), any_plan.unit_of_work() as work:
        work.store.add(Helper("Rolled Back"))
        assert index.find(work.store.session, ["rolled"], {Kind.HELPER: 8})  # seen inside
        raise RuntimeError("the action fails")
    assert found(any_plan, "rolled") == set()


def test_rows_written_with_sql_statements_alone_are_found(any_plan: Plan) -> None:
    with any_plan.unit_of_work() as work:
        work.store.session.execute(
            insert(r.HelperRecord.__table__),
            [{"name": f"Bulk Helper {n}", "version": 1} for n in range(30)],
        )
        work.commit()
    results = search(any_plan, "bulk")
    (group,) = results.groups
    assert group.kind is Kind.HELPER
    assert len(group.hits) == 8
    assert group.total == 30 and group.more == 22
    assert [hit.title for hit in group.hits][:2] == ["Bulk Helper 29", "Bulk Helper 28"]


def test_a_migrated_plan_finds_the_rows_it_held_before(either_url: str) -> None:
    url = either_url
    if url.startswith("sqlite"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(parse_url(url))
    try:
        with engine.begin() as connection:
            command.upgrade(migrate._config(connection), "0008_change_step")
            connection.execute(insert(r.HelperRecord.__table__), {"name": "Olga Ölund"})
        assert migrate.upgrade(engine, backup_folder=None)
    finally:
        engine.dispose()
    plan = open_plan(url)
    try:
        assert [hit.title for hit in search(plan, "olund").hits()] == ["Olga Ölund"]
    finally:
        plan.close()


def test_a_fresh_plan_s_index_is_exactly_the_one_the_program_builds(either_url: str) -> None:
    database = open_database(either_url)
    try:
        with database.engine.begin() as connection:
            assert index.repair(connection) == []  # nothing differs, nothing to make again
    finally:
        database.close()


def test_a_migration_that_recreates_a_table_does_not_lose_its_index(
    plan_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{plan_path}"
    plan = open_plan(url)
    old, _ = appointments.add_appointment(plan, appointment(TODAY, id=None, title="Old scan"))
    plan.close()
    add_revision(tmp_path, monkeypatch)  # recreates the appointment table (batch mode)

    plan = open_plan(url)
    try:
        new, _ = appointments.add_appointment(plan, appointment(TODAY, id=None, title="New scan"))
        assert found(plan, "scan") == {old.id, new.id}
    finally:
        plan.close()


def test_a_cascade_in_the_database_takes_the_index_entries_with_it(plan: Plan) -> None:
    added, _ = appointments.add_appointment(
        plan, appointment(TODAY, id=None, title="Scan", location="Elm Clinic")
    )
    assert len(found(plan, "elm", Kind.RIDE_LEG)) == 1  # the ride back picks up there
    with plan.unit_of_work() as work:  # the legs go by ON DELETE CASCADE, not by records
        work.store.session.execute(text("DELETE FROM appointment WHERE id = :id"), {"id": added.id})
        work.commit()
    assert found(plan, "elm") == set()


def test_an_encrypted_copy_and_a_read_only_plan_keep_their_index(
    plan: Plan, plan_path: Path
) -> None:
    pytest.importorskip("sqlcipher3")
    helpers.add_helper(plan, Helper("Before Crypt", phone="0123 4567"))
    encryption.encrypt(plan, PASSPHRASE)  # a copy made with sqlcipher_export
    helpers.add_helper(plan, Helper("After Crypt", phone="0123 4567"))
    assert [hit.title for hit in search(plan, "crypt").hits()] == ["After Crypt", "Before Crypt"]
    plan.close()
    reading = open_plan(f"sqlite:///{plan_path}", read_only=True, passphrase=PASSPHRASE)
    try:
        assert len(search(reading, "crypt").hits()) == 2
    finally:
        reading.close()


def file_bytes(path: Path) -> bytes:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_the_words_of_a_deleted_note_and_question_leave_the_file(
    plan: Plan, plan_path: Path
) -> None:
    noted, _ = journal.add_entry(
        plan,
        JournalEntry(JournalKind.SIDE_EFFECT, NOW, "Nausea", 5, note="after the zebrafinch tea"),
        NOW,
    )
    edited = dataclasses.replace(noted.entry, note="after the quokkaberry toast")
    journal.update_entry(plan, edited, NOW)
    asked, _ = questions.add_question(plan, "Is the axolotlium rash from the tablets?")
    assert found(plan, "quokkaberry") == {noted.entry.id}
    assert found(plan, "axolotlium") == {asked.id}
    assert all(w in file_bytes(plan_path) for w in (b"zebrafinch", b"quokkaberry", b"axolotl"))

    assert noted.entry.id is not None and asked.id is not None
    journal.remove_entry(plan, noted.entry.id)
    questions.remove_question(plan, asked.id)

    left = file_bytes(plan_path)
    for word in (b"zebrafinch", b"quokkaberry", b"axolotlium"):
        assert word not in left


def test_postgresql_finds_through_the_gin_index(pg_url: str) -> None:
    plan = open_plan(pg_url)
    try:
        with plan.unit_of_work() as work:
            session = work.store.session
            session.execute(
                insert(r.HelperRecord.__table__),
                [{"name": f"Helper {n}", "version": 1} for n in range(2000)],
            )
            session.execute(text("ANALYZE helper"))
            ids = index._ids(Kind.HELPER, "postgresql", 9)
            plan_text = session.execute(
                text(f"EXPLAIN {ids}"), {"q": index.ts_query(["zz"])}
            ).scalars()
            shown = "\n".join(plan_text)
            work.commit()
        assert "search_helper" in shown, shown
        assert search(plan, "help").groups[0].total == COUNTED_UP_TO
    finally:
        plan.close()
