"""The list of areas on the left of the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from planner.domain.enums import Area
from planner.ui.labels import area_title, tr


class AreaList(QListWidget):
    """One row per area, in the order of :class:`Area`.

    Signals:
        area_chosen(Area): the user moved to another area's row.
    """

    area_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("areaList")
        self.setAccessibleName(tr("Areas"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(2)
        for number, area in enumerate(Area, start=1):
            item = QListWidgetItem(area_title(area), self)
            item.setData(Qt.ItemDataRole.UserRole, area)
            item.setToolTip(
                tr("{area} (Ctrl+{number})").format(area=area_title(area), number=number)
            )
        self.currentRowChanged.connect(self._row_changed)
        self._fit_width()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_width()

    def _fit_width(self) -> None:
        # Wide enough for the longest area name at the current text size, never cut off.
        text = max(self.fontMetrics().horizontalAdvance(area_title(a)) for a in Area)
        margins = 2 * self.frameWidth() + 4 * self.spacing() + 24
        self.setFixedWidth(text + margins)

    def current_area(self) -> Area:
        return list(Area)[max(self.currentRow(), 0)]

    def set_area(self, area: Area) -> None:
        self.setCurrentRow(list(Area).index(area))

    @Slot(int)
    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.area_chosen.emit(list(Area)[row])
