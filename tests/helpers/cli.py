"""Running ``care-planner`` in-process, as the command-line tests do, or as a process of
its own."""

from __future__ import annotations

import subprocess
import sys
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


def as_a_process(*lines: str) -> list[str]:
    """The command that starts Python as ``care-planner`` starts it (its entry point called
    with no arguments: a whole process), after ``lines`` of Python; the subcommand's
    arguments follow it."""
    entry = "from planner.main import main", "sys.exit(main())"
    return [sys.executable, "-c", "\n".join(("import sys", *lines, *entry))]


def run_process(argv: list[str], env: dict[str, str] | None = None) -> str:
    """Run ``care-planner`` with ``argv`` as a process of its own; what it printed (it
    must exit 0)."""
    done = subprocess.run(
        [*as_a_process(), *argv], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def python_says(code: str, env: dict[str, str] | None = None) -> list[str]:
    """The lines a fresh Python process running ``code`` printed (it must exit 0): what a
    start imports, seen from outside the test's own process."""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()
