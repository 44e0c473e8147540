"""Bar 2: switching weeks in the window, 16 ms median from the click to the painted week.

    python -m tests.benchmarks.bench_week [--switches 50] [--quick] [--figures FILE]

In one process, offscreen, on the benchmark plan (the clock pinned at its moment): builds
the main window, shows it, then switches ``--switches`` times (half back a week at a
time, then forward again: the plan ends a few weeks after the shown week, so every week
switched to is a full one), twice:

- after a look at each week: before each click the window is left idle until it has read
  the weeks beside the one shown (as it does while a person looks at a week; some 20 ms
  here, where a person looks for seconds);
- with the clicks back to back: each click comes as soon as the week before is painted, so
  nothing is read ahead and every switch reads its week.

Each switch is timed with ``time.perf_counter`` from calling the page's next/previous slot
until the window has settled: the widgets it dropped are deleted (as the event loop would)
and ``processEvents`` has run until two passes in a row paint nothing more. It also times,
alone, the service call the page makes when nothing was read ahead
(``planner.services.week.coming_days``) and the slot without painting, to show where the
time goes. Exit status 1 when either median exceeds 16 ms. The week shown first is the
benchmark's (a week of treatment in the plan's last year). The collector is set as in the
window's own process: off while the window is built, then
:func:`planner.ui.app.start_sweeping`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
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
LOOK_SECONDS = 2.0
"""The longest a look at a week lasts: the window has read ahead long before."""


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

        def switch_through(look: bool) -> Switches:
            """Each switch timed as a whole, slot then settle; with ``look``, each click
            after the window has read ahead."""
            timed = Switches()
            for n in range(switches):
                if look:
                    looked = time.perf_counter()
                    while page.reading_ahead and time.perf_counter() - looked < LOOK_SECONDS:
                        app.processEvents()
                        time.sleep(0.001)  # the person looking; the window waits on a timer
                    timed.unread += page.reading_ahead
                started = time.perf_counter()
                if n < back:
                    page.previous_week()
                else:
                    page.next_week()
                called = time.perf_counter()
                painted_before = counter.painted
                timed.passes.append(settle())
                done = time.perf_counter()
                if counter.painted == painted_before:
                    sys.exit("bench_week: a week switch painted nothing; the measurement is wrong")
                timed.total.append(done - started)
                timed.slot.append(called - started)
                assert page.week is not None
                timed.items.append(sum(len(day.items) for day in page.week.days))
            assert page.day == today, "the switches should end on this week"
            return timed

        looking = switch_through(look=True)
        back_to_back = switch_through(look=False)
        window.hide()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

        # The service alone, over the same weeks: what the page reads when nothing was read
        # ahead, and the getting-started steps it reads after a change.
        service: list[float] = []
        first_steps: list[float] = []
        for n in range(switches):
            step = -(n + 1) if n < back else n + 1 - 2 * back
            day = today + dt.timedelta(weeks=step)
            started = time.perf_counter()
            week_service.coming_days(plan, day, doses=True)
            between = time.perf_counter()
            getting_started(plan)
            service.append(between - started)
            first_steps.append(time.perf_counter() - between)
    finally:
        plan.close()

    def ms(values: list[float], fraction: float | None = None) -> str:
        value = median(values) if fraction is None else percentile(values, fraction)
        return f"{value * 1000:7.1f}"

    passes = looking.passes + back_to_back.passes
    print(
        f"\nweek switches: {switches} ({back} back, then forward again) each way, "
        f"{median(looking.items):.0f} items a week (median), "
        f"{min(passes)}-{max(passes)} event passes to settle"
    )
    if looking.unread:
        print(f"  {looking.unread} of the looks ran out before the window had read ahead")
    print(f"  {'':44} {'median':>7} {'p90':>7} (ms)")
    for name, timed in (("after a look", looking), ("back to back", back_to_back)):
        label = f"switch {name}, slot to painted"
        print(f"  {label:44} {ms(timed.total)} {ms(timed.total, 0.9)}")
        print(f"  {'  of which the slot':44} {ms(timed.slot)} {ms(timed.slot, 0.9)}")
    print(f"  {'service alone: coming_days()':44} {ms(service)} {ms(service, 0.9)}")
    print(f"  {'service alone: getting_started()':44} {ms(first_steps)} {ms(first_steps, 0.9)}")
    return [
        Figure(
            "bench_week",
            "Week switch after a look at the week, click to painted (median)",
            median(looking.total) * 1000,
            "ms",
            BAR_MS,
            note=(
                f"{switches} switches, {median(looking.items):.0f} items a week; the week "
                "beside the one shown read ahead while it was looked at"
            ),
        ),
        Figure(
            "bench_week",
            "Week switch, clicks back to back (median)",
            median(back_to_back.total) * 1000,
            "ms",
            BAR_MS,
            note=(
                f"{switches} switches, nothing read ahead; the service alone "
                f"{median(service) * 1000:.1f} ms"
            ),
        ),
    ]


@dataclass
class Switches:
    """The times of one round of week switches, in seconds, and what they showed."""

    total: list[float] = field(default_factory=list)
    slot: list[float] = field(default_factory=list)
    passes: list[int] = field(default_factory=list)
    items: list[int] = field(default_factory=list)
    unread: int = 0
    """The looks that ran out before the window had read ahead."""


if __name__ == "__main__":
    sys.exit(main())
