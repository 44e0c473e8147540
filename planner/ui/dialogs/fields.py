"""A field's caption: named for tests and screen readers, and the field's buddy (Alt+letter)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget


def caption_for(parent: QWidget, label: str, field: QWidget, name: str, accessible: str) -> QLabel:
    """Name ``field`` ``name`` (a drop-down's list too: it is a control of its own) and
    return its caption ``{name}Label``, whose ``&`` letter moves the focus to it."""
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    if isinstance(field, QComboBox):
        field.view().setObjectName(f"{name}List")
        field.view().setAccessibleName(accessible)
    caption = QLabel(label, parent)
    caption.setObjectName(f"{name}Label")
    caption.setBuddy(field)
    return caption
