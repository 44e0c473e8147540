"""Bar: ``care-planner week --json`` as a whole process takes at most 1.25 times a bare
process that imports SQLAlchemy and reads one row of the same plan, same run.

    python -m tests.benchmarks.bench_cli [--runs 7] [--quick] [--figures FILE]

Alternates the two, ``--runs`` times each after one unmeasured warm-up each (which also
leaves the program's compiled records in its cache folder, as any earlier run has: see
planner/codecache.py; a first run ever takes about 30 ms more), timing each with
``time.perf_counter`` from just before the process is started until it has exited (it
must exit 0 and, for the command, print a JSON object). The plan is the benchmark plan, the
clock pinned at its moment: the week printed is a week of treatment. Exit status 1 when the
command's median misses the bar.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks import PIN, Figure, arguments, bench_plan, finish, machine_facts, median

BAR = 1.25
BASELINE = (
    "import sys\n"
    "import sqlalchemy\n"
    "engine = sqlalchemy.create_engine(f'sqlite:///{sys.argv[1]}')\n"
    "with engine.connect() as connection:\n"
    "    row = connection.execute(\n"
    "        sqlalchemy.text('SELECT id, title FROM appointment LIMIT 1')\n"
    "    ).one()\n"
    "print(row.title)\n"
)


def timed(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Seconds from starting ``command`` to its exit, and what it printed."""
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    took = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"bench_cli: {' '.join(command[:3])} failed ({done.returncode}):\n{done.stderr}")
    return took, done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="measured runs of each (default 7)")
    arguments(parser)
    args = parser.parse_args(argv)
    print(f"machine: {machine_facts()}")
    plan = bench_plan(args)
    print(f"plan: {plan}")
    runs = 1 if args.quick else args.runs
    return finish(measure(plan, runs, warm_up=not args.quick), args.figures)


def measure(plan: Path, runs: int, *, warm_up: bool = True) -> list[Figure]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("CARE_PLANNER")}
    env["CARE_PLANNER_NOW"] = PIN
    baseline_command = [sys.executable, "-c", BASELINE, str(plan)]
    command = [sys.executable, "-m", "planner", "week", "--json", "--database-url",
               f"sqlite:///{plan}"]  # fmt: skip
    if warm_up:
        timed(baseline_command, env)
        timed(command, env)
    baseline: list[float] = []
    app: list[float] = []
    printed = ""
    for _ in range(runs):
        baseline.append(timed(baseline_command, env)[0] * 1000)
        took, printed = timed(command, env)
        app.append(took * 1000)
    week = json.loads(printed)  # the command printed one JSON object
    if not isinstance(week, dict):
        sys.exit("bench_cli: week --json printed no JSON object")
    print(f"\nwhole process, {runs} runs each, alternating")
    for name, values in (("baseline", baseline), ("week", app)):
        each = " ".join(f"{v:.0f}" for v in values)
        print(f"  {name:9} median {median(values):6.0f} ms  runs {each}")
    return [
        Figure(
            "bench_cli", "care-planner week --json, whole process", median(app), "ms", BAR,
            floor=median(baseline), floor_name="python + SQLAlchemy reading one row",
            note=f"median of {runs} run{'s' if runs > 1 else ''} each, alternating, after a first",
        )
    ]  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
