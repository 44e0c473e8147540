"""``make bench``: run every benchmark, one after another, and write ``docs/performance.md``.

    python -m tests.benchmarks.report [--quick] [--output FILE] [--figures FILE] [--note TEXT]

Builds (or finds in the cache) the benchmark plan first, then runs each benchmark of
:data:`BENCHMARKS` in a process of its own (``python -m tests.benchmarks.<name>
--figures ...``, its own output passed through), collects the figures each reports and
writes one report: the machine, then a table with each figure, its floor, the measured
value, the ratio and the bar, PASS or FAIL, and the date and commit. A benchmark that
fails to run counts as a FAIL. Exit status 1 when any figure fails.

``--quick``: every benchmark on the small plan with a few runs. It shows that each one
runs and reports its figures; their values mean nothing, so the quick mode's exit status
says only whether every benchmark ran (2 when one did not), and it writes the report only
where ``--output`` says (never over ``docs/performance.md``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tests.benchmarks import (
    APPOINTMENTS,
    BENCH_NOW,
    TIMES,
    YEARS,
    Figure,
    large_plan,
    machine_facts,
    quick_plan,
    read_figures,
    value_text,
)

BENCHMARKS = (
    "bench_startup",
    "bench_week",
    "bench_cli",
    "bench_imports",
    "bench_save",
    "bench_live",
    "bench_search",
    "bench_appointments",
)
"""Every benchmark, in the order of issue 19's list."""
ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "docs" / "performance.md"
TIMEOUT_S = 30 * 60


@dataclass
class Run:
    """What one benchmark's process did."""

    name: str
    status: int
    seconds: float
    figures: list[Figure] = field(default_factory=list)
    error: str = ""

    @property
    def ran(self) -> bool:
        return bool(self.figures) and not self.error


def run(name: str, quick: bool) -> Run:
    """Run benchmark ``name`` in a process of its own and collect its figures."""
    with tempfile.TemporaryDirectory(prefix="care-planner-report-") as folder:
        figures_file = Path(folder) / "figures.json"
        command = [sys.executable, "-m", f"tests.benchmarks.{name}", "--figures", str(figures_file)]
        if quick:
            command.append("--quick")
        print(f"\n=== {name}", flush=True)
        started = time.perf_counter()
        try:
            done = subprocess.run(command, cwd=ROOT, timeout=TIMEOUT_S, check=False)
            status = done.returncode
        except subprocess.TimeoutExpired:
            status = -1
        seconds = time.perf_counter() - started
        if not figures_file.exists():
            why = "timed out" if status == -1 else f"ended with exit status {status}"
            return Run(name, status, seconds, error=f"{name} reported no figures ({why})")
        return Run(name, status, seconds, read_figures(figures_file))


def commit() -> str:
    """The commit measured (and whether the tree had changes on top of it)."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
            check=True,
        ).stdout.strip()  # fmt: skip
        changed = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return "unknown (no git)"
    return f"{head} with uncommitted changes" if changed else head


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def markdown(
    runs: Sequence[Run],
    *,
    quick: bool,
    started: dt.datetime,
    seconds: float,
    loads: tuple[str, str],
    speeds: tuple[float, float],
    note: str,
) -> str:
    """The report, as Markdown."""
    figures = [figure for r in runs for figure in r.figures]
    failed = [f for f in figures if not f.passed] + [r for r in runs if r.error]
    plan = (
        "the quick mode's small plan (the figures mean nothing)"
        if quick
        else f"{APPOINTMENTS:,} appointments over {YEARS} years (`tests/benchmarks/plan.py`)"
    )
    out = [
        "# Performance",
        "",
        "Written by `make bench` (`python -m tests.benchmarks.report`"
        f"{' --quick' if quick else ''}); do not edit by hand. The bars are those of issue 19.",
        "",
        f"- Measured: {started:%Y-%m-%d %H:%M} UTC, commit {commit()}, "
        f"{seconds / 60:.1f} minutes in all",
        f"- Machine: {machine_facts()}",
        f"- Load average (1, 5, 15 min): {loads[0]} at the start, {loads[1]} at the end",
        f"- Speed: a fixed piece of plain Python work ({SPEED_ITEMS:,} strings made, looked "
        f"up and sorted) took {speeds[0]:.0f} ms at the start and {speeds[1]:.0f} ms at the "
        "end (the machine's speed then: figures in milliseconds move with it, ratios to a "
        "floor hardly)",
        f"- Plan: {plan}; the clock pinned at {BENCH_NOW:%A %d %B %Y %H:%M}",
    ]
    if note:
        out.append(f"- Note: {note}")
    out += [
        "",
        f"**{len(figures) - len([f for f in figures if not f.passed])} of {len(figures)} figures "
        f"pass{'' if not failed else '; ' + str(len(failed)) + ' FAIL'}.**",
        "",
        "| Figure | Floor | Measured | Ratio | Bar | Result |",
        "|---|---|---:|---:|---|---|",
    ]
    for figure in figures:
        floor = (
            f"{value_text(figure.floor, figure.unit)} ({figure.floor_name})"
            if figure.floor is not None
            else "—"
        )
        ratio = f"{figure.ratio:.2f}{TIMES}" if figure.ratio is not None else "—"
        result = "PASS" if figure.passed else "**FAIL**"
        out.append(
            f"| {_cell(figure.name)} | {_cell(floor)} | {value_text(figure.measured, figure.unit)} "
            f"| {ratio} | {figure.bar_text} | {result} |"
        )
    for r in runs:
        if r.error:
            out.append(f"| {r.name} | — | — | — | — | **FAIL**: {_cell(r.error)} |")
    out += ["", "## Notes", ""]
    for figure in figures:
        if figure.note:
            out.append(f"- {figure.name}: {figure.note}.")
    out += [
        "",
        "## Benchmarks",
        "",
        "| Benchmark | Seconds | Figures | Exit status |",
        "|---|---:|---:|---:|",
    ]
    for r in runs:
        out.append(f"| `{r.name}` | {r.seconds:.0f} | {len(r.figures)} | {r.status} |")
    out += [
        "",
        "Each runs alone too: `python -m tests.benchmarks.<name>` (see its docstring; "
        "`--quick` for the small plan). A floor is the same work done by the bare libraries "
        "in the same run; where a bar is a ratio it is on measured / floor.",
        "",
    ]
    return "\n".join(out)


SPEED_ITEMS = 200_000


def speed() -> float:
    """How long a fixed piece of plain Python work takes now, in milliseconds (the best of
    three): making 200,000 short strings, a dictionary of them and sorting them, which
    touches some 30 MB of memory as the program's own work does. A shared machine's speed
    changes by half from one hour to the next (another's work slows its memory as much as
    its processor), and a bar in milliseconds (the week switch's) moves with it."""
    best = math.inf
    for _ in range(3):
        started = time.perf_counter()
        texts = [f"item {n * 7919 % SPEED_ITEMS}" for n in range(SPEED_ITEMS)]
        found = {text: n for n, text in enumerate(texts)}
        texts.sort()
        assert len(found) == SPEED_ITEMS
        best = min(best, time.perf_counter() - started)
    return best * 1000


def load() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small data, few runs")
    parser.add_argument(
        "--output", type=Path, help=f"where to write the report (default {REPORT.relative_to(ROOT)}"
        "; the quick mode writes none unless given)",
    )  # fmt: skip
    parser.add_argument("--figures", type=Path, help="also write every figure as JSON here")
    parser.add_argument("--note", default="", help="a line for the report (the machine's load)")
    parser.add_argument(
        "--only", action="append", choices=BENCHMARKS, help="run only this benchmark (repeatable)"
    )
    args = parser.parse_args(argv)
    started = dt.datetime.now(dt.UTC)
    clock = time.perf_counter()
    first_load, first_speed = load(), speed()
    print(f"machine: {machine_facts()}")
    plan = quick_plan() if args.quick else large_plan()  # built once, before any is timed
    print(f"plan: {plan}", flush=True)
    runs = [run(name, args.quick) for name in (args.only or BENCHMARKS)]
    text = markdown(
        runs,
        quick=args.quick,
        started=started,
        seconds=time.perf_counter() - clock,
        loads=(first_load, load()),
        speeds=(first_speed, speed()),
        note=args.note,
    )
    output = args.output if args.output or args.quick else REPORT
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
        print(f"\nwrote {output}")
    if args.figures is not None:
        import json

        args.figures.write_text(
            json.dumps([f.to_json() for r in runs for f in r.figures], indent=1), encoding="utf-8"
        )
    print()
    for r in runs:
        for figure in r.figures:
            print(f"{figure.verdict}  {figure.name}")
        if r.error:
            print(f"FAIL  {r.error}")
    if not all(r.ran for r in runs):
        return 2 if args.quick else 1
    if args.quick:
        return 0
    return 0 if all(f.passed for r in runs for f in r.figures) else 1


if __name__ == "__main__":
    sys.exit(main())
