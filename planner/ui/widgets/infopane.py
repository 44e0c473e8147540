"""The information pane: a plain-language topic for the area on screen."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QToolButton,
    QWidget,
)

from planner.domain.enums import Area
from planner.ui.labels import tr
from planner.ui.resources import info_topic


class InfoPane(QDockWidget):
    """A dock beside the pages; :meth:`show_topic` follows the current area."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Information"), parent)
        self.setObjectName("infoPane")
        self.setAccessibleName(tr("Information"))
        self.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea
            | Qt.DockWidgetArea.RightDockWidgetArea
            | Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.setTitleBarWidget(self._title_bar())
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("infoText")
        self.browser.setAccessibleName(tr("Information topic"))
        self.browser.setOpenExternalLinks(True)
        self.setWidget(self.browser)
        self.area: Area | None = None

    def _title_bar(self) -> QWidget:
        # Qt paints its own dock title in the font of the moment the dock was made; this
        # bar follows the text size like everything else.
        bar = QWidget(self)
        bar.setObjectName("infoTitleBar")
        title = QLabel(f"<b>{html.escape(tr('Information'))}</b>", bar)
        title.setObjectName("infoTitle")
        hide = QToolButton(bar)
        hide.setObjectName("hideInfoButton")
        hide.setText(tr("Hide"))
        hide.setAccessibleName(tr("Hide the information pane"))
        hide.setToolTip(tr("Hide the information pane (F1)"))
        hide.clicked.connect(self.close)
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(6, 2, 2, 2)
        layout.addWidget(title, 1)
        layout.addWidget(hide)
        return bar

    def show_topic(self, area: Area) -> None:
        self.area = area
        topic = info_topic(area)
        if topic is None:
            topic = tr("There is no information for this area yet.")
        self.browser.setMarkdown(topic)
