"""Help > Keyboard shortcuts…: every key of the window, by menu and by area, searchable.

The list is read from the window's actions when the dialog opens (the menus' actions, then
each area page's own), so it always says what the keys do now, never what they did once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QMargins, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import Area
from planner.ui.areas import AREAS
from planner.ui.labels import translate

NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass(frozen=True)
class Shortcut:
    """One action and the keys that carry it out."""

    what: str
    keys: str


@dataclass(frozen=True)
class Group:
    """The shortcuts of one menu or one area."""

    title: str
    shortcuts: tuple[Shortcut, ...]


def plain(text: str) -> str:
    """A menu text as read: without its ``&`` mnemonic marks and its closing "…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def keys_text(action: QAction) -> str:
    """The action's shortcuts in the platform's own words, e.g. "Ctrl+Shift+N"."""
    shown: list[str] = []
    for sequence in action.shortcuts():
        text = sequence.toString(NATIVE)
        if text and text not in shown:
            shown.append(text)
    return translate("Shortcuts", " or ").join(shown)


def _shortcut(action: QAction) -> Shortcut | None:
    if action.isSeparator() or not action.isVisible() or action.menu() is not None:
        return None
    keys = keys_text(action)
    what = plain(action.text())
    return Shortcut(what, keys) if keys and what else None


def _menu_actions(menu: QMenu) -> Iterable[QAction]:
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from _menu_actions(sub)
        else:
            yield action


def _collect(actions: Iterable[QAction], seen: set[QAction]) -> tuple[Shortcut, ...]:
    """The shortcuts of ``actions`` not yet listed (an action in a menu is listed there)."""
    found: list[Shortcut] = []
    for action in actions:
        if action in seen:
            continue
        shortcut = _shortcut(action)
        if shortcut is not None:
            seen.add(action)
            found.append(shortcut)
    return tuple(found)


def window_shortcuts(window: QMainWindow, pages: Mapping[Area, QWidget]) -> list[Group]:
    """The window's shortcuts: one group per menu (in the menu bar's order), one per area
    (its page's own actions, in :data:`AREAS` order), and the window's other keys."""
    groups: list[Group] = []
    seen: set[QAction] = set()
    # The pages first made, so each area's actions exist (a page is made once, then kept).
    made = {entry.area: pages[entry.area] for entry in AREAS}
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if isinstance(menu, QMenu):
            found = _collect(_menu_actions(menu), seen)
            if found:
                groups.append(Group(plain(menu.title()), found))
    for entry in AREAS:
        page = made[entry.area]
        found = _collect(page.findChildren(QAction), seen)
        if found:
            groups.append(Group(entry.title(), found))
    others = _collect(window.findChildren(QAction), seen)
    if others:
        groups.append(Group(translate("Shortcuts", "Anywhere in the window"), others))
    return groups


@dataclass(frozen=True)
class _Row:
    """A row of the dialog's table: its number and its two cells."""

    row: int
    what: QTableWidgetItem
    keys: QTableWidgetItem


class _TypeToSearch(QObject):
    """Letters typed in the list go to the search field, so typing searches from anywhere."""

    def __init__(self, search: QLineEdit) -> None:
        super().__init__(search)
        self._search = search

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            text = event.text()
            plain_key = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            if text and text.isprintable() and not text.isspace() and plain_key:
                self._search.setFocus(Qt.FocusReason.OtherFocusReason)
                self._search.insert(text)
                return True
        return False


class ShortcutsDialog(QDialog):
    """The shortcuts of ``groups`` in a list under a search field; Esc closes it.

    Each group's name is a row of its own, in bold, above its shortcuts.
    """

    def __init__(self, groups: list[Group], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        title = translate("Shortcuts", "Keyboard shortcuts")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.search = QLineEdit(self)
        self.search.setObjectName("shortcutsSearch")
        self.search.setAccessibleName(translate("Shortcuts", "Search the shortcuts"))
        self.search.setPlaceholderText(translate("Shortcuts", "Type to search, e.g. text size"))
        self.search.setClearButtonEnabled(True)
        label = QLabel(translate("Shortcuts", "&Search:"), self)
        label.setBuddy(self.search)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("shortcutsList")
        self.table.setAccessibleName(translate("Shortcuts", "Keyboard shortcuts by menu and area"))
        self.table.setHorizontalHeaderLabels(
            [translate("Shortcuts", "Action"), translate("Shortcuts", "Keys")]
        )
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)  # a long action wraps (large text, a narrow screen)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # Rows as tall as their wrapped text, at the columns' widths of the moment.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._rows: list[tuple[_Row, list[_Row]]] = []
        """Each group's row, and its shortcuts' rows."""
        for group in groups:
            top = self._add_row(group.title, "")
            font = top.what.font()
            font.setBold(True)
            top.what.setFont(font)
            top.what.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setSpan(top.row, 0, 1, 2)
            rows = []
            for shortcut in group.shortcuts:
                row = self._add_row(shortcut.what, shortcut.keys)
                row.what.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    translate("Shortcuts", "{what}: {keys}").format(
                        what=shortcut.what, keys=shortcut.keys
                    ),
                )
                rows.append(row)
            self._rows.append((top, rows))
        self.table.installEventFilter(_TypeToSearch(self.search))
        self.nothing = QLabel(translate("Shortcuts", "No shortcut matches that."), self)
        self.nothing.setObjectName("shortcutsNothing")
        self.nothing.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("shortcutsButtons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("shortcutsClose")
        close.setAccessibleName(translate("Shortcuts", "Close"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        self.search.textChanged.connect(self.filter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.nothing)
        layout.addWidget(buttons)
        self._fit(groups, layout.contentsMargins())
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_row(self, what: str, keys: str) -> _Row:
        added = _Row(self.table.rowCount(), QTableWidgetItem(what), QTableWidgetItem(keys))
        self.table.insertRow(added.row)
        self.table.setItem(added.row, 0, added.what)
        self.table.setItem(added.row, 1, added.keys)
        return added

    def _fit(self, groups: list[Group], margins: QMargins) -> None:
        """Wide enough for the longest action and keys side by side, as tall as the screen
        allows (the list scrolls); within the screen at any text size."""
        screen = self.screen().availableGeometry()
        metrics = self.table.fontMetrics()
        gap = 4 * metrics.averageCharWidth()
        shortcuts = [s for group in groups for s in group.shortcuts]
        what = max((metrics.horizontalAdvance(s.what) for s in shortcuts), default=0)
        keys = max((metrics.horizontalAdvance(s.keys) for s in shortcuts), default=0)
        scroll = self.table.verticalScrollBar().sizeHint().width()
        width = what + keys + 2 * gap + scroll
        width += margins.left() + margins.right() + 2 * self.table.frameWidth()
        self.resize(
            min(max(width, metrics.averageCharWidth() * 50), screen.width() * 9 // 10),
            min(metrics.height() * 40, screen.height() * 8 // 10),
        )

    @Slot(str)
    def filter(self, text: str) -> None:
        """Show the shortcuts whose action or keys hold every word of ``text`` (all of a
        group whose name holds them)."""
        words = text.casefold().split()
        shown = 0
        for top, rows in self._rows:
            group_matches = all(w in top.what.text().casefold() for w in words)
            visible = 0
            for row in rows:
                said = f"{row.what.text()} {row.keys.text()}".casefold()
                hit = group_matches or all(w in said for w in words)
                self.table.setRowHidden(row.row, not hit)
                visible += hit
            self.table.setRowHidden(top.row, visible == 0)
            shown += visible
        self.nothing.setVisible(shown == 0)

    def shown_shortcuts(self) -> list[tuple[str, str, str]]:
        """The rows shown now: (group, action, keys)."""
        found = []
        for top, rows in self._rows:
            for row in rows:
                if not self.table.isRowHidden(row.row):
                    found.append((top.what.text(), row.what.text(), row.keys.text()))
        return found
