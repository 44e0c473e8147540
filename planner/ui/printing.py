"""Printing and PDFs of plain HTML pages (ride cards, labels, sheets) through Qt.

The callers build the page as HTML, escaping every text that came from the user; this
module lays it out on paper with QTextDocument and writes it to a PDF file or a printer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from planner.domain.errors import why_not_written
from planner.interop.files import write_whole
from planner.ui.labels import say, translate

MARGIN_MM = 15.0
# Points per inch of the document's layout: large type stays large on paper.
RESOLUTION = 96
BODY_POINTS = 12.0


def local_paper() -> QPageSize.PageSizeId:
    """Letter where the locale measures in inches (the US), A4 elsewhere."""
    if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize.PageSizeId.Letter
    return QPageSize.PageSizeId.A4


def _document(html: str, page_size: QSizeF, title: str) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    font = QFont(document.defaultFont())
    font.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(font)
    if title:
        document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    document.setHtml(html)
    document.setPageSize(page_size)
    return document


def _layout(page: QPageSize.PageSizeId) -> QPageLayout:
    return QPageLayout(
        QPageSize(page),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def write_pdf(
    html: str,
    path: Path,
    *,
    page: QPageSize.PageSizeId | None = None,
    title: str = "",
) -> None:
    """Lay ``html`` out on ``page``-sized paper (the locale's by default) and write it to
    ``path`` as a PDF.

    The file appears whole or not at all. Raises OSError when it cannot be written.
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(_layout(page or local_paper()))
    writer.setCreator("Care Planner")
    if title:
        writer.setTitle(title)
    paint = writer.pageLayout().paintRectPixels(RESOLUTION)
    document = _document(html, QSizeF(paint.width(), paint.height()), title)
    document.print_(writer)
    del writer  # the PDF is complete only once the writer is gone
    _write_whole(path, bytes(buffer.data().data()))


def _write_whole(path: Path, data: bytes) -> None:
    try:
        write_whole(path, data)
    except OSError as error:
        # Raised with its sentence alone (no errno): the sentence is the one to show.
        raise OSError(not_written(path, error)) from None


def not_written(path: Path, error: OSError) -> str:
    """Why the PDF ``path`` could not be written, in the reader's language (never the
    system's words)."""
    return translate(
        "Printing",
        "The PDF could not be written to {path}: {why}; anything already there is as it was.",
    ).format(path=path, why=say(why_not_written(error)))


def print_with_preview(
    parent: QWidget, html: str, title: str, page: QPageSize.PageSizeId | None = None
) -> None:
    """Show Qt's print preview of ``html`` on ``page``-sized paper (the locale's by
    default); the user prints (or cancels) from there."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_layout(page or local_paper()))
    printer.setDocName(title)
    preview = QPrintPreviewDialog(printer, parent)
    preview.setObjectName("printPreview")
    preview.setWindowTitle(title)

    def paint(target: QPrinter) -> None:
        rect = target.pageLayout().paintRectPixels(target.resolution())
        _document(html, QSizeF(rect.width(), rect.height()), title).print_(target)

    preview.paintRequested.connect(paint)
    preview.open()
