"""Changes saved elsewhere (another window, the command line, another caregiver's
computer), read from the change log as they arrive.

A :class:`PlanWatcher` blocks in :meth:`~PlanWatcher.wait` (off the GUI thread, or in
``care-planner changes --follow``) until the plan may have changed, then
:meth:`~PlanWatcher.changes` reads the records after the last one seen. Changes the caller
made itself and already announced are left out (:meth:`~PlanWatcher.made_here`).
"""

from __future__ import annotations

import contextlib
import threading

from planner.domain.activity import AUTHOR_KEY
from planner.domain.changes import Kind
from planner.services.changes import Changes
from planner.services.plan import Plan
from planner.store import change_log
from planner.store.signals import ChangeSignal


def last_seq(plan: Plan) -> int:
    """The sequence number of the newest change recorded (0 for none)."""
    with plan.reading() as read:
        return read.last_seq()


def changes_since(plan: Plan, seq: int, limit: int | None = None) -> Changes:
    """The recorded changes after ``seq``, oldest first."""
    with plan.unit_of_work() as work:
        return Changes(tuple(change_log.since(work.store.session, seq, limit)))


class PlanWatcher:
    """Learns of changes to one plan made by anyone else."""

    def __init__(self, plan: Plan, after: int | None = None) -> None:
        self.plan = plan
        self._signal: ChangeSignal | None = plan.change_signal()
        self._seen = last_seq(plan) if after is None else after
        self._own: set[int] = set()
        self._lock = threading.Lock()

    @property
    def seen(self) -> int:
        return self._seen

    def wait(self, timeout: float) -> bool:
        """Block up to ``timeout`` seconds; whether something may have been saved.

        When the signal's connection broke (a shared plan's server went away), the error
        comes out here once and the next wait listens on a new connection; anything saved
        meanwhile is then read from the log (it answers ``True``)."""
        if self._signal is None:
            self._signal = self.plan.change_signal()
            return True  # what was saved while nobody listened is in the log
        try:
            return self._signal.wait(timeout)
        except Exception:
            self._drop_signal()
            raise

    def _drop_signal(self) -> None:
        signal, self._signal = self._signal, None
        if signal is not None:
            # A broken connection may fail to close too; it is gone either way.
            with contextlib.suppress(Exception):
                signal.close()

    def made_here(self, changes: Changes) -> None:
        """Leave out ``changes`` (already announced by whoever made them)."""
        with self._lock:
            self._own.update(change.seq for change in changes.records if change.seq > self._seen)

    def changes(self) -> Changes:
        """The changes recorded since the last call, without those made here."""
        found = changes_since(self.plan, self._seen)
        with self._lock:
            if found.records:
                self._seen = found.last_seq
            fresh = tuple(c for c in found.records if c.seq not in self._own)
            self._own = {seq for seq in self._own if seq > self._seen}
        if any(c.kind is Kind.SETTING and str(c.row).startswith(AUTHOR_KEY) for c in fresh):
            self.plan.forget_author()  # a name set in another window (or on the command line)
        return Changes(fresh)

    def skip_to_now(self) -> None:
        """Start again from the newest change (the plan was replaced by a backup)."""
        newest = last_seq(self.plan)
        with self._lock:
            self._seen = newest
            self._own.clear()

    def close(self) -> None:
        self._drop_signal()
