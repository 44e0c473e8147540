"""Bar 2: switching weeks in the window, 16 ms median from the click to the painted week.

    python -m tests.benchmarks.bench_week [--switches 50] [--one-process] [--quick]
                                          [--figures FILE]

In one process, offscreen, on the benchmark plan (the clock pinned at its moment): builds
the main window at its first size (1200 by 800), shows it, then switches through two sets
of weeks:

- the coming weeks: this week (with the gaps still open over the plan's horizon) and the
  four after it (each with its gaps), forward and back again, three times;
- past weeks: ``--switches`` in all, half back a week at a time, then forward again (the
  plan ends a few weeks after the shown week, so every week is a full one; nothing is left
  to arrange in them).

Each set is switched through in these ways:

- with the clicks back to back, after a look at the week they start from: each click comes
  as soon as the week before is painted, so there is no moment to read ahead between them;
  the weeks the window read ahead during that look (four the way the person last moved,
  one the other way) and those it kept on the way there (twelve at most) are shown from
  there, the others are read at the click;
- the coming weeks once more with each click right after a change: after a look at the
  week, a change is saved as from the window (the first coming ride of the week shown
  confirmed, or its confirmation taken back; not timed, and put back at the end), the page
  takes it in and forgets what it read or kept, and the click comes as soon as the week is
  painted again. Meanwhile the second process (below) reads the weeks around again, the
  way the person last moved first (a week whose records the change left as they were
  costs it little: see ``planner.services.week.read_ahead``); a click on a week it is
  reading waits for that read;
- after a look at each week: before each click the window is left idle until it has read
  the weeks around the one shown (as it does while a person looks at a week; some 100 ms
  here, where a person looks for seconds).

As in the window's own process, the weeks around the one shown are read ahead by a second
process (:mod:`planner.services.week_reader`); with ``--one-process``, on the window's own
threads, as on a machine with one core.

Each switch is timed with ``time.perf_counter`` from calling the page's next/previous slot
until the window has settled: the widgets it dropped are deleted (as the event loop would)
and ``processEvents`` has run until two passes in a row paint nothing more. It also times,
alone, the service call the page makes when nothing was read ahead
(``planner.services.week.coming_days``) and the slot without painting, to show where the
time goes, and counts the switches that read their week at the click. Exit status 1 when
any median exceeds 16 ms. The week shown first is the benchmark's (a week of treatment in
the plan's last year). The collector is set as in the window's own process: off while the
window is built, then :func:`planner.ui.app.start_sweeping`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
COMING_WEEKS = 4
"""The weeks after this one the benchmark switches through (the plan ends some weeks on)."""
LOOK_SECONDS = 2.0
"""The longest a look at a week lasts: the window has read ahead long before."""
BACK_TO_BACK, AFRESH, LOOK = "back to back", "afresh", "look"
"""The ways through a set of weeks (see the module's text)."""
HOW = {
    BACK_TO_BACK: "clicks back to back",
    AFRESH: "each click right after a change",
    LOOK: "after a look at each",
}


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
    parser.add_argument(
        "--one-process",
        action="store_true",
        help="read ahead on the window's own threads, as on a machine with one core",
    )
    arguments(parser)
    args = parser.parse_args(argv)

    print(f"machine: {machine_facts()}")
    plan_file = bench_plan(args)  # before HOME moves: the cache stays put
    print(f"plan: {plan_file}")
    with tempfile.TemporaryDirectory(prefix="care-planner-bench-") as folder:
        private_environment(Path(folder))
        switches = 4 if args.quick else args.switches
        figures = measure(plan_file, switches, Path(folder), one_process=args.one_process)
    return finish(figures, args.figures)


def measure(
    plan_file: Path, switches: int, folder: Path, *, one_process: bool = False
) -> list[Figure]:
    from PySide6.QtCore import (
        QCoreApplication,
        QEvent,
        QMessageLogContext,
        QObject,
        QSettings,
        QThreadPool,
        QtMsgType,
        qInstallMessageHandler,
    )
    from PySide6.QtWidgets import QApplication, QWidget

    from planner.domain.enums import LegStatus
    from planner.domain.week import ItemType
    from planner.services import rides, week_reader
    from planner.services import week as week_service
    from planner.services.getting_started import getting_started
    from planner.services.plan import open_plan
    from planner.ui import settings
    from planner.ui.app import start_sweeping
    from planner.ui.mainwindow import FIRST_SIZE, MainWindow

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
        window.resize(*FIRST_SIZE)  # as on a screen that has room (the offscreen one is small)
        page = window.week_page
        counter = PaintCounter(window)
        day_list = page.findChild(QWidget, "dayList")
        assert day_list is not None
        for widget in (window, page, page.range_label, day_list, page.gaps.view.viewport()):
            widget.installEventFilter(counter)
        window.show()
        start_sweeping()  # as the window's process does once it is built
        if not one_process:
            week_reader.allow()  # and it reads ahead in a second process, as the window's does
        settle()
        today = BENCH_TODAY
        back = switches // 2
        # Past weeks: back a week at a time, then forward again to the week shown first.
        past = [-1] * back + [1] * back
        # The coming weeks, whose gaps are still to arrange: this week (its gaps over the
        # plan's horizon) and the four after it, there and back.
        coming = ([1] * COMING_WEEKS + [-1] * COMING_WEEKS) * max(1, switches // 16)

        def look_at_the_week() -> bool:
            """Leave the window idle until it has read ahead (or the look runs out)."""
            looked = time.perf_counter()
            while page.reading_ahead and time.perf_counter() - looked < LOOK_SECONDS:
                app.processEvents()
                time.sleep(0.001)  # the person looking; the window waits on a timer
            return not page.reading_ahead

        reads_at_click = [0]
        read_at_click = week_service.read_ahead

        def counted(*args: Any, **kwargs: Any) -> Any:
            if threading.current_thread() is threading.main_thread():
                reads_at_click[0] += 1  # the page's own read, not one ahead on the pool
            return read_at_click(*args, **kwargs)

        week_service.read_ahead = counted
        joined = [0]
        join = page._joined

        def counted_join(day: dt.date) -> Any:
            found = join(day)
            joined[0] += found is not None  # waited for the second process's read
            return found

        page._joined = counted_join  # type: ignore[method-assign]
        confirmed_before: dict[int, LegStatus] = {}
        """The rides whose state the benchmark changed, as they were (put back after)."""

        def confirm_a_ride() -> None:
            """A change saved from the window: the first coming ride of the week shown
            confirmed, or its confirmation taken back (its driver asked again)."""
            assert page.week is not None
            now = window.plan.clock.now()
            leg_id, status = next(
                (item.id, LegStatus(item.status))
                for day in page.week.days
                for item in day.items
                if item.type is ItemType.RIDE
                and item.start >= now
                and item.status in (LegStatus.ASKED, LegStatus.CONFIRMED)
            )
            confirmed_before.setdefault(leg_id, status)
            flipped = LegStatus.ASKED if status is LegStatus.CONFIRMED else LegStatus.CONFIRMED
            _, changes = rides.set_leg_status(plan, leg_id, flipped)
            window.operations.announce(changes)  # as the window's own save does
            confirmed_now[leg_id] = flipped

        confirmed_now: dict[int, LegStatus] = {}

        def switch_through(steps: list[int], how: str) -> Switches:
            """Each switch timed as a whole, slot then settle; with :data:`LOOK`, each click
            after the window has read ahead."""
            timed = Switches()
            timed.unread += not look_at_the_week()  # nothing read ahead still on its way
            for step in steps:
                if how == LOOK:
                    timed.unread += not look_at_the_week()
                elif how == AFRESH:
                    # A look, then a change: what was read or kept is forgotten.
                    timed.unread += not look_at_the_week()
                    confirm_a_ride()
                    settle()
                started = time.perf_counter()
                read_before, joined_before = reads_at_click[0], joined[0]
                if step < 0:
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
                timed.read += reads_at_click[0] - read_before
                timed.joined += joined[0] - joined_before
                assert page.week is not None
                timed.items.append(sum(len(day.items) for day in page.week.days))
                timed.gaps.append(len(page.week.gaps))
            assert page.day == today, "the switches should end on this week"
            return timed

        # The clicks back to back before the looks: a look leaves reads ahead going on the
        # thread pool, each starting the next, that the next round would find.
        rounds = {
            (weeks, how): switch_through(steps, how)
            for how in (BACK_TO_BACK, AFRESH, LOOK)
            for weeks, steps in (("coming", coming), ("past", past))
            if how != AFRESH or weeks == "coming"
        }
        week_service.read_ahead = read_at_click
        for leg_id, status in confirmed_before.items():  # the benchmark's plan as it was
            if confirmed_now[leg_id] is not status:
                rides.set_leg_status(plan, leg_id, status)
        window.hide()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QThreadPool.globalInstance().waitForDone()  # no read ahead left beside the service
        week_reader.stop()

        # The service alone, over the same weeks: what the page reads when nothing was read
        # ahead, and the getting-started steps it reads after a change.
        service: dict[str, list[float]] = {"coming": [], "past": []}
        first_steps: list[float] = []
        for weeks, steps in (("coming", coming), ("past", past)):
            day = today
            for step in steps:
                day += dt.timedelta(weeks=step)
                started = time.perf_counter()
                week_service.coming_days(plan, day, doses=True)
                between = time.perf_counter()
                getting_started(plan)
                service[weeks].append(between - started)
                first_steps.append(time.perf_counter() - between)
    finally:
        plan.close()

    def ms(values: list[float], fraction: float | None = None) -> str:
        value = median(values) if fraction is None else percentile(values, fraction)
        return f"{value * 1000:7.1f}"

    passes = [n for timed in rounds.values() for n in timed.passes]
    print(
        f"\nweek switches, each way: {len(past)} through past weeks ({back} back, then "
        f"forward again), {len(coming)} through this week and the {COMING_WEEKS} after it; "
        f"{min(passes)}-{max(passes)} event passes to settle"
    )
    for weeks in ("coming", "past"):
        timed = rounds[weeks, LOOK]
        print(
            f"  {weeks} weeks: {median(timed.items):.0f} items and {median(timed.gaps):.0f} "
            "gaps a week (median)"
        )
    unread = sum(timed.unread for timed in rounds.values())
    if unread:
        print(f"  {unread} of the looks ran out before the window had read ahead")
    print(f"  {'':52} {'median':>7} {'p90':>7} (ms)")
    for (weeks, how), timed in rounds.items():
        label = f"{weeks} weeks, {HOW[how]}, slot to painted"
        print(f"  {label:52} {ms(timed.total)} {ms(timed.total, 0.9)}")
        print(f"  {'  of which the slot':52} {ms(timed.slot)} {ms(timed.slot, 0.9)}")
        print(f"  {'  weeks read at the click':52} {timed.read:>7} of {len(timed.total)}")
        if timed.joined:
            print(f"  {'  waited for the read under way':52} {timed.joined:>7}")
    for weeks, values in service.items():
        label = f"service alone: coming_days(), {weeks} weeks"
        print(f"  {label:52} {ms(values)} {ms(values, 0.9)}")
    print(f"  {'service alone: getting_started()':52} {ms(first_steps)} {ms(first_steps, 0.9)}")
    figures = []
    for (weeks, how), timed in rounds.items():
        which = "through this week and the next" if weeks == "coming" else "through past weeks"
        note = (
            f"{len(timed.total)} switches, {median(timed.items):.0f} items and "
            f"{median(timed.gaps):.0f} gaps a week; "
        )
        if how == LOOK:
            note += "the weeks around the one shown read ahead while it was looked at"
        elif how == AFRESH:
            note += (
                "each after a look and a change saved (a ride of the week shown confirmed or "
                "asked again): "
                f"{timed.read} read at the click, {timed.joined} waited for the read under "
                f"way; the service alone {median(service[weeks]) * 1000:.1f} ms"
            )
        else:
            note += (
                f"after a look at the week they start from: {timed.read} read at the "
                "click, the others read ahead or kept on the way there; the service alone "
                f"{median(service[weeks]) * 1000:.1f} ms"
            )
        note += (
            "; read ahead on the window's own threads"
            if one_process
            else "; read ahead by a second process"
        )
        figures.append(
            Figure(
                "bench_week",
                f"Week switch {which}, {HOW[how]}, click to painted (median)",
                median(timed.total) * 1000,
                "ms",
                BAR_MS,
                note=note,
            )
        )
    return figures


@dataclass
class Switches:
    """The times of one round of week switches, in seconds, and what they showed."""

    total: list[float] = field(default_factory=list)
    slot: list[float] = field(default_factory=list)
    passes: list[int] = field(default_factory=list)
    items: list[int] = field(default_factory=list)
    gaps: list[int] = field(default_factory=list)
    unread: int = 0
    """The looks that ran out before the window had read ahead."""
    read: int = 0
    """The switches that read their week at the click (nothing read ahead for it)."""
    joined: int = 0
    """The switches that waited for the second process's read of their week."""


if __name__ == "__main__":
    sys.exit(main())
