"""The layer contracts of DESIGN.md, checked by import-linter on every test run."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    linter = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which(
        "lint-imports"
    )
    assert linter, "import-linter is part of the test extra"
    result = subprocess.run(
        [linter, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken." in result.stdout


def test_start_up_does_not_import_format_libraries() -> None:
    """The entry point loads no calendar or recurrence library before it needs one."""
    code = (
        "import sys, planner.main, planner.services.week, planner.services.demo;"
        "print(','.join(sorted(m for m in ('dateutil', 'icalendar', 'vobject', 'PySide6')"
        " if m in sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == ""


def test_reading_the_command_line_loads_neither_the_database_nor_qt() -> None:
    """The entry point parses the command first: what it asks for decides what is loaded
    (a command registered with its module's imports once cost every start 0.4 s)."""
    code = (
        "import sys, planner.main;"
        "print(','.join(m for m in ('sqlalchemy', 'planner.services.plan', 'PySide6.QtWidgets')"
        " if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == ""


def test_opening_a_current_plan_does_not_load_alembic(tmp_path: Path) -> None:
    """Alembic and Mako cost a fifth of start-up; they load only when a migration runs."""
    database = f"sqlite:///{tmp_path / 'plan.sqlite3'}"
    code = (
        "import sys; from planner.services.plan import open_plan;"
        f"open_plan({database!r}).close(); print('fresh', 'alembic' in sys.modules);"
    )
    fresh = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    again = subprocess.run(
        [sys.executable, "-c", code.replace("fresh", "again")],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert fresh.stdout.split() == ["fresh", "True"]  # a new plan is created by migrating
    assert again.stdout.split() == ["again", "False"]


# Calls that read the system clock; only planner/domain/clock.py may make them.
_CLOCK_READS = re.compile(
    r"\b(?:date\.today|datetime\.(?:now|today|utcnow)|(?<!\.)time\.(?:time|time_ns|localtime)|"
    r"QDate\.currentDate|QDateTime\.current\w*|QTime\.currentTime)\b"
)
_SQL_CLOCK = re.compile(r"CURRENT_(?:DATE|TIME|TIMESTAMP)|func\.now\(|'now'", re.IGNORECASE)


def test_one_clock_reads_the_time() -> None:
    """Now and today come from planner.domain.clock only; nothing else asks the system
    (or the database) for the time, so a pinned clock pins the whole program."""
    clock = ROOT / "planner" / "domain" / "clock.py"
    offenders = []
    for path in sorted((ROOT / "planner").rglob("*.py")):
        if path == clock:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _CLOCK_READS.search(line) or _SQL_CLOCK.search(line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []
    assert _CLOCK_READS.search("moment = dt.datetime.now(self._tz)")
    assert _CLOCK_READS.search("stamp = time.time()")
    assert _CLOCK_READS.search("today: dt.date = field(default_factory=dt.date.today)")
    assert not _CLOCK_READS.search("start = self.time.time()")  # a time field's value
    assert _CLOCK_READS.search(clock.read_text(encoding="utf-8"))


def _domain_imports() -> dict[str, set[str]]:
    """Each domain module and the domain modules it imports (anywhere in it)."""
    import ast

    graph: dict[str, set[str]] = {}
    for path in sorted((ROOT / "planner" / "domain").glob("*.py")):
        module = f"planner.domain.{path.stem}"
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "planner.domain":
                found |= {f"planner.domain.{alias.name}" for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "planner.domain."
            ):
                found.add(str(node.module))
            elif isinstance(node, ast.Import):
                found |= {a.name for a in node.names if a.name.startswith("planner.domain.")}
        graph[module] = found - {module}
    return graph


def test_the_domain_has_no_import_circle() -> None:
    """The areas declare their rules in planner/domain/areas.py; a rule module imports the
    gap and reminder types, never a module that imports it back."""
    graph = _domain_imports()
    done: set[str] = set()

    def walk(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, " -> ".join((*path[path.index(module) :], module))
        if module in done:
            return
        for imported in sorted(graph.get(module, ())):
            walk(imported, (*path, module))
        done.add(module)

    for module in graph:
        walk(module, ())
    assert "planner.domain.legs" in graph["planner.domain.areas"]
