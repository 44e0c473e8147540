"""Hard days learned from the journal: the proposal per kind with its evidence, and the
user's yes (or nothing)."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.learning import MIN_CYCLES, Proposal
from planner.ui.labels import short_date, translate, vocabulary


class LearnedDaysDialog(QDialog):
    """Shows what the journal suggests; "Use N days" changes that kind's default.

    ``load`` reads the proposals for a threshold (and stores the threshold); ``accept_one``
    carries out a yes and says whether it was saved.
    """

    def __init__(
        self,
        threshold: int,
        load: Callable[[int], Sequence[Proposal]],
        accept_one: Callable[[Proposal], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load = load
        self._accept_one = accept_one
        self.setObjectName("learnedDaysDialog")
        self.setWindowTitle(translate("Journal", "Hard days learned from the journal"))
        self.setAccessibleName(translate("Journal", "Hard days learned from the journal"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(
            translate(
                "Journal",
                "From at least {n} logged cycles of a kind of treatment, the journal finds "
                "the days after it on which side effects were, on average, at or above the "
                "level you set. Nothing in the plan changes unless you choose to use a "
                "suggestion. This is planning help, not medical advice.",
            ).format(n=MIN_CYCLES),
            self,
        )
        intro.setWordWrap(True)
        self.threshold = QSpinBox(self)
        self.threshold.setObjectName("learnedThreshold")
        self.threshold.setAccessibleName(translate("Journal", "Severity that makes a day hard"))
        self.threshold.setRange(1, 10)
        self.threshold.setValue(threshold)
        threshold_label = QLabel(
            translate("Journal", "A day is hard from average &severity:"), self
        )
        threshold_label.setBuddy(self.threshold)
        row = QHBoxLayout()
        row.addWidget(threshold_label)
        row.addWidget(self.threshold)
        row.addStretch(1)
        self.threshold.valueChanged.connect(self.refresh)
        self.proposals = QWidget(self)
        self.proposals.setObjectName("learnedProposals")
        self._list = QVBoxLayout(self.proposals)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.proposals)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("learnedButtons")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.accept_buttons: dict[str, QPushButton] = {}
        self.refresh()
        self.threshold.setFocus()

    def refresh(self) -> None:
        while self._list.count():
            item = self._list.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.accept_buttons.clear()
        found = list(self._load(self.threshold.value()))
        if not found:
            empty = QLabel(
                translate(
                    "Journal",
                    "Nothing to suggest yet: no kind of treatment has {n} logged cycles with "
                    "days at or above this severity.",
                ).format(n=MIN_CYCLES),
                self.proposals,
            )
            empty.setObjectName("learnedNothing")
            empty.setWordWrap(True)
            self._list.addWidget(empty)
        for proposal in found:
            self._list.addWidget(self._proposal_box(proposal))
        self._list.addStretch(1)

    def _proposal_box(self, proposal: Proposal) -> QGroupBox:
        kind = vocabulary(proposal.kind)
        box = QGroupBox(kind, self.proposals)
        box.setObjectName(f"learned_{proposal.kind.value}")
        days = ", ".join(str(d) for d in proposal.hard_cycle_days)
        summary = translate(
            "Journal",
            "Hard cycle days: {days} (day 1 is the treatment day). Suggested: {new} hard days "
            "after each {kind} appointment; the plan now counts {old}.",
        ).format(days=days, new=proposal.recovery_days, kind=kind, old=proposal.current)
        cycles = "; ".join(f"{html.escape(c.label)} ({short_date(c.day)})" for c in proposal.cycles)
        text = QLabel(
            f"<p>{html.escape(summary)}</p><p>"
            + html.escape(
                translate("Journal", "Based on {n} logged cycles:").format(n=len(proposal.cycles))
            )
            + f" {cycles}</p>",
            box,
        )
        text.setObjectName(f"learnedSummary_{proposal.kind.value}")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        table = QTableWidget(len(proposal.evidence), 4, box)
        table.setObjectName("learnedEvidence")
        table.setAccessibleName(translate("Journal", "Evidence for {kind}").format(kind=kind))
        table.setHorizontalHeaderLabels(
            [
                translate("Journal", "Cycle day"),
                translate("Journal", "Average worst severity"),
                translate("Journal", "Cycles noted"),
                translate("Journal", "Hard?"),
            ]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        for row, evidence in enumerate(proposal.evidence):
            cells = (
                str(evidence.cycle_day),
                f"{evidence.average:.1f}",
                str(evidence.cycles),
                translate("Journal", "Yes, hard") if evidence.hard else translate("Journal", "No"),
            )
            for column, cell in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(cell))
        table.resizeColumnsToContents()
        # Show every cycle day at once (a few more than fit scroll), at any text size.
        shown = min(len(proposal.evidence), 10)
        rows = sum(table.rowHeight(n) for n in range(shown))
        table.setMinimumHeight(rows + table.horizontalHeader().sizeHint().height() + 4)
        layout = QVBoxLayout(box)
        layout.addWidget(text)
        layout.addWidget(table)
        if proposal.changes_plan:
            button = QPushButton(
                translate("Journal", "&Use {n} hard days after {kind}").format(
                    n=proposal.recovery_days, kind=kind
                ),
                box,
            )
            button.setObjectName(f"acceptLearned_{proposal.kind.value}")
            button.setAccessibleName(button.text().replace("&", ""))
            button.clicked.connect(lambda: self._accept(proposal))
            self.accept_buttons[proposal.kind.value] = button
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            same = QLabel(translate("Journal", "✓ The plan already uses this number."), box)
            layout.addWidget(same)
        return box

    def _accept(self, proposal: Proposal) -> None:
        if self._accept_one(proposal):
            self.refresh()
