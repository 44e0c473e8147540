"""Bar: a change saved in one window is painted in another within 2 s on SQLite and within
0.5 s on PostgreSQL.

    python -m tests.benchmarks.bench_live [--changes 20] [--backend sqlite|postgresql|both]
        [--quick] [--figures FILE]

A window (offscreen) shows the coming days of a demo plan; a second process, the writer,
opens the same plan and adds one appointment for today each time it is asked, printing the
moment (``time.monotonic``, shared by processes on one machine) its save returned. The
window is driven until the new appointment is painted in its coming days; the latency is
that moment minus the writer's. PostgreSQL uses a throwaway server (skipped without the
server binaries). Exit status 1 when the slowest change misses its bar. ``--quick``: three
changes, SQLite only. The window's collector is set as in its own process: off while the
window is built, then :func:`planner.ui.app.start_sweeping`.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from tests.benchmarks import PIN, Figure, arguments, finish, machine_facts, median, percentile
from tests.benchmarks.bench_week import OFFSCREEN_NOISE, private_environment

BARS_MS = {"sqlite": 2000.0, "postgresql": 500.0}
TIMEOUT_S = 10.0

WRITER = textwrap.dedent(
    """
    import datetime as dt, sys, time
    from planner.domain.enums import AppointmentKind
    from planner.domain.model import Appointment
    from planner.services.appointments import add_appointment
    from planner.services.plan import open_plan

    plan = open_plan(sys.argv[1])
    today = plan.clock.today()
    for line in sys.stdin:
        n = int(line)
        start = dt.datetime.combine(today, dt.time(18)) + dt.timedelta(minutes=n)
        add_appointment(plan, Appointment(AppointmentKind.LAB_TEST, f"Probe {n}", start))
        print(time.monotonic(), flush=True)
    """
)


def measure(url: str, changes: int) -> list[float]:
    from PySide6.QtCore import QMessageLogContext, QThreadPool, QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from planner.services import week_reader
    from planner.services.demo import fill_demo
    from planner.services.plan import open_plan
    from planner.ui.app import start_sweeping
    from planner.ui.mainwindow import MainWindow

    def quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if OFFSCREEN_NOISE not in message:  # the test platform talking, on every window
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet_offscreen)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    plan = open_plan(url)
    fill_demo(plan)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, url],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdin is not None and writer.stdout is not None
    gc.disable()  # as a window's process does while it builds the window (planner/main)
    window = MainWindow(plan, ask_profile=False)
    window.show()
    start_sweeping()  # as the window's process does once it is built
    week_reader.allow()  # and it reads ahead in a second process, as the window's does
    app.processEvents()
    latencies: list[float] = []
    try:
        for n in range(changes):
            writer.stdin.write(f"{n}\n")
            writer.stdin.flush()
            saved = float(writer.stdout.readline())
            title = f"Probe {n}"
            while True:
                app.processEvents()
                rows = window.week_page.day_list.rows()
                if any(title in row.text for row in rows):
                    window.week_page.day_list.viewport().repaint()
                    latencies.append((time.monotonic() - saved) * 1000)
                    break
                if time.monotonic() - saved > TIMEOUT_S:
                    latencies.append(TIMEOUT_S * 1000)
                    break
                time.sleep(0.002)
    finally:
        writer.stdin.close()
        writer.wait(timeout=30)
        window.plan_watch.stop()
        window.deleteLater()
        app.processEvents()
        # The weeks the window was reading ahead end before the plan closes (and its folder
        # goes): a read still on its way would make the plan's files again meanwhile.
        QThreadPool.globalInstance().waitForDone()
        week_reader.stop()
        plan.close()
    return latencies


NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


def report(backend: str, latencies: list[float]) -> Figure:
    bar = BARS_MS[backend]
    worst = max(latencies)
    print(
        f"{backend}: {len(latencies)} changes, median {median(latencies):.0f} ms, "
        f"95th percentile {percentile(latencies, 0.95):.0f} ms, slowest {worst:.0f} ms "
        f"(bar {bar:.0f} ms): {'PASS' if worst <= bar else 'FAIL'}"
    )
    return Figure(
        "bench_live",
        f"Live update, save to paint in another window, {NAMES[backend]} (slowest)",
        worst,
        "ms",
        bar,
        note=f"{len(latencies)} changes, median {median(latencies):.0f} ms",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=20, help="changes to time (default 20)")
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    arguments(parser, plan=False)
    args = parser.parse_args(argv)
    changes, backend = (3, "sqlite") if args.quick else (args.changes, args.backend)
    print(f"machine: {machine_facts()}")
    os.environ["CARE_PLANNER_NOW"] = PIN  # both processes: the demo's week, every run
    figures = []
    with tempfile.TemporaryDirectory(prefix="care-planner-bench-") as folder:
        private_environment(Path(folder))
        if backend in ("sqlite", "both"):
            url = f"sqlite:///{Path(folder) / 'plan.sqlite3'}"
            figures.append(report("sqlite", measure(url, changes)))
        if backend in ("postgresql", "both"):
            figures.extend(postgresql(Path(folder), changes))
    return finish(figures, args.figures)


def postgresql(folder: Path, changes: int) -> list[Figure]:
    import pwd

    from tests.helpers.postgres import SERVER_USER, Cluster, server_binaries

    binaries = server_binaries()
    if binaries is None:
        print("postgresql: skipped (no server binaries)")
        return []
    as_user = SERVER_USER if os.geteuid() == 0 else None
    if as_user:
        pwd.getpwnam(as_user)
    server_folder = Path(tempfile.mkdtemp(prefix="care-planner-pg-"))
    cluster = Cluster(binaries, server_folder, as_user)
    try:
        cluster.start()
        return [report("postgresql", measure(cluster.new_database(), changes))]
    finally:
        cluster.stop()
        shutil.rmtree(server_folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
