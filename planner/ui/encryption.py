"""File > Encrypt this plan…: the action, its dialog, and the window going on with the
encrypted plan.

The action is hidden where encryption cannot work (the ``sqlcipher3`` package is not
installed), and disabled for a shared PostgreSQL plan, a plan opened read-only and a plan
that is encrypted already.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QWidget

from planner.domain.errors import PlannerError
from planner.services import encryption
from planner.services.plan import Plan
from planner.ui.labels import say, translate
from planner.ui.watcher import PlanWatch

if TYPE_CHECKING:
    from planner.ui.dialogs.passphrase import NewPassphraseDialog

ShowMessage = Callable[[str, int], None]


def can_encrypt(plan: Plan, *, installed: bool | None = None) -> bool:
    """Whether ``plan`` can be encrypted here: a plan file that is neither encrypted
    already nor read-only, where SQLCipher is ``installed`` (looked up when not given)."""
    if installed is None:
        installed = encryption.available()
    return installed and plan.file is not None and not plan.encrypted and not plan.read_only


class PlanEncryption(QObject):
    """The Encrypt this plan… action of ``window`` over ``plan``; ``watch`` (which reads
    the plan file on a connection of its own) rests while the file is replaced."""

    def __init__(
        self, window: QWidget, plan: Plan, watch: PlanWatch, show_message: ShowMessage
    ) -> None:
        super().__init__(window)
        self.setObjectName("planEncryption")
        self._window = window
        self._plan = plan
        self._watch = watch
        self._show_message = show_message
        self.action = QAction(translate("Encryption", "&Encrypt this plan…"), window)
        self.action.setObjectName("actionEncryptPlan")
        self.action.triggered.connect(self.ask)
        window.addAction(self.action)
        self.action.setVisible(encryption.available())
        self._update()

    def _update(self) -> None:
        self.action.setEnabled(can_encrypt(self._plan, installed=True))

    @Slot()
    def ask(self) -> NewPassphraseDialog:
        """Ask for the new passphrase (twice); Encrypt encrypts the plan."""
        from planner.ui.dialogs.passphrase import NewPassphraseDialog

        dialog = NewPassphraseDialog(
            encryption.backups_left_plain(self._plan), self.encrypt, self._window
        )
        dialog.open()
        return dialog

    def encrypt(self, passphrase: str, keep_plain: bool) -> str | None:
        """Encrypt the plan; why not, or ``None`` when it is encrypted now."""
        self._watch.stop()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            kept = encryption.encrypt(self._plan, passphrase, keep_plain=keep_plain)
        except PlannerError as error:
            return say(error.message)
        finally:
            QGuiApplication.restoreOverrideCursor()
            self._watch.resume()
            self._update()
        text = translate(
            "Encryption", "The plan is encrypted; it opens only with its passphrase from now on."
        )
        if kept is not None:
            text += " " + translate(
                "Encryption", "A plain copy (not encrypted) is kept in {path}"
            ).format(path=kept)
        self._show_message(text, 0)
        return None
