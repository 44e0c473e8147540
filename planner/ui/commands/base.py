"""The shape of every undoable step in the window."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtGui import QUndoCommand

S = TypeVar("S")
V = TypeVar("V")


class AppliedCommand(QUndoCommand):
    """A step pushed onto the undo stack after its change was made (by a service call).

    So the first ``redo()``, which Qt calls on push, has nothing to do; later ones call
    :meth:`forward`, and ``undo()`` calls :meth:`back`.
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._first_redo_pending = True

    def redo(self) -> None:
        if self._first_redo_pending:
            self._first_redo_pending = False
            return
        self.forward()

    def undo(self) -> None:
        self.back()

    def forward(self) -> None:
        raise NotImplementedError

    def back(self) -> None:
        raise NotImplementedError


class PresenceCommand(AppliedCommand, Generic[S]):
    """A record was added or removed; undo and redo take it away or put it back.

    ``state`` is the record as it now stands (with what hung on it). :meth:`remove` and
    :meth:`put_back` make the change and return the state after it, or ``None`` when it was
    refused (someone changed or removed the record meanwhile): the step is then obsolete.
    """

    def __init__(self, text: str, state: S, *, added: bool) -> None:
        super().__init__(text)
        self._state = state
        self._added = added

    def forward(self) -> None:
        self._settle(self.put_back(self._state) if self._added else self.remove(self._state))

    def back(self) -> None:
        self._settle(self.remove(self._state) if self._added else self.put_back(self._state))

    def _settle(self, state: S | None) -> None:
        if state is None:
            self.setObsolete(True)  # changed or gone under us; no longer undoable
        else:
            self._state = state

    def remove(self, state: S) -> S | None:
        raise NotImplementedError

    def put_back(self, state: S) -> S | None:
        raise NotImplementedError


class EditCommand(AppliedCommand, Generic[V]):
    """A record was edited; undo stores the earlier values again, redo the later ones.

    :meth:`store` saves values and says whether the plan took them; a refusal makes the step
    obsolete.
    """

    def __init__(self, text: str, before: V, after: V) -> None:
        super().__init__(text)
        self._before = before
        self._after = after

    def forward(self) -> None:
        self._put(self._after)

    def back(self) -> None:
        self._put(self._before)

    def _put(self, values: V) -> None:
        if not self.store(values):
            self.setObsolete(True)

    def store(self, values: V) -> bool:
        raise NotImplementedError
