from __future__ import annotations

import html
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from planner.ui.printing import local_paper, print_with_preview, write_pdf


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


@pytest.mark.parametrize("page", [QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter])
def test_a_page_is_written_as_a_one_page_pdf_with_its_text_and_paper_size(
    tmp_path: Path, qapp: QApplication, page: QPageSize.PageSizeId
) -> None:
    target = tmp_path / "card.pdf"
    user_text = html.escape("Pickup <b>not bold</b> & Co")

    write_pdf(f"<h1>Ride card</h1><p>{user_text}</p>", target, page=page, title="Ride card")

    reader = PdfReader(target)
    assert len(reader.pages) == 1
    assert pdf_text(target) == "Ride card Pickup <b>not bold</b> & Co"
    width_mm = float(reader.pages[0].mediabox.width) / 72 * 25.4
    assert width_mm == pytest.approx(QPageSize(page).size(QPageSize.Unit.Millimeter).width(), 1)
    assert reader.metadata is not None and reader.metadata.title == "Ride card"


def test_a_folder_that_cannot_be_written_is_an_os_error(tmp_path: Path, qapp: QApplication) -> None:
    with pytest.raises(OSError, match="could not be written"):
        write_pdf("<p>x</p>", tmp_path / "missing" / "card.pdf")


def test_the_print_preview_opens_on_the_page(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.add_widget(parent)

    print_with_preview(parent, "<p>Fridge sheet</p>", "Fridge sheet")

    preview = parent.findChild(QPrintPreviewDialog, "printPreview")
    assert preview is not None and preview.isVisible()
    assert preview.windowTitle() == "Fridge sheet"
    preview.reject()


@pytest.mark.parametrize(
    ("country", "paper"),
    [
        (QLocale.Country.UnitedStates, QPageSize.PageSizeId.Letter),
        (QLocale.Country.Germany, QPageSize.PageSizeId.A4),
    ],
)
def test_pages_go_on_the_locale_s_paper_unless_told(
    tmp_path: Path, qapp: QApplication, country: QLocale.Country, paper: QPageSize.PageSizeId
) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, country))
    try:
        assert local_paper() == paper
        write_pdf("<p>Fridge sheet</p>", tmp_path / "sheet.pdf")
    finally:
        QLocale.setDefault(before)
    width_mm = float(PdfReader(tmp_path / "sheet.pdf").pages[0].mediabox.width) / 72 * 25.4
    assert width_mm == pytest.approx(QPageSize(paper).size(QPageSize.Unit.Millimeter).width(), 1)
