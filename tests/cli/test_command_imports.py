"""A command imports only what it needs: ``week --json`` (the command a script or a widget
runs every few minutes) loads neither the activity list, the medicines, the team nor the
formats of other commands, each of which cost every command time at start."""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
from collections.abc import Callable

import pytest

from planner import codecache
from planner.cli import commands
from planner.cli.json_text import write_json
from planner.main import main
from planner.services.plan import Plan
from tests.helpers.cli import as_a_process, url

HEAVY = (
    "planner.cli.changes",
    "planner.cli.medicines",
    "planner.cli.team",
    "planner.cli.search",
    "planner.cli.red_flags",
    "planner.services.activity",
    "planner.services.activity_list",
    "planner.services.watch",
    "planner.services.medicines",
    "planner.services.team",
    "planner.services.demo",
    "planner.services.search",
    "sqlalchemy",  # a plan file is read by SQLite itself (planner/store/sqlite_reading.py)
    "planner.store.records",  # nor the records (planner/store/lazy.py)
    "planner.store.change_log",  # nor the write path (planner/services/plan.py)
    "planner.store.plan_store",
    "planner.store.team",
    "babel",
    "alembic",
    "PySide6",
    "icalendar",
    "vobject",
    "xml.etree",
)
"""Modules that ``week`` and ``check`` do not need, with what they import (one waiting to be
loaded on first use, see planner/store/lazy.py, is not counted as imported)."""

PROBE = (
    "import json, sys\n"
    "from planner.main import main\n"
    "status = main(sys.argv[1:])\n"
    "heavy = json.loads(sys.stdin.read())\n"
    "from planner.store.lazy import waiting\n"
    "loaded = sorted(m for m, module in sys.modules.items() if (m in heavy or m.startswith(tuple("
    "h + '.' for h in heavy))) and not waiting(module))\n"
    "print(json.dumps({'status': status, 'loaded': loaded}), file=sys.stderr)\n"
)


def loaded_by(*argv: str) -> tuple[int, str, list[str]]:
    """Run ``care-planner ARGV`` in a fresh English process: its exit status, what it
    printed, and which of :data:`HEAVY` (or their parts) it imported."""
    environment = {**os.environ, "LANG": "C.UTF-8"}
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        environment.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *argv],
        input=json.dumps(HEAVY),
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )
    said = json.loads(done.stderr.strip().splitlines()[-1])
    return said["status"], done.stdout, said["loaded"]


def test_week_as_json_imports_none_of_the_other_commands_modules(demo_plan: Plan) -> None:
    assert demo_plan.file is not None
    demo_plan.close()

    status, printed, loaded = loaded_by("week", "--json", "--database-url", url(demo_plan.file))

    assert status == 0
    week = json.loads(printed)
    assert week["week_start"] == "2026-03-11"
    assert any(day["items"] for day in week["days"])  # the demo's week, really read
    assert loaded == []


def test_check_imports_none_of_the_other_commands_modules(demo_plan: Plan) -> None:
    assert demo_plan.file is not None
    demo_plan.close()

    status, printed, loaded = loaded_by(
        "check", "--json", "--weeks", "2", "--database-url", url(demo_plan.file)
    )

    assert status in (0, 1)  # no gaps, or gaps
    assert json.loads(printed)["from"] == "2026-03-11"
    assert loaded == []


def test_a_command_loads_its_own_module_when_it_runs(demo_plan: Plan) -> None:
    """The probe sees imports: ``changes`` does load what ``week`` leaves alone."""
    assert demo_plan.file is not None
    demo_plan.close()

    status, _printed, loaded = loaded_by("changes", "--json", "--database-url", url(demo_plan.file))

    assert status == 0
    assert {"planner.cli.changes", "planner.services.activity"} <= set(loaded)


@pytest.mark.parametrize("name", sorted(commands.COMMANDS))
def test_every_subcommand_names_a_function_that_is_there(name: str) -> None:
    run = commands.command(name)

    assert callable(run)
    assert run.__module__ == commands.COMMANDS[name][0]
    assert run.__module__ != commands.__name__  # its own module, imported when it runs


def test_every_subcommand_of_the_parser_has_its_function() -> None:
    """A subcommand the parser offers and the table forgets would fail only when run."""
    from planner.cli.parser import build_parser

    parser = build_parser()
    (subcommands,) = [
        action
        for action in parser._actions  # argparse keeps its subparsers among the actions
        if action.dest == "command"
    ]
    offered = set(subcommands.choices or ()) - {"install-desktop"}  # needs no plan

    assert offered == set(commands.COMMANDS)


def test_week_json_is_written_as_indented_json_ending_in_a_newline(
    demo_plan: Plan, capsys: pytest.CaptureFixture[str]
) -> None:
    assert demo_plan.file is not None
    demo_plan.close()

    assert main(["week", "--json", "--database-url", url(demo_plan.file)]) == 0
    printed = capsys.readouterr().out

    week = json.loads(printed)
    assert printed == json.dumps(week, indent=2, ensure_ascii=False) + "\n"


def test_writing_json_writes_the_document_at_once() -> None:
    class Counting:
        def __init__(self) -> None:
            self.parts: list[str] = []

        def write(self, text: str) -> int:
            self.parts.append(text)
            return len(text)

    out = Counting()
    document = {"days": [{"date": "2026-03-11", "items": [{"title": "Bloods — ward 3"}]}]}

    write_json(document, out)  # type: ignore[arg-type]

    assert len(out.parts) <= 2  # not one write per piece of the document
    assert "".join(out.parts) == json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def test_the_installed_command_prints_what_the_command_run_in_process_prints(
    demo_plan: Plan, capsys: pytest.CaptureFixture[str]
) -> None:
    """``python -m planner`` (the process started for one command, its collector held
    back) prints the same week as a call of ``main``."""
    assert demo_plan.file is not None
    demo_plan.close()
    argv = ["week", "--json", "--database-url", url(demo_plan.file)]
    assert main(argv) == 0
    in_process = capsys.readouterr().out

    done = subprocess.run(
        [sys.executable, "-m", "planner", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout == in_process
    assert json.loads(done.stdout)["week_start"] == "2026-03-11"


def test_a_whole_process_command_is_swept_only_for_what_it_makes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The collector waits while the command's modules are imported, then sweeps as usual
    (a command may run for hours); what the imports made, and what is left at the end, is
    frozen out of the sweeps."""
    from planner.cli import commands as loaded

    seen: list[object] = []

    def run_command(
        args: object, out: object = None, err: object = None, *, imported: Callable[[], object]
    ) -> int:
        seen.append(("importing", gc.isenabled()))
        imported()
        seen.append(("running", gc.isenabled()))
        return 0

    def end_process(code: int) -> None:
        seen.append(("ended", code))
        raise SystemExit(code)  # rather than end the test's own process

    monkeypatch.setattr(gc, "freeze", lambda: seen.append("freeze"))
    monkeypatch.setattr(loaded, "run_command", run_command)
    monkeypatch.setattr(sys, "argv", ["care-planner", "week", "--json"])
    monkeypatch.setattr(os, "_exit", end_process)
    monkeypatch.setattr(codecache, "install", lambda: seen.append("code kept"))
    try:
        with pytest.raises(SystemExit):
            main()
    finally:
        gc.enable()

    assert seen == [
        "code kept",  # the records' compiled code is kept from the start (planner/codecache.py)
        ("importing", False),
        "freeze",
        ("running", True),
        "freeze",
        ("ended", 0),
    ]


def test_a_whole_process_command_ends_once_its_output_is_out(demo_plan: Plan) -> None:
    """A process started for one command ends as soon as the command is done and its
    output is written: Python's own ending (taking apart every module) is skipped, and
    nothing of the output is lost; a reader that goes away early ends it quietly."""
    assert demo_plan.file is not None
    demo_plan.close()
    # A note printed as Python takes the process apart at its end.
    command = as_a_process("import atexit", "atexit.register(print, 'taken apart')")
    argv = ["week", "--json", "--database-url", url(demo_plan.file)]

    done = subprocess.run(
        [*command, *argv], capture_output=True, text=True, timeout=120, check=False
    )

    assert done.returncode == 0, done.stderr
    assert "taken apart" not in done.stdout
    assert json.loads(done.stdout)["week_start"] == "2026-03-11"  # all of it, flushed

    with subprocess.Popen(
        [*command, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as reader:
        assert reader.stdout is not None and reader.stderr is not None
        reader.stdout.close()  # the reader went away, as `| head -c 0` does
        errors = reader.stderr.read().decode()
        assert reader.wait(timeout=120) in (0, 1)
    assert "Traceback" not in errors
    assert "Exception ignored" not in errors


def test_a_command_called_in_process_leaves_the_collector_alone(
    demo_plan: Plan, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    assert demo_plan.file is not None

    assert main(["week", "--database-url", url(demo_plan.file)]) == 0

    assert frozen == []
    assert gc.isenabled()
    assert "Wednesday 11 March" in capsys.readouterr().out


def offered_by(parser: argparse.ArgumentParser) -> set[str]:
    (subcommands,) = [action for action in parser._actions if action.dest == "command"]
    return set(subcommands.choices or ())


@pytest.mark.parametrize(
    ("argv", "built"),
    [
        (["week", "--json"], {"week"}),
        (["--database-url", "week", "check", "--weeks", "2"], {"check"}),  # a file named week
        (
            ["--database-url=p.sqlite3", "dose", "3"],
            {"dose", "doses", "log", "red-flags", "medicines"},
        ),
        (["export", "pdf", "-o", "x.pdf"], {"import", "export"}),
    ],
)
def test_a_command_line_builds_only_the_subcommand_it_names(
    argv: list[str], built: set[str]
) -> None:
    """Each subcommand's options cost every command time to build: only the one named is."""
    from planner.cli.parser import build_parser

    assert offered_by(build_parser(argv)) == built


@pytest.mark.parametrize(
    "argv",
    [[], ["--demo"], ["--database-url", "sqlite:///p.sqlite3", "--tray"], ["--database-url=x"]],
)
def test_starting_the_window_builds_no_subcommand_and_reads_as_the_whole_parser(
    argv: list[str],
) -> None:
    from planner.cli.parser import build_parser

    assert offered_by(build_parser(argv)) == set()
    assert vars(build_parser(argv).parse_args(argv)) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [["-h"], ["-h", "week"], ["--version"], ["weak"], ["--database-url"], ["--bogus", "week"]],
)
def test_help_and_mistakes_see_every_subcommand(argv: list[str]) -> None:
    """The help lists them all, and a mistyped one is answered with the list of all."""
    from planner.cli.parser import SUBCOMMANDS, build_parser

    every = {name for names, _ in SUBCOMMANDS for name in names}

    assert offered_by(build_parser(argv)) == every == offered_by(build_parser())


@pytest.mark.parametrize(
    "argv",
    [
        ["week"],
        ["week", "--json", "--date", "2026-03-14"],
        ["--database-url", "sqlite:///p.sqlite3", "check", "--weeks", "3", "--json"],
        ["changes", "--area", "rides", "--since", "2026-03-01", "--database-url", "x"],
        ["search", "acic", "blood", "--limit", "3"],
        ["export", "vcf", "-o", "cards.vcf", "--vcard-version", "4.0"],
        ["import", "a.csv", "b.ics"],
        ["team", "add", "sam", "--role", "helper"],
        ["log", "temperature", "37.2"],
        ["restore", "backup.sqlite3"],
        ["install-desktop", "--prefix", "/tmp/share"],
    ],
)
def test_a_subcommand_built_alone_reads_its_arguments_as_the_whole_parser(
    argv: list[str],
) -> None:
    from planner.cli.parser import build_parser

    assert vars(build_parser(argv).parse_args(argv)) == vars(build_parser().parse_args(argv))
