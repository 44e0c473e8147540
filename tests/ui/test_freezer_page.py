"""The Freezer page: stock marked by icon and text, tag filter and totals, the hard days
ahead, add / edit / delete / take out with undo, the CSV preview, and printed labels."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from planner.domain.enums import Area
from planner.domain.freezer import PORTIONS_PER_HARD_DAY
from planner.domain.model import FreezerMeal, PortionsTaken
from planner.services import freezer, lists, week
from planner.services.plan import Plan
from planner.services.settings import read_setting
from planner.ui.freezer.labels import cook_next_html, labels_html, write_labels
from planner.ui.freezer.meal_dialog import FreezerMealDialog
from planner.ui.freezer.page import FreezerPage
from planner.ui.freezer.take_out_dialog import TakeOutDialog
from planner.ui.info.links import ACTIONS
from planner.ui.mainwindow import MainWindow
from tests.conftest import TODAY, TREATMENT
from tests.helpers.waiting import wait_until
from tests.ui.conftest import MakeWindow

DAY = dt.timedelta(days=1)


def page_of(window: MainWindow) -> FreezerPage:
    window.show_area(Area.FREEZER)
    return cast(FreezerPage, window.pages[Area.FREEZER])


def names(page: FreezerPage) -> list[str]:
    return [page.model.row_value(n).name for n in range(page.model.rowCount())]


def stock(plan: Plan) -> dict[str, FreezerMeal]:
    return {m.name: m for m in lists.meals(plan)}


def taken_from(plan: Plan, meal_id: int) -> list[PortionsTaken]:
    with plan.unit_of_work() as work:
        lines = work.store.portions_taken(TODAY - 30 * DAY, TODAY + 30 * DAY)
    return [line for line in lines if line.meal_id == meal_id]


def select(page: FreezerPage, plan: Plan, name: str) -> FreezerMeal:
    meal = stock(plan)[name]
    assert page.select_record(meal.id)
    return meal


def test_stock_is_first_expiring_first_with_status_by_icon_and_text(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = page_of(window)
    ModelTester(qtbot).check(page.model)
    assert names(page)[0] == "Fish pie"  # the demo's batch that expires first
    status = page.model.index(0, 0)
    assert status.data() == "Expiring soon"
    assert not status.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert {page.model.index(n, 0).data() for n in range(1, page.model.rowCount())} == {"In date"}


def test_an_expired_batch_is_marked_and_its_gap_opens_it(
    demo_plan: Plan, make_window: MakeWindow
) -> None:
    old, _ = freezer.add_meal(demo_plan, FreezerMeal("Old stew", 2, TODAY - 99 * DAY, TODAY - DAY))
    window = make_window(demo_plan)
    gaps = [g for g in week.week(demo_plan, TODAY, today=TODAY).gaps if g.kind == "meal_expired"]
    assert [g.fix.record_id for g in gaps] == [old.id]
    window.fix_gap(gaps[0])
    page = cast(FreezerPage, window.pages[Area.FREEZER])
    assert window.current_area() is Area.FREEZER
    assert page.selected() is not None and page.selected().name == "Old stew"
    row = page.model.row_of(old.id)
    assert page.model.index(row, 0).data() == "Expired"


def test_the_tag_filter_and_the_totals_per_tag(window: MainWindow) -> None:
    page = page_of(window)
    assert "soft 12" in page.totals.text() and "19 portions in date" in page.totals.text()
    page.tag_filter.setCurrentIndex(page.tag_filter.findData("vegetarian"))
    assert sorted(names(page)) == ["Red lentil dal", "Rice pudding", "Vegetable lasagne"]
    page.tag_filter.setCurrentIndex(0)
    assert len(names(page)) == 5


def test_add_through_the_form_then_undo_and_redo(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    dialog = page.add()
    dialog.name.setText("Barley soup")
    dialog.category.setCurrentIndex(dialog.category.findData("soup_or_stew"))
    dialog.portions.setValue(6)
    dialog.tag_boxes["soft"].setChecked(True)
    dialog.new_tags.setText("Nut-free")
    with qtbot.wait_signal(dialog.finished):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    added = stock(demo_plan)["Barley soup"]
    assert (added.portions_left, added.tags) == (6, frozenset({"soft", "nut-free"}))
    assert added.use_by == dt.date(2026, 6, 11)  # soup keeps three months by default
    assert page.selected() == added
    assert page.tag_filter.findData("nut-free") > 0
    window.action_undo.trigger()
    assert "Barley soup" not in stock(demo_plan) and "Barley soup" not in names(page)
    window.action_redo.trigger()
    assert "Barley soup" in stock(demo_plan)


def test_a_refused_batch_keeps_the_form_open_and_says_why(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    dialog = page.add()
    dialog.name.setText("Pie")
    dialog.use_by.setDate(dialog.frozen_on.date().addDays(-1))
    with qtbot.wait_signal(window.operations.failed) as failed:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "before the date it was frozen" in failed.args[0]
    assert dialog.isVisible() and "Pie" not in stock(demo_plan)
    for box in window.findChildren(QMessageBox):
        box.close()
    dialog.close()


def test_edit_and_delete_are_undoable(window: MainWindow, demo_plan: Plan, qtbot: QtBot) -> None:
    page = page_of(window)
    select(page, demo_plan, "Rice pudding")
    dialog = page.edit()
    assert dialog is not None
    dialog.portions.setValue(9)
    with qtbot.wait_signal(dialog.finished):
        dialog.accept()
    assert stock(demo_plan)["Rice pudding"].portions_left == 9
    select(page, demo_plan, "Rice pudding")
    box = page.delete()
    assert box is not None
    with qtbot.wait_signal(box.finished):
        next(b for b in box.buttons() if b.objectName() == "confirmDeleteButton").click()
    assert "Rice pudding" not in stock(demo_plan)
    window.action_undo.trigger()
    assert stock(demo_plan)["Rice pudding"].portions_left == 9
    window.action_undo.trigger()
    assert stock(demo_plan)["Rice pudding"].portions_left == 5
    window.action_redo.trigger()
    assert stock(demo_plan)["Rice pudding"].portions_left == 9
    window.action_redo.trigger()
    assert "Rice pudding" not in stock(demo_plan)
    assert window.undo_stack.count() == 2 and window.undo_stack.index() == 2


def test_a_deleted_batch_comes_back_with_its_log_of_portions_taken(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    dal = select(page, demo_plan, "Red lentil dal")
    assert dal.id is not None
    assert page.stock_actions.take_out(dal, 1, TODAY + DAY) is not None
    log = taken_from(demo_plan, dal.id)
    assert len(log) == 1
    assert page.stock_actions.delete(stock(demo_plan)["Red lentil dal"])
    assert "Red lentil dal" not in stock(demo_plan) and taken_from(demo_plan, dal.id) == []
    window.action_undo.trigger()
    assert stock(demo_plan)["Red lentil dal"].portions_left == dal.portions_left - 1
    assert taken_from(demo_plan, dal.id) == log
    window.action_undo.trigger()
    assert stock(demo_plan)["Red lentil dal"].portions_left == dal.portions_left
    assert taken_from(demo_plan, dal.id) == []


def test_thaw_for_tomorrow_takes_portions_and_undo_puts_them_back(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    soup = select(page, demo_plan, "Chicken and rice soup")
    dialog = page.thaw()
    assert dialog is not None
    assert dialog.chosen_day() == TODAY + DAY
    assert dialog.portions.maximum() == soup.portions_left
    dialog.portions.setValue(2)
    with qtbot.wait_signal(dialog.finished):
        dialog.accept()
    assert stock(demo_plan)["Chicken and rice soup"].portions_left == soup.portions_left - 2
    window.action_undo.trigger()
    assert stock(demo_plan)["Chicken and rice soup"].portions_left == soup.portions_left


def test_undoing_a_take_out_another_window_overtook_is_refused(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    soup = select(page, demo_plan, "Chicken and rice soup")
    assert soup.id is not None
    assert page.stock_actions.take_out(soup, 2, TODAY + DAY) is not None
    assert window.undo_stack.count() == 1
    freezer.take_out(demo_plan, soup.id, 1, TODAY)  # another window takes one meanwhile
    before = stock(demo_plan)["Chicken and rice soup"]
    log = taken_from(demo_plan, soup.id)

    window.action_undo.trigger()

    box = window.findChild(QMessageBox, "messageBox")
    assert box is not None and box.isVisible()
    assert "Someone else changed" in box.text()
    with qtbot.wait_signal(box.finished):
        box.accept()
    assert stock(demo_plan)["Chicken and rice soup"] == before
    assert before.portions_left == soup.portions_left - 3
    assert taken_from(demo_plan, soup.id) == log
    assert window.undo_stack.count() == 0  # the step is obsolete: gone from the stack
    assert not window.action_undo.isEnabled() and not window.action_redo.isEnabled()


def test_taking_more_than_another_window_left_is_refused(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    pie = select(page, demo_plan, "Fish pie")
    dialog = page.take_out()
    assert dialog is not None
    assert pie.id is not None
    freezer.take_out(demo_plan, pie.id, 1, TODAY)  # someone else takes the last one
    with qtbot.wait_signal(window.operations.failed) as failed:
        dialog.accept()
    assert "Only 0 portions of Fish pie are left" in failed.args[0]
    assert stock(demo_plan)["Fish pie"].portions_left == 0
    for box in window.findChildren(QMessageBox):
        box.close()
    dialog.close()


def test_hard_days_ahead_show_coverage_and_follow_the_settings(
    window: MainWindow, demo_plan: Plan
) -> None:
    page = page_of(window)
    page.tabs.setCurrentIndex(1)
    rows = page.coverage.model
    assert rows.rowCount() == 9
    assert rows.index(0, 0).data() == "Covered"
    assert not rows.index(0, 0).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "All 9 hard days are covered" in page.coverage.summary.text()
    page.settings.per_day.setValue(5)
    page.settings.apply.click()
    assert read_setting(demo_plan, PORTIONS_PER_HARD_DAY) == 5
    assert "lack freezer portions" in page.coverage.summary.text()
    texts = [rows.index(n, 0).data() for n in range(rows.rowCount())]
    assert any(text.startswith("Short by") for text in texts)
    first = page.coverage.cook_next.item(0).text()
    assert first.startswith("Cook ") and "(best: soft)" in first


def test_a_gap_of_the_hard_days_opens_the_coverage_tab(window: MainWindow) -> None:
    page = page_of(window)
    assert page.select_record(None) is True
    assert page.tabs.currentWidget() is page.coverage


def test_import_preview_shows_bad_rows_and_adds_only_the_good_ones_on_accept(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "stock.csv"
    source.write_text(
        "name,category,portions,frozen_on,use_by,tags\n"
        "Barley soup,soup_or_stew,4,2026-03-01,,soft\n"
        "Stew,,-1,2026-03-01,,\n",
        encoding="utf-8",
    )
    page = page_of(window)
    page.choose_file = lambda parent, suggested, save: source
    dialog = page.import_stock()
    assert dialog is not None
    wait_until(
        dialog.import_button.isEnabled, "the file was never read", 10_000
    )  # off the GUI thread
    assert dialog.rows.rowCount() == 1
    assert dialog.rows.index(0, 0).data() == "2"  # its line in the file
    assert [dialog.errors.item(n).text() for n in range(dialog.errors.count())] == [
        "Line 3: portions cannot be negative (-1)"
    ]
    assert "Barley soup" not in stock(demo_plan)  # nothing before the user accepts
    with qtbot.wait_signal(dialog.finished):
        dialog.import_button.click()
    assert "Barley soup" in stock(demo_plan) and "Stew" not in stock(demo_plan)
    window.action_undo.trigger()
    assert "Barley soup" not in stock(demo_plan)


def test_a_file_with_another_delimiter_is_refused_in_the_preview(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "stock.csv"
    source.write_text("name;portions;frozen_on\nSoup;2;2026-03-01\n", encoding="utf-8")
    before = stock(demo_plan)
    dialog = page_of(window).preview_file(source)
    wait_until(
        lambda: "separated by semicolons" in dialog.summary.text(), "no reason shown", 10_000
    )
    assert not dialog.import_button.isEnabled()
    assert dialog.cancel_button.text() == "Close"
    assert stock(demo_plan) == before
    with qtbot.wait_signal(dialog.finished):
        dialog.cancel_button.click()


def test_cancelling_a_long_read_closes_the_preview_and_adds_nothing(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "big.csv"
    rows = [f"Meal {n},,1,2026-03-01,," for n in range(9_000)]
    source.write_text("name,category,portions,frozen_on,use_by,tags\n" + "\n".join(rows))
    before = stock(demo_plan)
    dialog = page_of(window).preview_file(source)
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    dialog.cancel_button.click()
    wait_until(lambda: closed, "the preview never closed after Cancel", 10_000)
    assert dialog.preview is None or len(dialog.preview.meals) < 9_000
    assert stock(demo_plan) == before


def test_export_writes_the_stock_chosen_file(
    window: MainWindow, demo_plan: Plan, tmp_path: Path
) -> None:
    target = tmp_path / "out.csv"
    page = page_of(window)
    page.choose_file = lambda parent, suggested, save: target if save else None
    assert page.export_stock() == target
    assert len(freezer.preview_import(demo_plan, target).meals) == 5


def test_the_information_pane_tip_opens_the_add_form(window: MainWindow, qtbot: QtBot) -> None:
    window.perform(ACTIONS["add-freezer-meals"], "")
    page = cast(FreezerPage, window.pages[Area.FREEZER])
    shown = [d for d in page.findChildren(FreezerMealDialog) if d.isVisible()]
    assert len(shown) == 1 and shown[0].windowTitle() == "Add freezer meals"
    shown[0].close()


def test_labels_pdf_holds_each_batchs_name_dates_and_reheating(
    demo_plan: Plan, tmp_path: Path, qapp: object
) -> None:
    odd = FreezerMeal("<b>Bold</b> & stew", 1, TODAY, TODAY + 30 * DAY, reheating="=1+1")
    meals = [*lists.meals(demo_plan), odd]
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; stew" in labels_html(meals)
    target = tmp_path / "labels.pdf"
    write_labels(meals, target)
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    flat = " ".join(text.split())
    for meal in meals:
        assert meal.name in flat
    assert "Oven 190 °C for 30 minutes from thawed." in flat
    # The demo's fish pie keeps until the last hard day after its chemotherapy.
    (pie,) = [meal for meal in meals if meal.name == "Fish pie"]
    assert pie.use_by == TREATMENT + 3 * DAY == dt.date(2026, 3, 15)
    assert "Use by: Sun, 15 Mar 2026" in flat
    assert "Frozen:" in flat


def test_cook_next_html_says_when_nothing_is_needed() -> None:
    assert "Nothing: the freezer covers" in cook_next_html([], TODAY)


@pytest.mark.parametrize("percent_steps", [0, 8])
def test_the_page_keeps_every_control_named_at_any_text_size(
    window: MainWindow, percent_steps: int
) -> None:
    for _ in range(percent_steps):
        window.text_size.larger()
    page = page_of(window)
    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit)
    for control in page.findChildren(QWidget):
        if isinstance(control, kinds) and control.isVisibleTo(page):
            assert control.objectName(), control
            assert control.accessibleName() or control.text(), control.objectName()


def test_thaw_by_keyboard_even_after_the_rides_page_was_made(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    window.show_area(Area.RIDES)  # its own Ctrl+Shift+T belongs to the rides page
    page = page_of(window)
    select(page, demo_plan, "Chicken and rice soup")
    page.table.setFocus()
    qtbot.keyClick(
        page.table,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    shown = [d for d in page.findChildren(TakeOutDialog) if d.isVisible()]
    assert len(shown) == 1 and shown[0].windowTitle() == "Thaw for tomorrow"
    shown[0].close()


def test_save_labels_of_the_selected_batch_as_pdf(
    window: MainWindow, demo_plan: Plan, tmp_path: Path
) -> None:
    page = page_of(window)
    select(page, demo_plan, "Red lentil dal")
    target = tmp_path / "dal.pdf"
    page.choose_pdf = lambda parent, suggested: target
    assert page.save_labels() == target
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())
    assert "Red lentil dal" in text and "Microwave 4 minutes" in text
    assert "Fish pie" not in text


def test_typing_more_portions_than_a_batch_holds_is_said_not_cut(
    window: MainWindow, demo_plan: Plan, qtbot: QtBot
) -> None:
    page = page_of(window)
    dialog = page.add()
    dialog.name.setText("Party chili")
    assert "at most 100 portions" in dialog.portions.toolTip()
    dialog.portions.lineEdit().selectAll()
    qtbot.keyClicks(dialog.portions, "5000")
    assert dialog.portions.value() == 5000  # not silently 500
    assert "at most 100 portions" in dialog.portions_message.text()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert "Party chili" not in stock(demo_plan)

    dialog.portions.lineEdit().selectAll()
    qtbot.keyClicks(dialog.portions, "100")
    assert not dialog.portions_message.text()
    with qtbot.wait_signal(dialog.finished):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert stock(demo_plan)["Party chili"].portions_left == 100
