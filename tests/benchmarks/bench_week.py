"""Bar 2: switching weeks in the window, 16 ms median from the click to the painted week.

    python -m tests.benchmarks.bench_week [--switches 50] [--quick] [--figures FILE]

In one process, offscreen, on the benchmark plan (the clock pinned at its moment): builds
the main window, shows it, then switches ``--switches`` times (half back a week at a
time, then forward again: the plan ends a few weeks after the shown week, so every week
switched to is a full one). Each switch is timed with ``time.perf_counter`` from calling the
page's next/previous slot until the window has settled: the widgets it dropped are deleted
(as the event loop would) and ``processEvents`` has run until two passes in a row paint
nothing more. It also times, alone, the service call the page makes
(``planner.services.week.week``) and the slot without painting, to show where the time
goes. Exit status 1 when the median exceeds 16 ms. The week shown first is the benchmark's
(a week of treatment in the plan's last year). The collector is set as in the window's own
process: off while the window is built, then :func:`planner.ui.app.start_sweeping`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
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
    percentile,
    pin_clock,
)

BAR_MS = 16.0
MAX_PASSES = 10
QUIET_PASSES = 2
"""A pass can paint nothing while a zero timer is still due; two quiet passes in a row mean
the window has settled."""
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def private_environment(folder: Path) -> None:
    """Offscreen Qt, and HOME and the XDG folders in ``folder`` (before Qt is imported)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["HOME"] = str(folder)
    for name in ("CONFIG", "DATA", "CACHE"):
        os.environ[f"XDG_{name}_HOME"] = str(folder / name.lower())
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700)
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--switches", type=int, default=50, help="week switches (default 50)")
    arguments(parser)
    args = parser.parse_args(argv)

    print(f"machine: {machine_facts()}")
    plan_file = bench_plan(args)  # before HOME moves: the cache stays put
    print(f"plan: {plan_file}")
    with tempfile.TemporaryDirectory(prefix="care-planner-bench-") as folder:
        private_environment(Path(folder))
        figures = measure(plan_file, 4 if args.quick else args.switches, Path(folder))
    return finish(figures, args.figures)


def measure(plan_file: Path, switches: int, folder: Path) -> list[Figure]:
    from PySide6.QtCore import (
        QCoreApplication,
        QEvent,
        QMessageLogContext,
        QObject,
        QSettings,
        QtMsgType,
        qInstallMessageHandler,
    )
    from PySide6.QtWidgets import QApplication, QWidget

    from planner.services import week as week_service
    from planner.services.getting_started import getting_started
    from planner.services.plan import open_plan
    from planner.ui import settings
    from planner.ui.app import start_sweeping
    from planner.ui.labels import first_weekday
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

    class PaintCounter(QObject):
        painted = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted += 1
            return False

    def settle() -> int:
        """Delete what was dropped, then process events until the window paints no more."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        passes = quiet = 0
        while passes < MAX_PASSES and quiet < QUIET_PASSES:
            passes += 1
            before = counter.painted
            app.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            quiet = quiet + 1 if counter.painted == before else 0
        return passes

    pin_clock()
    plan = open_plan(f"sqlite:///{plan_file}")
    gc.disable()  # as a window's process does while it builds the window (planner/main)
    try:
        window = MainWindow(plan)
        page = window.week_page
        counter = PaintCounter(window)
        day_list = page.findChild(QWidget, "dayList")
        assert day_list is not None
        for widget in (window, page, page.range_label, day_list, page.gaps.view.viewport()):
            widget.installEventFilter(counter)
        window.show()
        start_sweeping()  # as the window's process does once it is built
        settle()
        today = BENCH_TODAY
        back = switches // 2
        switches = 2 * back  # back and forth, to end on the week shown first

        # The window: slot, then settle, each switch timed as a whole.
        total: list[float] = []
        slot_only: list[float] = []
        passes: list[int] = []
        items: list[int] = []
        for n in range(switches):
            started = time.perf_counter()
            if n < back:
                page.previous_week()
            else:
                page.next_week()
            called = time.perf_counter()
            painted_before = counter.painted
            passes.append(settle())
            done = time.perf_counter()
            if counter.painted == painted_before:
                sys.exit("bench_week: a week switch painted nothing; the measurement is wrong")
            total.append(done - started)
            slot_only.append(called - started)
            assert page.week is not None
            items.append(sum(len(day.items) for day in page.week.days))
        shown_last = page.day
        window.hide()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

        # The service alone, over the same weeks.
        service: list[float] = []
        first_steps: list[float] = []
        for n in range(switches):
            step = -(n + 1) if n < back else n + 1 - 2 * back
            day = today + dt.timedelta(weeks=step)
            started = time.perf_counter()
            week_service.week(plan, day, today=today, first_weekday=first_weekday())
            between = time.perf_counter()
            getting_started(plan)
            service.append(between - started)
            first_steps.append(time.perf_counter() - between)
    finally:
        plan.close()
    assert shown_last == today, "the switches should end on this week"

    def ms(values: list[float], fraction: float | None = None) -> str:
        value = median(values) if fraction is None else percentile(values, fraction)
        return f"{value * 1000:7.1f}"

    print(
        f"\nweek switches: {switches} ({back} back, then forward again), "
        f"{median(items):.0f} items a week (median), "
        f"{min(passes)}-{max(passes)} event passes to settle"
    )
    print(f"  {'':40} {'median':>7} {'p90':>7} (ms)")
    print(f"  {'switch, slot to painted':40} {ms(total)} {ms(total, 0.9)}")
    print(f"  {'  of which the slot (service + widgets)':40} {ms(slot_only)} {ms(slot_only, 0.9)}")
    print(f"  {'service alone: week()':40} {ms(service)} {ms(service, 0.9)}")
    print(f"  {'service alone: getting_started()':40} {ms(first_steps)} {ms(first_steps, 0.9)}")
    return [
        Figure(
            "bench_week",
            "Week switch, click to painted (median)",
            median(total) * 1000,
            "ms",
            BAR_MS,
            note=(
                f"{switches} switches, {median(items):.0f} items a week; "
                f"the service alone {median(service) * 1000:.1f} ms"
            ),
        )
    ]


if __name__ == "__main__":
    sys.exit(main())
