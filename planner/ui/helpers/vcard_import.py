"""The preview of a vCard file: what each card would add or update, and which cannot be
read (and why); nothing is written until the user says so."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from planner.domain.model import Helper
from planner.services.contacts import CardPlan
from planner.ui.labels import say, translate
from planner.ui.models.rows import Column, RowsModel
from planner.ui.widgets.rowsview import RowsView


@dataclass(frozen=True)
class PreviewRow:
    plan: CardPlan

    @property
    def id(self) -> int:
        return self.plan.card.number


def what_happens(row: PreviewRow) -> str:
    """Status in words with a sign, never by colour alone."""
    plan = row.plan
    if plan.value is None:
        return "⚠ " + translate("Helpers", "Not imported (see below)")
    if plan.updates:
        return "↻ " + translate("Helpers", "Updates the one already in the plan")
    return "✔ " + translate("Helpers", "Added as new")


def _kind(row: PreviewRow) -> str:
    value = row.plan.value
    if value is None:
        return ""
    return (
        translate("Helpers", "Helper")
        if isinstance(value, Helper)
        else translate("Helpers", "Contact")
    )


class VcardImportDialog(QDialog):
    """OK hands the readable cards to ``accept``; the broken ones are listed, not written."""

    def __init__(
        self,
        file_name: str,
        plans: Sequence[CardPlan],
        accept: Callable[[list[CardPlan]], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._accept = accept
        self._plans = list(plans)
        title = translate("Helpers", "Import {file}").format(file=file_name)
        self.setObjectName("vcardImportDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        good = [p for p in plans if p.value is not None]
        bad = len(plans) - len(good)
        summary = QLabel(self)
        summary.setObjectName("vcardSummary")
        summary.setWordWrap(True)
        summary.setText(
            translate(
                "Helpers", "{good} of {total} cards can be imported; {bad} cannot (see why below)."
            ).format(good=len(good), total=len(plans), bad=bad)
            if bad
            else translate("Helpers", "All {total} cards can be imported.").format(total=len(plans))
        )
        self.model: RowsModel[PreviewRow] = RowsModel(
            (
                Column(
                    translate("Helpers", "Card"),
                    lambda r: str(r.plan.card.number),
                    key=lambda r: r.id,
                ),
                Column(translate("Helpers", "Name"), lambda r: r.plan.card.name),
                Column(translate("Helpers", "As"), _kind),
                Column(
                    translate("Helpers", "Phone"),
                    lambda r: r.plan.value.phone if r.plan.value else "",
                ),
                Column(
                    translate("Helpers", "Email"),
                    lambda r: r.plan.value.email if r.plan.value else "",
                ),
                Column(translate("Helpers", "What happens"), what_happens),
            ),
            self,
        )
        self.model.setObjectName("vcardPreviewModel")
        self.model.set_rows([PreviewRow(p) for p in plans])
        self.table = RowsView(
            self.model, "vcardPreview", translate("Helpers", "Cards in the file"), self
        )
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.fit_columns()
        width = self.fontMetrics().averageCharWidth()
        self.table.setMinimumSize(width * 100, self.fontMetrics().lineSpacing() * 12)
        self.problems = QLabel(self)
        self.problems.setObjectName("vcardProblems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        refusals = [p.card.message for p in plans if p.value is None]
        self.problems.setText("\n".join(say(why) for why in refusals if why is not None))
        self.problems.setAccessibleName(translate("Helpers", "Cards not imported"))
        self.problems.setAccessibleDescription(self.problems.text())
        self.problems.setVisible(bool(bad))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("vcardButtons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("vcardOk")
        ok.setText(translate("Helpers", "&Import {count} cards").format(count=len(good)))
        ok.setAccessibleName(ok.text().replace("&", ""))
        ok.setEnabled(bool(good))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("vcardCancel")
        cancel.setAccessibleName(translate("Helpers", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        if self._accept([p for p in self._plans if p.value is not None]):
            super().accept()
