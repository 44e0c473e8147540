"""A temporary copy of the migrations with one more revision, to test upgrades."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from planner.store import migrate

EXTRA_REVISION = "0002_test_extra"

# Recreates the parent table of ride legs: the SQLite batch migration that cascades
# deletes into the children if foreign keys are on (DESIGN.md, "Storage rules").
RECREATE_APPOINTMENT = """
    with op.batch_alter_table("appointment", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("colour", sa.String(20), nullable=True))
"""


def add_revision(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, upgrade: str = RECREATE_APPOINTMENT
) -> str:
    """Point the program at a copy of its migrations plus a revision running ``upgrade``."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.SCRIPTS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head()
    body = textwrap.indent(textwrap.dedent(upgrade).strip(), "    ")
    (scripts / "versions" / f"{EXTRA_REVISION}.py").write_text(
        "import sqlalchemy as sa\n"
        "from alembic import op\n\n"
        f"revision = {EXTRA_REVISION!r}\n"
        f"down_revision = {head!r}\n"
        "branch_labels = None\n"
        "depends_on = None\n\n\n"
        f"def upgrade():\n{body}\n\n\n"
        "def downgrade():\n    pass\n"
    )
    monkeypatch.setattr(migrate, "SCRIPTS", scripts)
    assert migrate.head() == EXTRA_REVISION
    return EXTRA_REVISION
