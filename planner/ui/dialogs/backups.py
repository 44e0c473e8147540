"""File > Backups…: the plan's backups, newest first, and restoring one of them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.services.backups import BackupFile
from planner.ui import messages
from planner.ui.labels import date_time, translate


def kind_text(kind: str) -> str:
    """How a backup came to be made, in the user's language."""
    texts = {
        "automatic": translate("Dialogs", "Automatic"),
        "by hand": translate("Dialogs", "Made by hand"),
        "before an upgrade": translate("Dialogs", "Before an upgrade"),
        "before encrypting (not encrypted)": translate(
            "Dialogs", "Before encrypting (not encrypted)"
        ),
        "before a restore": translate("Dialogs", "Before a restore"),
    }
    return texts.get(kind, kind)


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return translate("Dialogs", "{kb} KB").format(kb=max(1, round(size / 1024)))
    return translate("Dialogs", "{mb:.1f} MB").format(mb=size / (1024 * 1024))


class BackupsDialog(QDialog):
    """Lists ``found``; Restore asks first, then hands the chosen file to ``restore``
    (which says whether it worked; the dialog closes then)."""

    def __init__(
        self,
        found: list[BackupFile],
        folder: Path | None,
        restore: Callable[[Path], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._found = found
        self._restore = restore
        self.setObjectName("backupsDialog")
        title = translate("Dialogs", "Backups")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(
            translate(
                "Dialogs",
                "A backup is made every half hour while the plan changes, and when the window "
                "closes; the last ten are kept, one a day for two weeks and one a week for "
                "eight weeks. Each is checked before it counts.",
            )
            if folder is not None
            else translate("Dialogs", "A shared plan is backed up on its server (pg_dump)."),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(found), 3, self)
        self.table.setObjectName("backupTable")
        self.table.setAccessibleName(translate("Dialogs", "Backups, newest first"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("Dialogs", "Made"),
                translate("Dialogs", "Kind"),
                translate("Dialogs", "Size"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for row, item in enumerate(found):
            cells = [
                date_time(item.made),
                kind_text(item.kind),
                size_text(item.size),
            ]
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(cell))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        if found:
            self.table.selectRow(0)
        where = QLabel(
            translate("Dialogs", "In {folder}").format(folder=folder) if folder is not None else "",
            self,
        )
        where.setObjectName("backupFolder")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(translate("Dialogs", "&Restore…"), self)
        self.restore_button.setObjectName("restoreBackupButton")
        self.restore_button.setEnabled(bool(found))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.ask_restore)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(where)
        layout.addWidget(buttons)
        self._fit()

    def _fit(self) -> None:
        """Wide enough for every column at any text size, within the screen."""
        table = self.table
        screen = self.screen().availableGeometry()
        columns = sum(table.columnWidth(c) for c in range(table.columnCount()))
        scroll = table.verticalScrollBar().sizeHint().width()
        width = columns + scroll + 2 * table.frameWidth() + 40
        rows = table.horizontalHeader().height() + 2 * table.frameWidth()
        rows += sum(table.rowHeight(r) for r in range(min(table.rowCount(), 10)))
        height = self.sizeHint().height() - table.sizeHint().height() + rows + 8
        self.resize(
            min(max(width, self.sizeHint().width()), screen.width() * 9 // 10),
            min(max(height, 300), screen.height() * 8 // 10),
        )

    def chosen(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self._found[rows[0].row()] if rows else None

    @Slot()
    def ask_restore(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return

        def restore() -> None:
            if self._restore(chosen.path):
                self.accept()

        self.confirm_box = messages.confirm(
            self,
            translate("Dialogs", "Restore backup"),
            translate("Dialogs", "Replace the plan with the backup made {made}?").format(
                made=date_time(chosen.made)
            ),
            restore,
            consequence=translate(
                "Dialogs",
                "The plan as it is now is backed up first, so this can be taken back too.",
            ),
            action=translate("Dialogs", "&Restore"),
            name="Restore",
        )
