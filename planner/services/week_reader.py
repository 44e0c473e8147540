"""The weeks around the one shown, read ahead by a second process on the second core.

The week page reads the weeks around the one shown before anyone asks for them
(planner/ui/week/page.py), so that a click shows the next week at once. Read on one of the
window's own threads, such a read (some 16 ms for a crowded coming week) takes turns with
the window's own work, Python running one thread at a time: the page had to wait for the
person to look at a week before reading ahead, and a click right after a change found
nothing read. Where the machine has a second core and the plan is a plain plan file, a
:class:`WeekReader` reads them instead, in a process of its own: it opens the same file for
reading only, reads each week asked for as the window would (at the window's clock), and
hands it back pickled; taking it back costs the window's process about 2 ms.

A week read there is used as one read on the window's own thread is: only while no change
has been recorded since it was read, on the same day (see
:func:`planner.services.week.still_current`). The process is started on the first read
asked of it, never before the window has painted, as a fresh interpreter running this
module. A plan it cannot open (an encrypted
one, whose key stays with the window; one from another version), a process that ends or
takes longer than :data:`WAIT_SECONDS`: it is given up for good, and the window reads on
its own thread as before.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import pickle
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from planner.services import week as week_service
from planner.services.plan import Plan, open_plan

if TYPE_CHECKING:
    import subprocess
    from multiprocessing.connection import Connection

WAIT_SECONDS = 10.0
"""The longest a read may take, the process's start included (a fifth of a second on a
quiet machine): only a process that is stuck takes longer."""
_CANNOT_OPEN = "cannot open"
"""What the process says, and then ends, when the plan file does not open for it."""


class WeekReader:
    """A second process reading the coming days of one plan file for the window.

    :meth:`read_ahead` waits for the answer: call it off the window's thread (the page
    calls it from the thread pool, where the wait holds nothing up)."""

    def __init__(self, file: Path, identity: tuple[int, int] | None = None) -> None:
        self.file = file
        self.identity = identity
        """The file's device and number when the reader was made (see :func:`reader_for`)."""
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._pipe: Connection | None = None
        self._given_up = False

    @property
    def working(self) -> bool:
        """Whether reads are still asked of the process (it has not been given up)."""
        return not self._given_up

    def read_ahead(self, first: dt.date, now: dt.datetime) -> week_service.Ahead | None:
        """The coming days from ``first`` as :func:`planner.services.week.read_ahead`
        reads them at ``now``; ``None`` when the process could not read them (or was
        given up: the caller then reads them itself). One read at a time."""
        with self._lock:
            if self._given_up:
                return None
            try:
                pipe = self._pipe if self._pipe is not None else self._start()
                pipe.send((first, now))
                if not pipe.poll(WAIT_SECONDS):
                    raise TimeoutError
                answer = pickle.loads(pipe.recv_bytes())
            except Exception:  # ended, stuck, refused or garbled: not asked again
                answer = _CANNOT_OPEN
            if answer == _CANNOT_OPEN:
                self._give_up()
                return None
        return answer if isinstance(answer, week_service.Ahead) else None

    def close(self) -> None:
        """End the process (it ends by itself, too, once the window's end of the pipe
        closes). A read under way ends at once, with nothing."""
        self._given_up = True
        process = self._process
        if process is not None:
            process.kill()
        with self._lock:
            self._give_up()

    def _start(self) -> Connection:
        # A fresh interpreter, not a copy of this process: a copy of a process running Qt
        # and threads may inherit a lock that no thread of the copy will ever release. Its
        # end of a socket pair is all it is given (its output goes where the window's does).
        import socket
        import subprocess  # (only where a reader starts: not before the window's first paint)
        from multiprocessing.connection import Connection

        mine, theirs = socket.socketpair()
        try:
            process = subprocess.Popen(
                [sys.executable, "-m", __name__, str(self.file), str(theirs.fileno())],
                stdin=subprocess.DEVNULL,
                pass_fds=(theirs.fileno(),),
            )
        except BaseException:
            mine.close()
            raise
        finally:
            theirs.close()
        self._process, self._pipe = process, Connection(mine.detach())
        return self._pipe

    def _give_up(self) -> None:
        self._given_up = True
        if self._pipe is not None:
            self._pipe.close()
        if self._process is not None:
            import subprocess

            self._process.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._process.wait(WAIT_SECONDS)
        self._process = self._pipe = None


_reader: tuple[Plan, WeekReader] | None = None
_allowed = False
_readers_lock = threading.Lock()


def allow() -> None:
    """Let the window's plan have a :class:`WeekReader` (the window's process calls this
    once the window is shown; tests and one-off commands read on their own threads)."""
    global _allowed
    _allowed = True


def reader_for(plan: Plan) -> WeekReader | None:
    """The reader of ``plan``, made on first use; ``None`` unless :func:`allow` was called,
    the machine has a second core and the plan is a plain plan file (not shared, not
    encrypted) that is open. One at a time: the reader of another plan (the window switched
    plans), or of a file since replaced (encrypted, or its encryption taken off), is ended
    first; a plan closing ends its reader."""
    global _reader
    identity = _identity(plan) if _allowed and _cores() >= 2 else None
    with _readers_lock:
        kept = _reader
        if kept is not None and kept[0] is plan and kept[1].identity == identity:
            return kept[1]
        if kept is not None:
            kept[1].close()
            _reader = None
        if identity is None:
            return None
        assert plan.file is not None
        reader = WeekReader(plan.file, identity)
        plan.when_closed(reader.close)
        _reader = (plan, reader)
        return reader


def stop() -> None:
    """End the reader, if there is one, and make no other until :func:`allow` is called
    again (the window's process, as its window ends)."""
    global _reader, _allowed
    with _readers_lock:
        _allowed = False
        if _reader is not None:
            _reader[1].close()
        _reader = None


def _identity(plan: Plan) -> tuple[int, int] | None:
    """The plan file as the system knows it (its device and number), when a second process
    may read it: a plain plan file that is there."""
    if plan.closed or plan.file is None or plan.key is not None:
        return None
    try:
        found = plan.file.stat()
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _serve(file: str, pipe: Connection) -> None:
    """In the second process: open the plan file for reading only, then read each week
    asked for until the window closes its end of the pipe."""
    try:
        plan = open_plan(f"sqlite:///{file}", create=False, read_only=True)
    except Exception:  # encrypted, another version, gone: the window reads on its own
        pipe.send_bytes(pickle.dumps(_CANNOT_OPEN))
        return
    try:
        while True:
            try:
                first, now = pipe.recv()
            except EOFError:
                return
            try:
                answer: week_service.Ahead | None = week_service.read_ahead(plan, first, now)
            except Exception:  # this week cannot be read now: the window reads it itself
                answer = None
            pipe.send_bytes(pickle.dumps(answer, pickle.HIGHEST_PROTOCOL))
    finally:
        plan.close()


def _main(arguments: list[str]) -> None:
    """The second process: ``python -m planner.services.week_reader FILE SOCKET``, where
    ``SOCKET`` is its end of the socket pair the window made."""
    from multiprocessing.connection import Connection

    file, socket_number = arguments
    _serve(file, Connection(int(socket_number)))


if __name__ == "__main__":
    _main(sys.argv[1:])
