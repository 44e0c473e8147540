"""The patient's profile in the window: asked for once on a new plan, right after the window
is first painted, and opened again by the getting-started step or a "profile missing" gap."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QWidget

from planner.domain.profile import Profile
from planner.services import profile as profile_service
from planner.services.plan import Plan
from planner.ui.labels import translate
from planner.ui.operations import Operations

if TYPE_CHECKING:
    from planner.ui.dialogs.profile import ProfileDialog

Notify = Callable[[str, int], None]
"""Shows a short message (the window's status bar) for some milliseconds."""


class PatientProfile(QObject):
    """Opens the profile form over ``window``; saving and skipping go through
    ``operations``, so the pages concerned refresh and a refusal is shown as a warning.
    With ``ask_on_show``, a new plan gets the form once the window first shows."""

    def __init__(
        self,
        window: QWidget,
        plan: Plan,
        operations: Operations,
        notify: Notify,
        *,
        ask_on_show: bool = True,
        encrypt: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(window)
        self._encrypt = encrypt
        """Asks for a passphrase and encrypts the plan; offered on a new plan's form."""
        self._window = window
        self._plan = plan
        self._operations = operations
        self._notify = notify
        self.dialog: ProfileDialog | None = None
        """The form while it is open."""
        if ask_on_show:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Once the window is on screen (it costs start-up nothing), so that the form
            # opens over it.
            QTimer.singleShot(0, self.ask_once)
        return False

    @Slot()
    def ask_once(self) -> ProfileDialog | None:
        """Open the first-run form if the plan is new and was never asked."""
        if self.dialog is not None or not profile_service.should_ask(self._plan):
            return None
        return self.open(first_run=True)

    @Slot()
    def open(self, first_run: bool = False) -> ProfileDialog:
        """Open the form with the profile as stored (or bring the open one to the front)."""
        from planner.ui.dialogs.profile import ProfileDialog

        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        stored = profile_service.patient_profile(self._plan)
        offer = first_run and self._encrypt is not None
        dialog = ProfileDialog(
            stored,
            self._save,
            self._window,
            first_run=first_run,
            offer_encryption=offer,
            today=self._plan.clock.today(),
        )
        if offer:
            dialog.accepted.connect(lambda: self._encrypt_if_asked(dialog))
        if first_run:
            # Skip (or closing the form) is an answer too: a new plan asks only once.
            dialog.rejected.connect(self._skip)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save(self, profile: Profile) -> bool:
        saved = self._operations.call(lambda: profile_service.save_profile(self._plan, profile))
        if saved is not None:
            self._notify(translate("Profile", "The patient's details are saved."), 5000)
        return saved is not None

    def _encrypt_if_asked(self, dialog: ProfileDialog) -> None:
        if dialog.encrypt.isChecked() and self._encrypt is not None:
            self._encrypt()

    @Slot()
    def _skip(self) -> None:
        self._operations.call(lambda: profile_service.skip_profile(self._plan))

    @Slot()
    def _closed(self) -> None:
        self.dialog = None
