"""The line under a field that says why its value cannot be used, or how it will be saved.

One widget for every form. It wraps its text in full and keeps the room of one line while
empty, so a message that appears moves none of the fields the user is about to click; a
message that needs more lines grows the window by what it needs, and the window gives that
back when the message goes. A screen reader hears it as the field's description too.

Two things can put a message there: the form, which checks the field's value
(:meth:`FieldMessage.show_problem`, :meth:`~FieldMessage.show_note`), and the field itself,
when what was typed cannot be read at all (:meth:`FieldMessage.refuse_input`, a date that
does not exist). The field's own refusal is shown first. A dialog asks
:func:`ready_to_save` before it saves.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QSize, Qt, SignalInstance, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from planner.ui.labels import translate

_PROPERTY = "fieldMessage"
"""The dynamic property through which a field finds its message."""
_GROWN = "fieldMessageGrowth"
"""The dynamic property of a window: how many pixels messages made it grow."""
_FITTED = "fieldMessageFitted"
"""The dynamic property of a window: fitted to its contents once it opened."""


@runtime_checkable
class TypedField(Protocol):
    """A field that reads what is typed into it only when the typing is done (a date)."""

    def finish_typing(self) -> bool:
        """Take what is being typed now; False when it was refused (and said so)."""
        ...


class FieldMessage(QLabel):
    """The message under ``field`` (or under a group of fields, for ``None``).

    It stays in the layout while empty, holding one line; :meth:`message` is what it
    says, without the sign. ``name`` is its objectName (by default the field's name +
    "Message").
    """

    def __init__(
        self, field: QWidget | None, parent: QWidget | None = None, *, name: str = ""
    ) -> None:
        if parent is None and field is not None:
            parent = field.parentWidget()
        super().__init__(parent)
        self.field = field
        self._form = ""
        self._sign = False
        self._blocks = False
        self._refused = ""
        self._description = field.accessibleDescription() if field is not None else ""
        self.setObjectName(name or f"{field.objectName() if field else 'form'}Message")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if field is not None:
            field.setProperty(_PROPERTY, self)

    @staticmethod
    def of(field: QWidget) -> FieldMessage | None:
        """The message made for ``field``, if any."""
        found = field.property(_PROPERTY)
        return found if isinstance(found, FieldMessage) else None

    # -- what the form says --------------------------------------------------------------
    def show_problem(self, text: str, *, blocks: bool = True) -> None:
        """Say why the value cannot be used; ``blocks`` keeps the form from saving until
        the message goes (False for a refusal that saving again may get past)."""
        self._set(text, sign=True, blocks=blocks)

    def show_note(self, text: str) -> None:
        """Say something that is no problem (how the value will be saved)."""
        self._set(text, sign=False, blocks=False)

    @Slot()
    def clear(self) -> None:
        """Take the form's message away (the field's own refusal stays until it goes)."""
        self._set("", sign=False, blocks=False)

    def clear_when_changed(self, fields: Iterable[QWidget]) -> None:
        """Take the form's problem away as soon as one of ``fields`` is edited: for a
        problem only saving again can check (the plan refused it). A note stays."""
        for field in fields:
            for signal in _edited(field):
                signal.connect(self._field_edited)

    @Slot()
    def _field_edited(self) -> None:
        if self._sign:
            self.clear()

    # -- what the field says -------------------------------------------------------------
    def refuse_input(self, text: str) -> None:
        """The field could not read what was typed; shown before the form's message, and
        saving waits until :meth:`accept_input`."""
        self._refused = text
        self._update()

    def accept_input(self) -> None:
        if self._refused:
            self._refused = ""
            self._update()

    # -- reading it ----------------------------------------------------------------------
    def message(self) -> str:
        """The words shown, without the warning sign."""
        return self._refused or self._form

    def is_problem(self) -> bool:
        return bool(self._refused) or (self._sign and bool(self._form))

    def blocks_saving(self) -> bool:
        return bool(self._refused) or self._blocks

    # -- the room it takes ---------------------------------------------------------------
    def one_line(self) -> int:
        """The height of one line of text: the room kept while there is no message."""
        margins = self.contentsMargins()
        return self.fontMetrics().height() + margins.top() + margins.bottom() + 2 * self.margin()

    # It takes the width the form gives it and wraps there: a long message never widens
    # the form (which would move the fields beside it).
    def sizeHint(self) -> QSize:
        return QSize(0, self.heightForWidth(max(self.width(), 1)))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.one_line())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(super().heightForWidth(width), self.one_line())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self and not window.property(_FITTED):
            # Qt opens a window at most two thirds of the screen tall, squeezing what wraps.
            window.setProperty(_FITTED, True)
            fit_window(self, opening=True)

    # -- inside ---------------------------------------------------------------------------
    def _set(self, text: str, *, sign: bool, blocks: bool) -> None:
        self._form, self._sign, self._blocks = text, sign, blocks and bool(text)
        self._update()

    def _update(self) -> None:
        words = self.message()
        problem = self.is_problem()
        # Not by colour alone: the sign (and, for a screen reader, the word) says it.
        shown = (
            translate("Widgets", "⚠ {message}").format(message=words)
            if words and problem
            else words
        )
        if shown == self.text():
            return
        super().setText(shown)
        spoken = (
            translate("Widgets", "Problem: {message}").format(message=words) if problem else words
        )
        self.setAccessibleName(spoken)
        if self.field is not None:
            self.field.setAccessibleDescription(words or self._description)
        fit_window(self)


def _edited(field: QWidget) -> list[SignalInstance]:
    """The signals by which ``field`` (or the fields inside it) says its value changed."""
    if isinstance(field, QLineEdit | QPlainTextEdit):
        return [field.textChanged]
    if isinstance(field, QComboBox):
        return [field.currentIndexChanged, field.editTextChanged]
    if isinstance(field, QDateTimeEdit):
        return [field.dateTimeChanged]
    if isinstance(field, QSpinBox | QDoubleSpinBox):
        return [field.valueChanged]
    if isinstance(field, QAbstractButton):
        return [field.toggled]
    children = field.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return [signal for child in children for signal in _edited(child)]


def fit_window(widget: QWidget, *, opening: bool = False) -> None:
    """Let ``widget``'s window grow until everything in it shows in full at its width, or
    give back the height that messages made it grow once they need it no longer.

    Qt sizes a window once, when it opens; text that wraps over more lines later would be
    squeezed (cut) rather than make the window taller. ``opening``: the window's first
    size, which it never shrinks below."""
    window = widget.window()
    if window is widget or not window.isVisible():
        return  # a window that opens later is sized for what it holds then
    # Measured before the layouts learn of the change: Qt may enlarge the window to a new
    # minimum itself, and that growth is the messages' as well.
    width, height = window.width(), window.height()
    for ancestor in _ancestors(widget):
        if isinstance(ancestor, QAbstractScrollArea):
            # Its rows take the height their text needs at once, and it may want more room.
            QApplication.sendEvent(ancestor, QEvent(QEvent.Type.LayoutRequest))
            ancestor.updateGeometry()
        layout = ancestor.layout()
        if layout is not None:
            layout.activate()
    layout = window.layout()
    if layout is None:
        return
    if layout.hasHeightForWidth():
        needed = layout.totalMinimumHeightForWidth(width)
    else:
        needed = layout.totalMinimumSize().height()
    grown = int(window.property(_GROWN) or 0)
    if needed > height:
        grown += 0 if opening else needed - height
        height = needed
    elif grown and needed < height:
        back = min(grown, height - needed)
        grown -= back
        height -= back
    window.setProperty(_GROWN, grown)
    if height != window.height():
        window.resize(width, height)
        layout.activate()
    for ancestor in _ancestors(widget):
        if isinstance(ancestor, QAbstractScrollArea):
            # Now that it has its room, it shows its scroll bar only if it still must.
            QApplication.sendEvent(ancestor, QEvent(QEvent.Type.LayoutRequest))
    _show_in_scroll_area(widget)


def _ancestors(widget: QWidget) -> list[QWidget]:
    """The widgets ``widget`` lies in, innermost first, up to its window."""
    found = []
    ancestor = widget.parentWidget()
    while ancestor is not None:
        found.append(ancestor)
        if ancestor.isWindow():
            break
        ancestor = ancestor.parentWidget()
    return found


def _show_in_scroll_area(widget: QWidget) -> None:
    for ancestor in _ancestors(widget):
        if isinstance(ancestor, QScrollArea):
            ancestor.ensureWidgetVisible(widget, 0, 0)
            return


def ready_to_save(form: QWidget) -> bool:
    """Whether ``form`` may save: every field has taken what is typed in it, and no message
    says a value cannot be used. Otherwise the first such field gets the focus."""
    messages = form.findChildren(FieldMessage)
    for message in messages:
        field = message.field
        if field is not None and field.isVisibleTo(form) and isinstance(field, TypedField):
            field.finish_typing()
    for message in messages:
        if message.blocks_saving() and (message.field or message).isVisibleTo(form):
            (message.field or message).setFocus(Qt.FocusReason.OtherFocusReason)
            _show_in_scroll_area(message)
            return False
    return True
