"""Running ``care-planner`` in-process, as the command-line tests do."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.main import main


def url(path: Path) -> str:
    """The database URL of the plan file ``path``."""
    return f"sqlite:///{path}"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run one command; its exit status, what it printed and what it said on stderr."""
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def demo_plan_file(path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A demo plan written to ``path`` by ``care-planner demo``."""
    assert main(["demo", "--database-url", url(path)]) == 0
    capsys.readouterr()
    return path
