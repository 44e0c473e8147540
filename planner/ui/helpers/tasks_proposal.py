""" "Fill the hard days": the proposed tasks, each ticked to accept, added in one step."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import HelpTask
from planner.domain.tasks import Proposal, is_whole_day
from planner.ui.labels import date_time, say, short_date, time_of_day, translate, vocabulary


def proposal_text(proposal: Proposal, helper_names: Mapping[int, str]) -> str:
    task = proposal.task
    if is_whole_day(task):
        when = short_date(task.start.date())
    else:
        when = translate("Helpers", "{start} to {end}").format(
            start=date_time(task.start), end=time_of_day(task.end)
        )
    who = helper_names.get(task.helper_id or 0)
    suggested = (
        translate("Helpers", "suggested: {name}").format(name=who)
        if who
        else translate("Helpers", "nobody free is known yet")
    )
    return translate("Helpers", "{when}: {title} ({category}; {who})\n{reason}").format(
        when=when,
        title=say(task.title),
        category=vocabulary(task.category),
        who=suggested,
        reason=say(proposal.reason),
    )


class ProposalDialog(QDialog):
    """Lists the proposals, all ticked; OK hands the ticked tasks to ``accept``."""

    def __init__(
        self,
        proposals: Sequence[Proposal],
        helper_names: Mapping[int, str],
        accept: Callable[[list[HelpTask]], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._accept = accept
        self._proposals = list(proposals)
        title = translate("Helpers", "Fill the hard days")
        self.setObjectName("proposalDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(self)
        intro.setObjectName("proposalIntro")
        intro.setWordWrap(True)
        if proposals:
            intro.setText(
                translate(
                    "Helpers",
                    "The coming hard days could use these tasks. Untick any you do not want; "
                    "the suggested helper still has to say yes (the task starts open).",
                )
            )
        else:
            intro.setText(
                translate("Helpers", "The coming two weeks' hard days have the help they need.")
            )
        self.list = QListWidget(self)
        self.list.setObjectName("proposalList")
        self.list.setAccessibleName(translate("Helpers", "Proposed tasks"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        for proposal in proposals:
            item = QListWidgetItem(proposal_text(proposal, helper_names), self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.list.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
        self.list.setVisible(bool(proposals))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("proposalButtons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("proposalOk")
        ok.setText(translate("Helpers", "&Add the ticked tasks"))
        ok.setAccessibleName(translate("Helpers", "Add the ticked tasks"))
        ok.setEnabled(bool(proposals))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("proposalCancel")
        cancel.setAccessibleName(translate("Helpers", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.list.setFocus()

    def chosen(self) -> list[HelpTask]:
        """The ticked tasks, titled in the reader's words (as they are saved)."""
        return [
            dataclasses.replace(proposal.task, title=say(proposal.task.title))
            for n, proposal in enumerate(self._proposals)
            if self.list.item(n).checkState() == Qt.CheckState.Checked
        ]

    def accept(self) -> None:
        chosen = self.chosen()
        if not chosen or self._accept(chosen):
            super().accept()
