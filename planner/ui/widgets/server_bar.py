"""The bar above the pages while a shared plan's server cannot be reached."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from planner.ui.labels import translate
from planner.ui.operations import Operations


class ServerBar(QFrame):
    """Says that the server is away and that the step waits for it; Try now, Stop waiting.

    Hidden until :attr:`Operations.server_gone`; hidden again when the server is back.
    """

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverBar")
        self.setAccessibleName(translate("Widgets", "The shared plan's server cannot be reached"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._operations = operations
        self.message = QLabel(self)
        self.message.setObjectName("serverBarMessage")
        self.message.setAccessibleName(translate("Widgets", "Why the change waits"))
        self.message.setWordWrap(True)
        self.try_now = QPushButton(translate("Widgets", "Try &now"), self)
        self.try_now.setObjectName("serverTryNow")
        self.try_now.setAccessibleName(translate("Widgets", "Try now"))
        self.try_now.clicked.connect(operations.try_server_now)
        self.stop = QPushButton(translate("Widgets", "&Stop waiting"), self)
        self.stop.setObjectName("serverStopWaiting")
        self.stop.setAccessibleName(translate("Widgets", "Stop waiting"))
        self.stop.setToolTip(
            translate("Widgets", "The change that waits is not saved; what you typed stays.")
        )
        self.stop.clicked.connect(operations.stop_waiting)
        row = QHBoxLayout(self)
        row.addWidget(self.message, 1)
        row.addWidget(self.try_now)
        row.addWidget(self.stop)
        operations.server_gone.connect(self.gone)
        operations.server_back.connect(self.hide)
        self.hide()

    @Slot(str)
    def gone(self, text: str) -> None:
        self.message.setText(
            text + " " + translate("Widgets", "Care Planner asks it again every few seconds.")
        )
        self.show()
