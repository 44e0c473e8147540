"""The small forms of the Today list: why a dose was skipped (a reason is needed), and
which helper to ask to give a dose."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from planner.domain.doses import LONGEST_REASON
from planner.domain.model import Helper
from planner.ui.dialogs.form import FormDialog
from planner.ui.labels import translate


class SkipDialog(FormDialog[str]):
    """Asks why the dose is skipped; OK with no reason says so under the field."""

    def __init__(
        self, what: str, save: Callable[[str], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__("skipDose", translate("Medicines", "Skip a dose"), save, parent)
        about = QLabel(what, self)
        about.setObjectName("skipDoseWhat")
        about.setWordWrap(True)
        self.form.addRow(about)
        self.reason = self.line(
            translate("Medicines", "&Why:"),
            "Reason",
            translate("Medicines", "Why the dose is skipped"),
        )
        self.reason.setMaxLength(LONGEST_REASON + 20)
        self.reason.setPlaceholderText(
            translate("Medicines", "e.g. felt too sick, told to stop by the nurse")
        )
        self.reason_message = self.message_under(self.reason)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(
            translate("Medicines", "S&kip the dose")
        )
        self.reason.setFocus()

    def value(self) -> str:
        return self.reason.text().strip()

    def accept(self) -> None:
        if not self.value():
            self.reason_message.show_problem(
                translate("Medicines", "Say why the dose was skipped (a few words are enough)."),
                blocks=False,
            )
            self.reason.setFocus()
            return
        self.reason_message.clear()
        super().accept()


class HelperDialog(FormDialog[int]):
    """Asks which helper gives the dose; the task names the medicine and the time only."""

    def __init__(
        self,
        what: str,
        due: dt.datetime,
        helpers: Sequence[Helper],
        save: Callable[[int], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "giveDose", translate("Medicines", "Ask a helper to give a dose"), save, parent
        )
        about = QLabel(
            translate(
                "Medicines",
                "{helper_task} becomes a help task in the helper's packet and calendar. "
                "It names the medicine and the time, nothing about why it is taken.",
            ).format(helper_task=what),
            self,
        )
        about.setObjectName("giveDoseWhat")
        about.setWordWrap(True)
        self.form.addRow(about)
        self.helper = QComboBox(self)
        for helper in helpers:
            self.helper.addItem(helper.name, helper.id)
        self.row(
            translate("Medicines", "&Helper:"),
            self.helper,
            "Helper",
            translate("Medicines", "Helper who gives the dose"),
        )
        self.helper_message = self.message_under(self.helper)
        self.due = due
        self.buttons.button(self.buttons.StandardButton.Ok).setText(translate("Medicines", "&Ask"))
        self.helper.setFocus()

    def value(self) -> int:
        return int(self.helper.currentData())

    def accept(self) -> None:
        if self.helper.currentIndex() < 0:
            self.helper_message.show_problem(
                translate("Medicines", "The plan has no helpers yet: add one on the Helpers page."),
                blocks=False,
            )
            return
        super().accept()


__all__ = ["HelperDialog", "SkipDialog"]
