"""Freezer: the meal batches ready for the hard days, first expiring first.

Three tabs: the stock (filter by tag, totals per tag, expired and expiring-soon batches
marked by icon and text), the hard days ahead with the batches planned for each and what
to cook next, and the freezer's settings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.changes import Kind
from planner.domain.enums import Area, MealCategory
from planner.domain.freezer import (
    PORTIONS_PER_HARD_DAY,
    Freshness,
    default_use_by,
)
from planner.domain.model import FreezerMeal
from planner.domain.settings import Setting
from planner.services import freezer, team
from planner.services.freezer import FreezerOverview
from planner.services.settings import change_setting
from planner.ui import messages
from planner.ui.dialogs.csv_import import ChooseFile, choose_csv_file, write_csv
from planner.ui.freezer.commands import FreezerActions
from planner.ui.freezer.coverage import CoverageTab
from planner.ui.freezer.labels import print_cook_next, print_labels, write_labels
from planner.ui.freezer.meal_dialog import FreezerMealDialog
from planner.ui.freezer.model import MealRows
from planner.ui.freezer.settings_tab import Change, FreezerSettings
from planner.ui.freezer.stock_import import StockImportDialog
from planner.ui.freezer.take_out_dialog import TakeOutDialog
from planner.ui.labels import tag_label, translate
from planner.ui.models.rows import ROW_ROLE
from planner.ui.pages.base import AreaPage, PageContext
from planner.ui.permissions import for_organisers, organisers_only
from planner.ui.printing import not_written
from planner.ui.widgets.changed_meanwhile import watch_record
from planner.ui.widgets.rowsview import RowsView

STOCK_TAB, COVERAGE_TAB, SETTINGS_TAB = range(3)


def choose_csv(parent: QWidget, suggested: str, save: bool) -> Path | None:
    return choose_csv_file(
        parent,
        suggested,
        save,
        open_title=translate("Freezer", "Import freezer stock"),
        save_title=translate("Freezer", "Export freezer stock"),
    )


def choose_pdf(parent: QWidget, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("Freezer", "Save labels as PDF"),
        suggested,
        translate("Freezer", "PDF files (*.pdf)"),
    )
    return Path(name) if name else None


class FreezerPage(AreaPage):
    area = Area.FREEZER
    shows = frozenset({Kind.MEAL, Kind.PORTIONS_TAKEN, Kind.APPOINTMENT, Kind.SETTING})
    record_kind = Kind.MEAL

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            translate(
                "Freezer",
                "Meals ready in the freezer for the days after treatment, first expiring "
                "first, and how they cover the hard days ahead.",
            ),
            parent,
        )
        self.stock_actions = FreezerActions(context.operations)
        self.choose_file: ChooseFile = choose_csv
        self.choose_pdf: Callable[[QWidget, str], Path | None] = choose_pdf
        self.shown: FreezerOverview | None = None

        self.add_action, self.edit_action, self.delete_action = self.record_actions(
            "Meal", self.add, self.edit, self.delete
        )
        self.take_out_action = self._action(
            "actionTakeOut", translate("Freezer", "&Take out…"), self.take_out, "Ctrl+Shift+O"
        )
        self.thaw_action = self._action(
            "actionThawTomorrow",
            translate("Freezer", "T&haw for tomorrow…"),
            self.thaw,
            "Ctrl+Shift+T",
        )
        self.import_action = self._action(
            "actionImportStock",
            translate("Freezer", "&Import CSV…"),
            self.import_stock,
            "Ctrl+Shift+I",
        )
        self.export_action = self._action(
            "actionExportStock",
            translate("Freezer", "E&xport CSV…"),
            self.export_stock,
            "Ctrl+Shift+E",
            changes_plan=False,
        )
        self.labels_action = self._action(
            "actionPrintLabels",
            translate("Freezer", "Print &labels…"),
            self.print_labels,
            "Ctrl+Shift+L",
            changes_plan=False,
        )
        self.labels_pdf_action = self._action(
            "actionSaveLabelsPdf",
            translate("Freezer", "Save labels as P&DF…"),
            self.save_labels,
            "Ctrl+Shift+F",
            changes_plan=False,
        )
        self.cook_action = self._action(
            "actionPrintCookNext",
            translate("Freezer", "&Print what to cook next…"),
            self.print_cook_next,
            "Ctrl+P",
            changes_plan=False,
        )
        self.body.addLayout(
            self.button_row(
                self.add_action,
                self.edit_action,
                self.delete_action,
                self.take_out_action,
                self.thaw_action,
            )
        )
        self.body.addLayout(
            self.button_row(
                self.import_action, self.export_action, self.labels_action, self.labels_pdf_action
            )
        )

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("freezerTabs")
        self.tabs.setAccessibleName(translate("Freezer", "Freezer views"))
        self.tabs.addTab(self._stock_tab(), translate("Freezer", "&Stock"))
        self.coverage = CoverageTab(self)
        self.coverage.print_button.setDefaultAction(self.cook_action)
        self.coverage.print_button.setAccessibleName(self.cook_action.iconText())
        self.tabs.addTab(self.coverage, translate("Freezer", "Hard days &ahead"))
        self.settings = FreezerSettings(self)
        self.settings.apply_requested.connect(self._apply_settings)
        settings_scroll = QScrollArea(self)
        settings_scroll.setObjectName("freezerSettingsScroll")
        settings_scroll.setAccessibleName(translate("Freezer", "Freezer settings"))
        settings_scroll.setWidgetResizable(True)
        settings_scroll.setWidget(self.settings)
        self.tabs.addTab(settings_scroll, translate("Freezer", "Se&ttings"))
        self.body.addWidget(self.tabs, 1)

        self.table.activated.connect(self._activated)
        # The Delete key deletes where the keyboard is: in the list of meals, never from
        # another tab, where the row chosen with the keyboard is not one of them.
        self.removeAction(self.delete_action)
        self.table.addAction(self.delete_action)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        # A helper on a shared plan reads the stock (and prints it); organisers change it.
        self.may_edit = for_organisers(self.edits, team.permissions(context.plan))
        if not self.may_edit:
            self.settings.setEnabled(False)
            self.settings.setToolTip(organisers_only())
        self._update_actions()

    # -- building ------------------------------------------------------------------------
    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        keys: str | QKeySequence.StandardKey,
        *,
        changes_plan: bool = True,
    ) -> QAction:
        return self.page_action(name, text, slot, QKeySequence(keys), changes_plan=changes_plan)

    def _stock_tab(self) -> QWidget:
        tab = QWidget(self)
        tab.setObjectName("freezerStock")
        tab.setAccessibleName(translate("Freezer", "Stock"))
        self.tag_filter = QComboBox(tab)
        self.tag_filter.setObjectName("filterTag")
        self.tag_filter.setAccessibleName(translate("Freezer", "Show batches with the tag"))
        self.tag_filter.view().setObjectName("filterTagList")
        self.tag_filter.view().setAccessibleName(translate("Freezer", "Tags"))
        self.tag_filter.currentIndexChanged.connect(self._show_meals)
        caption = QLabel(translate("Freezer", "Ta&g:"), tab)
        caption.setObjectName("filterTagLabel")
        caption.setBuddy(self.tag_filter)
        self.totals = QLabel(tab)
        self.totals.setObjectName("tagTotals")
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.totals.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.model = MealRows(self.context.today, self)
        self.model.setObjectName("mealTableModel")
        style = self.style()
        self.model.icons = {
            Freshness.EXPIRED: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            Freshness.EXPIRING_SOON: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            Freshness.FRESH: style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
        }
        self.table = RowsView(self.model, "mealTable", translate("Freezer", "Freezer meals"), tab)
        self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        filters = QHBoxLayout()
        filters.addWidget(caption)
        filters.addWidget(self.tag_filter)
        filters.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)
        return tab

    # -- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        plan, today = self.context.plan, self.context.today()
        self.fetch(lambda: freezer.overview(plan, today), self._show_overview)

    def _show_overview(self, shown: FreezerOverview) -> None:
        self.shown = shown
        self.model.soon_days = shown.soon_days
        chosen = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(translate("Freezer", "All tags"), "")
        for tag in shown.known_tags:
            # Shown in the user's language; the plan's own (English) tag is what filters.
            self.tag_filter.addItem(tag_label(tag), tag)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(chosen or "")))
        self.tag_filter.blockSignals(False)
        self._show_meals()
        self.coverage.show_overview(shown)
        self.settings.show_settings(shown.settings)

    @Slot()
    def _show_meals(self) -> None:
        if self.shown is None:
            return
        tag = self.tag_filter.currentData() or ""
        meals = [m for m in self.shown.meals if not tag or tag in m.tags]
        first = self.model.rowCount() == 0
        self.model.set_rows(meals)
        if first:
            self.table.fit_columns()
        self._show_totals()

    def _show_totals(self) -> None:
        assert self.shown is not None
        today = self.context.today()
        good = [m for m in self.shown.meals if m.portions_left > 0 and m.use_by >= today]
        per_tag = {
            tag: sum(m.portions_left for m in good if tag in m.tags)
            for tag in self.shown.known_tags
        }
        listed = " · ".join(f"{tag_label(tag)} {count}" for tag, count in per_tag.items() if count)
        text = translate("Freezer", "{total} portions in date.").format(
            total=sum(m.portions_left for m in good)
        )
        if listed:
            text += " " + translate("Freezer", "By tag: {list}").format(list=listed)
        self.totals.setText(text)

    def selected(self) -> FreezerMeal | None:
        if self.table.selected_id() is None:
            return None
        row = self.table.currentIndex().data(ROW_ROLE)
        return row if isinstance(row, FreezerMeal) else None

    def select_shown(self, record_id: int | None) -> bool:
        if record_id is None:  # a gap of the hard days as a whole: show them
            self.tabs.setCurrentIndex(COVERAGE_TAB)
            self.coverage.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        self.tabs.setCurrentIndex(STOCK_TAB)
        if self.model.row_of(record_id) is None and self.tag_filter.currentIndex() > 0:
            self.tag_filter.setCurrentIndex(0)
        found = self.table.select_id(record_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return found

    # -- the actions ---------------------------------------------------------------------
    def start_action(self, name: str) -> QWidget | None:
        """Carry out an information-pane tip's action: "add-freezer-meals" opens the form."""
        if name == "add-freezer-meals":
            self.tabs.setCurrentIndex(STOCK_TAB)
            if not self.may_edit:
                self.say(organisers_only())
                return None
            return self.add()
        return None

    def _settings(self) -> dict[str, str]:
        return dict(self.shown.settings) if self.shown is not None else {}

    def _tags(self) -> tuple[str, ...]:
        return self.shown.known_tags if self.shown is not None else ()

    @Slot()
    def add(self) -> FreezerMealDialog:
        """Open the form for a new batch, frozen today."""
        today = self.context.today()
        category = MealCategory.COOKED_DISH
        blank = FreezerMeal(
            "", 4, today, default_use_by(category, today, self._settings()), category=category
        )
        return self._open(blank)

    @Slot()
    def edit(self) -> FreezerMealDialog | None:
        chosen = self.selected()
        return self._open(chosen) if chosen is not None else None

    def _open(self, meal: FreezerMeal) -> FreezerMealDialog:
        dialog = FreezerMealDialog(meal, self._tags(), self._settings(), self._save, self)
        watch_record(
            dialog,
            self.context.operations,
            Kind.MEAL,
            meal.id,
            translate("Freezer", "freezer batch"),
        )
        dialog.open()
        return dialog

    def _save(self, meal: FreezerMeal) -> bool:
        saved = self.stock_actions.add(meal) if meal.id is None else self.stock_actions.update(meal)
        if saved is not None:
            self.select_record(saved.id)
        return saved is not None

    @Slot()
    def delete(self) -> QMessageBox | None:
        chosen = self.selected()
        if chosen is None:
            return None
        return messages.confirm_delete(
            self,
            translate("Freezer", "Delete freezer meal"),
            translate("Freezer", "Delete {name} ({count} portions left)?").format(
                name=chosen.name, count=chosen.portions_left
            ),
            lambda: self.stock_actions.delete(chosen),
        )

    @Slot()
    def take_out(self) -> TakeOutDialog | None:
        return self._take(self.context.today(), thaw=False)

    @Slot()
    def thaw(self) -> TakeOutDialog | None:
        return self._take(self.context.today() + dt.timedelta(days=1), thaw=True)

    def _take(self, day: dt.date, *, thaw: bool) -> TakeOutDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        per_day = PORTIONS_PER_HARD_DAY.read(self._settings())
        dialog = TakeOutDialog(chosen, day, per_day, self._taken, thaw=thaw, parent=self)
        dialog.open()
        return dialog

    def _taken(self, meal: FreezerMeal, portions: int, day: dt.date) -> bool:
        return self.stock_actions.take_out(meal, portions, day) is not None

    @Slot()
    def import_stock(self) -> StockImportDialog | None:
        path = self.choose_file(self, "", False)
        return self.preview_file(path) if path is not None else None

    def preview_file(self, path: Path) -> StockImportDialog:
        """Read ``path`` in the background and show what it would add; nothing is written
        until the user accepts."""
        plan = self.context.plan

        def read(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            return freezer.preview_import(plan, path, progress=progress, cancelled=cancelled)

        dialog = StockImportDialog(path.name, read, self._import_rows, self)
        dialog.open()
        return dialog

    def _import_rows(self, meals: Sequence[FreezerMeal]) -> bool:
        return self.stock_actions.import_meals(meals) is not None

    @Slot()
    def export_stock(self) -> Path | None:
        path = self.choose_file(self, "freezer-stock.csv", True)
        wrote = translate("Freezer", "Wrote {count} batches to {path}")
        return write_csv(self, path, freezer.export_csv, wrote)

    @Slot()
    def print_labels(self) -> None:
        print_labels(self, self._to_label())

    @Slot()
    def save_labels(self) -> Path | None:
        """Labels of the selected batch (or of every batch shown) as a PDF file."""
        path = self.choose_pdf(self, "freezer-labels.pdf")
        if path is None:
            return None
        try:
            write_labels(self._to_label(), path)
        except OSError as error:
            self.context.operations.failed.emit(not_written(path, error))
            return None
        self.say(translate("Freezer", "Labels saved to {path}").format(path=path))
        return path

    def _to_label(self) -> list[FreezerMeal]:
        chosen = self.selected()
        return [chosen] if chosen is not None else [m for m in self._visible() if m.portions_left]

    @Slot()
    def print_cook_next(self) -> None:
        lines = self.shown.cook_next if self.shown is not None else ()
        print_cook_next(self, lines, self.context.today())

    def _visible(self) -> list[FreezerMeal]:
        return [self.model.row_value(n) for n in range(self.model.rowCount())]

    @Slot(list)
    def _apply_settings(self, changes: list[Change]) -> None:
        for setting, value in changes:
            if not self._change_setting(setting, value):
                return

    def _change_setting(self, setting: Setting[Any], value: Any) -> bool:
        plan = self.context.plan
        return (
            self.context.operations.call(lambda: change_setting(plan, setting, value)) is not None
        )

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and self.may_edit:
            self.edit()

    @Slot()
    def _update_actions(self) -> None:
        chosen = self.selected()
        for action in (self.edit_action, self.delete_action):
            action.setEnabled(chosen is not None)
        can_take = chosen is not None and chosen.portions_left > 0
        self.take_out_action.setEnabled(can_take)
        self.thaw_action.setEnabled(can_take)
