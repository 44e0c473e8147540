"""Many rows inserted with one statement get their keys back in the rows' order, on
SQLite (where the keys are sorted, see planner/store/inserts.py) and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import cast

import pytest
from sqlalchemy import Engine, Table, select

from planner.store import migrate
from planner.store import records as r
from planner.store.inserts import insert_rows

QUESTIONS = cast(Table, r.QuestionRecord.__table__)


@pytest.fixture
def migrated(engine: Engine) -> Engine:
    """The store's engine (SQLite, then PostgreSQL) at this version's schema."""
    migrate.upgrade(engine, backup_folder=None)
    return engine


def test_keys_come_back_in_the_order_of_the_rows_over_many_batches(migrated: Engine) -> None:
    # More rows than one statement carries, after rows removed from the middle and the end
    # (SQLite may then give a later row a lower key than an earlier insert's).
    with migrated.begin() as connection:
        first = insert_rows(connection, QUESTIONS, [question(n) for n in range(5)])
        connection.execute(QUESTIONS.delete().where(QUESTIONS.c.id.in_([first[2], first[4]])))
        texts = [question(n)["text"] for n in range(100, 2600)]
        keys = insert_rows(connection, QUESTIONS, [question(n) for n in range(100, 2600)])
        stored = dict(connection.execute(select(QUESTIONS.c.id, QUESTIONS.c.text)).all())

    assert len(set(keys)) == len(keys) == len(texts)
    assert [stored[key] for key in keys] == texts


def test_nothing_to_insert_makes_no_statement(migrated: Engine) -> None:
    with migrated.begin() as connection:
        assert insert_rows(connection, QUESTIONS, []) == []
        assert connection.execute(select(QUESTIONS.c.id)).first() is None


def question(n: int) -> dict[str, object]:
    return {
        "text": f"Question {n:05d}?",
        "asked_on": dt.date(2026, 3, 11),
        "answer": "",
        "version": 1,
    }
