"""The list of areas on the left of the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from planner.domain.enums import Area
from planner.ui.areas import AREAS, areas
from planner.ui.labels import translate


class AreaList(QListWidget):
    """One row per area, in the order of :data:`planner.ui.areas.AREAS`.

    Signals:
        area_chosen(Area): the user moved to another area's row.
    """

    area_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("areaList")
        self.setAccessibleName(translate("Widgets", "Areas"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(2)
        for entry in AREAS:
            item = QListWidgetItem(entry.title(), self)
            item.setData(Qt.ItemDataRole.UserRole, entry.area)
            item.setToolTip(
                translate("Widgets", "{area} ({keys})").format(
                    area=entry.title(), keys=entry.shortcut
                )
            )
        self.currentRowChanged.connect(self._row_changed)
        self._fit_width()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_width()

    def _fit_width(self) -> None:
        # Wide enough for the longest area name at the current text size, never cut off.
        text = max(self.fontMetrics().horizontalAdvance(entry.title()) for entry in AREAS)
        margins = 2 * self.frameWidth() + 4 * self.spacing() + 24
        self.setFixedWidth(text + margins)

    def current_area(self) -> Area:
        return areas()[max(self.currentRow(), 0)]

    def set_area(self, area: Area) -> None:
        self.setCurrentRow(areas().index(area))

    @Slot(int)
    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.area_chosen.emit(areas()[row])
