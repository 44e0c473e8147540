"""Bar 1: start to the first painted window, and the peak memory on the way, against a bare
PySide6 window, same run.

    python -m tests.benchmarks.bench_startup [--runs 7] [--quick] [--figures FILE]

Alternates the two, ``--runs`` times each after one unmeasured warm-up each (for the app,
a start after the first: the first start ever also compiles and keeps its records' code,
planner/codecache.py):

* baseline: a tiny script that imports SQLAlchemy, then PySide6, opens the same plan
  file, reads one row, shows a QMainWindow with a QLabel and quits after its first paint;
  both say "window shown" once the first frame is drawn whole (the widgets inside a window
  are drawn after its own paint event: the window's take some 10 ms, the label well under
  one);
* the app: ``care-planner --database-url sqlite:///<plan>`` with
  CARE_PLANNER_QUIT_AFTER_SHOW=1, the clock pinned at the benchmark's moment.

Each is timed with ``time.perf_counter`` from just before the process is started to the
moment its "window shown" line arrives on stdout; its peak memory is the ``ru_maxrss`` the
kernel reports when it is reaped. Both run offscreen with a private HOME and XDG folders.
Bar: the app's median at most 1.25 times the baseline's, in time and in peak memory; exit
status 1 when one is missed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from tests.benchmarks import (
    PIN,
    Figure,
    arguments,
    bench_plan,
    finish,
    machine_facts,
    median,
)

BAR = 1.25
SHOWN = "window shown:"
TIMEOUT = 120.0

BASELINE = r"""
import sys

import sqlalchemy

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

engine = sqlalchemy.create_engine(f"sqlite:///{sys.argv[1]}")
with engine.connect() as connection:
    row = connection.execute(
        sqlalchemy.text("SELECT id, title FROM appointment LIMIT 1")
    ).one()

app = QApplication(sys.argv)
window = QMainWindow()
window.setObjectName("baselineWindow")
window.setCentralWidget(QLabel(f"First appointment: {row.title}"))
window.resize(1200, 800)


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            name = watched.objectName()

            def drawn():
                print(f"window shown: {name}", flush=True)
                app.quit()

            QTimer.singleShot(0, drawn)  # after the rest of the first frame, as the app
        return False


window.installEventFilter(FirstPaint(window))
window.show()
app.exec()
engine.dispose()
"""


def entry_point() -> str:
    found = shutil.which("care-planner", path=str(Path(sys.executable).parent)) or shutil.which(
        "care-planner"
    )
    if not found:
        sys.exit(
            "bench_startup: the care-planner console script is not installed (pip install -e .)"
        )
    return found


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from starting ``command`` to its "window shown" line, and its peak memory in
    MiB; it must then exit 0."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None and process.stderr is not None
    watchdog = threading.Timer(TIMEOUT, process.kill)
    watchdog.start()
    errors: list[str] = []
    reader = threading.Thread(target=lambda: errors.append(process.stderr.read()))  # type: ignore[union-attr]
    reader.start()
    shown = None
    for line in process.stdout:
        if line.startswith(SHOWN):
            shown = time.perf_counter()
            break
    process.stdout.read()
    reader.join()
    # Reaped here rather than by Popen, for the kernel's account of its peak memory.
    _, status, usage = os.wait4(process.pid, 0)
    watchdog.cancel()
    process.returncode = os.waitstatus_to_exitcode(status)
    if shown is None or process.returncode != 0:
        sys.exit(
            f"bench_startup: {command[0]} did not show its window "
            f"(exit status {process.returncode}):\n{''.join(errors)}"
        )
    peak_kib = usage.ru_maxrss if sys.platform != "darwin" else usage.ru_maxrss / 1024
    return shown - started, peak_kib / 1024


def private_environment(home: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("CARE_PLANNER_", "XDG_"))
    }
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        QT_QPA_PLATFORM="offscreen",
        CARE_PLANNER_QUIT_AFTER_SHOW="1",
        CARE_PLANNER_NOW=PIN,
    )
    (home / "runtime").mkdir(mode=0o700, exist_ok=True)
    return env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="measured runs of each (default 7)")
    arguments(parser)
    args = parser.parse_args(argv)
    runs = 1 if args.quick else args.runs
    print(f"machine: {machine_facts()}")
    plan = bench_plan(args)
    print(f"plan: {plan} ({plan.stat().st_size / 1e6:.0f} MB)")
    return finish(measure(plan, runs, warm_up=not args.quick), args.figures)


def measure(plan: Path, runs: int, *, warm_up: bool = True) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="care-planner-bench-") as folder:
        home = Path(folder)
        env = private_environment(home)
        script = home / "baseline.py"
        script.write_text(BASELINE, encoding="utf-8")
        baseline_command = [sys.executable, str(script), str(plan)]
        app_command = [entry_point(), "--database-url", f"sqlite:///{plan}"]

        if warm_up:  # file and library caches, not measured
            timed(baseline_command, env)
            timed(app_command, env)
        baseline: list[tuple[float, float]] = []
        app: list[tuple[float, float]] = []
        for _ in range(runs):
            baseline.append(timed(baseline_command, env))
            app.append(timed(app_command, env))

    def ms(values: list[tuple[float, float]]) -> str:
        return " ".join(f"{seconds * 1000:.0f}" for seconds, _ in values)

    def mib(values: list[tuple[float, float]]) -> str:
        return " ".join(f"{peak:.0f}" for _, peak in values)

    base_time, app_time = (median(s for s, _ in runs_) * 1000 for runs_ in (baseline, app))
    base_peak, app_peak = (median(m for _, m in runs_) for runs_ in (baseline, app))
    print(f"\nstart to first painted window, {runs} runs each, alternating")
    print(f"  {'':10} {'median':>9}  runs (ms)              peak (MiB)")
    print(f"  {'baseline':10} {base_time:7.0f} ms  {ms(baseline):22} {mib(baseline)}")
    print(f"  {'app':10} {app_time:7.0f} ms  {ms(app):22} {mib(app)}")
    floor = "bare PySide6 window reading one row"
    each = f"median of {runs} run{'s' if runs > 1 else ''} each, alternating, after a first"
    return [
        Figure(
            "bench_startup", "Start to first painted window", app_time, "ms", BAR,
            floor=base_time, floor_name=floor, note=each,
        ),
        Figure(
            "bench_startup", "Peak memory at start", app_peak, "MiB", BAR,
            floor=base_peak, floor_name=floor, note="ru_maxrss, median of the runs",
        ),
    ]  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
