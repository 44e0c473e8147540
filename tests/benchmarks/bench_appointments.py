"""The Appointments page over 100,000 appointments: open it, show every date, sort, filter
and scroll, each timed from the call to the painted table.

    python -m tests.benchmarks.bench_appointments [--repeats 10] [--quick] [--figures FILE]

In one process, offscreen, on the benchmark plan (see ``tests.benchmarks.plan``). The page holds the
matching ids and reads only the rows it shows, so each step costs one narrow query plus a
page of rows. Bar: a change of filter or sort is painted within 50 ms (median), the bar
DESIGN.md sets for a search over 100,000 records. Exit status 1 when missed. The collector
is set as in the window's own process: off while the window is built, then
:func:`planner.ui.app.start_sweeping`.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tests.benchmarks import (
    Figure,
    arguments,
    bench_plan,
    finish,
    machine_facts,
    median,
    percentile,
    pin_clock,
)
from tests.benchmarks.bench_week import OFFSCREEN_NOISE, private_environment

BAR_MS = 50.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=10, help="times each step (default 10)")
    arguments(parser)
    args = parser.parse_args(argv)
    print(f"machine: {machine_facts()}")
    plan_file = bench_plan(args)
    print(f"plan: {plan_file}")
    with tempfile.TemporaryDirectory(prefix="care-planner-bench-") as folder:
        private_environment(Path(folder))
        figures = measure(plan_file, 2 if args.quick else args.repeats, Path(folder))
    return finish(figures, args.figures)


def measure(plan_file: Path, repeats: int, folder: Path) -> list[Figure]:
    from PySide6.QtCore import (
        QCoreApplication,
        QMessageLogContext,
        QSettings,
        Qt,
        QtMsgType,
        qInstallMessageHandler,
    )
    from PySide6.QtWidgets import QApplication

    from planner.domain.enums import AppointmentKind, Area
    from planner.services.plan import open_plan
    from planner.ui import settings
    from planner.ui.app import start_sweeping
    from planner.ui.appointments.page import AppointmentsPage
    from planner.ui.mainwindow import MainWindow

    QCoreApplication.setOrganizationName(settings.ORGANISATION)
    QCoreApplication.setApplicationName(settings.APPLICATION)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))

    def quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if OFFSCREEN_NOISE not in message:  # the test platform talking, on every window
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet_offscreen)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)

    def painted(step: Callable[[], object]) -> float:
        started = time.perf_counter()
        step()
        app.processEvents()  # the table repaints what changed
        return time.perf_counter() - started

    pin_clock()
    plan = open_plan(f"sqlite:///{plan_file}")
    gc.disable()  # as a window's process does while it builds the window (planner/main)
    try:
        window = MainWindow(plan)
        window.resize(1400, 900)
        window.show()
        start_sweeping()  # as the window's process does once it is built
        app.processEvents()
        opened = painted(lambda: window.show_area(Area.APPOINTMENTS))
        page = window.pages[Area.APPOINTMENTS]
        assert isinstance(page, AppointmentsPage)
        kinds = page.filters.kind
        steps: dict[str, list[float]] = {
            "show every date": [],
            "sort by title": [],
            "filter by kind": [],
            "scroll to the end": [],
        }
        shown = 0
        for _ in range(repeats):
            page.filters.all_dates.setChecked(False)
            kinds.setCurrentIndex(0)
            page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
            app.processEvents()
            page.table.scrollToTop()
            steps["show every date"].append(
                painted(lambda: page.filters.all_dates.setChecked(True))
            )
            shown = page.model.rowCount()
            steps["sort by title"].append(
                painted(lambda: page.table.sortByColumn(2, Qt.SortOrder.DescendingOrder))
            )
            steps["filter by kind"].append(
                painted(
                    lambda: kinds.setCurrentIndex(kinds.findData(AppointmentKind.DIALYSIS.value))
                )
            )
            steps["scroll to the end"].append(painted(page.table.scrollToBottom))
        fetches = page.model.fetches
        window.close()
    finally:
        plan.close()

    print(f"\nappointments shown with every date: {shown:,}; row pages read in all: {fetches}")
    print(f"  open the page (first time): {opened * 1000:7.1f} ms")
    print(f"  {'':24} {'median':>7} {'p90':>7} (ms)")
    for name, values in steps.items():
        print(f"  {name:24} {median(values) * 1000:7.1f} {percentile(values, 0.9) * 1000:7.1f}")
    slowest = max(steps, key=lambda name: median(steps[name]) if name != "scroll to the end" else 0)
    return [
        Figure(
            "bench_appointments",
            "Appointments page, slowest change of filter or sort (median)",
            median(steps[slowest]) * 1000,
            "ms",
            BAR_MS,
            note=f"{shown:,} appointments shown; the slowest: {slowest}",
        )
    ]


if __name__ == "__main__":
    sys.exit(main())
