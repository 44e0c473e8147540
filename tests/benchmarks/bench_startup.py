"""Bar 1: start to the first painted window, against a bare PySide6 window, same run.

    python -m tests.benchmarks.bench_startup [--runs 7] [--per-week 12]

Alternates the two, ``--runs`` times each after one unmeasured warm-up each:

* baseline: a tiny script that imports SQLAlchemy, then PySide6, opens the same plan
  file, reads one row, shows a QMainWindow with a QLabel and quits after its first paint;
* the app: ``care-planner --database-url sqlite:///<plan>`` with
  CARE_PLANNER_QUIT_AFTER_SHOW=1.

Each is timed with ``time.perf_counter`` from just before the process is started to the
moment its "window shown" line arrives on stdout. Both run offscreen with a private HOME
and XDG folders. Exit status 1 when the app's median exceeds 1.25 times the baseline's.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks import PER_WEEK, large_plan, machine_facts, median

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
            print(f"window shown: {watched.objectName()}", flush=True)
            QTimer.singleShot(0, app.quit)
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


def timed(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` to its "window shown" line; it must then exit 0."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    shown = None
    for line in process.stdout:
        if line.startswith(SHOWN):
            shown = time.perf_counter()
            break
    try:
        _, errors = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        _, errors = process.communicate()
    if shown is None or process.returncode != 0:
        sys.exit(
            f"bench_startup: {command[0]} did not show its window "
            f"(exit status {process.returncode}):\n{errors}"
        )
    return shown - started


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
    )
    (home / "runtime").mkdir(mode=0o700, exist_ok=True)
    return env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="measured runs of each (default 7)")
    parser.add_argument(
        "--per-week",
        type=float,
        default=PER_WEEK,
        help=f"appointments in an average week of the plan (default {PER_WEEK})",
    )
    args = parser.parse_args(argv)

    print(f"machine: {machine_facts()}")
    plan = large_plan(per_week=args.per_week)
    print(f"plan: {plan} ({plan.stat().st_size / 1e6:.0f} MB)")
    with tempfile.TemporaryDirectory(prefix="care-planner-bench-") as folder:
        home = Path(folder)
        env = private_environment(home)
        script = home / "baseline.py"
        script.write_text(BASELINE, encoding="utf-8")
        baseline_command = [sys.executable, str(script), str(plan)]
        app_command = [entry_point(), "--database-url", f"sqlite:///{plan}"]

        timed(baseline_command, env)  # warm-ups: file and library caches, not measured
        timed(app_command, env)
        baseline: list[float] = []
        app: list[float] = []
        for _ in range(args.runs):
            baseline.append(timed(baseline_command, env))
            app.append(timed(app_command, env))

    base_median, app_median = median(baseline), median(app)
    ratio = app_median / base_median
    verdict = "PASS" if ratio <= BAR else "FAIL"

    def ms(values: list[float]) -> str:
        return " ".join(f"{v * 1000:.0f}" for v in values)

    print(f"\nstart to first painted window, {args.runs} runs each, alternating")
    print(f"  {'':10} {'median':>9}  runs (ms)")
    print(f"  {'baseline':10} {base_median * 1000:7.0f} ms  {ms(baseline)}")
    print(f"  {'app':10} {app_median * 1000:7.0f} ms  {ms(app)}")
    print(f"  ratio {ratio:.2f} (bar {BAR:.2f}): {verdict}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
