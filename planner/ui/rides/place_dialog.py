"""A place appointments happen at: address, travel time from home, phone and notes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.legs import LONGEST_TRAVEL
from planner.domain.model import Place
from planner.ui.dialogs.fields import caption_for
from planner.ui.labels import translate


class PlaceDialog(QDialog):
    """Asks for a place's details; OK hands them to ``save`` and closes only if saved.

    The name is the appointments' location and stays as it is; a refused value keeps the
    dialog open as filled in.
    """

    def __init__(
        self, place: Place, save: Callable[[Place], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._place = place
        self._save = save
        self.setObjectName("placeDialog")
        self.setWindowTitle(translate("Rides", "Place and travel time"))
        self.setAccessibleName(translate("Rides", "Place and travel time"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        name = QLabel(place.name, self)
        name.setObjectName("placeName")
        name.setWordWrap(True)
        name.setAccessibleName(translate("Rides", "Place"))
        hint = QLabel(
            translate(
                "Rides",
                "The travel time from home sets when the ride there picks up; the notes are "
                "printed on the ride card.",
            ),
            self,
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # captions above fields
        form.addRow(translate("Rides", "Place:"), name)

        def row(label: str, field: QWidget, object_name: str, accessible: str) -> None:
            form.addRow(caption_for(self, label, field, object_name, accessible), field)

        self.address = QLineEdit(place.address, self)
        row(
            translate("Rides", "&Address:"),
            self.address,
            "placeAddress",
            translate("Rides", "Address"),
        )
        self.travel = QSpinBox(self)
        self.travel.setRange(0, int(LONGEST_TRAVEL.total_seconds() // 60))
        self.travel.setSuffix(translate("Rides", " min"))
        self.travel.setValue(int(place.travel.total_seconds() // 60))
        row(
            translate("Rides", "&Travel time from home:"),
            self.travel,
            "placeTravel",
            translate("Rides", "Travel time"),
        )
        self.phone = QLineEdit(place.phone, self)
        row(translate("Rides", "P&hone:"), self.phone, "placePhone", translate("Rides", "Phone"))
        self.notes = QPlainTextEdit(place.notes, self)
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(
            translate("Rides", "Parking, entrance, wheelchair, where to wait")
        )
        row(
            translate("Rides", "&Notes for the driver:"),
            self.notes,
            "placeNotes",
            translate("Rides", "Notes for the driver"),
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("placeButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)
        # Wide enough for an address and a few lines of notes at any text size.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self.notes.setMinimumHeight(self.fontMetrics().height() * 5)
        self.travel.setFocus()

    def place(self) -> Place:
        return dataclasses.replace(
            self._place,
            address=self.address.text(),
            travel=dt.timedelta(minutes=self.travel.value()),
            phone=self.phone.text(),
            notes=self.notes.toPlainText(),
        )

    def accept(self) -> None:
        if self._save(self.place()):
            super().accept()
