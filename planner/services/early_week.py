"""The window's first week, worked out by a second process while the window is made.

A process started for the window spends its first quarter of a second importing Qt and
building widgets, on one core. The coming days it shows first need none of that, and on a
crowded plan (a week of 250 rows, 600 gaps still open) reading and working them out takes
some 30 ms more. So, where the system forks and the machine has a second core, :func:`start`
makes a copy of the process before Qt is loaded; the copy opens the plan file for reading
only, works out the getting-started steps and the coming days as the window would, and hands
them back through a pipe, pickled. :func:`take` gives them to the window's first read of the
week (taking them back costs about 3 ms).

What comes back is used only when it is surely what the window would have read itself: the
same plan file, the same day, and no change recorded since the copy read it. Otherwise
(another plan was opened, a new day began, someone saved meanwhile, the copy failed or took
too long) the window reads the week itself, as it always did. A plan that is not a plain
plan file at this version's schema (an encrypted one, whose passphrase the window asks for;
one saved by an earlier version, which the window upgrades; a shared plan on a server) is
left to the window: the copy cannot open it and hands back nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import pickle
import select
import signal
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from planner.domain.week import Week
from planner.services import week as week_service
from planner.services.getting_started import Step, getting_started
from planner.services.plan import Plan, database_url, open_plan
from planner.services.watch import last_seq
from planner.store.database import plain_file

WAIT_SECONDS = 3.0
"""How long the window's first read waits for the copy at most. It is usually done long
before it is asked, having begun a quarter of a second earlier on the same work; only a
copy that is stuck is given up on (and the window reads the week itself)."""
PIPE_BYTES = 1 << 20
"""The pipe's room asked for (Linux's most for any user): a crowded week pickles to about
250 kB, more than a pipe holds by default."""
CLOCK_SLACK = dt.timedelta(seconds=10)
"""How much earlier than the window's first read the copy may have read the clock."""


@dataclass(frozen=True)
class EarlyWeek:
    """What the copy worked out, and when, for which state of the plan."""

    now: dt.datetime
    seen: int
    """The newest change recorded when the copy began to read (read before the rest)."""
    steps: list[Step] | None
    week: Week


@dataclass(frozen=True)
class _Copy:
    pid: int
    pipe: int
    file: Path


_copy: _Copy | None = None
_lock = threading.Lock()


def start(address: str | None) -> bool:
    """Begin working out the coming days of the plan the window will open at ``address``
    (as given on the command line; the environment's or the default plan file without one)
    in a copy of this process. Whether a copy was started: only once, only before Qt is
    loaded or a thread started, only on a system that forks, with a second core, for a plan
    file."""
    global _copy
    file = plain_file(database_url(address))
    if _copy is not None or file is None or not file.is_file() or not _may_fork():
        return False
    import fcntl  # Linux's, as the rest of this

    read_end, write_end = os.pipe()
    with contextlib.suppress(OSError):  # room for the whole week: the copy ends at once
        fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        _work_out(file, write_end)
    os.close(write_end)
    _copy = _Copy(pid, read_end, file)
    return True


def read(
    plan: Plan, first: dt.date, today: dt.date, *, steps: bool
) -> tuple[list[Step] | None, Week]:
    """What the week page reads: the getting-started steps (with ``steps``) and the coming
    days from ``first``, their doses among the items. The copy reads the same, once."""
    found = getting_started(plan, today=today) if steps else None
    return found, week_service.coming_days(plan, first, doses=True)


def take(plan: Plan, first: dt.date) -> tuple[list[Step] | None, Week] | None:
    """The steps and the coming days from ``first`` the copy read (:func:`read`) for
    ``plan``, when they are surely those the window would read now; else ``None`` (and the
    window reads them itself). Once: a second call, or a call after :func:`discard`, finds
    nothing."""
    global _copy
    with _lock:
        copy, _copy = _copy, None
    if copy is None:
        return None
    early = _receive(copy)
    if early is None or plan.file is None or plan.file.resolve() != copy.file:
        return None
    now = plan.clock.now()
    if early.week.days[0].date != first or early.now.date() != now.date():
        return None
    if not dt.timedelta(0) <= now - early.now <= CLOCK_SLACK or last_seq(plan) != early.seen:
        return None
    return early.steps, early.week


def discard() -> None:
    """Stop a copy whose work nobody took (the window opened no week, or closed first)."""
    global _copy
    with _lock:
        copy, _copy = _copy, None
    if copy is not None:
        os.close(copy.pipe)
        _stop(copy.pid)


def _may_fork() -> bool:
    if not hasattr(os, "fork") or not sys.platform.startswith("linux"):
        return False  # macOS cannot fork a process safely once its frameworks are loaded
    if len(os.sched_getaffinity(0)) < 2:
        return False  # on one core the copy would only take turns with the window
    # A copy of a process with Qt or a thread running may inherit a lock held for ever.
    return threading.active_count() == 1 and "shiboken6" not in sys.modules


def _work_out(file: Path, pipe: int) -> NoReturn:
    """In the copy: work out what the window's first read of the week would, hand it back
    through ``pipe``, and end (without the exit handlers and buffers of the process it was
    copied from). Anything that goes wrong hands back nothing."""
    status = 1
    try:
        plan = open_plan(f"sqlite:///{file}", create=False, read_only=True)
        try:
            now = plan.clock.now()
            seen = last_seq(plan)
            steps, week = read(plan, now.date(), now.date(), steps=True)
        finally:
            plan.close()
        view = memoryview(pickle.dumps(EarlyWeek(now, seen, steps, week), pickle.HIGHEST_PROTOCOL))
        while view:
            view = view[os.write(pipe, view) :]
        status = 0
    finally:
        os._exit(status)


def _receive(copy: _Copy) -> EarlyWeek | None:
    """What the copy hands back, once it has ended; ``None`` if it failed or took longer
    than :data:`WAIT_SECONDS`."""
    deadline = time.monotonic() + WAIT_SECONDS
    chunks: list[bytes] = []
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([copy.pipe], [], [], left)[0]:
                _stop(copy.pid)
                return None
            chunk = os.read(copy.pipe, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    except OSError:
        _stop(copy.pid)
        return None
    finally:
        os.close(copy.pipe)
    try:
        _, status = os.waitpid(copy.pid, 0)
    except ChildProcessError:
        return None
    if status != 0:
        return None
    try:
        early = pickle.loads(b"".join(chunks))
    except Exception:
        return None
    return early if isinstance(early, EarlyWeek) else None


def _stop(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)
