"""Changes saved elsewhere, shown in this window as they arrive.

Another window on the same plan, the command line, or another caregiver's computer on a
shared plan: a thread of its own waits for the plan's change signal (SQLite's data version,
PostgreSQL's notification) and the window's thread then reads what changed from the change
log and announces it like a change of its own, so every page, Who to call and the reminders
react the same way.
"""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot

from planner.domain.errors import PlannerError
from planner.services.changes import Changes
from planner.services.plan import Plan
from planner.services.watch import PlanWatcher

WAIT_SECONDS = 0.5
"""How long one wait for the signal lasts; stopping takes at most this long."""
RETRY_SECONDS = 2.0
"""How long to wait before listening again when the plan could not be asked."""


class PlanWatch(QObject):
    """Announces changes others saved to the plan.

    Signals:
        changed(Changes): changes saved elsewhere since the last announcement.
    """

    changed = Signal(object)
    _maybe = Signal()

    def __init__(self, plan: Plan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planWatch")
        self._watcher = PlanWatcher(plan)
        self._stop = threading.Event()
        self._maybe.connect(self._read, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._listen, name="plan-watch", daemon=True)
        self._thread.start()

    def _listen(self) -> None:
        watcher, stop = self._watcher, self._stop  # resume() makes new ones
        try:
            while not stop.is_set():
                try:
                    heard = watcher.wait(WAIT_SECONDS)
                except Exception:
                    stop.wait(RETRY_SECONDS)
                    continue
                if heard and not stop.is_set() and shiboken6.isValid(self):
                    self._maybe.emit()
        finally:
            watcher.close()  # its connection of its own, also when nobody waits for it

    @Slot()
    def _read(self) -> None:
        try:
            changes = self._watcher.changes()
        except PlannerError:
            return  # read again on the next signal
        if changes:
            self.changed.emit(changes)

    @Slot(object)
    def made_here(self, changes: Changes) -> None:
        """Leave out changes this window made (it announced them already)."""
        self._watcher.made_here(changes)

    def skip_to_now(self) -> None:
        """Listen from the newest change on (the plan was replaced by a backup)."""
        self._watcher.skip_to_now()

    def stop(self, *, wait: bool = True) -> None:
        """Stop listening. With ``wait``, until the listening connection is closed (the
        plan's file is about to be replaced); without, the thread closes it as it ends,
        within :data:`WAIT_SECONDS` (a closing window need not wait for it)."""
        if self._stop.is_set():
            return
        self._stop.set()
        if wait:
            self._thread.join(timeout=WAIT_SECONDS * 4)
            self._watcher.close()

    def resume(self) -> None:
        """Listen again after :meth:`stop`, on a fresh connection (the plan's file was
        replaced, e.g. by an encrypted one, and opened again)."""
        if not self._stop.is_set():
            return
        self._watcher = PlanWatcher(self._watcher.plan)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._listen, name="plan-watch", daemon=True)
        self._thread.start()
