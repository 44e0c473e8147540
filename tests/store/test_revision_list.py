"""Opening a plan knows this version's schema revisions from the migration scripts' own
lines, read as text once per process; Alembic, which reads them as Python, must agree."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from planner.store import migrate
from planner.store.database import DatabaseError, open_database
from tests.helpers.migrations import EXTRA_REVISION, add_revision


def alembic_reading(scripts: Path) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for script in ScriptDirectory(str(scripts)).walk_revisions():
        down = script.down_revision
        found[script.revision] = down if isinstance(down, str) else None
    return found


def test_the_revisions_are_the_ones_alembic_reads() -> None:
    assert migrate._script_revisions() == alembic_reading(migrate.SCRIPTS)
    assert migrate.head() == ScriptDirectory(str(migrate.SCRIPTS)).get_current_head()


def test_an_added_script_is_read_with_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = migrate.known_revisions()

    add_revision(tmp_path, monkeypatch)

    assert migrate.known_revisions() == before | {EXTRA_REVISION}
    assert migrate._script_revisions() == alembic_reading(migrate.SCRIPTS)


def test_a_script_written_with_type_hints_and_single_quotes_is_read_as_alembic_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.SCRIPTS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head()
    (scripts / "versions" / "0099_hinted.py").write_text(
        '"""A later layout\n\nRevision ID: 0099_hinted\nRevises: earlier\n"""\n\n'
        "from collections.abc import Sequence\n\n"
        "import sqlalchemy as sa\n"
        "from alembic import op\n\n"
        "revision: str = '0099_hinted'  # the id\n"
        f"down_revision: str | None = '{head}'\n"
        "branch_labels: str | Sequence[str] | None = None\n"
        "depends_on: str | Sequence[str] | None = None\n\n\n"
        "def upgrade() -> None:\n"
        '    revision = "not_this_one"\n'
        "    del revision\n\n\n"
        "def downgrade() -> None:\n    pass\n"
    )
    monkeypatch.setattr(migrate, "SCRIPTS", scripts)

    assert migrate.head() == "0099_hinted"
    assert migrate._script_revisions()["0099_hinted"] == head
    assert migrate._script_revisions() == alembic_reading(scripts)


def test_a_plan_from_a_newer_version_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.sqlite3"
    open_database(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    connection.close()
    before = path.read_bytes()

    refused = r"saved by a newer Care Planner \(schema ffff_future\)"
    with pytest.raises(DatabaseError, match=refused):
        open_database(f"sqlite:///{path}")

    assert path.read_bytes() == before
