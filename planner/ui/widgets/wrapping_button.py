"""A push button whose text wraps over several lines instead of widening the page."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class WrappingButton(QPushButton):
    """A flat button for a sentence (a getting-started step): as wide as the page allows,
    as tall as its wrapped text needs. Its text is drawn by a label inside it, so the
    button's own text stays empty; read it with :meth:`label_text`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        self._label = QLabel(self)
        self._label.setObjectName("wrappingButtonText")
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._box = layout = QVBoxLayout(self)
        margin = self.style().pixelMetric(self.style().PixelMetric.PM_ButtonMargin)
        layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
        layout.addWidget(self._label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_label_text(self, text: str) -> None:
        self._label.setText(text)
        self.updateGeometry()

    def label_text(self) -> str:
        return self._label.text()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        margins = self._box.contentsMargins()
        inner = width - margins.left() - margins.right()
        return self._label.heightForWidth(inner) + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        margins = self._box.contentsMargins()
        hint = self._label.sizeHint()
        return QSize(
            hint.width() + margins.left() + margins.right(),
            hint.height() + margins.top() + margins.bottom(),
        )

    def minimumSizeHint(self) -> QSize:
        """Narrow enough for its longest word; the rest wraps."""
        metrics = self.fontMetrics()
        words = self._label.text().split() or [""]
        margins = self._box.contentsMargins()
        width = max(metrics.horizontalAdvance(word) for word in words)
        return QSize(width + margins.left() + margins.right(), self.heightForWidth(width))
