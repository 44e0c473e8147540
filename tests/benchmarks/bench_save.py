"""Bar: saving one appointment edit through the services (change record included) takes
under 1 ms (median); shown against a bare UPDATE and commit of the same row, same run.

    python -m tests.benchmarks.bench_save [--saves 200] [--quick] [--figures FILE]

On a copy of the benchmark plan (the cached file stays as it was), in one process: each
save changes the notes of an appointment of the benchmark's week through
``planner.services.appointments.update_appointment`` (its unit of work, version guard,
change record and search index included), timed with ``time.perf_counter``. The floor:
the same change as one ``UPDATE`` and ``COMMIT`` with the sqlite3 module on the same file,
with the plan's own pragmas (WAL, ``synchronous = NORMAL``).
Exit status 1 when the services' median is 1 ms or more.
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks import (
    BENCH_TODAY,
    Figure,
    arguments,
    bench_plan,
    finish,
    machine_facts,
    median,
    pin_clock,
)

BAR_MS = 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=200, help="saves of each (default 200)")
    arguments(parser)
    args = parser.parse_args(argv)
    print(f"machine: {machine_facts()}")
    plan_file = bench_plan(args)
    print(f"plan: {plan_file}")
    with tempfile.TemporaryDirectory(prefix="care-planner-bench-") as folder:
        copy = Path(folder) / "plan.sqlite3"
        shutil.copyfile(plan_file, copy)
        figures = measure(copy, 10 if args.quick else args.saves)
    return finish(figures, args.figures)


def measure(plan_file: Path, saves: int) -> list[Figure]:
    from planner.services.appointments import appointments_by_id, update_appointment
    from planner.services.plan import open_plan

    pin_clock()
    with sqlite3.connect(plan_file) as connection:
        (appointment_id,) = connection.execute(
            "SELECT id FROM appointment WHERE start >= ? ORDER BY start LIMIT 1",
            (BENCH_TODAY.isoformat(),),
        ).fetchone()

    plan = open_plan(f"sqlite:///{plan_file}")
    services: list[float] = []
    try:
        current = appointments_by_id(plan, [appointment_id])[appointment_id]
        update_appointment(plan, dataclasses.replace(current, notes="warm-up"))
        current = appointments_by_id(plan, [appointment_id])[appointment_id]
        for n in range(saves):
            edited = dataclasses.replace(current, notes=f"Bring the scan results ({n}).")
            started = time.perf_counter()
            (_, current), _ = update_appointment(plan, edited)
            services.append((time.perf_counter() - started) * 1000)
    finally:
        plan.close()

    bare: list[float] = []
    connection = sqlite3.connect(plan_file, isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = ON"):
        connection.execute(f"PRAGMA {pragma}")  # as the plan's own connections
    try:
        for n in range(saves):
            started = time.perf_counter()
            connection.execute("BEGIN")
            connection.execute(
                "UPDATE appointment SET notes = ?, version = version + 1 WHERE id = ?",
                (f"Bring the blood results ({n}).", appointment_id),
            )
            connection.execute("COMMIT")
            bare.append((time.perf_counter() - started) * 1000)
    finally:
        connection.close()

    print(f"\nsaves of one appointment's notes: {saves} each")
    print(f"  services  median {median(services):6.2f} ms")
    print(f"  bare      median {median(bare):6.2f} ms")
    return [
        Figure(
            "bench_save", "Save one appointment edit through the services (median)",
            median(services), "ms", BAR_MS, floor=median(bare),
            floor_name="a bare UPDATE and COMMIT", relative=False,
            note=f"{saves} saves; change record and search index included",
        )
    ]  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
