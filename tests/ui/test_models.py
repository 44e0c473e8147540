"""The item models: Qt's model tester, sorting, roles."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from planner.domain.enums import Area
from planner.domain.gaps import Fix, Gap
from planner.services import week
from planner.services.plan import Plan
from planner.ui.mainwindow import MainWindow
from planner.ui.models.rows import ID_ROLE, ROW_ROLE, Column, RowsModel
from planner.ui.pages.table import TablePage
from planner.ui.week.gaps_model import AREA_ROLE, GAP_ROLE, RECORD_ROLE, GapModel
from tests.conftest import TODAY


@dataclass(frozen=True)
class Person:
    name: str
    age: int
    id: int | None = None


def people_model() -> RowsModel[Person]:
    model: RowsModel[Person] = RowsModel(
        [
            Column("Name", lambda p: p.name),
            Column("Age", lambda p: str(p.age), key=lambda p: p.age),
        ]
    )
    model.set_rows([Person("bea", 9, 1), Person("Al", 30, 2), Person("cy", 100, 3)])
    return model


def names(model: RowsModel[Person]) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_rows_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = people_model()
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_rows_model_sorts_by_key_or_by_text_ignoring_case() -> None:
    model = people_model()
    kept = QPersistentModelIndex(model.index(0, 1))  # bea's age
    model.sort(1)
    assert names(model) == ["bea", "Al", "cy"]  # 9 < 30 < 100, not "100" < "30" < "9"
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["cy", "bea", "Al"]
    assert kept.row() == names(model).index("bea") and kept.column() == 1
    # New rows keep the order the user chose.
    model.set_rows([Person("Zed", 1, 4), Person("amy", 2, 5)])
    assert names(model) == ["Zed", "amy"]


def test_rows_model_roles() -> None:
    model = people_model()
    index = model.index(1, 1)
    assert index.data(Qt.ItemDataRole.DisplayRole) == "30"
    assert index.data(ID_ROLE) == 2
    assert index.data(ROW_ROLE) == Person("Al", 30, 2)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Age"
    assert model.row_of(3) == 2
    assert model.row_of(99) is None


def test_gap_model_passes_the_model_tester(qtmodeltester: ModelTester, demo_plan: Plan) -> None:
    gaps = week.week(demo_plan, TODAY, today=TODAY).gaps
    assert gaps
    model = GapModel()
    model.set_gaps(gaps)
    qtmodeltester.check(model)
    index = model.index(0, 0)
    assert index.data() == gaps[0].message
    assert model.index(0, 1).data() == gaps[0].fix.action
    assert index.data(GAP_ROLE) == gaps[0]
    assert Area(index.data(AREA_ROLE)) is Area.RIDES  # Qt hands a str enum back as str
    assert index.data(RECORD_ROLE) == gaps[0].fix.record_id
    model.set_gaps(
        [
            Gap(
                "k",
                dt.date(2026, 3, 12),
                "Something is missing.",
                Fix(Area.FREEZER, None, "Stock the freezer"),
            )
        ]
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 1


@pytest.mark.parametrize("area", [a for a in Area if a is not Area.WEEK])
def test_every_area_table_on_real_data_passes_the_model_tester(
    qtmodeltester: ModelTester, window: MainWindow, area: Area
) -> None:
    window.show_area(area)
    page = window.pages[area]
    # A page's table may be a TablePage's or its own (Rides groups its legs by day).
    model = getattr(page, "model", None)
    assert isinstance(model, RowsModel), f"the {area} page shows no table of rows"
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    for column in range(model.columnCount()):
        page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)  # type: ignore[attr-defined]
        qtmodeltester.check(model)


def test_the_contacts_table_passes_the_model_tester(
    qtmodeltester: ModelTester, window: MainWindow
) -> None:
    window.show_area(Area.HELPERS)
    page = window.pages[Area.HELPERS]
    model = page.contacts_tab.model  # type: ignore[attr-defined]
    assert model.rowCount() == 5
    qtmodeltester.check(model)
    # The page's other tabs: help tasks and the fair share.
    for tab in (page.tasks_tab, page.share_tab):  # type: ignore[attr-defined]
        assert tab.model.rowCount() > 0
        qtmodeltester.check(tab.model)


def test_select_record_selects_and_keeps_the_row_through_a_refresh(window: MainWindow) -> None:
    window.show_area(Area.APPOINTMENTS)
    page = window.pages[Area.APPOINTMENTS]
    assert isinstance(page, TablePage)
    last = page.model.row_value(page.model.rowCount() - 1)
    assert page.select_record(last.id)
    assert page.table.selected_id() == last.id
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    page.refresh()
    assert page.table.selected_id() == last.id
    assert not page.select_record(123456)
    assert page.table.selected_id() is None


def test_the_questions_table_passes_the_model_tester(
    qtmodeltester: ModelTester, window: MainWindow
) -> None:
    window.show_area(Area.JOURNAL)
    model = window.pages[Area.JOURNAL].question_model  # type: ignore[attr-defined]
    assert model.rowCount() == 3  # the demo's questions
    qtmodeltester.check(model)
