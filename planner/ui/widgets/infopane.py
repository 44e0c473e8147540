"""The information pane: plain-language topics beside the pages, with their tips' actions."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QUrl, QUrlQuery, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import Area
from planner.ui.areas import area_ui
from planner.ui.info import topics
from planner.ui.info.links import ACTION_SCHEME, ACTIONS, TOPIC_SCHEME, Action
from planner.ui.labels import say, translate
from planner.ui.widgets.side_dock import SideDock


class InfoPane(SideDock):
    """A dock beside the pages; it follows the current area and browses every topic.

    Signals:
        action_requested(Action, str): a tip's link asks for an action; the text is a
            question to offer (empty when there is none).
    """

    action_requested = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Widgets", "Information"), "infoPane", parent)
        self.setTitleBarWidget(self._title_bar())
        self.area: Area | None = None
        self.topic: topics.Topic | None = None
        self._history: list[str] = []
        self._position = -1

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._navigation_bar(body))
        self.search = QLineEdit(body)
        self.search.setObjectName("topicSearch")
        self.search.setAccessibleName(translate("Widgets", "Search the topics"))
        self.search.setPlaceholderText(translate("Widgets", "Search the topics"))
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._open_first_result)
        layout.addWidget(self.search)
        self.results = QListWidget(body)
        self.results.setObjectName("topicResults")
        self.results.setAccessibleName(translate("Widgets", "Topics found"))
        self.results.itemActivated.connect(self._open_result)
        self.results.itemClicked.connect(self._open_result)
        self.results.hide()
        layout.addWidget(self.results)
        self.browser = QTextBrowser(body)
        self.browser.setObjectName("infoText")
        self.browser.setAccessibleName(translate("Widgets", "Information topic"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.follow)
        layout.addWidget(self.browser, 1)
        self.setWidget(body)
        self._fill_chooser()

    # -- building ----------------------------------------------------------------------
    def _title_bar(self) -> QWidget:
        # Qt paints its own dock title in the font of the moment the dock was made; this
        # bar follows the text size like everything else.
        bar = QWidget(self)
        bar.setObjectName("infoTitleBar")
        title = QLabel(("<b>" + html.escape(translate("Widgets", "Information")) + "</b>"), bar)
        title.setObjectName("infoTitle")
        hide = QToolButton(bar)
        hide.setObjectName("hideInfoButton")
        hide.setText(translate("Widgets", "Hide"))
        hide.setAccessibleName(translate("Widgets", "Hide the information pane"))
        hide.setToolTip(translate("Widgets", "Hide the information pane (F1)"))
        hide.clicked.connect(self.close)
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(6, 2, 2, 2)
        layout.addWidget(title, 1)
        layout.addWidget(hide)
        return bar

    def _navigation_bar(self, parent: QWidget) -> QHBoxLayout:
        self.back_button = self._tool(
            parent, "topicBackButton", "←", translate("Widgets", "Back"), self.back
        )
        self.forward_button = self._tool(
            parent, "topicForwardButton", "→", translate("Widgets", "Forward"), self.forward
        )
        self.chooser = QComboBox(parent)
        self.chooser.setObjectName("topicChooser")
        self.chooser.setAccessibleName(translate("Widgets", "Choose a topic"))
        self.chooser.activated.connect(self._choose)
        # Long titles must not widen the pane (or the window) at large text sizes.
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chooser.setMinimumContentsLength(6)
        self.chooser.view().setObjectName("topicChooserList")
        self.chooser.view().setAccessibleName(translate("Widgets", "Topics"))
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.back_button)
        bar.addWidget(self.forward_button)
        bar.addWidget(self.chooser, 1)
        return bar

    def _tool(self, parent: QWidget, name: str, arrow: str, text: str, slot: object) -> QToolButton:
        button = QToolButton(parent)
        button.setObjectName(name)
        button.setText(arrow)
        button.setAccessibleName(text)
        button.setToolTip(text)
        button.clicked.connect(slot)
        return button

    def _fill_chooser(self) -> None:
        self.chooser.clear()
        for name in topics.names():
            if (
                not topics.is_background(name)
                and self.chooser.count()
                and (topics.is_background(str(self.chooser.itemData(self.chooser.count() - 1))))
            ):
                self.chooser.insertSeparator(self.chooser.count())  # the planner's own topics
            self.chooser.addItem(topics.load(name).title, name)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        topic = getattr(self, "topic", None)  # None while the pane is being made
        if event.type() == QEvent.Type.PaletteChange and topic is not None:
            # The links took their colour when the topic was read: another theme
            # (planner/ui/theme.py) reads it again, where the reader was.
            where = self.browser.verticalScrollBar().value()
            self._display(topic.name)
            self.browser.verticalScrollBar().setValue(where)

    # -- showing -----------------------------------------------------------------------
    def show_topic(self, area: Area) -> None:
        """Show the topic of ``area`` (the window calls this whenever the area changes)."""
        self.area = area
        self.open(area_ui(area).topic)

    def open(self, name: str) -> None:
        """Show the topic ``name`` and remember it for Back."""
        if self.topic is not None and self.topic.name == name:
            return
        del self._history[self._position + 1 :]
        self._history.append(name)
        self._position = len(self._history) - 1
        self._display(name)

    @Slot()
    def back(self) -> None:
        if self._position > 0:
            self._position -= 1
            self._display(self._history[self._position])

    @Slot()
    def forward(self) -> None:
        if self._position < len(self._history) - 1:
            self._position += 1
            self._display(self._history[self._position])

    def _display(self, name: str) -> None:
        self.topic = topics.load(name)
        self.browser.setMarkdown(self.topic.text)
        index = self.chooser.findData(name)
        self.chooser.setCurrentIndex(index)
        self.back_button.setEnabled(self._position > 0)
        self.forward_button.setEnabled(self._position < len(self._history) - 1)

    # -- links -------------------------------------------------------------------------
    @Slot(QUrl)
    def follow(self, url: QUrl) -> None:
        """Open a topic link, ask for a tip's action, or hand a web link to the browser."""
        scheme = url.scheme()
        if scheme == TOPIC_SCHEME:
            self.open(url.path())
        elif scheme == ACTION_SCHEME:
            action: Action | None = ACTIONS.get(url.path())
            if action is None:
                self._say(
                    translate("Widgets", "This link asks for something Care Planner cannot do yet.")
                )
                return
            question = QUrlQuery(url).queryItemValue(
                "text", QUrl.ComponentFormattingOption.FullyDecoded
            )
            self.action_requested.emit(action, question or say(action.question or ""))
        elif scheme in ("http", "https", "mailto", "tel"):
            QDesktopServices.openUrl(url)
        else:
            self._say(translate("Widgets", "This link leads nowhere Care Planner knows."))

    def _say(self, message: str) -> None:
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(message, 8000)

    # -- search ------------------------------------------------------------------------
    @Slot(str)
    def _search(self, text: str) -> None:
        self.results.clear()
        found = topics.search(text)
        for topic in found:
            item = QListWidgetItem(topic.title, self.results)
            item.setData(Qt.ItemDataRole.UserRole, topic.name)
        if text.strip() and not found:
            QListWidgetItem(translate("Widgets", "No topic mentions that."), self.results).setFlags(
                Qt.ItemFlag.NoItemFlags
            )
        self.results.setVisible(bool(text.strip()))

    @Slot()
    def _open_first_result(self) -> None:
        item = self.results.item(0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self._open_result(item)

    @Slot(QListWidgetItem)
    def _open_result(self, item: QListWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(name, str):
            self.open(name)

    @Slot(int)
    def _choose(self, index: int) -> None:
        name = self.chooser.itemData(index)
        if isinstance(name, str):
            self.open(name)
