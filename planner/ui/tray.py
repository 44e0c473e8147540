"""The system-tray icon, and what closing the window means when there is one.

Where the desktop has a system tray, closing the window (its close button, or File > Close
window) can leave Care Planner running there, so that reminders still come. The first close
asks; the answer is kept in the user's settings and File > Keep running in the tray changes
it. The icon's menu opens the window again or quits. Quit, the end of the session, and every
close the program itself makes end the program as before; so does any close without a tray.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QMenu,
    QMessageBox,
    QSystemTrayIcon,
    QWidget,
)

from planner.ui import messages, settings
from planner.ui.icon import application_icon
from planner.ui.labels import translate

KEEP_RUNNING = "tray/keepRunning"
"""The settings key of the answer to "Keep Care Planner in the tray?" (absent: not asked)."""

TrayIconFactory = Callable[[QObject], QSystemTrayIcon | None]
"""Makes the tray icon (not yet shown) for a parent, or ``None`` where there is no tray."""


def system_tray_icon(parent: QObject) -> QSystemTrayIcon | None:
    """The desktop's tray icon for Care Planner, or ``None`` when the desktop has no tray."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    return QSystemTrayIcon(
        application_icon(),
        parent,
    )


def keep_running_answer() -> bool | None:
    """The user's answer to keeping Care Planner in the tray; ``None`` when never asked."""
    stored = settings.settings()
    if not stored.contains(KEEP_RUNNING):
        return None
    return str(stored.value(KEEP_RUNNING)).lower() in {"true", "1"}


class Tray(QObject):
    """The tray icon of one window, its menu, and the window's close that keeps it running.

    ``icon`` is ``None`` where the desktop has no tray; everything then closes as before.

    Signals:
        quit_requested(): the user chose Quit and the window has closed; the program ends.
    """

    quit_requested = Signal()

    def __init__(self, window: QWidget, icon: QSystemTrayIcon | None) -> None:
        super().__init__(window)
        self._window = window
        self.icon = icon
        self._closing_by_user = False
        self.question: QMessageBox | None = None

        self.action_open = self._make(
            "actionTrayOpen", translate("Tray", "&Open Care Planner"), self.open
        )
        self.action_quit = self._make("actionTrayQuit", translate("Tray", "&Quit"), self.quit)
        self.action_close = self._make(
            "actionCloseWindow", translate("Tray", "&Close window"), self.close
        )
        self.action_close.setShortcuts(QKeySequence.StandardKey.Close)  # Ctrl+W, Ctrl+F4
        self.action_keep = self._make(
            "actionKeepInTray", translate("Tray", "&Keep running in the tray"), self._keep_toggled
        )
        self.action_keep.setCheckable(True)
        self.action_keep.setChecked(bool(keep_running_answer()))
        for action in (self.action_close, self.action_keep):
            action.setVisible(icon is not None)
        if icon is not None:
            self.menu = QMenu(window)
            self.menu.setObjectName("trayMenu")
            self.menu.setAccessibleName(translate("Tray", "Care Planner"))
            self.menu.addActions([self.action_open, self.action_quit])
            icon.setContextMenu(self.menu)
            icon.setToolTip(translate("Tray", "Care Planner"))
            icon.activated.connect(self._activated)
            icon.messageClicked.connect(self.open)
            icon.show()

    def _make(self, name: str, text: str, slot: Callable[..., object]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    @property
    def available(self) -> bool:
        return self.icon is not None

    # -- the window ----------------------------------------------------------------------
    @Slot()
    def open(self) -> None:
        """Show the window again, in front."""
        window = self._window
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()

    @Slot()
    def close(self) -> None:
        """The user closes the window (File > Close window): as its close button does."""
        self._closing_by_user = True
        try:
            self._window.close()
        finally:
            self._closing_by_user = False

    @Slot()
    def quit(self) -> None:
        """Close the window for good and end the program."""
        if self._window.close():
            if self.icon is not None:
                self.icon.hide()
            self.quit_requested.emit()

    def holds(self, event: QCloseEvent) -> bool:
        """Whether the window's close ``event`` keeps the program in the tray (the event is
        then ignored): only a close by the user counts (the close button, Close window),
        only with a tray, and only when the user said so or is being asked now."""
        by_user = event.spontaneous() or self._closing_by_user
        if self.icon is None or not by_user:
            return False
        keep = keep_running_answer()
        if keep is False:
            return False
        event.ignore()
        if keep is None:
            self.ask()
        else:
            self._window.hide()
        return True

    # -- the question, asked once --------------------------------------------------------
    def ask(self) -> QMessageBox:
        """Ask whether to keep running in the tray; the answer is kept, Cancel keeps the
        window open. The box is opened, not exec()'d: the answer comes in later."""
        box = messages.message_box(
            self._window,
            QMessageBox.Icon.Question,
            translate("Tray", "Care Planner"),
            translate("Tray", "Keep Care Planner in the tray to show reminders?"),
        )
        box.setObjectName("keepInTrayBox")
        box.setInformativeText(
            translate(
                "Tray",
                "Reminders then still come when the window is closed. File > Keep running "
                "in the tray changes this later; Quit in the tray's menu ends the program.",
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        keep = box.addButton(translate("Tray", "&Keep in tray"), QMessageBox.ButtonRole.AcceptRole)
        keep.setObjectName("keepInTrayButton")
        leave = box.addButton(translate("Tray", "&Quit"), QMessageBox.ButtonRole.DestructiveRole)
        leave.setObjectName("quitNotKeepButton")
        box.setDefaultButton(keep)

        def answered(button: QAbstractButton) -> None:
            if button is keep:
                self._remember(True)
                self._window.hide()
                self.message(
                    translate("Tray", "Care Planner is still running"),
                    translate("Tray", "Reminders appear here. Quit from this icon's menu."),
                )
            elif button is leave:
                self._remember(False)
                self.quit()

        box.buttonClicked.connect(answered)
        box.finished.connect(self._asked)
        self.question = box
        box.open()
        return box

    @Slot()
    def _asked(self) -> None:
        self.question = None

    @Slot(bool)
    def _keep_toggled(self, checked: bool) -> None:
        self._remember(checked)

    def _remember(self, keep: bool) -> None:
        settings.settings().setValue(KEEP_RUNNING, keep)
        self.action_keep.setChecked(keep)

    # -- the icon ------------------------------------------------------------------------
    def message(self, title: str, text: str) -> None:
        """A message from the tray icon, where there is one."""
        if self.icon is not None:
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)

    @Slot(QSystemTrayIcon.ActivationReason)
    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open()
