"""A bar at the top of an edit form: someone else changed the record being edited, with a
button that shows their values in the form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from planner.domain.changes import Kind
from planner.services.changes import Changes
from planner.ui.labels import translate
from planner.ui.operations import Operations


class ChangedMeanwhile(QFrame):
    """Hidden until a change saved elsewhere touches the record; then it says who changed
    it, and Reload (where the form can take new values) puts the stored values in the form.
    Saving without reloading asks whose values to keep."""

    def __init__(
        self,
        operations: Operations,
        kind: Kind,
        row: int,
        what: str,
        reload: Callable[[], object] | None,
        parent: QDialog,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changedMeanwhileBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._kind, self._row, self._what, self._reload = kind, row, what, reload
        self.text = QLabel(self)
        self.text.setObjectName("changedMeanwhileText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(translate("Widgets", "&Reload their values"), self)
        self.button.setObjectName("reloadButton")
        self.button.clicked.connect(self._reload_now)
        self.button.setVisible(reload is not None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.button)
        layout.addLayout(button_row)
        self.hide()
        operations.elsewhere.connect(self._changed)

    @Slot(object)
    def _changed(self, changes: Changes) -> None:
        mine = [c for c in changes.records if c.kind is self._kind and c.row == self._row]
        if not mine:
            return
        who = ", ".join(sorted({c.who for c in mine if c.who})) or translate(
            "Widgets", "Someone else"
        )
        if any(c.new_version is None for c in mine):
            text = translate("Widgets", "{who} removed this {what} meanwhile.").format(
                who=who, what=self._what
            )
            self.button.hide()
        elif self._reload is not None:
            text = translate(
                "Widgets",
                "{who} changed this {what} meanwhile. Reload to see their values; saving "
                "without reloading asks whose values to keep.",
            ).format(who=who, what=self._what)
        else:
            text = translate(
                "Widgets", "{who} changed this {what} meanwhile; saving asks whose values to keep."
            ).format(who=who, what=self._what)
        self.text.setText(text)
        self.setAccessibleName(text)
        self.show()
        form = self.window()
        # The form grows to take the bar (never past the screen), so no field is squeezed.
        wanted = form.sizeHint()
        room = form.screen().availableGeometry()
        form.resize(
            min(max(form.width(), wanted.width()), room.width()),
            min(max(form.height(), wanted.height()), room.height()),
        )

    @Slot()
    def _reload_now(self) -> None:
        if self._reload is not None:
            self._reload()
        self.hide()


def watch_record(
    dialog: QDialog,
    operations: Operations,
    kind: Kind,
    row: int | None,
    what: str,
    reload: Callable[[], object] | None = None,
) -> ChangedMeanwhile | None:
    """Put the bar at the top of ``dialog`` (an edit of a stored record only)."""
    layout = dialog.layout()
    if row is None or not isinstance(layout, QBoxLayout):
        return None
    bar = ChangedMeanwhile(operations, kind, row, what, reload, dialog)
    layout.insertWidget(0, bar)
    return bar
