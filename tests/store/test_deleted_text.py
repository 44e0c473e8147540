"""Deleted words do not live on in the plan file: not in the record's pages, not in the
change log, not in the write-ahead log once it is checkpointed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

from planner.domain.enums import JournalKind
from planner.domain.model import JournalEntry
from planner.services import journal, questions
from planner.services.plan import open_plan
from tests.conftest import TODAY

NOW = dt.datetime.combine(TODAY, dt.time(9))
NOTE = "MARKER-note-4f1c: could not keep breakfast down"
EDITED = "MARKER-edit-9a2e: a little toast"
QUESTION = "MARKER-question-77b0: is the rash from the new tablets?"


def file_bytes(path: Path) -> bytes:
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_a_deleted_entry_and_question_leave_no_text_behind(plan_path: Path) -> None:
    plan = open_plan(f"sqlite:///{plan_path}")
    noted, _ = journal.add_entry(
        plan, JournalEntry(JournalKind.SIDE_EFFECT, NOW, "Nausea", 5, note=NOTE), NOW
    )
    (_, edited), _ = journal.update_entry(plan, dataclasses.replace(noted.entry, note=EDITED), NOW)
    asked, _ = questions.add_question(plan, QUESTION, today=TODAY)
    assert edited.id is not None and asked.id is not None
    with sqlite3.connect(plan_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    written = file_bytes(plan_path)
    assert all(m.encode() in written for m in (NOTE, EDITED, QUESTION))  # the test can see

    journal.remove_entry(plan, edited.id)
    questions.remove_question(plan, asked.id)
    plan.close()
    with sqlite3.connect(plan_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        log = connection.execute("SELECT count(*) FROM change").fetchone()[0]
    connection.close()

    left = file_bytes(plan_path)
    assert log > 0  # the changes are still recorded, without the words
    for marker in ("MARKER-note", "MARKER-edit", "MARKER-question"):
        assert marker.encode() not in left
