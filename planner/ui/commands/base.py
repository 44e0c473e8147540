"""The shape of every undoable step in the window."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand


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
